"""Reported speech stated as fact: the article only reports a claim ("soll", "sei", "laut Polizei", "nach
Angaben", "X sagte …"), the teaser sentence states it without any attribution or subjunctive.

The claim's source is the closest article sentence by content-stem overlap, and the teaser sentence must draw
mostly on it (`COVERAGE` of its content stems). It passes when an article sentence about as close states the
claim without a marker, when the teaser sentence has a marker of its own, or when it names the speaker the
article attributes the claim to ("Scholz will …" from "…, sagte Scholz").
"""

from __future__ import annotations

import re

from kurz.facts.align import closest
from kurz.facts.fold import bases, fold
from kurz.facts.source import Clause
from kurz.facts.verdict import Reason, reason
from kurz.text.lexicon import RELATIVE_PRONOUNS, SPEECH_VERBS, STOP_WORDS, SUBJUNCTIVE
from kurz.text.tokens import WORD_WITH_TRAILING_MARK, content_stems

# What makes an article sentence a report rather than a statement of fact.
REPORTED = frozenset(fold(w) for w in SUBJUNCTIVE | SPEECH_VERBS) | frozenset(
    ["soll", "sollen", "laut", "zufolge", "angaben", "angeblich", "mutmasslich", "mutmassliche", "mutmasslichen", "mutmasslicher"]
)
# What lets a teaser sentence carry a claim without stating it as fact: the above, hedges and holders of views.
REPORT_WORDS = REPORTED | frozenset(
    [
        "offenbar",
        "vermutlich",
        "wohl",
        "möglicherweise",
        "berichten",
        "berichtet",
        "berichtete",
        "bericht",
        "berichts",
        "heisst",
        "hiess",
        "informationen",
        "demnach",
        "sagt",
        "sagen",
        "sagte",
        "meint",
        "glaubt",
        "vorwurf",
        "vorwürfe",
        "vorgeworfen",
        "wirft",
        "warf",
        "verdacht",
        "verdächtigt",
        "erklärt",
        "spricht",
        "sprach",
        "kündigt",
        "kündigte",
        "fordert",
        "will",
        "wollen",
        "wolle",
        "plant",
        "hofft",
        "befürchtet",
        "fürchtet",
        "zitiert",
        "einschätzung",
        "nennt",
        "nannte",
        "nennen",
        "begründet",
        "grund",
        "verweist",
        "verwies",
        "verspricht",
        "versprach",
        "versprechen",
        "ankündigung",
        "angekündigt",
        "ansicht",
        "meinung",
        "sicht",
        "zeugen",
        "schätzungen",
        "schätzung",
        "geschätzt",
        "gilt",
        "galt",
        "umfrage",
        "studie",
    ]
)
SPEECH = frozenset(fold(w) for w in SPEECH_VERBS)
COVERAGE = 0.5
SLACK = 0.8


def markers(text: str) -> bool:
    """The teaser sentence attributes or hedges what it says (speech verb, subjunctive, "laut", colon, quote)."""
    if re.search(r"[:„“”»«\"]", text):
        return True
    return any(fold(w) in REPORT_WORDS for w in WORD_WITH_TRAILING_MARK.findall(text))


# Markers that attribute the whole sentence ("laut", "sagte"), not just the clause they stand in ("soll", "sei").
SENTENCE_WIDE = frozenset(["laut", "zufolge", "angaben"]) | SPEECH
_CLAUSE = re.compile(r"[,;:–—()]")
_OWN_SENTENCE = re.compile(r":\s+(?=[A-ZÄÖÜ])")  # a colon that opens a sentence of its own


def reported(text: str, stems: frozenset[str]) -> bool:
    """The article sentence only reports the claim the teaser draws from it: an attribution for the whole
    sentence, or a subjunctive or "soll" in a clause that shares content with the teaser sentence. After a colon, a
    capitalised sentence of its own ("X hat sich festgelegt: Er sehe …, sagte er") has its own attribution, which counts
    only when the teaser draws on that part."""
    parts = _OWN_SENTENCE.split(text)
    if len(parts) > 1:
        return any(reported(part, stems) for part in parts if not stems.isdisjoint(content_stems(part.replace("ß", "ss"))))
    clauses = [_attributing(WORD_WITH_TRAILING_MARK.findall(c)) for c in _CLAUSE.split(text)]
    # A relative clause's own source ("…, der nach ihren Angaben … könnte") speaks for that clause only.
    if any(fold(w) in SENTENCE_WIDE for words in clauses if not _relative(words) for w in words):
        return True
    for clause, words in zip(_CLAUSE.split(text), clauses):
        markers = REPORTED | SENTENCE_WIDE if _relative(words) else REPORTED
        if any(fold(w) in markers for w in words) and not stems.isdisjoint(content_stems(clause.replace("ß", "ss"))):
            return True
    return False


def _attributing(words: list[str]) -> list[str]:
    """The words, less an "Angaben" that is not a source ("nach Angaben der Polizei" is one; "für fehlerhafte
    Angaben", "machte keine Angaben" are what is talked about)."""
    return [
        w
        for i, w in enumerate(words)
        if fold(w) != "angaben" or any(fold(v) in ("nach", "gemäss") for v in words[max(i - 3, 0) : i])
    ]


def _relative(words: list[str]) -> bool:
    return bool(words) and words[0] in RELATIVE_PRONOUNS


_TOKENS = re.compile(rf"{WORD_WITH_TRAILING_MARK.pattern}|\S")
_LEAD = frozenset(["der", "die", "das", "des", "dem", "den", "ein", "eine", "eines", "einer", "einem", "von", "vom"])


def _run(tokens: list[str]) -> list[str]:
    """The capitalised words that open `tokens`, after any articles and lowercase adjectives."""
    out: list[str] = []
    for t in tokens[:6]:
        if t[0].isupper():
            out.append(t)
        elif out or not t[0].isalpha() or not (fold(t) in _LEAD or t.endswith(("en", "er", "es", "em", "e"))):
            break
    return out


def speakers(text: str) -> set[str]:
    """Bases of the words that name who the article says is speaking: after "laut" and "nach Angaben",
    before "zufolge", and the subject next to a speech verb ("sagte Scholz", "der Sprecher erklärte")."""
    tokens = _TOKENS.findall(text)
    found: list[str] = []
    for i, t in enumerate(tokens):
        f = fold(t)
        if f in ("laut", "angaben") or f in SPEECH:
            found += _run(tokens[i + 1 :])
        if f == "zufolge" or f in SPEECH:
            before = []
            for w in reversed(tokens[max(0, i - 3) : i]):
                if not w[0].isupper():
                    break
                before.append(w)
            found += before
    return {b for w in found if fold(w) not in STOP_WORDS for b in bases(w)}


def check(teaser: str, sentences: list[Clause], article: list[Clause]) -> list[Reason]:
    reasons: list[Reason] = []
    for sentence in sentences:
        if markers(sentence.text):
            continue
        near = closest(sentence, article, SLACK)
        if not near or len(sentence.stems & near[0].stems) < COVERAGE * len(sentence.stems):
            continue
        if not all(reported(a.text, sentence.stems) for a in near):
            continue
        named = speakers(near[0].text)
        if any(not bases(w).isdisjoint(named) for w in WORD_WITH_TRAILING_MARK.findall(sentence.text) if w[0].isupper()):
            continue
        start, end = sentence.start, sentence.start + len(sentence.text.rstrip())
        reasons.append(
            reason("reported_speech", teaser, start, end, "the article only reports this claim; the teaser states it as fact")
        )
    return reasons
