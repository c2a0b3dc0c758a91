"""Does this end a sentence? The one definition of final punctuation, for the splitter, the markers, HTML
extraction and the methods.

Closing quotes and brackets may follow the mark ("… gesagt.“", "(… vertagt.)"). Two callers need a different
rule, each with its own name: a sentence that must stand alone ends firmly, without a trailing-off ellipsis
("Die Zahl stieg auf …"), and a line that introduces what follows (markers) may also end with a colon.
"""

from __future__ import annotations

import re

from kurz.text.quotes import balanced

TERMINALS = ".!?…"
# Closing quotes and brackets that stay with the sentence they close.
CLOSERS = "\"“”»«’'‘)]"
_CLOSERS = re.escape(CLOSERS)
_FINISHED_LINE = re.compile(rf"[{TERMINALS}][{_CLOSERS}]*\s*$", re.MULTILINE)
_FRAGMENT_START = re.compile(r"[-–•*·▪]\s|\d{1,2}[.)]\s|[a-zäöüß]")
# An interviewer's label before a question: "SZ: …", "STANDARD: …", "Frage 3: …", "Landbote: …".
_INTERVIEWER = re.compile(r"(?:[A-ZÄÖÜ]{2,}(?: [A-ZÄÖÜ]{2,})?|Frage \d{1,2}|[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]\w+)?):\s")


def _last_mark(text: str) -> str:
    """The last character before trailing white space and closing quotes or brackets ("" when there is none).
    String methods, not a regex anchored at the end: these run on every sentence of every article."""
    return text.rstrip().rstrip(CLOSERS)[-1:]


def ends_sentence(text: str) -> bool:
    """Final punctuation (an ellipsis too), closing quotes or brackets allowed after it."""
    mark = _last_mark(text)
    return bool(mark) and mark in TERMINALS


def is_question(text: str) -> bool:
    """A question mark at the end, closing quotes or brackets allowed after it."""
    return _last_mark(text) == "?"


def ends_firmly(text: str) -> bool:
    """A full stop, question or exclamation mark at the end: an ellipsis trails off, so the sentence may not be whole."""
    mark = _last_mark(text)
    return bool(mark) and mark in ".!?"


def line_ends_open(text: str) -> bool:
    """A line without final punctuation, colon or closing quote or bracket: a headline or kicker, not a sentence
    (a colon ends a line that introduces what follows)."""
    last = text.rstrip()[-1:]
    return bool(last) and last not in TERMINALS and last != ":" and last not in CLOSERS


def has_finished_line(text: str) -> bool:
    """Some line of `text` ends as a sentence ends: text without one holds only navigation or labels."""
    return _FINISHED_LINE.search(text) is not None


def stands_alone(text: str) -> bool:
    """A complete sentence: closed quotes and brackets, a firm end, and a capital start (not a headline, a list
    item, a table row or a fragment that starts in lowercase), and not an interviewer's question ("SZ: Wie kamen
    Sie …?", "Landbote: Frau Bürgermeisterin, wie …?"), which asks what the teaser should say."""
    mark = _last_mark(text)
    if not mark or mark not in ".!?" or not balanced(text) or _FRAGMENT_START.match(text):
        return False
    return mark != "?" or _INTERVIEWER.match(text) is None
