"""Sentences that point back at what the teaser may not contain, and so cannot stand on their own.

Two kinds: a sentence that opens on, or holds in its first clause, a word that links to the sentence before
("Doch …", "Nun will der Konzern …", "Er sagte …", "Die Polizei fand dort …", "Der 45-Jährige …"), and a
sentence that mentions a person or thing by a form that only works after its introduction (a surname after
"Maria Huber", "Die Frau" after "eine Frau"; see `Introductions`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property, lru_cache
from itertools import accumulate, dropwhile, takewhile

from kurz.text.lexicon import (
    ADVERBIAL_CORRELATES,
    ADVERBIAL_SUBORDINATORS,
    ANAPHORS,
    AUXILIARIES,
    BACK_REFERENCES,
    CLOSING_DEMONSTRATIVES,
    CONTRACTIONS,
    DEMONSTRATIVES,
    DETERMINERS,
    FIRST_NAMES,
    FIRST_PERSON,
    FORWARD_CLAUSE_OPENERS,
    NUMERALS,
    PERSON_ENDINGS,
    PREPOSITIONS,
    PRONOMINAL_ADVERBS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STOP_WORDS,
    SUBJUNCTIVE,
    SUBORDINATORS,
    TIME_NOUNS,
)
from kurz.text.nouns import is_common_noun
from kurz.text.quotes import QUOTE_OPENERS
from kurz.text.syntax import is_clause
from kurz.text.tokens import WORD
from kurz.text.wordlists import word_list

# The first clause: up to the first comma, colon, semicolon or dash (a later clause may open with "damit").
_FIRST_CLAUSE = re.compile(r"[^,:;–—]*")
_REACH = 160  # characters looked at: the words that point back stand early
# "Der 45-Jährige", "die 30-jährige Frau", "Die Elfjährige": a person known by age only, introduced before (not "Der
# Dreißigjährige Krieg"); "Ein weiteres Ergebnis", "einen weiteren Fall": one more of something said before (not the
# idiom "einen weiteren Schritt").
_KNOWN_BEFORE = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]es)\s+(?:\d{1,3}-[Jj]|[A-ZÄÖÜ][a-zäöü]+j)ährige(?!\w|\s+Krieg)|\b[Ee]in(?:e[mnrs]?)?\s+weiter(?!\w*\s+Schritt)"
)


def _known(head: str, match: re.Match[str]) -> bool:
    """The age or the "weiter" points to what came before: an age not followed by the name it describes; "Ein
    weiteres Ergebnis …" opening the sentence, not "eröffnet … eine weitere Unterkunft", which a lead may say."""
    if "ährige" in match.group():
        return not _named_in_place(head, match.end())
    return match.start() == 0


def _named_in_place(text: str, at: int) -> bool:
    """An age as an attribute ("jährige", lowercase) of a role and a name right after it ("die 41-jährige
    Glaziologin | Mirjam Caduff"), or of the name itself: someone named in place, not a person known from before.
    Not "Die 63-Jährige traf Anna Berg": there the age is the noun and the name its object."""
    if text[at - 7 : at] != "jährige":
        return False
    words = WORD.findall(text[at : at + 80])[:3]
    role = len(words) > 2 and words[0][:1].isupper() and words[1] in FIRST_NAMES and words[2][:1].isupper()
    return role or (len(words) > 1 and words[0] in FIRST_NAMES and words[1][:1].isupper())


# "Ein anderer Forscher …", "Ein dritter Bewerber …" open a sentence: another of those named before.
_CLOSING = " .!?\"“”»«'’)"  # what may follow a sentence's last word
_ANOTHER = re.compile(r"\W*Ein(?:e[mnrs]?)?\s+(?:ander|zweit|dritt|viert|fünft)")
# A time counted from an event named before: "Zwei Monate zuvor", "kurz vorher", not "wie nie zuvor".
_COUNTED_FROM_BEFORE = re.compile(r"\b(?:[A-ZÄÖÜ]\w*[ne]|[Kk]urz|[Tt]ags|[Aa]bends)\s+(?:zuvor|vorher)\b")
_ARTICLES = frozenset(["Der", "Die", "Das", "Den", "Dem", "Des"])
_PERSONAL_STEMS = re.compile(r"(?:mein|dein|sein|ihr|unser|euer|eure|dies|jen|der|des|dem|den|die|das)")
REMOVABLE_LINKS: frozenset[str] = word_list("removable_links")
# "Es" that stands for nothing said before: "Es gibt …", "Es geht um …", "Es regnet", and "Es ist …, dass/ob/zu …".
_IMPERSONAL = word_list("impersonal_verbs")
_EXPLETIVE = re.compile(
    r",\s+(?:dass|ob|wie|wenn|was|wer|wo|warum)\b|\bzu\s+\w+\s*[.!?]|\bzu\s+\w+en\b|^\W*Es\s+\w+\s+\w+\s*:\s"
)  # "Es ist klar: …" announces what follows
_POSSESSIVES = word_list("third_person_possessives")
_VOICE = word_list("speaker_voice")
_FIRST_PERSON = frozenset(w.capitalize() for w in FIRST_PERSON) | word_list("first_person_possessives")
# Words after "So" that make it a degree ("So viele …", "So weit …"), not a link to the sentence before.
_DEGREE = word_list("degree_after_so")
GENERIC_NOUNS: frozenset[str] = word_list("generic_nouns")
_CONTENT_NOUNS = word_list("content_nouns")
RELATION_NOUNS: frozenset[str] = word_list("relation_nouns")
_FORMS_OF_SEIN = frozenset(["ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"])
# An article, a participial attribute opened by a preposition, and its noun: "Das in Wallisellen beheimatete Start-up".
_EXTENDED_OPENERS = PREPOSITIONS | CONTRACTIONS
_EXTENDED_START = re.compile(
    r"\W*(?:Der|Die|Das|Den|Dem|Des)\s+\S+\s+"  # the word after the article: one of `_EXTENDED_OPENERS`
    r"(?:\S+\s+){1,4}?[a-zäöüß][\w-]*(?:e|en|er|es)\s+"
    r"([A-ZÄÖÜ][\w-]*[a-zäöüß])(?!\w)\s*(\S*)"
)
# "Der junge Mann …", "Das Unternehmen …" opening a sentence, with what follows the noun.
_GENERIC_START = re.compile(
    r"\W*(?:Der|Die|Das|Den|Dem|Des)\s+(?:[a-zäöüß][\w-]*\s+){0,2}([A-ZÄÖÜ][\w-]*[a-zäöüß])(?!\w)\s*(\S*)"
)
# Words that may point forward to the clause after the comma instead of back ("darauf, dass …", "deshalb, weil …");
# not "hinzu": "X fügte hinzu, dass …" adds to what was said before.
CORRELATES = (PRONOMINAL_ADVERBS | ADVERBIAL_CORRELATES) - {"hinzu"}
_DEMONSTRATIVE_DETERMINERS = frozenset(w.lower() for w in DEMONSTRATIVES if w.lower().startswith(("dies", "jen")))
# The linking adverbs among the anaphors ("Dazu", "Doch", "Dort"): not pronouns nor possessives, which a heading may
# hold ("Lesen Sie auch").
_LINKS = frozenset(w for w in ANAPHORS if w.lower() not in word_list("pronouns") and not _PERSONAL_STEMS.match(w.lower()))
# Those, and the pronominal adverbs, that are never a noun nor a pronoun inside a sentence (not "im Hier und Jetzt",
# "auf Letztere"): capitalised after a word, they open a sentence run into a heading.
_LINKS_AFTER_APPOSITION = BACK_REFERENCES & (PRONOMINAL_ADVERBS | {"dort", "dorthin", "damals"})
_GLUE_WORDS = (_LINKS | {w.capitalize() for w in PRONOMINAL_ADVERBS}) - {
    "Hier",
    "Jetzt",
    "Erstere",
    "Ersterer",
    "Letztere",
    "Letzterer",
}


