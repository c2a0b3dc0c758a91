"""Does a summary say only what the source says? Token support, and names, numbers, dates not in the source."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kurz.text.lexicon import MONTHS
from kurz.text.tokens import squash, words

NAME = re.compile(r"[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)+")
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
DATE = re.compile(rf"\b\d{{1,2}}\.\s?(?:(?:{'|'.join(sorted(MONTHS))})(?:\s\d{{4}})?|\d{{1,2}}\.(?:\s?\d{{4}}|\d{{2}})?)")


@dataclass(frozen=True, slots=True)
class Faithfulness:
    source_token_share: float
    novel_names: tuple[str, ...]
    novel_numbers: tuple[str, ...]
    novel_dates: tuple[str, ...]


def faithfulness(summary: str, source: str) -> Faithfulness:
    """Share of summary words found in the source, and what the summary adds that the source lacks."""
    source_words = set(words(source))
    summary_words = words(summary)
    share = sum(w in source_words for w in summary_words) / len(summary_words) if summary_words else 1.0
    flat = squash(source)
    unbracketed = _PARENTHETICAL.sub("", flat)  # "Oberlandesgericht (OLG) Wien" may be shortened to its name
    source_numbers = set(NUMBER.findall(source))
    return Faithfulness(
        share,
        tuple(n for n in NAME.findall(summary) if not _found(squash(n), flat, unbracketed)),
        tuple(n for n in NUMBER.findall(summary) if n not in source_numbers),
        tuple(d for d in DATE.findall(summary) if squash(d) not in flat),
    )


def _found(name: str, flat: str, unbracketed: str) -> bool:
    """The name stands in the source, or would but for a capital its sentence gave it: a subject moved to the front
    ("Zwei Erwachsene seien …" from "Zudem seien zwei Erwachsene …", kurz.summary.join_pieces)."""
    forms = (name, name[:1].lower() + name[1:])
    return any(form in flat or form in unbracketed for form in forms)
