"""Sentence compression by deletion only: every kept word is still the article's own, with its offsets.

Removable parts are whole constituents found from punctuation and closed-class words: parentheticals, appositions
and relative clauses after a name, attributions of reported speech, trailing adverbial clauses, and the one kind
of single word that only links a clause to the sentence before ("will deshalb sparen", kurz.text.cohesion). A removal is refused when it would unbalance quotes or brackets, drop a
negation, separate a number from its unit, turn a claim into a fact, or leave a sentence too short to stand.

What tells the reader who or how much goes only for length (level 3, like a politician's party): who a named person
is ("Sonja Hammerschmid, die neue Vorsitzende der Universitätenkonferenz, …", "Abe Lucas (Joaquin Phoenix)": kind
`identity`) and an amount converted in brackets ("90 Millionen Pfund (117 Millionen Euro)": kind `amount`). Editors
in the panel rounds missed them when they went.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kurz.document import Sentence, Span
from kurz.summary import join_pieces
from kurz.text.attribution import has_speaker, unattributed
from kurz.text.cohesion import FIRST_NAMES, removable_links
from kurz.text.ends import TERMINALS
from kurz.text.lexicon import (
    ADVERBIAL_CORRELATES,
    ADVERBIAL_SUBORDINATORS,
    AUXILIARIES,
    CLAUSE_OPENERS,
    CONDITIONS,
    CONTRACTIONS,
    COORDINATORS,
    DANGLING,
    DETERMINERS,
    FIRST_PERSON,
    NEGATIONS,
    NUMERALS,
    PREPOSITIONS,
    PURPOSE_HEADS,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
    STOP_WORDS,
    SUBJUNCTIVE,
    SUBORDINATORS,
)
from kurz.text.quotes import balanced, depths
from kurz.text.syntax import analyse, tokenize
from kurz.text.tokens import WORD
from kurz.text.wordlists import word_list

# Removal levels, applied cumulatively: the shortest safe variant removes all of them.
LEVELS: tuple[tuple[str, ...], ...] = (
    ("parenthetical", "link"),
    ("apposition", "relative_clause", "inserted_attribution"),
    ("attribution", "affiliation", "identity", "amount"),
    ("adverbial_clause",),
    ("coordinated_clause",),
)

FUNCTION_WORDS = STOP_WORDS | PREPOSITIONS
PHRASE_STARTS = DETERMINERS | PREPOSITIONS | CONTRACTIONS | QUANTIFIERS
# Particles inside names ("Ursula von der Leyen", "Alexander Van der Bellen"), matched lowercased.
NAME_PARTICLES = (("von", "der"), ("van", "der"), ("van",), ("de",), ("di",))
NAME_PREFIX = re.compile(r"(?:al|el|bin|ibn|van|de|di|du|la|le)(?:-|$)")
ADJECTIVE = re.compile(r"(?:ig|lich|isch|end|er|al|ell|iv)(?:e|er|en)$")
_QUOTES = '„»«“"'
PARTIES = word_list("parties")
_AMOUNT = re.compile(
    r"(?:umgerechnet\s+|rund\s+|etwa\s+|knapp\s+)?[\d.,]+\s+(?:Millionen\s+|Milliarden\s+|Mio\.\s+|Mrd\.\s+)?(?:Euro|Dollar|Franken|Pfund|US-Dollar)$"
)
_PARTY_OF = re.compile(r"^(?:beide|alle|jeweils)\s+")  # "Josef Krainer und Waltraud Klasnic (beide ÖVP)"
_COMMA = re.compile(",")
_DECIMAL_COMMA = re.compile(r"\d,\s?\d")  # "3,5": not a clause boundary
MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class Removal:
    start: int  # offsets relative to the sentence content
    end: int
    kind: str


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def _after_name(before: str) -> bool:
    """The comma follows a proper name: two capitalised words (name particles allowed between) that are not an
    article plus noun, nor a number plus its unit."""
    before = re.split(r"[,;:–—]", re.sub(r"\s*\([^()]*\)\s*$", "", before))[-1]
    words = _words(before)
    for particles in NAME_PARTICLES:
        n = len(particles)
        if len(words) > n + 1 and tuple(w.lower() for w in words[-n - 1 : -1]) == particles:
            words = words[: -n - 1] + words[-1:]
            break
    if len(words) < 2:
        return False
    last, prev = words[-1], words[-2]
    number_before = prev.lower() in NUMERALS or (len(words) > 2 and (words[-3].isdigit() or words[-3].lower() in NUMERALS))
    common = prev.lower() in STOP_WORDS or prev.lower() in QUANTIFIERS
    # "einer Linzer Lehrerin, die …": an indefinite article brings in someone new, whom the clause describes
    introduced = len(words) > 2 and words[-3].lower() in ("ein", "eine", "eines", "einer", "einem", "einen")
    return last[0].isupper() and prev[0].isupper() and not common and not number_before and not introduced


def _relative(words: list[str]) -> bool:
    """A verb-final relative clause: ", der …", ", mit dem …", ", wo …"."""
    first = words[0].lower()
    opens = first in RELATIVE_PRONOUNS or (first in PREPOSITIONS and len(words) > 1 and words[1].lower() in RELATIVE_PRONOUNS)
    verb_second = len(words) > 1 and words[1].lower() in AUXILIARIES  # ", die waren schon …": a main clause
    return opens and words[0][0].islower() and words[-1][0].islower() and not verb_second


def _opens_clause(segment: str) -> bool:
    """The segment continues a clause (conjunction, pronoun subject, verb-final relative clause)."""
    words = _words(segment)
    return bool(words) and (words[0].lower() in CLAUSE_OPENERS or _relative(words))


def _attribution_start(segment: str) -> bool:
    """The segment opens an attribution: a verb of saying, or "so" before a name or noun phrase."""
    words = _words(segment)
    if not words or re.search(r"[:;–—]", segment):
        return False  # "…, erklärte X: …" introduces more speech
    first = words[0].lower()
    return first in SPEECH_VERBS or (
        first == "so" and len(words) > 1 and (words[1][0].isupper() or words[1].lower() in DETERMINERS)
    )


def _reported(clause: str) -> bool:
    """Reported speech: a subjunctive form in the first main clause (not in "…, obwohl es schwierig sei"), in the
    third person ("ich hätte …" is direct speech), or the clause is one whole quotation."""
    body = clause.strip()
    if body and body[0] in _QUOTES and all(depths(body)):
        return True
    for part in clause.split(","):
        words = _words(part)
        if words and not (words[0].lower() in SUBORDINATORS or _relative(words)):
            lowered = {w.lower() for w in words}
            return bool(lowered & SUBJUNCTIVE) and not lowered & FIRST_PERSON
    return False


def _noun_phrase(words: list[str]) -> bool:
    """No verb-like word: a lowercase content word never directly follows a capitalised word (verb second)."""
    for prev, word in zip(words, words[1:]):
        verb_like = word[0].islower() and word.lower() not in FUNCTION_WORDS and not NAME_PREFIX.match(word)
        if word.lower() in AUXILIARIES or (verb_like and prev[0].isupper()):
            return False
    return True


def _phrase_start(word: str) -> bool:
    return word[0].isupper() or word.lower() in PHRASE_STARTS


def _plural_relative(words: list[str]) -> bool:
    """A relative clause about several people or things ("die … sind"): restrictive, not about a name."""
    first, last = words[0].lower(), words[-1].lower()
    plural_verb = re.search(r"(?:en|[lr]n|^sind)$", last) is not None
    return first == "denen" or words[1:2] == ["denen"] or (first == "die" and plural_verb)


def _describes_speaker(main: str, attribution: str, rest: list[str]) -> bool:
    """The segments after an attribution are about the speaker (", der …", ", Chef der …", ", am Montag"),
    not the rest of a clause it interrupts ("Die Reform sei, so X, Chefsache")."""
    if _incomplete(main):
        return False
    named = _words(attribution)[-1][0].isupper()
    for i, segment in enumerate(rest):
        words = _words(segment)
        if not words or {w.lower() for w in words} & SUBJUNCTIVE or re.match(rf"\s*[{_QUOTES}]", segment):
            return False
        if _relative(words):
            continue
        first = words[0].lower()
        if not _noun_phrase(words) or not (words[-1][0].isupper() or words[-1].isdigit()):
            return False
        when = i > 0 and first in PREPOSITIONS | CONTRACTIONS  # "…, Chef der X, am Montag in Wien"
        role = named and (words[0][0].isupper() or first in ("der", "die"))  # "…, sagte X, Chef der Y"
        if not (when or role):
            return False
    return True


def _inserted(segment: str, before: str, rest: list[str], previous: str | None) -> tuple[str, bool] | None:
    """Classify a comma-delimited insertion ", … ," (or a final ", … .") that a teaser can do without.

    `rest` are the segments after it, `previous` the segment before it (None when that is the main clause).
    Returns the kind and whether the comma closing the insertion must stay (a new clause follows).
    """
    words = _words(segment)
    if not words or len(words) > 14:
        return None
    after = rest[0] if rest else ""
    after_words = _words(after)
    if re.match(rf"\s*[{_QUOTES}]", after) or re.search(rf"[{_QUOTES}]\s*$", before) or (after and not after_words):
        return None
    if _attribution_start(segment):
        if not after or len(words) > 8 or _describes_speaker(before, segment, rest):
            return None  # a final attribution is handled as such
        return _inserted_attribution(before, after_words, rest)
    if (after and _opens_clause(after)) or not _after_name(before) or _chained(rest):
        return None
    if after_words and after_words[0][0].isupper() and _noun_phrase(after_words):
        return None  # "…, Chef der Liste, Anfang Mai": the next segment may be one more apposition
    # the comma closing the insertion stays before a new clause, or before an attribution of a whole clause
    # ("Der Täter ist ein Mann aus Graz, der …, sagte X"; but "Peter Pilz, der …, sagte am Montag, …")
    subject = _noun_phrase(_words(re.split(r"[,;:–—]", before)[-1]))
    new_clause = bool(after_words) and (after_words[0][0].isupper() or (_attribution_start(after) and not subject))
    if len(words) == 1:  # an age: "Peter Huber, 45, wurde …"
        return ("apposition", new_clause) if words[0].isdigit() and len(words[0]) <= 3 and after else None
    first = words[0].lower()
    # "…, Michael Stampfer, an der Ausarbeitung beteiligt.": after a name or phrase, a final segment ends the clause
    continuation = not after and previous is not None and _phrase_start(_words(previous)[0]) and _noun_phrase(_words(previous))
    if continuation:
        return None
    if _relative(words):
        if "zu" in (w.lower() for w in words[:-1]) or _plural_relative(words) or (after and words[-1].lower() in SPEECH_VERBS):
            return None
        if not after and _open_clause(before):
            return None  # "… hat … mit X, dem Y und Z teilgenommen.": the participle is the main clause's
        return "relative_clause", new_clause
    adjective = first not in QUANTIFIERS and ADJECTIVE.search(first) is not None and words[1][0].isupper()
    head = first in DETERMINERS or words[0][0].isupper() or adjective
    closes = words[-1][0].isupper() or words[-1].isdigit()
    a_name = all(w[0].isupper() or w.isdigit() for w in words)  # "…, Heinrich Schmidinger, …": the name itself
    # a compound cut short ("Lager- und Transportabläufe") is one word, and its "und" joins no list
    whole = _words(_SHORTENED.sub("-", segment))
    if not head or not closes or a_name or len(whole) > 8 or not _noun_phrase(words):
        return None
    if COORDINATORS & {w.lower() for w in whole} or _name_list(rest):
        return None  # a list ("…, Chef der Liste und Bürgermeister, …") may go on
    # "Sonja Hammerschmid, die neue Vorsitzende der Universitätenkonferenz, fordert …": who the person is
    return ("identity" if _names_person(_words(before)[-2:]) else "apposition"), new_clause


_SHORTENED = re.compile(r"-\s+(?:und|oder|bis)\s+(?=[A-ZÄÖÜ])")  # "Lager- und Transportabläufe"


def _names_person(words: list[str]) -> bool:
    """A person named in full: a known first name and a capitalised word after it, and nothing more."""
    return 2 <= len(words) <= 3 and words[0] in FIRST_NAMES and all(w[:1].isupper() for w in words[1:])


def _inserted_attribution(before: str, after_words: list[str], rest: list[str]) -> tuple[str, bool] | None:
    """An attribution inside reported speech, and whether the comma after it must stay.

    "Der Tod, heißt es, sei …" and "Die Inflation werde, so X, im Herbst sinken" (one simple clause around it),
    "…, so X, und werde …" (a coordinated verb), "…, sagte X, man habe …" (two reported clauses: the comma stays).
    Anything else may have the verb of saying as the sentence's own verb ("Angesprochen darauf, sagte X, …").
    """
    first = after_words[0].lower()
    if "," not in before and (first in AUXILIARIES or _incomplete(before)) and _reported(" ".join([before, *rest])):
        return "inserted_attribution", False
    if not _reported(before.split(",", 1)[0]):
        return None
    if first in COORDINATORS and after_words[1:2] and after_words[1].lower() in AUXILIARIES:
        return "inserted_attribution", False
    new_clause = {w.lower() for w in after_words} & AUXILIARIES and first not in SPEECH_VERBS | AUXILIARIES | CLAUSE_OPENERS
    return ("inserted_attribution", True) if new_clause and not _relative(after_words) else None


def _incomplete(text: str) -> bool:
    """The last clause of `text` stops at its finite auxiliary or modal: what follows an insertion completes it."""
    clause = text.rsplit(",", 1)[-1]
    words = _words(clause)
    return bool(words) and words[-1].lower() in AUXILIARIES and not _opens_clause(clause)


def _open_clause(before: str) -> bool:
    """The main clause before a final segment still lacks its participle (`kurz.text.syntax.Clause.open`)."""
    clause = analyse(tokenize(before + "."))
    return clause is not None and clause.open


def _chained(rest: list[str]) -> bool:
    """The segment after an insertion may be one more insertion ("…, 28, geboren in Kiew, ist …"): it is
    followed by a comma, ends like a noun phrase and does not open with a finite auxiliary or verb of saying."""
    if len(rest) < 2:
        return False
    words = _words(rest[0])
    return bool(words) and (words[-1][0].isupper() or words[-1].isdigit()) and words[0].lower() not in AUXILIARIES | SPEECH_VERBS


def _name_list(rest: list[str]) -> bool:
    """The segments after an insertion continue a list ("A, B, C und D")."""
    for segment in rest:
        words = _words(segment)
        if not words or not _phrase_start(words[0]) or words[0].lower() in PREPOSITIONS:
            return False
        if COORDINATORS & {w.lower() for w in words}:
            return True
    return False


def find_removals(text: str) -> list[Removal]:
    """Candidate removals in a sentence's content text (offsets relative to it), not yet safety-checked."""
    found: list[Removal] = [Removal(start, end, "link") for start, end in removable_links(text)]
    for match in re.finditer(r"\s+\(([^()]{1,80})\)(?!\w)", text):
        before = text[: match.start()]
        unit = re.match(r"\s*(?:[A-ZÄÖÜ]|[a-zäöü]{1,3}\b|[%€$°])", text[match.end() :])
        inner, previous = _words(match.group(1)), _words(before)[-1:]
        # "(noch)", "(vorerst)", "(wenn …)": a hedge or condition on the clause, not an aside
        hedge = not re.search(r"[A-ZÄÖÜ\d]", match.group(1)) or (bool(inner) and inner[0].lower() in CONDITIONS)
        slot = not previous or previous[0].lower() in FUNCTION_WORDS  # "dass (die beiden, Anm.) starben"
        if not hedge and not slot and not (before[-1].isdigit() and unit):
            # "Hans Niessl (SPÖ)": a politician's party tells the reader who speaks; it goes only for length
            party = _PARTY_OF.sub("", match.group(1).strip()) in PARTIES and previous[0][:1].isupper()
            # "Abe Lucas (Joaquin Phoenix)": who plays or is the person named before it
            person = _names_person(inner) and previous[0][:1].isupper()
            # "90 Millionen Pfund (117 Millionen Euro)": the amount converted is a fact of its own
            amount = _AMOUNT.match(match.group(1).strip()) is not None and before[-1:].isalpha()
            kind = "affiliation" if party else "identity" if person else "amount" if amount else "parenthetical"
            found.append(Removal(match.start(), match.end(), kind))
    depth = depths(text)
    body_end = len(text.rstrip().rstrip(TERMINALS))
    commas = [
        i
        for i in (m.start() for m in _COMMA.finditer(text, 0, body_end))
        if depth[i] == 0 and not (i and _DECIMAL_COMMA.match(text, i - 1, i + 3))
    ]
    bounds = [*commas, body_end]
    segments = [text[a + 1 : b] for a, b in zip(bounds, bounds[1:])]
    for k, a in enumerate(commas):
        insertion = _inserted(segments[k], text[:a], segments[k + 1 :], segments[k - 1] if k else None)
        if insertion:
            kind, keep_comma = insertion
            end = body_end if k == len(commas) - 1 else commas[k + 1] + (0 if keep_comma else 1)
            found.append(Removal(a, end, kind))
    # A final attribution: "…, sagte X" (optionally followed by a relative clause or apposition about X);
    # `tail` is the index of its segment, so that an adverbial clause right before it still counts as trailing.
    tail = len(commas)
    for k, a in enumerate(commas):
        attribution = _attribution_start(segments[k]) and len(_words(segments[k])) <= 12
        if attribution and _describes_speaker(text[:a], segments[k], segments[k + 1 :]):
            # the statement attributed is what follows the last top-level colon or semicolon ("…: Das sind …, sagte X")
            statement = max((i for i in range(a) if text[i] in ":;" and depth[i] == 0), default=-1)
            if _reported(text[statement + 1 : a]):
                quoted_end = re.search(rf"[{TERMINALS}][{_QUOTES}]\s*$", text[:a])
                found.append(Removal(a, len(text) if quoted_end else body_end, "attribution"))
            tail = k
            break
    if tail and _adverbial(segments[tail - 1], text[: commas[tail - 1]]):
        found.append(Removal(commas[tail - 1], commas[tail] if tail < len(commas) else body_end, "adverbial_clause"))
    conjunct = _final_conjunct(text, depth, body_end)
    if conjunct is not None:
        found.append(Removal(conjunct, body_end, "coordinated_clause"))
    return found