# A definite noun opening the sentence and a relative clause whose subject or object is a personal pronoun: "Der Bus,
# in dem sie sitzt, …", "Das Rind, das er gewonnen hat, …" (not where the sentence then names someone in full).
_TOLD_OF = re.compile(
    r"(?:Der|Die|Das|Den|Dem)\s+(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][\w-]+,\s+(?:[a-zäöüß]+\s+)?"
    r"(?:der|die|das|dem|den|denen|deren|dessen)\s+(?:er|sie|ihn|ihm|ihr)\b"
)


def _person_noun(word: str) -> bool:
    """A role, or a noun with an ending that names a person ("Glaziologin", "Pianist", "Assistentin")."""
    last = word.rsplit("-", 1)[-1]
    return last in ROLE_NOUNS or (last[:1].isupper() and last.endswith(PERSON_ENDINGS))


def _speaker_named_before(text: str) -> bool:
    """The sentence's speaker is a pronoun or a bare role that closes it ("…, sagt er.", "…, so der Ökonom."), or a
    pronoun or an age after a quote ("«…», sagt sie und lacht.", "«…», sagt die 41-Jährige am Telefon."): who speaks
    was named before. A role after a quote may say enough ("„…“, sagte die Ministerin am Montag")."""
    if " er" not in text and " sie" not in text and " der " not in text and " die " not in text:
        return False  # cheap test first
    for said in _SAID.finditer(text):
        if said.group(1) not in SPEECH_VERBS and said.group(1) != "so":
            continue
        pronoun, noun = said.group(2), said.group(4) or ""
        if said.end() == len(text.rstrip(_CLOSING)) and (pronoun or _person_noun(noun) or noun.endswith("ährige")):
            return True
        if text[: said.start()].rstrip()[-1:] in _QUOTE_CLOSERS and (pronoun or noun.endswith("ährige")):
            return True
    return False


# ", sagt er", ", so der Ökonom", ", sagte die 41-Jährige": a speech verb (or "so") after a comma and who speaks
_SAID = re.compile(r",\s+(\w+)\s+(?:(er|sie)|(der|die)\s+([\w-]+))(?![\w-])")
_QUOTE_CLOSERS = "“”»«\"'’"


def _announces_nobody(head: str) -> bool:
    """What stands before the colon names no speaker or person the sentence after it could point to."""
    words = WORD.findall(head)
    return not any(w.lower() in SPEECH_VERBS or _person_noun(w) for w in words) and not _names_someone(words)


def _names_someone(words: Sequence[str]) -> bool:
    """A first name followed by a capitalised word: a person named in full ("Christian Kern")."""
    return any(_first_name(a) and b[:1].isupper() for a, b in zip(words, words[1:]))


def _first_name(word: str) -> bool:
    """A first name, or two joined by a hyphen ("Heinz-Werner", "Anna-Lena")."""
    return word in FIRST_NAMES or ("-" in word and all(part in FIRST_NAMES for part in word.split("-", 1)))


# Nouns for a person by their relation to another: whoever is named with them is not their owner.
_RELATIVES = frozenset(
    f"{stem}{ending}" for stem in ("Nachfolger", "Vorgänger", "Stellvertreter", "Partner") for ending in ("", "in", "n", "innen")
) | frozenset(
    ["Frau", "Mann", "Ehefrau", "Ehemann", "Witwe", "Witwer", "Tochter", "Sohn", "Bruder", "Schwester", "Vater", "Mutter"]
)


def _owner_after(words: Sequence[str], resumed: Sequence[str]) -> bool:
    """The person named after the verb owns the opening possessive ("Mit seiner Frau besuchte Bundesrat Alain Berset
    …"), unless the phrase makes them the relative or successor ("Zu seiner Nachfolgerin wurde … Sabine Mayrhofer
    gewählt": she succeeds someone named before)."""
    relative = words[0].lower() in ("zu", "zum", "zur", "als") and words[2:3] != [] and words[2] in _RELATIVES
    return _named_after(resumed) and not relative


def _named_after(words: Sequence[str]) -> bool:
    """A person named in full right after the opening phrase's noun and the verb, with at most a role between,
    whom the possessive anticipates: "Auf seiner Facebook-Seite wirbt ÖBB-Chef Christian Kern …" (not "Zu seinen
    Gästen zählte am Abend auch Angela Merkel")."""
    verb = next((i for i in range(3, min(len(words), 8)) if words[i][:1].islower()), None)
    if verb is None or not words[verb - 1][:1].isupper():
        return False
    return _names_someone(words[verb + 1 : verb + 4])


