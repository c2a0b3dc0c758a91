"""What marks a sentence as news rather than scenery: a number, a date, a public body or firm as actor, a verb of
decision or plan ("Der Kreistag hat am Mittwoch beschlossen, …" holds all four; "Drinnen riecht es nach Leim" none).
`kurz.methods.nut` reads them to tell a lead that sets a scene from one that gives the news.
"""

from __future__ import annotations

from typing import NamedTuple

from kurz.text.lexicon import MONTHS
from kurz.text.syntax import WEEKDAY, YEAR
from kurz.text.tokens import WORD
from kurz.text.wordlists import word_list

ACTORS = tuple(sorted(word_list("body_names") | word_list("news_actors")))  # str.endswith takes a tuple
NEWS_VERBS = word_list("news_verbs")
LEGAL_FORMS = frozenset(["eG", "SE", "KG"])  # "Die Allgäuer Bergmilch eG": lowercase or too short to match as a head


class Signals(NamedTuple):
    number: bool
    date: bool
    actor: bool
    decision: bool


def signals(text: str) -> Signals:
    """The news signals a sentence holds; the actor is looked for after the first word, where names of bodies stand
    in the Mittelfeld or after an article ("Der Kreistag …")."""
    words = WORD.findall(text)
    lowered = [w.lower() for w in words]
    date = not MONTHS.isdisjoint(words) or any(YEAR.match(w) or WEEKDAY.match(w) for w in lowered)
    heads = zip(words[1:], lowered[1:])
    actor = any(w in LEGAL_FORMS or (w[0].isupper() and low.endswith(ACTORS)) for w, low in heads)
    return Signals(any(ch.isdigit() for ch in text), date, actor, not NEWS_VERBS.isdisjoint(lowered))
