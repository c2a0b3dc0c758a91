"""kurz against other extractive summarizers (sumy, lede) on the dev data, all scored by kurz's own evaluator.

Every system becomes a `kurz.evaluate.runner.System`, so ROUGE, length, faithfulness and articles/s come from
the same code in the same run for all of them.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from importlib.metadata import version

import lede
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from common import ROOT, load_examples, machine, parser, write_report
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers._summarizer import AbstractSummarizer, SentenceInfo
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

import kurz
from kurz.data.examples import Example
from kurz.evaluate.report import build_report, render_markdown
from kurz.evaluate.runner import Row, System, method_system, reference_system, run_system
from kurz.methods import REGISTRY
from kurz.pipeline import DEFAULT_BUDGET, load_method
from kurz.summary import Budget, count_words
from kurz.text.tokens import WORD

THREE = Budget(sentences=3)
SENTENCE_REFERENCES = ("lead-1", "lead-2", "lead-3", "oracle")
# kurz methods that, at a given budget, are exactly a reference (lead-3; random at the default budget): run once.
SAME_AS_REFERENCE = {("lead", THREE), ("random", DEFAULT_BUDGET)}
SUMY: dict[str, type[AbstractSummarizer]] = {
    "LexRank": LexRankSummarizer,
    "TextRank": TextRankSummarizer,
    "LSA": LsaSummarizer,
    "Luhn": LuhnSummarizer,
}
CHART = ROOT / "docs" / "peers.png"
COLOURS = {"kurz": "tab:blue", "sumy": "tab:orange", "lede": "tab:green", "reference": "tab:gray"}


class KurzTokenizer:
    """sumy's tokenizer interface on kurz's splitter and word pattern: NLTK's German punkt data is not available offline."""

    language = "german"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.text for s in kurz.split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(WORD.findall(sentence))


def budget_count(budget: Budget) -> Callable[[list[SentenceInfo]], list[SentenceInfo]]:
    """sumy's `sentences_count` may be a callable over its ranking (best first): fill the budget greedily, as kurz does.

    As in kurz, when not even one sentence fits, the best one is returned over budget rather than nothing.
    """

    def pick(ranked: list[SentenceInfo]) -> list[SentenceInfo]:
        chosen: list[SentenceInfo] = []
        words = chars = 0
        for info in ranked:
            if budget.sentences is not None and len(chosen) >= budget.sentences:
                break
            text = str(info.sentence)
            extra = len(text) + (1 if chosen else 0)
            if budget.fits(len(chosen) + 1, words + count_words(text), chars + extra):
                chosen.append(info)
                words, chars = words + count_words(text), chars + extra
        return chosen or list(ranked[:1])

    return pick


def sumy_system(name: str, cls: type[AbstractSummarizer], budget: Budget) -> System:
    summarizer = cls(Stemmer("german"))
    summarizer.stop_words = get_stop_words("german")  # type: ignore[attr-defined]
    tokenizer, count = KurzTokenizer(), budget_count(budget)

    def run(example: Example) -> str:
        document = PlaintextParser.from_string(example.text, tokenizer).document
        return " ".join(str(s) for s in summarizer(document, count))

    return System(f"sumy {name}", run)


def lede_system() -> System:
    """lede called the documented way, `lede.summarize(text).summary`, with its default 500-character budget."""
    return System("lede", lambda example: lede.summarize(example.text).summary)


def guarded(system: System, failures: dict[str, list[str]]) -> System:
    """A peer that raises on an article yields an empty summary there, and the error goes into the report."""

    def run(example: Example) -> str:
        try:
            return system.run(example)
        except Exception as exc:
            failures.setdefault(system.name, []).append(f"{example.id}: {type(exc).__name__}: {exc}".splitlines()[0])
            return ""

    return System(system.name, run, system.extractive)


def kurz_systems(budget: Budget) -> list[System]:
    return [
        method_system(f"kurz {name}", load_method(name), budget) for name in REGISTRY if (name, budget) not in SAME_AS_REFERENCE
    ]


def groups(failures: dict[str, list[str]]) -> list[tuple[str, Budget, list[System]]]:
    """The same-budget comparison (3 sentences), and kurz's default budget when that is a different one."""
    word_budget = DEFAULT_BUDGET != THREE
    same = [reference_system(n) for n in (SENTENCE_REFERENCES if word_budget else (*SENTENCE_REFERENCES, "random"))]
    same += (
        kurz_systems(THREE)
        + [guarded(sumy_system(n, c, THREE), failures) for n, c in SUMY.items()]
        + [guarded(lede_system(), failures)]
    )
    out = [("Same budget: 3 sentences (lede as shipped: ≤ 500 characters)", THREE, same)]
    if word_budget:
        default = [
            reference_system("random"),
            *kurz_systems(DEFAULT_BUDGET),
            *(guarded(sumy_system(n, c, DEFAULT_BUDGET), failures) for n, c in SUMY.items()),
        ]
        out.append((f"kurz's default budget: {describe(DEFAULT_BUDGET)}", DEFAULT_BUDGET, default))
    return out


def describe(budget: Budget) -> str:
    parts = {"sentences": "≤ {} sentences", "max_words": "≤ {} words", "max_chars": "≤ {} characters"}
    return ", ".join(parts[k].format(v) for k, v in budget.to_dict().items() if v is not None)


