"""How a set of deletions reads as a sentence (kurz.methods.shorten decides which deletions a clause allows): the
kept tokens as pieces in reading order, the subject moved to the front where the Vorfeld went, and the forms
refused because they would not read as German or would say less than they seem to: a torn noun phrase or
coordination, a relative clause without its noun, a lost right bracket, no main clause left.
"""

from __future__ import annotations

from collections.abc import Sequence

from kurz.document import Sentence, Span
from kurz.methods.compress import MIN_WORDS
from kurz.summary import join_pieces
from kurz.text.cohesion import refers_back
from kurz.text.datelines import DATELINE_PLACES
from kurz.text.lexicon import NUMERALS, RELATIVE_PRONOUNS
from kurz.text.nouns import is_common_noun
from kurz.text.quotes import balanced
from kurz.text.syntax import (
    ARTICLES,
    ATTRIBUTIVE,
    GROWING,
    INDEFINITE,
    INTENSIFIERS,
    PHRASE_PREPOSITIONS,
    Clause,
    Phrase,
    Tok,
    is_clause,
    participial_attributes,
    second_predicate,
    takes,
    time_word,
)
from kurz.text.wordlists import word_list

COORDINATORS = frozenset(["und", "oder", "sowie"])
BODY_NAMES = word_list("body_names")
FOCUS_PARTICLES = frozenset(["auch", "nur", "sogar", "erst"])


def render(sentence: Sentence, clause: Clause, piece_of: list[int], deleted: set[int], refill: bool) -> tuple[Span, ...] | None:
    """The kept tokens as pieces in reading order (with the subject first after a refill), or None when the
    result would not stand as a sentence."""
    tokens = clause.tokens
    start, stop = clause.bracket  # an empty bracket may stand at the very end (no full stop: "… (KI)")
    verbs = range(start + (start < stop and tokens[start].lower in INTENSIFIERS), stop)
    second = second_predicate(clause)
    closed = second is not None and deleted.issuperset(range(second, clause.tail))  # "hat X kritisiert [und …]"
    if not deleted.isdisjoint(verbs) and not closed:
        return None  # "hat … mit Horst Seehofer [teilgenommen]": the right bracket's verbs always stay
    order = [i for i in range(len(tokens)) if i not in deleted]
    while len(order) > 1 and tokens[order[-2]].text in ",;–—-" and not tokens[order[-1]].word:
        del order[-2]  # "… weihte die Skulptur ein [- und gab …]." leaves no dash before the full stop
    if refill:
        subject = clause.subject
        if subject is None:
            return None
        start, end = subject.start, subject.end
        if _disagrees(tokens, subject, clause.finite):
            return None  # "sollen eine neue Anlage finanziert und …": what the verb agrees with is more than that
        if start > 0 and start - 1 not in deleted and tokens[start - 1].lower in FOCUS_PARTICLES:
            start -= 1  # "kamen … auch Angehörige": the particle that focuses the subject goes with it
        # with what surely hangs on it: "Die Kölner, die …, hatten", "Die Zahl der Opfer von …", "Menschen mit
        # Behinderungen"; not "Tausende Ungarn | gegen die Reform": a phrase the verb may govern stays behind
        for phrase in clause.mittelfeld:
            if phrase.start == end and moves_with_subject(tokens, phrase):
                end = phrase.end
        moved = [i for i in order if start <= i < end]
        order = moved + [i for i in order if not start <= i < end]
    runs: list[list[int]] = []
    for i in order:
        if runs and runs[-1][-1] == i - 1 and piece_of[i] == piece_of[i - 1]:
            runs[-1].append(i)
        else:
            runs.append([i])
    pieces = tuple(_piece(sentence, tokens[run[0]], tokens[run[-1]]) for run in runs)
    text = " ".join(p.text for p in pieces)
    if any(tokens[i].lower in COORDINATORS and _torn(clause, i, deleted, order) for i in order):
        return None  # "seit 1948 und zum ersten Mal [seit …]": a deletion cut into what "und" joins
    if any(_broken_at(tokens, i, deleted) for i in order):
        return None  # "Für die [inzwischen … Pkw-Maut] hat …", "Sorgen [vor einem Verlust] systemrelevanter …"
    if _antecedent_went(tokens, deleted, order):
        return None  # "sitzt im Sattel [von Conversano Bona, einem Schimmelhengst,] und lässt ihn …": whom "ihn" means
    if any(tokens[i].lower in RELATIVE_PRONOUNS and _orphaned(clause, i, deleted) for i in order):
        return None  # "ein Kindersitz [für Familien,] die … nutzen": a relative clause lost its noun
    words = [tokens[i] for i in order if tokens[i].word or tokens[i].number]
    if len(words) < MIN_WORDS or not balanced(text) or text.lstrip()[:1] in ",;" or refers_back(text[:1].upper() + text[1:]):
        return None
    if not is_clause(join_pieces(pieces)):
        return None  # what is left must read as a main clause again, its finite verb second
    return pieces


