"""Negation scope beyond a flipped "nicht": content the article only ever states under a negation ("Einen
Warnstreik wird es nicht geben", "Verletzt wurde niemand", "Weder die SPD noch die Union …") that the teaser
states without one, where the clauses that support the teaser sentence best are negated, or two or more such items speak for it, and an "un-" word turned into its opposite ("unverletzt" → "verletzt", "zufrieden" →
"unzufrieden") against an article sentence that shares at least two of the teaser sentence's items.
"""

from __future__ import annotations

from kurz.facts.claims import Index, sentence_items
from kurz.facts.claims import negated as negated_part
from kurz.facts.fold import bases, fold
from kurz.facts.negation import NEGATION
from kurz.facts.source import Clause
from kurz.facts.verdict import Reason, reason
from kurz.text.tokens import WORD_OR_WHOLE_NUMBER


def _flipped(words: set[str], support: frozenset[str]) -> str | None:
    """A teaser word whose "un-" opposite, and not the word itself, is in the supporting sentences."""
    for w in words:
        if len(w) < 5:
            continue
        opposite = w[2:] if w.startswith("un") else "un" + w
        if not bases(opposite).isdisjoint(support) and bases(w).isdisjoint(support):
            return w
    return None


def check(teaser: str, sentences: list[Clause], index: Index) -> list[Reason]:
    reasons: list[Reason] = []
    for sentence in sentences:
        if NEGATION.search(sentence.text) or index.copied(sentence.text) is not None:
            continue
        wanted = sentence_items(sentence)
        start, end = sentence.start, sentence.start + len(sentence.text.rstrip())
        negated = [i for i in wanted if index.modes.get(i) == {"negated"}]
        best = [index.parts[i] for i in index.best_parts(wanted)]
        if negated and (len(negated) >= 2 and any(map(negated_part, index.parts)) or best and all(map(negated_part, best))):
            reasons.append(reason("negation", teaser, start, end, "the article states this only under a negation"))
            continue
        words = {fold(w) for w in WORD_OR_WHOLE_NUMBER.findall(sentence.text)}
        opposites = {w[2:] if w.startswith("un") else "un" + w for w in words if len(w) >= 5}
        if not any(o[:5] in index.prefixes for o in opposites):
            continue
        for held, said in zip(index.sentence_bases, index.sentence_items, strict=True):
            flipped = _flipped(words, held)
            if flipped and len(wanted & said) >= 2:
                at = fold(sentence.text).find(flipped)
                reasons.append(
                    reason("negation", teaser, start + at, start + at + len(flipped), "the article says the opposite ('un-')")
                )
                break
    return reasons
