"""Dates and times: weekdays, months (also Austrian "Jänner", "Feber"), day and month, years, clock times,
and relative days ("gestern", "heute", "morgen", "am Vortag", "heuer").

Rules (the teaser's publication date is unknown, so relative days are judged by what the article anchors):
- a weekday, month, year, day-and-month or clock time must be in the article in some spelling
  ("3. Mai" = "3.5." = "03.05.2024"; "Jänner" = "Januar"; "14 Uhr" = "14.00 Uhr");
- "gestern", "heute", "morgen", "vorgestern", "übermorgen" pass when the article says the same (or "am Vortag"
  for "gestern"), and otherwise when the article names a weekday or a calendar date that the editor may have
  turned into a relative day; they fail when the article has neither, or only another relative day;
- "heuer"/"dieses Jahr" pass when the article says so or names a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kurz.facts.fold import fold
from kurz.facts.numbers import article_values
from kurz.facts.verdict import Reason, reason

MONTHS = {
    "januar": 1,
    "jänner": 1,
    "jan.": 1,
    "februar": 2,
    "feber": 2,
    "feb.": 2,
    "märz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "aug.": 8,
    "september": 9,
    "sept.": 9,
    "sep.": 9,
    "oktober": 10,
    "okt.": 10,
    "november": 11,
    "nov.": 11,
    "dezember": 12,
    "dez.": 12,
}
_MONTH = r"(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\.|Feb\.|Aug\.|Sept?\.|Okt\.|Nov\.|Dez\.)"
WEEKDAYS = {"montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6, "sonnabend": 6, "sonntag": 7}
_WEEKDAY = r"(?:[Mm]ontag|[Dd]ienstag|[Mm]ittwoch|[Dd]onnerstag|[Ff]reitag|[Ss]amstag|[Ss]onnabend|[Ss]onntag)"
_PART = r"(?:abend|morgen|nachmittag|vormittag|mittag|nacht|früh)"
RELATIVE = {
    "gestern": "gestern",
    "vorgestern": "vorgestern",
    "heute": "heute",
    "morgen": "morgen",
    "übermorgen": "übermorgen",
    "vortag": "gestern",
    "heuer": "heuer",
}
_YEAR = r"(?:1[89]\d\d|20\d\d)"

PATTERN = re.compile(
    rf"(?P<dm>(?<![\d.])(?P<d1>[0-3]?\d)\.\s?(?:(?P<m1>[01]?\d)\.(?:\s?(?P<y1>{_YEAR}|\d\d)(?!\d))?|(?P<mn1>{_MONTH})(?:\s(?P<y2>{_YEAR})(?!\d))?))"
    rf"|(?P<mn>(?<!\w){_MONTH}(?!\w)(?:\s(?P<y3>{_YEAR})(?!\d))?)"
    rf"|(?P<time>(?<![\d.,])(?P<h>[0-2]?\d)(?:[.:](?P<mi>[0-5]\d))?\s?Uhr(?!\w))"
    rf"|(?P<wd>(?<!\w){_WEEKDAY}(?:{_PART})?s?(?!\w))"
    rf"|(?P<year>(?<![\d.,'’])(?P<y4>{_YEAR})(?![\d.,]\d))"
    r"|(?P<rel>(?<!\w)(?:[Gg]estern|[Vv]orgestern|[Hh]eute|morgen|übermorgen|Vortag(?:es|s)?|[Hh]euer)(?!\w))"
)


@dataclass(frozen=True, slots=True)
class When:
    """One date or time expression; `facts` are what it asserts, e.g. ("dm", 3, 5), ("year", 2024)."""

    start: int
    end: int
    text: str
    facts: tuple[tuple[object, ...], ...]


@dataclass
class Anchors:
    """Every date fact the article states, plus whether it has any weekday or calendar date."""

    facts: set[tuple[object, ...]] = field(default_factory=set)
    numbers: set[int] = field(default_factory=set)

    @property
    def anchored(self) -> bool:
        return any(f[0] in ("weekday", "dm") for f in self.facts)

    def relatives(self) -> set[object]:
        return {f[1] for f in self.facts if f[0] == "rel"}


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    return y + 2000 if y < 100 else y


def _morning(text: str, start: int) -> bool:
    """A capitalised "Morgen" inside a sentence is the morning, not tomorrow."""
    return text[start] == "M"


_NOUN_AFTER = re.compile(r"\s+(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][a-zäöüß]+)")
_NOT_COUNTED = (
    frozenset(["Uhr", "Jahr", "Jahren", "Jahre", "Jahres"])
    | {m.capitalize() for m in MONTHS}
    | {d.capitalize() for d in WEEKDAYS}
)


def _counts_something(text: str, end: int) -> bool:
    """A four-digit number directly before a plural noun ("1800 Bahnhöfe", "2000 neue Jobs") is not a year."""
    m = _NOUN_AFTER.match(text, end)
    return (
        m is not None
        and m.group(1) not in _NOT_COUNTED
        and (m.group(0).split()[0][:1].isupper() or m.group(0).split()[0] in ("neue", "weitere", "zusätzliche"))
    )


def expressions(text: str) -> list[When]:
    """Every date or time expression in `text`, with the facts it asserts."""
    out: list[When] = []
    for m in PATTERN.finditer(text):
        facts: list[tuple[object, ...]] = []
        if m.group("dm"):
            day = int(m.group("d1"))
            month = int(m.group("m1")) if m.group("m1") else MONTHS[fold(m.group("mn1"))]
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            facts += [("dm", day, month), ("month", month)]
            year = _year(m.group("y1") or m.group("y2"))
            if year:
                facts.append(("year", year))
        elif m.group("mn"):
            facts.append(("month", MONTHS[fold(m.group("mn").split()[0])]))
            year = _year(m.group("y3"))
            if year:
                facts.append(("year", year))
        elif m.group("time"):
            hour, minute = int(m.group("h")), int(m.group("mi") or 0)
            if hour > 24:
                continue
            facts.append(("time", hour, minute))
        elif m.group("wd"):
            word = fold(m.group("wd"))
            facts.append(("weekday", next(v for k, v in WEEKDAYS.items() if word.startswith(k))))
        elif m.group("year"):
            if _counts_something(text, m.end()):
                continue  # "1800 Bahnhöfe": an amount, left to the number check
            facts.append(("year", int(m.group("y4"))))
        else:
            word = fold(m.group("rel"))
            if word == "morgen" and _morning(text, m.start()):
                continue
            facts.append(("rel", RELATIVE[word.removesuffix("es").removesuffix("s") if word.startswith("vortag") else word]))
        out.append(When(m.start(), m.end(), m.group(), tuple(facts)))
    return out


def anchors(text: str) -> Anchors:
    found = Anchors()
    for w in expressions(text):
        found.facts.update(w.facts)
    found.numbers = {int(n) for n in re.findall(r"\d{1,4}", text)} | {
        int(v) for v in article_values(text) if v == int(v) and v < 10_000
    }
    if re.search(r"(?<!\w)(?:diese[ms]?|laufende[mn]?) Jahr", text):
        found.facts.add(("rel", "heuer"))
    return found


def _supported(fact: tuple[object, ...], source: Anchors) -> bool:
    kind = fact[0]
    if kind == "rel":
        word = fact[1]
        if word in source.relatives():
            return True
        if word == "heuer":
            return any(f[0] == "year" for f in source.facts)
        return source.anchored
    if kind == "year":
        return fact in source.facts or fact[1] in source.numbers
    return fact in source.facts


def check(teaser: str, article: str) -> tuple[list[Reason], list[tuple[int, int]]]:
    """Reasons for dates the article does not state, and the spans of all teaser dates (numbers skip them)."""
    source = anchors(article)
    found = expressions(teaser)
    reasons = []
    for w in found:
        missing = [f for f in w.facts if not _supported(f, source)]
        if missing:
            reasons.append(reason("date", teaser, w.start, w.end, f"the article does not date this {w.text!r}"))
    return reasons, [(w.start, w.end) for w in found]
