"""German sentence boundaries over the untouched input text.

Three mechanisms decide, instead of lists of special cases:
- line structure: a line break ends a sentence unless the next line plainly continues it;
- the token before a candidate period: an abbreviation class, a number shape or an initial;
- the token after it: lowercase continues, a sentence opener (closed-class word) starts anew.

The abbreviation classes are word lists in kurz/text/data/*.txt, one entry a line, read once at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kurz.text.abbreviations import (
    ABBREVIATIONS,
    AMBIGUOUS,
    AMOUNT,
    BEFORE_DATE,
    BEFORE_NUMBER,
    BEFORE_NUMBER_ENDINGS,
    ERA,
    KNOWN,
    NEVER_END,
)
from kurz.text.datelines import ALL_CAPS_DATELINE, DOTTED_REACH, dotted_dateline_length
from kurz.text.ends import CLOSERS, TERMINALS, ends_sentence
from kurz.text.lexicon import MONTHS, SENTENCE_OPENERS
from kurz.text.tokens import drop_invisible
from kurz.text.wordlists import word_list

# Units and counted nouns that continue an amount ("2,5 Mio. Euro"); long entries also end compounds ("Fahrgäste").
_UNITS = word_list("units_after_amount")
_UNIT_ENDINGS = tuple(sorted(w for w in _UNITS if len(w) >= 5))
# Words after which a bare number is an ordinal ("der 3. Platz", "zum 2. Mal", "in 2. Lesung", "1. bis 4. Klasse");
# after any other word ("auf 14.", "Nr. 1.", "Abs. 2.", "Platz 4.") it is a cardinal that can end a sentence.
_ORDINAL_DETERMINERS = word_list("ordinal_determiners")
# An inflected adjective before a number makes it an ordinal ("den indiskutablen 16. Platz"); these words end alike
# but take cardinals ("auf über 14.").
_ADJECTIVE_ENDINGS = ("e", "en", "em", "er", "es")
_CARDINAL_WORDS = word_list("cardinal_words")

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Terminal punctuation (with closing quotes and brackets), or a bracket that may close a sentence in brackets
# written without a full stop ("(Mehr dazu auf Seite 4) Danach …").
# The leading lookahead lets the regex engine skip to candidate characters quickly.
_CANDIDATE = re.compile(rf"(?=[{TERMINALS})])(?:(?:\.\.\.|…|[.!?])+[{re.escape(CLOSERS)}]*(?=\s|$)|\)(?=\s+[A-ZÄÖÜ]))")
_NEXT_TOKEN = re.compile(r"\s*(\S+)")
_OPENERS = "„“\"»«‚‘'([{"
_ORDINAL = re.compile(r"\d{1,3}(?:\.\d{3})*|\d{1,2}\.\d{1,2}|[IVXLCDM]+")  # "zum 100.000. Mal"
_NUMBER = re.compile(r"[\d.,:/–-]*\d")
_HOUSE_NUMBER = re.compile(r"\d{1,3}(?!\d)")  # "5", "12a", "45-47", "3/2"; not a year
_DATE = re.compile(r"(?:[0-2]?\d|3[01])\.(?:[01]?\d\.(?:\d{4}|\d{2})?)?(?!\d)")  # "5.", "12.3.", "05.03.2024"
_INITIAL = re.compile(r"[A-ZÄÖÜ]")
_LETTER = re.compile(r"[a-zäöü]")
_LIST_MARKER = re.compile(r"\s*(?:[-–•*·▪]|\d{1,3}[.)]|[a-zA-Z][.)])\s")
_ENUMERATOR = re.compile(r"(?:\d{1,3}|[a-zA-Z]|[IVXLCDM]+)")
_CARDINAL = re.compile(r"\d{1,3}")
# A lowercase brand opening a sentence: an inner capital ("iPhone", "eBay", "easyJet") or a short vowel-less name ("dm").
_BRAND = re.compile(r"[a-zäöü]{1,4}[A-ZÄÖÜ]|[b-df-hj-np-tv-zß]{2,3}(?![\wäöüß])")
_VOWEL = re.compile(r"[aeiouäöüy]", re.IGNORECASE)
_DASHES = frozenset(["–", "—", "-", "--"])
_QUOTE_CLOSERS = "\"“”»«’'‘"
_MAX_PAREN = 400
_TAIL = 80  # the last characters of a sentence hold every token an abbreviation check needs


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence as offsets into the input; `paragraph` counts hard line blocks."""

    start: int
    end: int
    paragraph: int


