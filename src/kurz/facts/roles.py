"""Roles: who did what to whom is swapped (winner and loser, critic and criticised, buyer and seller), or a
statement or quote is given to another speaker.

Roles come from kurz.facts.syntax (noun groups, subject, passive). The teaser clause's support is the article
clause that shares at least two of its items other than its subject and its "laut …" source, most by weight
(with fewer, the clause with its verb in the article sentence that supports the whole teaser sentence). A clause
with a "zu" infinitive takes its subject from the clause before. The teaser's subject must be the support's
subject (share a word with it that is not also in the support's objects); it is a reason when it is another
party of the article instead: in the support as an object or after a marked preposition while the support's
subject moved to an object in the teaser, or the subject of another clause of that sentence, or, for a verb of
saying, demanding or accusing, a party named elsewhere and not in that sentence at all (a statement given to
another speaker); also when a hyphenated name in it
adds such a party ("Vandeberg-Chef" for "Rhenolit-Chef"). With converse verbs (data/converse.txt: "gewinnen"
against "verlieren") the subjects must differ instead. Pronoun subjects ("er", "sie") are not compared.
"""

from __future__ import annotations

from kurz.facts.claims import Index, Part, parts, sentence_items
from kurz.facts.fold import fold
from kurz.facts.lists import rows
from kurz.facts.source import Clause
from kurz.facts.syntax import INFINITIVE, Group, groups, items, roles, subject
from kurz.facts.verdict import Reason, reason
from kurz.text.lexicon import SPEECH_VERBS
from kurz.text.nouns import common_nouns

CONVERSE: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (tuple(row[: row.index("|")]), tuple(row[row.index("|") + 1 :])) for row in rows("converse")
)
_SOURCES = frozenset(["laut", "zufolge"])
# Roles a determiner or preposition marks beyond doubt ("den X", "gegen X", "an X", "auf X", passive "von X");
# a swap needs one of them on either side, as German word order alone may put the object first.
_MARKED = frozenset(["acc", "gegen", "an", "auf", "von"])
_PLAIN = frozenset(["subj", "obj", "acc"])
# Verbs of saying, demanding, accusing: whose words these are is the claim, so another party named in the
# article as the speaker is a reason even where the two never meet in one clause.
_SAYING = frozenset(fold(w) for w in SPEECH_VERBS) | frozenset(
    [
        "vorgeworfen",
        "wirft",
        "warf",
        "warfen",
        "verlangt",
        "verlangte",
        "verlangten",
        "fordert",
        "gefordert",
        "wies",
        "angekündigt",
        "lehnte",
        "lehnten",
        "lehnt",
        "abgelehnt",
    ]
)
# Who speaks for an organisation: a teaser may give their words or acts to it ("Kernwerk will …" for
# "Konzernchef Brandl kündigte an, …"), so a named party in their place is no swap.
_SPOKESPEOPLE = (
    "chef",
    "chefin",
    "sprecher",
    "sprecherin",
    "präsident",
    "präsidentin",
    "leiter",
    "leiterin",
    "direktor",
    "direktorin",
    "vorsitzende",
    "vorsitzender",
    "minister",
    "ministerin",
    "vorstand",
)


def _side(words: tuple[str, ...]) -> int | None:
    for n, pair in enumerate(CONVERSE):
        for k, prefixes in enumerate(pair):
            if any(w.startswith(prefixes) for w in words):
                return 2 * n + k
    return None


