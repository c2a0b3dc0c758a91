"""The teaser's shape: not empty, a finished sentence, within budget, plain German prose without URLs,
markdown or a chatbot's preamble, and not cut off mid-word."""

from __future__ import annotations

import re

from kurz.facts.verdict import Reason, reason
from kurz.text.ends import ends_sentence
from kurz.text.lexicon import STOP_WORDS
from kurz.text.quotes import balanced
from kurz.text.tokens import LETTER_RUN, TOKEN

URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:de|at|ch|com|org|net|eu)(?:/\S*)?\b", re.IGNORECASE)
MARKDOWN = re.compile(r"\*\*|__|`|^\s*#{1,6}\s|\[[^\]]+\]\([^)]+\)", re.MULTILINE)
# List items: a bullet or number opening a line, where the teaser has more than one line.
BULLET = re.compile(r"^\s*(?:[-*•+]|\d+[.)])\s+", re.MULTILINE)
PREAMBLE = re.compile(
    r"^\s*(?:hier\s+(?:ist|sind|kommt)\b|gerne?[!,.:]|klar[!,:]|natürlich[!,:]|sicher[!,:]|selbstverständlich[!,:]|okay[!,:]|ok[!,:]"
    r"|(?:teaser|zusammenfassung|kurzfassung|antwort|vorspann|summary|answer)\s*:"
    r"|here\s+is\b|here's\b|(?:sure|certainly|of course)[!,:]"
    r"|als\s+(?:ki|sprachmodell)\b)(?:[^:\n]{0,40}:)?",
    re.IGNORECASE,
)


def preamble(teaser: str) -> tuple[int, int] | None:
    """Span of a chat preamble ("Hier ist ein Teaser:", "Gerne!"), up to its colon when it has one."""
    m = PREAMBLE.match(teaser)
    return (m.start(), m.end()) if m else None


# Frequent English words that are not also German words ("in", "an", "will", "so" are both).
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "is",
        "that",
        "for",
        "with",
        "on",
        "was",
        "are",
        "be",
        "this",
        "from",
        "have",
        "by",
        "at",
        "has",
        "its",
        "it",
        "a",
        "were",
        "been",
        "which",
        "after",
        "their",
        "said",
    ]
)


def english(text: str) -> bool:
    sample = [w.lower() for w in LETTER_RUN.findall(text)]
    if len(sample) < 4:
        return False
    english_hits = sum(w in _ENGLISH for w in sample)
    german_hits = sum(w in STOP_WORDS and w not in ("in", "an", "so", "will", "man") for w in sample)
    return english_hits >= 2 and english_hits / len(sample) > 0.12 and english_hits > german_hits


def word_count(text: str) -> int:
    return sum(1 for m in TOKEN.finditer(text) if m.lastgroup in ("word", "number", "url", "email"))


def check(teaser: str, max_words: int | None = None, max_chars: int | None = None, source: str = "") -> list[Reason]:
    """Form problems; a web address the article (`source`) itself gives, such as an outlet's, is not one."""
    stripped = teaser.strip()
    if not stripped:
        return [reason("form", teaser, 0, len(teaser), "the teaser is empty")]
    lead = len(teaser) - len(teaser.lstrip())
    end = lead + len(stripped)
    whole = (lead, end)
    out: list[Reason] = []
    m = PREAMBLE.match(teaser)
    if m:
        out.append(reason("form", teaser, lead, m.end(), "a chat preamble, not a teaser"))
    for m in URL.finditer(teaser):
        if m.group().rstrip(".,;:!?)") not in source:
            out.append(reason("form", teaser, m.start(), m.end(), "a URL"))
    marks = list(MARKDOWN.finditer(teaser))
    if "\n" in teaser.strip():
        marks += BULLET.finditer(teaser)
    for m in marks:
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        out.append(reason("form", teaser, start, max(start + 1, m.end()), "markdown formatting"))
    if english(stripped):
        out.append(reason("form", teaser, *whole, "the teaser is not in German"))
    if stripped.endswith(("…", "...")) or re.search(r"\w-\s*$", stripped):
        last = max(lead, end - 12)
        out.append(reason("form", teaser, last, end, "the teaser is cut off"))
    elif not ends_sentence(stripped):
        last = stripped.rfind(" ") + 1 + lead
        out.append(reason("form", teaser, last, end, "the teaser does not end like a sentence (cut off?)"))
    if not balanced(stripped):
        out.append(reason("form", teaser, *whole, "a quotation mark or bracket is not closed"))
    if max_words is not None and word_count(teaser) > max_words:
        out.append(reason("form", teaser, *whole, f"{word_count(teaser)} words, over the budget of {max_words}"))
    if max_chars is not None and len(stripped) > max_chars:
        out.append(reason("form", teaser, lead + max_chars, end, f"{len(stripped)} characters, over the budget of {max_chars}"))
    return out
