"""How well the fact guard catches injected errors, and what it says about real teasers.

For each dev article the extractive teaser (`kurz.summarize(text, title).text`) is checked as it is (it must
pass), and once per error kind with one error injected: a changed number, an invented name in place of one the
article has, a changed or added date, a dropped or added negation, an altered quote. The editors' own teasers
(`summary`) are checked too, with a breakdown of the reasons and a sample of failures to read by hand.

    PYTHONPATH=src python benchmarks/guard.py [--data DIR] [--limit N] [--sample 15]

Skips cleanly (exit 0) without the dev data. Writes reports/guard.md.
"""

from __future__ import annotations

import random
import re
import time
from collections import Counter

from common import load_examples, machine, parser, table, write_report

import kurz
from kurz.data.examples import Example
from kurz.facts import Verdict, binding, direction, guard, hedge, roles, scope
from kurz.facts.claims import Index
from kurz.facts.dates import WEEKDAYS, anchors, expressions
from kurz.facts.fold import fold
from kurz.facts.negation import NEGATION
from kurz.facts.numbers import amounts, article_values, word_value
from kurz.facts.quotes import quoted
from kurz.facts.source import Source, clauses
from kurz.text.nouns import common_nouns

# Invented surnames and places for the name injection (checked to be absent from each article).
NAMES = [
    "Brandtner",
    "Kowalczyk",
    "Oberleitner",
    "Halvorsen",
    "Petrović",
    "Wendlinger",
    "Szabó",
    "Quandtmeier",
    "Kattowitz",
    "Lindqvist",
    "Ferreira",
    "Zavadil",
]
WEEKDAY_NAMES = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTH_NAMES = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
FINITE = re.compile(
    r"\b(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|können|konnte|konnten|soll|sollen|will|wollen|muss|müssen|darf|dürfen|gibt|gab)\b"
)
DROP = {
    "nicht ": "",
    "keine": "eine",
    "keinen": "einen",
    "keinem": "einem",
    "keiner": "einer",
    "kein": "ein",
    "nichts": "etwas",
    "niemand": "jemand",
    "nie": "oft",
}
KINDS = ["number", "name", "date", "negation", "quote"]
# The claim checks of issue 22; a teaser rejected only for these (or a negation message of kurz.facts.scope) is
# a new rejection, listed for reading by hand.
CLAIM_KINDS = {"hedge", "direction", "binding", "role"}
SCOPE_MESSAGES = ("only under a negation", "the opposite ('un-')")


def claim_cost(teaser: str, text: str, title: str | None) -> float:
    """Seconds the claim checks take on their own: the article index and the five checks, as `guard` runs them."""
    article, sentences = Source(text, title).sentences, clauses(teaser)  # split once for all checks, not timed
    started = time.perf_counter()
    index = Index(article)
    for check in (hedge.check, scope.check, direction.check, binding.check, roles.check):
        check(teaser, sentences, index)
    return time.perf_counter() - started


def claim_only(verdict: Verdict) -> bool:
    """Rejected, and only by the claim checks (what the guard before issue 22 accepted)."""
    return not verdict.accepted and all(
        r.kind in CLAIM_KINDS or r.kind == "negation" and r.message.endswith(SCOPE_MESSAGES) for r in verdict.reasons
    )


def inject_number(teaser: str, article: str, rng: random.Random) -> str | None:
    values = article_values(article)
    date_spans = [(w.start, w.end) for w in expressions(teaser)]
    for a in amounts(teaser, date_spans):
        m = re.search(r"\d", a.text)
        if m:
            for _ in range(10):
                new_digit = str(rng.choice([d for d in "123456789" if d != m.group()]))
                changed = teaser[: a.start + m.start()] + new_digit + teaser[a.start + m.end() :]
                new = amounts(changed[a.start : a.end + 2])
                if new and new[0].values.isdisjoint(values):
                    return changed
        else:
            for value in rng.sample(range(3, 13), 10):
                word = ["drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"][value - 3]
                first = a.text.split()[0]
                if word_value(first) is not None and float(value) not in values:
                    return teaser[: a.start] + word + teaser[a.start + len(first) :]
    return None


