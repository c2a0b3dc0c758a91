"""German common nouns (every inflected form), so that a capital letter alone does not make a word a name.

The forms come from the `german-nouns` package (Wiktionary-DE data, CC BY-SA 4.0, about 100,000 lemmas):
rows marked as a first name, surname, place or other proper name are left out, every other noun's lemma and
case forms are kept, lowercased, with "ß" folded to "ss" (Swiss spelling). The set is built on first use
(about a second) and cached for the process. Without the package the guard still runs: `available()` is
false and every capitalised word the article lacks is then treated as a possible name.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from kurz.facts.fold import fold

PROPER = frozenset(["Toponym", "Vorname", "Nachname", "Eigenname", "Straßenname"])
FIRST_FORM_COLUMN = 7  # lemma, pos, genus, genus 1-4 come first


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(common-noun forms, proper-name forms), folded; both empty when the package is missing."""
    try:
        from german_nouns.config import CSV_FILE_PATH
    except ImportError:
        return frozenset(), frozenset()
    common: set[str] = set()
    proper: set[str] = set()
    with open(CSV_FILE_PATH, encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows, None)
        for row in rows:
            if len(row) < 2:
                continue
            target = common if PROPER.isdisjoint(row[1].split(",")) else proper
            target.add(fold(row[0]))
            target.update(fold(w) for w in row[FIRST_FORM_COLUMN:] if w and " " not in w)

    def clean(forms: set[str]) -> frozenset[str]:
        return frozenset(f for f in forms if f and not f.startswith("-") and not f.endswith("-"))

    return clean(common), clean(proper - common)


def common_nouns() -> frozenset[str]:
    """Every form of every common noun, folded (lowercase, ß as ss)."""
    return _lexicon()[0]


def proper_names() -> frozenset[str]:
    """Forms the lexicon knows only as names of persons, places or organisations."""
    return _lexicon()[1]


def available() -> bool:
    return bool(common_nouns())


def is_common_noun(folded: str) -> bool:
    return folded in common_nouns()
