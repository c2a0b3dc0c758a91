"""Recognise the parts of an agency text that are not news: datelines, agency notes, captions, bylines.

They stay in the text (offsets never move) but are marked, and marked material never enters a summary.
"""

from __future__ import annotations

import re

from kurz.text.lexicon import STOP_WORDS
from kurz.text.sentences import CLOSERS, dotted_dateline_length

# A place: capitalised words joined by particles or a slash ("Frankfurt/Main", "Freiburg im Breisgau"), with an
# optional bracketed qualifier ("Halle (Saale)").
_PLACE = (
    r"[A-ZÄÖÜ][\w.'’-]*(?:[ /](?:am|an der|im|bei|ob der|de|del|da|di|la|le|los|von|van|upon|sur|[A-ZÄÖÜ][\w.'’-]*)){0,3}"
    r"(?: \([A-ZÄÖÜ][\w.]+\)(?= \())?"
)
# An agency: one to four short names ("dpa", "AFP/dpa", "Keystone-SDA", "dpa-AFX") or two capitalised words.
_AGENCY_NAME = r"[A-Za-z]{2,10}(?:-[A-Za-z]{2,10})?"
_AGENCY = rf"\((?:{_AGENCY_NAME}(?:[/,] ?{_AGENCY_NAME}){{0,3}}|[A-Z][\w-]+ [A-Z][\w-]+)\)"
_DATE = r"(?:, (?:den )?\d{1,2}\. ?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)(?: ?\d{2,4})?)"
DATELINE = re.compile(
    rf"^(?:{_PLACE}{_DATE}? ?(?:{_AGENCY})? ?[-–—]+ |{_PLACE}{_DATE}? ?{_AGENCY}:? |[A-ZÄÖÜ][A-ZÄÖÜ/ -]{{1,40}}\. )"
    r"(?=[\"„»«‚A-ZÄÖÜ0-9])"
)
# A dateline that is a sentence of its own: "Wien/APA. Die Regierung …", "Berlin (epd). Die …", or a text that is
# nothing but "Berlin (dpa) - ". The agency makes it one: a bare "Wien." cannot be told from a short news
# sentence ("Eklat im Parlament.").
DATELINE_SENTENCE = re.compile(rf"^(?:{_PLACE}{_DATE}?(?:/{_AGENCY_NAME}\.| ?{_AGENCY} ?[-–—:.]*)|{_AGENCY}[.:]?)$")
# A sentence without final punctuation: a headline, kicker or subhead line above the body.
_UNFINISHED = re.compile(rf"[^.!?…:{re.escape(CLOSERS)}]\s*$")
AGENCY_NOTE = re.compile(
    r"^\(\s*[A-Za-zÄÖÜäöü]{2,12}(?:-[A-Za-z]{2,10})?(?:\s*[/,]\s*[A-Za-zÄÖÜäöü]{2,12}){0,3}"
    r"(?:,?\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})?\s*\)[.:]?$"
)
CAPTION = re.compile(
    r"^(?:[(\[]\s*)?(?:Fotos?|Bild(?:er)?|Grafik|Illustration|Video|Quelle|Archivbild|Symbolbild|Bildquelle|Copyright)"
    r"\s*:|^©|^\(?Fotos?/|(?:Fotos?|Bild):\s*[\w .,/-]+\)?$"
)
BYLINE = re.compile(
    r"^(?:Von|Aus|Ein (?:Kommentar|Bericht|Gastbeitrag) von|Autor(?:in)?:)\s+[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+){0,3}(?:\s*,\s*[A-ZÄÖÜ][\w ]+)?$"
)


def dateline_length(sentence: str) -> int:
    """Length of a leading dateline ("Wien – ", "Moskau (AFP) - ", "BERLIN. ", "Osnabrück. "), 0 if none."""
    match = DATELINE.match(sentence)
    if match is None:
        return dotted_dateline_length(sentence)  # the splitter's own test, so both agree on "Osnabrück. Nach dem …"
    if len(match.group().split()) > 8 or match.group().split()[0].lower() in STOP_WORDS:
        return 0
    return match.end()


def is_dateline_sentence(sentence: str) -> bool:
    """A whole sentence that is only a place and an agency ("Wien/APA.", "Berlin (epd).", "Bonn (KNA) -")."""
    words = sentence.split()
    return len(words) <= 6 and DATELINE_SENTENCE.match(sentence.strip()) is not None and words[0].lower() not in STOP_WORDS


def is_heading(sentence: str) -> bool:
    """A line without final punctuation (headline, kicker): the body, and its dateline, may still follow."""
    return _UNFINISHED.search(sentence) is not None


def boilerplate_kind(sentence: str, *, first: bool) -> str | None:
    """The kind of a sentence that is wholly boilerplate, or None for news content."""
    if sentence.startswith("(") and AGENCY_NOTE.match(sentence):
        return "agency_note"
    if len(sentence) < 200 and (":" in sentence or "©" in sentence or "/" in sentence) and CAPTION.search(sentence):
        return "caption"
    if first and BYLINE.match(sentence):
        return "byline"
    return None
