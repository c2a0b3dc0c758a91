"""Sentence compression by deletion only: every kept word is still the article's own, with its offsets.

Removable parts are whole constituents found from punctuation and closed-class words, never single words:
parentheticals, appositions and relative clauses after a name, attributions after reported speech,
and trailing adverbial clauses. A removal is refused when it would unbalance quotes or brackets, drop a
negation, separate a number from its unit, or leave a sentence too short to stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kurz.document import Sentence, Span
from kurz.text.lexicon import STOP_WORDS
from kurz.text.tokens import WORD

# Removal levels, applied cumulatively: the shortest safe variant removes all of them.
LEVELS: tuple[tuple[str, ...], ...] = (
    ("parenthetical",),
    ("apposition", "relative_clause", "inserted_attribution"),
    ("attribution",),
    ("adverbial_clause",),
)

NEGATIONS = frozenset("nicht kein keine keinen keinem keiner keines nie niemals nichts niemand weder nirgends ohne".split())
RELATIVE = frozenset("der die das dem den deren dessen denen welcher welche welches welchem welchen wo".split())
PREPOSITIONS = frozenset("an auf aus bei durch für gegen in mit nach seit über um unter von vor zu zwischen".split())
DETERMINERS = frozenset("der die das dem den des ein eine einer eines einem einen sein seine ihr ihre".split())
SPEECH = frozenset(
    "sagte sagten sagt erklärte erklärten erklärt betonte betonten betont meinte meinten meint berichtete berichteten "
    "teilte teilten schrieb schreibt hieß heißt ergänzte ergänzten fügte warnte warnten verlautete meldete meldeten "
    "bestätigte bestätigten kündigte kündigten so".split()
)
SUBJUNCTIVE = frozenset(
    "sei seien habe hätten hätte werde werden könne könnten müsse müssten solle sollten wolle wollten dürfe "
    "gebe gäbe wäre wären würde würden liege stehe gehe komme".split()
)
ADVERBIAL = frozenset("weil da nachdem obwohl obgleich wobei während bevor sodass zumal indem um".split())
_OPEN, _CLOSE = "(„»[", ")“«]"
_TERMINAL = ".!?"
MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class Removal:
    start: int  # offsets relative to the sentence content
    end: int
    kind: str


def _depths(text: str) -> list[int]:
    """Nesting depth of quotes and brackets at each character; top-level commas have depth 0."""
    depth, straight, out = 0, False, []
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
        out.append(depth + straight)
    return out


def _balanced(piece: str) -> bool:
    return all(piece.count(o) == piece.count(c) for o, c in zip(_OPEN, _CLOSE)) and piece.count('"') % 2 == 0


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def _after_name(before: str) -> bool:
    """The comma follows a proper name: two capitalised words that are not an article plus noun."""
    before = re.sub(r"\s*\([^()]*\)\s*$", "", before)
    words = _words(before)
    if len(words) < 2:
        return False
    last, prev = words[-1], words[-2]
    return last[0].isupper() and prev[0].isupper() and prev.lower() not in STOP_WORDS


def _inserted(segment: str, before: str, after: str) -> str | None:
    """Classify a comma-delimited insertion ", … ," (or a final ", … .") that a teaser can do without."""
    words = _words(segment)
    if not words or len(words) > 14:
        return None
    first = words[0].lower()
    if first == "so" and len(words) <= 6 and after:
        return "inserted_attribution"
    if not _after_name(before) or len(words) < 2 or (after and _words(after)[:1] in (["und"], ["oder"], ["sowie"])):
        return None
    opens_relative = first in RELATIVE or (first in PREPOSITIONS and len(words) > 1 and words[1].lower() in RELATIVE)
    if opens_relative and words[-1][0].islower():
        return "relative_clause"
    if (first in DETERMINERS or words[0][0].isupper()) and (words[-1][0].isupper() or words[-1].isdigit()) and len(words) <= 8:
        return "apposition"
    return None


def find_removals(text: str) -> list[Removal]:
    """Candidate removals in a sentence's content text (offsets relative to it), not yet safety-checked."""
    found: list[Removal] = []
    for match in re.finditer(r"\s*\([^()]{1,80}\)", text):
        before = text[: match.start()].rstrip()
        if before and not before[-1].isdigit():
            found.append(Removal(match.start(), match.end(), "parenthetical"))
    depth = _depths(text)
    body_end = len(text.rstrip().rstrip(_TERMINAL + "“«\"")) if text.rstrip()[-1:] in _TERMINAL else len(text.rstrip())
    commas = [i for i, ch in enumerate(text) if ch == "," and depth[i] == 0 and i < body_end]
    for a, b in zip(commas, [*commas[1:], body_end]):
        segment = text[a + 1 : b]
        final = b == body_end
        kind = _inserted(segment, text[:a], "" if final else text[b + 1 :])
        if kind:
            found.append(Removal(a, b if final else b + 1, kind))
    if commas:
        last = commas[-1]
        tail = _words(text[last + 1 : body_end])
        main = text[:last]
        if tail and tail[0].lower() in SPEECH and len(tail) <= 12 and (set(w.lower() for w in _words(main)) & SUBJUNCTIVE or main.lstrip()[:1] in "„»\""):
            found.append(Removal(last, body_end, "attribution"))
        elif tail and tail[0].lower() in ADVERBIAL and text[last + 1 : body_end].count(",") == 0:
            found.append(Removal(last, body_end, "adverbial_clause"))
    return found


def _safe(text: str, removal: Removal) -> bool:
    removed = text[removal.start : removal.end]
    if not _balanced(removed) or {w.lower() for w in _words(removed)} & NEGATIONS:
        return False
    return True


def _apply(sentence: Sentence, removals: list[Removal]) -> tuple[Span, ...] | None:
    """The kept pieces as Spans, or None when the result would not stand as a sentence."""
    content = sentence.content
    text = content.text
    pieces: list[Span] = []
    pos = 0
    for r in sorted(removals, key=lambda r: r.start):
        if r.start < pos:
            continue
        if r.start > pos:
            pieces.append(Span(content.start + pos, content.start + r.start, text[pos : r.start]))
        pos = r.end
    if pos < len(text):
        pieces.append(Span(content.start + pos, content.start + len(text), text[pos:]))
    kept = "".join(p.text for p in pieces)
    stripped = kept.strip()
    if len(_words(kept)) < MIN_WORDS or stripped[:1] in ",;" or re.search(r",\s*[,.;:!?]", kept) or not _balanced(kept):
        return None
    return tuple(pieces)


def variants(sentence: Sentence) -> list[tuple[Span, ...]]:
    """The sentence and its compressions, longest first, each level removing more."""
    text = sentence.content.text
    safe = [r for r in find_removals(text) if _safe(text, r)]
    out: list[tuple[Span, ...]] = [(sentence.content,)]
    applied: list[Removal] = []
    for level in LEVELS:
        step = [r for r in safe if r.kind in level]
        if not step:
            continue
        candidate = _apply(sentence, applied + step)
        if candidate is not None:
            applied += step
            out.append(candidate)
    return out
