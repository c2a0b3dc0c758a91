"""Modality: what the article only expects, plans, asks, demands or calls possible, the teaser states as fact.

Each teaser sentence is compared with the article clauses that support it best (most shared items, weighted;
a speaker's frame such as "X sagte," left out): when all of them are hedged (see kurz.facts.claims) and an item
of the sentence (a content stem or amount) stands in the article only inside hedged clauses, the teaser sentence
makes a hedged claim. It must then carry a hedge of its own (data/modality.txt), and a mere possibility,
question, demand or accusation in the article may not become a plan or announcement: "nicht ausgeschlossen" may
become "möglich" but not "angekündigt" or a plain fact. In the teaser (not in the article, where it is mostly
the passive) a future "wird"/"werden" is a plan's hedge ("Über X wird am 22. September abgestimmt" for "ist für
den 22. September geplant"). A sentence that repeats one article sentence's words in order and keeps its hedges
passes; one the reported-speech check already rejects is not rejected twice.
"""

from __future__ import annotations

from kurz.facts.claims import HEDGE_WORDS, Index, Part, hedge_level, parts
from kurz.facts.fold import fold
from kurz.facts.source import Clause
from kurz.facts.verdict import Reason, reason
from kurz.text.lexicon import SPEECH_VERBS

_SPEECH = frozenset(fold(w) for w in SPEECH_VERBS)
_FUTURE = frozenset(["wird", "werden"])


def _keeps_hedges(sentence: Clause, own: list[Part], index: Index) -> bool:
    """The sentence repeats one article sentence's words in order (an extractive compression) and keeps its
    hedges: it hedges as much as its source."""
    words = {w for p in own for w in p.words}
    for source in index.copies(sentence.text):
        theirs = {w for p in index.parts if p.sentence == source for w in p.words}
        if all(w in words for w in theirs & HEDGE_WORDS):
            return True
    return False


def check(teaser: str, sentences: list[Clause], index: Index) -> list[Reason]:
    reasons: list[Reason] = []
    for sentence in sentences:
        own = parts([sentence])
        wanted = frozenset().union(*(p.items for p in own))
        best = [i for i in index.best_parts(wanted) if _SPEECH.isdisjoint(index.parts[i].words)]  # not "X sagte,"
        levels = [index.hedges[i] for i in best]
        hedged = [i for i in wanted if (modes := index.modes.get(i)) and all(isinstance(m, int) for m in modes)]
        if not hedged or not levels or None in levels or _keeps_hedges(sentence, own, index):
            continue
        strongest = max(level for level in levels if level is not None)
        words = tuple(w for p in own for w in p.words)
        level = 1 if sentence.text.rstrip().endswith("?") else hedge_level(words)
        if level is None and not _FUTURE.isdisjoint(words):
            level = 3  # "Über X wird am 22. September abgestimmt": a schedule, as the article's plan
        if level is not None and not (strongest == 1 and level == 3):
            continue
        start, end = sentence.start, sentence.start + len(sentence.text.rstrip())
        said = "states as fact" if level is None else "commits more firmly to"
        reasons.append(
            reason("hedge", teaser, start, end, f"the article only expects, plans or calls possible what the teaser {said}")
        )
    return reasons
