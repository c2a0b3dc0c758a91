"""A text cut into clauses, and the article index the claim checks share: which article clauses state an item
(a content stem or an amount) plainly, only under a hedge, or only under a negation.

A clause ends at , ; : – and before "und"/"oder" + a content word ("… kritisierte den Plan und drohte …").
A hedge ("erwarten", "soll", "ob", see data/modality.txt) covers its own clause and every later clause of its
sentence ("Ökonomen erwarten, dass …"), except the subject that holds the attitude; a hedge in a relative
clause ("…, die künftig verwendet werden muss, …") or an "ob" clause covers only that clause; a question covers
its sentence. A negation covers its own clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from kurz.facts.fold import bases, fold
from kurz.facts.lists import Forms, rows
from kurz.facts.negation import NEGATION
from kurz.facts.numbers import article_values
from kurz.facts.source import Clause
from kurz.facts.syntax import TOKEN, items, subject
from kurz.text.lexicon import ADVERBIAL_SUBORDINATORS, AUXILIARIES, PREPOSITIONS, RELATIVE_PRONOUNS, STOP_WORDS
from kurz.text.tokens import WORD_OR_WHOLE_NUMBER

_BREAK = frozenset(",;:–—-")
_AUXILIARIES = frozenset(fold(w) for w in AUXILIARIES)


@dataclass(frozen=True, slots=True)
class Part:
    """One clause: its text and offsets in the whole text, folded words, content stems, amounts, sentence."""

    text: str
    start: int
    end: int
    words: tuple[str, ...]
    items: frozenset[str]
    sentence: int


def relative(text: str) -> bool:
    """Does the clause open with a relative pronoun ("der 4 Prozent verlor"), not a noun group ("der Umsatz",
    "die ersten Radwege")? An auxiliary at the end settles it ("die nächste Woche beginnen soll")."""
    tokens = [m.group() for m in TOKEN.finditer(text) if m.group()[0].isalnum()]
    if tokens and fold(tokens[0]) in PREPOSITIONS:  # "in der …", "mit dem …"
        tokens = tokens[1:]
    if not tokens or fold(tokens[0]) not in RELATIVE_PRONOUNS:
        return False
    if len(tokens) > 2 and fold(tokens[-1]) in _AUXILIARIES:
        return True
    rest = tokens[1:3]
    if rest and rest[0][:1].isupper():
        return False
    return not (len(rest) == 2 and rest[0].endswith(("e", "en", "er", "es", "em")) and rest[1][:1].isupper())


_ARTICLES = frozenset(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"])


def _participle(word: str) -> bool:
    """A past participle that closes a predicate: "kritisiert", "gewonnen" (lowercase, ge- or -iert)."""
    return word[:1].islower() and (word.startswith("ge") or word.endswith("iert")) and word.endswith(("t", "en"))


def _cuts(text: str) -> list[int]:
    """Offsets where a new clause starts."""
    cuts = [0]
    tokens = list(TOKEN.finditer(text))
    for i, m in enumerate(tokens):
        tok = m.group().strip()
        nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        if tok in _BREAK:
            cuts.append(m.end())
        elif fold(tok) in ("und", "oder") and nxt[:1].islower() and fold(nxt) not in STOP_WORDS:
            cuts.append(m.start())
        elif fold(tok) == "und" and i > 0 and _participle(tokens[i - 1].group()) and fold(nxt) in _ARTICLES:
            cuts.append(m.start())  # "hat X kritisiert | und eine Strafe gefordert": a second predicate of its own
    return sorted(set(cuts))


def parts(sentences: list[Clause]) -> list[Part]:
    """The clauses of each sentence, in order, with offsets in the text the sentences come from."""
    out: list[Part] = []
    for index, sentence in enumerate(sentences):
        cuts = [*_cuts(sentence.text), len(sentence.text)]
        for a, b in zip(cuts, cuts[1:], strict=False):
            piece = sentence.text[a:b]
            if not piece.strip(' ,;:()–—-"„“”»«'):
                continue
            lead = len(piece) - len(piece.lstrip())
            text = piece.strip()
            words = tuple(fold(m.group()) for m in TOKEN.finditer(text) if m.group()[0].isalnum())
            out.append(Part(text, sentence.start + a + lead, sentence.start + a + lead + len(text), words, items(text), index))
    return out


MODALITY: dict[str, int] = {" ".join(row[1:]): int(row[0][0]) for row in rows("modality")}
HOLDERS: frozenset[str] = frozenset(" ".join(row[1:]) for row in rows("modality") if row[0].endswith("h"))
HEDGE_WORDS: frozenset[str] = frozenset(w for form in MODALITY for w in form.replace("…", " ").split(" "))
_HEDGES: Forms[int] = Forms(list(MODALITY.items()))
_HOLDING: Forms[bool] = Forms([(form, True) for form in HOLDERS])


def hedge_level(words: tuple[str, ...]) -> int | None:
    """The weakest commitment among the hedges in `words` (1 possibility … 3 plan), None without one."""
    found = [level for _, level in _HEDGES.find(list(words))]
    return min(found) if found else None


def holds(part: Part) -> frozenset[str]:
    """The items of the subject that holds the clause's attitude ("Ökonomen" in "Ökonomen erwarten"): stated
    as fact, not hedged."""
    if not _HOLDING.find(list(part.words)):
        return frozenset()
    group = subject(part.text)
    return group.stems if group else frozenset()


def negated(part: Part) -> bool:
    """The clause has a negation that is not part of a hedge ("nicht ausgeschlossen")."""
    text = part.text
    return any(not fold(text[m.end() : m.end() + 16]).lstrip().startswith("ausgeschlossen") for m in NEGATION.finditer(text))


_ADVERBIAL = frozenset(fold(w) for w in ADVERBIAL_SUBORDINATORS)


class Index:
    """The article's clauses with, for every item, how the article states it: plainly, or only hedged (and how
    strongly), or only negated."""

    def __init__(self, sentences: list[Clause]) -> None:
        self.sentences = sentences
        self.parts = parts(sentences)

    @cached_property
    def hedges(self) -> list[int | None]:
        """Each clause's hedge level: its own or the one an earlier clause of its sentence opened."""
        out: list[int | None] = []
        current: int | None = None
        last = -1
        for p in self.parts:
            if p.sentence != last:
                current, last = None, p.sentence
                if self.sentences[p.sentence].text.rstrip().rstrip('"“”»«').endswith("?"):
                    current = 1
            sentence = self.sentences[p.sentence]
            if sentence.text[: p.start - sentence.start].rstrip().endswith(":") and p.text[:1].isupper():
                current = None  # "Es soll … werden: Der WDR zeigt …": after a colon, a sentence of its own
            own = hedge_level(p.words)
            level = own if current is None else current if own is None else min(own, current)
            out.append(level)
            # a hedge in a relative clause, an "ob" clause or an adverbial clause ("Weil er angeblich …, ist …")
            # stays there
            adverbial = bool(p.words) and p.words[0] in _ADVERBIAL
            if own is not None and "ob" not in p.words and not relative(p.text) and not adverbial:
                current = level
        return out

    @cached_property
    def modes(self) -> dict[str, set[object]]:
        """item -> the ways the article states it: "plain", "negated", or a hedge level."""
        out: dict[str, set[object]] = {}
        for p, level in zip(self.parts, self.hedges, strict=True):
            mode: object = "negated" if negated(p) else level if level is not None else "plain"
            holder = holds(p) if level is not None else frozenset()
            for item in p.items:
                out.setdefault(item, set()).add("plain" if item in holder else mode)
        return out

    @cached_property
    def sentence_items(self) -> list[frozenset[str]]:
        return [sentence_items(s) for s in self.sentences]

    @cached_property
    def prefixes(self) -> frozenset[str]:
        """The first five letters of every folded article word: a cheap first test for a word's presence."""
        return frozenset(w[:5] for s in self.sentences for w in WORD_OR_WHOLE_NUMBER.findall(fold(s.text)))

    @cached_property
    def sentence_bases(self) -> list[frozenset[str]]:
        """Each sentence's words with every inflection stripped (kurz.facts.fold.bases)."""
        return [frozenset(b for w in WORD_OR_WHOLE_NUMBER.findall(fold(s.text)) for b in bases(w)) for s in self.sentences]

    @cached_property
    def _tokens(self) -> list[list[str]]:
        return [WORD_OR_WHOLE_NUMBER.findall(fold(s.text)) for s in self.sentences]

    def copied(self, text: str) -> int | None:
        """The article sentence whose words the text repeats in order, some left out (an extractive teaser's
        compression), or None. Order and case endings stay, so roles, directions and bindings stay too."""
        return next(iter(self.copies(text)), None)

    def copies(self, text: str) -> list[int]:
        """Every article sentence whose words the text repeats in order (see `copied`)."""
        own = WORD_OR_WHOLE_NUMBER.findall(fold(text))
        found = []
        for n, words in enumerate(self._tokens):
            it = iter(words)
            if own and all(w in it for w in own):
                found.append(n)
        return found

    @cached_property
    def values(self) -> frozenset[object]:
        """Every amount the article states, in any spelling (what the number check accepts)."""
        return frozenset(article_values(" ".join(s.text for s in self.sentences)))

    @cached_property
    def weights(self) -> dict[str, float]:
        """item -> 1 / the number of article sentences that hold it: rare items say more about a claim."""
        count: dict[str, int] = {}
        for index in range(len(self.sentences)):
            for item in set().union(*(p.items for p in self.parts if p.sentence == index)):
                count[item] = count.get(item, 0) + 1
        return {item: 1 / n for item, n in count.items()}

    def score(self, wanted: frozenset[str], part: Part) -> float:
        return sum(self.weights.get(i, 0.0) for i in wanted & part.items)

    def best_parts(self, wanted: frozenset[str], among: list[int] | None = None, floor: float = 1.0) -> list[int]:
        """Indices of the clauses (of `among`, else all) that share most of `wanted`, by weight; none below `floor`."""
        pool = range(len(self.parts)) if among is None else among
        return _best([(self.score(wanted, self.parts[i]), i) for i in pool], floor)

    def best_sentences(self, wanted: frozenset[str], floor: float = 1.0) -> list[Clause]:
        """The article sentences that share most of `wanted`, by weight."""
        scored: dict[int, float] = {}
        for p in self.parts:
            scored[p.sentence] = scored.get(p.sentence, 0.0)
        for index in scored:
            held = frozenset().union(*(p.items for p in self.parts if p.sentence == index))
            scored[index] = sum(self.weights.get(i, 0.0) for i in wanted & held)
        return [self.sentences[i] for i in _best([(s, i) for i, s in scored.items()], floor)]


def sentence_items(sentence: Clause) -> frozenset[str]:
    """The items of a whole sentence (its clauses together)."""
    return items(sentence.text)


def _best(scored: list[tuple[float, int]], floor: float) -> list[int]:
    top = max((s for s, _ in scored), default=0.0)
    return [i for s, i in scored if s == top] if top >= floor else []