@lru_cache(maxsize=4096)  # asked by the features and again by the selection, for the same sentences
def refers_back(text: str) -> bool:
    """ "Das gab der Kreml bekannt.", "Doch die Regierung …", "Er sagte …", "Mieter zahlen damit …", "Die
    Opposition kritisierte das, …": the antecedent is in the sentence before."""
    label = _LABEL.match(text) or _ANNOUNCEMENT.match(text)
    if label and len(WORD.findall(text, label.end())) <= 2:
        return True  # "Die Bewertung: Falsch.", "Ergebnis: Unentschieden.": a verdict on what it does not name
    if label and _announces_nobody(text[: label.end()]) and refers_back(text[label.end() :]):
        # "Bewertung: Die Behauptung ist falsch.", "Man merkt: Sie hat gelernt …": after a label or a short
        # announcement that names no one, the sentence proper points back
        return True
    head = _FIRST_CLAUSE.match(text, 0, _REACH).group()  # type: ignore[union-attr]  # matches every string
    clause = WORD.findall(head)
    words = clause if len(clause) >= 2 else WORD.findall(text[:60])
    if len(words) < 2:
        return False
    glued = _GLUED_PREPOSITION.search(text)
    if (
        glued
        and text[glued.start() - 1 : glued.start()].isalnum()
        and text[: glued.start()].rsplit(None, 1)[-1].lower() not in _AFTER_ARTICLE
    ):
        return True  # "Sondereinsatz In der Kurdenregion sind …": a sub-heading run into the sentence, not "vom Aus der …"
    if _speaker_named_before(text) and not _names_someone(WORD.findall(text)):
        return True  # "…, sagt er.", "…, so der Ökonom.": who speaks was named before, not in this sentence
    if _cataphoric(text, head, words):
        return False  # "Weil er Kühe schlachten wollte, ist ein Muslim …", "Es soll … werden: Das ZDF startet …"
    if words[0] in _CATAPHORIC and _RELATIVE_AFTER.match(text, len(head)):
        return False  # "Jene Elfjährige, die vor einer Woche … gefallen ist, ist …": the relative clause says which
    quoted = text[:1] in QUOTE_OPENERS  # "„Wir brauchen das Geld“, sagte …": the speaker's own voice
    time = words[0].lower() in _DEMONSTRATIVE_DETERMINERS and words[1] in TIME_NOUNS  # "Diese Woche …"
    # "Damit die Kinder sicher ankommen, baut die Stadt …", "Seitdem die Regel gilt, …": a conjunction opening a
    # clause before the verb, not an adverb pointing back
    purpose = words[0] in ("Damit", "Seitdem") and re.match(r",\s+[a-zäöüß]", text[len(head) :]) is not None
    purpose = purpose and words[1] not in AUXILIARIES  # not "Damit müssen Mieter mehr zahlen, obwohl …": an adverb
    if words[0] in ANAPHORS and not time and not purpose and not (quoted and words[0] in _FIRST_PERSON):
        return True
    noun = words[1][0].isupper() or (len(words) > 2 and words[2][0].isupper() and words[1].endswith(("e", "en", "er")))
    if _BOTH.search(head):
        return True  # "Laut Polizei waren beide unterkühlt": which two, said before (not "beide Männer")
    if _COUNTED_DEFINITE.match(text):
        return True  # "Aus den drei Wochen wurden vier Jahrzehnte": the weeks counted before
    if words[0] == "Ihr" and noun:
        return True  # "Ihr Laden …", "Ihr neuer Film …": whose, said before (not "Ihr habt …", said to the reader)
    if words[0] == "Noch" and (words[1] in ("mehr", "weniger") or (words[1][0].islower() and words[1].endswith("er"))):
        return True  # "Noch teurer wird es, wenn …": more than something said before
    if words[0] in _RANKS and words[1] in _RANKED:
        return True  # "Dritter wurde der Schweizer …": a place in a ranking whose winner was named before
    if words[0] == "Entsprechend" and words[1][0].islower() and words[1] not in _ARTICLE_FORMS:
        return True  # "Entsprechend hoch sind die Erwartungen": as what was said; not "Entsprechend dem Plan …"
    if words[:2] == ["Im", "Anschluss"] and words[2:3] != ["an"]:
        return True  # "Im Anschluss bezwang Nadal …": after what? Not "Im Anschluss an die Sitzung …"
    if words[0] == "Da" and words[1] in AUXILIARIES and text[len(head) : len(head) + 1] != ":":
        return True  # "Da kann die Familie …": then or there; not "Da es regnete, …", nor "Da bleibt … weg: …"
    if words[0] == "Weiter" and (words[1] in SPEECH_VERBS or words[1] in ("hieß", "heißt")):
        return True  # "Weiter hieß es: …": more of what was said before
    # "Vor allem für einen Politiker, der …", "Genauer gesagt: …", "Als Ersatz soll …"; not "Im Gegensatz zum Vorjahr
    # …", "Als Ersatz für die Filiale …": a noun's phrase says what it is set against
    against = words[1][:1].isupper() and (words[2:3] or [""])[0] in _SAYS_TO_WHAT
    if "_".join(words[:2]) in _LINKING_PHRASES and not against:
        return True
    if words[0] in ("Frau", "Herr") and words[1][:1].isupper() and text[len(words[0]) + len(words[1]) + 1 :][:1] == ",":
        return True  # "Frau Imboden, 34 von 98 Spitälern …": an interview's question to someone introduced before
    comparing = words[0] == "Anders" or words[0] in ("Ähnlich", "Ähnliche", "Ähnliches", "Ähnlichen")
    if comparing and "als" not in words[1:4] and "wie" not in words[1:4]:
        return True  # "Anders gerechnet wurden …", "Ähnlich geht … vor": than what? Not "Ähnlich wie im Vorjahr …"
    if not _GLUE_WORDS.isdisjoint(words[1:]) and _glued_heading(head):
        return True  # "Teurer Tiefenspeicher Dazu kommt …": a sub-heading run into a sentence that points back
    if words[0] in DEMONSTRATIVES and words[1][0].islower() and (words[1] == "beiden" or not _attributive(words[1:4])):
        return True  # "Das gab der Kreml bekannt", "Die findet sich …", "Die beiden …"
    if words[0] == "Es" and not _EXPLETIVE.search(text) and words[1] not in _IMPERSONAL:
        return True  # "Es ist der vorläufige Höhepunkt …", not "Es gibt …" nor "Es ist unklar, ob …"
    if words[0] == "So" and words[1][0].islower() and not (words[1] in _DEGREE and " wie " in text):
        return True  # "So setzten 100 Mitarbeitende …", "So lange dauert …", not "So viele Touristen wie nie …"
    # "Mit seiner Ankündigung, …, hat Kulturminister Josef Ostermayer …": the person may come after an insertion
    resumed = [*words, *_after_apposition(text, len(head))] if len(clause) < _NAMED_REACH else words
    if words[1] in _POSSESSIVES and words[0].lower() in PREPOSITIONS | CONTRACTIONS and not _owner_after(words, resumed):
        return True  # "Zu seinen bevorzugten Strecken …", "In ihrem Bericht …": whose is said before
    if _ownerless_possessive(clause):
        return True
    if words[0] in RELATION_NOUNS and words[1] in _FORMS_OF_SEIN:
        return True  # "Hintergrund sind neue Erkenntnisse …": the background of what was said before
    if words[0].lower() in PRONOMINAL_ADVERBS and not purpose and not _points_forward(text[len(head) :]):
        return True  # "Daran musste der Trainer erinnern", not "Darauf, dass …, hofft niemand"
    if _resumed_by_pronoun(text, head, clause) or _object_ihr(clause):
        return True
    told = _TOLD_OF.match(text)
    if told and not _names_someone(WORD.findall(text[told.end() :])):
        return True  # "Der Bus, in dem sie sitzt, …", "Die Algen, die er gesammelt hat, …": who, said before
    known = ("ährige" in head or "weiter" in head) and any(_known(head, m) for m in _KNOWN_BEFORE.finditer(head))
    known = known or _ANOTHER.match(text) is not None
    generic = (words[0] in _ARTICLES and _generic_start(text)) or (not GENERIC_NOUNS.isdisjoint(clause) and _generic_inside(head))
    if known or (generic and not _filled_in(text, head, clause)):
        return True
    if ("zuvor" in head or "vorher" in head) and _COUNTED_FROM_BEFORE.search(head):
        return True
    truncated = len(head) == _REACH < len(text)
    # "Die Opposition kritisierte das", "Für Tonnen gilt das nicht": a demonstrative ends the clause, or only
    # particles follow it
    last = list(dropwhile(lambda w: w in _TRAILING_PARTICLES, reversed(clause)))
    closes = not truncated and len(last) > 2 and last[0] in CLOSING_DEMONSTRATIVES
    # "Für Erika Hentschel, 81 Jahre alt, ist das zu weit": after an opening phrase and its insertion, the clause goes on
    inserted = _after_apposition(text, len(head)) if len(clause) < _NAMED_REACH else []
    closes = closes or _pronoun_after_verb([*clause, *inserted] if inserted else clause)
    # "Glyphosat, das … Pestizid, wird darin als …": after a name and its apposition the main clause goes on
    pointers: frozenset[str] | set[str] = BACK_REFERENCES.intersection(clause[1:])
    if pointers and not _CONJUNCT_JOINERS.isdisjoint(clause):
        # "Spiegel Online zeigt Videos und arbeitet dafür mit …": after "und" a word may point to the first conjunct
        joined = next(
            (k for k, w in enumerate(clause[:-1]) if k > 2 and w in _CONJUNCT_JOINERS and _verb_next(clause[k + 1])),
            len(clause),
        )
        pointers = BACK_REFERENCES.intersection(clause[1:joined])
    # its pronouns may stand for the name ("Vuk Jeremic, …, kann … die von ihm …"), "dortig" for a place the
    # apposition names: only adverbs that link to another sentence count there
    if len(clause) < 3:
        pointers = pointers | _LINKS_AFTER_APPOSITION.intersection(_after_apposition(text, len(head)))
    if pointers & _DEMONSTRATIVE_DETERMINERS:  # "diese Woche" names the present, "in dieser Nacht" a night told before
        pointers = {
            w
            for k, w in enumerate(clause[1:], 1)
            if w in pointers
            and not (
                w in _DEMONSTRATIVE_DETERMINERS
                and clause[k + 1 : k + 2]
                and clause[k + 1] in TIME_NOUNS
                and not (clause[k + 1] in _DAY_PARTS and clause[k - 1].lower() in ("in", "an") and _FUTURE.isdisjoint(clause))
            )
        }
    if "davor" in pointers and _dated_before(clause):
        pointers -= {"davor"}  # "Meister 2016 heißt wie in den beiden Jahren davor …": before the year it names
    if "dabei" in pointers and clause[-1] == "dabei" and not _FORMS_OF_SEIN.isdisjoint(clause):
        pointers -= {"dabei"}  # "ist Deutschland bei einer Endrunde dabei": "dabei sein", to take part
    if pointers & _SAME and not _DISTRIBUTIVE.isdisjoint(clause):
        pointers -= _SAME  # "jedes Mal mit demselben Anbieter": the same each time, not the same as before
    if quoted:
        pointers -= _VOICE  # "„Wir haben uns geirrt“, sagte …": the speaker's own voice
    if pointers & _THERE and _placed_before(clause):
        pointers -= _THERE  # "in Wels auf dem Fest der dortigen Bezirksorganisation": the place is in the sentence
    if pointers and pointers <= CORRELATES and _points_forward(text[len(head) :], pointers) and _announces(clause, pointers):
        return closes  # "Die Parteien einigten sich darauf, die Steuern zu senken.", "… deshalb entlassen, weil …"
    return closes or bool(pointers)


