"""Turn what users hand us (bytes, odd Unicode) into article text, or refuse it clearly (HTML: kurz.text.html)."""

from __future__ import annotations

import re
import string

from kurz.errors import EmptyInputError, InputError, InputTooLargeError
from kurz.text.lexicon import STOP_WORDS
from kurz.text.wordlists import word_list

MAX_INPUT_CHARS = 20_000_000
_ODDITIES = {
    "non_breaking_space": re.compile("[\u00a0\u202f\u2007]"),
    "soft_hyphen": re.compile("\u00ad"),
    "zero_width": re.compile("[\u200b\u200c\u200d\u2060\ufeff]"),
    "windows_line_end": re.compile("\r\n"),
}
# Unpaired UTF-16 surrogates: JSON escapes like "\ud800" decode to them, and no UTF-8 writer can encode them.
SURROGATES = re.compile("[\ud800-\udfff]")
# C0 control characters other than tab, line feed, vertical tab (Word's manual line break), form feed and
# carriage return: in more than 1 % of a text, or any NUL, it is binary data, not prose.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")
_SAMPLE = 65536
_UNICODE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_ENGLISH = word_list("english_function_words")
_PUNCTUATION = string.punctuation + "„“”‚‘’»«›‹–—…"


_BINARY = "the input looks like binary data, not text; give a UTF-8 text file"


def looks_binary(sample: str) -> bool:
    """Binary data rather than text: a NUL, or control characters in more than 1 % of the sample."""
    return "\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) // 100


def decode(data: bytes) -> str:
    """Decode bytes: UTF-16/32 by their BOM, else UTF-8 (BOM tolerated), else a detected legacy encoding;
    refuse binary data."""
    if not data.strip():
        raise EmptyInputError("the input is empty")
    for bom, encoding in _UNICODE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"the input starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}: {exc.reason}"
                ) from None
    if looks_binary(data[:_SAMPLE].decode("latin-1")):  # one character per byte
        raise InputError(_BINARY)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # 13 ms to import, and only legacy encodings need it

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("the input is not UTF-8 and its encoding could not be detected; convert it to UTF-8")
    return str(best)


def check(text: str) -> None:
    """Refuse what no step can use: not a string, too long, lone surrogates, binary data, only whitespace."""
    if not isinstance(text, str):
        raise InputError(f"the text must be a string, not {type(text).__name__}")
    if len(text) > MAX_INPUT_CHARS:
        raise InputTooLargeError(f"the input has {len(text):,} characters; the limit is {MAX_INPUT_CHARS:,}")
    if SURROGATES.search(text):
        raise InputError("the text contains unpaired surrogate code points (such as \\ud800), which are not valid Unicode")
    if looks_binary(text[:_SAMPLE]):
        raise InputError(_BINARY)
    if not text.strip():
        raise EmptyInputError("the input is empty or contains only whitespace")


def warnings_for(text: str) -> list[str]:
    """What the user should know about a checked text: replacement characters, not German."""
    warnings: list[str] = []
    if "\ufffd" in text[:100000]:
        warnings.append("the input contains replacement characters (\ufffd): it may have been decoded with the wrong encoding")
    language = language_warning(text)
    if language:
        warnings.append(language)
    return warnings


def language_warning(text: str) -> str | None:
    """A warning when the text does not read as German (function-word profile of the first 250 words)."""
    # words split at spaces with their punctuation stripped: a third cheaper than the word pattern, the same profile;
    # 250 words tell German from English as well as 500 did on the dev and test texts, at half the cost
    stripped = (w.strip(_PUNCTUATION) for w in text[:2000].lower().split())
    sample = [w for w in stripped if w and not w[0].isdigit()][:250]
    if len(sample) < 8:
        return None
    german = sum(map(STOP_WORDS.__contains__, sample)) / len(sample)
    english = sum(map(_ENGLISH.__contains__, sample)) / len(sample)
    if german < 0.18 or english > german:
        return "the text does not look like German; kurz is built for German and the result may be poor"
    return None


def oddities(text: str) -> dict[str, int]:
    """Counts of whitespace and Unicode oddities, reported so users can see what their feed contains."""
    counts = {name: len(pattern.findall(text)) for name, pattern in _ODDITIES.items()}
    return {name: n for name, n in counts.items() if n}
