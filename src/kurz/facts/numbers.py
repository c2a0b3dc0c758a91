"""Numbers and amounts in any German spelling, as values: "1.200", "1 200", "1'200", "2,5 Mio.", "zwölf",
"die Hälfte", "50 Prozent", "ein Drittel", "eine Million".

A teaser amount must have the value of some amount in the article. A hedged amount ("rund 1200", "knapp
2,5 Millionen", "mehr als 1000") also matches an article value that rounds to it at the precision it is
written with. A bare "ein"/"eine" is an article, not a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kurz.facts.fold import fold
from kurz.facts.verdict import Reason, reason

_SPACE = r"[ \u00a0\u202f]"
# Thousands grouped by ".", space, "'" or "’" (Swiss), an optional decimal part; or plain digits with one.
_DIGITS = rf"\d{{1,3}}(?:(?:\.|{_SPACE}|['’])\d{{3}})+(?!\d)(?:,\d+)?|\d+(?:,\d+)?(?:\.\d+(?![.\d]))?"
SCALES: dict[str, float] = {
    "hundert": 1e2,
    "tausend": 1e3,
    "tsd": 1e3,
    "tsd.": 1e3,
    "mio": 1e6,
    "mio.": 1e6,
    "million": 1e6,
    "millionen": 1e6,
    "mill.": 1e6,
    "mrd": 1e9,
    "mrd.": 1e9,
    "mia.": 1e9,
    "mia": 1e9,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "bio": 1e12,
    "bio.": 1e12,
    "billion": 1e12,
    "billionen": 1e12,
    "dutzend": 12,
}
_SCALE = r"(?:Hundert|hundert|Tausend|tausend|Tsd\.?|Mio\.?|Millionen|Million|Mill\.|Mrd\.?|Mia\.?|Milliarden|Milliarde|Bio\.|Billionen|Billion|Dutzend)(?![\w])"
_PERCENT = r"(?:%|Prozent(?:punkte[n]?)?(?!\w)|v\.\s?H\.)"
FRACTIONS: dict[str, float] = {
    "hälfte": 1 / 2,
    "drittel": 1 / 3,
    "viertel": 1 / 4,
    "fünftel": 1 / 5,
    "sechstel": 1 / 6,
    "achtel": 1 / 8,
    "zehntel": 1 / 10,
}
_FRACTION = r"(?:Hälfte|Drittel|Viertel|Fünftel|Sechstel|Achtel|Zehntel)(?![\w])"

UNITS = {
    "null": 0,
    "eins": 1,
    "zwei": 2,
    "zwo": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
}
TEENS = {
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}
TENS = {
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
ONE = frozenset(["ein", "eine", "einen", "einem", "einer", "eines"])
HALF = frozenset(["halbe", "halben", "halbes"])  # "eine halbe Million"
# A result or ratio written with a colon ("3:1"): checked as written, not as two numbers.
SCORE = re.compile(r"(?<![\d:.,])(\d{1,3})\s?:\s?(\d{1,3})(?![\d:])(?!\s?Uhr)")
_UNIT_ALT = "|".join(sorted([*UNITS, *TEENS, *TENS, "hundert", "tausend", "ein", "und", "ß", "ss"], key=len, reverse=True))
_NUMBER_WORD = re.compile(rf"(?:{_UNIT_ALT})+")
# Words that say an amount is rounded: it may then differ from the article's by half its last written digit.
HEDGES = frozenset(
    [
        "rund",
        "etwa",
        "ungefähr",
        "circa",
        "ca.",
        "knapp",
        "fast",
        "beinahe",
        "nahezu",
        "gut",
        "annähernd",
        "über",
        "mehr",
        "weniger",
        "unter",
        "bis",
        "zu",
        "mindestens",
        "höchstens",
        "rd.",
        "gegen",
        "gar",
    ]
)

AMOUNT = re.compile(
    rf"(?<![\w,.])(?<![^\W\d_]-)(?P<num>{_DIGITS})(?:{_SPACE}?(?P<scale>{_SCALE}))?(?:{_SPACE}?(?P<pct>{_PERCENT}))?(?:{_SPACE}(?P<frac>{_FRACTION}))?"
    rf"|(?<![\w-])(?P<det>[Dd]ie|[Dd]er|[Ee]ine?|[Ee]inem|[Ee]iner)?{_SPACE}?(?P<bare>{_FRACTION})"
    rf"|(?<![\w-])(?P<word>[A-Za-zäöüß]+)(?:{_SPACE}(?P<wscale>{_SCALE}))?(?:{_SPACE}(?P<wpct>Prozent(?!\w)))?(?:{_SPACE}(?P<wfrac>{_FRACTION}))?"
)


@dataclass(frozen=True, slots=True)
class Amount:
    """A value found in text; `values` are all readings (50 Prozent is 50 and 0.5), `unit` the precision."""

    start: int
    end: int
    text: str
    values: frozenset[float]
    unit: float
    hedged: bool


def word_value(word: str) -> float | None:
    """Value of a German number word ("zwölf", "fünfundzwanzig", "dreihundert", "zweieinhalb", "anderthalb")."""
    w = fold(word).replace("ß", "ss")
    if w in ("anderthalb", "eineinhalb"):
        return 1.5
    if w.endswith("einhalb") and len(w) > 7:
        whole = _parse_words(w[:-7]) if _NUMBER_WORD.fullmatch(w[:-7]) else None
        return None if whole is None else whole + 0.5
    if not w or not _NUMBER_WORD.fullmatch(w):
        return None
    return _parse_words(w)


def _parse_words(w: str) -> int | None:
    if w in UNITS:
        return UNITS[w]
    if w in TEENS:
        return TEENS[w]
    if w in TENS:
        return TENS[w]
    for big, factor in (("tausend", 1000), ("hundert", 100)):
        head, sep, tail = w.partition(big)
        if sep:
            left = 1 if head in ("", "ein", "eins") else _parse_words(head)
            right = 0 if tail == "" else _parse_words(tail)
            if left is None or right is None or (factor == 100 and left > 9):
                return None
            return left * factor + right
    head, sep, tail = w.partition("und")
    if sep and tail in TENS:
        unit = 1 if head == "ein" else UNITS.get(head)
        return None if unit is None or unit == 0 else unit + TENS[tail]
    return None


def digits_value(text: str) -> tuple[float, float]:
    """Value and precision of a digit string: "1.200" 1200 (unit 100), "2,5" 2.5 (unit 0.1), "1 200,50"."""
    t = re.sub(rf"(?:\.|{_SPACE}|['’])(?=\d{{3}}(?!\d))", "", text)
    if "," in t:
        whole, _, frac = t.partition(",")
        return float(f"{whole}.{frac}"), 10.0 ** -len(frac)
    if "." in t:  # "1.5" (English decimal point) where it is not a date or a thousands group
        whole, _, frac = t.partition(".")
        return float(f"{whole}.{frac}"), 10.0 ** -len(frac)
    stripped = t.rstrip("0")
    return float(t), 10.0 ** (len(t) - len(stripped)) if stripped else 1.0


def _readings(value: float, percent: bool) -> frozenset[float]:
    values = {round(value, 6)}
    if percent:
        values.add(round(value / 100, 6))
    return frozenset(values)


def amounts(text: str, skip: list[tuple[int, int]] | None = None, *, any_case: bool = False) -> list[Amount]:
    """Every amount in `text`, except those overlapping a span in `skip` (dates and clock times). A capitalised
    number word counts only at a sentence start ("Zwei Männer"), not inside one ("die Elf"), unless `any_case`."""
    out: list[Amount] = []
    blocked = skip or []
    for m in AMOUNT.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in blocked):
            continue
        before = fold(text[max(0, m.start() - 20) : m.start()]).split()
        hedged = bool(before) and (
            before[-1] in HEDGES or (len(before) > 1 and before[-2] in HEDGES and before[-1] in ("als", "zu", "die", "der"))
        )
        if m.group("num") is not None:
            value, unit = digits_value(m.group("num"))
            scale = SCALES[fold(m.group("scale"))] if m.group("scale") else 1.0
            frac = FRACTIONS[fold(m.group("frac"))] if m.group("frac") else 1.0
            if m.group("scale") and fold(m.group("scale")) == "dutzend":
                scale = 12
            out.append(
                Amount(
                    m.start(),
                    m.end(),
                    m.group(),
                    _readings(value * scale * frac, bool(m.group("pct"))),
                    unit * scale * frac,
                    hedged,
                )
            )
        elif m.group("word") is not None:
            word = m.group("word")
            folded = fold(word)
            follow = m.group("wscale") or m.group("wfrac")
            if folded in ONE or folded in HALF:
                if not follow:
                    continue
                value = 0.5 if folded in HALF else 1.0
            else:
                said = word_value(word)
                if said is None or (word[0].isupper() and not any_case and not _sentence_start(text, m.start())):
                    continue  # "Acht geben", "die Elf": nouns, not numbers
                value = said
            scale = SCALES[fold(m.group("wscale"))] if m.group("wscale") else 1.0
            frac = FRACTIONS[fold(m.group("wfrac"))] if m.group("wfrac") else 1.0
            end = m.end()
            out.append(
                Amount(
                    m.start(),
                    end,
                    text[m.start() : end],
                    _readings(value * scale * frac, bool(m.group("wpct"))),
                    scale * frac,
                    hedged,
                )
            )
        else:
            frac = FRACTIONS[fold(m.group("bare"))]
            start = m.start("bare") if m.group("det") is None else m.start()
            out.append(Amount(start, m.end(), text[start : m.end()], frozenset([round(frac, 6)]), 0.1, hedged))
    return out


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \"„»«“'")
    return not before or before[-1] in ".!?:\n"


def article_values(text: str) -> set[float]:
    """Every value the article states, in any spelling; "beide" counts as two."""
    values: set[float] = set()
    for a in amounts(text, any_case=True):  # the source side is read generously ("Wien – Zwei Männer …")
        values |= a.values
    for m in re.finditer(r"\d+", text):
        values.add(float(m.group()))
    if re.search(r"(?<!\w)[Bb]eide[nrs]?(?!\w)", text):
        values.add(2.0)
    return values


def matches(amount: Amount, values: set[float]) -> bool:
    """The article states the value; a hedged amount may also round an article value (half its last digit)."""
    if not amount.values.isdisjoint(values):
        return True
    if not amount.hedged:
        return False
    top = max(amount.values)
    for v in amount.values:
        tolerance = amount.unit / 2 * (v / top if top else 1) + 1e-9  # a percentage's fraction reading scales too
        if any(abs(v - a) <= tolerance for a in values):
            return True
    return False


def check(teaser: str, article: str, skip: list[tuple[int, int]]) -> tuple[list[Reason], list[tuple[int, int]]]:
    """A reason for each teaser amount whose value the article never states (and each score it does not
    give), and the spans of all teaser amounts (names skip "Mio.", "Mrd.")."""
    values = article_values(article)
    scores = {(m.group(1), m.group(2)) for m in SCORE.finditer(article)}
    reasons = []
    spans = list(skip)
    for m in SCORE.finditer(teaser):
        if any(s < m.end() and m.start() < e for s, e in skip):
            continue
        spans.append((m.start(), m.end()))
        if (m.group(1), m.group(2)) not in scores:
            reasons.append(reason("number", teaser, m.start(), m.end(), f"the article has no result {m.group()!r}"))
    found = amounts(teaser, spans)
    reasons += [
        reason("number", teaser, a.start, a.end, f"the article has no amount {a.text!r} (in any spelling)")
        for a in found
        if not matches(a, values)
    ]
    return reasons, spans + [(a.start, a.end) for a in found]