def _abbreviation_key(before: str) -> tuple[str, bool, str]:
    """Longest known abbreviation ending at the candidate; whether the last token was first in the sentence; the word
    before it (or a determiner two words back, which makes a number an ordinal)."""
    tokens = drop_invisible(before[-_TAIL:]).split()
    if not tokens:
        return "", True, ""
    last = tokens[-1].lstrip(_OPENERS)
    best = last
    if "-" in last and last not in NEVER_END:
        best = last.rsplit("-", 1)[1]  # "Univ.-Prof." is judged by "Prof."
    # "z. B." / "v. Chr." / "i. d. R.": join up to three preceding tokens that end in a period.
    joined = last
    for prev in reversed(tokens[-3:-1]):
        if not prev.endswith("."):
            break
        joined = prev.lstrip(_OPENERS) + joined
        if joined in KNOWN:
            best = joined
    alone = len(tokens) == 1 and len(before) < _TAIL
    if alone and best[:1].isupper() and best not in ABBREVIATIONS:
        lowered = best[0].lower() + best[1:]
        if lowered in KNOWN:
            best = lowered  # "Ca. 40 Prozent …", "Vgl. dazu …": a lowercase abbreviation opening the sentence
    previous = ""
    if len(tokens) > 1 and tokens[-1][0] not in _OPENERS:
        previous = tokens[-2]
        if len(tokens) > 2 and previous.isalpha() and previous.islower() and tokens[-3].lower() in _ORDINAL_DETERMINERS:
            previous = tokens[-3]  # "zu seinem bereits 150.", "vom aktuell 14.": a determiner one word further back
    return best, alone, previous


def _continues_amount(word: str) -> bool:
    """A unit or counted noun after "Mio." / "Mrd." ("Euro", "Einwohner", "Kilowattstunden")."""
    head = word.split("-", 1)[0].rstrip(".,;:!?").lower()
    return head in _UNITS or head.endswith(_UNIT_ENDINGS)


def _ordinary_word(key: str) -> bool:
    """A plain word before the period: no abbreviation, number, initial or vowel-less short form."""
    return (
        key.isalpha()
        and (len(key) >= 3 or key.capitalize() in SENTENCE_OPENERS)  # "baut Stellen ab."
        and key not in ABBREVIATIONS
        and _VOWEL.search(key) is not None
    )


def _opens_sentence(next_token: str) -> bool:
    word = drop_invisible(next_token).lstrip(_OPENERS)
    if not word:
        return True  # a bare quote mark or bracket: new material
    if next_token[0] in _OPENERS:
        return True  # quotation or bracket after a period opens new material
    return word.rstrip(".,;:!?") in SENTENCE_OPENERS


def _is_boundary(punct: str, before: str, next_token: str) -> bool:
    """Decide one candidate: `before` is the sentence so far, `next_token` the following word."""
    if before.endswith(("(", "[")):
        return False  # "40 (!) Millionen": an interjected mark in brackets
    key, alone, previous = _abbreviation_key(before)
    if next_token[0] in "([" and key not in NEVER_END:
        return True  # "… fortgesetzt. (dpa)": a bracket after a period opens new material
    word = drop_invisible(next_token).lstrip(_OPENERS)
    first = word[:1]
    if first.islower():
        # "… erhöht. iPhone-Nutzer zahlen …", "… Preise. dm, Spar und …": a lowercase brand after a plain word
        return _BRAND.match(word) is not None and _ordinary_word(key)
    if "?" in punct or "!" in punct:
        return True
    if "…" in punct or punct.startswith("..."):
        return _opens_sentence(next_token)
    if alone and _ENUMERATOR.fullmatch(key):
        return False  # list marker "1." or "a." opening a line
    if first.isdigit():
        return not (
            key in KNOWN
            or key in BEFORE_NUMBER
            or (len(key) > 3 and key.endswith(BEFORE_NUMBER_ENDINGS) and _HOUSE_NUMBER.match(word))  # "Hauptstr. 5"
            or (key in BEFORE_DATE and _DATE.match(word))  # "Mo. 5. Mai"
            or _NUMBER.fullmatch(key)
        )
    if key in NEVER_END or _LETTER.fullmatch(key):
        return False
    if key in ERA:
        return True  # "um 100 n. Chr. Reste …": nothing capitalised continues an era
    if key in AMOUNT:
        return _opens_sentence(next_token) or (
            first.isupper() and not _continues_amount(word)
        )  # "1,1 Mrd. Analysten …" / "Mrd. Euro"
    if _CARDINAL.fullmatch(key) and _cardinal_after(previous) and word.rstrip(".,;:!?") not in MONTHS and not word.isupper():
        return True  # "stieg auf 14. Drei …", "die Nr. 1. Dahinter …": a cardinal, not "der 3. Platz", "1. FC"
    if key in AMBIGUOUS or _ORDINAL.fullmatch(key) or _INITIAL.fullmatch(key):
        return _opens_sentence(next_token)
    if key.isalpha() and not key.isupper() and len(key) <= 4 and not _VOWEL.search(key):
        return _opens_sentence(next_token)  # vowel-less "Bgm.", "Tsd.": an unknown abbreviation
    return True