def inject_name(teaser: str, article: str, rng: random.Random) -> str | None:
    nouns = common_nouns()
    folded_article = fold(article)
    candidates = []
    for m in re.finditer(r"(?<=[\w,] )[A-ZÄÖÜ][a-zäöüß]{2,}(?=[\s,.;:!?])", teaser):
        w = fold(m.group())
        if (
            w not in nouns
            and w.rstrip("s") not in nouns
            and w in folded_article
            and w not in {fold(x) for x in WEEKDAY_NAMES + MONTH_NAMES}
        ):
            candidates.append(m)
    if not candidates:
        return None
    m = rng.choice(candidates)
    name = next(n for n in rng.sample(NAMES, len(NAMES)) if fold(n) not in folded_article)
    return teaser[: m.start()] + name + teaser[m.end() :]


def inject_date(teaser: str, article: str, rng: random.Random) -> str | None:
    source = anchors(article)
    for w in expressions(teaser):
        kinds = {f[0] for f in w.facts}
        if "weekday" in kinds:
            options = [d for d in WEEKDAY_NAMES if ("weekday", WEEKDAYS[fold(d)]) not in source.facts]
            new = rng.choice(options) if options else None
        elif "dm" in kinds:
            day = next(f[1] for f in w.facts if f[0] == "dm")
            month = next(f[2] for f in w.facts if f[0] == "dm")
            options = [d for d in range(1, 29) if ("dm", d, month) not in source.facts and d != day]
            new = re.sub(r"^\d{1,2}", str(rng.choice(options)), w.text) if options else None
        elif "month" in kinds:
            options = [m for i, m in enumerate(MONTH_NAMES, 1) if ("month", i) not in source.facts]
            new = re.sub(r"^\w+", rng.choice(options), w.text) if options else None
        elif "year" in kinds:
            year = next(f[1] for f in w.facts if f[0] == "year")
            options = [y for y in range(year - 6, year + 4) if y != year and y not in source.numbers]
            new = w.text.replace(str(year), str(rng.choice(options))) if options else None
        elif "time" in kinds:
            options = [h for h in range(6, 23) if not any(f[0] == "time" and f[1] == h for f in source.facts)]
            new = re.sub(r"^\d{1,2}", str(rng.choice(options)), w.text) if options else None
        else:
            continue
        if new:
            return teaser[: w.start] + new + teaser[w.end :]
    days = [d for d in WEEKDAY_NAMES if ("weekday", WEEKDAYS[fold(d)]) not in source.facts]
    m = re.search(r"[.!?]", teaser)
    if not days or not m:
        return None
    return teaser[: m.start()] + f" am {rng.choice(days)}" + teaser[m.start() :]


def inject_negation(teaser: str, article: str, rng: random.Random) -> tuple[str, str] | None:
    m = NEGATION.search(teaser)
    if m:
        word = m.group()
        if word.lower() == "nicht":
            return teaser[: m.start()] + teaser[m.end() :].lstrip(" "), "drop"
        lower = word.lower()
        if lower in DROP:
            new = DROP[lower]
            new = new.capitalize() if word[0].isupper() else new
            return teaser[: m.start()] + new + teaser[m.end() :], "drop"
        return None
    m = FINITE.search(teaser)
    if not m:
        return None
    return teaser[: m.end()] + " nicht" + teaser[m.end() :], "add"


def inject_quote(teaser: str, article: str, rng: random.Random) -> str | None:
    found = quoted(teaser)
    if not found:
        return None
    start, end, inner = found[0]
    words = list(re.finditer(r"\w{4,}", teaser[start:end]))
    if not words:
        return None
    w = max(words, key=lambda x: len(x.group()))
    return teaser[: start + w.start()] + "Unsinn" + teaser[start + w.end() :]


