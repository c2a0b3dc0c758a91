"""German sentence boundaries over the untouched input text.

Three mechanisms decide, instead of lists of special cases:
- line structure: a line break ends a sentence unless the next line plainly continues it;
- the token before a candidate period: an abbreviation class, a number shape or an initial;
- the token after it: lowercase continues, a sentence opener (closed-class word) starts anew.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kurz.text.lexicon import AMBIGUOUS, BEFORE_DATE, BEFORE_NUMBER, BEFORE_NUMBER_ENDINGS, NEVER_END, SENTENCE_OPENERS
from kurz.text.tokens import drop_invisible

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Closing quotes and brackets that stay with the sentence they close.
CLOSERS = "\"“”»«’'‘)]"
_CANDIDATE = re.compile(rf"(?:\.\.\.|…|[.!?])+[{re.escape(CLOSERS)}]*(?=\s|$)")
_NEXT_TOKEN = re.compile(r"\s*(\S+)")
_OPENERS = "„“\"»«‚‘'([{"
_ORDINAL = re.compile(r"\d{1,3}|\d{1,2}\.\d{1,2}|[IVXLCDM]+")
_NUMBER = re.compile(r"[\d.,:/–-]*\d")
_HOUSE_NUMBER = re.compile(r"\d{1,3}(?!\d)")  # "5", "12a", "45-47", "3/2"; not a year
_DATE = re.compile(r"(?:[0-2]?\d|3[01])\.(?:[01]?\d\.(?:\d{4}|\d{2})?)?(?!\d)")  # "5.", "12.3.", "05.03.2024"
_INITIAL = re.compile(r"[A-ZÄÖÜ]")
_LETTER = re.compile(r"[a-zäöü]")
_LIST_MARKER = re.compile(r"\s*(?:[-–•*·▪]|\d{1,3}[.)]|[a-zA-Z][.)])\s")
_ENUMERATOR = re.compile(r"(?:\d{1,3}|[a-zA-Z]|[IVXLCDM]+)")
_ALL_CAPS_DATELINE = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ/ -]{1,40}\.")
_MAX_PAREN = 400
_TAIL = 80  # the last characters of a sentence hold every token an abbreviation check needs


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence as offsets into the input; `paragraph` counts hard line blocks."""

    start: int
    end: int
    paragraph: int


def _abbreviation_key(before: str) -> tuple[str, bool]:
    """Longest known abbreviation ending at the candidate; also whether the last token was first in the sentence."""
    tokens = drop_invisible(before[-_TAIL:]).split()
    if not tokens:
        return "", True
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
        if joined in NEVER_END or joined in AMBIGUOUS:
            best = joined
    return best, len(tokens) == 1 and len(before) < _TAIL


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
    key, alone = _abbreviation_key(before)
    if next_token[0] in "([" and key not in NEVER_END:
        return True  # "… fortgesetzt. (dpa)": a bracket after a period opens new material
    word = drop_invisible(next_token).lstrip(_OPENERS)
    first = word[:1]
    if first.islower():
        return False
    if "?" in punct or "!" in punct:
        return True
    if "…" in punct or punct.startswith("..."):
        return _opens_sentence(next_token)
    if alone and _ENUMERATOR.fullmatch(key):
        return False  # list marker "1." or "a." opening a line
    if first.isdigit():
        return not (
            key in NEVER_END
            or key in AMBIGUOUS
            or key in BEFORE_NUMBER
            or (len(key) > 3 and key.endswith(BEFORE_NUMBER_ENDINGS) and _HOUSE_NUMBER.match(word))  # "Hauptstr. 5"
            or (key in BEFORE_DATE and _DATE.match(word))  # "Mo. 5. Mai"
            or _NUMBER.fullmatch(key)
        )
    if key in NEVER_END or _LETTER.fullmatch(key):
        return False
    if key in AMBIGUOUS or _ORDINAL.fullmatch(key) or _INITIAL.fullmatch(key):
        return _opens_sentence(next_token)
    if key.isalpha() and not key.isupper() and len(key) <= 4 and not re.search(r"[aeiouäöüy]", key, re.IGNORECASE):
        return _opens_sentence(next_token)  # vowel-less "Bgm.", "Tsd.": an unknown abbreviation
    return True


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
    for paragraph, (block_start, block_end) in enumerate(_blocks(text)):
        block = text[block_start:block_end]
        sent_start = 0
        last = len(block.rstrip())
        for cand in _CANDIDATE.finditer(block):
            end = cand.end()
            if end >= last:
                break
            nxt = _NEXT_TOKEN.match(block, end)
            if nxt is None:
                break
            before = block[sent_start : cand.start()]
            punct = cand.group().rstrip("\"“”»«’'‘)]")
            if _in_open_paren(block, sent_start, end):
                continue
            if (len(before) < 45 and _ALL_CAPS_DATELINE.fullmatch(before.strip() + punct)) or not _is_boundary(punct, before, nxt.group(1)):
                continue  # "BERLIN. Die Regierung …": the dateline belongs to its sentence
            out.append(Segment(*_trim(text, block_start + sent_start, block_start + end), paragraph))
            sent_start = end
        start, stop = _trim(text, block_start + sent_start, block_end)
        if stop > start:
            out.append(Segment(start, stop, paragraph))
    return out
