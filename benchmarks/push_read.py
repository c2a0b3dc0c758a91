"""The file a grammar read of the pushes starts from (docs/figures/push_grammar_reads.md): every dev push that is
not its whole source sentence, numbered, with that sentence beside it.

It holds dev texts, so it is written outside the repository (`--out`, default /tmp/push_read.md); a reader (a
helper acting as copy editor) gets only that file and returns a table of faults by entry and article id.
"""

from __future__ import annotations

from pathlib import Path

from common import load_examples, parser

import kurz


def main() -> None:
    ap = parser(__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/push_read.md"), help="where to write it (not the repository)")
    args = ap.parse_args()
    entries = []
    for example in load_examples(args.data):
        try:
            result = kurz.summarize(example.text, example.title, preset="push")
        except kurz.NoFitError:
            continue
        source = example.text[result.sentences[0].start : result.sentences[0].end].strip()
        if len(result.text) < len(source) - 2:  # more than the sentence itself: a compression
            entries.append(f"## {len(entries) + 1} {example.id}\nSOURCE: {source}\nPUSH: {result.text}\n")
    args.out.write_text("\n".join(entries), encoding="utf-8")
    print(f"{len(entries)} compressed pushes -> {args.out}")


if __name__ == "__main__":
    main()
