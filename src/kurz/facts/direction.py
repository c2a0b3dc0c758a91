"""Direction: the teaser's change goes the other way than the article's for the same quantity ("gestiegen" for
"gesunken", "Anstieg" for "Rückgang", "mehr als" for "weniger als", "abgelehnt" for "angenommen").

Each clause gets a sign per axis from data/directions.txt (change, vote, stance; a "rate" word multiplies the
change it is said of: "der Anstieg schwächt sich ab" is down). A clause with a negation or with both signs on
an axis says nothing certain and is skipped; "gewinnen"/"verlieren" next to "gegen" is a match, not a change.
The teaser clause's quantity is its other items: among the article clauses with a sign on the same axis, those
that share most of them (by weight) are its support; when all of them have the opposite sign, it is a reason.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kurz.facts.claims import Index, Part, parts
from kurz.facts.lists import Forms, rows
from kurz.facts.negation import NEGATION
from kurz.facts.source import Clause
from kurz.facts.verdict import Reason, reason
from kurz.text.tokens import content_stems

_FORMS: Forms[tuple[str, int]] = Forms([(form, (axis, 1 if sign == "+" else -1)) for axis, sign, form in rows("directions")])


@lru_cache(maxsize=4096)
def signs(words: tuple[str, ...]) -> tuple[dict[str, int], frozenset[str]]:
    """The clause's sign on each axis it decides, and the stems of the words that gave them."""
    found: dict[str, set[int]] = {}
    used: set[str] = set()
    listed = list(words)
    for i, (axis, sign) in _FORMS.find(listed):
        word = listed[i]
        if axis == "change" and "gegen" in listed and word.startswith(("gewinn", "gewann", "gewonn", "verl")):
            continue
        found.setdefault(axis, set()).add(sign)
        used.update(content_stems(word))  # a change noun ("Anstieg") names the quantity: kept in the key below
    rate = found.pop("rate", set())
    if rate and len(rate) == 1:
        if found.get("change") and len(found["change"]) == 1:
            found["change"] = {next(iter(found["change"])) * next(iter(rate))}
        else:
            found["rate"] = rate
    return {axis: next(iter(s)) for axis, s in found.items() if len(s) == 1}, frozenset(used)


def _decided(part: Part) -> tuple[dict[str, int], frozenset[str]]:
    if NEGATION.search(part.text):
        return {}, frozenset()
    found, used = signs(part.words)
    nouns = frozenset(s for w in re.findall(r"\b[A-ZÄÖÜ]\w+", part.text) for s in content_stems(w))
    return found, used - nouns


def check(teaser: str, sentences: list[Clause], index: Index) -> list[Reason]:
    reasons: list[Reason] = []
    article = [_decided(p) for p in index.parts]
    for part in parts(sentences):
        if index.copied(part.text) is not None:
            continue  # a clause of one article sentence's words in their order says what that sentence says
        own, used = _decided(part)
        for axis, sign in own.items():
            among = [i for i, (s, _) in enumerate(article) if axis in s]
            best = index.best_parts(part.items - used, among)
            if best and all(article[i][0][axis] == -sign for i in best):
                source = index.parts[best[0]].text
                reasons.append(
                    reason(
                        "direction",
                        teaser,
                        part.start,
                        part.end,
                        f"the article's change goes the other way: {source[:80]!r}",
                    )
                )
                break
    return reasons