# A preposition, a definite article and a number in words before the noun, then the verb: "Aus den drei Wochen
# wurden …" (not "In den drei Wochen nach der Wahl …", which says which; "Die zwei Männer" is read as "Die" + word).
_COUNTED_DEFINITE = re.compile(
    r"\W*[A-ZÄÖÜ][a-zäöüß]*\s+(?:die|den|der)\s+(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+"
    r"[A-ZÄÖÜ][\w-]+\s+(?!(?:der|des|von|vom|aus|im|in|am|an|auf|nach|vor|seit|bei|mit|zwischen|für|zum|zur)\b)"
    r"[a-zäöüß]"
)


_LINKING_PHRASES = word_list("linking_phrases")
_SAYS_TO_WHAT = frozenset(["zu", "zum", "zur", "für", "des", "der", "von", "vom", "gegen"])
_RANKS = frozenset(f"{n}{e}" for n in ("Zweit", "Dritt", "Viert", "Fünft", "Sechst") for e in ("e", "er"))
_RANKED = frozenset(["wurde", "wurden", "wird", "war", "ist", "belegte", "landete"])
_ARTICLE_FORMS = frozenset(["der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines"])
_TRAILING_PARTICLES = frozenset(["nicht", "auch", "nie", "kaum", "mehr", "noch", "so", "ebenfalls", "bereits", "schon"])
_SPANS = frozenset(["Jahren", "Jahre", "Monaten", "Wochen", "Tagen", "Saisonen", "Spielzeiten"])


def _dated_before(clause: list[str]) -> bool:
    """ "davor" right after a span of time ("in den beiden Jahren davor") in a clause that names a year: counted from it."""
    at = clause.index("davor")
    return at > 0 and clause[at - 1] in _SPANS and any(w.isdigit() and len(w) == 4 for w in clause)


def _ownerless_possessive(clause: list[str]) -> bool:
    """ "Um 5.30 Uhr schließt seine Frau die Tür auf", "Am Montag stellte auch ihre Partei …": a possessive right
    after a word that may be the finite verb (particles aside), with nothing before it that could own it (only
    lowercase words, numbers and time nouns; a capitalised opening word counts unless it is a function word): whose,
    said before. In the Vorfeld a possessive may point ahead to the subject ("In seiner Rede sagte der Kanzler …"),
    and so may one in an opening subordinate clause ("Weil seine Frau …, blieb Peter Müller …")."""
    at = next(
        (
            k
            for k, w in enumerate(clause)
            if w in _INFLECTED_POSSESSIVES or (w == "sein" and clause[k + 1 : k + 2] and clause[k + 1][:1].isupper())
        ),
        0,
    )
    verb = at - 1
    while verb > 0 and clause[verb] in _TRAILING_PARTICLES:
        verb -= 1
    if verb < 1 or not clause[verb].islower() or clause[verb] in STOP_WORDS:
        return False
    if clause[0].lower() in SUBORDINATORS and clause[0].lower() not in PREPOSITIONS:
        return False  # "Weil gestern seine Frau Geburtstag hatte, blieb Peter Müller …": the owner follows the clause
    return not any(
        w.lower() in _OWNERS
        or (w[:1].isupper() and w not in TIME_NOUNS and w != "Uhr" and not (k == 0 and w.lower() in STOP_WORDS))
        for k, w in enumerate(clause[:verb])
    )


# Pronouns that may own what follows: "Wer seinen Vertrag …", "Manche bringen ihre Enkel mit"
_OWNERS = word_list("pronouns") | frozenset(["wer", "manche", "viele", "alle", "einige", "jeder", "jede", "beide", "mancher"])


# not "ihr": a pronoun too ("gab ihr Geld"); "sein" only before its noun, not the infinitive ("wird sein")
_INFLECTED_POSSESSIVES = _POSSESSIVES - {"ihr", "sein"}


def _resumed_by_pronoun(text: str, head: str, clause: list[str]) -> bool:
    """ "Zurück in Tirol, arbeitete sie …", "In dem Sommer, in dem der Roman spielt, soll sie …": an opening phrase
    (a preposition or adverb, no clause of its own), its comma, and the main clause goes on with its finite verb and a
    personal pronoun as subject: whom, said before. Not after an opening clause ("Als Anna Berger kam, wusste sie
    …"), nor where the sentence names someone before the pronoun, who may be meant."""
    if text[len(head) : len(head) + 1] != "," or not clause or len(clause) > _NAMED_REACH:
        return False
    if clause[0].lower() in SUBORDINATORS or clause[0].lower() in ADVERBIAL_SUBORDINATORS or clause[0] in DEMONSTRATIVES:
        return False
    if any(_verb_like(w) or w in AUXILIARIES for w in clause[1:]) or _names_someone(clause):
        return False  # "Neu ist, wem sie gehört": a clause of its own
    parts = re.split(r"[,:;–—]", text[len(head) + 1 : len(head) + 1 + _REACH], maxsplit=2)
    first = WORD.findall(parts[0])
    # an insertion that is a relative clause ("in dem der Roman spielt"), not speech ("sagt die Arbeiterkammer")
    relative = bool(first) and (
        first[0] in RELATIVE_PRONOUNS or (first[0].lower() in PREPOSITIONS and first[1:2] and first[1] in RELATIVE_PRONOUNS)
    )
    # whoever the insertion names may be meant ("in dem die Familie Gruber lebt", "die Familie Koch": a noun and a
    # name after it)
    named = any(w[:1].isupper() and (not is_common_noun(w) or first[k - 1][:1].isupper()) for k, w in enumerate(first[1:], 1))
    main = WORD.findall(parts[1]) if relative and len(parts) > 1 and not named else first
    return len(main) > 1 and (_verb_like(main[0]) or main[0] in AUXILIARIES) and main[1] in _SUBJECT_PRONOUNS


def _object_ihr(clause: list[str]) -> bool:
    """ "Seit August steht neben ihr an der Werkbank …": "ihr" after a preposition and before a preposition, an article,
    "und" or the clause's end is the pronoun, whom said before (not "für ihr neues Team", a possessive), where it
    comes early enough that the clause cannot have named her before it."""
    return any(
        w == "ihr" and clause[k - 1].lower() in PREPOSITIONS and (k + 1 == len(clause) or clause[k + 1] in _AFTER_PRONOUN)
        for k, w in enumerate(clause[1:_IHR_REACH], 1)
    )


# Words before the "ihr" of `_object_ihr`: right after the Vorfeld and the verb ("Seit August steht neben ihr"), not
# after the noun that it stands for ("baut eine Volksschule und neben ihr …", "von Altbürgermeisterin Hofer … zu ihr")
_IHR_REACH = 5


_SUBJECT_PRONOUNS = frozenset(["er", "sie"])
# What may follow a pronoun but not a possessive: "neben ihr an der Werkbank", "mit ihr und …" (not "für ihr neues Team")
_AFTER_PRONOUN = PREPOSITIONS | CONTRACTIONS | _ARTICLE_FORMS | {"und", "oder", "zusammen", "gemeinsam"}