def _converse(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    x, y = _side(a), _side(b)
    return x is not None and y is not None and x != y and x // 2 == y // 2


def _support(part: Part, sentence: Clause, own: Group, index: Index) -> list[Part]:
    adjuncts = frozenset().union(*(g.stems for g in groups(part.text) if g.role not in _PLAIN))
    attributed = frozenset().union(*(g.stems for g in groups(part.text) if g.role in _SOURCES))
    key = part.items - own.stems - adjuncts
    best = [i for i in index.best_parts(key) if len(key & index.parts[i].items) >= 2] if len(key) >= 2 else []
    if not best:
        whole = index.best_sentences(sentence_items(sentence) - own.stems - attributed)
        if not whole:
            return []
        at = index.sentences.index(whole[0])
        pool = [i for i, p in enumerate(index.parts) if p.sentence == at]
        best = index.best_parts(part.items - own.stems - attributed, pool, floor=1e-9)
    # a "zu" infinitive takes its subject from the clause before it
    return [
        index.parts[i - 1]
        if INFINITIVE.search(index.parts[i].text) and i and index.parts[i - 1].sentence == index.parts[i].sentence
        else index.parts[i]
        for i in best
    ]


def _meets(mine: frozenset[str], theirs: frozenset[str]) -> frozenset[str]:
    """Items of `mine` in `theirs`, also as part of a compound there or the other way round ("Kanzler" and
    "Bundeskanzler", "Stadt" and "Stadtrat")."""

    def near(m: str, t: str) -> bool:
        short, long = sorted((m, t), key=len)
        return m == t or len(short) >= 4 and (long.startswith(short) or long.endswith(short))

    return frozenset(m for m in mine if any(near(m, t) for t in theirs))


def _names(group: Group) -> frozenset[str]:
    """The group's items, or only those of its names when it has any ("Vandeberg" in "Händler Vandeberg")."""
    named = [w for w in group.words if fold(w) not in common_nouns() and not w.isupper() or "-" in w]
    return items(" ".join(named)) or group.stems


def _speaks_for(group: Group) -> bool:
    return any(fold(w).endswith(_SPOKESPEOPLE) for w in group.words)


def _wrong(part: Part, own: Group, source: Part, index: Index) -> bool:
    theirs = subject(source.text)
    others = roles(source.text)
    as_object = any(g.role != "subj" and g.stems & own.stems for g in others)
    if theirs is None or not theirs.stems:  # a pronoun subject: only a marked object role can be swapped
        return any(g.role in _MARKED and g.stems & own.stems for g in others) and not _converse(part.words, source.words)
    mine = roles(part.text)
    marked = any(g.role in _MARKED and g.stems & own.stems for g in others)
    moved = [g for g in mine if g.role != "subj" and g.stems & (theirs.stems - own.stems)]
    swapped = as_object and bool(moved) and (marked or any(g.role in _MARKED for g in moved))
    objects = frozenset().union(*(g.stems for g in others if g.role != "subj"))
    shared = _meets(_names(own), _names(theirs)) - objects
    if _converse(part.words, source.words):
        return bool(shared)
    clauses = [p for p in index.parts if p.sentence == source.sentence]
    if not shared:
        in_sentence = frozenset().union(*(p.items for p in clauses))
        elsewhere = any(s in index.modes for s in own.stems) and not _meets(own.stems, in_sentence)
        if elsewhere and _speaks_for(theirs) and all(fold(w) not in common_nouns() for w in own.words):
            elsewhere = False
        frames = [p for p in clauses if p != source and _SAYING.isdisjoint(p.words) and not p.text.endswith(("–", "—", "-"))]
        other_subject = any((g := subject(p.text)) is not None and g.stems & own.stems for p in frames)
        said = not _SAYING.isdisjoint(part.words) or not _SAYING.isdisjoint(source.words)
        return swapped or other_subject or said and elsewhere
    in_sentence = frozenset().union(*(p.items for p in clauses))
    named = frozenset().union(*(items(w.replace("-", " ")) for w in own.words if "-" in w))
    extra = named - theirs.stems - in_sentence
    return any(s in index.modes for s in extra)


def check(teaser: str, sentences: list[Clause], index: Index) -> list[Reason]:
    reasons: list[Reason] = []
    for sentence in sentences:
        for part in parts([sentence]):
            if index.copied(part.text) is not None:
                continue  # a clause of one article sentence's words in their order says what that sentence says
            own = subject(part.text)
            if own is None or not own.stems:
                continue
            support = _support(part, sentence, own, index)
            if not support or not all(_wrong(part, own, source, index) for source in support):
                continue
            source = support[0]
            theirs = subject(source.text)
            who = f"{' '.join(theirs.words)!r}" if theirs else "someone else"
            reasons.append(
                reason(
                    "role",
                    teaser,
                    part.start,
                    part.end,
                    f"in the article {who} has this role, not {' '.join(own.words)!r}: {source.text[:80]!r}",
                )
            )
    return reasons
