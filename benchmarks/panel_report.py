"""Turn an editorial panel round (../shared/editorial/panel.py: key.json and the judge's verdicts.md) into a report
with the systems named: the counts `panel.py score` prints, and each case's verdict by article id.

Only labels and ids are written, never article or teaser text (the dev data stays out of the repository).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

LABELS = re.compile(r"\b(MISS|BG|DANG|NAME|ATTR|MISL|INCOH|GRAM|FURN|RED|LEN)\b")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("key", type=Path)
    ap.add_argument("verdicts", type=Path)
    ap.add_argument("--names", nargs=2, default=("default", "lead@budget"), help="what systems A and B are")
    ap.add_argument("--title", default="Editorial panel")
    ap.add_argument("-o", "--output", type=Path, required=True)
    args = ap.parse_args()
    key = {int(k): v for k, v in json.loads(args.key.read_text(encoding="utf-8")).items()}
    name = dict(zip("AB", args.names))
    better: Counter[str] = Counter()
    defects = {side: Counter() for side in "AB"}
    clean: Counter[str] = Counter()
    push: Counter[str] = Counter()
    by_source: dict[str, Counter[str]] = {}  # the id's prefix ("web", "mlsum", "10kgnad"): house styles differ
    rows = []
    for line in args.verdicts.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 4 or not cells[0].isdigit() or int(cells[0]) not in key:
            continue
        case = key[int(cells[0])]
        verdict = cells[1].split()[0].upper() if cells[1] else ""
        winner = "equal" if verdict.startswith("EQ") else name[case[verdict]] if verdict in ("X", "Y") else "?"
        better[winner] += 1
        found = {case["X"]: sorted(set(LABELS.findall(cells[2]))), case["Y"]: sorted(set(LABELS.findall(cells[3])))}
        for side in "AB":
            defects[side].update(found[side])
            clean[side] += not found[side]
        said = cells[4].lower() if len(cells) > 4 else ""
        if said and said not in ("–", "-"):
            push[said.split()[0]] += 1
        push_labels = ", ".join(sorted(set(LABELS.findall(cells[5])))) if len(cells) > 5 else ""
        source = by_source.setdefault(case["id"].split("-")[0], Counter())
        source.update({"n": 1, winner: 1, "clean A": not found["A"], "clean B": not found["B"], f"push {said}": 1})
        rows.append(
            f"| {cells[0]} | `{case['id']}` | {winner}{' (identical)' if case['identical'] else ''} | "
            f"{', '.join(found['A']) or '–'} | {', '.join(found['B']) or '–'} | {said or '–'} | {push_labels or '–'} |"
        )
    n = len(rows)
    lines = [
        f"# {args.title}\n",
        f"{n} cases; the judge saw only the rubric and the blind pairs (X/Y shuffled per case), never the key or the "
        "system names. Counts as `panel.py score` gives them, with the systems named.\n",
        "| | " + " | ".join(args.names) + " | equal |",
        "|---|---|---|---|",
        f"| judged better | {better[name['A']]} | {better[name['B']]} | {better['equal']} |",
        f"| runs as is (no defect) | {clean['A']} of {n} | {clean['B']} of {n} | |",
        "",
        "| defect | " + " | ".join(args.names) + " |",
        "|---|---|---|",
        *(
            f"| {label} | {defects['A'][label]} | {defects['B'][label]} |"
            for label in sorted(set(defects["A"]) | set(defects["B"]), key=lambda x: -(defects["A"][x] + defects["B"][x]))
        ),
        "",
    ]
    if push:
        lines += [
            f"Push notice ({name['A']}, `--preset push`) carries the core news: "
            + ", ".join(f"{k} {v}" for k, v in push.most_common()),
            "",
        ]
    if len(by_source) > 1:
        lines += [
            "By source (the article id's prefix):\n",
            f"| source | cases | {name['A']} better | {name['B']} better | equal | runs as is {name['A']} | runs as is "
            f"{name['B']} | push yes / partly / no |",
            "|---|---|---|---|---|---|---|---|",
            *(
                f"| {src} | {c['n']} | {c[name['A']]} | {c[name['B']]} | {c['equal']} | {c['clean A']} | {c['clean B']} | "
                f"{c['push yes']} / {c['push partly']} / {c['push no']} |"
                for src, c in sorted(by_source.items())
            ),
            "",
        ]
    lines += [
        f"| case | article | better | {args.names[0]} defects | {args.names[1]} defects | push | push defects |",
        "|---|---|---|---|---|---|---|",
        *rows,
        "",
    ]
    args.output.write_text("\n".join(lines), encoding="utf-8")
    print(f"written to {args.output}")


if __name__ == "__main__":
    main()