def _pronoun_after_verb(clause: list[str]) -> bool:
    """ "Für die Geschädigten ist das kaum ein Trost", "Teuer wird das nicht", "Die Forscherin hält das für einen
    Anfang": "das" or "dies" right after the finite verb (or a word that may be one: lowercase, no function word),
    with no noun of its own after it, stands for what was said before (not "ist das Ziel", "hat das neue Gesetz").
    An article right after it opens the subject ("Möglich machen das ein neuer Dienstplan …"): "das" is no article
    then (but "das eine …", "das dem Land gehörende Grundstück")."""
    return any(
        w in _DEMONSTRATIVE_PRONOUNS
        and clause[k + 1 : k + 2]
        and (
            (
                clause[k + 1] in _ARTICLE_FORMS - {"das", "eine"}
                and _governs_nothing(clause[k - 1])
                and not _participial(clause[k + 1 : k + 7])
            )
            or (
                (clause[k - 1] in AUXILIARIES or (_verb_like(clause[k - 1]) and not _noun_follows(clause[k + 1 : k + 5])))
                and clause[k + 1][:1].islower()
                and not (_attributive(clause[k + 1 : k + 4]) and _extended(clause[k + 1 : k + 6]))
            )
        )
        for k, w in enumerate(clause[2:-1], 2)
    )


def _participial(words: list[str]) -> bool:
    """An attribute with its own article and noun between "das" and its noun ("kauft das [dem Land gehörende]
    Grundstück", "das [einem 34-Jährigen gehörende] Auto", "das [den Bürgern lange versprochene] Hallenbad"): an
    inflected word, not after a preposition, before a capitalised noun a few words on."""
    if len(words) < 4 or words[1][:1].islower():
        return False
    return any(
        word.islower()
        and word.endswith(("e", "en", "er", "es", "em"))
        and word not in PREPOSITIONS
        and before not in PREPOSITIONS
        and after[:1].isupper()
        for before, word, after in zip(words[1:], words[2:], words[3:])
    )


def _governs_nothing(word: str) -> bool:
    """A lowercase word that takes no noun phrase after it (a verb, "machen" among the stop words too): "das" after
    it is no article."""
    return word.islower() and len(word) > 2 and word not in PREPOSITIONS | CONTRACTIONS | _ARTICLE_FORMS


def _noun_follows(words: list[str]) -> bool:
    """A noun right after a few words that are no preposition: "gewinnt das [erst 2021 gegründete] Team" (an article
    before its attribute), not "hält das [für einen] Anfang"."""
    for word in words:
        if word in PREPOSITIONS or word in CONTRACTIONS:
            return False
        if word[:1].isupper():
            return True
    return False


_DEMONSTRATIVE_PRONOUNS = frozenset(["das", "dies"])
_DAY_PARTS = frozenset(["Nacht", "Abend", "Morgen", "Vormittag", "Nachmittag", "Mittag", "Tag"])
# "In dieser Nacht wird es kalt": a forecast's night is the coming one
_FUTURE = frozenset(["wird", "werden", "soll", "sollen", "dürfte", "dürften", "droht", "drohen"])


def _extended(words: list[str]) -> bool:
    """An attribute opened by a preposition ends in an adjective or participle before its noun ("das [in Graz
    gebaute] Haus"); "das für einen ersten Schritt" has none (its adjective is the phrase's own): "das" is the
    pronoun."""
    if not words or (words[0] not in PREPOSITIONS and words[0] not in CONTRACTIONS):
        return True
    return any(
        a.islower()
        and a.endswith(("e", "en", "er", "es"))
        and a not in DETERMINERS
        and before not in DETERMINERS
        and before not in PREPOSITIONS
        and before not in CONTRACTIONS
        and b[:1].isupper()
        for before, a, b in zip(words, words[1:], words[2:])
    )


def _verb_like(word: str) -> bool:
    return word.islower() and len(word) > 2 and word not in STOP_WORDS and word not in PREPOSITIONS and word not in CONTRACTIONS


_THERE = frozenset(["dortige", "dortigen", "dortiger", "dortiges", "dortigem"])
_PLACE_PREPOSITIONS = frozenset(["in", "im", "nach", "aus", "bei"])
_SAME = frozenset(w for w in BACK_REFERENCES if "selb" in w)
_DISTRIBUTIVE = frozenset(["jedes", "jeden", "jeder", "jedem", "immer", "stets", "jeweils", "alle", "beide"])


def _placed_before(clause: list[str]) -> bool:
    """A place named in the clause before its "dortig…" ("in Wels …")."""
    there = next(k for k, w in enumerate(clause) if w in _THERE)
    return any(w in _PLACE_PREPOSITIONS and clause[k + 1][:1].isupper() for k, w in enumerate(clause[: there - 1]))


def _announces(clause: list[str], pointers: Iterable[str]) -> bool:
    """A correlate announces the clause after the comma only from the end of its own ("einigten sich darauf, …",
    "hat dafür gesorgt, dass …"), not before a noun the clause may belong to ("Teil davon ist der Vorschlag, dass")."""
    last = max((k for k, w in enumerate(clause) if w in pointers), default=len(clause))
    return not any(w[0].isupper() for w in clause[last + 1 :])


def _after_apposition(text: str, end: int) -> list[str]:
    """The words of the clause after an insertion between commas that follows the first clause at `end`."""
    if text[end : end + 1] != ",":
        return []
    parts = re.split(r"[,:;–—]", text[end + 1 : end + 1 + _REACH], maxsplit=2)
    return WORD.findall(parts[1]) if len(parts) > 1 else []


def _glued_heading(head: str) -> bool:
    """A word that only opens a sentence ("Dazu", "Und", "Zudem"), capitalised after a word with no stop between: a
    heading run into the sentence that follows it ("Teurer Tiefenspeicher Dazu kommt …")."""
    return any(
        head[match.start() - 1 : match.start()].isspace() and head[match.start() - 2 : match.start() - 1].isalnum()
        for match in WORD.finditer(head)
        if match.group() in _GLUE_WORDS and head[match.end() : match.end() + 1] != "-"
    )


_APPROXIMATORS = frozenset(["rund", "etwa", "circa", "ca", "knapp", "fast", "gut", "über", "mehr", "mindestens", "bis"])
# A part of something, and the words that say of what.
# A part, share or count of something: it says of what ("Der Großteil der Flüchtlinge", "Der Anteil an …", "Die Zahl
# der Toten"), or that was said before ("Der Anteil stieg …").
_PARTS = frozenset(["Großteil", "Rest", "Mehrheit", "Mehrzahl", "Minderheit", "Hälfte", "Löwenanteil"])
_PARTS |= frozenset(["Anteil", "Zahl", "Anzahl", "Quote", "Rate"])
_PART_OF = frozenset(["der", "des", "von", "vom", "aller", "seiner", "ihrer", "unserer", "dieser", "an", "am"])
_WHICH = frozenset(["der", "des", "von", "vom", "für", "zur", "zum"])  # what says which thing a generic noun means


