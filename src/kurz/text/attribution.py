"""Who says so: a direct quote or a claim in reported speech needs its speaker in the same teaser.

A teaser that keeps „Das ist ein Skandal“ or "Die Reform sei gescheitert" without "sagte X", "laut X" or "so X"
reads as the outlet's own voice. These rules say whether a sentence carries speech and whether it names where
the speech comes from; kurz.editorial and the selection of sentences apply them to whole teasers.
"""

from __future__ import annotations

import re

from kurz.text.lexicon import FIRST_PERSON, PREPOSITIONS, SPEECH_VERBS
from kurz.text.quotes import depths
from kurz.text.tokens import WORD
from kurz.text.wordlists import word_list

# Konjunktiv I of the third person: the mood of reported speech ("Die Reform sei gescheitert"). Konjunktiv II
# ("wäre", "würde") is left out: it is as often a plain conditional.
REPORTED_FORMS: frozenset[str] = word_list("reported_forms")
ATTRIBUTION_WORDS: frozenset[str] = word_list("attribution_words") | SPEECH_VERBS
# A quotation: German, guillemets either way, English or straight quotes around at least `QUOTE_WORDS` words.
_QUOTATION = re.compile(r"„([^“”\"]*)[“”\"]|»([^«]*)«|«([^»]*)»|“([^”]*)”|\"([^\"]*)\"")
QUOTE_WORDS = 4
# ", so X" and "X: „…“": a name or noun phrase introducing or closing a quote.
_SO_SPEAKER = re.compile(r",\s+so\s+(?:der|die|das|[A-ZÄÖÜ])")
_COLON_SPEAKER = re.compile(r"[A-ZÄÖÜ][\w.-]*\s*:\s*[„»«“\"]")


def quotes(text: str) -> list[str]:
    """The quotations long enough to be speech (not a quoted term such as „Ampel“)."""
    found = []
    for match in _QUOTATION.finditer(text):
        inner = next(group for group in match.groups() if group is not None)
        if len(WORD.findall(inner)) >= QUOTE_WORDS:
            found.append(inner)
    return found


def needs_speaker(text: str) -> bool:
    """A direct quote, or a clause in reported speech (third-person Konjunktiv I)."""
    if quotes(text):
        return True
    lowered = {w.lower() for w in WORD.findall(text)}
    return bool(lowered & REPORTED_FORMS) and not lowered & FIRST_PERSON


def has_speaker(text: str) -> bool:
    """The sentence says where its speech comes from: a verb of saying, "laut …", "nach Angaben …", ", so X", "X: „…“"."""
    lowered = {w.lower() for w in WORD.findall(text)}
    return (
        bool(lowered & ATTRIBUTION_WORDS) or bool(_SO_SPEAKER.search(text)) or any(map(_speaker, _COLON_SPEAKER.finditer(text)))
    )


def _speaker(match: re.Match[str]) -> bool:
    """The noun before the colon may be who speaks ("Die Ministerin: „…“"), not the end of a phrase ("…, mehrfach in
    der Woche: „…“")."""
    before = [w.lower() for w in WORD.findall(match.string[: match.start()])][-2:]
    return not any(w in PREPOSITIONS for w in before)


# A fact check's claim and its verdict: "Behauptung: …" gives what others claim, and stands in a teaser only with
# the verdict on it ("Bewertung: Falsch.", "Fazit: Die Regel gibt es nicht."); without it the claim reads as news.
_CLAIM_LABEL = re.compile(r"^(?:Die )?(?:Behauptung|Gerücht)\s*:")
_VERDICT_LABEL = re.compile(r"^(?:Die |Das |Unser |Unsere )?(?:Bewertung|Fazit|Faktencheck|Urteil|Einordnung|Ergebnis)\s*:")
VERDICT_REACH = 6  # sentences after the claim in which its verdict stands
# Without labels: a post that circulates with what it claims ("In sozialen Netzwerken verbreitet sich ein Beitrag,
# wonach …"), and a short sentence that refutes it ("Doch die Behauptung ist falsch.").
_CIRCULATES = re.compile(r"\b(?:kursier\w*|verbreite[nt] sich|macht die Runde|wird (?:\w+ )?geteilt)\b.*\b(?:wonach|dass)\b")
_REFUTES = re.compile(r"\b(?:falsch|stimmt nicht|irreführend|frei erfunden|unzutreffend|nicht zutreffend)\b")
REFUTATION_WORDS = 12


def is_claim(text: str) -> bool:
    """A fact check's claim under its label: what others say, which a teaser may give only with the verdict."""
    return text.startswith(("Die ", "Behauptung", "Gerücht")) and _CLAIM_LABEL.match(text) is not None


def relays_claim(text: str) -> bool:
    """A claim that circulates, relayed without a label ("… kursiert ein Beitrag, wonach …")."""
    return _CIRCULATES.search(text) is not None


def refutes(text: str) -> bool:
    """A short sentence that calls what came before wrong ("Doch die Behauptung ist falsch.")."""
    return len(WORD.findall(text)) <= REFUTATION_WORDS and _REFUTES.search(text) is not None


def is_verdict(text: str) -> bool:
    """A fact check's verdict under its label ("Bewertung: Falsch."): what the claim before it is worth."""
    return _VERDICT_LABEL.match(text) is not None


_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:[Ii]ch|[Mm]ich|[Mm]ir|[Mm]ein(?:e|en|em|er|es)?)\b")


def speaks_in_first_person(text: str) -> bool:
    """ "ich", "mir", "meine" outside quotation marks. Agency copy never speaks so in its own voice: there it is
    someone's speech whose quotation marks were lost ("Gutes Essen ist meine Leidenschaft."); a blog's author may."""
    if not _FIRST_PERSON_SINGULAR.search(text):
        return False
    depth = depths(text)
    return any(depth[m.start()] == 0 for m in _FIRST_PERSON_SINGULAR.finditer(text))


def unattributed(text: str) -> bool:
    """Speech without its speaker: it would read as the outlet's own statement."""
    return needs_speaker(text) and not has_speaker(text)
