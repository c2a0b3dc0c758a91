"""The fact guard: does a (possibly machine-written, abstractive) German teaser state only what the article says?

`guard(teaser, article)` returns a `Verdict` (`accepted`, `reasons`); each `Reason` has a `kind` (form, number,
date, name, quote, negation, reported_speech, and the claim checks hedge, direction, binding, role), the
offending teaser text with offsets, and a message. docs/llm.md describes each check and the binding scope.
"""

from __future__ import annotations

from kurz.facts.check import guard
from kurz.facts.verdict import KINDS, Reason, Verdict

__all__ = ["KINDS", "Reason", "Verdict", "guard"]