def main() -> None:
    ap = parser(__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="at most this many articles, spread over the sets")
    ap.add_argument("--sample", type=int, default=15, help="editor-teaser failures to list for reading")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show-misses", action="store_true", help="print each injected error the guard let through")
    ap.add_argument("--claims-sample", type=int, default=20, help="editor teasers rejected only by the claim checks to list")
    args = ap.parse_args()
    examples = load_examples(args.data, args.limit)
    rng = random.Random(args.seed)
    started = time.perf_counter()
    common_nouns()
    load_s = time.perf_counter() - started

    applicable: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    right_kind: Counter[str] = Counter()
    clean_pass = 0
    clean_fail: list[tuple[str, list[str], str]] = []
    editor_pass = 0
    editor_kinds: Counter[str] = Counter()
    editor_failures = []
    claim_rejections: list[tuple[Example, Verdict]] = []
    guard_seconds = 0.0
    claim_seconds = 0.0
    guard_calls = 0
    for ex in examples:
        teaser = kurz.summarize(ex.text, ex.title).text
        t0 = time.perf_counter()
        verdict = guard(teaser, ex.text, title=ex.title)
        guard_seconds += time.perf_counter() - t0
        guard_calls += 1
        claim_seconds += claim_cost(teaser, ex.text, ex.title)
        if verdict.accepted:
            clean_pass += 1
        else:
            clean_fail.append((ex.id, [f"{r.kind}:{r.text[:40]}" for r in verdict.reasons], teaser))
        source = f"{ex.title}\n{ex.text}" if ex.title else ex.text
        for kind in KINDS:
            if kind == "negation":
                result = inject_negation(teaser, source, rng)
                if result is None:
                    continue
                perturbed, how = result
                label = f"negation ({how})"
            else:
                perturbed = {"number": inject_number, "name": inject_name, "date": inject_date, "quote": inject_quote}[kind](
                    teaser, source, rng
                )
                label = kind
                if perturbed is None or perturbed == teaser:
                    continue
            applicable[label] += 1
            v = guard(perturbed, ex.text, title=ex.title)
            if v.accepted and args.show_misses:
                print(f"MISS {label} {ex.id}: {perturbed}")
            if not v.accepted:
                caught[label] += 1
                if kind in v.kinds:
                    right_kind[label] += 1
        editor = guard(ex.summary, ex.text, title=ex.title)
        if claim_only(editor):
            claim_rejections.append((ex, editor))
        if editor.accepted:
            editor_pass += 1
        else:
            editor_kinds.update(editor.kinds)
            editor_failures.append((ex, editor))

    n = len(examples)
    rows = [
        [
            label,
            str(applicable[label]),
            f"{100 * caught[label] / applicable[label]:.1f} %",
            f"{100 * right_kind[label] / applicable[label]:.1f} %",
        ]
        for label in sorted(applicable)
    ]
    neg_total = sum(applicable[k] for k in applicable if k.startswith("negation"))
    neg_caught = sum(caught[k] for k in caught if k.startswith("negation"))
    neg_right = sum(right_kind[k] for k in right_kind if k.startswith("negation"))
    if neg_total:
        rows.append(
            ["negation (all)", str(neg_total), f"{100 * neg_caught / neg_total:.1f} %", f"{100 * neg_right / neg_total:.1f} %"]
        )
    lines = [
        "# Fact guard benchmark",
        "",
        f"{n} dev articles; {machine()}. Lexicon load {load_s * 1000:.0f} ms (once per process).",
        "",
        "## Injected errors in extractive teasers",
        "",
        table(["error", "teasers", "caught", "caught as that kind"], rows),
        "",
        "## Unperturbed",
        "",
        f"- extractive teasers accepted: {clean_pass}/{n} = {100 * clean_pass / n:.1f} %",
        f"- editors' teasers accepted: {editor_pass}/{n} = {100 * editor_pass / n:.1f} %; failing kinds: "
        + ", ".join(f"{k} {c}" for k, c in editor_kinds.most_common()),
        f"- editors' teasers rejected only by the claim checks (hedge, direction, binding, role, negation scope): "
        f"{len(claim_rejections)}/{n} = {100 * len(claim_rejections) / n:.1f} %",
        f"- guard cost: {1000 * guard_seconds / guard_calls:.2f} ms per article (extractive teaser, lexicon loaded), "
        f"of which the claim checks alone (same run, timed apart): {1000 * claim_seconds / guard_calls:.2f} ms",
        "",
        "Ids of rejected extractive teasers and a sample of rejected editors' teasers are printed, not written:",
        "the dev texts must not enter the repository.",
    ]
    details = [
        "## Extractive teasers rejected",
        *(f"- {i}: {', '.join(r)}" for i, r, _ in clean_fail[:30]),
        f"## Sample of {args.sample} editor-teaser failures",
    ]
    for ex, v in random.Random(args.seed).sample(editor_failures, min(args.sample, len(editor_failures))):
        details.append(f"- {ex.id}: {ex.summary}")
        details.extend(f"  - {r.kind}: {r.text!r}: {r.message}" for r in v.reasons)
    details.append(f"## Sample of {args.claims_sample} editor teasers rejected only by the claim checks")
    for ex, v in random.Random(args.seed).sample(claim_rejections, min(args.claims_sample, len(claim_rejections))):
        details.append(f"- {ex.id}: {ex.summary}")
        details.extend(f"  - {r.kind}: {r.text!r}: {r.message}" for r in v.reasons)
    print("\n".join(details))
    report = "\n".join(lines) + "\n"
    print(report)
    path = write_report("guard.md", report)
    print(f"written {path}")


if __name__ == "__main__":
    main()
