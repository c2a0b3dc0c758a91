"""Compression for a hard character budget (a push notice, a meta description): deletion over German syntax.

`kurz.methods.compress` removes what punctuation shows (brackets, appositions, trailing clauses). A push of
120 characters from a 30-word lead needs more: the main clause's fields (kurz.text.syntax) tell which phrases
are adjuncts. Deletions come in a fixed order, each step cumulative, so that the longest form that fits is the
one with the least taken out; a deletion whose form `kurz.methods.forms` refuses is left out, and the later ones
are tried without it:

1. a clause after the main clause: a relative clause, an adverbial clause, an announcement after an
   indicative clause (", teilte X mit", ", wie X bekanntgab"), and what follows a speaker (", sagte X am Montag");
   a second sentence after a colon goes only at step 5, and never after a clause announcing it ("Eines steht fest:");
   an apposition in the Vorfeld ("Wien Energie, größter Versorger des Landes, hat …");
2. time adverbials (with a particle before them: "noch diesen Sommer") and sources ("nach Angaben der Polizei") in
   the Mittelfeld, attributes inside the Vorfeld, examples after a noun ("Grundnahrungsmittel wie Brot, Milch und
   Gemüse", "Extremisten wie dem IS");
3. local adverbials;
4. other prepositional adjuncts, "als" phrases the verb does not take, relative clauses inside the clause,
   attributes of the subject, the role before a name in apposition ("[Der russische Botschafter in Wien,] Sergej Netschajew[,] wird …");
5. the Vorfeld itself, when it is an adverbial (or a time measured from an event: "Drei Jahre nach dem Urteil",
   whose "nach" phrase never goes alone): the subject moves to the front, with what hangs on it and the particle
   that focuses it ("Nur drei Abgeordnete …"), as an editor would write it; where it cannot move (a subject
   before "und", a verb like "kommen" that needs its place), the Vorfeld stays; and a second predicate after "und"
   ("hat X kritisiert [und Y gefordert]", `kurz.text.syntax.second_predicate`), never one after "oder";
6. prepositional adjuncts that hold a number, an amount after a noun, the origin before a named person, a first
   name after a role ("Bundeskanzler [Werner] Faymann"), an abbreviation after its full name;
7. a participial attribute between an article and its noun ("die [bisher unter Verschluss gehaltene] Studie"; not
   a superlative, which restricts the noun), and an adverb of intensity ("[scharf] kritisiert", `intensifiers.txt`).

What always stays: the subject, the finite verb, the right bracket, every noun phrase (objects), the phrase that
closes the Mittelfeld (the verb's closest complement: "vor einem Mangel … gewarnt"), unless it is a time or place,
a negation and everything after it in the clause (its scope), a condition ("Wenn …, muss …"; ", wenn …"), the
speaker of reported speech or of a verb of saying and what it says, and a number with its unit. So does what
restricts the claim (a relative clause after "nur" or "diejenigen", "Menschen mit …", "Auf vielen Standorten"),
what "und", "oder", "sowie" and "sowohl … als auch" join inside a phrase, and a place that a verb like "stehen" needs. So do a
verb's prepositional object ("warnt vor …", `prepositional_objects.txt`), the phrase after a definite noun that says
which one is meant ("Der Vertrag zwischen …"), a measure before its adjective ("80 Jahre alt"), a time counted from
another ("einen Tag später"), a clause after a negated main clause, the place a count, share or rate is given for
("In Syrien sind 65 Menschen …", "Der Anteil der Raucher in den USA …", "In Villach ist die Zahl …"), the "als" phrase
after "mehr" or a comparative ("höher als in der Gesamtbevölkerung"), what a noun is about ("in der Affäre | um die
Vergabe", "den Umgang Israels | mit …", `noun_objects.txt`; also a Vorfeld: "Gegen X sind Ermittlungen …"), the
clause that says which manner is meant ("Die Art, wie …, ähnelte …"), where a way ends ("von Kenia | nach Europa"), a name in the Vorfeld that the clause
calls back by a role or as "des Landes" (until that noun goes), the "wie"
phrase after "so" ("so deutlich … wie seit einem Jahr nicht mehr"), a counted time in the Vorfeld ("Zum zwölften Mal
…"), the phrase after "je" ("je nach Bundesland"), and the noun an amount that stays measures ("in Höhe | von zwei
Milliarden Euro"), a qualifier ("in der Regel", "im Schnitt", `qualifiers.txt`), a duration ("für mindestens zwei
Jahre") and what is yet to come ("bald"), a firm's name up to its legal form ("Die Werke am Jurasüdfuss AG",
`legal_forms.txt`), and a measure's amount ("eine Kapazität von 48 Megawattstunden"). A head whose subject is a bare
decision ("Nach langer Debatte ist die Entscheidung gefallen: …") announces the clause after its colon, which may
then stand alone. A relative clause goes with the source inside it, a phrase after a reason's noun with the reason
("wegen des Vorwurfs der Untätigkeit bei der Grenzsicherung"). Where a finite auxiliary follows a phrase that runs
over a comma ("…, Fürth hatte …"), the parser missed a main clause, and nothing is cut; nor where a phrase ends in its
article before a preposition or a number ("gegen die | nach … ausmachende Steuervermeidung": an attribute too long for
the parser). `kurz.methods.forms` refuses the forms that would not read as German (a torn noun phrase or
coordination, a lost bracket, no main clause), and every form that a hard budget would use is also checked by the
fact guard against its sentence (kurz.methods.base).

A reordered sentence keeps the article's own words: its `pieces` are listed in the order they are read (subject
first), each still `text[start:end]`; the sentence's text is the pieces joined, its first letter capitalised
(`kurz.summary.join_pieces`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kurz.document import Sentence, Span
from kurz.facts.claims import HEDGE_WORDS
from kurz.facts.fold import fold
from kurz.methods.compress import without_asides
from kurz.methods.forms import BODY_NAMES, COORDINATORS, FOCUS_PARTICLES, moves_with_subject, render
from kurz.summary import join_pieces
from kurz.text.attribution import has_speaker, needs_speaker
from kurz.text.cohesion import FIRST_NAMES, GENERIC_NOUNS, refers_back
from kurz.text.datelines import dateline_length
from kurz.text.lexicon import (
    ADVERBIAL_SUBORDINATORS,
    AUXILIARIES,
    CONTRACTIONS,
    DEMONSTRATIVES,
    NEGATIONS,
    NUMERALS,
    PERSON_ENDINGS,
    PRONOMINAL_ADVERBS,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STOP_WORDS,
    SUBJUNCTIVE,
    SUBORDINATORS,
)
from kurz.text.nouns import common_nouns, is_common_noun, is_noun_or_compound
from kurz.text.syntax import (
    ADVERBIAL,
    ARTICLES,
    ATTACHED,
    ATTRIBUTIVE,
    BOUNDS,
    DEGREE,
    FINITE_AUXILIARIES,
    FOCUSED,
    GROWING,
    INDEFINITE,
    INTENSIFIERS,
    LIGHT_VERB_NOUNS,
    NOMINATIVE_PRONOUNS,
    PARTICLES,
    PHRASE_PREPOSITIONS,
    PRONOUNS,
    QUANTITIES,
    VORFELD_LINKS,
    YEAR,
    Clause,
    Phrase,
    Tok,
    analyse,
    ends_in_infinitive,
    name_positions,
    named_or_counted,
    participial_attributes,
    phrases,
    second_predicate,
    takes,
    time_word,
    tokenize,
    verbless,
)
from kurz.text.tokens import WORD
from kurz.text.wordlists import word_list

ANNOUNCEMENTS = word_list("announcement_verbs")
FORWARD = word_list("forward_words")
# What in a head before a colon doubts or qualifies the clause after it (folded): "Es ist nur ein Gerücht: …".
DOUBTING = frozenset(
    ["gerücht", "gerüchte", "verdacht", "vermutung", "vermutungen", "spekulation", "spekulationen", "behauptung"]
    + ["vorwurf", "vorwürfe", "gilt", "galt", "falsch", "falschmeldung", "lüge", "gelogen", "aprilscherz", "fake"]
    + ["unbestätigt", "befürchtung", "hoffnung", "wäre", "würde"]
)
DOUBTING |= {w for w in HEDGE_WORDS if w.endswith(("lich", "bar", "weise")) or w in ("wohl", "vielleicht")}
SHORT_HEAD = 4  # words of a head before a colon that only announces ("So viel ist klar:")
# What follows a decision's colon is what was decided, a fact; what follows a plan's, claim's or demand's is not.
DECISIONS = frozenset(["Entscheidung", "Entscheidungen", "Beschluss", "Beschlüsse"])
DECIDED = frozenset(["entschieden", "beschlossen"])
THIRD_PERSON = frozenset(["er", "sie", "ihn", "ihm", "ihr", "ihnen"])
# "für diese Arbeit", "für jene Leistung"
DEMONSTRATIVE = frozenset(f"{stem}{end}" for stem in ("dies", "jen") for end in ("e", "er", "en", "em", "es"))
RECEIVES = frozenset(["erhält", "erhalten", "erhielt", "erhielten", "bekommt", "bekommen", "bekam", "bekamen"])
PRIZES = ("preis", "prix", "auszeichnung", "medaille", "award", "orden", "ehrung", "stipendium", "ehrenbürgerschaft")
HONOURS = word_list("honour_verbs")
HEADS = tuple(BODY_NAMES)  # "der Grosse Rat", "das Statistische Amt": the head that ends a body's name
GRADED = frozenset(["so", "zu"]) | DEGREE  # "zehnmal so | viele Besucher": a degree before the subject is its own
CORRELATIVES = frozenset(["sowohl", "weder", "entweder"])
PASSIVE = frozenset(["wird", "werden", "wurde", "wurden", "worden"])
W_WORDS = frozenset(["was", "wer", "wie", "wo", "wann", "warum", "weshalb", "wohin", "woher", "je"])
# what turns or updates what the first clause said ("…, heute sind es …", "…, hat ihn jedoch abgelehnt")
TURNING = frozenset(["jedoch", "aber", "allerdings", "doch", "trotzdem", "dennoch", "nun", "heute", "inzwischen"])
TURNING = TURNING | {"mittlerweile", "jetzt", "stattdessen", "sondern"}
PAIRED = frozenset(["zwar", "einerseits", "behaupten", "behauptet", "meinen", "meint", "glauben", "glaubt"])
DEFINITE = frozenset(["der", "die", "das", "dem", "den", "des"])
# "80 Jahre alt", "zwei Meter hoch": a measure before its adjective; "einen Tag später": a time counted from another
MEASURED = frozenset(["alt", "jung", "hoch", "breit", "tief", "weit", "schwer", "groß", "dick"])
# Prepositions of a time phrase that is no verb's object ("vor zwei Jahren", not "zu 15 Jahren verurteilt").
TIME_PREPOSITIONS = frozenset(["am", "im", "in", "an", "vor", "nach", "seit", "bis", "ab", "um", "binnen", "innerhalb"])
# "dritten", "12.": a count that a time or "in Folge" frames; "wichtigsten": a superlative that restricts its noun.
ORDINAL = re.compile(
    r"(?:\d+\.|(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft|\w+zehnt|\w+zigst)(?:e|en|er|es|em))$"
)
SUPERLATIVE = re.compile(r"\wst(?:e|en|er|es|em)$")
AGENTS = frozenset(["von", "vom", "durch"])  # "von der Zeitung veröffentlicht": who did it
PLACES = frozenset(["in", "aus", "nach"])  # "in Nordkorea festgenommen": where
SOON = frozenset(["bald", "demnächst", "kürze"])  # "bald", "demnächst", "in Kürze": it has not happened yet
TIME_PARTICLES = frozenset(["noch", "erst", "schon", "bereits"])  # before a time only: "schon [bisher] nicht" is torn
PHRASE_ADVERBS = frozenset(["kurz", "allein", "gemeinsam", "unmittelbar", "direkt", "gleich", "knapp", "mitten"])
COUNTED_FROM = frozenset(["später", "früher", "zuvor", "danach", "vorher", "darauf"])
# Words that make the relative clause after them part of what is said ("nur für den Teil der Rente, der …",
# "diejenigen, die …"): it stays.
RESTRICTING = word_list("restricting_words")
LOCATIVE_VERBS = word_list("locative_verbs")
EVENT_VERBS = word_list("event_verbs")
# preposition -> stems of the verbs whose object it opens ("warn" for "vor"); contractions read as their preposition
_PAIRS = [pair.replace("_", " ").split(":") for pair in word_list("prepositional_objects")]  # "sieht_ab": "sieht … ab"
GOVERNED = {preposition: frozenset(stem for stem, p in _PAIRS if p == preposition) for _, preposition in _PAIRS}
CONTRACTED = {"am": "an", "ans": "an", "im": "in", "ins": "in", "zum": "zu", "zur": "zu", "vom": "von", "aufs": "auf"}
CONTRACTED |= {"beim": "bei", "fürs": "für", "ums": "um", "übers": "über"}
# Words that attribute what the sentence says ("laut", "nach Angaben", "sagte", "teilte … mit"): a deletion that
# holds one is refused, so the speaker stays wherever the article attributes its claim (what kurz.guard checks).
ATTRIBUTION = SPEECH_VERBS | word_list("attribution_in_phrases")
SAYING = ATTRIBUTION | ANNOUNCEMENTS  # what closes a clause that only attributes: "Wie die Polizei mitteilte, …"
GOVERNING = PHRASE_PREPOSITIONS | {"als", "wie"}  # what opens a verb's object: "warnt vor …", "gilt als …", "sah aus wie …"
STATISTICS = frozenset(["Anteil", "Zahl", "Quote", "Rate", "Anzahl", "Durchschnitt", "Inflation", "Arbeitslosigkeit"])
GIVES = frozenset(["gibt", "gab", "gäbe", "geben", "gaben", "gegeben"])
COMPARATIVES = frozenset(["mehr", "weniger"])  # "mehr Fahrräder … als im Vorjahreszeitraum"
PERIODS = frozenset(["quartal", "halbjahr", "geschäftsjahr", "saison", "vorjahreszeitraum", "berichtszeitraum"])
PLACE_NOUNS = frozenset(["Land", "Landes", "Stadt", "Gemeinde", "Region", "Staat", "Staates"])  # "dem Land": which?
LAST = 8  # a deletion tried only when all others were not enough
# the last parts of nouns that count a time: "Spieltage", "Runden", "Minute", "Wochen", "Jahre"
MEASURED_TIMES = tuple(
    ["tag", "tage", "tagen", "runde", "runden", "minute", "minuten", "stunde", "stunden", "woche", "wochen"]
    + ["monat", "monate", "monaten", "jahr", "jahre", "jahren", "sekunde", "sekunden"]
)
COPULAS = frozenset(["ist", "sind", "war", "waren", "wäre", "wären", "sei", "seien", "bleibt", "blieb"])
ADDITIVE = re.compile(r"(?:auch|ebenfalls|weiter(?:e|en|er|es|em)|zweit(?:e|en|er|es|em))$")
EXAMPLES = 2  # examples after a noun ("Grundnahrungsmittel wie Brot, Milch und Gemüse") go with the times
# Phrase kinds by the step in which they go (see the module's docstring).
STEPS = {"temporal": 2, "source": 2, "local": 3, "causal": 4, "manner": 4, "prepositional": 4}
STEPS |= {"relative_clause": 4, "participial_attribute": 4}
# Prepositions whose phrase may hang on the noun before it ("ein Mangel an Pflegekräften", "Streit zwischen …").
ATTACHING = word_list("attaching_prepositions")
ATTACHING_AFTER_NOUN = ATTACHED | {"über"}  # "ein Hilfspaket über 95 Milliarden Dollar"
# Nouns that only an amount fills ("Kosten von 31 Millionen Euro", "eine Kapazität von 48 Megawattstunden"), also as
# a compound's last part ("Baukosten", "Gesamtschaden", "Bau-Kosten"). Not a penalty: "zu einer Freiheitsstrafe
# verurteilt" is the news without its months, and a push that keeps them mostly does not fit.
AMOUNT_NOUNS = frozenset(
    ["Kosten", "Schaden", "Summe", "Betrag", "Höhe", "Wert", "Volumen", "Umfang", "Defizit", "Durchsatz"]
    + ["Kapazität", "Leistung", "Länge", "Fläche", "Gewicht", "Größe", "Reichweite", "Dauer", "Zeitraum", "Frist", "Strecke"]
    + ["Umsatz", "Gewinn", "Verlust", "Erlös", "Überschuss", "Fehlbetrag", "Budget", "Etat"]
)
AMOUNT_TAILS = tuple(noun.lower() for noun in AMOUNT_NOUNS)  # as a compound's last part
ROLE_TAILS = tuple(noun.lower() for noun in ROLE_NOUNS)  # "Verkehrsminister", "Landespolizeidirektor"
OFFICES = tuple(word_list("offices"))
FIRM_NOUNS = tuple(word_list("firm_nouns"))  # "[Sachsens Innenminister] Armin Schuster": an office may go before a full name
QUALIFIERS = [tuple(q.split("_")) for q in sorted(word_list("qualifiers"))]
# Legal forms after a firm's name ("Die Rhätische Speicherwerke AG"): part of the name, no abbreviation of it.
LEGAL_FORMS = word_list("legal_forms")
# Kinds that are never the verb's closest complement, wherever they stand.
ADJUNCTS = ("temporal", "local", "source", "manner", "causal", "relative_clause", "participial_attribute", "adverb", "pronoun")
STEPPED = ("prepositional", "local", "causal")  # phrases that may hang on the noun of the phrase before
ADVERBIAL_VORFELD = ("temporal", "source", "local", "causal", "manner", "prepositional", "adverb")


@dataclass(frozen=True, slots=True)
class Cut:
    """Tokens to delete together, the step they belong to, and whether the subject then moves to the front."""

    step: int
    tokens: frozenset[int]
    refill: bool = False
    # A whole relative clause: an attribution inside it ("…, der nach ihren Angaben …") speaks for that clause
    # only, so it may go together with it.
    closed: bool = False
    # Tokens an earlier cut took that come back with this one: "[Sachsens Innenminister] Armin Schuster" once
    # "Innenminister [Armin] Schuster" was still too long.
    restores: frozenset[int] = frozenset()


def compressions(sentence: Sentence) -> list[tuple[Span, ...]]:
    """Ever shorter forms of the sentence, longest first, each made by deleting phrases over its syntax; empty
    when its main clause cannot be read. After a decision with no object of its own ("Der Stadtrat hat
    entschieden: Das Archiv zieht …"), the forms that keep who decided come first, then those of what was
    decided alone."""
    kept, tokens, piece_of = _read(sentence)
    announced = _announced(tokens)
    decided = 0 if announced else _decided(tokens)
    out = _compressions(sentence, kept, tokens[announced:], piece_of[announced:], announced)
    if decided:
        alone = _compressions(sentence, kept, tokens[decided:], piece_of[decided:], decided)
        out += [f for f in alone if not out or _length(f) < _length(out[-1])]
    return out


def announced(sentence: Sentence) -> tuple[Span, ...] | None:
    """The clause after the colon, whole, where what comes before only announces it ("Es war der 14. Sieg im 16.
    Spiel, und es war der wichtigste: Mit einem 3:1 … haben die Damen des VC Ennstal … fixiert"); else None. A
    teaser that cannot take the whole sentence takes the news without its run-up."""
    if ":" not in sentence.content.text:
        return None  # the common case, settled before the sentence is read
    _, tokens, piece_of = _read(sentence)
    start = _announced(tokens, strict=True)
    clause = analyse(tokens[start:]) if start else None
    if clause is None:
        return None
    pieces = render(sentence, clause, piece_of[start:], set(), False)
    if pieces is None or _lowercase(pieces):
        return None
    news = join_pieces(pieces)
    # the clause must stand without its head: not "Drei Fonds, die sich dessen Firma … zuordnen lassen, …", nor
    # speech whose speaker the head named, nor a clause that speaks of whom the head named ("Neuer Wirbel um
    # Bürgermeisterin Anna Huber: Die ÖVP fordert ihren Rücktritt.")
    owner = _speaks_of_before(tokens, start)
    return None if owner or refers_back(news) or (needs_speaker(news) and not has_speaker(news)) else pieces


def _compressions(
    sentence: Sentence, kept: tuple[Span, ...], tokens: list[Tok], piece_of: list[int], announced: int
) -> list[tuple[Span, ...]]:
    """The forms of `compressions` for the tokens from where the sentence is read on (`announced` tokens in)."""
    clause = analyse(tokens)
    kicker = _kicker(clause)
    if kicker:  # "Aufatmen bei den Unis - nach hartem Ringen haben Bund und Länder …"
        tokens, piece_of = tokens[kicker:], piece_of[kicker:]
        announced += kicker
        clause = analyse(tokens)
    subject = clause.subject if clause is not None else None
    if clause is not None and subject is not None and _second_is_news(clause):  # "Kurz [setzt … an und] schließt …"
        keep = [*range(subject.start, subject.end), *range(clause.tail + 1, len(tokens))]
        second = analyse([tokens[i] for i in keep])
        if second is not None:  # else the sentence is read whole, as before
            # the second predicate is a piece of its own: the words before it went
            piece_of = [piece_of[i] + (i >= subject.end) * len(kept) for i in keep]
            tokens, clause = list(second.tokens), second
            announced += 1
    fields = (*clause.vorfeld, *clause.mittelfeld) if clause is not None else ()
    if (
        clause is None
        or any(_lone_wie(tokens, p) or _open_article(tokens, p) or _lone_article(tokens, p) for p in fields)
        or any(_stray_verb(tokens, a, b) for a, b in zip(fields, fields[1:]))
        or _comparative_finite(clause)
        or _second_finite(clause)
    ):
        return []  # "schildern wie es früher war" (no comma): a clause read as phrases, so nothing is sure
    introduced, caller = _introduced(clause)
    contrasted = _contrasted(tokens, fields)
    unmovable = _holds_object(clause) or _partitive(clause)  # the subject may not move to the front
    linked = clause.finite == 1 and tokens[0].lower in VORFELD_LINKS
    pending = sorted(
        (
            c
            for c in _cuts(clause)
            if (c.closed or not (_attributes(tokens, c.tokens) or _qualifies(tokens, c.tokens)))
            and not _names_firm(tokens, c)
            and not (c.refill and unmovable)
            and not _focused(tokens, c)
        ),
        # a linking adverb alone in the Vorfeld ("Nun hat …") goes first: every form with it would point back
        key=lambda c: (0 if c.refill and linked else c.step, -len(c.tokens), min(c.tokens)),
    )
    whole = render(sentence, clause, piece_of, set(), False) if announced else None
    out: list[tuple[Span, ...]] = [whole] if whole is not None and not _lowercase(whole) else []
    deleted: set[int] = set()
    refill = False
    # deletions that wait for another to go first: of a name that a noun still in the sentence calls back, and of a
    # side of a comparison whose "wie" or "als" still stands
    held: list[Cut] = []

    def waits(cut: Cut) -> bool:
        gone = deleted | cut.tokens
        named = caller not in gone and not cut.tokens.isdisjoint(introduced) and not _given_name(tokens, cut)
        compared = any(
            (than not in gone and not cut.tokens.isdisjoint(sides)) or (than in cut.tokens and not own <= cut.tokens)
            for than, own, sides in contrasted
        )  # a comparison goes only whole, and its other side only after it
        return named or compared

    while pending:
        cut = pending.pop(0)
        if waits(cut):
            held.append(cut)
            continue
        gone = (deleted | cut.tokens) - cut.restores
        pieces = render(sentence, clause, piece_of, gone, refill or cut.refill)
        if pieces is None:
            continue  # a deletion that breaks the form is left out (a Vorfeld whose subject cannot move stays)
        deleted = gone
        refill = refill or cut.refill
        ready = [c for c in held if not waits(c)]
        pending[:0], held = ready, [c for c in held if c not in ready]
        # after a kicker, "nach hartem Ringen haben …" is no sentence opening; it waits for the subject to move
        if (not out or _length(pieces) < _length(out[-1])) and not (announced and _lowercase(pieces)):
            out.append(pieces)
    return out


def _read(sentence: Sentence, form: tuple[Span, ...] | None = None) -> tuple[tuple[Span, ...], list[Tok], list[int]]:
    """The sentence without its asides (or the given form of it), its tokens from the first word on (no dateline,
    dash or bullet), and the piece each token stands in."""
    kept = without_asides(sentence) if form is None else form
    tokens: list[Tok] = []
    piece_of: list[int] = []
    for n, piece in enumerate(kept):
        found = tokenize(piece.text, piece.start)
        tokens += found
        piece_of += [n] * len(found)
    label = kept[0].start + dateline_length(kept[0].text) if kept else 0  # "Straßburg – " inside the body
    skip = next((n for n, t in enumerate(tokens) if (t.word or t.number or t.inside) and t.start >= label), len(tokens))
    tokens, piece_of = tokens[skip:], piece_of[skip:]  # a leading dash or bullet ("- Bahn-Konkurrenten …")
    return (kept, *_without_dashed(tokens, piece_of, len(kept)))


# Words that open a clause between dashes rather than an aside: "– das zeigen beide Studien –", "– wie es heißt –"
CLAUSE_OPENERS = frozenset(["das", "dies", "dieses", "es", "er", "sie", "wie", "so", "wobei", "was", "man"])


def _without_dashed(tokens: list[Tok], piece_of: list[int], pieces: int) -> tuple[list[Tok], list[int]]:
    """The tokens without an insertion between two dashes ("Österreich wird in wenigen Wochen [– also voraussichtlich
    nach den Osterferien –] an der Brennergrenze … durchführen"): an aside the clause goes on after, which the parser
    would read as the clause's end. What follows it is a piece of its own."""
    dashes = [n for n, t in enumerate(tokens) if t.text in "–—" and not t.inside]
    if len(dashes) < 2 or dashes[0] == 0:
        return tokens, piece_of
    first, second = dashes[0], dashes[1]
    inside = tokens[first + 1 : second]
    rest = [t for t in tokens[second + 1 :] if t.word or t.number]
    if not any(t.word for t in inside) or not rest:
        return tokens, piece_of  # nothing between them, or an afterthought at the end ("… gefeiert – nach … –.")
    said = any(t.lower in ATTRIBUTION for t in inside) or inside[0].lower in CLAUSE_OPENERS
    if said or analyse(inside) is not None:
        return tokens, piece_of  # a clause or a source of its own ("– das zeigen beide Studien –", "– so die Polizei –")
    kept = [*range(first), *range(second + 1, len(tokens))]
    return [tokens[n] for n in kept], [piece_of[n] + (n > second) * (pieces + 1) for n in kept]


def unlinked(sentence: Sentence, form: tuple[Span, ...] | None = None) -> tuple[Span, ...] | None:
    """The sentence (or the given shorter form of it) without a Vorfeld that only links it to what came before, the
    subject moved to the front. That Vorfeld is a linking adverb alone ("Nun hat die Landesregierung beschlossen, …"
    → "Die Landesregierung hat beschlossen, …", `vorfeld_links.txt`) or the reason of an honour that points to what
    the article told ("Für diese Arbeit erhält die Übersetzerin Irmgard Stallbaum …": the prize stays, its "für"
    goes). So a sentence that pointed back only through its Vorfeld stands alone. None where there is no such
    Vorfeld, or the subject cannot move (a pronoun, which points back itself; a subject before "und"), or the rest
    still points back."""
    first = WORD.search(sentence.content.text)
    opener = first.group().lower() if first is not None else ""
    if opener not in VORFELD_LINKS and opener != "für":
        return None  # the common case, settled before the sentence is read
    _, tokens, piece_of = _read(sentence, form)
    if not tokens or tokens[0].lower != opener:
        return None
    clause = analyse(tokens)
    if clause is None or clause.subject is None or clause.subject.start <= clause.finite:
        return None
    if opener == "für":
        # an honour's reason that points back through its demonstrative ("Für diese Haltung wird … ausgezeichnet",
        # "Für das Übersetzen dieser Sprache erhält …"); not what a sum was spent on ("Für diese Summe hat …")
        demonstrative = any(tokens[i].lower in DEMONSTRATIVE for i in range(clause.finite))
        said = [tokens[i].lower for i in range(clause.finite, clause.tail)]
        # "erhält", "bekommt" are an honour only with a prize: not "bekommen die Rentner eine Sonderzahlung"
        honour = any(w in HONOURS for w in said) and any(w.endswith(PRIZES) for w in said if w not in RECEIVES)
        if not demonstrative or not (honour or any(w in HONOURS and w not in RECEIVES for w in said)):
            return None
    elif len(clause.vorfeld) != 1 or clause.finite != 1:
        return None
    # "Ebenfalls verletzt wurden zwei Polizisten": the Vorfeld is more than the adverb, its participle no finite verb
    after = clause.finite + 1
    if (
        after < len(tokens)
        and tokens[after].lower in FINITE_AUXILIARIES
        and tokens[clause.finite].lower not in FINITE_AUXILIARIES
    ):
        return None
    # the subject right after the finite verb ("hat die Landesregierung …"), not after a particle that focuses it
    # ("sollen nur noch Kinder …", "will selbst die CDU …") or a word of its own ("sind alle Schulen …")
    if clause.subject.start != clause.finite + 1 or not _plain(tokens, clause.subject):
        return None
    if not _movable(clause) or _holds_object(clause) or _partitive(clause) or not _bounded_subject(clause):
        return None
    if _reported(tokens[clause.finite].lower):
        return None  # "Dennoch wiege das Verschulden schwer": reported speech, whose speaker the link tied it to
    # "Nun hat der Regierungsrat entschieden, sie … zu verlängern", "… seinen Vertrag": the link was not all that
    # points back; nor is a bracket an aside the subject could take along
    if any(t.text == "(" or (_points_back(t.lower) and not t.inside) for t in tokens):
        return None
    return render(sentence, clause, piece_of, set(range(clause.finite)), True)


def _plain(tokens: Sequence[Tok], subject: Phrase) -> bool:
    """A subject read whole: not two common nouns in a row ("die Firma | Insolvenz", "das Land | Modellprojekte",
    where the second is the verb's object; but a body's name ends in its head: "der Grosse Rat"), not a noun with a
    year ("der Kanton | 2019"), not a name with a phrase after it ("K. | der Bank"), nor a first name without its
    surname ("Anna | Berg")."""
    words = tokens[subject.start : subject.end]
    run_on = any(
        a.capital
        and b.capital
        and is_common_noun(a.text)
        and is_common_noun(b.text)
        and not b.lower.endswith(HEADS)
        and b.text not in FIRST_NAMES
        for a, b in zip(words, words[1:])
    )
    dated = len(words) > 1 and words[-1].number
    named = not _article(words[0].lower) and any(_article(w.lower) for w in words[1:])
    # "könnte Anna | Berg den Preis erhalten": a first name whose surname the parse left behind
    after = tokens[subject.end] if subject.end < len(tokens) else None
    torn = words[-1].text in FIRST_NAMES and after is not None and after.capital and after.word
    return not (run_on or dated or named or torn)


def _article(word: str) -> bool:
    return word in ARTICLES or word in DEFINITE


def _reported(finite: str) -> bool:
    """A finite verb in the subjunctive of reported speech: "sei", "habe", "wiege", "koste" (not the past "plante",
    "wurde")."""
    return finite in SUBJUNCTIVE or (finite.endswith("e") and not finite.endswith("te") and finite != "wurde")


def _points_back(word: str) -> bool:
    """A personal pronoun, a possessive, "dessen", "deren" or "solch-": it points to what came before."""
    return word in THIRD_PERSON or word in ("dessen", "deren") or word.startswith(("sein", "ihr", "solch"))


# What may follow a subject that moves to the front without any doubt where the subject ends
_AFTER_SUBJECT = frozenset(["temporal", "adverb", "negation", "noun", "pronoun"])


def _bounded_subject(clause: Clause) -> bool:
    """Where the subject ends is sure: after it comes the right bracket, a time, an adverb, a negation or an object,
    or a phrase that surely moves with it; not a phrase that may be its attribute or the verb's ("Gewaltige Mengen
    | an interstellarem Gas sind übriggeblieben", "Ein Treuhänder | aus dem Bezirk Baden ist … verurteilt
    worden"), which a push may risk but a teaser need not."""
    subject = clause.subject
    assert subject is not None  # _movable said so
    tokens = clause.tokens
    after = [p for p in clause.mittelfeld if p.start >= subject.end]
    while after and moves_with_subject(tokens, after[0]):
        if len(after) > 1 and tokens[after[1].start].lower in ("zu", "bis", "auf"):
            return False  # "die Bestände | von Jahr zu Jahr": a range, not the subject's attribute
        after = after[1:]
    return not after or after[0].kind in _AFTER_SUBJECT


def _attributes(tokens: Sequence[Tok], cut: frozenset[int]) -> bool:
    """The deletion takes an attribution: a verb of saying, "laut", "zufolge", or a noun of saying after "nach" or
    "gemäß" ("nach Angaben der Polizei"), not that noun as what is talked about ("als Ausgleich für
    falsche Angaben")."""
    for i in sorted(cut):
        lower = tokens[i].lower
        if lower in SPEECH_VERBS or lower in ("laut", "zufolge"):
            return True
        if lower in ATTRIBUTION and any(tokens[k].lower in ("nach", "gemäß") for k in range(max(i - 3, 0), i)):
            return True
    return False


def _contrasted(tokens: Sequence[Tok], fields: Sequence[Phrase]) -> list[tuple[int, frozenset[int], frozenset[int]]]:
    """What a parallel comparison sets side by side stays whole: "Auf Streifen [mit einer Breite von zwölf Metern]
    zählten sie 2,4-mal so viele Arten wie auf Streifen [mit drei bis sechs Metern Breite]". The comparison is "wie"
    or "als" with a preposition that also opens a phrase before it; each side runs to the end of its phrase and on
    through the prepositional phrases after it (not a time), and without either side the figure would compare
    something else. Each "wie" or "als" comes with the tokens of its own side and of both sides."""
    out: list[tuple[int, frozenset[int], frozenset[int]]] = []
    for n, tok in enumerate(tokens[1:-1], 1):
        if tok.lower not in ("wie", "als") or tok.inside:
            continue
        preposition = CONTRACTED.get(tokens[n + 1].lower, tokens[n + 1].lower)
        if preposition not in PHRASE_PREPOSITIONS:
            continue
        compared = next((p for p in fields if p.start <= n + 1 < p.end), None)
        if compared is None:  # after a comma, outside the fields: read the phrase on its own
            compared = phrases(tokens, n + 1, len(tokens))[0]
        timed = compared.kind == "temporal"  # "früher als im Vorjahr": a time
        sides = [n, *(i for i in range(n) if CONTRACTED.get(tokens[i].lower, tokens[i].lower) == preposition)]
        kept: set[int] = set()
        own = frozenset([n])
        others = False
        for side in sides:
            k = next((k for k, p in enumerate(fields) if p.start <= side < p.end), None)
            if k is None or (side != n and (fields[k].kind == "temporal") != timed):
                continue  # "Der Eislaufplatz im Volksgarten startet … früher als im Vorjahr": a place is no time
            end = fields[k].end
            for following in fields[k + 1 :]:
                if following.start != end or following.kind == "temporal":
                    break  # not across the finite verb, nor on into a time
                if tokens[following.start].lower not in PHRASE_PREPOSITIONS | {"bis"}:
                    break
                end = following.end
            kept.update(range(side, end))
            own = frozenset(range(side, end)) if side == n else own
            others = others or side != n
        if others:  # a comparison with no side of its own kind before it compares nothing the push could tear
            out.append((n, own, frozenset(kept)))
    return out


def _holds_object(clause: Clause) -> bool:
    """The subject read by the parser ends in a phrase that the verb takes ("ist … ein Schulbus [von der Straße]
    abgekommen", "hat das Gericht [einer Genossenschaft] recht gegeben"): moved to the front, the subject would take
    the verb's object with it."""
    tokens, subject = clause.tokens, clause.subject
    if subject is None:
        return False
    verb = _verb_words(clause)
    inside = range(subject.start + 1, subject.end)
    if any(tokens[j].lower in PHRASE_PREPOSITIONS and tokens[j - 1].capital and _governed(tokens[j].lower, verb) for j in inside):
        return True
    # "hat das Gericht [einer Genossenschaft] recht gegeben", "hat die Behörde [einer Familie] die Einreise
    # verweigert": "einer" after the subject's noun may open the verb's dative object as well as a genitive
    return any(tokens[j].lower == "einer" and tokens[j - 1].capital for j in inside)


def _partitive(clause: Clause) -> bool:
    """A bare count as the subject ("Von den 2950 Stimmberechtigten waren [312] gekommen"): the Vorfeld says what
    it counts, and stays."""
    tokens, subject = clause.tokens, clause.subject
    if subject is None or not any(tokens[p.start].lower == "von" for p in clause.vorfeld):
        return False
    words = [tokens[i] for i in range(subject.start, subject.end)]
    return any(t.number or t.lower in NUMERALS for t in words) and not any(t.capital for t in words)


def _verb_words(clause: Clause) -> str:
    """The clause's finite verb, right bracket and the one-word predicates of its Mittelfeld ("ist … abgekommen und
    … gerutscht", "ist … als Fotograf unterwegs"), lowercased: what `_governed` looks in."""
    tokens = clause.tokens
    predicates = [p.start for p in clause.mittelfeld if p.kind == "adverb" and p.end - p.start == 1]
    return " ".join(tokens[i].lower for i in (clause.finite, *range(*clause.bracket), *predicates))


def _focused(tokens: Sequence[Tok], cut: Cut) -> bool:
    """The cut takes what a focus particle it leaves points at: "kann das ab März auch [am Wochenende] erledigen" is
    the news, and without it "auch" says something else."""
    start = min(cut.tokens)
    return start > 0 and tokens[start - 1].lower in FOCUS_PARTICLES


def _names_firm(tokens: Sequence[Tok], cut: Cut) -> bool:
    """The deletion ends in a legal form whose name starts before it ("Die Werke [am Jurasüdfuss AG]"): a part of
    the name, not a phrase."""
    last, first = max(cut.tokens), min(cut.tokens)
    return tokens[last].text in LEGAL_FORMS and first > 0 and tokens[first - 1].capital


def _qualifies(tokens: Sequence[Tok], cut: frozenset[int]) -> bool:
    """The deletion takes a qualifier ("in der Regel", "im Schnitt", "meist"): the claim left would be absolute."""
    words = tuple(tokens[i].lower for i in sorted(cut))
    return any(words[k : k + len(q)] == q for q in QUALIFIERS for k in range(len(words)))


def _given_name(tokens: Sequence[Tok], cut: Cut) -> bool:
    """The cut takes first names only ("[Karl] Gruber"): the surname still says who."""
    return all(tokens[i].text in FIRST_NAMES for i in cut.tokens)


def _lowercase(pieces: tuple[Span, ...]) -> bool:
    return join_pieces(pieces)[:1].islower()


def _announced(tokens: Sequence[Tok], strict: bool = False) -> int:
    """Where the sentence after a colon starts when what comes before only announces it ("Eines steht fest: …",
    "Da waren es nur noch fünf: …"): six words at most, or a word pointing forward, and no attribution; else 0.
    Also a head whose subject is the word pointing forward ("Es war der 14. Sieg …, und es war der wichtigste: …").
    Never a head that negates or doubts what follows ("Es ist nur ein Gerücht: …"). `strict` (a teaser, which may
    keep the whole sentence): only a head whose subject points forward, one too short to be read that opens with
    such a word, a scene whose subject is a pronoun, a line without a verb, a bare decision or "Wer …"; not any
    short head ("Der Stadtsportbund kritisiert die Pläne scharf: …" says who speaks), nor "es gibt" (what there is)."""
    colon = next((n for n, t in enumerate(tokens) if t.text == ":" and not t.inside), None)
    if colon is None or colon + 2 >= len(tokens) or not tokens[colon + 1].capital or tokens[colon + 1].inside:
        return 0
    before = [t.lower for t in tokens[:colon] if t.word]
    if any(w in ATTRIBUTION for w in before):
        return 0
    head = analyse(tokens[:colon])
    head_subject = head.subject if head is not None else None
    # a head that negates or doubts what follows never goes ("Es ist bislang nur ein Verdacht: …", "Das ist falsch:
    # …", "Nur ein Gerücht: …"): its subject is the word pointing forward, or it has none; a head with a subject of
    # its own doubts only itself ("Wer … vorbeikam, hat den Zettel wahrscheinlich gesehen: …"). A record ("so viele
    # wie nie zuvor") denies nothing.
    pointing = head is None or _only(tokens, head_subject, FORWARD | {"es"})
    compared = {k + 1 for k, w in enumerate(before) if w in ("wie", "als")}
    denied = any((w in NEGATIONS and w != "ohne" and k not in compared) or fold(w) in DOUBTING for k, w in enumerate(before))
    if pointing and denied:
        return 0
    # in a teaser, nor one that says what there is ("Für Familien gibt es eine Ermäßigung: …": the "es" of "geben"
    # points nowhere)
    if strict and head is not None and _existential(head):
        return 0
    # its subject points forward with a copula ("Es war der 14. Sieg …: …", "Das ist klar: …"; not the impersonal
    # "es" of "kam es zu einem Unfall", nor a "So" read as the subject), or a head too short to be read opens with
    # the word that does ("Eines steht fest:")
    copula = head is not None and head.tokens[head.finite].lower in COPULAS
    short = head is None and len(before) <= SHORT_HEAD and before[:1] and before[0] in FORWARD
    if (short and strict) or (copula and _only(tokens, head_subject, (FORWARD | {"es"}) - {"so"})):
        return colon + 1
    if not strict and (len(before) <= 6 or any(_forward(tokens, i) for i in range(colon))):
        return colon + 1
    # "Am Start wirkte sie nervös, am Ende war sie die Schnellste: Lena Berger hat … gewonnen": a scene
    # that names nothing before a clause whose subject is named; the scene only leads up to it
    after = analyse(tokens[colon + 1 :])
    subject = after.subject if after is not None else None
    opener = after is not None and subject is not None and after.tokens[subject.start].lower in ARTICLES
    named = after is not None and subject is not None and named_or_counted(after.tokens, subject.start + opener, subject.end) > 0
    nouns = GOVERNING | ARTICLES | CONTRACTIONS  # "im Finale", "die Nerven": nouns, not names
    # "Der Grund, warum …:" is no scene; "Sie wachsen …, riechen … und sollen …:" is, where its verbs read apart
    pronoun = _only(tokens, head_subject, PRONOUNS) or (head is None and tokens[0].lower in NOMINATIVE_PRONOUNS)
    # the scene names no one: every capitalised word after its first stands after an article or preposition; where
    # a pronoun's clause describes what the clause after the colon names, a common noun names no one either ("Sie …
    # riechen nach Wald und sollen Steinwolle Konkurrenz machen", "Er holte bei fünf Seniorinnen Bargeld ab: …"); not
    # a head that reports or alleges what happened ("Er hat Millionen veruntreut: …", "Er soll … bedroht haben: …"),
    # nor one with a subject of its own ("drei Kandidaten liegen im Plus: …"): those are news
    described = pronoun and not any(tokens[k].lower in HAPPENED for k in _main_words(tokens, colon))
    scene = not any(
        t.word
        and t.capital
        and tokens[i - 1].lower not in nouns
        and not (described and is_noun_or_compound(t.text) and tokens[i - 1].text not in ROLE_NOUNS)  # "Bürgermeister Bachmann"
        for i, t in enumerate(tokens[1:colon], 1)
    )
    # and the clause after a pronoun's head must not speak of whom the head is about ("Sie hat ihre Hausordnung
    # geändert: Holzkohlegrills sind auf Balkonen ihrer Häuser …")
    scene = scene and (not strict or pronoun) and not (pronoun and _speaks_of_before(tokens, colon + 1))
    # "Neuer diplomatischer Streit zwischen Polen und Russland: Der Außenminister will …": a line without a verb
    # heads the clause that tells the news
    headline = named and head is None and (not strict or verbless(" ".join(t.text for t in tokens[:colon])))
    # "Nach jahrelanger Debatte ist die Entscheidung gefallen: Die Gemeinde baut …": a head whose subject is a bare
    # decision announces what was decided, which then stands alone
    decided = (
        head_subject is not None
        and head_subject.end - head_subject.start == 2
        and tokens[head_subject.start].lower in DEFINITE
        and tokens[head_subject.start + 1].text in DECISIONS
    )
    # "Wer … unterwegs ist, hat es leichter: Der Landkreis … weitet …": whoever it concerns, then the news
    whoever = tokens[0].lower == "wer" and opener
    return colon + 1 if named and (scene or headline or decided or whoever) else 0


def _main_words(tokens: Sequence[Tok], colon: int) -> list[int]:
    """The positions of the head's own words before the colon: not those of a clause after a comma that a
    subordinator or a relative pronoun opens ("…, nachdem diese … worden waren, …"), nor of an apposition."""
    out: list[int] = []
    inside = False
    for k in range(colon):
        if tokens[k].text == "," and not tokens[k].inside:
            after = tokens[k + 1].lower if k + 1 < colon else ""
            inside = not inside and (after in SUBORDINATORS or after in RELATIVE_PRONOUNS or after in ARTICLES)
            continue
        if not inside:
            out.append(k)
    return out


def _speaks_of_before(tokens: Sequence[Tok], start: int) -> bool:
    """A pronoun or possessive from `start` on ("ihrer Häuser", "sein altes Haus"), which may stand for what came
    before; not the infinitive "sein" ("… sein könnten")."""
    bound = next((k for k in range(start, len(tokens)) if tokens[k].lower in ("wer", "wen", "wem")), len(tokens))
    return any(
        not t.inside and _points_back(t.lower) and not (t.lower == "sein" and _infinitive(tokens, k))
        for k, t in enumerate(tokens[start : min(bound, len(tokens) - 1)], start)
    )  # "Wer …, soll …, wie viele Tage er …": the "er" of a "wer" clause is bound in it


def _infinitive(tokens: Sequence[Tok], k: int) -> bool:
    """ "sein" before a verb and no noun ("… der Zukunft sein könnten."), not before an adjective and its noun."""
    after = tokens[k + 1 : k + 3]
    return not any(t.capital for t in after)


def _forward(tokens: Sequence[Tok], i: int) -> bool:
    """The word at `i` points to what follows the colon: "eines", "folgendes", "das", "dies"; "so" only right
    before the colon ("sieht das so:"), not as a degree ("So teuer wird …", "so viele … wie nie")."""
    word = tokens[i].lower
    if word == "so":  # and "Eben so wie Haute Couture sein soll: …", opening the head (not "ist so wie angekündigt …")
        return tokens[i + 1].text == ":" or tokens[i + 2].text == ":" or (i <= 1 and tokens[i + 1].lower == "wie")
    return word in FORWARD


def _only(tokens: Sequence[Tok], phrase: Phrase | None, words: frozenset[str]) -> bool:
    """The phrase is one word of `words` ("es" as a subject)."""
    return phrase is not None and phrase.end - phrase.start == 1 and tokens[phrase.start].lower in words


def _decided(tokens: Sequence[Tok]) -> int:
    """Where the clause after a colon starts when what comes before is a decision with no object of its own ("Der
    Grosse Rat hat am Mittwoch entschieden: Der Kanton unterstützt …"; not "hat eine Änderung beschlossen: …",
    which says what it decided), and that clause can be read; else 0."""
    colon = next((n for n, t in enumerate(tokens) if t.text == ":" and not t.inside), None)
    if colon is None or colon < 3 or colon + 2 >= len(tokens):
        return 0
    if tokens[-1].text == "?" or any(t.lower in NEGATIONS or t.lower in ATTRIBUTION for t in tokens[:colon]):
        return 0  # "hat noch nicht entschieden: …", a question after it, or whose word it is ("laut …")
    head, after = analyse(tokens[:colon]), analyse(tokens[colon + 1 :])
    bare = head is not None and _decides_nothing(head)
    return colon + 1 if bare and after is not None and after.subject is not None else 0


def _decides_nothing(clause: Clause) -> bool:
    """The clause ends in a decision ("entschieden", "beschlossen") and names no object of its own: what was decided
    follows its colon."""
    decided = clause.tokens[clause.tail - 1].lower in DECIDED
    return decided and not any(p.kind in ("noun", "coordination") for p in clause.mittelfeld)


def _kicker(clause: Clause | None) -> int:
    """Where the clause starts after a short verbless kicker and its dash in the Vorfeld ("Aufatmen bei den Unis -
    nach hartem Ringen haben …"); 0 if there is none. Not a pair of dashes around an insertion ("Zwei Giganten – der
    Maler X und der Komponist Y – haben …")."""
    if clause is None or clause.tokens[0].lower in PHRASE_PREPOSITIONS | ARTICLES:
        return 0  # "Für die Energy Rising – Challenge nutzen wir …": a phrase that goes on after the dash
    dashes = [i for i in range(clause.finite) if clause.tokens[i].text in "-–—" and not clause.tokens[i].inside]
    if len(dashes) != 1 or not 2 <= dashes[0] <= MAX_KICKER or dashes[0] + 1 >= clause.finite:
        return 0
    # "Elf Wochen – so lange müssen …", "Zelte oder Container – diese Optionen …": the clause takes the head up again
    resumed = clause.tokens[dashes[0] + 1].lower
    return 0 if resumed == "so" or resumed in PRONOMINAL_ADVERBS or resumed in DEMONSTRATIVE_WORDS else dashes[0] + 1


MAX_KICKER = 6  # words of a kicker before its dash
DEMONSTRATIVE_WORDS = frozenset(w.lower() for w in DEMONSTRATIVES if w.lower().startswith(("dies", "jen")))


def _lone_wie(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    return phrase.end - phrase.start == 1 and tokens[phrase.start].lower == "wie"


def _open_article(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A phrase that ends in its article ("im Kampf gegen die | nach … bis zu 70 Milliarden Euro ausmachende
    Steuervermeidung"): an attribute too long for the parser was read as phrases, and a cut would tear it."""
    if phrase.end - phrase.start < 2 or phrase.end >= len(tokens) or tokens[phrase.end - 1].lower not in ARTICLES:
        return False
    last, after = tokens[phrase.end - 1], tokens[phrase.end]
    counted = last.lower in INDEFINITE and after.lower == "von"  # "als eine von fünf Vizepräsidentinnen": a pronoun
    return not counted and (after.number or after.lower in PHRASE_PREPOSITIONS)


def _lone_article(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A noun phrase after a comma that is only its article ("auf einer Leiter, einen Pinsel zwischen den Zähnen, |
    einen | zweiten in der Hand"): phrases the parser could not place, so a cut may tear them."""
    lone = phrase.kind == "noun" and phrase.end - phrase.start == 1 and tokens[phrase.start].lower in ARTICLES
    if not lone or phrase.end + 1 >= len(tokens) or tokens[phrase.start - 1].text != ",":
        return False  # after a comma: not an elliptic noun of the clause ("hat … ein zweites zur Welt gebracht")
    # an adjective with no noun after it ("einen zweiten | in der Hand"); not a pronoun that counts ("einer davon
    # schwer", "eine von zwei"), a particle ("stellt sich … ein und …") nor adjectives before their noun
    adjective, then = tokens[phrase.end], tokens[phrase.end + 1]
    bare = adjective.word and not adjective.capital and ATTRIBUTIVE.search(adjective.lower) is not None
    return bare and not then.inside and (then.lower in PHRASE_PREPOSITIONS or then.text in (",", "."))


def _stray_verb(tokens: Sequence[Tok], before: Phrase, phrase: Phrase) -> bool:
    """A finite auxiliary read as an adverb right after a phrase that runs over a comma ("in Bedrängnis, Fürth |
    hatte mehrere Chancen"): a second main clause the parser did not see, so no deletion is sure."""
    lone = phrase.kind == "adverb" and phrase.end - phrase.start == 1 and tokens[phrase.start].lower in AUXILIARIES
    across = before.kind not in ("relative_clause", "apposition", "clause", "condition")  # not a clause of its own
    return lone and across and any(tokens[i].text == "," and not tokens[i].inside for i in range(before.start, before.end))


def _second_finite(clause: Clause) -> bool:
    """A finite auxiliary or modal read as an adverb of the Mittelfeld ("Das Verfahren gegen den Gründer der Pleite
    [gegangenen] … Kette Schlecker [dürfte] aufwendig …"): the word read as the finite verb is an attribute, so the
    fields are misread and no deletion is sure. Not an infinitive after a participle ("gezeigt haben"), which a right
    bracket may hold, nor the verb of a second predicate or clause after "und" ("stellt sich … ein und will …
    abbauen", "… beschlossen und bis Ende 2026 soll sie …")."""
    tokens = clause.tokens
    return any(
        p.kind == "adverb"
        and p.end - p.start == 1
        and tokens[p.start].lower in FINITE_AUXILIARIES
        and not (tokens[p.start].lower.endswith("en") and not (tokens[p.start - 1].capital or tokens[p.start - 1].number))
        and not any(q.start < p.start and tokens[q.start].lower in ("und", "oder") for q in clause.mittelfeld)
        for p in clause.mittelfeld
    )


def _comparative_finite(clause: Clause) -> bool:
    """The word read as the finite verb is a comparative before its "als" ("Um 58 Prozent [teurer] als ursprünglich
    veranschlagt ist die Einführung … ausgefallen"): the verb comes later, and the fields are misread."""
    tokens, finite = clause.tokens, clause.finite
    return finite + 1 < len(tokens) and _comparative(tokens[finite]) and tokens[finite + 1].lower == "als"


def _length(pieces: Sequence[Span]) -> int:
    return sum(len(p.text) + 1 for p in pieces)


def _cuts(clause: Clause) -> Iterable[Cut]:
    """Every deletion the clause allows, by step."""
    tail = list(_tail_cuts(clause))
    yield from tail
    middle = list(_mittelfeld_cuts(clause, tail_stays=not tail))
    yield from middle
    yield from _coordinated_cuts(clause.tokens, clause.mittelfeld, middle, clause.tail)
    yield from _vorfeld_cuts(clause)
    yield from _attribute_cuts(clause)
    second = second_predicate(clause)
    if second is not None:  # "hat X kritisiert [und Y gefordert]"; the second shares the auxiliary, or has its own verb
        shared = clause.bracket[0] < clause.bracket[1]
        yield _conjunct_cut(clause, clause.finite + 1 if shared else clause.finite, second, clause.tail, 5)


def _coordinated_cuts(tokens: Sequence[Tok], field: Sequence[Phrase], middle: Sequence[Cut], stop: int) -> Iterable[Cut]:
    """Two adjuncts of one kind in the field that "und" or "oder" joins and that may each go whole ("[in der
    Qualifikation gegen Moldau und in Schweden]", "an 150 Mülleimern [in der Innenstadt und entlang der Saale]") may
    also go together. Longer, this deletion is tried before either alone, which would leave the other torn from its
    "und" (`render` refuses such a form where it sees it)."""
    whole = {frozenset(range(p.start, p.end)): p.kind for p in field if p.kind in STEPS}
    for first in middle:
        joint = max(first.tokens) + 1
        if first.tokens not in whole or joint >= stop or tokens[joint].lower not in COORDINATORS:
            continue
        for second in middle:
            if min(second.tokens) == joint + 1 and whole.get(second.tokens) == whole[first.tokens]:
                yield Cut(max(first.step, second.step), first.tokens | {joint} | second.tokens)


def _conjunct_cut(clause: Clause, start: int, conjunction: int, end: int, step: int) -> Cut:
    """Of two predicates joined by "und" (the first from `start`, the second up to `end`), the one that goes: the
    second, unless the first is only a frame for it ("Berger hat [die Notbremse gezogen und] die Kasernen in Horn
    geschlossen")."""
    if _weighs_more(clause, start, conjunction, end):
        return Cut(step, frozenset(range(start, conjunction + 1)))
    return Cut(step, frozenset(range(conjunction, end)))


def _second_is_news(clause: Clause) -> bool:
    """A second main clause after "und" with the same subject, the whole Vorfeld, carries the news that the first
    only frames ("Kurz setzt den Rotstift an und schließt bis Herbst 2018 die Botschaften in Malta"): the sentence is
    read as the subject and that second clause. Not an adjective after "und" ("ist zart und zaghaft")."""
    tokens = clause.tokens
    if clause.tail + 1 >= clause.end or tokens[clause.tail].lower != "und" or clause.open or len(clause.vorfeld) != 1:
        return False
    if tokens[clause.tail + 1].lower.endswith(ADJECTIVE_ENDINGS) or tokens[clause.finite].lower in SPEECH_VERBS:
        return False
    return _weighs_more(clause, clause.finite, clause.tail, clause.end)


ADJECTIVE_ENDINGS = ("haft", "lich", "ig", "isch", "bar", "sam", "los", "voll")


def _weighs_more(clause: Clause, start: int, conjunction: int, end: int) -> bool:
    """The first predicate is a frame (at most `MAX_FRAME` words, no name or number: "setzt den Rotstift an") and
    the second names or counts something; the subject stands before both."""
    subject, tokens = clause.subject, clause.tokens
    fronted = subject is not None and subject.end <= clause.finite
    words = sum(t.word for t in tokens[start:conjunction])
    frame = words <= MAX_FRAME and named_or_counted(tokens, start, conjunction) == 0
    return fronted and frame and named_or_counted(tokens, conjunction + 1, end) > 0


MAX_FRAME = 5


def _attribute_cuts(clause: Clause) -> Iterable[Cut]:
    """An attribute after a noun inside any phrase: examples ("Grundnahrungsmittel wie Brot, Milch und Gemüse")
    go with the adjuncts; an amount ("ein Mindestlohn von 23 Franken pro Stunde") only as a last resort, with its
    number and unit together."""
    tokens = clause.tokens
    subject = clause.subject
    if subject is not None and _named_after_origin(tokens[subject.start : subject.end]):
        yield Cut(6, frozenset([subject.start]))  # "Schleswig-Holsteins Ministerpräsident Daniel Günther"
    if subject is not None and _named_after_origin_adjective(tokens[subject.start : subject.end]):
        # "Der [slowakische] Verkehrsminister Horvath": the very last to go, after any first name
        yield Cut(LAST + 1, frozenset([subject.start + 1]))
    named = _role_before_name(tokens, subject) if subject is not None else None
    if subject is not None and named is not None:
        # "[Sachsens Innenminister] Armin Schuster": where role and surname were still too long, the full name alone
        # says who; its first name comes back
        yield Cut(LAST + 2, frozenset(range(subject.start, named)), restores=frozenset(range(named, subject.end - 1)))
    for i in range(1, len(tokens) - 1):
        role, given, surname = tokens[i - 1], tokens[i], tokens[i + 1]
        named = role.word and role.capital and role.text not in FIRST_NAMES and not role.inside
        second = surname.text in FIRST_NAMES and i + 2 < len(tokens)  # "Landesrat [Hans Peter] Gruber"
        surname = tokens[i + 2] if second else surname
        if named and given.text in FIRST_NAMES and surname.word and surname.capital and surname.text not in FIRST_NAMES:
            yield Cut(6, frozenset(range(i, i + 1 + second)))  # "Bundeskanzler [Werner] Faymann": role and surname say who
        short = given.word and given.text.isupper() and 2 <= len(given.text) <= 6 and not given.inside
        short = short and given.text not in LEGAL_FORMS
        if short and role.word and role.capital and not role.text.isupper() and len(role.text) > 8:
            yield Cut(6, frozenset([i]))  # "Die Weltgesundheitsorganisation [WHO]": the name says it in full
    for i in range(1, clause.tail - 2):
        if _grades_adjective(tokens, i):
            yield Cut(7, frozenset([i]))  # "vor der [zunehmend] restriktiven Politik": with the intensifiers
    for start, end in participial_attributes(tokens[: clause.tail]):
        cut = range(start, end)
        superlative = SUPERLATIVE.search(tokens[end - 1].lower) is not None  # "die für X wichtigsten Gäste" restricts
        # where ("in Nordkorea festgenommen") is the news, and who did it ("von der Zeitung veröffentlicht") goes last
        placed = any(tokens[i].lower in PLACES and tokens[i + 1].capital for i in cut)
        agent = any(tokens[i].lower in AGENTS for i in cut)  # "die [von der Kirche beauftragte] Kommission": last
        if tokens[start - 1].lower.rstrip("ersnm") in ("jed", "all", "kein", "sämtlich"):
            continue  # "jedes [über dem Referenzwert erlegten] Wildschweins": it says which ones the claim is about
        if any(tokens[i].lower in NEGATIONS for i in cut) or superlative:
            continue
        if not placed:
            yield Cut(LAST if agent else 7, frozenset(cut))
            continue
        # "ein [seit Jänner] in Linz gesuchter Mann": the place stays, a reason or time before it inside the
        # attribute may go; not where the place may hang on that phrase's noun ("wegen des Streiks in Frankreich
        # gestrichen": the flights were not cancelled in France)
        place = next(i for i in cut if tokens[i].lower in PLACES and tokens[i + 1].capital)
        for phrase in phrases(tokens, start, end - 1):
            if phrase.kind in ("temporal", "causal") and phrase.end <= place and not _numbered(tokens, phrase):
                yield Cut(7, frozenset(range(phrase.start, phrase.end)))
    fields = (*clause.vorfeld, *clause.mittelfeld)
    for phrase in fields:
        deepest = _deepest_attribute(tokens, phrase)
        if deepest is not None:
            # "über die Forderungen der Gläubiger [des hoch verschuldeten Landes]": the third noun of a chain of
            # attributes says least about what the clause is about, and goes last
            yield Cut(LAST, frozenset(range(deepest, phrase.end)))
    for k, phrase in enumerate(fields):
        if phrase.kind in ("relative_clause", "participial_attribute", "condition", "clause"):
            continue
        counted_from = any(t.lower in ("davon", "darunter") for t in tokens[phrase.end :])
        # "einen Zuschuss [von 200 Euro] | im Monat": the rate goes with its amount
        rate = k + 1 < len(fields) and _rate(tokens, phrase, fields[k + 1])
        stop = fields[k + 1].end if rate else phrase.end
        for j in range(phrase.start + 2, phrase.end - 1):
            if tokens[j].lower in ATTACHING_AFTER_NOUN and tokens[j - 1].capital and not tokens[j].inside:
                cut = range(j, phrase.end)
                if any(tokens[i].lower in NEGATIONS for i in cut) or _bare_number(tokens, phrase):
                    break  # "den Preis von 2,40 | auf drei Euro": the number's unit comes later
                inflected = (tokens[i] for i in range(j + 1, phrase.end - 1) if tokens[i + 1].capital)
                if any(t.word and not t.capital and t.lower not in ARTICLES and ATTRIBUTIVE.search(t.lower) for t in inflected):
                    break  # "jedes über dem Referenzwert [von 2015/16 erlegten Wildschweins]": the noun it hangs in
                if tokens[j].lower == "wie":
                    yield Cut(EXAMPLES, frozenset(cut))
                elif any(tokens[i].number for i in cut) and not _amount_noun(tokens[j - 1].text) and not counted_from:
                    # not "mit Kosten | von 31 Millionen Euro": the amount is the news; nor what a later "davon"
                    # counts from ("zu einer Freiheitsstrafe | von 30 Monaten, 12 davon muss er absitzen")
                    yield Cut(6, frozenset(range(j, stop)))
                break


def _deepest_attribute(tokens: Sequence[Tok], phrase: Phrase) -> int | None:
    """Where the last of two attributes opens in a chain of three nouns inside the phrase ("die Forderungen | der
    Gläubiger | des Landes", "die Politik | der Regierung | von Ministerpräsident Orban"), each attribute opening
    right after the noun it hangs on with a genitive article or "von"; None where there is no such chain."""
    openers = [
        i
        for i in range(phrase.start + 2, phrase.end - 1)
        if tokens[i - 1].capital
        and tokens[i - 1].word
        and not tokens[i].inside
        and (tokens[i].lower in ("des", "der", "eines", "einer") or (tokens[i].lower == "von" and tokens[i + 1].capital))
    ]
    if len(openers) < 2 or tokens[phrase.end - 1].inside or not tokens[phrase.end - 1].capital:
        return None
    if phrase.end < len(tokens) and tokens[phrase.end].lower in PHRASE_PREPOSITIONS:
        return None  # "von Menschen | mit Behinderungen": a phrase after it may hang on its noun
    last = openers[-1]
    # a number, a negation or a list ("von Assets | der OMV und der Gazprom": whose) says more than an attribute
    if any(t.number or t.lower in NUMERALS or t.lower in NEGATIONS or t.lower in COORDINATORS for t in tokens[last : phrase.end]):
        return None
    return last


def _grades_adjective(tokens: Sequence[Tok], i: int) -> bool:
    """The word at `i` only says that the adjective after it grows ("der zunehmend restriktiven Politik"), between
    an article and the adjective's noun. Not a degree ("die besonders gefährdeten Personen", "kein besonders großes
    Problem"): without it, the phrase would name more people or deny more; nor after "nur"."""
    before, adjective, noun = tokens[i - 1], tokens[i + 1], tokens[i + 2]
    restricted = any(t.lower in RESTRICTING for t in tokens[max(0, i - 4) : i])
    inflected = adjective.word and not adjective.capital and ATTRIBUTIVE.search(adjective.lower) is not None
    graded = tokens[i].lower in GROWING and before.lower in ARTICLES and not tokens[i].inside
    return graded and inflected and noun.capital and not restricted


def _mittelfeld_cuts(clause: Clause, tail_stays: bool) -> Iterable[Cut]:
    """Adjuncts of the Mittelfeld, each with the prepositional phrases that hang on it ("nach einem Streit
    zwischen den Fraktionen"), before a negation and never the verb's closest complement. A place stays where it
    restricts a noun ("ein Verbot in den Innenstädten") or a negated claim ("wird im Werk X keine … einstellen")."""
    tokens, middle = clause.tokens, clause.mittelfeld
    scope = next((p.start for p in middle if p.kind == "negation"), clause.bracket[0])
    # "wird … voraussichtlich noch diesen Sommer räumen": a hedge is about the time after it, which then stays
    hedged = next((p.start for p in middle if p.kind == "adverb" and fold(tokens[p.start].lower) in HEDGE_WORDS), scope)
    bracket = clause.bracket
    if bracket[1] - bracket[0] > 1 and tokens[bracket[0]].lower in INTENSIFIERS and not any(p.kind == "negation" for p in middle):
        yield Cut(7, frozenset([bracket[0]]))  # "hat X scharf kritisiert": how strongly, the last to go
    placed = _placed(tokens)  # "… und steht in der dritten Runde": the place is what "stehen" needs
    # "soll bis Ende Juni erfolgen", "findet am Sonntag in der Halle statt": when and where is what happens
    happens = any(tokens[i].lower in EVENT_VERBS for i in (clause.finite, *range(*bracket), *_predicate_verbs(clause)))
    compared = any(t.lower in COMPARATIVES for t in tokens[: clause.tail])
    each = any(t.lower == "jeweils" for t in tokens[: clause.tail])
    counted = any(t.number or t.lower in NUMERALS for t in tokens[: clause.tail])
    # the future perfect ("wird … erledigt haben") says what is done by a time, which it needs
    last = [tokens[i].lower for i in range(*bracket)][-2:]
    participle = len(last) == 2 and (last[0].endswith("t") or "ge" in last[0][:5])  # "erledigt", "angekommen"
    completed = tokens[clause.finite].lower in ("wird", "werden") and participle and last[1] in ("haben", "sein")
    equated = any(p.kind == "adverb" and tokens[p.start].lower == "so" for p in middle)
    # "hat [in seltener Einmütigkeit] beschlossen, die Haftungen prüfen zu lassen": the infinitive is the object
    complement = [] if _infinitive_object(clause) else closest_complement(tokens, middle)
    # "war … auch im Freien Pflicht": what "sein" says the subject is (not after "und", which may open a second verb)
    joined = any(p.kind == "adverb" and tokens[p.start].lower in COORDINATORS for p in middle)
    if middle and bracket[0] == bracket[1] and tokens[clause.finite].lower in COPULAS and not joined:
        complement = [*complement, middle[-1]]
    # "sowohl mit X als auch mit Y", "weder … noch …": the members of a paired coordination stay together
    paired = next((i for i in range(clause.finite, clause.bracket[0]) if tokens[i].lower in CORRELATIVES), scope)
    # "… Initiativen mit dem Ziel, die Arbeit der Polizei zu ergänzen": what follows the clause and stays hangs on
    # the phrase that ends the clause, which then stays too
    hung = tail_stays and clause.tail < clause.end and tokens[clause.tail].text == ","
    verb = _verb_words(clause)
    # "ist … bis mindestens 20 Uhr eingestellt", "bleibt bis Freitag gesperrt": the end of a state; without it the
    # state would last
    state = bracket[0] < bracket[1] and any(tokens[i].lower in STATE_VERBS for i in (clause.finite, *range(*bracket)))
    holds = _holds(clause)
    for k, phrase in enumerate(middle):
        if phrase.kind == "temporal" and ((state and tokens[phrase.start].lower == "bis") or _recurring(tokens, phrase)):
            continue  # and "an heissen Tagen": a recurring time is a condition, not a date
        if k > 0 and _ends_list(tokens, middle[k - 1], phrase):
            continue  # "310 Wohnungen, einen Kindergarten | mit vier Gruppen und ein … Zentrum": the list's last member
        if (
            k > 1
            and tokens[phrase.start - 1].lower in COORDINATORS
            and _counted(tokens, phrase)
            and _counted(tokens, middle[k - 2])
        ):
            continue  # "ein Jahr und | acht Monate": the rest of an amount, which the first part would misstate
        if phrase.kind == "temporal" and k > 0 and _ordinal(tokens, middle[k - 1]):
            continue  # "den zwölften Weltcup-Sieg | in dieser Saison": an ordinal counts within the time after it
        if k > 0 and _rate(tokens, middle[k - 1], phrase):
            continue  # "eine Maut von fünf Euro | am Tag": the span an amount is counted per
        if k > 0 and tokens[phrase.start].lower in ("vor", "nach") and _time_count(tokens, middle[k - 1]):
            continue  # "zwei Spieltage | vor Saisonende": what the count is measured from
        if k + 1 < len(middle) and tokens[middle[k + 1].start].lower in ("vor", "nach") and _time_count(tokens, phrase):
            continue  # "hat zwei Jahre | nach seinem Rücktritt …": the count that measures the time after it
        if (phrase.kind == "local" and _name_suffix(tokens, phrase)) or _bounded(tokens, phrase) or _aged(tokens, phrase):
            # "Kirchdorf | an der Aue": the rest of a place's name; "Lastwagen | mit mehr als 7,5 Tonnen", "Kindern |
            # unter drei Jahren": which of them
            continue
        if phrase.kind == "temporal" and phrase.end == scope and scope < bracket[0]:
            continue  # "darf Belgrad [vorerst] nicht verlassen": the time the negation holds for
        if phrase.kind == "temporal" and any(tokens[i].lower in SOON for i in range(phrase.start, phrase.end)):
            continue  # "hat bald ausgedient": without it, what is yet to come would have happened
        if _intensifier(tokens, phrase):
            # "geht X sichtlich auf die Nerven": how strongly, the last to go; not a predicate ("war stark."), nor
            # the degree "so" compares ("so deutlich … wie")
            degree = tokens[phrase.start - 1].lower == "so"
            if phrase.start < scope and (clause.bracket[0] < clause.bracket[1] or k + 1 < len(middle)) and not degree:
                yield Cut(7, frozenset([phrase.start]))
            continue
        if phrase.end - phrase.start > 1 and phrase.start < scope and _graded(tokens, phrase.start):
            yield Cut(7, frozenset([phrase.start]))  # "[deutlich] seltener Krankheitserreger": less sharp, still true
        if hung and phrase.end == clause.tail and phrase.kind not in ("temporal", "local", "source"):
            continue
        if k > 0 and tokens[phrase.start - 1].lower == "je":
            continue  # "je nach Bundesland unterschiedlich": what the difference depends on
        limit = phrase.start - 1 - (tokens[phrase.start - 1].lower == "noch")
        if k > 0 and tokens[limit].lower in RESTRICTING:
            # "empfiehlt die Impfung nur für die gefährdeten Personen", "ist nur noch am Wochenende geöffnet": what
            # "nur" limits the claim to
            continue
        if phrase.kind == "temporal" and each:
            continue  # "wird von Montag bis Mittwoch jeweils von 21 bis 5 Uhr gesperrt": the span "jeweils" counts in
        if _range_start(tokens, phrase):
            continue  # "von heute | rund 13 auf 20 Prozent": the start of a range whose number follows
        if _light_verb_phrase(tokens, phrase):
            # "hat 40 Lkw in Betrieb genommen und … eröffnet", "bringt X auf den Markt, einen …": one predicate with
            # its verb, also where read apart or not last
            continue
        if phrase.end - phrase.start == 1 and tokens[phrase.start].lower in ("als", "wie"):
            continue  # a lone "als" or "wie" goes only with what it compares
        if _compared_with(tokens, phrase.start, clause.finite):
            continue  # "länger warten als | noch vor zwei Jahren": what it is compared with
        if k > 0 and tokens[phrase.start].lower in ("bis", "auf", "statt", "anstatt") and _bare_number(tokens, middle[k - 1]):
            # "mit 60 | bis 70 Prozent", "von 3.50 | auf 5.20 Franken", "auf sechs | statt bisher vier Flächen": the
            # range's end or the number it replaces holds the unit
            continue
        if k > 0 and (_about(tokens, phrase) or _goal(tokens, middle[k - 1], phrase)):
            continue  # "in der Affäre | um die Vergabe", "von Argentinien | nach Brasilien": it goes with the phrase before
        # "mehr Unfälle … als im Jahr 2023", "deutlich höher als in der Gesamtbevölkerung", "so deutlich … wie seit
        # einem Jahr nicht": what it is compared with
        than = compared or _comparative(tokens[phrase.start - 1])
        if (tokens[phrase.start].lower == "als" and than) or (tokens[phrase.start].lower == "wie" and equated):
            continue
        if phrase.kind == "temporal" and compared and any(t.lower == "als" for t in tokens[phrase.end : clause.tail]):
            continue  # "[von Jänner bis März] mehr Fahrräder … als im Vorjahreszeitraum": what is compared
        if tokens[phrase.start].lower == "pro" or (tokens[phrase.start].lower == "bei" and _names_person(tokens, phrase)):
            continue  # "3.000 Gäste pro Tag": a rate; "stößt bei Minister X auf Ablehnung": whose
        held = (tokens[i].lower for i in range(phrase.start, phrase.end) if tokens[i].lower in GOVERNING)
        if phrase.kind == "temporal" and phrase.start > hedged:
            continue
        if completed and (phrase.kind == "temporal" or tokens[phrase.start].lower == "bis"):
            continue  # "wird [bis zur Eröffnung der Messe] alle Arbeiten erledigt haben": by when
        if phrase.kind == "temporal" and counted and _period(tokens, phrase):
            continue  # "erhöhte [im ersten Halbjahr] den Umsatz auf 212 Millionen": the span a figure sums up
        timed = phrase.kind == "temporal" and tokens[phrase.start].lower in TIME_PREPOSITIONS  # "vor zwei Jahren"
        if not timed and any(_governed(p, verb) for p in held):
            continue  # "warnt vor einer Verzerrung", "sorgt [in Deutschland] für Aufregung": the verb's object
        if phrase.kind == "relative_clause" and (
            _singled_out(tokens, phrase.start) or _kind_restricted(clause, phrase.start, clause.finite + 1)
        ):
            continue  # "die letzte Hütte, die …": which one; "Kinder, die …": which of them
        if (
            phrase.kind not in STEPS
            or _counted_time(tokens, phrase)
            or phrase in complement
            or phrase.start >= min(scope, paired)
            or _holds_negation(tokens, phrase)
        ):
            continue
        after_noun = k > 0 and middle[k - 1].kind == "noun"
        attribute = after_noun and (_hangs_on_noun(tokens, phrase) or phrase.kind == "local")
        if (phrase.kind == "local" and (placed or holds)) or (phrase.kind in ("local", "temporal") and happens):
            continue
        negated = phrase.kind == "local" and scope < clause.bracket[0]
        if attribute or negated:
            continue  # "eine Initiative für einen Mindestlohn", "ein Verbot in den Innenstädten"; "im Werk X keine …"
        chain = [phrase]
        blocked = False
        for following in middle[k + 1 :]:
            first = tokens[following.start].lower
            # "in Kirche und Welt | von heute": a "von" phrase right after a noun hangs on it, whatever its kind
            hangs = (following.kind in ("prepositional", "local", "causal") and first in ATTACHING) or (
                first in ATTACHED and tokens[following.start - 1].capital
            )
            # "in wenigen Wochen | an der Brennergrenze": a time does not say where; the place is the verb's
            hangs = hangs and not (chain[-1].kind == "temporal" and following.kind == "local")
            hangs = hangs or _example(tokens, following)  # "… von Extremisten | wie dem IS": examples of that noun
            # "von rund 900'000 Franken | pro Jahr", "mit 300 Euro | im Monat": the rate of that amount (not of a
            # place's count: "in zwölf Bezirken | am Tag rund 300 Tonnen")
            amount = tokens[chain[-1].start].lower in AMOUNT_PREPOSITIONS and _rate(tokens, chain[-1], following)
            hangs = hangs or first == "pro" or amount
            hangs = hangs or _agent_of_action(tokens, following)  # "von der Versorgung | durch den Rettungsdienst"
            hangs = hangs or (following.kind == "local" and _name_suffix(tokens, following))  # "Ried | im Innkreis"
            hangs = hangs or _about(tokens, following)  # "in der Affäre | um die Vergabe": what the affair is about
            # "für Kinder | mit Behinderung": a bare "mit" phrase after a noun is that noun's attribute
            hangs = hangs or (
                following.kind == "manner" and _hangs_on_noun(tokens, following) and tokens[following.start - 1].capital
            )
            hangs = hangs or _material(tokens, following)  # "auf einer Platte | aus hellgrauem Kalk"
            # "für falsche Angaben | zum Verbrauch": what the noun is about, not "zum dritten Mal"
            about = first in ("zum", "zur") and following.kind == "prepositional" and tokens[following.start - 1].capital
            hangs = hangs or (about and not _counted_time(tokens, following))
            # "wegen des Vorwurfs der Untätigkeit | bei der Grenzsicherung": a phrase after a reason's noun says which
            hangs = hangs or (phrase.kind == "causal" and following.kind in STEPPED and tokens[following.start - 1].capital)
            # "seit Beginn der Liberalisierung | um die Jahrtausendwende": a time after a time may date the first
            hangs = hangs or (phrase.kind == following.kind == "temporal" and following.start == chain[-1].end)
            if hangs and ((each and following.kind == "temporal") or _counted_time(tokens, following)):
                # it stays: "ab Montag | für zwei Jahre" (the time before it may go alone), "auf dem Weg | zum
                # achten Sieg in Serie" (so does what it hangs on)
                blocked = phrase.kind != "temporal"
                break
            if not hangs or (hung and following.end == clause.tail) or _range_start(tokens, following):
                # the phrase the clause after the comma hangs on stays, and so does what it hangs on
                blocked = hangs and hung and following.end == clause.tail
                break
            if following in complement or following.start >= scope or _governed(first, verb):
                # "[in Höhe] | von zwei Milliarden Euro": an amount that stays keeps the noun it measures
                amount = any(t.number or t.lower in NUMERALS for t in tokens[following.start : following.end])
                blocked = first == "von" and tokens[following.start - 1].capital and amount
                break
            chain.append(following)
        if blocked or (_bare_number(tokens, chain[-1]) and chain[-1].kind != "temporal"):
            continue  # "von 2,40 auf drei Euro": the number needs the phrase with its unit
        after = {tokens[p.end].lower for p in chain if p.end < len(tokens)}
        ends = {tokens[p.end - 1].lower for p in chain}
        if phrase.kind == "temporal" and not ((after | ends).isdisjoint(MEASURED) and ends.isdisjoint(COUNTED_FROM)):
            continue  # "wird 80 Jahre alt", "kommen einen Tag später an": the time is what is said
        numbered = any(_numbered(tokens, p) for p in chain)
        # "noch | diesen Sommer", "erst | am Freitag": the particle before a time goes with it; so does an adverb that
        # only says how close or with whom ("kurz | nach 6 Uhr", "allein | auf Facebook", "gemeinsam | mit …")
        before = middle[k - 1] if k > 0 and middle[k - 1].end == phrase.start else None
        word = tokens[phrase.start - 1].lower if before is not None else ""
        lone = before is not None and before.end - before.start == 1
        focused = (phrase.kind == "temporal" and word in TIME_PARTICLES) or (lone and word in PHRASE_ADVERBS)
        # "unter anderem | in Linz und Wels": what it focuses goes with it; alone it would make a partial list whole
        focused = focused or (before is not None and [t.lower for t in tokens[before.start : before.end]] == AMONG)
        start = before.start if focused and before is not None else phrase.start
        step = 6 if numbered else EXAMPLES if _example(tokens, phrase) else STEPS[phrase.kind]
        end = _before_object(tokens, start, chain[-1].end) if phrase.kind == "local" else chain[-1].end
        town = _town(tokens, phrase.start, end) if phrase.kind == "local" else None
        if town is not None:  # "an der Luhdorfer Straße | in Winsen": the street goes, where it happened stays longer
            yield Cut(step, frozenset(range(start, town)))
            step = LAST
        yield Cut(step, frozenset(range(start, end)))


# Finite auxiliaries of the past: "hatte … abgezweigt", "wurde … festgenommen", "war … gesperrt".
PAST_AUXILIARIES = frozenset(["hatte", "hatten", "war", "waren", "wurde", "wurden"])
# Verbs of a head that reports what happened: "hat … veruntreut", "wurden … gebaut", "soll … bedroht haben"
HAPPENED = PAST_AUXILIARIES | frozenset(["hat", "haben", "ist", "werden", "wird"])
HOLDS = frozenset(["gilt", "gelten", "galt", "galten", "gelte", "gegolten"])  # the forms of "gelten"


def _holds(clause: Clause) -> bool:
    """ "Ein Handyverbot gilt an der Schule X", "soll ab Montag in der Innenstadt gelten": where a rule holds is what
    "gelten" says, finite or in the bracket; not "gilt als …"."""
    tokens = clause.tokens
    verbs = (clause.finite, *range(*clause.bracket))
    return any(tokens[i].lower in HOLDS for i in verbs) and not any(t.lower == "als" for t in tokens[clause.finite : clause.tail])


AMONG = ["unter", "anderem"]  # "among others": it marks what follows as part of a list
# What a state is said with, finite or in the bracket: "ist … gesperrt", "bleibe … eingestellt", "soll … gesperrt sein".
STATE_VERBS = frozenset(
    ["ist", "sind", "war", "waren", "sei", "seien", "sein", "bleibt", "bleiben", "blieb", "blieben", "bleibe"]
)
# Words that count or date a span of time: "in wenigen Tagen", "in vergangenen Jahren".
SPAN_WORDS = ("wenig", "einig", "mehrer", "viel", "beid", "vergangen", "letzt", "kommend", "nächst", "früher", "vorig")
# Plural times that recur ("an heissen Tagen", "in trockenen Sommern", "an Wochenenden"): when, not a date.
RECURRING = ("tagen", "nächten", "wochen", "wochenenden", "sommern", "wintern", "monaten", "jahren", "abenden")


def _recurring(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A preposition and a plural time with no article or number ("An heissen Tagen steigen die Spitaleintritte …"):
    a condition the claim holds under, which a push keeps."""
    words = tokens[phrase.start : phrase.end]
    if len(words) < 2 or words[0].lower not in ("an", "in") or not words[-1].capital:  # not "seit Jahren": how long
        return False
    inner = words[1:-1]
    plain = all(t.word and not t.capital and t.lower not in ARTICLES and ATTRIBUTIVE.search(t.lower) for t in inner)
    # "in wenigen Tagen", "in vergangenen Jahren": a count or a span, no condition
    plain = plain and not any(t.lower.startswith(SPAN_WORDS) for t in inner)
    return plain and words[-1].lower.endswith(RECURRING) and not any(t.number or t.lower in NUMERALS for t in words)


def _light_verb_phrase(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A preposition, at most an article, and a noun that makes one predicate with the verb, nothing after it ("in
    Betrieb", "auf den Markt", "in die Jahre"), or a comma; not "im Zuge der Ermittlungen" nor "bis Ende Juni"."""
    words = tokens[phrase.start : phrase.end]
    if words[0].lower not in PHRASE_PREPOSITIONS:
        return False
    head = words[:3] if len(words) > 2 and words[1].lower in ARTICLES else words[:2]
    # what a comma sets off after it is no attribute of the noun ("auf den Markt, einen Mähroboter …")
    alone = len(words) == len(head) or words[len(head)].text == ","
    return len(head) > 1 and alone and head[-1].text in LIGHT_VERB_NOUNS


def _ends_list(tokens: Sequence[Tok], before: Phrase, phrase: Phrase) -> bool:
    """`phrase` holds the "und" that closes the list of commas `before` opened: without it the list would end on a
    comma's member and lose what the "und" adds."""
    words = {tokens[i].lower for i in range(before.start, before.end)}
    listed = before.kind == "coordination" and "," in words and words.isdisjoint(COORDINATORS)
    return listed and any(tokens[i].lower in COORDINATORS for i in range(phrase.start, phrase.end))


def _material(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """An "aus" phrase without an article, its adjective before its noun, right after a noun ("einer Platte | aus
    hellgrauem Kalk"): what that noun is made of, its attribute."""
    if tokens[phrase.start].lower != "aus" or phrase.end - phrase.start < 3 or not tokens[phrase.start - 1].capital:
        return False
    adjective, noun = tokens[phrase.start + 1], tokens[phrase.start + 2]
    inflected = adjective.word and not adjective.capital and ATTRIBUTIVE.search(adjective.lower) is not None
    return inflected and adjective.lower not in ARTICLES and noun.capital


def _before_object(tokens: Sequence[Tok], start: int, end: int) -> int:
    """Where a local phrase ends that the parser ran on into a bare noun after a place's name ("in Zürich | Passanten
    bedroht", "in Bern | Berufung eingelegt"): "in", a name and a noun, then the verb; that noun is the verb's object
    and stays (not "im Austria Center", "in Wettingen AG")."""
    if end - start != 3 or tokens[start].lower != "in" or end >= len(tokens) or tokens[end].capital:
        return end
    name, noun = tokens[start + 1], tokens[start + 2]
    common = common_nouns()
    named = name.capital and name.word and not name.text.endswith(".") and fold(name.lower) not in common
    bare_noun = noun.capital and noun.word and noun.text[1:].islower() and fold(noun.lower) in common
    return end - 1 if named and bare_noun else end


def _town(tokens: Sequence[Tok], start: int, end: int) -> int | None:
    """Where "in" and a place's bare name end a local phrase after a street or building ("auf der Wildhauserstrasse
    | in Wildhaus"), or None: a push without any place does not say where it happened."""
    at = next((j for j in range(end - 2, start + 1, -1) if tokens[j].lower == "in"), None)
    if at is None or not tokens[at - 1].capital:
        return None
    name = [tokens[j] for j in range(at + 1, end)]
    common = common_nouns()  # "für Menschen | in Geldnot": a noun, no place
    return at if all(t.capital and t.word and fold(t.lower) not in common for t in name) else None


def _about(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """The phrase says what the noun before it is about ("Streit | um …", "auf dem Weg | zum Titel"), also across
    a genitive ("den Umgang Israels | mit …", "der Streit der Parteien | um …")."""
    preposition = tokens[phrase.start].lower
    for j in range(phrase.start - 1, max(phrase.start - 5, 0), -1):
        if takes(tokens[j], preposition):
            return True
        if not (tokens[j].capital or tokens[j].lower in ("der", "des")):
            return False
    return False


def _goal(tokens: Sequence[Tok], before: Phrase, phrase: Phrase) -> bool:
    """The phrase names where a way ends that the phrase before starts ("von Argentinien | nach Brasilien"): the
    two say one way, so the goal never goes alone. Both are bare names, not "von Ermittlungen nach Klagen"."""
    start = phrase.start
    if tokens[start].lower not in ("nach", "bis") or phrase.end != start + 2 or tokens[start - 2].lower not in ("von", "aus"):
        return False
    return all(_bare_name(tokens[i]) for i in (start - 1, start + 1))


def _bare_name(tok: Tok) -> bool:
    """A capitalised word that is no plural or abstract noun ("Brasilien", "Wien"; not "Klagen", "Ermittlungen")."""
    abstract = tok.lower.endswith(("ung", "ungen", "heit", "keit", "e", "er"))
    return tok.word and tok.capital and not abstract and (tok.lower.endswith("ien") or not tok.lower.endswith("en"))


def _compared_with(tokens: Sequence[Tok], start: int, finite: int) -> bool:
    """The phrase at `start` follows "als" or "wie" (with only a particle between): it is what is compared with."""
    j = start - 1
    while j > finite and tokens[j].lower in TIME_PARTICLES:
        j -= 1
    return j > finite and tokens[j].lower in ("als", "wie")


def _statistic(tok: Tok) -> bool:
    """A noun for a share, rate or count, also in a compound or the plural ("Impfquoten", "Arbeitslosenzahl")."""
    return tok.capital and any(tok.lower.removesuffix("n").endswith(s.lower()) for s in STATISTICS)


def _graded(tokens: Sequence[Tok], i: int) -> bool:
    """An intensifier before a comparative ("deutlich seltener", "erheblich mehr"): it only grades the comparison."""
    return tokens[i].lower in INTENSIFIERS and (tokens[i + 1].lower in COMPARATIVES or _comparative(tokens[i + 1]))


def _comparative(tok: Tok) -> bool:
    """An adjective in the comparative ("höher", "teurer"), which the "als" after it completes."""
    return tok.word and not tok.capital and tok.lower.endswith("er") and tok.lower not in STOP_WORDS


def _names_person(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """The phrase names a person: a first name, or a role noun before a name ("bei Landesrat Peter Gruber")."""
    words = [tokens[i].text for i in range(phrase.start, phrase.end)]
    role = any(w.rsplit("-", 1)[-1] in ROLE_NOUNS and n[:1].isupper() for w, n in zip(words, words[1:]))
    return role or any(w in FIRST_NAMES for w in words)


def _period(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A reporting period a figure sums up ("im dritten Quartal", "im ersten Halbjahr", "in dieser Saison"), not the
    time of an event ("am Montag", "binnen zwei Tagen")."""
    return any(tokens[i].lower in PERIODS for i in range(phrase.start, phrase.end))


def _example(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A "wie" phrase right after a noun gives examples of it ("… von Extremisten | wie dem IS")."""
    return tokens[phrase.start].lower == "wie" and tokens[phrase.start - 1].capital


def _joins_bare_noun(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """The phrase holds "und" or "oder" before a noun phrase ("und Wahrhaftigkeit", "und der Spanier Rafael Nadal"),
    which may be a second member of what stands before it; not the "und" that "zwischen" needs ("zwischen Kassel und
    Dortmund")."""
    return tokens[phrase.start].lower != "zwischen" and any(
        tokens[i].lower in COORDINATORS and tokens[i + 1].word and (tokens[i + 1].capital or tokens[i + 1].lower in DEFINITE)
        for i in range(phrase.start, phrase.end - 1)
    )


def _governed(preposition: str, verb: str) -> bool:
    """The verb (its finite form and right bracket, lowercased) takes an object with this preposition. A stem
    marked "^" must start a word: "^stell" for "stellt sich auf … ein", not "vorgestellt" or "festgestellt"."""
    stems = GOVERNED.get(CONTRACTED.get(preposition, preposition), frozenset())
    words = verb.split()
    return any(any(w.startswith(stem[1:]) for w in words) if stem.startswith("^") else stem in verb for stem in stems)


def _predicate_verbs(clause: Clause) -> list[int]:
    """The verb that closes the first of two predicates ("soll bis Ende Juni [erfolgen] und betrifft …"), read as an
    adverb of the Mittelfeld before the "und" that `second_predicate` finds; else none."""
    at = second_predicate(clause)
    return [at - 1] if at is not None else []


def _placed(tokens: Sequence[Tok]) -> bool:
    """A verb like "stehen" or "liegen" in the clause: its place is its complement ("Im Fokus steht die Frage")."""
    return any(t.lower in LOCATIVE_VERBS and not t.capital for t in tokens)  # not the noun "Stand"


def _named_after_origin(words: Sequence[Tok]) -> bool:
    """A person given by origin, role and full name ("Sachsens Innenminister Armin Schuster"): the name says who
    it is, so the genitive of origin may go as a last resort."""
    if len(words) < 4 or not all(w.word and w.capital and not w.inside for w in words[:4]):
        return False
    role = words[1].lower.endswith(ROLE_TAILS)  # a person's role, not "Nissans Studie IDx Nismo"
    return role and words[0].lower.endswith("s") and not words[0].lower.endswith(("ss", "us"))


def _role_before_name(tokens: Sequence[Tok], subject: Phrase) -> int | None:
    """Where a subject is only a role and a full name, with no article ("[Sachsens] Innenminister Armin Schuster",
    "Landesrat Hans Peter Gruber"), the index of the first name; else None. With an article ("Der Sänger Hans
    Meier") the role cannot go: "Der Hans Meier" is no written German."""
    words = tokens[subject.start : subject.end]
    if len(words) < 3 or any(w.inside or not (w.word and w.capital) for w in words):
        return None
    first = next((k for k, w in enumerate(words) if w.text in FIRST_NAMES), None)
    if first is None or first == 0 or first == len(words) - 1 or first > 2:
        return None
    role = words[first - 1].lower.rsplit("-", 1)[-1]
    origin = first == 1 or _named_after_origin(words)
    surname = words[-1].text not in FIRST_NAMES and all(w.text in FIRST_NAMES for w in words[first:-1])
    return subject.start + first if role.endswith(OFFICES) and origin and surname else None


def _named_after_origin_adjective(words: Sequence[Tok]) -> bool:
    """A person or a firm given by article, adjective of origin, role and name ("Der slowakische Verkehrsminister
    Horvath", "Der Basler Medizintechnikkonzern Veltronic"): the name says who it is, so the origin may go, after
    every other deletion."""
    if len(words) < 4 or words[0].lower not in ("der", "die", "das") or any(w.inside for w in words):
        return False
    origin, role, name = words[1], words[2], words[3]
    kind = role.lower.rsplit("-", 1)[-1]
    person = kind.endswith(ROLE_TAILS) and words[0].lower != "das"
    firm = kind.endswith(FIRM_NOUNS)
    # "slowakische", "oberösterreichische"; a town's "Basler", "Bremer" before a firm only: "Der Schweizer Botschafter"
    # may be Switzerland's or a Swiss man
    adjective = origin.word and (
        (not origin.capital and origin.lower.endswith("sche")) or (firm and origin.capital and origin.lower.endswith("er"))
    )
    return adjective and (person or firm) and role.capital and name.word and name.capital and name.text not in ROLE_NOUNS


def _hangs_on_noun(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A phrase that may be an attribute of the noun before it: "ein Mangel an …", "Menschen mit Behinderungen"."""
    bare = phrase.kind == "manner" and phrase.end - phrase.start > 1 and tokens[phrase.start + 1].capital
    return tokens[phrase.start].lower in ATTACHING or bare or _bounded(tokens, phrase)


def _aged(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """An age bound right after a noun ("Kindern | unter drei Jahren", "Autofahrern | ab 70", "Männer | über 50
    Jahre"): it says which of them, not when."""
    words = [t.lower for t in tokens[phrase.start : phrase.end]]
    after_noun = phrase.start > 0 and tokens[phrase.start - 1].capital and tokens[phrase.start - 1].word
    if len(words) < 2 or words[0] not in AGE_BOUNDS or not after_noun:
        return False
    age = tokens[phrase.start + 1]
    counted = (age.number and age.text.isdigit() and int(age.text) < MAX_AGE) or age.lower in NUMERALS
    # "ab 70", "unter drei Jahren", "ab 70 | einen …" (the next phrase read into it); not "unter 40 Bewerbern"
    years = len(words) == 2 or words[2] in ("jahre", "jahren") or not tokens[phrase.start + 2].capital
    return counted and years


AGE_BOUNDS = frozenset(["unter", "über", "ab", "bis"])
AMOUNT_PREPOSITIONS = frozenset(["von", "mit", "um", "für", "zu"])  # "mit 300 Euro | im Monat": an amount and its rate
MAX_AGE = 120  # "bis 2029" is a year


def _bounded(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """ "für Lastwagen | mit mehr als 7,5 Tonnen": a bound on a measure after a noun says which ones."""
    words = tokens[phrase.start : phrase.end]
    return len(words) > 2 and words[0].lower == "mit" and words[1].lower in BOUNDS and tokens[phrase.start - 1].capital


DAY_PARTS = frozenset(["Nacht", "Abend", "Morgen", "Vormittag", "Nachmittag", "Wochenende"])


def closest_complement(tokens: Sequence[Tok], middle: Sequence[Phrase]) -> list[Phrase]:
    """The verb's closest complement: the last Mittelfeld phrase that is not an adjunct, with the phrases it
    hangs on ("vor einem Mangel an Pflegekräften")."""
    found: list[Phrase] = []
    if middle and any(tokens[i].text in LIGHT_VERB_NOUNS for i in range(middle[-1].start, middle[-1].end)):
        return [middle[-1]]  # "ist in die Jahre gekommen", "wurde in Betrieb genommen": one predicate with the verb
    if all(p.kind in ADJUNCTS or p.kind == "subject" for p in middle):
        # no object: the last "mit" or causal phrase is the complement ("ist mit Putin zusammengetroffen"), or a
        # counted time without a preposition ("hatte 36 Monate gefordert"); a correlate that takes up the clause
        # after it is, with a "mit" phrase before it ("geht … davon aus, dass …", "dürfte mit ein Grund dafür sein")
        correlate = next((p for p in middle if p.end - p.start == 1 and tokens[p.start].lower in PRONOMINAL_ADVERBS), None)
        if correlate is not None:
            return [*[p for p in middle if p.kind == "manner" and p.end <= correlate.start][-1:], correlate]
        last = next((p for p in reversed(middle) if p.kind in ("manner", "causal")), None)
        last = last or next((p for p in reversed(middle) if _bare_time(tokens, p)), None)
        return [last] if last is not None else []
    for phrase in reversed(middle):
        if phrase.kind == "negation" and phrase.end - phrase.start == 1:
            continue
        if _example(tokens, phrase) and not found:
            continue  # examples of the noun before, not the verb's complement
        attached = found and found[0].kind == "prepositional" and tokens[found[0].start].lower in ATTACHING
        if found and not attached and not _agent_of_action(tokens, found[0]):
            break
        if found and phrase.kind not in ("prepositional", "causal", "manner"):
            break
        if found or phrase.kind not in ADJUNCTS:
            found.insert(0, phrase)
    return found


def _name_suffix(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """ "Kirchdorf | an der Aue", "Frankfurt | am Main", "Rothenburg | ob der Tauber": after a bare name, a short local
    phrase is the rest of that place's name, not where something happened."""
    words = tokens[phrase.start : phrase.end]
    first, name = words[0].lower, tokens[phrase.start - 1]
    short = (first in ("am", "im") and len(words) == 2) or (
        first in ("an", "ob") and len(words) == 3 and words[1].lower in ("der", "dem")
    )
    # a bare name: no article or adjective before it ("und Kirchdorf", not "die Demonstranten | am Bahnhof")
    before = tokens[phrase.start - 2] if phrase.start >= 2 else None
    bare = before is None or not (
        before.lower in ARTICLES or (before.word and not before.capital and before.lower.endswith(("e", "en", "er")))
    )
    named = name.word and name.capital and not time_word(name) and bare
    return short and words[-1].capital and not time_word(words[-1]) and named


RATE_SPANS = frozenset(["tag", "woche", "monat", "jahr", "stunde", "nacht"])


def _rate(tokens: Sequence[Tok], before: Phrase, phrase: Phrase) -> bool:
    """ "am Tag", "im Monat", "in der Woche" right after a phrase with a number, or after how often ("einmal im
    Monat", "zweimal pro Woche"): the span the amount is counted per."""
    words = [t.lower for t in tokens[phrase.start : phrase.end]]
    span = len(words) in (2, 3) and words[0] in ("am", "im", "in", "pro", "je") and words[-1] in RATE_SPANS
    counted = any(t.number or t.lower in NUMERALS or _times(t.lower) for t in tokens[before.start : before.end])
    return span and counted and before.end == phrase.start


def _times(word: str) -> bool:
    """How often: "einmal", "zweimal", "3-mal", "mehrmals"."""
    stem = word.removesuffix("s").removesuffix("mal").rstrip("-")
    return word.endswith(("mal", "mals")) and (stem in NUMERALS or stem.isdigit() or stem in ("ein", "mehr", "viel"))


def _agent_of_action(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A "durch" phrase right after a noun in -ung or -ion says who does what that noun names ("von der Versorgung |
    durch den Rettungsdienst"): it hangs on that noun, and alone it would read as the verb's agent."""
    return tokens[phrase.start].lower == "durch" and tokens[phrase.start - 1].lower.endswith(("ung", "ion"))


def _range_start(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A "von" phrase right before a number, or a degree and a number ("von heute | rund 13 auf 20 Prozent"):
    where a range starts."""
    if tokens[phrase.start].lower != "von" or phrase.end >= len(tokens):
        return False
    after = tokens[phrase.end]
    graded = after.lower in DEGREE and phrase.end + 1 < len(tokens) and tokens[phrase.end + 1].number
    return after.number or after.lower in NUMERALS or graded


def _bare_time(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A counted time that no preposition opens ("36 Monate", "zwei Jahre"): what a verb like "fordern" takes."""
    first = tokens[phrase.start]
    counted = first.number or first.lower in NUMERALS
    return phrase.kind == "temporal" and counted and time_word(tokens[phrase.end - 1])


def _vorfeld_cuts(clause: Clause) -> Iterable[Cut]:
    """Attributes inside the Vorfeld, and an adverbial Vorfeld as a whole, the subject then moving to the front."""
    tokens, vorfeld = clause.tokens, clause.vorfeld
    if not vorfeld or vorfeld[0].kind == "condition" or any(_holds_negation(tokens, p) for p in vorfeld):
        return
    lone = vorfeld[0].end - vorfeld[0].start == 1 and len(vorfeld) > 1  # "Gut | zwei Monate | nach …": unsure reading
    # "Der Vertrag | zwischen Wien und Bratislava", "Im Zusammenhang | mit …": a noun with its definite article
    # alone would point back or say nothing; the phrase after it says which one is meant. Only a time, or a place
    # given by its name ("Die Diakonie | in Niedersachsen"), may go.
    first = vorfeld[0]
    opener = tokens[first.start].lower
    article = first.start + (opener in PHRASE_PREPOSITIONS and opener not in CONTRACTIONS)
    # "bei einem Angriff" introduces it; "Eine Änderung | in der Verfahrensordnung wünscht sich …" says which
    determined = tokens[article].lower in DEFINITE or opener in CONTRACTIONS or (article == 0 and opener in INDEFINITE)
    bare = article < first.end - 1 and determined and not any(t.capital for t in tokens[article + 1 : first.end - 1])
    # what stands before an apposition is the noun it renames: a cut of its attributes ends there
    renamed = next((p.start for p in vorfeld if p.kind == "apposition"), vorfeld[-1].end)
    # "Der Anteil der Raucher | in den USA": a share, rate or count holds for its place, which then stays
    statistic = any(tokens[i].text in STATISTICS for i in range(first.start, first.end))
    statistic = statistic or (opener.startswith("jede") and _ordinal(tokens, first))  # "Jedes zehnte Hallenbad | in …"
    governed = opener in PHRASE_PREPOSITIONS  # "Gegen den Bürgermeister, Peter Koller, …": the name alone is no subject
    for phrase in vorfeld[1:]:
        if statistic and (phrase.kind == "local" or tokens[phrase.start].lower in ("in", "im")):
            continue
        # "Die Diakonie | in Niedersachsen", "… | aus Wien"; not a causal phrase with a noun: "Einen Start | nach Maß"
        where = tokens[min(phrase.start + 1, phrase.end - 1)]
        named_place = where.capital and (
            phrase.kind == "local" or (phrase.kind == "causal" and fold(where.lower) not in common_nouns())
        )
        if bare and phrase is vorfeld[1] and phrase.kind not in ("temporal", "relative_clause") and not named_place:
            continue
        measure = tokens[phrase.start].lower in ("vor", "nach") and time_word(tokens[phrase.start - 1])
        # "In der Nacht | von Samstag auf Sonntag": which night; without it, "in der Nacht" reads as last night; and a
        # range's end stays with its start ("von Samstag | auf Sonntag")
        ranged = tokens[phrase.start].lower in ("auf", "bis") and any(
            p.end == phrase.start and tokens[p.start].lower == "von" for p in vorfeld
        )
        measure = measure or ranged or (phrase.kind == "temporal" and tokens[phrase.start - 1].text in DAY_PARTS)
        if phrase.kind == "relative_clause" and tokens[phrase.start + 1].lower == "wie" and tokens[article].lower in DEFINITE:
            continue  # "Die Art, wie er abserviert wurde, ähnelte …": the clause says which; not "Eine Kur, wie …"
        # "Kinder, die …, schlafen …": a bare plural subject (not "1.250 Anträge von Familien, die …")
        plain = not any(tokens[i].lower in PHRASE_PREPOSITIONS for i in range(first.start, first.end))
        restricted = _described(tokens, first) or (plain and _kind_restricted(clause, phrase.start, 0))
        if phrase.kind == "relative_clause" and phrase.start == first.end and restricted:
            continue  # "Die Probleme, die die Bank mit dem Transfer hat, sollten …": the clause says which
        if phrase.kind == "relative_clause" and _singled_out(tokens, phrase.start):
            continue  # "die einzige Bäckerei, die …": which one
        if phrase.kind == "relative_clause":  # between its commas, whatever "und" it holds
            yield Cut(1, frozenset(range(phrase.start, phrase.end)))
        elif _joins_bare_noun(tokens, phrase) and phrase.kind != "apposition":
            continue  # "Solidarität | mit den Opfern und Wahrhaftigkeit": "und" may join the subject's members
        elif (
            phrase.kind == "apposition"
            and all(t.capital for t in tokens[phrase.start + 1 : phrase.end - 1])
            and not governed
            and not _place_named(tokens, vorfeld, phrase, clause.finite)
        ):
            # "Der russische Botschafter in Wien, Sergej Netschajew, wird …": the name says who, without the role
            yield Cut(4, frozenset([*range(0, phrase.start + 1), phrase.end - 1]))
        elif phrase.kind == "apposition":
            yield Cut(1, frozenset(range(phrase.start, phrase.end)))  # "Wien Energie, größter …, hat": an aside
        elif phrase.kind in STEPS and not _numbered(tokens, phrase) and not measure and not lone:
            yield Cut(2 if vorfeld[0].kind != "subject" else 4, frozenset(range(phrase.start, max(renamed, phrase.end))))
    subject = clause.subject
    existential = _existential(clause)
    movable = _movable(clause)
    # "Auf vielen Standorten wäre der Aufwand zu groß": a counted place or time restricts the claim and stays
    restricts = any(tokens[i].lower.rstrip("nm") in QUANTIFIERS for p in vorfeld for i in range(p.start, p.end))
    # "In Salzburg sind mehr Straftaten angezeigt worden", "In Syrien sind 65 Menschen getötet worden": a count or
    # comparison holds only for the place it is given for
    counted = (
        subject is not None
        and vorfeld[0].kind == "local"
        and (
            any(t.number for t in tokens[subject.start : min(subject.start + 3, subject.end)])  # "mindestens 65 Menschen"
            or tokens[subject.start].lower in COMPARATIVES
        )
    )
    # "Zum zwölften Mal nacheinander ist Deutschland …": how often it happened is the news
    restricts = restricts or counted or any(_counted_time(tokens, p) for p in vorfeld)
    # "Im ersten Halbjahr erhöhte die Molkerei ihren Umsatz auf 212 Millionen Euro": the span a figure sums up stays,
    # and so does what an amount is for ("Für den Radweg hat die Stadt 420.000 Euro bezahlt")
    figures = any(t.number or t.lower in NUMERALS for t in tokens[clause.finite : clause.tail])
    purpose = opener == "für"
    restricts = restricts or (figures and (purpose or any(p.kind == "temporal" and _period(tokens, p) for p in vorfeld)))
    # "In den 205 Heimen lägen die Impfquoten …", "In Nickelsdorf ist die Zahl …": a rate holds for the place it is
    # given for, counted or named (not "Im Zuge der Winterpause")
    rate = subject is not None and any(_statistic(tokens[i]) for i in range(subject.start, subject.end))
    place = range(vorfeld[0].start, vorfeld[0].end)
    named = any(tokens[i - 1].lower not in CONTRACTIONS for i in name_positions(tokens, max(place.start, 1), place.stop))
    restricts = restricts or (rate and vorfeld[0].kind == "local" and (named or any(tokens[i].number for i in place)))
    # "Gegen den Chef der Partei sind Ermittlungen eingeleitet worden": the Vorfeld says whom a noun of the clause
    # is against, which that noun needs
    taken = any(takes(tokens[i], opener) for i in range(clause.finite + 1, clause.tail))
    # "Nach Lieferungen an X prangert Pilz weitere Bewilligungen an": "weitere", "zweiten", "auch" add to what the
    # Vorfeld tells; not the "auch" of "sowohl … als auch", which joins two phrases of the clause
    added = any(
        ADDITIVE.match(tokens[i].lower) and not (tokens[i].lower == "auch" and tokens[i - 1].lower == "als")
        for i in range(clause.finite + 1, clause.tail)
    )
    # "Wie leicht das Virus überspringt, können Fachleute nur grob einschätzen": a "dass", "ob" or "wie" clause is
    # what the verb takes, not an adjunct; only "Wie die Polizei mitteilte, …" attributes and may go
    opened = tokens[vorfeld[0].start].lower
    attributes = tokens[vorfeld[0].end - 2].lower in SAYING
    argument = vorfeld[0].kind == "clause" and (opened in ("dass", "ob") or (opened == "wie" and not attributes))
    # "besser hätte sie die Saison nicht abschliessen können": a lone adverb before a negated clause is in the
    # negation's scope; without it the clause says the opposite
    # a negation of the claim: not the preposition "ohne", nor the "nicht" of "nicht nur … sondern auch"
    negated = any(
        tokens[i].lower in NEGATIONS - {"ohne"} and not (tokens[i].lower == "nicht" and tokens[i + 1].lower == "nur")
        for i in range(clause.finite, clause.tail)
    )
    scoped = negated and len(vorfeld) == 1 and vorfeld[0].kind == "adverb" and vorfeld[0].end - vorfeld[0].start == 1
    # "Im November 2013 lehnten die Stimmberechtigten … ab": without its year, history reads as today's news
    dated = any(
        YEAR.match(tokens[i].text.split("/")[0]) for p in vorfeld if p.kind == "temporal" for i in range(p.start, p.end)
    )  # "Im Winter 2013/2014" too
    recurring = any(p.kind == "temporal" and _recurring(tokens, p) for p in vorfeld)  # "An heissen Tagen steigen …"
    # "Elf Wochen – so lange müssen …": a head the clause takes up again after a dash is what it says
    resumed = any(tokens[i].text in "-–—" and not tokens[i].inside for i in range(clause.finite))
    restricts = restricts or taken or added or argument or scoped or dated or recurring or resumed
    if (
        vorfeld[0].kind in (*ADVERBIAL_VORFELD, "clause")
        and movable
        and not restricts
        and not _placed(tokens)
        and not _holds(clause)
    ):
        step = 2 if vorfeld[0].kind == "temporal" and len(vorfeld) == 1 else 3
        step = LAST if existential else step  # "Im Streit um die Schulreform gibt es …": the topic, kept while it fits
        yield Cut(step, frozenset(range(0, clause.finite)), refill=True)


def _place_named(tokens: Sequence[Tok], vorfeld: Sequence[Phrase], apposition: Phrase, finite: int) -> bool:
    """The apposition after a place names that place's country or state ("Forscher … in Boston, USA, haben …",
    "… in Rochester, New York, haben …"), not the subject ("Der Botschafter in Wien, Sergej Netschajew, wird …", "Der
    Bürgermeister in Graz, Nagl, hat …")."""
    before = next((p for p in reversed(vorfeld) if p.end == apposition.start), None)
    words = [t for t in tokens[apposition.start : apposition.end] if t.word]
    if before is None or before.kind != "local" or any(t.lower == "und" for t in words):
        return False
    # a plural subject is no one person ("Forscher … in Rochester, New York, haben …"); a subject that names no person
    # by a role or an agent noun ("Shopbetreiber") is renamed by no name ("Ein Start-up in Austin, Texas, hat …"),
    # unless a first name says it is one
    plural = tokens[finite].lower.endswith("en")
    role = any(t.word and t.capital and t.lower.endswith((*ROLE_TAILS, *PERSON_ENDINGS, "er")) for t in tokens[: before.start])
    named = any(t.text in FIRST_NAMES for t in words)
    return plural or not (role or named)


def _existential(clause: Clause) -> bool:
    """ "… gibt es Kritik an …" → "Es gibt Kritik an …": the "es" of "geben" points nowhere, so it may open."""
    subject = clause.subject
    verbs = (clause.finite, *range(*clause.bracket))  # "hat es … gegeben"
    return (
        subject is not None and clause.tokens[subject.start].lower == "es" and any(clause.tokens[i].lower in GIVES for i in verbs)
    )


def _movable(clause: Clause) -> bool:
    """The subject stands in the Mittelfeld and may move to the front whole: not a pronoun (but the "es" of
    "geben"); not read up to "und" ("übernehmen öffentliche Räume | und städtebaulich intakte Quartiere …"), which
    may have a second member, nor before a comma, whose apposition (", die Deutschen,") would stay behind; a relative
    clause after it is a phrase of the field and moves with it."""
    tokens, subject = clause.tokens, clause.subject
    if subject is None or subject not in clause.mittelfeld:
        return False
    if tokens[subject.start].lower in PRONOUNS and not _existential(clause):
        return False
    if subject.end - subject.start == 1 and tokens[subject.start].lower in ARTICLES:
        return False  # "ein | bisher unbekanntes Streichquartett": an article read alone, its noun further on
    if subject.start and tokens[subject.start - 1].lower in GRADED:
        return False  # "bis zu zehnmal so | viele Besucher": the degree belongs to the subject
    follows = tokens[subject.end] if subject.end < len(tokens) else None
    related = any(p.kind == "relative_clause" and p.start == subject.end for p in clause.mittelfeld)
    apposed = follows is not None and follows.text == "," and not related
    return not (follows is not None and follows.lower in COORDINATORS) and not apposed


def _described(tokens: Sequence[Tok], subject: Phrase) -> bool:
    """A subject that only a relative clause after it can say which: a definite noun phrase without a name ("Die
    rund 220 Asylwerber", "Viele der Websites"), not "Die Firma Siemens" nor "Der Minister Peter Huber"; or a bare
    plural ("Trockengelegte Moore, die wieder vernässt werden, …": without the clause it says all of them)."""
    if subject.kind != "subject":
        return False
    words = tokens[subject.start : subject.end]
    opener = words[0].lower
    # an adjective and its noun, no article: "Trockengelegte Moore" (a name alone may be a noun too: "Siemens")
    adjective, head = (words[-2], words[-1]) if len(words) > 1 else (words[0], words[0])
    bare = opener not in ARTICLES and not words[0].number and adjective.lower.endswith(("e", "en", "er", "es"))
    bare = bare and adjective is not head
    if bare and head.capital and fold(head.lower) in common_nouns() and not any(w.capital for w in words[1:-1]):
        return True
    definite = opener in DEFINITE or (opener.rstrip("enr") in QUANTIFIERS and len(words) > 1 and words[1].lower in DEFINITE)
    nouns = [w for w in words if w.capital and w is not words[0]]
    return definite and len(nouns) == 1 and nouns[0].text not in FIRST_NAMES


def _introduced(clause: Clause) -> tuple[frozenset[int], int]:
    """The names in the Vorfeld that the rest of the clause then calls by a role or a generic noun ("… mit ihrem
    Biografen Karl Gruber … den Autor", "… in Nepal … des Landes"), and the position of that noun: while it stays,
    the names stay, or it would point back to nothing. Empty (and -1) when the clause has no such noun."""
    tokens = clause.tokens
    # not a time ("Am Montag") nor a noun after a fused article ("Im Prozess")
    names = frozenset(
        i
        for i in name_positions(tokens, 1, clause.finite)
        if not time_word(tokens[i]) and tokens[i - 1].lower not in CONTRACTIONS
    )
    for i in range(clause.finite + 1, clause.tail - 1) if names else ():
        if tokens[i].lower not in DEFINITE or tokens[i - 1].lower in ("einer", "eines"):
            continue  # a definite noun phrase, not a part of many ("einer der Täter")
        n = i + 1
        while n < clause.tail - 1 and not tokens[n].capital and ATTRIBUTIVE.search(tokens[n].lower):
            n += 1  # "des mittelamerikanischen | Landes"
        after = tokens[n + 1] if n + 1 < len(tokens) else tokens[n]
        # "dem Autor Karl Gruber", "das Gesetz zur Reform der Pflege": what follows says who or which
        named = after.capital or after.lower in ("des", "der", "eines", "einer", "zur", "zum") or after.lower in ATTACHING
        # "den Autor" calls back a person named in full ("Karl Gruber", "Hans-Peter Huber")
        person = any(tokens[k].text.split("-")[0] in FIRST_NAMES and tokens[k + 1].capital for k in names)
        if tokens[n].capital and not named and _describes(tokens[n].text, person):
            return names, n
    return frozenset(), -1


def _describes(noun: str, person: bool) -> bool:
    """A noun that names nothing by itself: a generic thing, a country or town, or, where a person was named, a role
    ("den Ex-Politiker")."""
    return noun in GENERIC_NOUNS or noun in PLACE_NOUNS or (person and noun.rsplit("-", 1)[-1] in ROLE_NOUNS)


def _tail_cuts(clause: Clause) -> Iterable[Cut]:
    """The clauses after the main clause, one segment per comma: a relative or adverbial clause goes (with what
    continues it, up to an attribution); an announcement goes after an indicative clause; after a verb of saying,
    only what follows the speaker goes."""
    tokens = clause.tokens
    if tokens[clause.finite].lower in SPEECH_VERBS:
        return  # "sagte X am Montag, die Händler seien froh …": what follows is what was said
    if clause.open:
        return  # "hat … mit X, dem Y und Z teilgenommen": "hat" has no object, so its participle comes later
    if clause.tail < clause.end and tokens[clause.tail].lower == "und":
        after = tokens[clause.tail + 1] if clause.tail + 1 < clause.end else None
        if after is not None and (after.number or after.lower in NUMERALS):
            return  # "von einem Jahr [und zehn Monaten]": the rest of an amount, which the first part would misstate
        yield Cut(4, frozenset(range(clause.tail, clause.end)))  # a second verb phrase: the first stands alone
        return
    # "bietet … einen „Mobil-Check 70+“ an: eine kostenlose Rückmeldefahrt …, dazu …": what follows is no clause but
    # a list that spells out what the clause named, which may go as a clause after the colon may; not where the
    # clause names nothing the list could spell out ("Die Karte ist kurz: drei Weine, …")
    # "… so oft ausgerückt wie nie zuvor: …": the comparison ends the clause before its colon
    at = clause.tail
    if at < clause.end and tokens[at].lower == "wie":
        close = next((k for k in range(at, clause.end) if tokens[k].text in ",:;–—" and not tokens[k].inside), at)
        at = close if tokens[close].text == ":" else at
    colon = at + 1 < clause.end and tokens[at].text == ":"
    listed = (
        colon
        and any(p.kind == "noun" and named_or_counted(tokens, p.start, p.end) > 0 for p in clause.mittelfeld)
        and _noun_list(tokens[at + 1 : clause.end])
    )
    if colon and (tokens[at + 1].capital or listed):
        subject = clause.subject
        named = subject is not None and tokens[subject.start].lower not in PRONOUNS  # not "Da waren es nur noch fünf:"
        # "Auf Hessens Straßen hat es … so viele Wildunfälle gegeben wie nie zuvor: …": a record of what there was is
        # news; not a scene ("Als die Sirene ertönte, gab es kein Halten mehr: …")
        named = named or (_existential(clause) and at > clause.tail)
        # "Die Kirchgemeindeversammlung hat entschieden: …": a decision with no object is only said after its colon;
        # "sieht das so:" points to it ("so viele … wie nie" does not)
        if named and not _decides_nothing(clause) and not any(_forward(tokens, i) for i in range(clause.tail)):
            yield Cut(5, frozenset(range(at, clause.end)), closed=True)  # "… hat X gestärkt: Y soll …"
        return
    commas = [
        i
        for i in range(clause.tail, clause.end)
        if tokens[i].text in ",:;–—" and not tokens[i].inside and not _lists(tokens, i, clause.end)
    ]
    if clause.tail < clause.end and tokens[clause.tail].text in "–—" and _afterthought(tokens, clause.tail + 1, clause.end):
        yield Cut(3, frozenset(range(clause.tail, clause.end)))  # "… in Graz gefeiert [– nach Stationen in Wels und Steyr]"
        return
    if not commas or tokens[clause.tail].text != ",":
        return
    bounds = [*commas, clause.end]
    segments = list(zip(bounds, bounds[1:]))
    # "… soll nicht gebaut worden sein, um Rennen zu fahren, sondern …": a negation may scope over the clause after
    negated = any(tokens[i].lower in NEGATIONS for i in range(clause.finite, clause.tail))
    kinds = [_segment_kind(tokens[a + 1 : b]) if tokens[a].text == "," else "other" for a, b in segments]
    for k, ((a, b), kind) in enumerate(zip(segments, kinds)):
        if kind == "other" or any(tokens[i].lower in NEGATIONS for i in range(a, b)):
            return  # after a colon, a dash, a condition or a negation: the rest stays
        if kind == "infinitive":
            yield from _infinitive_cuts(tokens, a + 1, b - 1)
            return  # what follows the infinitive the verb needs stays
        if kind == "main" and _detachable(clause, a):
            yield Cut(4, frozenset(range(a, clause.end)))  # "…, zwölf davon muss der Mann absitzen": a second sentence
        if kind == "main":
            return
        if kind == "announcement":
            yield Cut(1, frozenset(range(a, b)))
        elif kind == "share":
            yield Cut(3, frozenset(range(a, b)))  # "… zu drei Jahren Haft verurteilt[, davon eines unbedingt]"
        elif kind == "speaker":
            yield from _speaker_rest(tokens, a + 2, b)
        elif kind == "clause":
            if negated and tokens[a + 1].lower not in RELATIVE_PRONOUNS:
                return
            stop = next((bounds[j] for j in range(k + 1, len(segments)) if kinds[j] in ("announcement", "speaker")), clause.end)
            relative = tokens[a + 1].lower in RELATIVE_PRONOUNS or (
                tokens[a + 1].lower in PHRASE_PREPOSITIONS and a + 2 < b and tokens[a + 2].lower in RELATIVE_PRONOUNS
            )
            # "nur für den Teil, der …", "als einzige Sportart, in der …"; "die Frage, welche …" asks, it does not
            # describe; "von Konzernen, die in Afrika tätig sind": a noun without article is the kind the clause says
            restricted = relative and (
                any(tokens[i].lower in RESTRICTING for i in range(a))
                or tokens[a - 1].lower in ("frage", "fragen")
                or (tokens[a - 1].capital and tokens[a - 2].lower in (PHRASE_PREPOSITIONS - CONTRACTIONS))
                or _singled_out(tokens, a)
                or _kind_restricted(clause, a, clause.finite + 1)
            )
            if not restricted and not any(tokens[i].lower in NEGATIONS for i in range(a, stop)):
                yield Cut(1, frozenset(range(a, stop)), closed=tokens[a + 1].lower in RELATIVE_PRONOUNS - {"wo"})


def _noun_list(segment: Sequence[Tok]) -> bool:
    """Noun phrases and no clause: an article, a number or an adjective before its noun opens it ("eine kostenlose
    Rückmeldefahrt …, dazu …", "freien Eintritt in 40 Bäder"); not an exception or a rate ("ausgenommen zu
    Silvester", "aber nur am Wochenende", "pro Kind")."""
    if len(segment) < 3 or any(fold(t.lower) in EXCEPTING or t.lower.startswith("ausnahme") for t in segment):
        return False
    first, second = segment[0], segment[1]
    adjective = first.word and ATTRIBUTIVE.search(first.lower) is not None and second.capital
    opens = first.lower in ARTICLES or first.number or first.lower in NUMERALS or adjective
    return opens and analyse(segment) is None


# Words that restrict what a clause said: what follows them after a colon is an exception, not a list
EXCEPTING = frozenset(
    ["ausgenommen", "ausser", "aber", "exklusive", "inklusive", "einschliesslich", "zuzüglich", "abzüglich", "ohne"]
    + ["nur", "einzige", "einzig", "bis", "sondern"]
)


# What singles out one of a kind: "der letzte", "der erste", and "der einzige" of the restricting words.
SINGLING = frozenset(["letzte", "letzten", "letzter", "erste", "ersten", "erster"]) | {
    w for w in RESTRICTING if w.startswith("einzig")
}


def _singled_out(tokens: Sequence[Tok], comma: int) -> bool:
    """The relative clause after `comma` says which one is meant: its noun is singled out by an adjective before it
    ("der letzte Hufschmied, der …", "der größte Betrieb, der …"), so the claim holds only with the clause."""
    if comma < 2 or not tokens[comma - 1].capital:
        return False
    j = comma - 2
    while j >= 0 and tokens[j].word and not tokens[j].capital and ATTRIBUTIVE.search(tokens[j].lower):
        if tokens[j].lower in SINGLING or SUPERLATIVE.search(tokens[j].lower):
            return True
        j -= 1
    return False


def _kind_restricted(clause: Clause, comma: int, floor: int) -> bool:
    """The relative clause after `comma` restricts a plural noun without article ("Kinder, die ein Handy mit ins
    Zimmer nehmen, schlafen weniger", "… auf Böden, die gedüngt werden, …"): without it, what holds for some would be
    said of all. Not after a count ("Hunderte Kleinsparer, die …", "drei Männer, die …"), which the clause only
    describes, nor where the pronoun is singular ("Anwälte, mit der sie …" speaks of something else). A clause moved
    behind the right bracket restricts the noun before the bracket; `floor` is where the noun's phrase may start at
    the earliest (after the finite verb). Not after a past auxiliary and its participle: what happened ("hatte … von
    Konten abgezweigt, die er verwaltete") stays true without the clause. (A clause after a noun with
    an indefinite article, "ein Verfahren, mit dem …", may go: the push then says less, not something else.)"""
    tokens, bracket = clause.tokens, clause.bracket
    if tokens[clause.finite].lower in PAST_AUXILIARIES and bracket[0] < bracket[1]:
        return False
    j = comma - 1
    if bracket[0] < bracket[1] == comma:
        j = bracket[0] - 1
    if j < floor or not (tokens[j].word and tokens[j].capital and is_common_noun(tokens[j].text)):
        return False
    while j > floor and tokens[j - 1].word and not tokens[j - 1].capital and ATTRIBUTIVE.search(tokens[j - 1].lower):
        if tokens[j - 1].lower in ARTICLES:
            break
        j -= 1  # the noun's adjectives: "gefährdete Bewohner"
    before = tokens[j - 1] if j > floor else None
    counted = before is not None and (before.number or before.lower in NUMERALS or before.lower.endswith(QUANTITIES))
    article = before is not None and before.lower in ARTICLES
    after = comma + 2 if comma + 2 < len(tokens) and tokens[comma + 1].lower in PHRASE_PREPOSITIONS else comma + 1
    pronoun = tokens[after].lower if after < len(tokens) else ""
    # "die" may be singular ("Hilfe, die … unterstützt"): then the clause's verb, which ends it, is plural
    stop = next((k for k in range(after, len(tokens)) if tokens[k].text in ",:;–—" and not tokens[k].inside), len(tokens))
    while stop > after and not tokens[stop - 1].word:
        stop -= 1
    plural = pronoun in ("denen", "deren") or (pronoun == "die" and tokens[stop - 1].lower.endswith("n"))
    return plural and not (counted or article) and tokens[j].text.endswith(("er", "en", "e", "rn"))


def _afterthought(tokens: Sequence[Tok], start: int, end: int) -> bool:
    """What follows a dash at the end is only adverbial phrases, no verb: an afterthought to the clause."""
    field = phrases(tokens, start, end)
    opens = start < end and tokens[start].lower in PHRASE_PREPOSITIONS
    return opens and all(p.kind in ADVERBIAL for p in field) and not any(_holds_negation(tokens, p) for p in field)


def _lists(tokens: Sequence[Tok], comma: int, end: int) -> bool:
    """The comma joins the members of a list ("die Zuschüsse für Vereine, Schulen und kleine Theater …"), not two clauses: a noun before it, and after it nouns and adjectives up to "und" or "oder"."""
    if tokens[comma].text != "," or not tokens[comma - 1].capital:
        return False
    i = comma + 1
    while (
        i < end
        and tokens[i].word
        and (tokens[i].capital or (ATTRIBUTIVE.search(tokens[i].lower) and tokens[i].lower not in ARTICLES))
    ):
        i += 1
    return comma + 1 < i < end and tokens[i].lower in ("und", "oder", "sowie")


def _infinitive_object(clause: Clause) -> bool:
    """The clause's participle or infinitive is followed at once by the infinitive it takes (", … zu senken")."""
    tokens, (start, tail) = clause.tokens, clause.bracket
    if not start < tail < clause.end or tokens[tail].text != ",":
        return False
    stop = next((i for i in range(tail + 1, clause.end) if tokens[i].text in ",:;–—" and not tokens[i].inside), clause.end)
    segment = tokens[tail + 1 : stop]
    return bool(segment) and segment[0].lower not in SUBORDINATORS and ends_in_infinitive(segment)


def _infinitive_cuts(tokens: Sequence[Tok], start: int, stop: int) -> Iterable[Cut]:
    """Inside the infinitive a verb needs (", bei Versammlungen künftig schneller einzuschreiten"), its time,
    place and circumstance adjuncts, by the same steps as in the Mittelfeld; its closest complement, a negation and
    numbers stay."""
    field = phrases(tokens, start, stop)
    complement = closest_complement(tokens, field)
    cuts = list(_infinitive_adjuncts(tokens, field, complement))
    yield from _coordinated_cuts(tokens, field, cuts, stop)
    yield from cuts


def _infinitive_adjuncts(tokens: Sequence[Tok], field: Sequence[Phrase], complement: Sequence[Phrase]) -> Iterable[Cut]:
    """The deletions of `_infinitive_cuts`, one phrase each."""
    for k, phrase in enumerate(field):
        if _intensifier(tokens, phrase):
            yield Cut(7, frozenset([phrase.start]))  # "die Zuschüsse massiv aufzustocken"
            continue
        after_noun = k > 0 and field[k - 1].kind == "noun"
        compared = tokens[phrase.start - 1].lower in ("als", "wie")  # "effizienter als bisher"
        if (
            compared
            or phrase.kind not in ("temporal", "local", "causal")
            or phrase in complement
            or after_noun
            or _holds_negation(tokens, phrase)
            or _numbered(tokens, phrase)
            or _counted_time(tokens, phrase)
        ):
            continue
        yield Cut(STEPS[phrase.kind], frozenset(range(phrase.start, phrase.end)))


def _segment_kind(segment: Sequence[Tok]) -> str:
    """What a segment after a comma is: an announcement, a speaker ("sagte X"), a relative or adverbial clause
    (one that may go), a share of an amount ("davon ein Jahr unbedingt", which may go), a main clause of its own (which may go with all after it), or other (a condition, a "dass"
    clause, an infinitive complement: it stays)."""
    if not segment:
        return "other"
    first = segment[0].lower
    words = {t.lower for t in segment}
    if first in SPEECH_VERBS or first == "so":
        return "speaker"
    if (first in ANNOUNCEMENTS or first == "wie") and words & ANNOUNCEMENTS:
        return "announcement"
    relative = first in RELATIVE_PRONOUNS or (
        first in PHRASE_PREPOSITIONS and len(segment) > 1 and segment[1].lower in RELATIVE_PRONOUNS
    )
    # a relative clause ends in its finite verb: not ", die Eigenschaften von Gasen, …" (a list), nor ", das
    # Gesundheitswesen zu revolutionieren" (an infinitive the verb needs: "hat sich zum Ziel gesetzt, …")
    infinitive = ends_in_infinitive(segment)
    verb_final = segment[-1].word and not segment[-1].capital and not infinitive and segment[-1].lower not in ARTICLES
    # ", die Behörden hätten … reagiert", ", das Parlament hat … abgelehnt": an article, its verb second, no relative
    verb_second = any(t.lower in FINITE_AUXILIARIES or t.lower in SUBJUNCTIVE for t in segment[2:4] if t is not segment[-1])
    relative = relative and not verb_second
    if (relative and verb_final) or (first in ADVERBIAL_SUBORDINATORS and first != "da"):
        return "clause"
    if infinitive and first not in SUBORDINATORS:
        return "infinitive"  # ", die Zuschüsse … aufzustocken": "die" is an article, a relative clause ends finite
    if not segment[0].capital and not segment[0].word and not segment[0].number:
        return "continuation"
    # ", davon ein Jahr unbedingt", ", zehn davon unbedingt": a verbless detail of a part of what the clause counted
    counted = len(segment) > 1 and segment[1].lower == "davon" and (segment[0].number or first in NUMERALS)
    if (first == "davon" or counted) and not any(t.lower in FINITE_AUXILIARIES or t.lower in SUBJUNCTIVE for t in segment):
        return "share"
    # "zwölf davon muss der Mann absitzen", "12 davon …": a main clause of its own, its auxiliary or modal second or
    # third
    second = analyse(segment) if first not in SUBORDINATORS else None
    finite = second is not None and second.finite <= 3 and segment[second.finite].lower in FINITE_AUXILIARIES
    return "main" if finite and second is not None and second.subject is not None else "other"


def _detachable(clause: Clause, comma: int) -> bool:
    """The main clause after `comma` may go with all after it: the first says something whole. Not where the first
    is opened by a subordinator or a w-word ("Was früher … waren, sind …", "Je länger …, desto …"), holds a negation,
    a correlative or a verb of saying or claiming that the second completes ("ist nicht nur gescheitert, er hat auch
    …", "hat gesagt, man habe …"), has no object of its own, and not where the second is reported speech or turns
    the first ("…, heute sind es knapp 39000", "…, das Parlament hat den Vorschlag jedoch abgelehnt")."""
    tokens = clause.tokens
    before = {t.lower for t in tokens[:comma]}
    after = {t.lower for t in tokens[comma + 1 : clause.end]}
    headed = tokens[0].lower in SUBORDINATORS or tokens[0].lower in W_WORDS
    claims = bool(before & (NEGATIONS | CORRELATIVES | PAIRED | SPEECH_VERBS | ATTRIBUTION))
    objects = any(p.kind in ("noun", "coordination") and p != clause.subject for p in clause.mittelfeld)
    # a passive says something whole without an object ("soll um zwei Plätze erweitert werden")
    passive = any(t.lower in PASSIVE for t in (tokens[clause.finite], *tokens[clause.bracket[0] : clause.bracket[1]]))
    reported = any(_reported(t.lower) for t in tokens[comma + 1 : comma + 4] if t.word and not t.capital)
    # a verb of saying or thinking ("kritisiert", "gab an", "hatte ausgesagt") stands alone before the clause it takes
    placed = any(p != clause.subject and p.kind in ADVERBIAL for p in clause.mittelfeld)
    return not (headed or claims or reported or after & TURNING) and (objects or passive or placed)


def _speaker_rest(tokens: Sequence[Tok], start: int, end: int) -> Iterable[Cut]:
    """After ", sagte X": what follows the speaker's name (", sagte X am Montag nach dem Ministerrat"), the verb's
    particle kept (", teilte X am Sonntag mit")."""
    i = start
    while (
        i < end and (tokens[i].capital or tokens[i].lower in ("der", "die", "das")) and tokens[i].lower not in PHRASE_PREPOSITIONS
    ):
        i += 1
    stop = end - 1 if tokens[end - 1].lower in PARTICLES else end
    if start < i < stop:
        yield Cut(1, frozenset(range(i, stop)))


def _ordinal(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    return any(ORDINAL.match(tokens[i].lower) for i in range(phrase.start, phrase.end))


def _counted_time(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """ "zum dritten Mal (in Folge)": how often it happened is the news; "für (mindestens) zwei Jahre", "für die
    Dauer der Arbeiten": how long a closure or a ban holds."""
    words = range(phrase.start, phrase.end)
    if _ordinal(tokens, phrase) and any(tokens[i].lower in ("mal", "folge", "serie") for i in words):
        return True
    counted = any(tokens[i].number or tokens[i].lower in NUMERALS for i in words)
    lasting = (counted and time_word(tokens[phrase.end - 1])) or any(tokens[i].lower == "dauer" for i in words)
    return tokens[phrase.start].lower == "für" and lasting


def _intensifier(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    return phrase.kind == "adverb" and phrase.end - phrase.start == 1 and tokens[phrase.start].lower in INTENSIFIERS


def _holds_negation(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    return any(tokens[i].lower in NEGATIONS for i in range(phrase.start, phrase.end))


def _numbered(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    return any(tokens[i].number for i in range(phrase.start, phrase.end))


def _counted(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A number, in digits or words, opens the phrase ("acht Monate", "ein Jahr", "2,5 Kilometer")."""
    first = tokens[phrase.start]
    return first.number or first.lower in NUMERALS or first.lower in ("ein", "eine", "einen", "einem")


def _amount_noun(word: str) -> bool:
    """The word, or its compound's last part, is one of `AMOUNT_NOUNS` ("Baukosten", "Bau-Kosten")."""
    last = word.rsplit("-", 1)[-1]
    return last[:1].isupper() and last.lower().endswith(AMOUNT_TAILS)


def _time_count(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A count of days, games or rounds ("zwei Spieltage", "100 Tage", "eine Minute", "bereits zwei Wochen"), which a
    "vor" or "nach" phrase after it measures from; not a count of things ("zwei Tore | nach der Pause")."""
    words = [t for t in tokens[phrase.start : phrase.end] if t.lower not in DEGREE and t.lower not in FOCUSED]
    if len(words) < 2 or phrase.kind not in ("noun", "temporal"):
        return False
    first, last = words[0], words[-1]
    counted = first.number or first.lower in NUMERALS or first.lower in INDEFINITE
    return counted and last.capital and (time_word(last) or last.lower.endswith(MEASURED_TIMES))


def _bare_number(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """The phrase ends in a number without its unit, in digits or words ("mit 60", "mit drei")."""
    last = tokens[phrase.end - 1]
    return last.number or last.lower in NUMERALS