def moves_with_subject(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A relative clause, a "von" or "wie" phrase, a bare "mit" phrase ("mit Behinderungen"), a phrase the noun
    takes (noun_objects.txt), the rest of a body's name or where someone unnamed is from ("eine 83-jährige Frau | aus
    Amberg") after the subject's noun: it is the subject's attribute, not the verb's."""
    first = tokens[phrase.start].lower
    nxt = tokens[phrase.start + 1] if phrase.end - phrase.start > 1 else None
    bare = phrase.kind == "manner" and nxt is not None and nxt.capital
    # "von" before a name or an article ("die Zahl von Opfern", "die Ausschreitungen von Samstag"), not before a
    # number ("von 10 auf 20") nor a time that says from when or how it goes on ("von September an", "von Jahr zu
    # Jahr"); "wie" before the examples' noun ("Mittel wie Brot"), not "wie schon zuvor"
    attribute = nxt is not None and (
        (first == "von" and not nxt.number and not _adverbial_time(tokens, phrase))
        or (first == "wie" and nxt.capital and not time_word(nxt))
    )
    taken = takes(tokens[phrase.start - 1], first)  # "Einsprüche | gegen die Bescheide": what the noun is about
    origin = first == "aus" and _from_place(tokens, phrase)
    return phrase.kind == "relative_clause" or attribute or bare or taken or origin or _names_body(tokens, phrase)


def _from_place(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """ "eine 83-jährige Frau | aus Amberg", "ein Mann | aus Bad Ischl": a place's name after someone unnamed, brought
    in by an indefinite article, says where they are from. Not where someone named returns from ("der Bundespräsident
    | aus Afrika"), nor a reason ("das Hallenbad | aus Kostengründen")."""
    words = tokens[phrase.start + 1 : phrase.end]
    named = 0 < len(words) <= 2 and all(t.word and t.capital for t in words)
    place = named and (words[-1].text in DATELINE_PLACES or not is_common_noun(words[-1].text))  # "Wels", a fish too
    before = range(phrase.start - 1, max(-1, phrase.start - SUBJECT_REACH), -1)  # "eine | 83-jährige | Frau"
    article = next((tokens[k].lower for k in before if tokens[k].lower in ARTICLES), "")
    return place and article in INDEFINITE


SUBJECT_REACH = 5  # tokens back from a phrase to the article of the noun before it


def _adverbial_time(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A "von" time that says from when on or how it goes on ("von September an", "von Jahr zu Jahr"): the verb's,
    not an attribute of the noun before it ("die Ausschreitungen von Samstag")."""
    words = [t.lower for t in tokens[phrase.start : phrase.end + 1]]  # and the word after it: "von Jahr | zu Jahr"
    return phrase.kind == "temporal" and (words[phrase.end - phrase.start - 1] == "an" or "zu" in words)


def _names_body(tokens: Sequence[Tok], phrase: Phrase) -> bool:
    """A "für" phrase that continues the name of a body ("des Max-Planck-Instituts | für Plasmaphysik")."""
    if tokens[phrase.start].lower != "für" or not tokens[phrase.start - 1].capital:
        return False
    head = tokens[phrase.start - 1].lower.rsplit("-", 1)[-1]
    return any(form.endswith(name) for form in (head, head.removesuffix("s"), head.removesuffix("es")) for name in BODY_NAMES)


def _broken_at(tokens: Sequence[Tok], at: int, deleted: set[int]) -> bool:
    """A noun phrase torn at the kept token `at`: an article or an adjective whose noun went ("Für die [Maut]",
    "vergangener [Wochen]"), or, after a deletion, what only continues a noun phrase: its noun after a deleted
    article ("[in diese] unwirtschaftliche Technologie") or a genitive whose noun went ("[vor einem Verlust]
    systemrelevanter Infrastruktur", "[… der Ankündigung] des Plans"), or an ampersand whose name lost a part."""
    tok = tokens[at]
    if tok.text == "&" and (at - 1 in deleted or at + 1 in deleted):
        return True  # "[… Vermögensverwaltungs-GmbH] & Co OG": an ampersand joins the parts of a name
    if at + 1 in deleted and at + 1 < len(tokens):
        after = tokens[at + 1]
        adjective = tok.word and not tok.capital and ATTRIBUTIVE.search(tok.lower) is not None and after.capital
        article = tok.word and not tok.capital and tok.lower in ARTICLES
        if article and _attribute_went(tokens, at, deleted):
            return False  # "die [bisher unter Verschluss gehaltene] Studie": the article keeps its noun
        if article or adjective:
            return True
    if at - 1 in deleted and at > 0:
        before = tokens[at - 1]
        if before.word and before.lower in ARTICLES | PHRASE_PREPOSITIONS:
            return True
        following = tokens[at + 1] if at + 1 < len(tokens) else None
        adjective = tok.word and not tok.capital and tok.lower not in ARTICLES and tok.lower not in NUMERALS
        genitive = adjective and tok.lower.endswith("er") and following is not None and following.capital
        if genitive or tok.lower in ("des", "eines"):
            return True
    return False


def _attribute_went(tokens: Sequence[Tok], at: int, deleted: set[int]) -> bool:
    """What went after the article at `at` ends in an inflected participle or adjective, and its noun follows; or
    it went from the start of a participial attribute whose participle stays ("Die [am Montag] in Wien vorgestellte
    Studie"), or a word that only said the adjective grows ("der [zunehmend] restriktiven Politik")."""
    end = next((j for j in range(at + 1, len(tokens)) if j not in deleted), len(tokens))
    last = tokens[end - 1]
    if end < len(tokens) and tokens[end].capital and last.word and ATTRIBUTIVE.search(last.lower) is not None:
        return True
    # "der [zunehmend] restriktiven Politik": the adjective and its noun stay
    if end == at + 2 and tokens[at + 1].lower in GROWING and end + 1 < len(tokens) and tokens[end + 1].capital:
        return _inflected(tokens[end])
    return any(start == at + 1 and end < stop - 1 and stop - 1 not in deleted for start, stop in participial_attributes(tokens))


PLURAL_FINITES = frozenset(
    ["sind", "waren", "haben", "hatten", "werden", "wurden", "sollen", "sollten", "wollen", "müssen", "können", "dürfen"]
)


def _disagrees(tokens: Sequence[Tok], subject: Phrase, finite: int) -> bool:
    """A subject read as one singular noun phrase ("eine neue Kühlanlage") beside a plural finite verb: the parse
    found only part of what the verb agrees with, and moving it to the front would break the agreement."""
    words = tokens[subject.start : subject.end]
    singular = words[0].lower in ("ein", "eine", "einer", "eines") and not any(t.lower in COORDINATORS for t in words)
    return singular and tokens[finite].lower in PLURAL_FINITES


def _orphaned(clause: Clause, at: int, deleted: set[int]) -> bool:
    """The kept relative pronoun at `at` lost the noun it hangs on, with or without the comma before it (not an
    article: "hat [am Sonntag] die Serie"): "ein Kindersitz [für Familien,] die …", "auf der Bühne[, die Arme um
    einen Kinderwagen geschlungen,] in dem kein Kind liegt"; after the right bracket, the
    noun before the verb that closes the clause ("24 Wohnplätze [für junge Erwachsene] entstehen, die aus der
    Jugendhilfe kommen": the clause would describe the Wohnplätze)."""
    tokens = clause.tokens
    # the comma before the pronoun, or before its preposition (", in dem kein Kind liegt")
    governed = at > 2 and tokens[at - 1].lower in PHRASE_PREPOSITIONS and tokens[at - 2].text == ","
    comma = at - 2 if governed else at - 1
    article = at + 1 < len(tokens) and tokens[at + 1].capital and tokens[at].lower not in ("dessen", "deren")
    # the word before the comma closes the clause (a verb, lowercase), and the noun before it went
    verb = comma > 1 and tokens[comma - 1].word and not tokens[comma - 1].capital and comma - 1 not in deleted
    extraposed = verb and comma - 2 in deleted and tokens[comma - 2].capital
    lost = comma in deleted or comma - 1 in deleted or extraposed
    return comma > 0 and tokens[comma].text == "," and lost and not article  # not "…, der Andrang"


def _torn(clause: Clause, at: int, deleted: set[int], order: list[int]) -> bool:
    """The kept coordinator at `at` lost what it joins: the words just before it went ("hat [über die Firma X] und
    deren Tochter …"), or after it a verb or the bracket follows the deletion at once ("für die Band und [mit
    Clapton] zusammen", "und [nach fünf Umstiegen] kommen …"), or a deletion cut into the phrases it joins
    (`_cuts_into_coordination`)."""
    if at - 1 in deleted:
        return True
    if at + 1 in deleted:
        following = next((i for i in order if i > at), clause.end)
        if following >= clause.bracket[0] or following == clause.end:
            return True
        tok = clause.tokens[following]
        if tok.word and not tok.capital and tok.lower not in ARTICLES and tok.lower not in PHRASE_PREPOSITIONS:
            return True  # "und [nach fünf Umstiegen] kommen die Reisenden …": a verb or particle left alone
    return _cuts_into_coordination(clause, at, deleted)


def _cuts_into_coordination(clause: Clause, at: int, deleted: set[int]) -> bool:
    """The kept coordinator at `at` joins what a deletion cut into: its phrase lost a part ("nach Verboten in X, Y
    und Z sowie …"), or it joins two parallel phrases ("zum ersten Mal seit 1948 und zum ersten Mal seit …") and a
    deletion comes within a few words of it."""
    fields = (*clause.vorfeld, *clause.mittelfeld)
    phrase = next((p for p in fields if p.start <= at < p.end), None)
    if phrase is not None and phrase.start < at:
        inside = deleted.intersection(range(phrase.start, phrase.end))
        # a name trimmed inside a member ("[Israels] Ministerpräsident [Benjamin] Netanyahu und …"), or a word that
        # graded its adjective ("der [zunehmend] restriktiven Einwanderungs- und Flüchtlingspolitik"), leaves it whole
        tokens = clause.tokens
        return not all(
            d + 1 not in (at, phrase.end)
            and d + 1 not in deleted
            and (tokens[d + 1].capital if tokens[d].capital else tokens[d].lower in GROWING and _inflected(tokens[d + 1]))
            for d in inside
        )
    tokens = clause.tokens
    parallel = at + 1 < len(tokens) and any(tokens[p.start].lower == tokens[at + 1].lower for p in fields if p.end <= at)
    return parallel and not deleted.isdisjoint(range(at - 4, at + 5))


# Pronouns that stand for a noun other than the subject: the thing or person a deletion may take away.
OBJECT_PRONOUNS = frozenset(["ihn", "ihm"])


def _antecedent_went(tokens: Sequence[Tok], deleted: set[int], order: list[int]) -> bool:
    """A deletion took a noun, and a pronoun after it that stands for another noun than the subject stays."""
    nouns = [i for i in deleted if tokens[i].word and tokens[i].capital]
    return bool(nouns) and any(tokens[i].lower in OBJECT_PRONOUNS and i > min(nouns) for i in order)


def _inflected(tok: Tok) -> bool:
    """An inflected adjective or participle ("restriktiven")."""
    return tok.word and not tok.capital and ATTRIBUTIVE.search(tok.lower) is not None


def _piece(sentence: Sentence, first: Tok, last: Tok) -> Span:
    return Span(first.start, last.end, sentence.text[first.start - sentence.start : last.end - sentence.start])
