"""The news after a scene: features and reportage open with a moment ("Um halb sechs ist es im Stall noch dunkel"),
and the news comes a paragraph later ("Die Molkerei hat 140 Betrieben gekündigt"), the nut graf. Editors lead their
teaser with that sentence, not with the scene.

A lead is a scene when it holds no signal of news (no date, no public body or firm, no verb of decision or plan) and
shares at most half as much with the headline as the sentence that shares most. The nut graf is the first sentence
of the opening that shares most with the headline, holds a body or a decision with a date or a number, or the day
an event happened ("am Dienstag", not "jeden Dienstag"), and stands alone (it does not point back). Agency copy and
articles without a headline are left as they are: their lead is the news, or nothing says otherwise. Measured on
written features and on the dev sets in docs/editorial.md (sessions 13 and 19).

A lead that opens by setting its moment by the clock and names no date ("Es ist 3.15 Uhr, als …") is a reportage's
opening, whatever body its scene names ("an der Haltestelle", "vor dem Gemeindeamt") and whatever it shares with the
headline (a feature's headline names its scene: "Ein Dorf kauft sich seinen Laden zurück" over "Um Viertel vor sieben
riecht es im Laden …"), and the news may come paragraphs later. Where the ranker would still lead with that opening
paragraph, the first later sentence that carries news as above (and sets no clock of its own) leads instead.
Choosing by headline overlap instead did worse on written features held out (round 29): a feature's headline names
its protagonist and scene more often than its news (docs/editorial.md, session 14).

A scene need not open by the clock: an opening paragraph of two or more sentences without any signal of news (no
date, day, body or decision: "Alois Grubmüller zieht die Kappe tiefer ins Gesicht …") that shares less than half of
the headline's words, where the ranker would lead with it, gives way to the first later sentence with a body or a
decision and a date or a day (session 19). A year the scene looks back to ("Seit 1987 ist er Liftwart …") dates
nothing there (session 23). Live blogs, whose entries open with a stamp, and a lead in the perfect ("Ein Mann ist …
gestürzt"), which reports, are never such a scene. A portrait (`portrait`) is read first: its news names the
protagonist the scene introduced, which a sentence that stands alone further on may not.

A fact check whose opening holds its labelled claim or bare verdict ("Bewertung: Falsch.") sets no scene: the news
is its refutation, not a dated sentence of the history further on (session 23).

A court report whose headline announces a sentence ("Bedingte Haft für Landwirt", "Wirt verurteilt") leads with its
verdict ("Das Bezirksgericht Lienz hat den Landwirt … verurteilt"), however it opens: with the defendant's words, the
indictment ("Laut Anklage hatte …") or the victims' scene; editors' teasers of court reports always do, agency copy's
too (session 27, written rounds 50–58). What the prosecution asked for, what threatens and the rule of a law are no
verdict.

A caption of the scene, a sentence without a verb ("Raum 2.14 der Volkshochschule, Kurs B1, 17 Teilnehmende"), is no
nut graf however much it shares with the headline; where it was the opening's best match, the first later sentence
that shares as much and carries news leads (session 21).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from kurz.document import Document, Sentence
from kurz.methods.features import is_furniture
from kurz.methods.shorten import unlinked
from kurz.summary import join_pieces
from kurz.text.attribution import is_claim, is_verdict
from kurz.text.cohesion import FIRST_NAMES, Introductions, refers_back, stands_without_links
from kurz.text.ends import stands_alone
from kurz.text.lexicon import MONTHS
from kurz.text.markers import stamp_length
from kurz.text.news import clock_scene, signals
from kurz.text.syntax import YEAR, analyse, tokenize, verbless
from kurz.text.tokens import WORD, content_stems
from kurz.text.wordlists import word_list

PERFECT_AUXILIARIES = frozenset(["ist", "sind", "hat", "haben"])  # with a participle: a lead that reports
OPENING = 8  # the nut graf stands among the first real sentences: the opening scene is a paragraph or two
SCENE_SHARE = 0.5  # a scene lead shares at most this share of the best headline overlap
READING = 25  # after a clock-time opening the news may come paragraphs later
# "Nun hat der Gemeinderat entschieden …", "Für diese Arbeit erhält …": how a feature turns to its news
TURNS = frozenset(["nun", "jetzt", "inzwischen", "mittlerweile", "für"])
CONTRASTS = frozenset(["hingegen", "jedoch", "allerdings", "dennoch", "trotzdem"])
SCENE_SENTENCES = 4  # an opening paragraph this long, naming its protagonist, is a scene whatever its tense
NUT_PARAGRAPHS = 2  # a portrait's news comes in the paragraph after its scene, or the one after that
BARE_VERDICT = 4  # words after a fact check's label that rate the claim and say nothing more
RATINGS = frozenset(["falsch", "richtig", "irreführend", "unbelegt", "wahr", "zutreffend", "stimmt", "fake"])
# "am Vortag", "gestern": a portrait's news dated by the day before the article's; an honour is a jury's decision
RELATIVE_DAYS = frozenset(["gestern", "vorgestern", "vortag", "vorabend"])
# A court report's headline announces a sentence ("Bewährungsstrafe für 29-Jährigen", "Wirt verurteilt", "Raser muss
# ins Gefängnis"); its verdict sentence reports it, with the penalty or the acquittal.
SENTENCED_HEADLINE = re.compile(
    r"(?i:verurteil|freigesprochen|freispruch|\bhaft\b|haftstrafe|\w*strafe\b|\bbewährung\b|bewährungsstrafe|gefängnis|tagessätze)"
)
SENTENCED = re.compile(r"\b(?:verurteilt(?:e|en)?|freigesprochen|sprach\w* (?:\w+ ){1,4}frei)\b(?! (?:wird|werden|werde)\b)")
PENALTY = re.compile(r"(?i:haft|strafe|bewährung|tagess[aä]tz|monat|jahr|busse|geldstrafe|freigesprochen|frei\b|gericht)")
# what the prosecution asked for, what threatens, and the rule ("wenn jemand bedingt verurteilt wird") are no verdict
UNSETTLED = re.compile(r"\b(?:droh\w*|könnte\w*|würde\w*|gefordert|beantragt|forderte|verlangte|plädierte|[Ww]enn|[Ww]er)\b")
HONOURS = word_list("honour_verbs")
_ENCLOSERS = '„“”"»«‹›()[]'  # what may open a quote or a bracket, whose words `_dated` leaves out
_GENDERS = {"sie": "f", "ihr": "f", "er": "m", "ihn": "m", "ihm": "m"}  # a protagonist's pronouns by gender
SCENE_OPENERS = ("Wenn", "Als", "Bevor", "Seit", "Während", "Sobald")  # "Wenn Lea Rochat arbeitet, …"
# the conjunction opens the sentence or a clause after its comma ("…, als Regula Hofstetter …"), not a comparison
# ("Mehr als Anna Berger weiss niemand")
_SCENE_OPENING = re.compile(rf"(?:^\W*|,\s*)(?i:{'|'.join(SCENE_OPENERS)})\s+([\w-]+)")
# how a portrait names its protagonist once introduced: "die 63-Jährige", "die 46-jährige Geigenbauerin", "sie", "ihm"
_AGED = r"\b(?:[Dd](?:er|ie|em|en))\s+\d+-(?:Jährigen?|jährigen?\s+[A-ZÄÖÜ][\w-]*)"
_PERSON = re.compile(rf"{_AGED}|\b(?:[Ss]ie|[Ee]r|[Ii]hn|[Ii]hm|[Ii]hr)\b")


def nut_graf(document: Document, candidates: list[Sentence], top: int) -> int | None:
    """The candidate that carries the news after a scene-setting lead, or None where the lead is the news; `top` is
    the sentence the ranker would lead with."""
    if not document.headline:
        return None
    real = (i for i, s in enumerate(candidates) if _real(s.content.text))
    opening = list(islice(real, OPENING))  # read no further than the opening: this runs for every article
    if not opening:
        return None
    lead = opening[0]
    if SENTENCED_HEADLINE.search(document.headline) and not _sentenced(candidates[lead].content.text):
        verdict = _first(candidates, lead + 1, lead, lambda s: _sentenced(s.content.text) and _alone(s))
        if verdict is not None:
            return verdict  # a court report's news is its verdict, however the story opens, agency copy too
    if document.wire:
        return None
    if any(_fact_check(s.content.text) for s in candidates[: opening[-1] + 1]):
        return None  # a fact check opens with the claim it examines and its verdict: no scene, and no news after one
    lead_text = candidates[lead].content.text
    lead_signals, clock = signals(lead_text), clock_scene(lead_text)
    # the common case, settled before any overlap is counted; a clock opening may name a body ("an der Haltestelle")
    # or a wish ("Heinz will zwei Schrippen"), but not a body's decision ("Um 19 Uhr beschließt der Gemeinderat …")
    body_decides = lead_signals.actor and lead_signals.decision
    if body_decides or (not clock and (lead_signals.date or lead_signals.actor or lead_signals.decision)):
        return None
    headline = set(content_stems(document.headline))
    shared = {i: _shares(headline, candidates[i]) for i in opening}
    best = max(shared.values())
    paragraph = [i for i in opening if candidates[i].paragraph == candidates[lead].paragraph]
    # the ranker would lead with the opening paragraph, not a live blog's, whose entries open with a stamp
    in_scene = candidates[top].paragraph == candidates[lead].paragraph
    in_scene = in_scene and not any(stamp_length(c.text) for c in candidates if c.paragraph == candidates[lead].paragraph)
    # a person's name that the headline and the scene share says whose story it is, not what the news is
    named = set(content_stems(" ".join(_names(document.headline))))
    plain = headline - named
    ranked_scene = in_scene and 2 * len(plain.intersection(content_stems(lead_text))) < len(plain)
    # a portrait's headline names its protagonist, as its scene does: what they share does not count
    pair = _portrait(candidates, paragraph) if not clock and in_scene else None
    if pair is not None:
        return pair[1]
    if not clock and ranked_scene and _quiet(candidates, paragraph):
        news = _first(candidates, paragraph[-1] + 1, lead, _dated_news)
        if news is not None:
            return news
    # a clock-time opening speaks of what the headline announces only where it holds half of the headline's words
    clock = clock and 2 * shared[lead] < len(headline)
    if shared[lead] > SCENE_SHARE * best and not clock:
        return None  # the opening already speaks of what the headline announces
    if best and shared[lead] <= SCENE_SHARE * best:
        for i in opening[1:]:
            if shared[i] == best and _carries_news(candidates[i]):
                return i
        # the opening's best match is a caption of the scene, which says nothing: the news may come a paragraph later
        if any(shared[i] == best and verbless(candidates[i].content.text) for i in opening[1:]):
            later = _first(candidates, opening[-1] + 1, lead, lambda s: _shares(headline, s) >= best and _carries_news(s))
            if later is not None:
                return later
    if candidates[top].paragraph != candidates[lead].paragraph or not clock:
        return None
    return _first(candidates, lead + 1, lead, lambda s: not clock_scene(s.content.text) and _carries_news(s))


def _sentenced(text: str) -> bool:
    """A sentence that reports a court's verdict ("Das Amtsgericht hat den 29-Jährigen zu … verurteilt", "… ist zu
    15 Monaten bedingter Haft verurteilt worden"), not what the prosecution asked for or what threatens ("Ihm drohen
    bis zu fünf Jahre Haft")."""
    return SENTENCED.search(text) is not None and PENALTY.search(text) is not None and UNSETTLED.search(text) is None


