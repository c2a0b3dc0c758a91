"""Negation flips: a teaser sentence negates what its source sentence affirms, or drops the source's negation.

The source sentence is the closest article sentence by content-stem overlap. An added negation fails when no
article sentence about as close (within `SLACK` of the best overlap) is negated. A dropped negation fails when
the closest sentence negates a clause whose content the teaser sentence repeats (most of its content stems)
without a negation near them. A negation's scope is the content words within WINDOW words of it in its clause; the teaser's negation covers
its whole comma-separated piece ("ist laut X nicht geplant" keeps "nicht geplant"). An added negation is judged
against the article sentences closest to its own piece, and passes when an article negation's whole scope lies
within its own and holds the word it denies ("niemand verletzt" in a teaser that joins two sentences). "nicht nur", "nicht zuletzt" and "nicht einmal" are not claims of absence.
"""

from __future__ import annotations

import re

from kurz.facts.align import closest
from kurz.facts.source import Clause
from kurz.facts.verdict import Reason, reason
from kurz.text.tokens import content_stems

NEGATION = re.compile(
    r"(?<![\w-])(?:nicht(?!\s+(?:nur|zuletzt|einmal|mehr\s+nur)\b)|kein(?:e[mnrs]?)?|nie|niemals|niemand(?:e[mn])?|nichts|weder|nirgends|nirgendwo)(?![\w-])",
    re.IGNORECASE,
)
SLACK = 0.75
COVERAGE = 0.5


def negations(text: str) -> list[re.Match[str]]:
    return list(NEGATION.finditer(text))


WINDOW = 4
_TOKEN = re.compile(r"[\w'’-]+|[,;:–—()]|\s-\s")


def _scopes(text: str) -> list[set[str]]:
    """For each negation, the content stems of up to WINDOW words either side within its clause."""
    tokens = [t.strip() for t in _TOKEN.findall(text.replace("ß", "ss"))]
    out = []
    for i, tok in enumerate(tokens):
        if not NEGATION.fullmatch(tok) or (tok.lower() == "nicht" and NEGATION.match(" ".join(tokens[i : i + 3])) is None):
            continue
        left: list[str] = []
        for t in reversed(tokens[max(0, i - WINDOW) : i]):
            if not t[0].isalnum():
                break
            left.append(t)
        right: list[str] = []
        for t in tokens[i + 1 : i + 1 + WINDOW]:
            if not t[0].isalnum():
                break
            right.append(t)
        stems = {s for w in left + right if not NEGATION.fullmatch(w) for s in content_stems(w)}
        if stems:
            out.append(stems)
    return out


def _covered(scope: set[str], stems: set[str] | frozenset[str]) -> bool:
    hit = len(scope & stems)
    return hit >= 1 and hit >= COVERAGE * len(scope)


_SEGMENT = re.compile(r"[^,;:]+")


def _negated_segments(sentence: Clause) -> list[Clause]:
    """The comma-separated pieces of a teaser sentence that hold a negation, as clauses of their own."""
    return [
        Clause(
            m.group(),
            sentence.start + m.start(),
            sentence.start + m.end(),
            frozenset(content_stems(m.group().replace("ß", "ss"))),
        )
        for m in _SEGMENT.finditer(sentence.text)
        if NEGATION.search(m.group())
    ]


def _heads(text: str) -> set[str]:
    """For each negation, the first content stem after it in its clause (else the last one before it): what it
    denies ("niemand verletzt" → "verletzt")."""
    tokens = [t.strip() for t in _TOKEN.findall(text.replace("ß", "ss"))]
    out: set[str] = set()
    for i, tok in enumerate(tokens):
        if not NEGATION.fullmatch(tok):
            continue
        after = [s for t in tokens[i + 1 : i + 1 + WINDOW] if t[0].isalnum() for s in content_stems(t)]
        before = [s for t in tokens[max(0, i - WINDOW) : i] if t[0].isalnum() for s in content_stems(t)]
        if after or before:
            out.add(after[0] if after else before[-1])
    return out


def _said_negated(text: str, own: set[str], article: list[Clause]) -> bool:
    """Some article sentence negates exactly what the teaser's negation covers: its whole scope lies within the
    teaser negation's scope and holds the word the teaser's negation denies ("Verletzt wurde niemand" for
    "… wurde niemand verletzt")."""
    heads = _heads(text)
    return any(scope <= own and scope & heads for a in article for scope in _scopes(a.text))


def check(teaser: str, sentences: list[Clause], article: list[Clause]) -> list[Reason]:
    reasons: list[Reason] = []
    for sentence in sentences:
        near = closest(sentence, article, SLACK)
        if not near:
            continue
        own = negations(sentence.text)
        segments = _negated_segments(sentence)
        own_scopes = set().union(*_scopes(sentence.text)) if own else set()
        if own:
            local = [closest(s, article, SLACK) or near for s in segments] or [near]
            if not any(negations(a.text) for group in local for a in group) and not _said_negated(
                sentence.text, own_scopes, article
            ):
                m = own[0]
                reasons.append(
                    reason(
                        "negation",
                        teaser,
                        sentence.start + m.start(),
                        sentence.start + m.end(),
                        "the article's closest sentence has no such negation",
                    )
                )
                continue
        own_stems = own_scopes.union(*(s.stems for s in segments))
        for scope in _scopes(near[0].text):
            if _covered(scope, sentence.stems) and not _covered(scope, own_stems):
                start, end = sentence.start, sentence.start + len(sentence.text.rstrip())
                reasons.append(
                    reason(
                        "negation",
                        teaser,
                        start,
                        end,
                        "the article negates this (its closest sentence has a negation the teaser drops)",
                    )
                )
                break
    return reasons
