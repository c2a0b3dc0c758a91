"""The guard: run every check on a teaser against its article and collect the reasons into a Verdict."""

from __future__ import annotations

from kurz.errors import OptionError
from kurz.facts import binding, dates, direction, form, hedge, names, negation, numbers, quotes, roles, scope, speech
from kurz.facts.claims import Index
from kurz.facts.source import Source, clauses
from kurz.facts.verdict import Verdict


def _budget(name: str, value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise OptionError(f"{name} must be a positive whole number, not {value!r}")


def guard(
    teaser: str, article: str, *, title: str | None = None, max_words: int | None = None, max_chars: int | None = None
) -> Verdict:
    """Does the German `teaser` state only what `article` (and `title`) says? Accepted, or the reasons why not.

    Checks form (finished sentence, budget, no URL/markdown/chat preamble/English), numbers, dates, names,
    direct quotes, negation flips and reported speech stated as fact, and each teaser claim against the article
    clauses that support it: hedges stated as fact, negations dropped from their scope, changes turned the other
    way, values bound to another event, roles swapped; see each module for its rules.
    """
    for name, value in (("teaser", teaser), ("article", article)):
        if not isinstance(value, str):
            raise OptionError(f"{name} must be a string, not {type(value).__name__}")
    _budget("max_words", max_words)
    _budget("max_chars", max_chars)
    source = Source(article, title)
    reasons = form.check(teaser, max_words, max_chars, source.text)
    if not teaser.strip():
        return Verdict.of(reasons)
    date_reasons, date_spans = dates.check(teaser, source.text)
    reasons += date_reasons
    number_reasons, number_spans = numbers.check(teaser, source.text, date_spans)
    reasons += number_reasons
    opening = form.preamble(teaser)
    reasons += names.check(teaser, source, number_spans + ([opening] if opening else []))
    reasons += quotes.check(teaser, source.text)
    sentences = clauses(teaser)
    reasons += negation.check(teaser, sentences, source.sentences)
    reported = speech.check(teaser, sentences, source.sentences)
    reasons += reported
    if form.english(teaser.strip()):
        return Verdict.of(reasons)  # the claim checks read German syntax
    index = Index(source.sentences)
    told = {(r.start, r.end) for r in reported}
    reasons += [r for r in hedge.check(teaser, sentences, index) if (r.start, r.end) not in told]
    reasons += scope.check(teaser, sentences, index)
    reasons += direction.check(teaser, sentences, index)
    reasons += binding.check(teaser, sentences, index)
    reasons += roles.check(teaser, sentences, index)
    return Verdict.of(reasons)