def _generic_start(text: str) -> bool:
    """ "Der junge Mann …", "Das Unternehmen …", "Der Red-Bull-Pilot …", "Das in Wallisellen beheimatete Start-up …": a
    generic noun opens the sentence without a name after it."""
    second = text.split(" ", 2)[1:2]
    match = (second and second[0] in _EXTENDED_OPENERS and _EXTENDED_START.match(text)) or _GENERIC_START.match(text)
    if match is None or match.group(2)[:1].isupper():
        return False
    following = WORD.findall(text[match.end(1) : match.end(1) + 60])[:5]
    # up to the verb: "Die Aussagen von WKÖ-Chef Christoph Leitl", not "Die Forderung stößt bei … Gerhard Schmid"
    run = list(takewhile(lambda w: w[:1].isupper() or w in _NAME_JOINERS, following))
    if _names_someone(run):
        return False  # "Die … US-Schauspielerin und Sängerin Nichelle Nichols"
    noun = match.group(1)
    if _CLASS.match(text):
        return False  # "Die deutschen Unternehmen haben …": a class named by its origin, not things named before
    if noun in _PARTS:  # "Der Großteil wurde …" (of what?), not "Der Großteil der Flüchtlinge wurde …"
        return match.group(2).lower() not in _PART_OF
    if not (noun in GENERIC_NOUNS or noun.rsplit("-", 1)[-1] in ROLE_NOUNS):  # a person's role also in a compound
        return False
    if noun in GENERIC_NOUNS and match.group(2).lower() in _WHICH:
        return False  # "Die Entscheidung des Gemeinderats …", "Die Gebühr für den Parkausweis …": it says which
    if noun in GENERIC_NOUNS and _complement_after(text[match.end(1) :]):
        return False  # "Die Idee, Pellets aus Laub zu pressen, …", "Die Forderung, dass …": the clause says which
    after = WORD.findall(text[match.end(1) : match.end(1) + 120])
    verb = next((i for i, w in enumerate(after[:8]) if w in _NAMING_VERBS), None)
    if verb is not None and _names_someone(after[verb + 1 : verb + 3]):
        return False  # "Der Sieger des Turniers heißt Philipp Kohlschreiber": the sentence names who it is
    # "Die Vorsitzende im Hauptverband, Ulrike Rabmer-Koller, …", "Der Vorsitzende, der Uni-Präsident Dieter Lenzen, …"
    apposition = _APPOSITION.match(text, match.end(1))
    # the apposition is the person ("Der Vorsitzende, der Uni-Präsident Dieter Lenzen, …"), not something they lead
    # ("Der Rat, eine Expertengruppe unter Leitung des Ökonomen Bernhard Felderer, …")
    if apposition is None:
        return True
    words = WORD.findall(apposition.group(1))
    head = next((k for k, w in enumerate(words) if w in PREPOSITIONS), len(words))
    return not _names_someone(words[:head])


# One word and a colon before a sentence: a label ("Fazit: ", "Bewertung: ").
_BOTH = re.compile(r"\b[Bb]eide\b(?!\s+[A-ZÄÖÜ\d])(?!\s+[a-zäöüß]+(?:e|en|er)\s+[A-ZÄÖÜ])")  # "beide" alone, as a pronoun
_LABEL = re.compile(r"[A-ZÄÖÜ][a-zäöüß-]+:\s+(?=[A-ZÄÖÜ])")
# "Man merkt: …", "Eines ist klar: …", "Das Ergebnis: …": a few words opened by a pronoun or an article, then a colon
_ANNOUNCEMENT = re.compile(r"(?:Man|Es|Eines|Eins|Das|Die|Der|So)(?:\s+[\wäöüÄÖÜß-]+){0,3}:\s+(?=[A-ZÄÖÜ])")
_NAME_JOINERS = frozenset(["und", "von", "vom", "des", "der"])
# Verbs whose complement may name the person the opening role describes ("Der neue Trainer ist Hans Meier").
_NAMING_VERBS = frozenset(["heißt", "hieß", "ist", "war", "wird", "bleibt"])
_PERSONAL = frozenset(["Er", "Sie", "Es", "er", "sie", "es", "ihn", "ihm", "ihr"])
_INDEFINITE_NOUN = re.compile(r"\b[Ee]in(?:e|en|em|er|es)?\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ]")


def _cataphoric(text: str, head: str, words: list[str]) -> bool:
    """Personal pronouns are all that points back in the first clause, and the sentence names whom they stand for
    after them: in the main clause after an opening subordinate clause, by a name or an indefinite noun ("Weil er …
    wollte, ist ein Muslim … geprügelt worden"), or in a clause that stands alone after a colon ("Im Halbfinale ist er
    noch gestolpert, …: Usain Bolt hat …")."""
    if _PERSONAL.isdisjoint(words):
        return False
    pointers = {w for w in words if w in _PERSONAL or w in BACK_REFERENCES or w in ANAPHORS}
    if not pointers or not pointers <= _PERSONAL:
        return False
    colon = text.find(": ", len(head) - 1)
    if 0 < colon < _COLON_REACH and text[colon + 2 : colon + 3].isupper():
        said = not SPEECH_VERBS.isdisjoint(WORD.findall(text[:colon]))  # "Er sagte: …" frames speech
        after = text[colon + 2 : colon + 100]
        # a clause after the colon, or a list after a plural "sie" ("stehen sie bis zur Haustür: Studentinnen, ein
        # junges Paar …"), may name who it is anywhere; a list after "er" or a singular "sie" describes something
        # else ("Er schwebt über einem Festzelt: Bierbänke, 20 Tische, eine Blaskapelle …") unless it opens with
        # the name of whom it means ("Er ist der schnellste Mann der Welt: Usain Bolt.")
        plural = any(w == "sie" and _plural_verb(words, k) for k, w in enumerate(words))
        if plural or is_clause(text[colon + 2 :]):
            named = bool(_INDEFINITE_NOUN.search(after) or _names_someone(WORD.findall(after)[:6]) or _COUNT.search(after))
        else:  # the name in the list's first member, not further down ("Bierbänke, Anna Berger am Zapfhahn, …")
            named = _names_someone(WORD.findall(after.split(",", 1)[0])[:6])
        return not said and bool(named) and not refers_back(text[colon + 2 :])
    if words[0].lower() in ADVERBIAL_SUBORDINATORS and text[len(head) : len(head) + 1] == ",":
        main = text[len(head) + 1 : len(head) + 80]
        return _INDEFINITE_NOUN.search(main) is not None or _names_someone(WORD.findall(main)[:6])
    return False


_COUNT = re.compile(r"\d")  # "…: Die rund 3.500 heute lebenden Schlangenarten …"


def _plural_verb(words: list[str], k: int) -> bool:
    """The "sie" at `k` stands beside a finite verb in the plural ("stehen sie", "sie stehen"), not the singular
    ("organisiert sie")."""
    beside = [w for w in words[max(0, k - 1) : k + 2] if w != "sie" and w[:1].islower()]
    return any(w.endswith("en") or w in ("sind", "haben", "werden") for w in beside)


_COLON_REACH = 200
# A preposition capitalised after a word and before an article: where a sub-heading without a stop ran into the
# sentence ("Sondereinsatz In der Kurdenregion"); the word before, to tell the noun "Aus" after "vom".
_GLUED_PREPOSITION = re.compile(  # opens with a literal space, which the engine skips to
    r" (?:In|Im|Am|Auf|Aus|Bei|Beim|Mit|Nach|Seit|Vor|Zum|Zur|Für|Über|Unter|Als|Während|Nachdem) "
    r"(?:der|die|das|dem|den|des|ein|eine|einem|einer|einen|diesem|dieser|diesen)\b"
)
_AFTER_ARTICLE = frozenset(
    ["vom", "zum", "beim", "im", "am", "das", "dem", "des", "ein", "einem", "eines"]
)  # characters before a colon that explains a pronoun
_NAMED_REACH = 4  # a first clause this short may be an opening phrase before an insertion
MIN_GENITIVE_NAME = 3  # letters of a surname whose genitive ("Wimmers") introduces it
_CATAPHORIC = frozenset(["Jene", "Jener", "Jenes", "Diejenige", "Diejenigen", "Derjenige", "Dasjenige"])
_RELATIVE_AFTER = re.compile(r",\s+(?:der|die|das|denen|deren|dessen|welche[rs]?)\b")
# A plural article and an adjective of origin: "Die deutschen Unternehmen", "Die heimischen Banken".
_CLASS = re.compile(r"\W*Die\s+(?:[a-zäöüß]\w*\s+)?[a-zäöüß]*(?:isch|deutsch)en\s+[A-ZÄÖÜ]")
# A definite generic noun inside the first clause, and what follows it: "bezeichnet das Unternehmen den Entwurf …".
_GENERIC_INSIDE = re.compile(r" (?:der|die|das|dem|den|des)\s+([A-ZÄÖÜ][\w-]*[a-zäöüß])(?:\s+(\S+)(?=\s+(\S+)|)|\W*$)")
_IDENTIFYING = frozenset(["des", "der", "eines", "einer", "von", "vom", "über", "zur", "zum", "für", "aus", "in", "im"])