def _fact_check(text: str) -> bool:
    """A fact check's labelled claim ("Behauptung: …") or its bare verdict, a rating in a few words after the label
    ("Bewertung: Falsch.", "Unsere Bewertung: Teilweise falsch.", "Unser Fazit: Das ist falsch."), not a label that
    gives a finding ("Das Ergebnis: In den Ablagerungen finden sich …", "Fazit: Er ist zufrieden.")."""
    rating = WORD.findall(text.split(":", 1)[-1].lower())
    return is_claim(text) or (is_verdict(text) and len(rating) <= BARE_VERDICT and not RATINGS.isdisjoint(rating))


def _first(candidates: list[Sentence], start: int, lead: int, news: Callable[[Sentence], bool]) -> int | None:
    """The first real sentence from `start`, within reading reach of the lead, that `news` accepts."""
    later = range(start, min(len(candidates), lead + READING))
    return next((i for i in later if _real(candidates[i].content.text) and news(candidates[i])), None)


def _shares(headline: set[str], sentence: Sentence) -> int:
    return len(headline.intersection(content_stems(sentence.content.text)))


def _carries_news(sentence: Sentence) -> bool:
    """A body or a decision, with a date or a number, or the day something happened, in a sentence that stands
    alone."""
    found = signals(sentence.content.text)
    news = found.day or ((found.actor or found.decision) and (found.date or found.number))
    return bool(news) and _alone(sentence)