def _final_conjunct(text: str, depth: list[int], body_end: int) -> int | None:
    """Where a closing "… und ist/hat/wurde …" starts: a second verb phrase of the same subject ("Dortmund hat das
    Derby gewonnen und ist auf Rang drei vorgerückt"). Without it the first still stands as said, so it may go
    when length demands; only after a clause with its own finite verb, and never out of quotes or brackets."""
    last = None
    for match in re.finditer(r"\s+und\s+(\w+)", text[:body_end]):
        if depth[match.start()] == 0 and match.group(1).lower() in AUXILIARIES:
            last = match
    if last is None:
        return None
    opening = _words(text[:40])[:1]
    if opening and opening[0].lower() in SUBORDINATORS and "," not in text[: last.start()]:
        return None  # "Dass X nicht fixiert werden kann und soll, dürfte …": still inside the clause before the main one
    clause = _words(re.split(r",(?!\d)|:(?!\d)|[;–—]|\s-\s", text[: last.start()])[-1])
    if len(_words(text[: last.start()])) < MIN_WORDS or not {w.lower() for w in clause[1:]} & AUXILIARIES:
        return None
    return last.start()


def _adverbial(segment: str, before: str) -> bool:
    """A trailing adverbial clause (", weil …", ", um … zu …") that the clause before it does not point at."""
    words = [w.lower() for w in _words(segment)]
    clause = [w.lower() for w in _words(re.split(r",(?!\d)|[;:–—]|\s-\s", before)[-1])]
    if not words or words[0] not in ADVERBIAL_SUBORDINATORS or re.search(r"[:;–—]|\s-\s", segment):
        return False  # "…, weil …: die Politikberater X und Y": more than one clause
    if len(clause) < 2 or ADVERBIAL_CORRELATES & set(clause):
        return False  # "…, vermutlich, um …" or "nur, weil …": the clause before needs it
    if words[0] != "um":
        return True
    infinitive = len(words) > 2 and (words[-2] == "zu" or "zu" in words[-1][2:-2])
    # "nicht …, um …" and "zu teuer, um …": the purpose is in the scope of the clause before
    degree = any(w == "zu" and n not in FUNCTION_WORDS for w, n in zip(clause, clause[1:]))
    return infinitive and not degree and not (NEGATIONS | PURPOSE_HEADS) & set(clause)