def _filled_in(text: str, head: str, clause: list[str]) -> bool:
    """The clause's generic nouns are all ones a colon fills in, and a clause that stands alone follows the colon
    ("… ist die Entscheidung gefallen: Die Gemeinde Seekirchen baut …")."""
    rest = text[len(head) + 2 :]
    if text[len(head) : len(head) + 2] != ": " or not rest[:1].isupper():
        return False
    return GENERIC_NOUNS.intersection(clause) <= _CONTENT_NOUNS and not refers_back(rest)


def _generic_inside(head: str) -> bool:
    """ "Das Bezirksgericht hat den Konzern …", "In einer Stellungnahme bezeichnet das Unternehmen …": a generic noun
    with the definite article inside the first clause, which neither a name nor an attribute after it ("das
    Unternehmen Siemens", "die Studie über …", "der Film des Regisseurs") says which: named before."""
    for match in _GENERIC_INSIDE.finditer(head):
        after, then = match.group(2) or "", match.group(3) or ""
        # "die Zahl rechter Gewalttaten": an adjective in the genitive and its noun say which (not "vier Wochen")
        genitive = after.endswith("er") and after.islower() and after not in NUMERALS and then[:1].isupper()
        if match.group(1) in GENERIC_NOUNS and not after[:1].isupper() and after not in _IDENTIFYING and not genitive:
            return True
    return False


# The apposition after the opening noun phrase, between commas.
_APPOSITION = re.compile(r"[^,.;:]{0,80},([^,.;:]{1,80}),")


def removable_links(text: str) -> list[tuple[int, int]]:
    """Where linking adverbs inside the first clause stand (`REMOVABLE_LINKS`, "will deshalb sparen"), each span
    with the space before it: leaving them out keeps the sentence's word order and meaning."""
    head = _FIRST_CLAUSE.match(text, 0, _REACH).group()  # type: ignore[union-attr]  # matches every string
    spans: list[tuple[int, int]] = []
    if _points_forward(text[len(head) :]):
        return spans  # "Er wurde deshalb entlassen, weil …": the adverb announces the next clause
    for k, match in enumerate(WORD.finditer(head)):
        if k and match.group() in REMOVABLE_LINKS and text[match.start() - 1] == " ":
            spans.append((match.start() - 1, match.end()))
    return spans


def stands_without_links(text: str) -> bool:
    """The sentence no longer points back once its removable linking adverbs are left out."""
    spans = removable_links(text)
    if not spans:
        return not refers_back(text)
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = end
    return not refers_back("".join([*kept, text[at:]]))


_VERB_FORMS = AUXILIARIES | SUBJUNCTIVE


_CONJUNCT_JOINERS = frozenset(["und", "sowie"])
_DEGREE_ADVERBS = frozenset(["ganz", "sehr", "besonders", "äußerst", "überaus", "höchst", "ziemlich", "recht", "extrem"])
# An inflected participle used as an attribute: "anerkannte", "gespendeten", "verschuldete", "führende".
_PARTICIPLE = re.compile(r"^[a-zäöüß][\w-]{3,}(?:t|en|end)(?:e|en|er|es|em)$")


def _verb_next(word: str) -> bool:
    """After "und", a lowercase word that is no article opens a second predicate ("und arbeitet", "und will"), not a
    second subject ("und die Gewerkschaft")."""
    return word[:1].islower() and word not in DETERMINERS and word not in _DEMONSTRATIVE_DETERMINERS


def _attributive(words: list[str]) -> bool:
    """An adjective, or two, before its noun ("Das geplante Aus", "Der nationalkonservative polnische Parteichef"),
    or a participial attribute opened by a preposition: the demonstrative is an article."""
    inflected = ("e", "en", "er", "es")
    if words and (words[0] in PREPOSITIONS or words[0] in CONTRACTIONS):
        return True  # "Der in Australien geborene Produzent", "Der vom Gericht gesuchte Präsident"
    if len(words) > 1 and words[0] in _APPROXIMATORS and words[1][:1].isdigit():
        return True  # "Die rund 220 Asylwerber"
    degree = words[0] in _DEGREE_ADVERBS and words[1].endswith(inflected)  # "Den ganz eigenen Klang"
    if len(words) > 2 and words[0] not in _VERB_FORMS and (degree or _PARTICIPLE.search(words[1])) and words[2][0].isupper():
        return True  # "Die international anerkannte Regierung", "Das kürzlich veröffentlichte Foto": a participle's adverb
    if len(words) < 2 or not words[0].endswith(inflected) or words[0] in _VERB_FORMS or words[0] in SPEECH_VERBS:
        return False  # "Das wäre stärkenorientierte Führung", "Das erklärte der Kreml": a verb, so "Das" is the pronoun
    if words[1] in _ARTICLES or words[1].lower() in _ARTICLE_FORMS or words[1] in FIRST_NAMES:
        return False  # "Das teilte die Polizei mit", "Das bestätigte Peter Müller": an article or a name after a verb
    return words[1][0].isupper() or (len(words) > 2 and words[1].endswith(inflected) and words[2][0].isupper())


def _points_forward(rest: str, pointers: Iterable[str] = ()) -> bool:
    """The next clause is the one a correlate ("darauf", "dafür") announces: "dass …", "ob …", "… zu senken". A
    causal one ("deshalb") announces only a reason or a purpose ("deshalb, weil …"), never the infinitive or the "dass"
    clause its verb takes ("hat deshalb entschieden, … zu kürzen": because of what was said before)."""
    words = _next_clause(rest)
    if not words:
        return False
    if not _CAUSAL.isdisjoint(pointers):
        return words[0].lower() in _REASONS
    return words[0].lower() in FORWARD_CLAUSE_OPENERS or _infinitive(words)


def _complement_after(rest: str) -> bool:
    """After a noun, its comma opens the clause it takes (", dass …", ", ob …", ", die Steuern zu senken"), not an
    inserted clause of time or reason (", wenn man sie ernst nimmt,")."""
    words = _next_clause(rest)
    return bool(words) and (words[0].lower() in ("dass", "ob") or _infinitive(words))


def _next_clause(rest: str) -> list[str]:
    """The words of the clause after a comma that `rest` opens with, up to the next comma; none without one."""
    return WORD.findall(rest[1:120].split(",", 1)[0]) if rest.startswith(",") else []


def _infinitive(words: list[str]) -> bool:
    """ "zu" before an infinitive ("die Steuern zu senken"), not "bis zu 500 Euro", or inside one ("den Parkplatz
    aufzuheben")."""
    fused = bool(words) and _FUSED_INFINITIVE.match(words[-1]) is not None
    return fused or any(
        a == "zu" and b[:1].islower() and b.endswith("n") and len(b) > 4 and b not in _ARTICLE_FORMS and b not in NUMERALS
        for a, b in zip(words, words[1:])
    )


# a separable verb's infinitive with its "zu" inside, closing its clause: "aufzuheben", "einzuführen", "anzuschaffen"
_FUSED_INFINITIVE = re.compile(r"(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zu|zurück|zusammen)zu[a-zäöüß]{3,}en$")


_CAUSAL = frozenset(["deshalb", "deswegen", "daher"])
_REASONS = frozenset(["weil", "da", "damit", "um"])


