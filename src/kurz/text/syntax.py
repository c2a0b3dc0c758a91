"""The fields of a German main clause, by rules over tokens and closed word classes (no tagger, no model).

A declarative German main clause puts one constituent before the finite verb (the Vorfeld), the verb's
arguments and adjuncts after it (the Mittelfeld) and closes with the rest of the verb (the right bracket:
participle, infinitive, separable particle). Finding these takes no part-of-speech model: the finite verb is
the first auxiliary or modal, or the first lowercase content word after a phrase that ends in a noun or a
number; the right bracket is the run of lowercase content words that closes the clause. Phrases are then read
from their first word: a preposition opens a prepositional phrase, a determiner or capital a noun phrase.

Only sentences that are being compressed are analysed (kurz.methods.shorten); every other sentence pays nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import takewhile

from kurz.text.lexicon import (
    AUXILIARIES,
    CONDITIONS,
    CONTRACTIONS,
    DETERMINERS,
    FIRST_NAMES,
    MONTHS,
    NEGATIONS,
    NUMERALS,
    PERSON_ENDINGS,
    PREPOSITIONS,
    PRONOMINAL_ADVERBS,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STOP_WORDS,
    SUBJUNCTIVE,
    SUBORDINATORS,
)
from kurz.text.nouns import is_common_noun
from kurz.text.quotes import depths
from kurz.text.wordlists import word_list

TIME_WORDS = word_list("time_words")
PARTICLES = word_list("verb_particles")
PRONOUNS = word_list("pronouns")
PHRASE_PREPOSITIONS = PREPOSITIONS | CONTRACTIONS | word_list("prepositions_more")
# Infinite forms of auxiliaries and modals that stand in the right bracket ("… verletzt worden").
BRACKET_AUXILIARIES = word_list("bracket_auxiliaries")
# Finite verbs that leave the rest of the predicate to the right bracket.
FINITE_AUXILIARIES = AUXILIARIES | word_list("modal_forms")
POSSESSIVE = re.compile(r"(?:mein|dein|sein|ihr|unser|euer|dies|jen|jed|manch|kein)(?:e|en|em|er|es)?$")
ARTICLES = DETERMINERS | word_list("articles_more")
# Words before a number that belong to its phrase ("um rund 15 Prozent", "nach mehr als 40 Jahren").
DEGREE = word_list("degree_words")
INTENSIFIERS = word_list("intensifiers")
GROWING = frozenset(["zunehmend"])  # "der zunehmend restriktiven Politik": how it changes, not which one
# A point inside a sentence belongs to the token before it (an ordinal, "Leo XIV.", an abbreviation); a word keeps
# its hyphens ("34-jähriger", "Jean-Noël").
# A number, also with Swiss thousands ("60'000", "1’200"); a word, also with an apostrophe inside ("d'Anniviers")
# or a gender ending ("Besucher*innen", "Lehrer:innen", "Bürger_innen"); a full stop before more text stays with its
# word
_TOKEN = re.compile(
    r"(?:\d+(?:['’]\d{3}(?!\d))*(?:[.,:/]\d+)*(?:-[^\W\d_][\w-]*)?"
    r"|[^\W\d_][\w-]*(?:['’/][^\W\d_][\w-]*)*(?:[*:_]in(?:nen)?\b)?)(?:\.(?=\s+[\w„\"»(]))?|\S"
)
# Determiners a subject (nominative) can open with; "den", "dem", "des", "einen", "einem" cannot.
NOMINATIVE = word_list("nominative_determiners")
WEEKDAY = re.compile(r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)", re.IGNORECASE)
YEAR = re.compile(r"(?:1[89]|20)\d\d$")
LIGHT_VERB_NOUNS = word_list("light_verb_nouns")
COMMON_NOUN = re.compile(r"(?:ungen|heiten|keiten|schaften|täten|ionen)$")  # plural endings no name has
COUNT = re.compile(r"\d{1,3}(?:\.\d{3})*(?:,\d+)?$")  # "35 afghanische Flüchtlinge …" opens a clause; a year or a date not
ATTRIBUTIVE = re.compile(r"(?:e|en|er|es|em)$")
# The second part of a preposition around its noun: "über sieben Jahre hinweg", "durch den Wald hindurch".
CIRCUMPOSITION_ENDS = frozenset(["hinweg", "hindurch", "herum"])
# noun -> the prepositions of the phrase that says what it is about ("Streit" -> "um"), see noun_objects.txt
NOUN_OBJECTS: dict[str, frozenset[str]] = {}
for _noun, _preposition in (pair.split(":") for pair in word_list("noun_objects")):
    NOUN_OBJECTS[_noun] = NOUN_OBJECTS.get(_noun, frozenset()) | {_preposition}
# Words that end a Mittelfeld phrase's noun run without being a noun: closing quotes and brackets.
_CLOSERS = '“”»«")'
# Tail openers after the main clause: a relative clause, an adverbial or comparative clause, an attribution.
# Prepositions whose phrase is an adjunct (cause, circumstance), never a verb's complement.
CAUSAL = word_list("causal_prepositions")
# The kinds of a phrase opened by a preposition.
ADVERBIAL = ("temporal", "local", "source", "manner", "causal", "prepositional")
NOMINATIVE_PRONOUNS = word_list("nominative_pronouns")
GENITIVE = word_list("genitive_determiners")
ATTACHED = word_list("attached_words")
TAIL_OPENERS = RELATIVE_PRONOUNS | SUBORDINATORS | SPEECH_VERBS | word_list("tail_openers_more")
NAME_PARTICLES = word_list("name_particles")
TIME_DETERMINERS = word_list("time_determiners")
SOURCE_NOUNS = word_list("attribution_in_phrases") - {"laut", "zufolge"}
GENITIVE_ARTICLES = frozenset(["des", "eines"])
HABEN = frozenset(["hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten"])
IN_IDIOMS = word_list("in_idioms")
RELATIVE_TIME = frozenset(["später", "früher", "zuvor", "danach", "vorher", "darauf", "lang", "lange"])
LOCAL_PREPOSITIONS = word_list("local_prepositions")
INDEFINITE = frozenset(["ein", "eine", "einer", "einem", "einen", "eines"])
TIME_OFFSETS = frozenset(["kurz", "knapp", "lange", "unmittelbar", "gleich", "direkt"])  # "Kurz vor …" opens a time
FOCUSED = frozenset(["nur", "erst", "schon", "bereits", "noch", "mehr", "weniger", "als", "fast", "rund", "gut", "genau"])
VORFELD_LINKS = word_list("vorfeld_links")
SPAN_ADJECTIVES = frozenset(
    ["kommenden", "nächsten", "vergangenen", "letzten", "ersten", "folgenden", "kommende", "nächste"]
)  # "Deshalb will der Konzern …": an adverb, though capitalised
DIRECTIONS = frozenset(["ins", "ans", "aufs"])  # a preposition fused with an accusative article: where to


@dataclass(frozen=True, slots=True)
class Tok:
    """A token of the sentence: absolute offsets, its text, and whether it stands inside quotes or brackets."""

    start: int
    end: int
    text: str
    inside: bool

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def capital(self) -> bool:
        return self.text[0].isupper()

    @property
    def number(self) -> bool:
        return self.text[0].isdigit()


@dataclass(frozen=True, slots=True)
class Phrase:
    """Tokens [start, end) of one constituent and its kind: subject, noun (other noun phrases), prepositional,
    temporal, local, source ("nach Angaben …", "laut …"), manner ("mit …"), causal ("wegen …", "nach …"), adverb, pronoun, negation, clause (a Vorfeld clause),
    condition (a Vorfeld "wenn …" clause), participial_attribute, coordination (a list inside a noun phrase),
    apposition (a Vorfeld noun phrase between commas after the one it renames)."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Clause:
    """The fields of a main clause: token indices into `tokens`; `tail` starts the rest after the clause (a
    relative or adverbial clause, an attribution), or equals `end`, the final punctuation's index."""

    tokens: Sequence[Tok]
    vorfeld: tuple[Phrase, ...]
    finite: int
    mittelfeld: tuple[Phrase, ...]
    bracket: tuple[int, int]
    tail: int
    end: int
    subject: Phrase | None

    @property
    def reported(self) -> bool:
        """The finite verb is a subjunctive form: the clause is reported speech and needs its speaker."""
        return self.tokens[self.finite].lower in SUBJUNCTIVE

    @property
    def open(self) -> bool:
        """ "hat … mit X": a form of "haben" with no object and no participle, so the clause goes on after its
        comma ("…, dem Y und Z teilgenommen"): what follows the comma is not an aside."""
        objects = ("noun", "negation", "coordination", "pronoun", "subject")
        bare = not any(p.kind in objects for p in self.mittelfeld if p != self.subject)
        return self.tokens[self.finite].lower in HABEN and self.bracket[0] == self.bracket[1] and bare


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Words, numbers and punctuation of `text` (offsets shifted by `offset`), each marked inside or outside quotes."""
    depth = depths(text)
    return [Tok(offset + m.start(), offset + m.end(), m.group(), depth[m.start()] > 0) for m in _TOKEN.finditer(text)]


def time_word(tok: Tok) -> bool:
    lower = tok.lower
    return lower in TIME_WORDS or tok.text in MONTHS or WEEKDAY.match(lower) is not None or YEAR.match(lower) is not None


def _function(tok: Tok) -> bool:
    return tok.lower in STOP_WORDS or tok.lower in PHRASE_PREPOSITIONS


def _article(tok: Tok) -> bool:
    return tok.lower in ARTICLES or POSSESSIVE.match(tok.lower) is not None


def _after_demonstrative(tokens: Sequence[Tok], i: int) -> bool:
    """ "Das geht aus dem Bericht hervor", "Das zeigt eine Studie": a demonstrative that opens the sentence is its
    subject, and a lowercase word in "-t" after it the verb (not "Die neue Studie", "Der vielfach ausgezeichnete …")."""
    if i != 1 or not _article(tokens[0]) or i + 2 >= len(tokens):
        return False
    tok, nxt, then = tokens[i], tokens[i + 1], tokens[i + 2]
    # a verb's "-t" ("geht", "zeigt", "gilt"), not an adverb ("vielfach", "bisher") nor "meist" before an attribute
    # ("Das meist genutzte Verfahren")
    verb = tok.word and not tok.capital and not _function(tok) and tok.lower.endswith("t")
    attribute = not nxt.capital and ATTRIBUTIVE.search(nxt.lower) is not None and then.capital
    return verb and not nxt.capital and not attribute


def _verb_like(tokens: Sequence[Tok], i: int) -> bool:
    """A lowercase content word that can be the finite verb after a phrase ending in `tokens[i - 1]`: not an
    attributive adjective or participle ("Die am Montag vorgestellte Studie zeigt …")."""
    tok = tokens[i]
    counted = tok.lower in QUANTIFIERS or tok.lower.removesuffix("r") in QUANTIFIERS  # "Enthüllungen mehrerer Medien"
    # "einerseits", "bereits", "abends": no finite verb ends in a single "s" but "wies", "las" and their kin
    adverb = tok.lower.endswith("s") and not tok.lower.endswith(("ss", "ies", "las"))
    if not tok.word or tok.capital or tok.inside or _function(tok) or tok.lower in NUMERALS or counted or adverb:
        return False  # "Gut zwei Monate nach …": a number is no verb
    if _inner_capital(tok) or tok.lower == "mal" or tok.lower.endswith(_NOT_FINITE):
        return False  # "Die Bergmilch eG hat …", "das iPhone": a name or a legal form; "Gerade mal zehn …": a particle
    if tok.lower in DEGREE and i + 1 < len(tokens) and tokens[i + 1].lower in PHRASE_PREPOSITIONS:
        return False  # "Gemeinden rund um den See zahlen …": a degree before a preposition is no verb
    before = tokens[i - 1]
    if tok.lower == "lang" and time_word(before):
        return False  # "Drei Tage lang fegt …": how long, no verb
    if _after_demonstrative(tokens, i):
        return True
    lasting = before.lower == "lang" and i > 1 and time_word(tokens[i - 2])  # "Drei Tage lang | fegt …"
    if (
        _article(before)
        or _function(before)
        or not (
            before.capital
            or _inner_capital(before)
            or before.number
            or before.text in _CLOSERS
            or before.text.endswith(".")
            or lasting
            or (before.text == "," and _date_comma(tokens, i - 1))  # "Ab Dienstag, 2. Juni, | steht …"
        )
    ):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    noun_next = nxt is not None and nxt.word and nxt.capital
    if noun_next and tok.lower in NAME_PARTICLES:
        return False  # "Institute of Technology", "Rio de Janeiro"
    verb_after = after is not None and (_finite_word(after) or (after.word and not after.capital and not _function(after)))
    # "auf dem Tschuri genannten Kometen": between an article's name and a noun, an inflected word is an adjective
    named = i >= 2 and _article(tokens[i - 2]) and before.capital
    # "35 afghanische Flüchtlinge, die …, sollen": after a count (not a year: "2015 wuchsen Umsätze"), an adjective
    counted = before.number and YEAR.match(before.lower) is None
    counted = counted or before.lower.endswith(QUANTITIES)  # "Hunderte italienische Sparer"
    # "bezifferte Österreichs größte Hoffnung …": no adjective stands before a name in the genitive that takes the
    # place of an article, so the word is the verb
    saxon = (
        nxt is not None
        and noun_next
        and nxt.lower.endswith("s")
        and after is not None
        and not after.capital
        and ATTRIBUTIVE.search(after.lower) is not None
        and i + 3 < len(tokens)
        and tokens[i + 3].capital
    )
    # "Neuer diplomatischer Streit …": a second adjective with the first's strong ending, which no finite verb has
    ending = ATTRIBUTIVE.search(tok.lower)
    strong = ending is not None and ending.group() in ("er", "es")
    stacked = i == 1 and strong and ending is not None and before.lower.endswith(ending.group())
    # "Der 2,3 Kilometer lange Tunnel": an adjective of measure after a count and its unit
    measured = i > 1 and _measures(tokens, i)
    # "Das von der Staatsanwaltschaft gewünschte Verfahren gegen …": an article and a preposition open the sentence
    # with an attribute, which ends in its participle before the noun: the first content word after the preposition,
    # or the word right after its noun phrase ("Die am vergangenen Freitag eröffneten Spiele"); not a later one ("Die
    # vom Land beauftragten Experten empfahlen …")
    extended = _article(tokens[0]) and tokens[1].lower in PHRASE_PREPOSITIONS
    first = not any(t.word and not t.capital and not _function(t) and not _article(t) for t in tokens[2:i])
    extended = extended and (first or i == _noun_run(tokens, 2, len(tokens)))
    attributive = (
        noun_next and ending is not None and (verb_after or named or counted or stacked or extended or measured) and not saxon
    )
    return not attributive


# Nouns that count in the plural: "Hunderte", "Zehntausende", "Dutzende".
QUANTITIES = ("hunderte", "tausende", "dutzende")
# Adjectives that a count and its unit measure ("2,3 Kilometer lange", "40 Meter hohe"), their endings taken off.
MEASURES = frozenset(
    ["lange", "breite", "hohe", "tiefe", "alte", "schwere", "dicke", "weite", "große", "grosse", "starke", "teure"]
    + ["schmale", "kurze", "junge"]
)


# Endings no finite verb has: "um zwei Euro monatlich für …", "jährlich", "politisch", "sichtbar", "langsam".
_NOT_FINITE = ("lich", "isch", "bar", "sam", "haft")


def _inner_capital(tok: Tok) -> bool:
    """A capital after the first letter: a legal form or a name ("eG", "eGen", "iPhone"), not a lowercase word."""
    return any(c.isupper() for c in tok.text[1:])


def _finite_word(tok: Tok) -> bool:
    return tok.word and not tok.capital and not tok.inside and tok.lower in FINITE_AUXILIARIES


def _finite(tokens: Sequence[Tok], start: int, insertions: list[Phrase]) -> int | None:
    """Index of the main clause's finite verb, searching from `start` (after the Vorfeld's first word); a relative
    clause inside the Vorfeld (", die zu den größten … gehört,") is skipped and added to `insertions`."""
    i = max(start, 1)
    while i < len(tokens):
        tok = tokens[i]
        opener = i + 1 < len(tokens) and (tokens[i + 1].lower in RELATIVE_PRONOUNS or tokens[i + 1].lower == "wie")
        if tok.text == "," and not tok.inside and opener:
            close = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == "," and not tokens[k].inside), None)
            if close is None or close + 1 >= len(tokens) or not _finite_word(tokens[close + 1]) and not tokens[close + 1].word:
                return None
            insertions.append(Phrase(i, close + 1, "relative_clause"))
            i = close + 1
            verb = _finite_word(tokens[i]) or not (tokens[i].capital or _article(tokens[i]) or _function(tokens[i]))
            return i if verb else None  # "Zu sehen, wie …, das ist …": no verb after the insertion
        if tok.text == "," and not tok.inside and _date_comma(tokens, i):
            i += 1  # "Ab Dienstag, 2. Juni, steht …": a date in apposition is part of the Vorfeld's time
            continue
        apposition = _apposition_end(tokens, i)
        if apposition is not None:
            insertions.append(Phrase(i, apposition, "apposition"))
            return apposition
        if tok.text in ":;," and not tok.inside:
            return None
        if _finite_word(tok) or _verb_like(tokens, i):
            return i
        i += 1
    return None


MAX_APPOSITION = 12  # words between the commas of an apposition in the Vorfeld


def _apposition_end(tokens: Sequence[Tok], i: int) -> int | None:
    """Where the finite verb stands after an apposition between commas that opens at `i` ("Der russische Botschafter
    in Wien, Sergej Netschajew, wird …", "Wien Energie, größter Landesversorger, hat …"), or None: the words between
    the commas hold no verb, and a lowercase word right after the second comma is the finite verb."""
    if tokens[i].text != "," or tokens[i].inside or not tokens[0].word:
        return None
    close = next((k for k in range(i + 1, min(len(tokens), i + MAX_APPOSITION + 2)) if tokens[k].text in ",;:()"), None)
    if close is None or close == i + 1 or tokens[close].text != "," or close + 1 >= len(tokens):
        return None
    inside = tokens[i + 1 : close]
    # "Kühl- und Tiefkühlmöbel": the "und" of a compound whose first part is cut short lists nothing
    listed = any(t.lower in ("und", "oder", "sowie") and not inside[k - 1].text.endswith("-") for k, t in enumerate(inside) if k)
    if (
        inside[0].lower in RELATIVE_PRONOUNS
        or listed
        or any(t.inside or not (t.word or t.number or t.text.endswith("-")) or _finite_word(t) for t in inside)
    ):
        return None  # a relative clause, or a list: "Glänzende Chromleisten, geschwungene Karossen und …"
    verb = tokens[close + 1]
    if _finite_word(verb):
        return close + 1
    # another verb after a name ("…, Ulrike Rabmer-Koller, fordert"), or after a role that opens the field before
    # the verb's object ("Die FrigoTec GmbH, Hersteller von …, baut ihren Stammsitz aus"); not "Pumps, Ballerinas
    # mit …, bedruckt mit Blumen"
    named = all(t.capital for t in inside)
    after = tokens[close + 2] if close + 2 < len(tokens) else None
    object_next = after is not None and (_article(after) or after.lower in QUANTIFIERS or after.number)
    role = inside[0].capital and inside[0].word and object_next
    if not (named or role) or not verb.word or verb.capital or verb.inside or _function(verb) or _article(verb):
        return None
    attributive = close + 2 < len(tokens) and tokens[close + 2].capital and ATTRIBUTIVE.search(verb.lower) is not None
    return None if attributive else close + 1


_AGED = frozenset(["alte", "alter", "altes", "alten", "altem"])
_SPANS = frozenset(["jahre", "monate", "wochen", "tage", "jahren", "monaten", "tagen"])


def _count_held(tokens: Sequence[Tok], n: int, stop: int) -> bool:
    """A time word before a count ("bisher 23", "heute rund 13"): when the count held."""
    tok = tokens[n]
    if not (tok.word and not tok.capital and time_word(tok) and n + 1 < stop):
        return False
    after = tokens[n + 1]
    return after.number or after.lower in NUMERALS or after.lower in DEGREE


def _noun_run(tokens: Sequence[Tok], i: int, stop: int) -> int:
    """The end of a noun phrase from `i`: determiners, numbers and adjectives, then its nouns and names (a name may
    follow its noun: "Außenminister Jean-Noël Barrot"; a year its time word: "Ende 2027"), then genitive
    attributes ("die Erhöhung der Parkgebühren")."""
    n, noun = i, False
    while n < stop:
        tok = tokens[n]
        counted = n + 1 < stop and (tokens[n + 1].number or tokens[n + 1].lower in NUMERALS or _fraction(tokens, n + 1, stop))
        if tok.inside:
            # a quoted name or title is the noun of a phrase that has no article ("mit «Tourplan Spitex» | eine …"),
            # an attribute where one stands before it ("mit dem «Zukunft Bern» genannten Programm"), unless a
            # determiner opens a phrase of its own after it ("mit dem «Rewind 9.5» | ihr erstes Seil")
            after = next((k for k in range(n + 1, stop) if not tokens[k].inside and tokens[k].word), stop)
            opens = after < stop and (tokens[after].lower in ARTICLES or POSSESSIVE.match(tokens[after].lower) is not None)
            named = tok.word and tok.capital and (opens or not any(_article(tokens[k]) for k in range(i, n)))
            n, noun = n + 1, noun or named
        elif not noun and (_article(tok) or _quantifier(tok.lower) or tok.lower in NUMERALS or tok.number):
            n += 1
        elif not noun and tok.lower in DEGREE and counted:
            n += 1  # "Gut zwei Monate", "Rund 500 Menschen"
        elif n == i > 0 and tokens[n - 1].lower in PHRASE_PREPOSITIONS and _count_held(tokens, n, stop):
            n += 1  # "aus bisher 23 Gemeinden", "von heute rund 13 Prozent": when the count held, inside its phrase
        elif not noun and tok.word and tok.lower.endswith("lich") and n + 1 < stop and (counted or tokens[n + 1].lower in DEGREE):
            n += 1  # "von jährlich rund 1,2 Millionen Euro", "mit monatlich 300 Euro": how often the amount comes
        elif not noun and tok.lower in ("solch", "welch", "manch") and n + 1 < stop and tokens[n + 1].lower in INDEFINITE:
            n += 1  # "solch ein Vorgehen"
        elif not noun and tok.lower in ("mehr", "weniger") and n + 1 < stop and _modifies(tokens, n + 1, stop):
            n += 1  # "für mehr öffentliche Investitionen"
        elif not noun and tok.lower in INTENSIFIERS and n + 2 < stop and tokens[n + 1].lower in ("mehr", "weniger"):
            n += 1  # "deutlich mehr Stellen": how many more, part of the phrase that moves
        elif noun and _measures(tokens, n) and n + 1 < stop and tokens[n + 1].capital:
            n, noun = n + 1, False  # "ein 58 Jahre alter Autofahrer", "der 2,3 Kilometer lange Tunnel": a measure
        elif tok.text.endswith("-") and n + 2 < stop and tokens[n + 1].lower in ("und", "oder", "bis") and tokens[n + 2].capital:
            n, noun = n + 3, True  # a compound cut short: "die Gewinn- und Verlustrechnung"
        elif noun and tok.lower in ("und", "oder") and _origins_joined(tokens, n, stop):
            n, noun = n + 2, False  # "im Kärntner und Salzburger Teil": two adjectives of origin before one noun
        elif noun and tok.word and tok.capital and _second_noun(tokens, n, stop):
            break  # "der Baukonzern | Anteile seiner Töchter": a noun of its own, not a name after the noun
        elif tok.word and tok.capital and not (noun and time_word(tok) != time_word(tokens[n - 1]) and not tokens[n - 1].number):
            n, noun = n + 1, True  # a time word and a noun beside it are two phrases: "am Freitag Berichte"
        elif noun and tok.lower in NAME_PARTICLES and n + 1 < stop and tokens[n + 1].capital:
            n += 1  # "Rio de Janeiro"
        elif noun and tok.word and not tok.capital and _inner_capital(tok):
            n += 1  # "die Bergmilch eG", "die Genossenschaft Mühlviertel eGen": the legal form ends the name
        elif noun and n == i + 1 and i > 0 and (place := _place_suffix(tokens, i, stop)):
            n += place  # "in Neuhausen am Rheinfall", "aus Kirchberg an der Pielach": one place
        elif noun:
            counts = n + 1 < stop and (_modifies(tokens, n + 1, stop) or POSSESSIVE.match(tokens[n + 1].lower) is not None)
            dated = WEEKDAY.match(tokens[n - 1].lower) is not None  # "am Freitag | 312 Gäste": a weekday has no number
            year = tokens[n - 1].text in MONTHS and YEAR.match(tok.lower) is not None  # "ab dem 3. März 2025 | dringende"
            if not tok.number or (counts and not year) or dated:  # "bis Ende Juni | 180 seiner Arbeitsplätze": a count
                break  # a number opens its own phrase when its noun follows: "im Gazastreifen | 25.000 Palästinenser",
                # "binnen zwei Tagen | 23 mutmaßliche Rebellen"
            n += 1  # "der Stärke 6,8", "Ende 2027"
        elif tok.lower in DEGREE and n + 1 < stop and (tokens[n + 1].number or tokens[n + 1].lower in DEGREE | NUMERALS):
            n += 1
        elif tok.word and not _function(tok) and n + 1 < stop and _modifies(tokens, n + 1, stop):
            n += 1  # an adjective or participle before its noun
        elif (
            not noun and n > i and _article(tokens[n - 1]) and tok.word and not tok.capital and _graded_adjective(tokens, n, stop)
        ):
            n += 1  # "ein [bisher] unbekanntes Streichquartett": an adverb on the adjective after the article
        elif not noun and tok.text == "," and _adjectives(tokens, n, stop):
            n += 1  # "eine neue, vollautomatisierte Abfülllinie"
        elif tok.text in '„»"' and n + 1 < stop:
            n += 1
        elif _opened(tokens, i, n) and _opens_attribute(tokens, n, stop) and _attribute_end(tokens, n, stop):
            n = _attribute_end(tokens, n, stop)  # "das in Wallisellen beheimatete Start-up", "beim mit … dotierten Turnier"
        else:
            break
    if not noun or n + 1 >= stop:
        return n
    genitive = tokens[n].lower in GENITIVE or (
        POSSESSIVE.match(tokens[n].lower) is not None and tokens[n].lower.endswith(("es", "er"))
    )
    # "holt die Ministerin | einer der größten Fehler ein": "einer" before an article is a pronoun of its own
    genitive = genitive and not (tokens[n].lower == "einer" and _article(tokens[n + 1]))
    # "am Freitag | der Zubau der Schule", "um 10.30 Uhr | der Alpabzug": a weekday takes no genitive but a time's
    # ("am Freitag der Vorwoche"), a clock time none
    weekday = WEEKDAY.match(tokens[n - 1].lower) is not None and not any(time_word(t) for t in tokens[n + 1 : n + 3])
    dated = weekday or tokens[n - 1].lower == "uhr"
    if (genitive or _strong_genitive(tokens, n)) and not dated:
        return _noun_run(tokens, n, stop)  # a genitive attribute belongs to its noun
    return n


def _measures(tokens: Sequence[Tok], n: int) -> bool:
    """The adjective at `n` is measured by the count and unit before it ("58 Jahre alter", "2,3 Kilometer lange")."""
    aged = tokens[n].lower in _AGED and tokens[n - 1].lower in _SPANS
    # the unit may take two words: "40 Millionen Euro teure"
    unit = 2 if n > 2 and tokens[n - 2].capital and tokens[n - 1].capital else 1
    counted = n > unit and (tokens[n - 1 - unit].number or tokens[n - 1 - unit].lower in NUMERALS) and tokens[n - 1].capital
    return aged or (counted and tokens[n].lower.rstrip("nrms") in MEASURES)


def _origins_joined(tokens: Sequence[Tok], n: int, stop: int) -> bool:
    """ "und" at `n` joins two adjectives of origin ("Kärntner und Salzburger") before the noun they share."""
    if n < 1 or n + 2 >= stop:
        return False
    first, second, noun = tokens[n - 1], tokens[n + 1], tokens[n + 2]
    origins = all(t.word and t.capital and t.lower.endswith("er") for t in (first, second))
    return origins and noun.word and noun.capital


def _quantifier(word: str) -> bool:
    """ "beide", "viele", also inflected ("in beiden Richtungen", "mit mehreren Autos")."""
    return word in QUANTIFIERS or (word[-1:] in ("n", "m") and word[:-1] in QUANTIFIERS)


def _adverb_in_t_en(word: str) -> bool:
    """An adverb that ends like a participle: ", daneben Kreide, …" lists a noun, it inserts no participial phrase."""
    return word in PRONOMINAL_ADVERBS or word in _ADVERBS_IN_T_EN


_ADVERBS_IN_T_EN = frozenset(["zuletzt", "zunächst", "meist", "erst", "längst", "selbst", "oben", "unten", "morgen"])
# Adverbs in "-er" that may stand before a noun without being its adjective ("hat das Projekt leider Anfang Mai …").
_ADVERBS_IN_ER = frozenset(["weiter", "sicher", "leider", "außer", "lieber", "ferner", "nieder", "wieder", "eher"])


def _fraction(tokens: Sequence[Tok], i: int, stop: int) -> bool:
    """ "ein Fünftel", "die Hälfte", "ein Drittel": a share a degree word may count ("rund ein Fünftel")."""
    if i + 1 >= stop or tokens[i].lower not in ("ein", "eine", "die"):
        return False
    share = tokens[i + 1].lower
    return tokens[i + 1].capital and (share.endswith("tel") or share == "hälfte")


def _place_suffix(tokens: Sequence[Tok], i: int, stop: int) -> int:
    """After a bare place name at `i` that follows "in", "aus", "nach" or "bei": the tokens of "am Main", "im
    Emmental", "an der Pielach", where the name ends, are part of the name, not a place of their own (not a time: "in
    Wien am Montag"; not "im Großraum Stuttgart")."""
    if tokens[i - 1].lower not in ("in", "aus", "nach", "bei") or not tokens[i].capital or time_word(tokens[i]):
        return 0
    n = i + 1
    article = n + 1 < stop and tokens[n].lower == "an" and tokens[n + 1].lower == "der"
    size = 2 if n < stop and tokens[n].lower in ("am", "im") else 3 if article else 0
    name = n + size - 1
    if not size or name >= stop or not tokens[name].capital or time_word(tokens[name]):
        return 0
    return size if name + 1 >= stop or not tokens[name + 1].capital else 0


def _strong_genitive(tokens: Sequence[Tok], n: int) -> bool:
    """A plural genitive without article right after a noun: an adjective in "-er" and its noun ("die Zahl der
    Spitaleintritte | älterer Menschen"), which no other case has there."""
    tok = tokens[n]
    adjective = tok.word and not tok.capital and not tok.inside and tok.lower.endswith("er") and len(tok.lower) > 4
    adjective = adjective and not _function(tok) and not time_word(tok) and tok.lower not in _ADVERBS_IN_ER
    adjective = adjective and not tok.lower.endswith("her")  # "bisher", "vorher", "daher"
    # "im vergangenen Geschäftsjahr | weniger Apfelsaft": after a time a comparative count opens the verb's object, no
    # genitive ("nach Beschwerden weniger Anwohner" is one)
    before = tokens[n - 1]
    timed = time_word(before) or before.lower.endswith(("jahr", "jahres", "quartal", "quartals", "saison", "monat", "woche"))
    adjective = adjective and not (tok.lower == "weniger" and timed)
    return adjective and n + 1 < len(tokens) and tokens[n + 1].word and tokens[n + 1].capital and not tokens[n + 1].inside


# A role or a person's ending as the last part of a noun: a name after it is that person's ("Außenminister Fischer")
_PERSON_TAILS = tuple(r.lower() for r in ROLE_NOUNS) + PERSON_ENDINGS


def _second_noun(tokens: Sequence[Tok], n: int, stop: int) -> bool:
    """A capitalised word right after a noun that heads a noun phrase of its own: it has a genitive attribute
    ("Anteile seiner …") or the ending of a common noun ("Sondierungen"); a name after its noun has
    neither ("Außenminister Jean-Noël Barrot")."""
    genitive = n + 1 < stop and (tokens[n + 1].lower in GENITIVE_ARTICLES or POSSESSIVE.match(tokens[n + 1].lower) is not None)
    # "der Vereinten | Nationen": after an adjective of a name, the noun goes on
    adjective = tokens[n - 1].lower.endswith(("ten", "ter", "isch", "ische", "ischen", "liche", "lichen", "ige", "igen"))
    common = COMMON_NOUN.search(tokens[n].text) is not None and not adjective
    common = common and tokens[n - 1].text not in ("Bad", "St.", "Sankt")  # "bei Bad Wildungen": one place
    return (genitive and tokens[n + 1].lower.endswith(("es", "er"))) or common or _object_after_attribute(tokens, n, stop)


def _object_after_attribute(tokens: Sequence[Tok], n: int, stop: int) -> bool:
    """A lone common noun after a noun its adjective describes heads a phrase of its own, the verb's object ("auf
    einer neuen Themenroute | Käse ganz nah erleben", "im Rahmen der sogenannten Vorgaben | Grenzwerte fest"); a
    name after a role or a class noun continues it ("des früheren Außenministers Fischer", "vom niederländischen
    Rennstall Team Velocis": a name of two words)."""
    if n < 2:
        return False
    word, noun, adjective = tokens[n], tokens[n - 1], tokens[n - 2]
    described = adjective.word and not adjective.capital and len(adjective.lower) > 3 and adjective.lower not in ARTICLES
    described = described and ATTRIBUTIVE.search(adjective.lower) is not None
    alone = n + 1 >= stop or not tokens[n + 1].capital
    head = noun.lower.rsplit("-", 1)[-1]
    # "des Außenministers", "dem neuen Präsidenten", "dem Vorsitzenden": a role in any case names a person
    person = any(
        form.endswith(_PERSON_TAILS) for form in (head, head.removesuffix("s"), head.removesuffix("en"), head.removesuffix("n"))
    )
    return described and alone and not person and not word.inside and is_common_noun(word.text)


def _opened(tokens: Sequence[Tok], i: int, n: int) -> bool:
    """An article stands right before `n`: a word of the phrase, or the contraction opening it ("beim", "im")."""
    return _article(tokens[n - 1]) if n > i else n > 0 and tokens[n - 1].lower in CONTRACTIONS


def _opens_attribute(tokens: Sequence[Tok], n: int, stop: int) -> bool:
    """A preposition, or an adverb before one ("die [bisher unter Verschluss] gehaltene Studie"), after an article."""
    tok = tokens[n]
    if tok.lower in PHRASE_PREPOSITIONS:
        return True
    adverb = tok.word and not tok.capital and not _article(tok) and tok.lower not in FINITE_AUXILIARIES
    return adverb and n + 1 < stop and tokens[n + 1].lower in PHRASE_PREPOSITIONS


def participial_attributes(tokens: Sequence[Tok]) -> list[tuple[int, int]]:
    """The participial attributes between an article and its noun, as token spans [start, end): "die [am Montag
    vorgestellte] Studie", "einem [von der Zeitung veröffentlichten] Foto"."""
    found = []
    for n in range(1, len(tokens) - 2):
        before = tokens[n - 1]
        relative = n >= 2 and tokens[n - 2].text == ","  # ", die seit Wochen auf den neuen Bahnhof warten"
        if (
            (_article(before) or before.lower in CONTRACTIONS)
            and not before.inside
            and not relative
            and not _after_demonstrative(tokens, n)
            and _opens_attribute(tokens, n, len(tokens))
        ):
            end = _attribute_end(tokens, n, len(tokens))
            if end:
                found.append((n, end + 1))
    return found


def _attribute_end(tokens: Sequence[Tok], n: int, stop: int) -> int:
    """Where a participial attribute that opens at `n` after an article ends: at its participle, right before the
    noun ("die [am Montag vorgestellte] Studie"); 0 when there is none within a few words."""
    named = False  # the attribute's own noun came: "für den heimischen Tourismus | wichtigsten", not "heimischen"
    for j in range(n + 1, min(stop - 1, n + 8)):
        tok = tokens[j]
        if tok.text in ",;:" or tok.lower in FINITE_AUXILIARIES:
            return 0
        participle = tok.word and not tok.capital and not _function(tok) and ATTRIBUTIVE.search(tok.lower)
        # "der vom Gericht gesuchte | sudanesische Präsident": an adjective of the noun itself may follow
        adjective = j + 2 < stop and ATTRIBUTIVE.search(tokens[j + 1].lower) and not tokens[j + 1].capital
        if participle and named and (tokens[j + 1].capital or (adjective and tokens[j + 2].capital)):
            return j
        named = named or tok.capital or tok.number
    return 0


def _graded_adjective(tokens: Sequence[Tok], n: int, stop: int) -> bool:
    """An inflected adjective follows at `n + 1` and goes on to its noun: the word at `n` grades it. Not a
    preposition ("Ein [wegen feindlicher Aktivitäten …] festgenommener US-Student"), which opens an attribute."""
    if n + 2 >= stop or _article(tokens[n + 1]) or tokens[n + 1].capital or tokens[n].lower in PHRASE_PREPOSITIONS:
        return False
    nxt = tokens[n + 1]
    adjective = nxt.word and nxt.lower not in PHRASE_PREPOSITIONS and ATTRIBUTIVE.search(nxt.lower) is not None
    return adjective and _modifies(tokens, n + 2, stop)


def _modifies(tokens: Sequence[Tok], n: int, stop: int) -> bool:
    """Whether the words from `n` continue a noun phrase (another adjective, a number, a noun)."""
    tok = tokens[n]
    if tok.capital or tok.number or tok.lower in NUMERALS:
        return True
    if _article(tok):
        return False  # "drei Jahre lang | die Erlegung": an article opens the next phrase
    if tok.text == ",":
        return _adjectives(tokens, n, stop)  # "eine neue, vollautomatisierte Abfülllinie"
    # an adjective goes on to its noun; a preposition in -en does not ("L 305 | zwischen Pürgstein …")
    adjective = tok.word and tok.lower not in PHRASE_PREPOSITIONS and ATTRIBUTIVE.search(tok.lower) is not None
    # "weitere genossenschaftlich geführte Dorfläden": an adverb on the adjective after it
    graded = tok.word and tok.lower.endswith(_ADVERB_ENDINGS) and n + 1 < stop and tokens[n + 1].word
    graded = graded and ATTRIBUTIVE.search(tokens[n + 1].lower) is not None
    return (adjective or graded) and n + 1 < stop and _modifies(tokens, n + 1, stop)


def _list_end(tokens: Sequence[Tok], n: int, stop: int) -> int:
    """A coordinated list after a noun phrase ("von KPÖ, Grünen und SPÖ", "Bund und Länder"): where it ends."""
    end = n
    while (
        end + 1 < stop
        and tokens[end].text == ","
        and not tokens[end].inside
        and (tokens[end + 1].capital or tokens[end + 1].lower in INDEFINITE)
    ):
        end = _noun_run(tokens, end + 1, stop)  # "mit einer Nabenhöhe von 166 Metern, einer Gesamthöhe …"
    ranged = tokens[end - 1].number and tokens[end + 1].number if end + 1 < stop else False  # "zwischen 16.30 und 18.30 Uhr"
    if (
        end + 1 < stop
        and tokens[end].lower in ("und", "oder", "sowie")
        and (tokens[end + 1].capital or _article(tokens[end + 1]) or ranged or _adjective_led(tokens, end + 1, stop))
    ):
        return _noun_run(tokens, end + 1, stop)
    return end if end > n and tokens[end - 1].capital else n


def _adjective_led(tokens: Sequence[Tok], n: int, stop: int) -> bool:
    """An inflected adjective and then its noun from `n`: the second member of a list whose first the phrase before
    "und" holds ("angesichts schwacher Nachfrage und | hoher Energiekosten"), not a participle that closes the clause
    ("… gekauft und | neu gebaut")."""
    tok = tokens[n]
    adjective = tok.word and not tok.capital and not tok.inside and not _function(tok) and not _article(tok)
    if not (adjective and ATTRIBUTIVE.search(tok.lower) and n + 1 < stop and not time_word(tok)):
        return False
    nxt = tokens[n + 1]
    return nxt.word and nxt.capital and not nxt.inside


def phrases(tokens: Sequence[Tok], start: int, stop: int, insertions: Sequence[Phrase] = ()) -> list[Phrase]:
    """The phrases of a field, tokens [start, stop), each with its kind; `insertions` (relative clauses between
    commas) are phrases of their own. A "von" or "wie" phrase after a noun belongs to it ("eine Strafe von
    500 Millionen Euro", "Grundnahrungsmittel wie Brot")."""
    out: list[Phrase] = []
    inserted = {p.start: p for p in insertions}
    i = start
    while i < stop:
        if out and tokens[i].lower in CIRCUMPOSITION_ENDS and out[-1].kind != "noun":
            out[-1] = Phrase(out[-1].start, i + 1, out[-1].kind)  # "über sieben Jahre hinweg": one phrase
            i += 1
            continue
        if out and _from_on(tokens, out[-1], i, stop):
            out[-1] = Phrase(out[-1].start, i + 1, "temporal")  # "von September an | neun Kurse": from then on
            i += 1
            continue
        before = min((p.start for p in insertions if p.start > i), default=stop)  # a phrase ends where an insertion opens
        phrase = inserted.get(i) or _phrase(tokens, i, min(stop, before))
        if phrase.end < stop and tokens[phrase.end].lower == "zufolge":
            phrase = Phrase(phrase.start, phrase.end + 1, "source")  # "der Organisation Cepadho zufolge"
        # "über einen Zeitraum | von sechs Jahren": a counted time after a noun measures it
        measure = phrase.kind == "temporal" and tokens[i].lower == "von" and i + 1 < stop
        measure = measure and (tokens[i + 1].number or tokens[i + 1].lower in NUMERALS)
        attached = out and (phrase.kind in ("prepositional", "local") or measure) and tokens[i].lower in ATTACHED
        attached = attached and tokens[i - 1].capital
        attached = attached and phrase.end - phrase.start > 1  # not a lone "wie" before "schon zuvor"
        # "hatte sich am Telefon | als Kriminalbeamter ausgegeben": "als" closing the field is what the verb takes
        taken = tokens[i].lower == "als" and phrase.end == stop
        attached = attached and not taken
        light = out and out[-1].end - out[-1].start == 2 and tokens[out[-1].start].lower in CONTRACTIONS
        light = light and not time_word(tokens[out[-1].start + 1]) and not taken
        light = light and tokens[out[-1].start + 1].text not in SET_PHRASES  # "zum Beispiel | bis zu vier Tage …"
        bare = phrase.end - phrase.start == 2 and tokens[i + 1].capital and phrase.kind in ("prepositional", "local")
        # "… in Betrieb genommen": with its verb the phrase is one predicate, no attribute of the phrase before
        bare = bare and not taken and tokens[i + 1].text not in LIGHT_VERB_NOUNS
        # "mit klaren Siegen | ins Turnier": a direction ("ins", "ans", "aufs") after a manner goes with the
        # verb; after a circumstance it may be part of a name ("bei der Gala Licht ins Dunkel")
        bare = bare and not (tokens[i].lower in DIRECTIONS and out and out[-1].kind == "manner")
        # "im Vergleich | zum Vorjahr", "im Streit | um …": a light phrase that takes the next one is not an attribute
        opens = phrase.end + 1 < stop and tokens[phrase.end].lower in PHRASE_PREPOSITIONS
        opens = opens and (tokens[phrase.end + 1].capital or _article(tokens[phrase.end + 1]))  # not "… zu stellen"
        bare = bare and not (tokens[i].lower in CONTRACTIONS and opens and tokens[phrase.end].lower not in ("in", "im", "am"))
        scored = out and tokens[i].lower == "zu" and tokens[i - 1].number and i + 1 < stop and tokens[i + 1].number
        if scored:
            out[-1] = Phrase(out[-1].start, phrase.end, out[-1].kind)  # "mit 17 zu 8 Stimmen": one score
        elif out and out[-1].kind in ADVERBIAL and out[-1].kind != "temporal" and bare and tokens[i - 1].text != ",":
            out[-1] = Phrase(out[-1].start, phrase.end, out[-1].kind)  # "nach sechs Niederlagen in Folge"
        elif out and bare and tokens[i].lower == "in" and tokens[i + 1].text in ("Folge", "Serie"):
            out[-1] = Phrase(out[-1].start, phrase.end, out[-1].kind)  # "ihren dritten Sieg in Folge": one count
        elif out and out[-1].kind == "temporal" and tokens[i].text == "," and i + 1 < stop and _dated(tokens, i + 1, stop):
            # "heute, Dienstag,": a date in apposition; not the object after it ("am Mittwoch, 12. Februar, | eine …")
            after = i + 1 + _date_length(tokens, i + 1, stop)
            closing = after < stop and tokens[after].text == ","
            out[-1] = Phrase(out[-1].start, after + closing, "temporal")
            i = after + closing
            continue
        elif out and out[-1].kind == "temporal" and phrase.end == i + 1 and tokens[i].lower in RELATIVE_TIME:
            out[-1] = Phrase(out[-1].start, phrase.end, "temporal")  # "einen Tag später": the offset is one phrase
        elif out and out[-1].kind == phrase.kind == "temporal" and tokens[i].lower in ("zum", "bis"):
            out[-1] = Phrase(out[-1].start, phrase.end, "temporal")  # "in der Nacht zum Samstag"
        elif (
            light
            and phrase.kind in ("prepositional", "temporal", "local", "manner")
            and tokens[i].lower not in ("in", "im", "am")
        ):
            out[-1] = Phrase(out[-1].start, phrase.end, out[-1].kind)  # "im Vergleich zum Vorjahr", "im Streit um …"
        elif (
            out and _measured(tokens, i) and phrase.kind == "noun" and phrase.end == i + 1 and not _determined(tokens, out[-1], i)
        ):
            # "nach drei Jahren Bauzeit": what was measured; "bis zu vier Tage Sonderurlaub" is a noun phrase
            # "über acht Jahre Messungen": "über" and "unter" before a count bound it, so what was measured is a noun
            governed = tokens[out[-1].start].lower in PHRASE_PREPOSITIONS and tokens[out[-1].start].lower not in (
                "bis",
                "über",
                "unter",
            )
            out[-1] = Phrase(out[-1].start, phrase.end, out[-1].kind if governed else "noun")
        elif attached and out[-1].kind in ("noun", "coordination", "subject", "prepositional", "causal", "manner", "source"):
            out[-1] = Phrase(out[-1].start, phrase.end, out[-1].kind)
        elif out and _bound_only(tokens, out[-1]):
            out[-1] = Phrase(out[-1].start, phrase.end, out[-1].kind)  # "seit mehr | als sechzig Jahren": one phrase
        else:
            out.append(phrase)
        i = phrase.end
    return out


def _from_on(tokens: Sequence[Tok], before: Phrase, i: int, stop: int) -> bool:
    """ "an" closes a time opened by "von" ("von September an", "vom 1. Juli an", "von heute an"), unless an article
    or a noun follows, which makes it a preposition of its own ("von Montag an die Schulen", "von Mai an
    Österreich")."""
    opened = tokens[before.start].lower in ("von", "vom") and before.kind == "temporal" and before.end == i
    after = tokens[i + 1] if i + 1 < stop else None
    return opened and tokens[i].lower == "an" and (after is None or not (_article(after) or after.capital))


# bounds on an amount ("mehr als 7,5 Tonnen", "seit gut zehn Jahren", "bis 30 Kilometer")
BOUNDS = frozenset(["mehr", "weniger", "knapp", "gut", "über", "unter", "bis", "höchstens", "mindestens"])


def _bound_only(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A preposition with only a bound after it ("seit mehr", "vor gut"): what it bounds is the phrase after it."""
    words = [t.lower for t in tokens[phrase.start : phrase.end]]
    return len(words) > 1 and words[0] in PHRASE_PREPOSITIONS and all(w in BOUNDS for w in words[1:])


# Nouns of set phrases after a fused article that stand as adverbs ("zum Beispiel", "zum Teil", "im Übrigen"): they
# take no phrase after them.
SET_PHRASES = frozenset(["Beispiel", "Teil", "Glück", "Schluss", "Übrigen", "Grunde", "Vornherein"])


def _dated(tokens: Sequence[Tok], i: int, stop: int) -> bool:
    """A time word, a date or a clock time opens at `i`: "heute, Dienstag,", "am Dienstag, 12. November,"."""
    return _date_length(tokens, i, stop) > 0


# a date in figures ("12.08.2025", "3.4.")
NUMERIC_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?$")


def _date_length(tokens: Sequence[Tok], i: int, stop: int) -> int:
    """How many tokens from `i` give a time in apposition: "Dienstag", "12. November (2025)", "12.08.2025", "19:00
    Uhr"; 0 where none opens there."""
    tok = tokens[i]
    if time_word(tok):
        return 1
    if not tok.number:
        return 0
    if NUMERIC_DATE.match(tok.text):
        return 1
    nxt = tokens[i + 1] if i + 1 < stop else None
    if nxt is not None and nxt.text in MONTHS:
        return 3 if i + 2 < stop and YEAR.match(tokens[i + 2].text) else 2
    return 2 if nxt is not None and nxt.text == "Uhr" else 0


def _measured(tokens: Sequence[Tok], i: int) -> bool:
    """A noun right after a counted time ("drei Jahren | Bauzeit", "zwei Stunden | Verspätung"): what the time
    measures, one phrase with it."""
    counted = i >= 2 and (tokens[i - 2].number or tokens[i - 2].lower in NUMERALS)
    return counted and time_word(tokens[i - 1]) and tokens[i].capital and not tokens[i].inside


def _determined(tokens: Sequence[Tok], phrase: Phrase, i: int) -> bool:
    """The counted time is a span of its own ("in den kommenden vier Jahren | Gräben"): the noun after it opens a
    phrase of its own, not its measure ("nach drei Jahren Bauzeit", "während der drei Wochen Ferien")."""
    return any(t.lower in SPAN_ADJECTIVES for t in tokens[phrase.start : i])


def _phrase(tokens: Sequence[Tok], i: int, stop: int) -> Phrase:
    """The phrase that starts at token `i`."""
    tok = tokens[i]
    lower = tok.lower
    # "südlich der Hütte", "nahe Wien", "unweit von Graz": a place preposition, not the adjective ("die nahe Zukunft")
    placed = (
        lower in LOCAL_PREPOSITIONS
        and i + 1 < stop
        and (_article(tokens[i + 1]) or tokens[i + 1].lower == "von" or tokens[i + 1].capital)
    )
    if lower == "rund" and i + 2 < stop and tokens[i + 1].lower == "um" and not tokens[i + 2].number:
        inner = _phrase(tokens, i + 1, stop)  # "rund um die Uhr", "rund um den See": one preposition
        return Phrase(i, inner.end, inner.kind)
    if lower in ("unter", "vor") and i + 1 < stop and tokens[i + 1].lower in ("anderem", "allem"):
        return Phrase(i, i + 2, "adverb")  # "unter anderem tägliche Messungen", "vor allem Landstromanschlüsse": an adverb
    if (lower in PHRASE_PREPOSITIONS or lower in ("als", "wie") or placed) and not tok.inside and i + 1 < stop:
        if tokens[i + 1].lower in PHRASE_PREPOSITIONS and lower not in CONTRACTIONS:  # "bis zum Sommer", not "beim mit …"
            inner = _phrase(tokens, i + 1, stop)
            # "verlieren bis zu vier Minuten": an amount up to a count, what the verb takes, not a time
            upto = lower == "bis" and tokens[i + 1].lower == "zu" and i + 2 < stop
            upto = upto and (tokens[i + 2].number or tokens[i + 2].lower in NUMERALS)
            return Phrase(i, inner.end, "noun" if upto else inner.kind)
        after = tokens[i + 1]
        nxt = tokens[i + 2] if i + 2 < stop else None
        year = after.number and YEAR.match(after.lower) is not None and (nxt is None or not nxt.capital)
        # "von heute", "seit gestern"; not "aus bisher 23 Gemeinden", where the time word says when the count held
        counts = nxt is not None and (nxt.number or nxt.lower in NUMERALS)
        if lower in PHRASE_PREPOSITIONS and ((after.word and not after.capital and time_word(after) and not counts) or year):
            return Phrase(i, i + 2, "temporal")  # "von heute", "seit gestern", "seit 2009 | illegal Abfälle"
        end = max(_noun_run(tokens, i + 1, stop), i + 1)
        return Phrase(i, _list_end(tokens, end, stop), _adverbial_kind(tokens, i, end))
    if i == 0:
        offset = _offset_end(tokens, stop)
        if offset:  # "Kurz vor der Abstimmung …", "Mehr als vier Jahre nach dem Unglück …" hat …: a time
            return Phrase(i, _phrase(tokens, offset, stop).end, "temporal")
    if lower in NEGATIONS and not tok.inside:
        return Phrase(i, max(_noun_run(tokens, i + 1, stop), i + 1) if lower.startswith("kein") else i + 1, "negation")
    if lower in PRONOUNS and (not tok.capital or i == 0):
        return Phrase(i, i + 1, "pronoun")
    if i == 0 and lower in VORFELD_LINKS and not time_word(tok):
        return Phrase(i, i + 1, "adverb")
    end = max(_noun_run(tokens, i, stop), i + 1)
    if end == i + 1 and tok.word and not tok.capital and not _article(tok):
        return Phrase(i, i + 1, "temporal" if time_word(tok) else "adverb")
    list_end = _list_end(tokens, end, stop)
    counted = lower in TIME_DETERMINERS or lower in NUMERALS or lower in QUANTIFIERS or lower in DEGREE or tok.number
    measured = end < stop and tokens[end].word and tokens[end].capital and not time_word(tokens[end])
    if counted and end <= i + 3 and time_word(tokens[end - 1]) and measured and tok.lower not in TIME_DETERMINERS:
        return Phrase(i, max(_noun_run(tokens, end, stop), end + 1), "noun")  # "drei Jahre Haft": a measure of it
    if (time_word(tok) and tok.capital) or (counted and end <= i + 3 and time_word(tokens[end - 1])):
        lasting = list_end < stop and tokens[list_end].lower == "lang"  # "Drei Tage lang fegt …": how long, one phrase
        return Phrase(i, list_end + lasting, "temporal")  # "Ende Juni", "Anfang 2025", "diesen Sommer", "Drei Jahre (nach …)"
    return Phrase(i, list_end, "coordination" if list_end > end else "noun")


def _offset_end(tokens: Sequence[Tok], stop: int) -> int:
    """Where "vor" or "nach" stands after an offset that opens the sentence ("Kurz", "Nur einen Tag", "Mehr als vier
    Jahre"), or 0: then the whole is a time, not a noun "Kurz" or "Mehr" as the subject."""
    n = 0
    while n < stop and tokens[n].lower in FOCUSED:
        n += 1
    if n < stop and tokens[n].lower in TIME_OFFSETS:
        n += 1
    elif n < stop and (tokens[n].number or tokens[n].lower in NUMERALS or tokens[n].lower in INDEFINITE):
        n += 1 + (n + 1 < stop and time_word(tokens[n + 1]))  # "einen Tag", "vier Jahre"
        n = n if time_word(tokens[n - 1]) else 0
    else:
        return 0
    return n if 0 < n < stop - 1 and tokens[n].lower in ("vor", "nach") else 0


def _adverbial_kind(tokens: Sequence[Tok], start: int, end: int) -> str:
    """temporal ("am Dienstag", "bis 2030"), source ("nach Angaben der Polizei", "laut …"), local ("in der
    Innenstadt", "im Ötztal", "am Flughafen": dative in/bei/an), or prepositional."""
    words = tokens[start:end]
    first = words[0].lower
    if first in ("laut", "zufolge") or (first == "nach" and any(w.lower in SOURCE_NOUNS for w in words[1:3])):
        return "source"  # "nach Angaben der Polizei", "nach eigenen Angaben", "nach Bekunden seines Arztes"
    if first == "mit":
        return "manner"  # "mit großer Mehrheit", "mit sofortiger Wirkung": an adjunct wherever it stands
    if first in CAUSAL:
        return "causal"  # "wegen eines Streiks", "nach einer Serie von Niederlagen": never the verb's complement
    # the phrase is a time when its head is ("am 6. September", "vor zwei Jahren", "seit heute"), not when a time
    # stands in an attribute ("gegen eine am 10. Juli beginnende Kunstaktion", "an der Eröffnung … München 1972")
    own = next((k for k in range(2, len(words)) if words[k].lower in PHRASE_PREPOSITIONS), len(words))
    held = 1 + _count_held(tokens, start + 1, end)  # "aus bisher 23 Gemeinden": the time word says when, no head
    heads = [w for w in words[held:own] if w.capital or w.number or time_word(w)][:2]
    dated = bool(heads) and (time_word(heads[0]) or (heads[0].number and any(time_word(w) for w in heads)))
    if dated or (first in ("bis", "ab", "seit") and len(words) > 1 and words[1].number):
        return "temporal"
    if (
        first in ("im", "beim", "am")
        or first in LOCAL_PREPOSITIONS
        or (first in ("in", "bei", "an", "auf") and _dative(words[1:]))
    ):
        return "local"
    if (
        first == "in"
        and len(words) > 1
        and words[1].capital
        and words[1].lower not in IN_IDIOMS
        and all(w.capital or w.lower in NAME_PARTICLES for w in words[1:])
    ):
        return "local"  # a place by its name: "in Moskau", not "in Kraft"
    return "prepositional"


def _dative(words: Sequence[Tok]) -> bool:
    """The noun phrase is dative: "dem", "einem", "der" (not after "in" as a direction: "in die"), "den" before a
    plural noun in -n ("den Innenstädten"), "mehreren Ländern"."""
    if len(words) < 2:
        return False
    first = words[0].lower
    noun = next((w.lower for w in words[1:] if w.capital), "")
    if first in ("der", "dem", "einem", "einer") or (POSSESSIVE.match(first) and first.endswith(("em", "er"))):
        return True
    plural = first.endswith("en") and (first[:-1] in QUANTIFIERS or first in NUMERALS)
    return (first == "den" or plural) and noun.endswith("n")


# Endings of adjectives and adverbs, never of a verb form: "einstimmig", "deutlich", "politisch", "teilweise"
_ADVERB_ENDINGS = ("ig", "lich", "isch", "weise", "sam", "los", "bar")


def _bracket(tokens: Sequence[Tok], finite: int, end: int) -> int:
    """Where the right bracket starts: the run of lowercase content words (and infinite auxiliaries) that closes
    the clause; for a simple finite verb, only a separable particle ("kündigte … an")."""
    i = end
    if tokens[finite].lower not in FINITE_AUXILIARIES:
        last = tokens[end - 1] if end - 1 > finite else None
        return end - 1 if last is not None and last.lower in PARTICLES and not _article(tokens[end - 2]) else end
    while i - 1 > finite:
        tok = tokens[i - 1]
        content = tok.word and not tok.capital and not tok.inside and not _function(tok) and not _article(tok)
        content = content and not time_word(tok)  # "… von heute eröffnet": a time word is no verb
        if not (content or tok.lower in BRACKET_AUXILIARIES):
            break
        # "verschüttet und tödlich verletzt worden": an adverb on the second of two participles stays with them
        joined = i - 2 > finite and tokens[i - 2].lower in ("und", "oder") and i < end and _verb_form(tokens[i])
        if i < end and tok.lower.endswith(_ADVERB_ENDINGS) and not joined:
            break  # "hat einstimmig | beschlossen": an adverb before the participle is no verb
        i -= 1
    # "… verschüttet und tödlich verletzt worden": two participles share the bracket
    before = tokens[i - 2] if i - 2 > finite else None
    if (
        before is not None
        and tokens[i - 1].lower in ("und", "oder")
        and before.word
        and not before.capital
        and not _function(before)
    ):
        i -= 2
    return i


def _clause_end(tokens: Sequence[Tok], finite: int) -> tuple[int, int, list[Phrase]]:
    """(tail, end, insertions): where the main clause stops (a comma before a clause opener, a colon, a dash),
    where the sentence's final punctuation stands, and the relative clauses inserted before the clause's end
    (", über den seit Jahren diskutiert wird," before "endgültig gestoppt")."""
    end = len(tokens)
    while end > 0 and not tokens[end - 1].word and not tokens[end - 1].number:
        end -= 1
    insertions: list[Phrase] = []
    i = finite + 1
    while i < end:
        tok = tokens[i]
        if not tok.inside and tok.text in ":;–—":
            return i, end, insertions
        if (
            tok.lower == "und"
            and not tok.inside
            and tokens[finite].lower not in FINITE_AUXILIARIES
            and (tokens[i - 1].lower, tokens[i + 1].lower if i + 1 < end else "") not in BINOMIALS
            and _second_verb(tokens, i + 1, end)
        ):
            return i, end, insertions  # "… beschäftigt acht Personen und stellt Geräte her": a second verb phrase
        if _compared_after(tokens, finite, i, end):
            return i, end, insertions  # "… so viele Kontakte gezählt | wie nie zuvor": what "so" compares with
        if not tok.inside and tok.text == "," and i + 1 < end and (_date_comma(tokens, i) or _adjectives(tokens, i, end)):
            i += 1
            continue
        if not tok.inside and tok.text == "," and i + 1 < end:
            nxt = tokens[i + 1]
            relative = nxt.lower in RELATIVE_PRONOUNS or (
                nxt.lower in PHRASE_PREPOSITIONS and i + 2 < end and tokens[i + 2].lower in RELATIVE_PRONOUNS
            )
            # a semicolon before the next comma ends the clause: "…, in dem Maria sitzt; Elisabeth …"
            close = next((k for k in range(i + 1, end) if tokens[k].text in ",;" and not tokens[k].inside), None)
            close = close if close is not None and tokens[close].text == "," else None
            if (
                close is not None
                and relative
                and not nxt.capital
                and _verb_final(tokens, close)
                and not ends_in_infinitive(tokens[i + 1 : close])
                and not _second_place_verb(tokens, i + 1, close)
                and _resumes(tokens, close, end, finite)
            ):
                insertions.append(Phrase(i, close + 1, "relative_clause"))
                i = close + 1
                continue
            if close is not None and _participial(tokens, i, close, end) and not _goes_on(tokens, close, end, finite):
                insertions.append(Phrase(i, close + 1, "participial_attribute"))  # ", finanziell unterstützt durch X,"
                i = close + 1
                continue
            if close is not None and _parenthetical(tokens, i, close, end):
                phrase = _phrase(tokens, i + 1, close)
                insertions.append(Phrase(i, close + 1, phrase.kind))  # "Da hatte, gegen 23 Uhr, der Andrang …"
                i = close + 1
                continue
            if tokens[finite].lower in SPEECH_VERBS and _reported_clause(tokens, i + 1, end):
                return i, end, insertions  # "sagte bei der Urteilsverkündung, | ein Vertrag … komme …"
            listed = nxt.lower in INDEFINITE  # ", einer Gesamthöhe von 241 Metern und …": a list goes on
            if not listed and ((nxt.lower in TAIL_OPENERS and not nxt.capital) or relative or not nxt.capital):
                return i, end, insertions
        i += 1
    return end, end, insertions


def _reported_clause(tokens: Sequence[Tok], start: int, end: int) -> bool:
    """From `start` to the next comma stands a verb in Konjunktiv I: the clause a verb of saying reports ("…, ein
    Vertrag komme schon durch das Einfahren zustande"), not an apposition or a list after the comma."""
    stop = next((k for k in range(start, end) if tokens[k].text == "," and not tokens[k].inside), end)
    return any(t.lower in SUBJUNCTIVE and not t.inside for t in tokens[start:stop])


def _compared_after(tokens: Sequence[Tok], finite: int, at: int, end: int) -> bool:
    """At `at`, after the participle or infinitive that closes the clause, "wie" opens what the "so" before it
    compares with ("hat so viele Kontakte gezählt wie nie zuvor"): a short phrase without a verb or a "und" of its
    own. (After "als", the comparative is read inside the clause, where it stays.)"""
    tok = tokens[at]
    if tok.inside or tok.lower != "wie" or tokens[finite].lower not in FINITE_AUXILIARIES:
        return False
    before = tokens[at - 1]
    verb = before.lower in BRACKET_AUXILIARIES or (before.word and not before.capital and not _function(before))
    if not (verb and at - 1 > finite):  # "… genommen worden | wie nie": an auxiliary closes the bracket too
        return False
    # "… gegeben wie nie zuvor: Die Polizei …": a colon or dash after it closes the comparison
    stop = next((k for k in range(at + 1, end) if tokens[k].text in ":;–—" and not tokens[k].inside), end)
    rest = tokens[at + 1 : stop]
    plain = not any(_finite_word(t) or t.lower in ("und", "oder") or t.text == "," for t in rest)
    # "wie noch nie seit Beginn der Aufzeichnungen": the comparison may say since when
    return any(t.lower == "so" for t in tokens[finite + 1 : at - 1]) and 0 < len(rest) <= 7 and plain


def _adjectives(tokens: Sequence[Tok], comma: int, end: int) -> bool:
    """A comma between two adjectives of one noun ("eine neue, vollautomatisierte Abfülllinie"), not the clause's
    end."""
    if comma < 2 or comma + 2 >= end:
        return False
    opener, before, after, noun = tokens[comma - 2], tokens[comma - 1], tokens[comma + 1], tokens[comma + 2]
    adjectives = all(t.word and not t.capital and not _function(t) and ATTRIBUTIVE.search(t.lower) for t in (before, after))
    return adjectives and _article(opener) and after.lower not in RELATIVE_PRONOUNS and noun.word and noun.capital


def _parenthetical(tokens: Sequence[Tok], comma: int, close: int, end: int) -> bool:
    """Tokens (comma, close] are one prepositional phrase set off by commas inside the clause, which goes on after
    it with a noun phrase ("Da hatte, gegen 23 Uhr, der Andrang …")."""
    first = tokens[comma + 1]
    if first.lower not in PHRASE_PREPOSITIONS or close + 1 >= end or tokens[comma + 2].lower in RELATIVE_PRONOUNS:
        return False
    after = tokens[close + 1]
    return (_article(after) or after.capital) and _phrase(tokens, comma + 1, close).end == close


def _second_place_verb(tokens: Sequence[Tok], start: int, close: int) -> bool:
    """Article, noun and then a finite auxiliary before the end: a main clause (", der Fahrer eines Lieferwagens
    konnte noch anhalten,"), not a relative clause, whose finite verb comes last (", der noch anhalten konnte,")."""
    if start + 2 >= close or not tokens[start + 1].capital:
        return False
    return any(tokens[k].lower in FINITE_AUXILIARIES for k in range(start + 2, close - 1))


def _verb_final(tokens: Sequence[Tok], close: int) -> bool:
    """The clause before the comma at `close` ends in a lowercase word, its verb: a relative clause does (", die
    zuvor verloren hatten,"), an apposition or a list does not (", die Eigenschaften von Gasen, …")."""
    last = tokens[close - 1]
    return last.word and not last.capital


def _date_comma(tokens: Sequence[Tok], comma: int) -> bool:
    """The comma at `comma` opens or closes a date in apposition ("heute, Dienstag, im …", "am Dienstag, 12.
    November, den …")."""
    for opening in (comma, comma - 2, comma - 3, comma - 4):  # the date is one to three words
        if opening < 1 or opening + 1 >= len(tokens) or tokens[opening].text != ",":
            continue
        date = opening + 1
        length = _date_length(tokens, date, len(tokens))
        if not time_word(tokens[opening - 1]) or not length:
            continue
        closing = date + length
        if closing < len(tokens) and tokens[closing].text == ",":
            return comma in (opening, closing)
    return False


# finite forms of "haben" and "sein", which take an infinitive with "zu" ("ist noch zu klären", "hat … zu zahlen")
_HABEN_SEIN = frozenset(["hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"])


def _resumes(tokens: Sequence[Tok], close: int, end: int, finite: int) -> bool:
    """After the comma at `close` the clause goes on: with its right bracket ("…, endgültig gestoppt"), or, after an
    auxiliary still waiting for it, with more Mittelfeld up to a bracket before the next comma ("hatten die
    Kölner, die …, das Spiel in den Griff bekommen")."""
    if close + 1 >= end:
        return False
    tok = tokens[close + 1]
    stop = next((k for k in range(close + 1, end) if tokens[k].text in ",:;–—" and not tokens[k].inside), end)
    # "an junge Leute vergeben, die sich verpflichten, | nach … zu arbeiten": an infinitive with "zu" completes the
    # inserted clause's verb, not the main clause's (but "ist, wie es heißt, noch zu klären")
    if ends_in_infinitive(tokens[close + 1 : stop]) and tokens[finite].lower not in _HABEN_SEIN:
        return False
    if tok.word and not tok.capital and not _article(tok) and tok.lower not in QUANTIFIERS and tok.lower not in TAIL_OPENERS:
        return True
    if tokens[finite].lower not in FINITE_AUXILIARIES or not (_article(tok) or tok.capital or tok.number):
        return False
    last = tokens[stop - 1]
    return last.word and not last.capital and not _function(last) and not _article(last)


def _goes_on(tokens: Sequence[Tok], close: int, end: int, finite: int) -> bool:
    """After the comma at `close` comes no more of the clause but the rest of a list ("finanziert von Kirchgemeinde,
    | Landeskirche, Denkmalpflege und …") or a clause of its own, whose verb a simple finite verb cannot have left
    waiting (", verteilt auf acht Jahre, | Gemeinden und private Eigentümer beteiligen sich …")."""
    after = tokens[close + 1 : close + 3]
    # a third member after the comma: "von Kirchgemeinde, | Landeskirche, …" (not "…, Wohnungen und Büros …")
    listed = len(after) == 2 and after[0].capital and after[1].text == ","
    if listed and tokens[close - 1].capital:
        return True
    if tokens[finite].lower in FINITE_AUXILIARIES:
        return False
    stop = next((k for k in range(close + 1, end) if tokens[k].text in ",:;–—" and not tokens[k].inside), end)
    # a verb, not an adjective before its noun ("mehrere Wohnungen von mutmaßlichen Schleppern")
    return any(_verb_form(tokens[k]) and not tokens[k + 1].capital for k in range(close + 2, stop - 1))


def _participial(tokens: Sequence[Tok], comma: int, close: int, end: int) -> bool:
    """Tokens (comma, close] are a participial phrase inserted in the Mittelfeld: it opens lowercase (not a clause
    opener), holds a participle and no finite verb, and a noun phrase follows it."""
    first, inside = tokens[comma + 1], tokens[comma + 1 : close]
    if close + 1 >= end or not first.word or first.capital or first.lower in TAIL_OPENERS or first.lower in RELATIVE_PRONOUNS:
        return False
    if first.lower in PRONOUNS:
        return False  # ", man holt sich einen Experten hinzu,": a clause with its own subject
    if any(t.text in ("–", "—", ":") for t in inside):
        # ", … an drei Standorten arbeiten – in Arbesbach,": a dash sets off a clause's end, no insertion; nor is what
        # a colon opens inside it (", dann flackert eine Familie über die Leinwand: drei Buben …,")
        return False
    if first.lower in VORFELD_LINKS | {"dann", "danach", "da"} and len(inside) > 1 and not inside[1].capital:
        return False  # ", dann flackert …": an adverb and its verb open a main clause of their own
    after = tokens[close + 1]
    opens_phrase = _article(after) or after.capital or after.number or after.lower in QUANTIFIERS
    participle = any(
        t.word and not t.capital and not _function(t) and t.lower.endswith(("t", "en")) and not _adverb_in_t_en(t.lower)
        for t in inside
    )
    return opens_phrase and participle and not any(t.lower in FINITE_AUXILIARIES for t in inside) and len(inside) > 1


def _second_verb(tokens: Sequence[Tok], i: int, end: int) -> bool:
    """The word at `i` (after "und") is a finite verb: lowercase, not a function word, not an adjective before its noun."""
    if i + 1 >= end:
        return False
    tok, nxt = tokens[i], tokens[i + 1]
    if not tok.word or tok.capital or tok.inside or _function(tok) or _article(tok):
        return False
    if ATTRIBUTIVE.search(tok.lower) and nxt.capital:
        return False
    # "und städtebaulich intakte Quartiere": an adverb before an adjective and its noun
    graded = i + 2 < end and tokens[i + 2].capital and nxt.word and not nxt.capital and ATTRIBUTIVE.search(nxt.lower)
    return not (graded and tok.lower.endswith(("lich", "ig", "isch", "bar", "sam", "haft")))


VERB_PREFIXES = ("be", "er", "ver", "zer", "ent", "emp", "miss")


def _verb_form(tok: Tok) -> bool:
    """A participle or infinitive that can close a clause ("genommen", "kritisiert", "festgenommen", "senken"), not
    an adverb or adjective ("deutlich", "gestern", "bekannte")."""
    lower = tok.lower
    if not tok.word or tok.capital or tok.inside or _function(tok) or time_word(tok):
        return False
    weak = lower.endswith("t") and ("ge" in lower[:-2] or lower.startswith(VERB_PREFIXES) or lower.endswith("iert"))
    return weak or lower.endswith(("en", "ern", "eln"))


SHARED_AUXILIARIES = frozenset(["werden", "worden", "sein", "haben", "lassen"])


# Fixed pairs joined by "und" ("weit und breit", "ab und zu"): one adverb, no second verb phrase after "und".
BINOMIALS = frozenset(
    [("weit", "breit"), ("ab", "zu"), ("hin", "wieder"), ("nach", "nach"), ("dann", "wann"), ("kreuz", "quer")]
    + [("ganz", "gar"), ("voll", "ganz"), ("nie", "nimmer"), ("hin", "her"), ("auf", "ab"), ("fix", "fertig")]
)


def second_predicate(clause: Clause) -> int | None:
    """Where "und" opens a second predicate of the clause's subject, with its own verb: "hat X kritisiert [und Y
    gefordert]", "hat die Hürde genommen [und steht in der dritten Runde]"; None when there is none.

    The first predicate must close on a participle or infinitive after an auxiliary or modal, so what is left
    without the second is a whole clause; "oder" is not read, since dropping an alternative changes the claim."""
    tokens, middle = clause.tokens, clause.mittelfeld
    if tokens[clause.finite].lower not in FINITE_AUXILIARIES:
        return None
    for k in range(1, len(middle) - 1):
        at, before = middle[k], middle[k - 1]
        single = at.end - at.start == 1 and before.end - before.start == 1
        if not single or tokens[at.start].lower != "und" or not _verb_form(tokens[before.start]):
            continue
        if _article(tokens[before.start - 1]):
            return None  # "die Tötung einer norwegischen und einer chinesischen Geisel": an adjective, no verb
        start, stop = clause.bracket
        if stop - start >= 2 and tokens[stop - 1].lower in SHARED_AUXILIARIES:
            return None  # "sollen X finanziert und Y gedeckt werden": "werden" closes both predicates
        own_verb = start < stop or _second_verb(tokens, at.start + 1, clause.end)
        return at.start if own_verb else None
    return None


def named_or_counted(tokens: Sequence[Tok], start: int, end: int) -> int:
    """Numbers and names between `start` and `end` ("bis 2018", "in Malta", "für Dinamo Zagreb"): what makes a
    predicate news rather than its frame ("setzt den Rotstift an")."""
    return sum(tokens[i].number for i in range(start, end)) + len(name_positions(tokens, start, end))


def takes(noun: Tok, preposition: str) -> bool:
    """The noun, also as the last part of a compound, takes a phrase with this preposition ("Streit | um …",
    "Umgang | mit …"; noun_objects.txt): that phrase belongs to it."""
    if not noun.capital or noun.inside:
        return False
    word = noun.lower.rsplit("-", 1)[-1]
    return any(word.endswith(n) and preposition in p for n, p in NOUN_OBJECTS.items())


def name_positions(tokens: Sequence[Tok], start: int, end: int) -> frozenset[int]:
    """The names between `start` and `end`: capitalised words after no article or adjective ("in Malta", "gegen
    Bürgermeister Karl Gruber")."""
    found = []
    for i in range(start, end):
        tok, before = tokens[i], tokens[i - 1] if i > 0 else None
        bare = before is None or not (
            _article(before) or (before.word and not before.capital and ATTRIBUTIVE.search(before.lower))
        )
        if tok.word and tok.capital and not tok.inside and bare:
            found.append(i)
    return frozenset(found)


def verbless(text: str) -> bool:
    """No lowercase word outside quotes that could be a verb, only capitalised words, numbers and function words: a
    caption, a list or a headline line ("Raum 2.14 der Volkshochschule, Kurs B1, 17 Teilnehmende aus elf Ländern.",
    "Mehr als 300 Tote nach Erdbeben."). A quote with only its speaker ("„Wir schaffen das“, so Merkel.") and a
    question that opens with its verb ("Stimmt das?") read so too: neither says in the outlet's voice what happened,
    which is what the nut graf asks. Looser than `is_clause`, which reads only the clauses its rules know."""
    return not any(
        t.word and not t.capital and not t.inside and (_finite_word(t) or not (_function(t) or t.lower in NUMERALS))
        for t in tokenize(text)
    )


def is_clause(text: str) -> bool:
    """The text is a declarative main clause these rules can read (a finite verb in second place), not a fragment
    or caption ("Ende Januar am Bahnhof Lienz.")."""
    return analyse(tokenize(text)) is not None


def analyse(tokens: Sequence[Tok]) -> Clause | None:
    """The fields of the sentence's main clause, or None when it is not a declarative verb-second clause that
    these rules can read (a quotation, a question, a fragment)."""
    if len(tokens) < 4 or tokens[0].inside or not (tokens[0].word or COUNT.match(tokens[0].text)):
        return None
    first = tokens[0].lower
    # "Während des Besuchs …": a preposition before a genitive, not the conjunction ("Während die Regierung …, …")
    preposition = first in PHRASE_PREPOSITIONS and tokens[1].lower in GENITIVE_ARTICLES
    # "Um halb sieben dreht sie …": "um" opens a clause only with its "zu" ("Um das Ziel zu erreichen, …")
    before_comma = list(takewhile(lambda t: t.text != ",", tokens[1:]))
    preposition = preposition or (first == "um" and not any(t.lower == "zu" or "zu" in t.lower[2:] for t in before_comma))
    # "Als Konsequenz sollen …": "als" before a noun and the finite verb is a preposition, not "Als Merkel kam, …"
    preposition = preposition or (first == "als" and tokens[1].capital and _finite_word(tokens[2]))
    free = first == "wer"  # "Wer eine Wohnung vermietet, soll …": a free relative clause, the subject
    if (first in SUBORDINATORS or free) and not _finite_word(tokens[1]) and not preposition:  # "Da hatte …": an adverb
        commas = [i for i, t in enumerate(tokens) if t.text == "," and not t.inside]
        # "Wer, wie viele Pendler, täglich fährt, zahlt …": a free relative clause ends with its verb, and the main
        # clause's verb follows the comma
        finite_after = [
            i
            for i in commas
            if free
            and i + 1 < len(tokens)
            and _verb_final(tokens, i)
            and tokens[i + 1].word
            and not tokens[i + 1].capital
            and not _function(tokens[i + 1])
        ]
        comma = finite_after[0] if finite_after else commas[0] if commas else None
        if comma is None or comma + 2 >= len(tokens) or not _finite_word(tokens[comma + 1]) and tokens[comma + 1].capital:
            return None
        if _function(tokens[comma + 1]) and not _finite_word(tokens[comma + 1]):
            return None  # no verb after the clause: not "Wenn …, muss …"
        finite = comma + 1
        kind = "subject" if free else "condition" if first in CONDITIONS else "clause"
        vorfeld: tuple[Phrase, ...] = (Phrase(0, comma + 1, kind),)
    else:
        inserted: list[Phrase] = []
        found = _finite(tokens, 1, inserted)
        if found is None:
            return None
        finite = found
        vorfeld = tuple(phrases(tokens, 0, finite, inserted))
    tail, end, insertions = _clause_end(tokens, finite)
    if end <= finite:
        return None
    bracket = _bracket(tokens, finite, tail)
    if insertions and insertions[-1].end > bracket:
        bracket = max(insertions[-1].end, min(bracket + 1, tail)) if bracket < insertions[-1].end else bracket
    middle = phrases(tokens, finite + 1, bracket, insertions)
    subject = vorfeld[0] if vorfeld and vorfeld[0].kind == "subject" else _subject(vorfeld, middle, tokens)
    agent = _agent(tokens, subject, bracket, tail) if subject is not None and subject in middle else None
    if subject is not None and agent is not None:
        at = middle.index(subject)
        subject = Phrase(subject.start, agent, subject.kind)
        middle = [*middle[:at], subject, Phrase(agent, middle[at].end, "prepositional"), *middle[at + 1 :]]
    # "Den Investoren zeigen, dass …": an infinitive after its object, no clause
    oblique = len(vorfeld) == 1 and vorfeld[0].kind == "noun" and first in ("den", "dem", "einem")
    bare = oblique and subject is None and not _finite_word(tokens[finite]) and tokens[finite].lower.endswith("en")
    if bare and not any(p.kind in ("noun", "coordination", "pronoun") for p in middle):
        return None
    if subject is not None:
        middle = [Phrase(p.start, p.end, "subject") if p == subject else p for p in middle]
        vorfeld = tuple(Phrase(p.start, p.end, "subject") if p == subject else p for p in vorfeld)
        subject = Phrase(subject.start, subject.end, "subject")
    return Clause(tokens, vorfeld, finite, tuple(middle), (bracket, tail), tail, end, subject)


def _agent(tokens: Sequence[Tok], subject: Phrase, bracket: int, tail: int) -> int | None:
    """Where the agent of a passive starts inside what was read as the subject ("ein Kassenwart | vom Landgericht
    Bielefeld … verurteilt worden"): a "von"/"vom" phrase there is who did it, not the subject's attribute."""
    passive = any(t.lower in ("worden", "werden") for t in tokens[bracket:tail])
    if not passive:
        return None
    for k in range(subject.start + 2, subject.end - 1):
        after_name = tokens[k - 1].text in FIRST_NAMES  # "Walther von Goethe": a name particle
        if tokens[k].lower in ("von", "vom") and tokens[k + 1].capital and not after_name:
            return k
    return None


def _subject(vorfeld: Sequence[Phrase], middle: Sequence[Phrase], tokens: Sequence[Tok]) -> Phrase | None:
    """The subject: a Vorfeld noun phrase, else the first noun phrase in the Mittelfeld that can be nominative."""
    if vorfeld and vorfeld[0].kind in ("noun", "coordination", "pronoun") and _nominative(tokens, vorfeld[0]):
        return vorfeld[0]
    for k, phrase in enumerate(middle):
        if phrase.kind == "pronoun" and tokens[phrase.start].lower in NOMINATIVE_PRONOUNS:
            return phrase  # "Am Montag hat er …": the pronoun is the subject
        if phrase.kind in ("noun", "coordination"):
            # "holt die Ministerin | einer der größten Fehler ein": a partitive pronoun after it may be the
            # subject instead; unsure, so none
            partitive = any(
                tokens[p.start].lower in ("einer", "eines") and p.start + 1 < len(tokens) and _article(tokens[p.start + 1])
                for p in middle[k + 1 :]
            )
            return phrase if _nominative(tokens, phrase) and not partitive else None
        if phrase.kind not in ("pronoun", "adverb", *ADVERBIAL):
            return None
    return None


def _nominative(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    tok = tokens[phrase.start]
    lower = tok.lower
    if lower in NOMINATIVE or lower in PRONOUNS:
        return True
    if tok.word and lower.endswith(("e", "er", "es")) and phrase.end - phrase.start > 1 and tokens[phrase.start + 1].capital:
        return True  # "haben türkische Sicherheitskräfte …", "neues Leben": a bare noun with a strong adjective
    return not _article(tok) and (tok.capital or tok.number or lower in QUANTIFIERS or lower in NUMERALS or lower in DEGREE)


# Particles of separable verbs, and the adjectives and adverbs that join a verb the same way ("stillzulegen",
# "sicherzustellen", "kennenzulernen").
ZU_PREFIXES = PARTICLES | {"still", "sicher", "offen", "fertig", "bereit", "hoch", "kennen", "klar", "gut", "schwer"}


def ends_in_infinitive(segment: Sequence[Tok]) -> bool:
    """The segment ends in an infinitive with "zu" ("… zu senken", "… anzuheben")."""
    last = segment[-1]
    return last.word and not last.capital and ((len(segment) > 1 and segment[-2].lower == "zu") or zu_infix(last.lower))


def zu_infix(word: str) -> bool:
    """A separable verb's infinitive with "zu" inside it: "einzuschreiten", "anzuheben", "stillzulegen"."""
    return any(word.startswith(p + "zu") and len(word) > len(p) + 4 and word.endswith("n") for p in ZU_PREFIXES)