def _real(text: str) -> bool:
    return not is_furniture(text, len(WORD.findall(text)))


def _quiet(candidates: list[Sentence], paragraph: list[int]) -> bool:
    """An opening paragraph of two or more sentences without any signal of news: a scene, however it opens ("Alois
    Grubmüller zieht die Kappe tiefer ins Gesicht …")."""
    texts = [candidates[i].content.text for i in paragraph]
    found = [signals(text) for text in texts]
    quiet = len(found) >= 2 and not any(f.actor or f.decision or _dated(t) or _year(t) for f, t in zip(found, texts))
    # a lead in the perfect that names its protagonist in full, in a paragraph of a scene's length ("Rosa Hackl hat den
    # Ärmel schon hochgekrempelt, als …" and five more), tells a scene's state; a short one reports ("Lukas Berger ist
    # … ertrunken.")
    lead = texts[0]
    scene = len(texts) >= SCENE_SENTENCES and bool(_names(lead))
    return quiet and (scene or not _reported(lead))


def _reported(text: str) -> bool:
    """A lead in the perfect ("Ein Mann ist … gestürzt und hat sich … verletzt"): it reports what happened, as news
    does; a scene tells its moment in the present."""
    clause = analyse(tokenize(text))
    if clause is None:
        return False
    start, stop = clause.bracket
    return clause.tokens[clause.finite].lower in PERFECT_AUXILIARIES and start < stop


