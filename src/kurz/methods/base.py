"""The one small interface every summarization method implements, and the selection they share."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from functools import cache
from itertools import product, takewhile
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np

from kurz.document import Document, Sentence, Span
from kurz.facts.check import guard
from kurz.limits import LOOKAHEAD, MAX_GAP, MAX_SENTENCES, MIN_KICKER_WORDS, MIN_REPLACEMENT_WORDS
from kurz.methods.context import Needs, needs
from kurz.summary import DEFAULT_MAX_WORDS, Budget, Selected, count_words, is_reordered, join_pieces
from kurz.text.cohesion import EXPLAINED
from kurz.text.ends import is_question
from kurz.text.normalize import language_warning
from kurz.text.syntax import is_clause
from kurz.text.tokens import WORD

if TYPE_CHECKING:
    from kurz.data.examples import Example


class Method(ABC):
    """Score sentences; selection under a budget and output are shared (see `select`).

    A method may also shorten the sentences it picks by overriding `variants`.
    """

    name: ClassVar[str]
    description: ClassVar[str]
    version: str = "1"  # a method with a model reports the model's version per instance
    # Take sentences strictly in score order, stopping at the first that does not fit in any form (the lead
    # must not skip a long first sentence to take a later one).
    contiguous: ClassVar[bool] = False
    # Its `variants` always leave out linking adverbs ("will deshalb sparen"), so a sentence that points back only
    # through one of them stands alone.
    drops_links: ClassVar[bool] = False

    @abstractmethod
    def score(self, document: Document, candidates: list[Sentence]) -> np.ndarray:
        """One score per candidate sentence; higher is more summary-worthy."""

    def variants(self, sentence: Sentence) -> list[tuple[Span, ...]]:
        """Ways to say the sentence, longest first; whole sentences only unless a method compresses."""
        return [(sentence.content,)]

    def linked(self, sentence: Sentence) -> list[tuple[Span, ...]]:
        """Ways to say the sentence right after the one before it in the article, longest first: there a linking
        adverb has what it links to. The same as `variants` unless a method leaves such adverbs out."""
        return self.variants(sentence)

    def compressions(self, sentence: Sentence) -> list[tuple[Span, ...]]:
        """Shorter forms still, longest first, asked for only under a character budget when no variant fits
        (a push notice): a method that reads syntax overrides it (kurz.methods.shorten)."""
        return []

    def needs(self, document: Document, candidates: list[Sentence]) -> Callable[[int], Needs]:
        """For each candidate, the candidates it cannot go without in a teaser (`kurz.methods.context`): the
        sentence it points back to, the one introducing whom it names, the one naming its speaker."""
        return needs(candidates, drops_links=self.drops_links, wire=document.wire)

    def anchor(self, document: Document, candidates: list[Sentence]) -> int | None:
        """A candidate that must open the teaser whatever the scores (shortened as needed; if no form of it fits,
        it is returned over budget rather than replaced), or None."""
        return None

    def opening(self, document: Document, candidates: list[Sentence], scores: np.ndarray) -> int | None:
        """A candidate the teaser opens with, though an earlier sentence may score higher (the news after a scene):
        it is tried first, and what stands before it in the article joins only where nothing else fits; or None."""
        return None

    def fit(self, examples: Sequence[Example], **options: Any) -> Method:
        """A new instance of this method learned from (article, teaser) pairs, in the scikit-learn manner.

        Only trainable methods override it; evaluation cross-validates exactly those (`trainable`).
        """
        raise NotImplementedError(f"method {self.name!r} learns nothing")

    @classmethod
    def trainable(cls) -> bool:
        return cls.fit is not Method.fit


Choice = tuple[int, tuple[Span, ...]]


def select(method: Method, document: Document, candidates: list[Sentence], budget: Budget) -> tuple[list[Selected], bool]:
    """Pick sentences in score order while they fit the budget; output in article order.

    Each picked sentence takes its longest variant that still fits, so shortening comes before dropping.
    A sentence comes only together with what it needs (`Method.needs`: the sentence it points back to, its
    speaker); one that cannot stand is left out. After the first, a sentence joins only from the same passage (at
    most `MAX_GAP` sentences from one already chosen), so the teaser reads as one piece. When not even one sentence
    fits, the shortest variant of the best is returned and flagged over budget. Under a hard character budget (a
    push), where over budget is an error, every sentence is tried before that, the anchor included: one that
    replaces the best needs `MIN_REPLACEMENT_WORDS` and a main clause (`_says_something`). A one-sentence push starts
    from the lead where the teaser opens with it (`_teaser_opening`); a kicker that opens the article (`_kicker`) joins
    only where nothing else fits.
    """
    if not candidates:
        return [], False
    scores = method.score(document, candidates)
    order = sorted(range(len(candidates)), key=lambda i: (-scores[i], candidates[i].index))
    variants = cache(method.variants)  # a sentence's compressions are asked for several times; compute them once
    if budget.max_chars is not None:
        variants = cache(_with_compressions(method, variants, budget))
    anchor = method.anchor(document, candidates)
    needed = method.needs(document, candidates)
    if anchor is not None:
        order.remove(anchor)
        order.insert(0, anchor)
    opening = method.opening(document, candidates, scores)
    if budget.max_chars is not None and budget.sentences == 1 and anchor is None:
        leads = _teaser_opening(method, document, candidates)
        opening = opening if leads is None else leads
    start = opening or 0  # candidates are in article order: those before the opening come last
    if opening is not None:
        order = [opening, *(i for i in order if i > opening), *(i for i in order if i < opening)]
    kickers = set(takewhile(lambda i: _kicker(candidates[i].content.text), range(len(candidates))))
    order = [*(i for i in order if i not in kickers), *(i for i in order if i in kickers)]
    limit = budget.sentences or MAX_SENTENCES
    chosen: list[Choice] = []
    first: dict[str, int] = {}
    copies: dict[str, list[int]] = {}  # where each text stands: a repeated sentence is near a neighbour of any copy
    for i, sentence in enumerate(candidates):
        first.setdefault(sentence.content.text, i)
        copies.setdefault(sentence.content.text, []).append(sentence.index)
    seen: set[str] = set()
    tried = 0  # sentences that could stand and were tried: the lookahead counts these, not the ones left out
    for i in order:
        text = candidates[i].content.text
        if len(chosen) >= limit or (tried >= max(limit, LOOKAHEAD) and (chosen or budget.max_chars is None)):
            break  # under a hard character budget, an empty result is an error: every sentence is tried first
        if chosen and (i < start or i in kickers):
            continue  # the scene before the news, a kicker ("Was für ein Abend!"): no teaser that has the news opens so
        if text in seen:
            continue  # a repeated sentence (syndicated copy, pasted twice) says nothing new
        seen.add(text)
        pick = first[text]  # of repeated copies, use the first, so the teaser reads in order
        here = copies[text]
        if chosen and all(
            abs(at - there) > MAX_GAP for c, _ in chosen for at in here for there in copies[candidates[c].content.text]
        ):
            continue  # sentences joined from far apart do not read as one teaser
        if budget.max_chars is not None and not chosen and i != order[0] and not _says_something(text):
            continue  # what replaces the best sentence under a hard budget must say something alone
        group = _group(needed, candidates, pick, {candidates[c].content.text for c, _ in chosen})
        if chosen and any(g < start for g in group):
            continue  # what it needs is the scene before the news ("…", sagt Moosbrugger: named in the scene)
        if not method.contiguous and any(is_question(candidates[g].content.text) for g in group if chosen or g > min(group)):
            continue  # after the news, a question ("Dürfen Schüler KI verwenden?") opens what the teaser does not give
        tried += bool(group)
        if group:
            fitted = _fit(variants, candidates, group, budget, chosen)
            if not fitted and (method.contiguous or pick == anchor) and variants(candidates[pick]):
                break
            chosen += fitted
    over = False
    if not chosen:
        best = next((i for i in order if variants(candidates[i])), order[0])
        chosen.append((best, (variants(candidates[best]) or [(candidates[best].content,)])[-1]))
        over = True
    chosen.sort(key=lambda item: candidates[item[0]].index)
    chosen = _links_kept(method, candidates, chosen, budget)
    chosen = _abbreviations_kept(candidates, chosen, budget)
    selected = [
        Selected(candidates[i].index, candidates[i].start, candidates[i].end, float(scores[i]), variant) for i, variant in chosen
    ]
    return selected, over


def _teaser_opening(method: Method, document: Document, candidates: list[Sentence]) -> int | None:
    """0 where the method's teaser opens with the article's first sentence and that sentence says something alone,
    else None: a push says what the teaser leads with, not a figure the scores put above the lead ("Der Reingewinn
    sank …": whose?). Elsewhere the teaser may open with a question or a kicker, and the scores choose."""
    teaser, _ = select(method, document, candidates, Budget(max_words=DEFAULT_MAX_WORDS))
    leads = teaser[0].index == candidates[0].index and _says_something(candidates[0].content.text)
    return 0 if leads else None


def _with_compressions(
    method: Method, variants: Callable[[Sentence], list[tuple[Span, ...]]], budget: Budget
) -> Callable[[Sentence], list[tuple[Span, ...]]]:
    """Under a character budget, a sentence whose every variant is too long also offers its deeper compressions:
    those still too long (the shortest of them is what an error shows), and the longest that fits and that the fact
    guard accepts against the sentence itself, so that no deletion a push makes states what its sentence does not
    (a negation or an attribution left behind in a clause that went). The guard runs on the fitting forms only,
    longest first, until one passes."""
    limit = budget.max_chars or 0

    def both(sentence: Sentence) -> list[tuple[Span, ...]]:
        found = variants(sentence)
        if not found or len(join_pieces(found[-1])) <= limit:
            return found
        shorter = [c for c in method.compressions(sentence) if len(join_pieces(c)) < len(join_pieces(found[-1]))]
        over = [c for c in shorter if len(join_pieces(c)) > limit]
        faithful = next(
            (c for c in shorter if len(join_pieces(c)) <= limit and guard(join_pieces(c), sentence.text).accepted), None
        )
        return found + over + ([faithful] if faithful else [])

    return both


def _links_kept(method: Method, candidates: list[Sentence], chosen: list[Choice], budget: Budget) -> list[Choice]:
    """A sentence whose linking adverb went and whose subject moved to the front ("Nun will die Gemeinde
    nachhelfen" → "Die Gemeinde will nachhelfen") keeps its own words where the teaser reads it right after the
    sentence before it in the article: there "Nun", "Zudem" or "Dennoch" links to what the teaser says."""
    out = list(chosen)
    for k in range(1, len(out)):
        (before, _), (i, variant) = out[k - 1], out[k]
        follows = before == i - 1 and candidates[before].index == candidates[i].index - 1
        if not follows or not is_reordered(variant):
            continue
        others = [join_pieces(v) for n, (_, v) in enumerate(out) if n != k]
        said = count_words(join_pieces(variant))  # the linked form says no less than the one chosen
        for form in method.linked(candidates[i]):
            texts = [*others, join_pieces(form)]
            if count_words(texts[-1]) > said and budget.fits(len(texts), sum(map(count_words, texts)), len(" ".join(texts))):
                out[k] = (i, form)
                break
    return out


def _abbreviations_kept(candidates: list[Sentence], chosen: list[Choice], budget: Budget) -> list[Choice]:
    """An abbreviation explained in brackets ("Die Schweizerische Volksbank (SVB) hat …") that a compression left out
    comes back when the teaser uses it after that point ("Die SVB will …", "zur IS-Miliz", "…, wie die SVB
    mitteilte"), if the budget allows: else the teaser names something it never introduced."""
    out = list(chosen)
    for k, (i, variant) in enumerate(chosen):
        content = candidates[i].content
        if "(" not in content.text:
            continue  # the common case: nothing in brackets, nothing to read
        # what the teaser says from here on, this sentence's own rest included ("…, wie die SVB mitteilte")
        later = {part for _, v in out[k:] for word in WORD.findall(join_pieces(v)) for part in word.split("-")}
        for match in EXPLAINED.finditer(content.text):
            start, end = content.start + match.start(), content.start + match.end()
            kept = any(p.start <= start and end <= p.end for p in variant)
            explained = content.start + len(content.text[: match.start()].rstrip())  # where the words it explains end
            named = any(p.start < explained <= p.end for p in variant)
            if kept or not named or match.group(1) not in later:
                continue
            pieces = tuple(sorted([*variant, Span(start, end, match.group())], key=lambda p: p.start))
            texts = [join_pieces(pieces if n == k else v) for n, (_, v) in enumerate(out)]
            if budget.fits(len(texts), sum(map(count_words, texts)), len(" ".join(texts))):
                variant = pieces
                out[k] = (i, variant)
    return out


def _kicker(text: str) -> bool:
    """An exclamation ("Was für ein Abend!", "Geschafft!") or a fragment of under four words ("Routine, eigentlich.",
    "36 Stunden.") that opens the article: it draws a reader in, and a teaser that has the news does without it (not
    so "Verletzt wurde niemand." after the news)."""
    return text.rstrip(" \"“”»«'’)").endswith("!") or count_words(text) < MIN_KICKER_WORDS


def _says_something(text: str) -> bool:
    """A push of its own: enough words, a German main clause, not a caption ("Ende Januar am Bahnhof Lienz."), a
    question ("Was ist dein schönster Fang?") nor a quotation in English."""
    return (
        count_words(text) >= MIN_REPLACEMENT_WORDS
        and not is_question(text)
        and is_clause(text)
        and language_warning(text) is None
    )


MAX_GROUP = 3  # a sentence that needs more than two others to stand is not teaser material


def _group(needed: Callable[[int], Needs], candidates: list[Sentence], pick: int, said: set[str]) -> list[int]:
    """The sentences that must enter together: the pick and, in turn, what each of them needs; empty when one of
    them cannot stand or the group grows too large.

    `said` holds the texts already in the teaser: nothing is said twice, and a sentence already said is context
    enough.
    """
    if candidates[pick].content.text in said:
        return []
    group = {pick}
    todo = [pick]
    while todo:
        required = needed(todo.pop())
        if required is None:
            return []
        for other in required:
            if other not in group and candidates[other].content.text not in said:
                group.add(other)
                todo.append(other)
        if len(group) > MAX_GROUP:
            return []
    return sorted(group)


def _fit(
    variants: Callable[[Sentence], list[tuple[Span, ...]]],
    candidates: list[Sentence],
    group: list[int],
    budget: Budget,
    chosen: list[Choice],
) -> list[Choice]:
    """The longest variants of the group's sentences that fit beside what is chosen, or nothing."""
    texts = [join_pieces(v) for _, v in chosen]
    options = [variants(candidates[g]) for g in group]
    if not all(options):
        return []
    for combo in sorted(product(*options), key=lambda c: -sum(len(join_pieces(v)) for v in c)):
        shown = texts + [join_pieces(v) for v in combo]
        if budget.fits(len(shown), sum(map(count_words, shown)), len(" ".join(shown))):
            return list(zip(group, combo))
    return []
