"""Datelines: where the news is dated and placed before the body starts ("Berlin (dpa) - ", "Wien/APA. ",
"Osnabrück. ", "BERLIN. "), and the date-led lines and agency marks that tell agency copy apart.

The one home of every dateline pattern: the splitter (kurz.text.sentences) keeps a dotted dateline with its sentence,
the markers (kurz.text.markers) mark it, and the ranker's features (kurz.methods.features) read agency copy.
"""

from __future__ import annotations

import re

from kurz.text.abbreviations import ABBREVIATIONS
from kurz.text.lexicon import DETERMINERS, SENTENCE_OPENERS, STOP_WORDS
from kurz.text.tokens import drop_invisible
from kurz.text.wordlists import word_list

DATELINE_PLACES = word_list("dateline_places")
_PLACE_ENDINGS = tuple(sorted(word_list("dateline_place_endings")))
# "BERLIN.": a place in capitals with a full stop.
_ALL_CAPS = r"[A-ZÄÖÜ][A-ZÄÖÜ/ -]{1,40}\."
ALL_CAPS_DATELINE = re.compile(_ALL_CAPS)
# A place dateline with a full stop at the start of the body: "Osnabrück. Nach dem …", "Wien/APA. Die …".
# "Frankfurt a.M. Die …", "Freiburg i.Br. Die …": the place may carry its abbreviated river or region.
# "Seekirchen am Wallersee. ", "Kirchberg an der Pielach. ": the place may carry its river, lake or region.
_ON = re.compile(r" (?:am|im|an der|in der|ob der|bei) [A-ZÄÖÜ][a-zäöüß]+$")
_DOTTED = re.compile(
    r"((?:St\. |Sankt |Bad )?[A-ZÄÖÜ][a-zäöüß]+(?:[-/][A-Za-zÄÖÜäöüß]+)?(?: (?:am|im|an der|in der|ob der|bei) [A-ZÄÖÜ][a-zäöüß]+)?)"
    r"(?:\.| [aio]\.\s?[A-Z][a-z]{0,2}\.)\s+(\S+)"
)
# The sentence after a dateline runs on: four words and no stop ("Villmergen. Die Gemeinde Villmergen erhält …", not
# "Wochenende. Regen. Mist.").
_RUNS_ON = re.compile(r"(?:[^\s.!?]+\s+){4}")
DOTTED_REACH = 300  # characters after a dotted dateline read for the place named again
# A place: capitalised words joined by particles or a slash ("Frankfurt/Main", "Freiburg im Breisgau"), with an
# optional bracketed qualifier ("Halle (Saale)").
_PLACE = (
    r"[A-ZÄÖÜ][\w.'’-]*(?:[ /](?:am|an der|im|bei|ob der|de|del|da|di|la|le|los|von|van|upon|sur|[A-ZÄÖÜ][\w.'’-]*)){0,3}"
    r"(?: \([A-ZÄÖÜ][\w.]+\)(?= \())?"
)
# An agency: one to four short names ("dpa", "AFP/dpa", "Keystone-SDA", "dpa-AFX") or two capitalised words.
_AGENCY_NAME = r"[A-Za-z]{2,10}(?:-[A-Za-z]{2,10})?"
_AGENCY = rf"\((?:{_AGENCY_NAME}(?:[/,] ?{_AGENCY_NAME}){{0,3}}|[A-Z][\w-]+ [A-Z][\w-]+)\)"
_DATE = r"(?:, (?:den |am )?\d{1,2}\. ?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)(?: ?\d{2,4})?)"
DATELINE = re.compile(
    rf"^(?:{_PLACE}{_DATE}? ?(?:{_AGENCY})? *[-–—]+[ \u00a0]+|{_PLACE}{_DATE}? ?{_AGENCY}:?[ \u00a0]+|{_ALL_CAPS}[ \u00a0]+)"
    r"(?=[\"„»«‚A-ZÄÖÜ0-9])"
)
# A dateline that is a sentence of its own: "Wien/APA. Die Regierung …", "Berlin (epd). Die …", or a text that is
# nothing but "Berlin (dpa) - ". The agency makes it one: a bare "Wien." cannot be told from a short news
# sentence ("Eklat im Parlament.").
DATELINE_SENTENCE = re.compile(rf"^(?:{_PLACE}{_DATE}?(?:/{_AGENCY_NAME}\.| ?{_AGENCY} ?[-–—:.]*)|{_AGENCY}[.:]?)$")
# A date line or date-led kicker at the start of a scraped body: "23.10.2018", "5. März 2019 …", "2019-03-05".
DATE_LED = re.compile(r"^\W*(?:\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)\s?\d{2,4}|\d{4}-\d{2}-\d{2})")
# Agency copy: an agency in brackets or a dateline with a dash near the start ("Berlin (dpa) - ", "Wien – ").
WIRE = re.compile(
    r"\((?:dpa|AFP|APA|Reuters|AP|sda|SDA|KNA|epd|dts|ots|red|APA/[A-Za-z]+|dpa-AFX)\)|^[A-ZÄÖÜ][\w.'’/ -]{1,40} [-–—] "
)


def dotted_dateline_length(text: str) -> int:
    """Length of a place dateline ended by a full stop at the start of `text` ("Osnabrück. ", "Wien/APA. "), else 0.

    Only a single capitalised place word before a sentence opener, a number or a quotation counts, and only one that
    shows it is a place: a slash part ("Wien/APA"), a place ending ("Bielefeld") or a listed name ("Kiel").
    "Eklat im Parlament. Die …", "Schuhe. Hunderte …" and "Abstieg. Nach 23 Jahren …" stay sentences of their own.
    """
    match = _DOTTED.match(text)
    if match is None:
        return 0
    place, following = match.groups()
    place = _ON.sub("", place)  # the town is named again, not its lake: "Seekirchen am Wallersee" as "Seekirchen"
    name = place.split("/")[0].split("-")[0]
    if name in SENTENCE_OPENERS or name in ABBREVIATIONS:
        return 0
    following = drop_invisible(following)
    # read up to DOTTED_REACH from the dateline, as the splitter does, so that splitter and document agree
    if _named_again(place, text[match.end(1) : DOTTED_REACH]) and _RUNS_ON.match(text, match.start(2)):
        return match.start(2)  # "Villmergen. Die Gemeinde Villmergen …", "St. Gallen. … an den St. Galler Schulen"
    lowered = name.lower()
    if not (
        "/" in place
        or name in DATELINE_PLACES
        or (lowered.endswith(_PLACE_ENDINGS) and not any(lowered == e for e in _PLACE_ENDINGS))
    ):
        return 0
    if following[:1].isdigit() or following[:1] in '„"»' or following.rstrip(".,;:!?") in SENTENCE_OPENERS:
        return match.start(2)
    return 0


def _named_again(place: str, rest: str) -> bool:
    """The place is named again after it, as a name ("Die Gemeinde Villmergen", "wer in Lannach wohnt") or as the
    word made from it ("das Heilbronner Werk"); not as a noun after its article ("Abstieg. … Der Abstieg …")."""
    last = place.replace("/", " ").replace("-", " ").split()[-1]
    stem = last[: max(4, len(last) - 2)]
    for match in re.finditer(rf"(\w*)\W+({re.escape(stem)}\w*)", rest):
        before, word = match.groups()
        if before.lower() not in DETERMINERS or (word.endswith("er") and word != last):
            return True
    return False


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