def _dated_news(sentence: Sentence) -> bool:
    """News that says when: a body or a decision with a date or a day, in a sentence that stands alone."""
    found = signals(sentence.content.text)
    news = (found.actor or found.decision) and (found.date or found.day)
    return bool(news) and _alone(sentence)


def _alone(sentence: Sentence) -> bool:
    """The sentence stands alone: nothing in it points back but a linking adverb inside the clause, which the
    default leaves out ("Der Landtag hat deshalb … beschlossen"), or the "now" with which a feature turns from its
    scene to the news ("Nun hat die Landesregierung beschlossen, …") or the reason a portrait gives its honour ("Für
    diese Arbeit erhält …"), which go as the subject moves to the front (kurz.methods.shorten.unlinked). Not a contrast ("Amazon denkt hingegen …") nor another link in the Vorfeld
    ("Zudem …"): they go on from what the scene said."""
    text = sentence.content.text
    if not stands_alone(text) or verbless(text):
        return False  # nor a caption of the scene ("Raum 2.14 der Volkshochschule, Kurs B1, 17 Teilnehmende")
    if stands_without_links(text):
        return CONTRASTS.isdisjoint(w.lower() for w in WORD.findall(text))
    return _turned(sentence) is not None


def _turned(sentence: Sentence) -> str | None:
    """The sentence as the default says it without the Vorfeld with which a feature turns to its news ("Nun",
    "Für diese Arbeit", kurz.methods.shorten.unlinked), or None where it opens otherwise."""
    opener = WORD.match(sentence.content.text)
    fronted = unlinked(sentence) if opener is not None and opener.group().lower() in TURNS else None
    return join_pieces(fronted) if fronted is not None else None