# Two capitalised words a space apart, overlapping ("US-Präsident Donald Trump"): a first name and the word after
# it make a full name.
_PAIR = re.compile(r"([A-ZÄÖÜ][\w'’-]*) (?=([A-ZÄÖÜ][\w'’-]*))")  # where it starts a word is checked after
# "ein Bus", "eine neue Regel", "einen 45 Jahre alten Mann": an indefinite noun phrase introduces its noun.
# (Where it starts a word is checked after the match: twice as fast as a "\b" the engine tries everywhere.)
_INDEFINITE = re.compile(r"[Ee]in(?:e|en|em|er|es)?\s+(?:[a-zäöüß][\w-]*\s+){0,2}([A-ZÄÖÜ][a-zäöüß][\w-]*)")
# An abbreviation explained where it is first used: "Forum Waffenrecht (FWR)", "Schweizerische Volksbank (SVB)".
EXPLAINED = re.compile(r"\(([A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5})\)")
_EXPLAINED_AFTER = re.compile(r"[A-ZÄÖÜ][\w-]+\s+$")  # the words the abbreviation in brackets explains
_DEFINITE_START = re.compile(
    r"\W*(?:Der|Die|Das|Den|Dem|Des)\s+(?:[a-zäöüß][\w-]*\s+)?([A-ZÄÖÜ](?:[a-zäöüß]|[A-ZÄÖÜ0-9]+-)[\w-]*)"
)
# A definite noun inside a clause, not followed by a name or genitive that says which ("den Parkplatz", not "den
# Parkplatz der Firma" nor "die Stadt Graz").
_DEFINITE_INSIDE = re.compile(
    r"\b(?:der|die|das|den|dem|des)\s+(?:[a-zäöüß][\w-]*\s+)?([A-ZÄÖÜ][a-zäöüß][\w-]*)(?!\s+(?:[A-ZÄÖÜ]|der\b|des\b|von\b))"
)
_DETERMINER_FORMS = DETERMINERS | frozenset(w.lower() for w in DEMONSTRATIVES)


def _after_determiner(text: str, word: str) -> bool:
    """The word stands somewhere after a determiner ("die Bahn", "seine Partei"): a noun, not a surname."""
    at = text.find(word)
    while at >= 0:
        before = text[max(0, at - 12) : at]
        end = at + len(word)
        whole = end == len(text) or not (text[end].isalnum() or text[end] in "-'’")
        if whole and before.endswith(" ") and before.split()[-1:] and before.split()[-1].lower() in _DETERMINER_FORMS:
            return True
        at = text.find(word, at + len(word))
    return False


def _word_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches that start a word; after one inside a word ("Vereine eine …") the search goes on from
    the next character, so no match at a word start is hidden."""
    match = pattern.search(text)
    while match is not None:
        if _in_word(text, match.start()):
            match = pattern.search(text, match.start() + 1)
        else:
            yield match
            match = pattern.search(text, match.end())


def _in_word(text: str, at: int, joiners: str = "") -> bool:
    """The character before `at` is part of a word (a letter, digit, "_" or one of `joiners`)."""
    before = text[at - 1 : at]
    return before.isalnum() or (before != "" and before in "_" + joiners)


SPEAKER_REACH = 3  # a speaker by a pronoun stands for a person named at most this many sentences before


class Introductions:
    """Who and what an article introduces in full: surnames with the first name that came with them (a known first
    name, `FIRST_NAMES`), nouns first brought in by an indefinite article ("eine Frau"), abbreviations explained in
    brackets ("Forum Waffenrecht (FWR)"), each with the sentence that introduced it.

    Each is read from the article when first asked for, with each pattern run once over the sentences joined by
    line breaks (not once per sentence): the selection asks about a few sentences, and most never need the nouns
    or the abbreviations."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._joined = "\n".join(texts)
        self._starts = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))

    def _sentence(self, offset: int) -> int:
        return bisect_right(self._starts, offset) - 1

    def _first_seen(self, matches: Iterable[re.Match[str]]) -> dict[str, int]:
        seen: dict[str, int] = {}
        for match in matches:
            seen.setdefault(match.group(1), self._sentence(match.start()))
        return seen

    @cached_property
    def names(self) -> dict[str, tuple[str, int]]:
        """Surname -> (first name, sentence)."""
        full: dict[str, tuple[str, int]] = {}
        given: set[str] = set()  # first members of pairs: first names, not surnames
        joined = self._joined
        for match in _PAIR.finditer(joined):
            first, last = match.groups()
            if _first_name(first) and not _in_word(joined, match.start(), "'’-"):
                given.add(first)
                full.setdefault(last, (first, self._sentence(match.start())))
                # "Theresa Wimmers Uraufführung", then "Wimmer, 1991 in Steyr geboren, …": the genitive introduced her
                bare = last[:-1]
                if last.endswith("s") and len(bare) >= MIN_GENITIVE_NAME and re.search(rf"\b{re.escape(bare)}\b", joined):
                    full.setdefault(bare, (first, self._sentence(match.start())))
        return {last: known for last, known in full.items() if last not in given and not _after_determiner(self._joined, last)}

    @cached_property
    def things(self) -> dict[str, int]:
        """Noun introduced indefinitely -> sentence."""
        text = self._joined
        return self._first_seen(_word_matches(_INDEFINITE, text))

    @cached_property
    def abbreviations(self) -> dict[str, int]:
        """Abbreviation explained in brackets ("Forum Waffenrecht (FWR)") -> sentence."""
        text = self._joined
        if "(" not in text:
            return {}
        return self._first_seen(
            m for m in EXPLAINED.finditer(text) if _EXPLAINED_AFTER.search(text, max(0, m.start() - 80), m.start())
        )

    @cached_property
    def persons(self) -> list[int]:
        """The sentences that name a person introduced in full, by full name or surname, in article order."""
        if not self.names:
            return []
        surnames = re.compile(f"(?:{'|'.join(sorted(map(re.escape, self.names), key=len, reverse=True))})(?![\\w-])")
        return sorted({self._sentence(m.start()) for m in _word_matches(surnames, self._joined)})

    def introducers(self, text: str, index: int) -> set[int]:
        """The earlier sentences (before `index`, where `text` stands) that introduce what `text` names only by a
        short form: "Huber sagte …" needs the one that gave "Maria Huber", "Die Frau …" the one with "eine Frau",
        "«…», sagt sie." the last one that named a person."""
        found = {at for _, _, at in self.short_forms(text) if at < index}
        if _speaker_named_before(text) and not _names_someone(WORD.findall(text)):
            last = bisect_right(self.persons, index - 1) - 1
            near = last >= 0 and index - self.persons[last] <= SPEAKER_REACH
            found |= {self.persons[last]} if near else set()
        return found

    def short_forms(self, text: str) -> list[tuple[str, str, int]]:
        """The short forms in `text` that need an introduction it does not give itself: (the form, the text that
        introduces it, the sentence that did) — ("Huber", "Maria", 0), ("Frau", "Frau", 2), ("FWR", "(FWR)", 0)."""
        words = WORD.findall(text)
        found = []
        for k, word in enumerate(words):
            known = self.names.get(word)
            if known is not None and not (k and words[k - 1] == known[0]) and known[0] not in words:
                found.append((word, known[0], known[1]))
        for part in {part for word in words for part in word.split("-")}:  # "die SVB", "zur IS-Miliz"
            if part.isupper() and part in self.abbreviations and f"({part})" not in text:
                found.append((part, f"({part})", self.abbreviations[part]))
        start = _DEFINITE_START.match(text)
        # a definite noun that opens the sentence, or stands in its first clause ("hebelten … ein Fenster auf" after
        # "ein Fenster" came before): the thing brought in by an indefinite article earlier
        head_clause = _FIRST_CLAUSE.match(text, 0, _REACH).group()  # type: ignore[union-attr]  # matches every string
        nouns = [start.group(1)] if start else []
        nouns += [m.group(1) for m in _DEFINITE_INSIDE.finditer(head_clause, start.end() if start else 0)]
        for noun in nouns:
            head = noun if noun in self.things else noun.rsplit("-", 1)[-1]  # "Das ERP-Interview" after "ein Interview"
            if head in self.things:
                found.append((noun, head, self.things[head]))
        return found