def _cardinal_after(previous: str) -> bool:
    """Whether a bare number after `previous` is a cardinal ("auf 14", "Platz 4", "Nr. 1", "Abs. 2").

    An ordinal follows a determiner ("der 3."), an inflected adjective ("den enttäuschenden 13. Rang"), a genitive
    ("Friedländers 100. Geburtstag"), a number, a bracket or punctuation ("(12.)", "Tabelle: 1.", "Std. 2.").
    """
    if not previous or not previous[0].isalpha():
        return False
    if previous[-1] == ".":
        return previous[:-1] in NEVER_END or previous[:-1] in BEFORE_NUMBER  # "Nr. 1.", "Abs. 2."
    if not previous[-1].isalpha() or previous.lower() in _ORDINAL_DETERMINERS:
        return False
    if previous.islower():
        return previous in _CARDINAL_WORDS or not previous.endswith(_ADJECTIVE_ENDINGS)
    return not (len(previous) > 3 and previous.endswith("s"))


def _paren_sentence_ends(before: str, next_token: str) -> bool:
    """A sentence in brackets without a full stop ends at its closing bracket: "(Mehr dazu auf Seite 4) Danach …"."""
    sentence = before.lstrip()
    return (
        sentence.startswith("(")
        and sentence.count("(") == 1
        and ")" not in sentence  # the bracket that opened the sentence closes here
        and sentence[1:2].isupper()
        and len(sentence.split()) >= 3
        and next_token[:1].isupper()
    )


def _in_open_paren(block: str, start: int, end: int) -> bool:
    """A bracket opened inside the sentence and closed soon after holds whole sentences without ending it."""
    sentence = block[start:end]
    if sentence.count("(") <= sentence.count(")") or sentence.lstrip().startswith("("):
        return False
    return block.find(")", end, end + _MAX_PAREN) >= 0


def _blocks(text: str) -> list[tuple[int, int]]:
    """Hard line blocks: a line break separates unless the next line continues the sentence in lowercase."""
    blocks: list[tuple[int, int]] = []
    start = 0
    for brk in _LINE_BREAK.finditer(text):
        line_end, nxt = brk.start(), brk.end()
        current = text[start:line_end].rstrip()
        follow = text[nxt : nxt + 8].lstrip()[:1]
        continues = (
            bool(current)
            and follow.islower()
            and (current[-1] in ",;-–" or current[-1].isalnum())
            and not _LIST_MARKER.match(text, nxt)
        )
        if not continues:
            blocks.append((start, line_end))
            start = nxt
    blocks.append((start, len(text)))
    return [(s, e) for s, e in blocks if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "\ufeff\u200b"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(text: str) -> list[Segment]:
    """Split `text` into sentence segments with offsets; `text[s.start:s.end]` is the sentence."""
    out: list[Segment] = []
    # A block ended a sentence: no dotted dateline can follow. The splitter sees no marks, so this is the raw-text
    # form of kurz.document's "the body started" (the first sentence that is news), which alone reads marks.
    sentence_ended = False
    for paragraph, (block_start, block_end) in enumerate(_blocks(text)):
        block = text[block_start:block_end]
        sent_start = 0
        last = len(block.rstrip())
        # "Osnabrück. Nach dem …" opening the body: the dateline belongs to the first sentence.
        dateline_end = 0
        if not sentence_ended:
            lead = len(block) - len(block.lstrip())
            dateline_end = dotted_dateline_length(block[lead : lead + DOTTED_REACH]) + lead
        for cand in _CANDIDATE.finditer(block):
            end = cand.end()
            if end >= last:
                break
            if end <= dateline_end:
                continue
            nxt = _NEXT_TOKEN.match(block, end)
            if nxt is None:
                break
            before = block[sent_start : cand.start()]
            group = cand.group()
            punct = group.rstrip(CLOSERS)
            if not punct:
                if _paren_sentence_ends(before, nxt.group(1)):
                    out.append(Segment(*_trim(text, block_start + sent_start, block_start + end), paragraph))
                    sent_start = end
                continue
            if _in_open_paren(block, sent_start, end):
                continue
            if nxt.group(1) in _DASHES and group[-1] in _QUOTE_CLOSERS:
                after = _NEXT_TOKEN.match(block, nxt.end())
                if after is not None and after.group(1)[:1].islower():
                    continue  # "„Wer zahlt?“ – so reagierte …": the attribution after a dash belongs to the quote
            if (len(before) < 45 and ALL_CAPS_DATELINE.fullmatch(before.strip() + punct)) or not _is_boundary(
                punct, before, nxt.group(1)
            ):
                continue  # "BERLIN. Die Regierung …": the dateline belongs to its sentence
            out.append(Segment(*_trim(text, block_start + sent_start, block_start + end), paragraph))
            sent_start = end
        if not sentence_ended:
            sentence_ended = sent_start > 0 or ends_sentence(block[:last])
        start, stop = _trim(text, block_start + sent_start, block_end)
        if stop > start:
            out.append(Segment(start, stop, paragraph))
    return out