def portrait(document: Document, candidates: list[Sentence]) -> tuple[int, int] | None:
    """(the sentence that introduces a portrait's protagonist, its news) where the article is such a portrait: see
    `_portrait`. The news needs the introduction beside it in a teaser, and nothing else."""
    if document.wire or not document.headline:
        return None
    real = (i for i, s in enumerate(candidates) if _real(s.content.text))
    opening = list(islice(real, OPENING))
    if not opening:
        return None
    lead = opening[0]
    found = signals(candidates[lead].content.text)
    if found.date or found.actor or found.decision or clock_scene(candidates[lead].content.text):
        return None
    return _portrait(candidates, [i for i in opening if candidates[i].paragraph == candidates[lead].paragraph])


# A sum of money: "100'000 Franken", "5.000 Euro", "1,2 Millionen Euro", "5.000 €", "€ 5.000".
_SUM = re.compile(
    r"\d[\d.,'’]*\s*(?:(?:Millionen|Million|Milliarden|Milliarde|Mio\.?|Mrd\.?)\s+)?(?:Euro|Franken|(?:US-)?Dollar|CHF|EUR|€)"
    r"|€\s*\d"
)
# A date in figures: "am 12.03.2024", "bis 4.11." (not a clock time: "um 6.15").
_NUMERIC_DATE = re.compile(r"(?<!um )\b(?:[012]?\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{2,4})?")


def _dated(text: str) -> bool:
    """The sentence dates an event: a weekday, a month or a date in figures, outside quotes and brackets (a scene's
    «… funktioniert auch am Montagmorgen» is what someone says, not when). A year alone ("schaut seit 1920 so böse")
    is history a scene may mention. Tokenised only where something encloses text: this runs for every feature."""
    if any(mark in text for mark in _ENCLOSERS):
        text = " ".join(t.text for t in tokenize(text) if not t.inside)
    found = signals(text)
    month = not MONTHS.isdisjoint(WORD.findall(text))
    return found.day or (found.date and month) or _NUMERIC_DATE.search(text) is not None


def _year(text: str) -> bool:
    """A year that dates something ("für die Jahre 2005 bis 2025", "im Jahr 2024"), not the start of a span the scene
    looks back on ("Seit 1987 ist er Liftwart …", "seit dem Herbst 1987")."""
    words = [w.lower() for w in WORD.findall(text)]
    return any(YEAR.match(w) and "seit" not in words[max(0, k - 3) : k] for k, w in enumerate(words))


