"""The article as the checks consult it: its sentences, words and word bases, built once per call."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from kurz.document import Document
from kurz.facts.fold import bases, fold, unify_quotes
from kurz.text.tokens import WORD_OR_WHOLE_NUMBER, content_stems


@dataclass(frozen=True, slots=True)
class Clause:
    """A sentence of the article (or teaser) with its offsets and content stems."""

    text: str
    start: int
    end: int
    stems: frozenset[str]


def clauses(text: str) -> list[Clause]:
    """Sentences of `text` with offsets, as the package's splitter finds them."""
    if not text.strip():
        return []
    return [
        Clause(s.text, s.start, s.end, frozenset(content_stems(s.text.replace("ß", "ss"))))
        for s in Document.analyse(text).sentences
    ]


class Source:
    """Article text plus its title; every lookup the checks need."""

    def __init__(self, article: str, title: str | None = None) -> None:
        self.article = article
        self.title = title or ""
        self.text = f"{self.title}\n{article}" if self.title else article

    @cached_property
    def sentences(self) -> list[Clause]:
        return clauses(self.text)

    @cached_property
    def folded(self) -> str:
        return fold(unify_quotes(self.text))

    @cached_property
    def words(self) -> frozenset[str]:
        """Folded words, hyphenated compounds also split into their parts."""
        out: set[str] = set()
        for w in WORD_OR_WHOLE_NUMBER.findall(self.folded):
            out.add(w)
            if "-" in w:
                out.update(p for p in w.split("-") if p)
        return frozenset(out)

    @cached_property
    def bases(self) -> frozenset[str]:
        """Every word's bases (inflection stripped): what a teaser word's bases are matched against."""
        out: set[str] = set()
        for w in self.words:
            if not w[0].isdigit():
                out |= bases(w)
        return frozenset(out)

    def has_word(self, word: str) -> bool:
        """The word, in any inflection the endings allow, occurs in the article or title."""
        return not bases(word).isdisjoint(self.bases)

    @cached_property
    def _long_words(self) -> tuple[str, ...]:
        return tuple(sorted(b for b in self.bases if len(b) >= 7))

    def has_part(self, word: str) -> bool:
        """The word (at least 4 letters) starts or ends an article compound ("Rekord" in "Fahrgastrekord")."""
        keys = [b for b in bases(word) if len(b) >= 4]
        return any(w != k and (w.endswith(k) or w.startswith(k)) for k in keys for w in self._long_words)
