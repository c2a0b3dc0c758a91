"""The guard's own word lists (kurz/facts/data/*.txt): modality, directions, converse verbs, the name check's
words; read once, cached."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=8)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The lines of data/NAME.txt split on whitespace; blank lines and '#' comments skipped."""
    lines = (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(tuple(line.split()) for line in lines if line.strip() and not line.lstrip().startswith("#"))


def words(name: str) -> frozenset[str]:
    """The entries of data/NAME.txt, one word a line: a line of several words is refused, as the lists are looked
    up one word at a time and it could never match."""
    found = rows(name)
    several = [" ".join(row) for row in found if len(row) > 1]
    if several:
        raise ValueError(f"{name}.txt holds one word a line, not {several}")
    return frozenset(row[0] for row in found)


def matches(form: str, words: list[str], at: int) -> bool:
    """Does `form` ("steig*", "nicht ausgeschlossen", "leg*…zu") stand at `words[at]`? A "…" part must come
    later in the same word list (a clause); a space joins words that stand next to each other; "*" ends a prefix."""
    head, _, particle = form.partition("…")
    parts = head.split(" ")
    for offset, part in enumerate(parts):
        i = at + offset
        if i >= len(words) or not _fits(part, words[i]):
            return False
    return not particle or any(_fits(particle, w) for w in words[at + len(parts) :])


def _fits(part: str, word: str) -> bool:
    return word.startswith(part[:-1]) if part.endswith("*") else word == part


T = TypeVar("T")


class Forms(Generic[T]):
    """A word list's forms indexed by their first word, so a clause is matched in one pass over its words."""

    def __init__(self, forms: list[tuple[str, T]]) -> None:
        self.exact: dict[str, list[tuple[str, T]]] = {}
        self.prefix: dict[str, list[tuple[str, T]]] = {}
        for form, payload in forms:
            first = form.partition("…")[0].split(" ")[0]
            table = self.prefix if first.endswith("*") else self.exact
            table.setdefault(first.rstrip("*"), []).append((form, payload))
        self.lengths = sorted({len(p) for p in self.prefix})

    def find(self, words: list[str]) -> list[tuple[int, T]]:
        """(position, payload) of every form that stands in `words`."""
        found: list[tuple[int, T]] = []
        for i, word in enumerate(words):
            candidates = list(self.exact.get(word, []))
            for n in self.lengths:
                candidates += self.prefix.get(word[:n], [])
            found += [(i, payload) for form, payload in candidates if matches(form, words, i)]
        return found