def _safe(text: str, removal: Removal) -> bool:
    removed = text[removal.start : removal.end]
    return balanced(removed) and not {w.lower() for w in _words(removed)} & NEGATIONS


def _apply(sentence: Sentence, removals: list[Removal]) -> tuple[Span, ...] | None:
    """The kept pieces as Spans, or None when the result would not stand as a sentence."""
    content = sentence.content
    text = content.text
    pieces: list[Span] = []
    pos = 0
    for r in sorted(removals, key=lambda r: r.start):
        if r.start < pos:
            continue
        if r.start > pos:
            pieces.append(Span(content.start + pos, content.start + r.start, text[pos : r.start]))
        pos = r.end
    if pos < len(text):
        pieces.append(Span(content.start + pos, content.start + len(text), text[pos:]))
    kept = "".join(p.text for p in pieces)
    words = _words(kept)
    if len(words) < MIN_WORDS or kept.strip()[:1] in ",;" or re.search(r",\s*[,.;:!?]", kept) or not balanced(kept):
        return None
    if words[-1].lower() in DANGLING or re.search(rf"[-–—:;]\s*[{TERMINALS}]*\s*$", kept):
        return None  # "… und." or "… gegenüber -."
    return tuple(pieces)


def variants(sentence: Sentence, always: int = 0) -> list[tuple[Span, ...]]:
    """The sentence and its compressions, longest first, each level removing more.

    The first `always` levels are applied whether or not length demands it: their result replaces the
    full sentence as the longest variant. No level takes away the speaker of a quote or reported claim.
    """
    text = sentence.content.text
    safe = [r for r in find_removals(text) if _safe(text, r)]
    attributed = has_speaker(text)  # a removal must not leave a quote or claim without its speaker
    out: list[tuple[Span, ...]] = [(sentence.content,)]
    start = 0
    applied: list[Removal] = []
    for number, level in enumerate(LEVELS):
        candidate = None
        for removal in (r for r in safe if r.kind in level):
            kept = _apply(sentence, [*applied, removal])
            speaker = attributed and has_speaker(text[removal.start : removal.end])  # the removal may take the speaker
            if kept is not None and not (speaker and unattributed(join_pieces(kept))):
                applied.append(removal)
                candidate = kept
        if candidate is not None and sum(len(p.text) for p in candidate) < sum(len(p.text) for p in out[-1]):
            out.append(candidate)
            if number < always:
                start = len(out) - 1
    return out[start:]


# Asides a push drops before its syntax is read (kurz.methods.shorten): they carry neither the news nor a speaker.
ASIDES = ("parenthetical", "affiliation", "identity", "amount", "apposition", "relative_clause")


def without_asides(sentence: Sentence) -> tuple[Span, ...]:
    """The sentence's content with every safe aside removed (brackets, appositions, relative clauses after a name)."""
    text = sentence.content.text
    applied: list[Removal] = []
    kept: tuple[Span, ...] = (sentence.content,)
    for removal in find_removals(text):
        if removal.kind in ASIDES and _safe(text, removal):
            candidate = _apply(sentence, [*applied, removal])
            if candidate is not None:
                applied.append(removal)
                kept = candidate
    return kept