def _portrait(candidates: list[Sentence], paragraph: list[int]) -> tuple[int, int] | None:
    """A portrait opens with a scene that its protagonist opens, named in full ("Helga Brüning setzt die Kurbel auf
    den Vierkant …", "Wenn Lea Rochat arbeitet, …"), and the news comes in the next paragraph or the one after,
    naming her by an age, a pronoun or her surname only ("Am Sonntag schleust die 63-Jährige … zum letzten Mal").
    That sentence needs the introduction and nothing else: with the full name in place of those, it would stand
    alone. It is the first sentence there that dates an event (a day, or a date with a decision: "erhält heuer") and
    speaks of the protagonist, or that tells a decision with a sum of money ("erhält den mit 100'000 Franken
    dotierten Preis"). The scene itself dates nothing (a year alone is history, `_dated`), and a pronoun in the news
    is of the gender the scene used for the protagonist (`_same_person`)."""
    if any(_dated(candidates[i].content.text) for i in paragraph):
        return None
    texts = [s.content.text for s in candidates]
    people = [
        (first, last, at)
        for last, (first, at) in Introductions(texts).names.items()
        if at in paragraph and _opens(texts[at], first) and _alone(candidates[at])
    ]
    if len(people) != 1:
        return None  # no protagonist, or more than one: who "sie" is would be a guess
    first, last, intro = people[0]
    scene = candidates[paragraph[-1]].paragraph
    scene_texts = [texts[i] for i in paragraph]
    nut = [i for i in range(paragraph[-1] + 1, len(candidates)) if candidates[i].paragraph <= scene + NUT_PARAGRAPHS]
    surname = re.compile(rf"(?:{re.escape(first)} )?\b{re.escape(last)}\b")
    for i in nut:
        found, words = signals(texts[i]), {w.lower() for w in WORD.findall(texts[i])}
        # "am Vortag", "gestern": the day before the article's, as dated as a weekday; an honour ("verleiht",
        # "ausgezeichnet") is a jury's decision
        day = found.day or not RELATIVE_DAYS.isdisjoint(words)
        decision = found.decision or not HONOURS.isdisjoint(words)
        # an honour with its sum ("erhält den mit 100'000 Franken dotierten Preis") is news without a date; her age
        # or a span of years is no such number
        if not (day or (decision and (found.date or _SUM.search(texts[i])))):
            continue
        said = _turned(candidates[i]) or texts[i]  # "Für diese Arbeit erhält Stallbaum …" without its reason
        named = _PERSON.sub(f"{first} {last}", surname.sub(f"{first} {last}", said))
        # not named by the surname, the news must name the protagonist with the scene's gender: by an age phrase
        # ("die 52-Jährige") or, without one, by a pronoun
        gendered = surname.search(said) is not None or _same_person(said, scene_texts)
        if named != said and stands_alone(named) and not refers_back(named) and gendered:
            return intro, i
        return None  # the first dated sentence is the news, or there is none to pair
    return None


def _same_person(said: str, scene: list[str]) -> bool:
    """The news names someone with the gender the scene used for its protagonist, where it used any: by the article of
    an age phrase ("die 52-Jährige"; "der" may be either), else by its pronouns. After "Unter ihm …", the "sie" of
    "hat sie am Samstag beschlossen" is the club the scene did not name, not him; after "zupft sie …", "den
    58-jährigen Schreiner" is someone else."""

    def genders(text: str) -> set[str]:
        return {_GENDERS[w.lower()] for w in WORD.findall(text) if w.lower() in _GENDERS}

    seen = set().union(*map(genders, scene))
    aged = re.search(_AGED, said)
    if not seen:
        return True
    if aged is None:
        return genders(said) <= seen
    # "die 52-Jährige", "den 58-jährigen Schreiner": the article of the age phrase says whom ("der" may be either)
    article = aged.group().split()[0].lower()
    return article == "der" or ("f" if article == "die" else "m") in seen


def _opens(text: str, first: str) -> bool:
    """The person opens the sentence, or a clause after a conjunction ("Wenn Lea Rochat arbeitet, …", "Der Nebel
    liegt noch …, als Regula Hofstetter den Lauch prüft"): the scene is theirs, not a name in brackets or an aside."""
    words = WORD.findall(text)
    return bool(words) and (words[0] == first or any(m.group(1) == first for m in _SCENE_OPENING.finditer(text)))


def _names(text: str) -> list[str]:
    """The persons' names in a headline: a first name and the capitalised word after it ("Mirjam Caduff")."""
    words = WORD.findall(text)
    return [f"{a} {b}" for a, b in zip(words, words[1:]) if a in FIRST_NAMES and b[:1].isupper()]
