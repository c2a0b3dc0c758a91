"""German common nouns (every inflected form), so that a capital letter alone does not make a word a name: the
fact guard's name check, the push's compression and the syntax's reading of a noun after a noun use them.

The forms come from Wiktionary-DE through the `german-nouns` package (CC BY-SA 4.0, about 100,000 lemmas),
derived once by `scripts/build-nouns` into kurz/text/data (see the README there for the licence): rows marked as
a first name, surname, place or other proper name are kept apart, every other noun's lemma and case forms are
kept, lowercased, with "ß" folded to "ss" (Swiss spelling). The sets are read on first use (about 0.1 s) and
cached for the process; nothing is downloaded and no package is needed at run time.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=2)
def _forms(name: str) -> frozenset[str]:
    with gzip.open(DATA / f"{name}.txt.gz", "rt", encoding="utf-8") as handle:
        return frozenset(line for line in handle.read().splitlines() if line)


def common_nouns() -> frozenset[str]:
    """Every form of every common noun, folded (lowercase, ß as ss)."""
    return _forms("common_nouns")


def proper_names() -> frozenset[str]:
    """Forms the lexicon knows only as names of persons, places or organisations."""
    return _forms("proper_names")


def is_common_noun(word: str) -> bool:
    """The word is a common noun's form and never only a name ("Käse", "Grenzwerte"; not "Wien")."""
    key = word.lower().replace("ß", "ss")
    return key in common_nouns() and key not in proper_names()


def is_noun_or_compound(word: str) -> bool:
    """A common noun, or a compound of two ("Steinwolle"), and never only a name ("Nehammer": "Ne" is no noun)."""
    key = word.lower().replace("ß", "ss")
    if key in proper_names():
        return False
    nouns = common_nouns()
    parts = range(MIN_COMPOUND_PART - 1, len(key) - MIN_COMPOUND_PART + 1)
    return key in nouns or any(key[:k] in nouns and key[k:] in nouns for k in parts)


MIN_COMPOUND_PART = 4  # letters of a compound's last part ("-wolle"; not "-ei"); its first has at least one fewer
