"""Reported speech stated as fact: the article only reports a claim ("soll", "sei", "laut Polizei", "nach
Angaben", "X sagte …"), the teaser sentence states it without any attribution or subjunctive.

The claim's source is the closest article sentence by content-stem overlap, and the teaser sentence must draw
mostly on it (`COVERAGE` of its content stems). It passes when an article sentence about as close states the
claim without a marker, when the teaser sentence has a marker of its own, or when it names the speaker the
article attributes the claim to ("Scholz will …" from "…, sagte Scholz").
"""

from __future__ import annotations

import re

from kurz.guard.align import closest
from kurz.guard.fold import bases, fold
from kurz.guard.source import Clause
from kurz.guard.verdict import Reason, reason
from kurz.text.lexicon import SPEECH_VERBS, STOP_WORDS, SUBJUNCTIVE

# What makes an article sentence a report rather than a statement of fact.
REPORTED = frozenset(fold(w) for w in SUBJUNCTIVE | SPEECH_VERBS) | frozenset(
    ["soll", "sollen", "laut", "zufolge", "angaben", "angeblich", "mutmasslich", "mutmassliche", "mutmasslichen", "mutmasslicher"]
)
# What lets a teaser sentence carry a claim without stating it as fact: the above, hedges and holders of views.
REPORT_WORDS = REPORTED | frozenset(
    ["offenbar", "vermutlich", "wohl", "möglicherweise", "berichten", "berichtet", "berichtete", "bericht", "berichts", "heisst", "hiess", "informationen", "demnach",
     "sagt", "sagen", "sagte", "meint", "glaubt", "vorwurf", "vorwürfe", "vorgeworfen", "wirft", "warf", "verdacht", "verdächtigt", "erklärt",
     "spricht", "sprach", "kündigt", "kündigte", "fordert", "will", "wollen", "wolle", "plant", "hofft", "befürchtet", "fürchtet", "zitiert",
     "einschätzung", "ansicht", "meinung", "sicht", "zeugen", "schätzungen", "schätzung", "geschätzt", "gilt", "galt", "umfrage", "studie"]
)
SPEECH = frozenset(fold(w) for w in SPEECH_VERBS)
WORD = re.compile(r"[^\W\d_][\w'’-]*")
COVERAGE = 0.5
SLACK = 0.8


def markers(text: str) -> bool:
    """The teaser sentence attributes or hedges what it says (speech verb, subjunctive, "laut", colon, quote)."""
    if re.search(r"[:„“”»«\"]", text):
        return True
    return any(fold(w) in REPORT_WORDS for w in WORD.findall(text))


def reported(text: str) -> bool:
    """The article sentence only reports its claim."""
    return any(fold(w) in REPORTED for w in WORD.findall(text))


def speakers(text: str) -> set[str]:
    """Bases of the capitalised words that name who the article says is speaking: after "laut" and "nach
    Angaben", before "zufolge", next to a speech verb ("sagte Scholz", "der Sprecher erklärte")."""
    words = WORD.findall(text)
    out: set[str] = set()
    for i, w in enumerate(words):
        f = fold(w)
        if f in ("laut", "angaben"):
            window = words[i + 1 : i + 4]
        elif f == "zufolge":
            window = words[max(0, i - 3) : i]
        elif f in SPEECH:
            window = words[max(0, i - 2) : i] + words[i + 1 : i + 4]
        else:
            continue
        for other in window:
            if other[0].isupper() and fold(other) not in STOP_WORDS and fold(other) not in REPORT_WORDS:
                out |= bases(other)
    return out


def check(teaser: str, sentences: list[Clause], article: list[Clause]) -> list[Reason]:
    reasons: list[Reason] = []
    for sentence in sentences:
        if markers(sentence.text):
            continue
        near = closest(sentence, article, SLACK)
        if not near or len(sentence.stems & near[0].stems) < COVERAGE * len(sentence.stems):
            continue
        if not all(reported(a.text) for a in near):
            continue
        named = speakers(near[0].text)
        if any(not bases(w).isdisjoint(named) for w in WORD.findall(sentence.text) if w[0].isupper()):
            continue
        start, end = sentence.start, sentence.start + len(sentence.text.rstrip())
        reasons.append(reason("reported_speech", teaser, start, end, "the article only reports this claim; the teaser states it as fact"))
    return reasons
