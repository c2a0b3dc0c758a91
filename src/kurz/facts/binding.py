"""Binding: a number, date or place is attached to another event, entity or period than in the article ("the
February figure given to March", "project A's sum given to project B", "the protest's Tuesday given to the vote").

Scope: a claim's values must stand in the article clause that supports the claim's other words. Clauses are
cut as in kurz.facts.claims; a relative clause ("…, der 4 Prozent verlor") and a clause without a verb ("…, in
Berlin um 7 Prozent") also count with the clause before them, whose subject they share. Across sentences values
combine freely, so a teaser may join two sentences. Two rules, each over values of one kind (a percentage, an
amount of money, a count of the same noun, a day, a month, a year, a clock time, a place after "in"):
- the article clause that shares most of the claim's other words (by weight) gives a different value of that
  kind, while the clause that gives the teaser's value shares at most one of them;
- two values the teaser puts together stand in different clauses of the article, each beside another value
  of the other's kind ("im Februar 0,9 Prozent" where the article has Februar 0,6 and Januar 0,9).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kurz.facts.claims import Index, Part, parts, relative
from kurz.facts.dates import expressions
from kurz.facts.fold import fold
from kurz.facts.numbers import SCORE, amounts
from kurz.facts.source import Clause
from kurz.facts.syntax import TOKEN, items
from kurz.facts.verdict import Reason, reason
from kurz.text.lexicon import CONTRACTIONS, PREPOSITIONS, STOP_WORDS
from kurz.text.nouns import common_nouns

_LINKS = PREPOSITIONS | CONTRACTIONS

_MONEY = re.compile(
    r"\s*(?:Mio\.?|Mrd\.?|Millionen|Milliarden|Million|Milliarde)?\s*(?:Euro|Franken|Dollar|€|CHF|Fr\.|US-Dollar|Pfund)\b"
)
_NOUN = re.compile(r"\s*(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][\w-]+)")
_PLACE = re.compile(r"(?<!\w)(?:in|In)\s+([A-ZÄÖÜ][a-zäöüß]+)\b")


@dataclass(frozen=True, slots=True)
class Anchor:
    """A value in a clause: its kind ("percent", "money", "count:<noun>", "day", "place" …) and readings."""

    kind: str
    values: frozenset[object]
    start: int
    end: int
    text: str
    rounded: bool = False


@lru_cache(maxsize=4096)
def anchors(text: str) -> tuple[Anchor, ...]:
    out: list[Anchor] = []
    dated = expressions(text)
    for w in dated:
        for fact in w.facts:
            kind = "day" if fact[0] in ("weekday", "dm") else str(fact[0])
            if kind in ("day", "month", "year", "time"):
                out.append(Anchor(kind, frozenset([fact]), w.start, w.end, w.text))
    scores = [(m.start(), m.end()) for m in SCORE.finditer(text)]  # "3:1" is a result, judged by the number check
    for a in amounts(text, [(w.start, w.end) for w in dated] + scores):
        after = text[a.end :]
        if "%" in a.text or "prozent" in fold(a.text):
            kind = "percent"
        elif _MONEY.match(after):
            kind = "money"
        else:
            noun = _NOUN.match(after)
            kind = f"count:{fold(noun.group(1))[:5]}" if noun else "count"
        out.append(Anchor(kind, frozenset(a.values), a.start, a.end, a.text, a.hedged))
    for m in _PLACE.finditer(text):
        if fold(m.group(1)) not in common_nouns():
            out.append(Anchor("place", frozenset([fold(m.group(1))]), m.start(1), m.end(1), m.group(1)))
    return tuple(out)


def _has(part_anchors: tuple[Anchor, ...], kind: str, values: frozenset[object] | None = None) -> bool:
    return any(a.kind == kind and (values is None or not a.values.isdisjoint(values)) for a in part_anchors)


def _elliptic(part: Part) -> bool:
    """A clause without a verb of its own ("in Berlin um 7 Prozent"): only function words, nouns and amounts."""
    tokens = [t for t in TOKEN.findall(part.text) if t[0].isalnum()]
    return all(t[0].isupper() or t[0].isdigit() or fold(t) in STOP_WORDS or fold(t) in _LINKS for t in tokens)


def contexts(index: Index) -> list[frozenset[str]]:
    """Each article clause's items; an elliptic or relative clause ("in Berlin um 7 Prozent", "der 4 Prozent
    verlor") also has those of the clause before it in its sentence."""
    out: list[frozenset[str]] = []
    for n, p in enumerate(index.parts):
        before = index.parts[n - 1] if n else None
        inherit = before is not None and before.sentence == p.sentence and (_elliptic(p) or relative(p.text))
        out.append(p.items | before.items if inherit and before else p.items)
    return out


def _score(index: Index, key: frozenset[str], held: frozenset[str]) -> float:
    return sum(index.weights.get(i, 0.0) for i in key & held)


def _conflict(anchor: Anchor, part: Part, index: Index, held: list[tuple[Anchor, ...]], context: list[frozenset[str]]) -> bool:
    """The clause that best supports the claim gives another value of this kind, while the value's own clause
    barely shares the claim's words; or the article gives this kind only other values, and this value only
    for another kind ("zwei Stunden" where it has "drei Stunden" and "zwei Menschen")."""
    among = [i for i, h in enumerate(held) if _has(h, anchor.kind)]
    with_value = [i for i in among if _has(held[i], anchor.kind, anchor.values)]
    if not with_value:
        measured = anchor.kind in ("percent", "money") or anchor.kind.startswith("count:")
        return bool(among) and measured and not anchor.values.isdisjoint(index.values)
    key = part.items - items(anchor.text)
    best_with = max(_score(index, key, context[i]) for i in with_value)
    shared = max(len(key & context[i]) for i in with_value)
    others = [_score(index, key, context[i]) for i in among if i not in with_value]
    return shared <= 1 and bool(others) and max(others) >= 1.0 and max(others) > best_with


def _split(a: Anchor, b: Anchor, held: list[tuple[Anchor, ...]]) -> bool:
    """The two values never stand in one article clause, and each stands beside another value of the other's kind."""
    if any(_has(h, a.kind, a.values) and _has(h, b.kind, b.values) for h in held):
        return False
    beside_a = any(_has(h, a.kind, a.values) and _has(h, b.kind) for h in held)
    beside_b = any(_has(h, b.kind, b.values) and _has(h, a.kind) for h in held)
    return beside_a and beside_b


def check(teaser: str, sentences: list[Clause], index: Index) -> list[Reason]:
    reasons: list[Reason] = []
    teaser_parts = [p for p in parts(sentences) if index.copied(p.text) is None and anchors(p.text)]
    if not teaser_parts:
        return reasons
    held = [anchors(p.text) for p in index.parts]
    context = contexts(index)
    for part in teaser_parts:  # a clause of one article sentence's words in their order is skipped
        own = anchors(part.text)
        for n, anchor in enumerate(own):
            if anchor.rounded:
                continue  # "knapp 50 Prozent" may round the article's 48: the number check judges it
            partner = next((b for b in own[:n] if b.kind != anchor.kind and _split(b, anchor, held)), None)
            if partner is None and not _conflict(anchor, part, index, held, context):
                continue
            start = part.start + anchor.start
            why = f"together with {partner.text!r}" if partner else "for this"
            reasons.append(
                reason(
                    "binding",
                    teaser,
                    start,
                    start + len(anchor.text),
                    f"the article gives {anchor.text!r} for another event, entity or period, not {why}",
                )
            )
    return reasons
