"""What marks a sentence as news rather than scenery: a number, a date, a public body or firm as actor, a verb of
decision or plan ("Der Kreistag hat am Mittwoch beschlossen, …" holds all four; "Drinnen riecht es nach Leim" none).
`kurz.methods.nut` reads them to tell a lead that sets a scene from one that gives the news. A time of day with no
date ("Um halb sechs steht …", "Es ist 3.15 Uhr, als …") is how a reportage opens, not how news is dated.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kurz.text.lexicon import MONTHS
from kurz.text.markers import stamp_length
from kurz.text.syntax import WEEKDAY, YEAR
from kurz.text.tokens import WORD
from kurz.text.wordlists import word_list

ACTORS = tuple(sorted(word_list("body_names") | word_list("news_actors")))  # str.endswith takes a tuple
NEWS_VERBS = word_list("news_verbs")
# "Die Allgäuer Bergmilch eG", "Die Ems-Chemie AG": matched whole, since as a head "ag" would make every "Dienstag",
# "Vertrag" and "Beitrag" an actor
LEGAL_FORMS = frozenset(["eG", "SE", "KG", "AG"])


# a weekday, alone or with its part of the day ("Samstagabend"), not in a compound ("Samstagsverkauf")
DAY = re.compile(rf"{WEEKDAY.pattern}(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?")
# "jeden Dienstag", "jeden Dienstag und Donnerstag", "immer am Montag": a habit, up to three words before the day
HABITUAL = frozenset(["jeden", "jedem", "immer"])

_HOUR = r"(?:\d{1,2}|ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)"
# "3.15 Uhr", "sieben Uhr", "halb sechs", "Viertel vor sieben", "kurz nach drei" (not "nach sieben Jahren"), "in der Früh"
CLOCK = re.compile(
    rf"\b(?:{_HOUR}(?:[.:]\d\d)? Uhr\b|halb {_HOUR}\b|(?:kurz|zehn|zwanzig|fünf|Viertel) (?:nach|vor) "
    rf"(?:{_HOUR}|Mitternacht)\b(?! (?:Jahr|Monat|Woche|Tag|Stunde|Minute))|in der Früh\b|(?:früh)?morgens\b|"
    r"im Morgengrauen\b)"
)


CLOCK_OPENS = 5  # the clock of a scene comes within the sentence's first five words
SCHEDULE = frozenset(["ab", "bis", "von", "seit", "zwischen"])


class Signals(NamedTuple):
    number: bool
    date: bool
    actor: bool
    decision: bool
    day: bool  # a weekday that dates an event ("am Samstag"), not a habit ("jeden Samstag", "samstags")


def clock_scene(text: str) -> bool:
    """The sentence opens by setting its moment by the clock and names no date: a reportage's opening ("Um halb
    sechs …", "Es ist 3.15 Uhr, als …", "Wenn Gerhard Pölzl morgens …"); not a live blog's entry, which opens with its
    time as a stamp, nor news that gives the hour of its event ("Die Bahn stellt den Fernverkehr bis 18 Uhr ein")."""
    clock = None if stamp_length(text) else CLOCK.search(text)
    before = WORD.findall(text, 0, clock.start()) if clock is not None else []
    scheduled = bool(before) and before[-1].lower() in SCHEDULE  # "Ab 18 Uhr sperrt die Polizei …": a schedule
    return clock is not None and len(before) < CLOCK_OPENS and not scheduled and not signals(text).date


def signals(text: str) -> Signals:
    """The news signals a sentence holds; the actor is looked for after the first word, where names of bodies stand
    in the Mittelfeld or after an article ("Der Kreistag …")."""
    words = WORD.findall(text)
    lowered = [w.lower() for w in words]
    date = not MONTHS.isdisjoint(words) or any(YEAR.match(w) or WEEKDAY.match(w) for w in lowered)
    heads = zip(words[1:], lowered[1:])
    actor = any(w in LEGAL_FORMS or (w[0].isupper() and low.endswith(ACTORS)) for w, low in heads)
    day = any(DAY.fullmatch(low) and HABITUAL.isdisjoint(lowered[max(0, k - 3) : k]) for k, low in enumerate(lowered))
    return Signals(any(ch.isdigit() for ch in text), date, actor, not NEWS_VERBS.isdisjoint(lowered), day)
