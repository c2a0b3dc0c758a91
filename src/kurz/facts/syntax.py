"""Just enough German syntax for the claim checks, without a parser: tokens, the items a clause is compared by,
and its noun groups with their roles.

Noun groups are runs of capitalised words with their determiner and adjectives. After a preposition a group
takes its role ("gegen", "von", "an" …), after "den"/"dem"/"einen"/"einem" it is an object; a genitive ("des
…", "der …" right after a group) and a group joined by "und" belong to the group before. The first remaining
group is the subject ("subj"), later ones objects ("obj"; "acc" where a determiner marks the case). Dates
("Heuer", "Montag") are no groups. In the passive ("wird … von X übernommen") the
"von" group is the subject. A clause with a "zu" infinitive, or a pronoun before its first group, has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kurz.facts.dates import PATTERN as DATE_WORD
from kurz.facts.fold import fold
from kurz.facts.numbers import SCORE, amounts
from kurz.text.lexicon import CONTRACTIONS, DETERMINERS, NUMERALS, PREPOSITIONS, STOP_WORDS
from kurz.text.tokens import content_stems

TOKEN = re.compile(r"\d+(?:[.,:'’]\d+)*|[^\W\d_][\w'’-]*|[,;:()–—]|\s-\s")
_OBJECT = frozenset(["den", "dem", "einen", "einem"])
_GENITIVE = frozenset(["des", "eines", "der"])
_JOIN = frozenset(["und", "oder", "sowie"])
_DEGREE = frozenset(["über", "unter", "bis"])  # "Über 200 Schüler …": more than, no preposition
_PASSIVE = frozenset(["wird", "werden", "wurde", "wurden", "worden"])
_LINKS = PREPOSITIONS | CONTRACTIONS
# What an amount needs somewhere in the text: a digit or a number word's piece (a cheap test before `amounts`).
_NUMERIC = re.compile(
    r"\d|null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zig|ßig|ssig|hundert|tausend"
    r"|hälfte|drittel|viertel|fünftel|sechstel|achtel|zehntel|million|milliard|billion|dutzend|halb",
    re.IGNORECASE,
)
_ATTRIBUTION = frozenset(["laut", "zufolg"])  # "laut X": who says it, not what is said
PRONOUNS = frozenset(["er", "sie", "es", "man", "wir", "ich", "ihr", "jemand", "wer"])
INFINITIVE = re.compile(r"(?:\bzu\s+\w+en|\w+zu\w{2,}en)\W*$")


@lru_cache(maxsize=1 << 15)
def items(text: str) -> frozenset[str]:
    """Content stems (digits left out; a hyphenated compound also by its parts) and amounts as "#value"."""
    stems = {s for s in content_stems(text.replace("ß", "ss")) if not s[0].isdigit() and s not in _ATTRIBUTION}
    stems |= {p for s in stems if "-" in s for p in content_stems(s.replace("-", " ")) if not p[0].isdigit()}
    if not _NUMERIC.search(text):
        return frozenset(stems)
    skip = [(m.start(), m.end()) for m in SCORE.finditer(text)]
    return frozenset(stems | {f"#{v:g}" for a in amounts(text, skip, any_case=True) for v in a.values})


@dataclass
class Group:
    """A noun group: its words, its role ("subj", "obj" or a preposition) and its items."""

    words: list[str]
    role: str
    stems: frozenset[str] = field(default_factory=frozenset)


def _noun(token: str) -> bool:
    folded = fold(token)
    return token[0].isupper() and folded not in STOP_WORDS and folded not in _LINKS and not DATE_WORD.fullmatch(token)


def groups(text: str) -> list[Group]:
    """The clause's noun groups in order, with their roles."""
    tokens = [m.group() for m in TOKEN.finditer(text) if m.group()[0].isalnum()]
    out: list[Group] = []
    i = 0
    while i < len(tokens):
        if not _noun(tokens[i]):
            i += 1
            continue
        j = i
        while j < len(tokens) and _noun(tokens[j]):
            j += 1
        back = i - 1
        while back >= 0 and not _noun(tokens[back]) and fold(tokens[back]) not in DETERMINERS | _LINKS | _JOIN:
            if not tokens[back].endswith(("e", "en", "er", "es", "em")):
                break
            back -= 1
        counted = back >= 1 and (tokens[back][0].isdigit() or fold(tokens[back]) in NUMERALS)
        if counted and fold(tokens[back - 1]) in _LINKS - _DEGREE:
            back -= 1  # "in neun Fällen", "mit 31 Stimmen": the preposition marks the group, not its count
        before = fold(tokens[back]) if back >= 0 else ""
        earlier = fold(tokens[back - 1]) if back >= 1 else ""
        words = tokens[i:j]
        joined = before in _JOIN or before in DETERMINERS and earlier in _JOIN
        genitive = before in _GENITIVE and back >= 1 and _noun(tokens[back - 1])
        if out and (joined or genitive):
            out[-1].words += words
        elif before in _LINKS:
            out.append(Group(words, before))
        elif before in DETERMINERS and earlier in _LINKS:
            out.append(Group(words, earlier))
        elif back >= 0 and tokens[back][0].isdigit():
            pass  # a unit ("3 Prozent"), not a party
        else:
            out.append(Group(words, "acc" if before in _OBJECT else "np"))
        if j < len(tokens) and fold(tokens[j]) == "zufolge" and out:
            out[-1].role = "zufolge"
        i = j
    first = True
    for g in out:
        g.stems = items(" ".join(g.words))
        if g.role == "np":
            g.role, first = ("subj" if first else "obj"), False
    return out


def roles(text: str) -> list[Group]:
    """`groups` with the passive undone: the "von" group is the subject, the grammatical subject an object."""
    found = groups(text)
    words = [fold(m.group()) for m in TOKEN.finditer(text) if m.group()[0].isalnum()]
    if not _PASSIVE.isdisjoint(words) and any(g.role == "von" for g in found):
        for g in found:
            g.role = "obj" if g.role == "subj" else "subj" if g.role == "von" else g.role
    return found


def subject(text: str) -> Group | None:
    """The clause's subject group, None when it has none (infinitive, agentless passive) or it is a pronoun."""
    if INFINITIVE.search(text):
        return None
    found = groups(text)
    words = [fold(m.group()) for m in TOKEN.finditer(text) if m.group()[0].isalnum()]
    if not _PASSIVE.isdisjoint(words):
        return next((g for g in found if g.role == "von"), None)
    head = next((g for g in found if g.role == "subj"), None)
    if head is None:
        return None
    first = next((n for n, w in enumerate(words) if w == fold(head.words[0])), len(words))
    return None if not PRONOUNS.isdisjoint(words[:first]) else head
