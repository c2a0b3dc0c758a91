"""What a sentence cannot go without in a teaser: the sentence it points back to, the one that introduces whom it
names, or the one that names who is speaking. The selection brings those in with it, or leaves it out."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import takewhile

from kurz.document import Sentence
from kurz.methods.shorten import announced, unlinked
from kurz.text.attribution import (
    VERDICT_REACH,
    has_speaker,
    is_claim,
    is_verdict,
    needs_speaker,
    refutes,
    relays_claim,
    speaks_in_first_person,
    unattributed,
)
from kurz.text.cohesion import FIRST_NAMES, Introductions, refers_back, stands_without_links
from kurz.text.ends import is_question
from kurz.text.quotes import QUOTE_OPENERS

Needs = tuple[int, ...] | None  # candidate positions that must come along; None: the sentence cannot stand at all


def needs(candidates: list[Sentence], *, drops_links: bool = False, wire: bool = False) -> Callable[[int], Needs]:
    """What the candidate at a position needs beside it in a teaser: other candidates (positions in `candidates`).

    A sentence that points back needs the sentence right before it (unless only a linking adverb points back
    and the method leaves such adverbs out, `drops_links`: "Die Regierung will deshalb sparen", "Nun hat die
    Landesregierung beschlossen" with the subject moved to the front); one that names a
    person by surname (or a thing by "die Frau" after "eine Frau") needs the sentence that introduced them; a quote
    or reported claim without its speaker needs the sentence before when that one names the speaker or continues
    the speech, or the one after when that one is its attribution ("„…“ Das sagte X."); a fact check's claim
    ("Behauptung: …") needs its verdict ("Bewertung: Falsch."), and "Das Urteil ist nicht rechtskräftig" the sentence
    that tells the ruling ("… verurteilt"). A verdict needs the claim it judges, not the sentence right before it. An
    interview's answer under its speaker's name ("Leitgeb: …"), and the rest of its paragraph, cannot stand: the
    question it answers never joins a teaser, and that question cannot be picked either. In agency copy (`wire`), a
    sentence in the first person singular is such speech too, its quotation marks lost. When the sentence needed
    is not a candidate (a headline, a caption), the sentence cannot be used.

    Answered on demand and remembered: the selection asks only about the few sentences it tries.
    """
    texts = [s.content.text for s in candidates]
    introductions: list[Introductions] = []

    def read() -> Introductions:
        if not introductions:
            introductions.append(Introductions(texts))
        return introductions[0]

    def introduced(i: int) -> set[int]:
        if i == 0:
            return set()  # nothing comes before the first: the article need not be read for introductions
        return read().introducers(texts[i], i)

    def answers(j: int) -> bool:
        """The sentence opens an interview's answer under its speaker's name ("Leitgeb: …", "Reto Caduff: …"), not
        a label ("Bewertung: …", "Nein: …") nor a role before a name ("FPÖ-Chef Herbert Kickl: …"): a first name,
        or a surname alone that the article gave with one."""
        label = _ANSWER.match(texts[j])
        if label is None or texts[j][label.end() :][:1] in QUOTE_OPENERS:
            return False  # "Herbert Kickl: „…“": a quote with its speaker, no answer
        words = label.group(1).split()
        return words[0] in FIRST_NAMES or (len(words) == 1 and words[0] in read().names)

    @cache
    def of(i: int) -> Needs:
        sentence = candidates[i]
        required = introduced(i)
        before = i > 0 and candidates[i - 1].index == sentence.index - 1
        after = i + 1 < len(candidates) and candidates[i + 1].index == sentence.index + 1
        # "Bewertung: Falsch." says nothing without the claim it judges, which is what it points back to (not the
        # sentence right before it, which may go on with the claim in Konjunktiv: "Wer trotzdem heizt, müsse …")
        judged = None
        if is_verdict(texts[i]) and refers_back(texts[i]):
            judged = next((j for j in range(i - 1, max(-1, i - VERDICT_REACH), -1) if is_claim(texts[j])), None)
            required |= {judged} if judged is not None else set()
        if judged is None and not stands(candidates[i], drops_links):
            if not before:
                return None
            required.add(i - 1)
        lost_quotes = wire and speaks_in_first_person(texts[i]) and not has_speaker(texts[i])
        if unattributed(texts[i]) or lost_quotes:
            if before and (has_speaker(texts[i - 1]) or needs_speaker(texts[i - 1])):
                required.add(i - 1)
            elif after and has_speaker(texts[i + 1]) and refers_back(texts[i + 1]):
                required.add(i + 1)
            else:
                return None
        if after and is_question(texts[i]) and answers(i + 1):
            return None  # "Dürfen Sie …? | Leitgeb: …": an interviewer's question asks what a teaser should say
        # "Reto Caduff: Beides.": an interview's answer says nothing without its question, nor does the rest of the
        # answer's paragraph, which is the interviewee's voice too ("Lübbe: … | Ein regenreicher Winter gleicht …")
        opens = next(j for j in range(i, -1, -1) if j == 0 or candidates[j - 1].paragraph != sentence.paragraph)
        if any(j > 0 and is_question(texts[j - 1]) and answers(j) for j in range(opens, i + 1)):
            return None  # the answer may share its question's paragraph: "Frau X, warum …? X: Weil …"
        if _RULING.match(texts[i]):  # "Das Urteil ist nicht rechtskräftig": the teaser must say which
            sentenced = next((j for j in range(i - 1, -1, -1) if _SENTENCED.search(texts[j])), None)
            if sentenced is None:
                return None
            required.add(sentenced)
        # "Behauptung: …" never without the verdict on it, nor what goes on in the claim's paragraph before a verdict
        # ("Eltern … droht ein Bußgeld von 60 Euro."), which the claim's label covers too
        paragraph = takewhile(lambda j: candidates[j].paragraph == sentence.paragraph, range(i, -1, -1))
        claim = next((j for j in paragraph if is_claim(texts[j])), None)
        if claim is not None and not any(is_verdict(texts[k]) for k in range(claim + 1, i + 1)):
            verdict = next((j for j in range(i + 1, min(len(texts), i + VERDICT_REACH)) if is_verdict(texts[j])), None)
            if verdict is None:
                return None
            required |= {claim, verdict} - {i}
        if relays_claim(texts[i]):  # "… kursiert ein Beitrag, wonach …": with the refutation where the article has one
            refutation = next((j for j in range(i + 1, min(len(texts), i + VERDICT_REACH)) if refutes(texts[j])), None)
            required |= {refutation} if refutation is not None else set()
        return tuple(sorted(required))

    return of


# An interview's answer under its speaker's name: "Leitgeb: Eben nicht einfach so.", "Reto Caduff: Beides."
_ANSWER = re.compile(r"([A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+){0,2}):\s")
# "Das Urteil ist (noch) nicht rechtskräftig": a court's ruling named as known, which a teaser may give only with
# the sentence that tells it ("… zu drei Jahren Haft verurteilt", "sprach ihn frei", "Das Urteil: …")
_RULING = re.compile(r"(?:Das|Dieses|Die) Urteile?\b[^.:]*\b(?:ist|sind)\b[^.:]*\brechtskräftig\b")
_SENTENCED = re.compile(
    r"\b(?:verurteilt\w*|freigesprochen|Freispruch|schuldig|Urteil:)|\bsprach\b[^.]*\bfrei[.,;]"
    r"|\w*(?:strafe|Strafe|Haft)\b[^.]*\bverhängt|\bverhängte?\b[^.]*(?:strafe|Strafe|Haft)\b"
)


def stands(sentence: Sentence, drops_links: bool) -> bool:
    """Nothing in the sentence points back, once a method that leaves out linking adverbs has done so: inside the
    clause ("will deshalb sparen") or alone in the Vorfeld, the subject then moving to the front
    (`kurz.methods.shorten.unlinked`). Such a method also gives the clause after a colon without a head that only
    leads up to it, which may be what points back ("Sie wachsen in zwei Wochen …: Forschende der … haben …",
    `kurz.methods.shorten.announced`)."""
    text = sentence.content.text
    if not drops_links:
        return not refers_back(text)
    return stands_without_links(text) or unlinked(sentence) is not None or announced(sentence) is not None
