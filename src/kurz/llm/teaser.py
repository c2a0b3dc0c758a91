"""`method="llm"`: a stage after a method: its teaser is the draft and the fallback, the model rewrites it, the guard decides.

The stage takes the extractive `Summary` and never runs a method itself, so it needs nothing from the pipeline;
`kurz.pipeline.summarize_document(..., llm=endpoint)` is the one place that chains the two.

A draft is shipped only when the fact guard accepts it and it passes the editorial checks the extractive teaser is
held to (`kurz.editorial`: it does not point back, keeps its speakers, introduces whom it names, holds no furniture).
"""

from __future__ import annotations

from kurz import editorial
from kurz.document import Document, Sentence
from kurz.llm import LLM_METHOD
from kurz.llm.client import LLMCallError, complete
from kurz.llm.endpoint import Endpoint
from kurz.llm.prompt import messages
from kurz.summary import LLMReport, Summary, Support, Written
from kurz.text.sentences import segment
from kurz.text.tokens import content_stems

MAX_SUPPORT = 3  # article sentences shown as the ground of one teaser sentence
EDITORIAL = ("points_back", "unattributed", "unintroduced", "furniture")  # editorial defects that reject a draft


def rewrite(document: Document, extractive: Summary, endpoint: Endpoint) -> Summary:
    """The model's rewrite of `extractive` when `kurz.guard` accepts it, else `extractive`, with `llm` saying why.

    Never raises for the model's sake: timeouts, HTTP errors and unreadable answers are a verdict of "error".
    """
    from kurz.facts import guard

    budget = extractive.budget
    try:
        answer = complete(endpoint, messages(document, budget, extractive.text))
    except LLMCallError as exc:
        extractive.llm = LLMReport(endpoint.model, "error", [{"kind": "error", "code": exc.code, "message": exc.message}], None)
        extractive.warnings.append(f"the LLM gave no teaser ({exc.code}); the extractive teaser is used")
        return extractive
    draft = answer.text
    teaser = " ".join(draft.split())
    verdict = guard(teaser, document.text, title=document.title, max_words=budget.max_words, max_chars=budget.max_chars)
    reasons: list[dict[str, object]] = [r.to_dict() for r in verdict.reasons]
    # a faithful draft must also stand alone: the editorial checks the extractive teaser passes (length is the guard's)
    reasons += [d.to_dict() for d in editorial.check(teaser, document) if d.kind in EDITORIAL]
    written = segment(teaser) if teaser else []
    if budget.sentences is not None and len(written) > budget.sentences:
        reasons.append(
            {"kind": "form", "text": teaser, "start": 0, "end": len(teaser), "message": f"more than {budget.sentences} sentences"}
        )
    if reasons:
        extractive.llm = LLMReport(endpoint.model, "rejected", reasons, draft, answer.cached)
        kinds = ", ".join(dict.fromkeys(str(r["kind"]) for r in reasons))
        extractive.warnings.append(f"the fact guard rejected the LLM teaser ({kinds}); the extractive teaser is used")
        return extractive
    candidates = document.content_sentences or document.sentences
    sentences = [Written(teaser[s.start : s.end], s.start, s.end, support(teaser[s.start : s.end], candidates)) for s in written]
    report = LLMReport(endpoint.model, "accepted", [], draft, answer.cached)
    return Summary(teaser, sentences, LLM_METHOD, endpoint.model, budget, False, list(document.warnings), document, report)


def support(sentence: str, article: list[Sentence]) -> tuple[Support, ...]:
    """The article sentences a written sentence rests on: greedily, the one sharing most of its still uncovered
    content stems, while one shares any (at most MAX_SUPPORT), in article order."""
    wanted = set(content_stems(sentence))
    if not wanted:
        return ()
    stems = [set(content_stems(s.content.text)) for s in article]
    left, chosen = set(wanted), list[int]()
    while left and len(chosen) < MAX_SUPPORT:
        best = max(range(len(article)), key=lambda i: (len(stems[i] & left), -i), default=None)
        if best is None or not stems[best] & left:
            break
        chosen.append(best)
        left -= stems[best]
    return tuple(
        Support(
            article[i].index,
            article[i].content.start,
            article[i].end,
            article[i].content.text,
            len(stems[i] & wanted) / len(wanted),
        )
        for i in sorted(chosen)
    )