def family(name: str) -> str:
    head = name.split()[0]
    return head if head in COLOURS else "reference"


def label_positions(xy: Sequence[tuple[float, float]], width: float, height: float) -> list[tuple[float, float]]:
    """Nudge labels upwards until none overlaps another, so crowded points stay readable."""
    placed: list[tuple[float, float]] = []
    for x, y in xy:
        ly = y
        while any(abs(x - px) < width and abs(ly - py) < height for px, py in placed):
            ly += height
        placed.append((x, ly))
    return placed


def chart(points: Sequence[tuple[str, str, float, float]], n: int) -> None:
    """ROUGE-1 F1 against mean length: a longer teaser buys recall, so quality is only read next to length."""
    fig, ax = plt.subplots(figsize=(10, 6.5), dpi=150)
    markers: dict[str, str] = {}
    xs, ys = [p[2] for p in points], [p[3] for p in points]
    width, height = 0.12 * (max(xs) - min(xs) or 1), 0.03 * (max(ys) - min(ys) or 1)
    order = sorted(range(len(points)), key=lambda i: (ys[i], xs[i]))
    labels = dict(zip(order, label_positions([(xs[i], ys[i]) for i in order], width, height)))
    for i, (name, group, words, r1) in enumerate(points):
        marker = markers.setdefault(group, "os^D"[len(markers) % 4])
        ax.scatter(words, r1, color=COLOURS[family(name)], marker=marker, s=36, zorder=3)
        lx, ly = labels[i]
        arrow = {"arrowstyle": "-", "color": "0.6", "lw": 0.5} if ly != r1 else None
        ax.annotate(name, (words, r1), xytext=(lx + 0.04 * width, ly + 0.2 * height), fontsize=7, arrowprops=arrow)
    for fam, colour in COLOURS.items():
        ax.scatter([], [], color=colour, label=fam)
    for group, marker in markers.items():
        ax.scatter([], [], color="black", marker=marker, label=group)
    ax.set_xlabel("mean summary length (words)")
    ax.set_ylabel("ROUGE-1 F1 (%)")
    ax.set_title(f"German news teasers: quality vs. length ({n} dev articles)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="upper right")
    fig.tight_layout()
    CHART.parent.mkdir(exist_ok=True)
    fig.savefig(CHART)
    plt.close(fig)


def main() -> None:
    ap = parser(__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="only N articles, evenly spaced over the data (keeps the source mix)")
    args = ap.parse_args()
    examples = load_examples(args.data, args.limit)
    failures: dict[str, list[str]] = {}
    sections, points = [], []
    for title, budget, systems in groups(failures):
        results: dict[str, list[Row]] = {}
        for system in systems:
            started = time.perf_counter()
            results[system.name] = run_system(system, examples)
            print(f"{system.name:<20} {describe(budget):<16} {time.perf_counter() - started:6.1f} s", file=sys.stderr)
        baseline = "lead-3" if "lead-3" in results else "kurz lead"
        report = build_report(results, {s.name: s for s in systems}, baseline, 0, {"data": str(args.data)})
        sections.append(f"## {title}\n\nΔR1 is against `{baseline}` (paired bootstrap).\n\n{render_markdown(report)}")
        points += [
            (name, describe(budget), fig["length"]["words"], 100 * fig["rouge1"]["f1"]) for name, fig in report["methods"].items()
        ]
    chart(points, len(examples))
    notes = [
        f'- sumy {version("sumy")} (LexRank, TextRank, LSA, Luhn) uses its German stop words (`get_stop_words("german")`) and '
        'German stemmer (`Stemmer("german")`), fed through an adapter tokenizer: NLTK\'s German punkt data is not available '
        "offline, so sentences come from `kurz.split_sentences` and words from kurz's word pattern. sumy sees every sentence "
        "(kurz's boilerplate filter is not applied); its ranking is cut greedily under the budget, as in kurz.",
        f"- lede {lede.__version__} runs as shipped: `lede.summarize(text)` with its default `max_length=500` characters. Read "
        "from its source: its term pattern is `\\b[a-z]{3,}\\b` with English stop words, so German words with umlauts or ß "
        "carry no weight, and its splitter only starts a sentence before A–Z; it runs on German text, with that handicap.",
        "- lead-k, random and oracle are kurz's built-in references (`kurz.evaluate.runner.reference_system`); random uses kurz's "
        "default budget, oracle picks up to 3 sentences. `kurz lead` at 3 sentences is lead-3 and `kurz random` at the default "
        "budget is random, so each runs once.",
        "- articles/s is timed around each system's call by `run_system`, one process, systems one after another, on a "
        "machine that other work may share; it includes sentence splitting for every system.",
    ]
    notes += [
        f"- **{name} failed on {len(errs)} of {len(examples)} articles** (empty summary there), e.g. `{errs[0]}`"
        for name, errs in failures.items()
    ]
    report_md = "\n".join(
        [
            "# kurz and its peers on the dev data\n",
            f"{machine()}. {len(examples)} articles from `{args.data.name}/`"
            + (f" (`--limit {args.limit}`, evenly spaced)." if args.limit else "."),
            "",
            *notes,
            "",
            "![ROUGE-1 F1 vs. length](../peers.png)\n",
            *sections,
        ]
    )
    print(report_md)
    print(f"written to {write_report('peers.md', report_md)} and {CHART}")


if __name__ == "__main__":
    main()
