"""The result of summarising: the teaser text and where every piece of it came from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kurz.document import Document, Span
from kurz.errors import OptionError
from kurz.text.tokens import WORD, squash

# The length options, with one name each in Python, JSON and (as --max-words …) on the command line; every
# interface builds its options from this table.
LENGTH_OPTIONS: dict[str, str] = {
    "sentences": "at most this many sentences",
    "max_words": "at most this many words",
    "max_chars": "at most this many characters",
}
DEFAULT_MAX_WORDS = 40
# Named lengths, offered by the CLI (--preset), the HTTP API ("preset") and the web page: a push notice (one
# sentence, a hard 120 characters), a meta description (155 characters), the teaser (the default budget) and a
# summary (three sentences). Options given beside a preset override its values.
PRESETS: dict[str, dict[str, int]] = {
    "push": {"max_chars": 120, "sentences": 1},
    "meta": {"max_chars": 155},
    "teaser": {"max_words": DEFAULT_MAX_WORDS},
    "summary": {"sentences": 3},
}


@dataclass(frozen=True, slots=True)
class Budget:
    """Length limits shared by all methods; None means no limit of that kind. Impossible limits are refused."""

    sentences: int | None = None
    max_words: int | None = None
    max_chars: int | None = None

    def __post_init__(self) -> None:
        for name in LENGTH_OPTIONS:
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                raise OptionError(f"{name} must be a positive whole number, not {value!r}")

    @classmethod
    def of(
        cls, sentences: int | None = None, max_words: int | None = None, max_chars: int | None = None, preset: str | None = None
    ) -> Budget:
        """The budget for these options (a named `preset` first, the options given over it); with none given, the
        default teaser budget."""
        if preset is not None and preset not in PRESETS:
            raise OptionError(f"unknown preset {preset!r}; choose one of {', '.join(PRESETS)}")
        given = {"sentences": sentences, "max_words": max_words, "max_chars": max_chars}
        values = {**PRESETS.get(preset or "", {}), **{k: v for k, v in given.items() if v is not None}}
        if not values:
            return cls(max_words=DEFAULT_MAX_WORDS)
        return cls(**values)

    def fits(self, n_sentences: int, words: int, chars: int) -> bool:
        return (
            (self.sentences is None or n_sentences <= self.sentences)
            and (self.max_words is None or words <= self.max_words)
            and (self.max_chars is None or chars <= self.max_chars)
        )

    def to_dict(self) -> dict[str, int | None]:
        return {"sentences": self.sentences, "max_words": self.max_words, "max_chars": self.max_chars}


@dataclass(frozen=True, slots=True)
class Selected:
    """A source sentence used in the summary, with the spans kept from it (all of it, or what compression left)."""

    index: int
    start: int
    end: int
    score: float
    pieces: tuple[Span, ...]

    @property
    def text(self) -> str:
        return join_pieces(self.pieces)

    def to_dict(self) -> dict[str, object]:
        return {
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 6),
            "text": self.text,
            "pieces": [p.to_dict() for p in self.pieces],
        }


@dataclass(frozen=True, slots=True)
class Support:
    """An article sentence a written (LLM) teaser sentence rests on: its index and offsets in the article, and
    `overlap`, the share of the teaser sentence's content words it holds."""

    index: int
    start: int
    end: int
    text: str
    overlap: float

    def to_dict(self) -> dict[str, object]:
        return {"index": self.index, "start": self.start, "end": self.end, "text": self.text, "overlap": round(self.overlap, 3)}


@dataclass(frozen=True, slots=True)
class Written:
    """A teaser sentence written by a language model, not cut from the article: `summary_start`/`summary_end` are
    its offsets in the teaser, `support` the article sentences it rests on; `pieces` is empty (no span is copied)."""

    text: str
    summary_start: int
    summary_end: int
    support: tuple[Support, ...]
    pieces: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "summary_start": self.summary_start,
            "summary_end": self.summary_end,
            "support": [s.to_dict() for s in self.support],
            "pieces": [],
        }


@dataclass(frozen=True)
class LLMReport:
    """What happened to a language model's teaser: the `model`, the `verdict` ("accepted", "rejected" by the fact
    guard, or "error": timeout, HTTP error, unreadable answer), the `reasons` (the guard's, or the error) and the
    model's raw text (`draft`, None when there was no answer)."""

    model: str
    verdict: str
    reasons: list[dict[str, object]]
    draft: str | None
    cached: bool = False

    def to_dict(self) -> dict[str, object]:
        return {"model": self.model, "verdict": self.verdict, "reasons": self.reasons, "draft": self.draft, "cached": self.cached}


def join_pieces(pieces: tuple[Span, ...] | list[Span]) -> str:
    """Kept spans as display text (`squash`: single spaces, no soft hyphens; the offsets keep the original), with no
    space before punctuation that closes a piece.

    Pieces are listed in reading order. When that is not the article's order (a push whose subject moved to the
    front, kurz.methods.shorten), the sentence's first letter is capitalised: "der Minister" opens it as "Der".
    """
    out = ""
    for piece in pieces:
        part = squash(piece.text)
        continues = part[:1] == "-" and part[1:2].isalnum()  # "7:6 [(3)]-Sieg": the compound goes on
        if out and part and part[0] not in ",.;:!?)“»«\"'" and not continues:
            out += " "
        out += part
    if out and is_reordered(pieces) and len(out[0].upper()) == 1:
        out = out[0].upper() + out[1:]
    return out


def is_reordered(pieces: tuple[Span, ...] | list[Span]) -> bool:
    """Whether the pieces are read in another order than the article's."""
    return any(b.start < a.start for a, b in zip(pieces, pieces[1:]))


def count_words(text: str) -> int:
    return len(WORD.findall(text))


@dataclass
class Summary:
    """A teaser: `text` plus its provenance (`sentences`, each with offsets, score and kept pieces; for a teaser
    written by a language model, `Written` sentences with their `support`, and `llm` saying what happened)."""

    text: str
    sentences: Sequence[Selected | Written]
    method: str
    model_version: str
    budget: Budget
    over_budget: bool = False
    warnings: list[str] = field(default_factory=list)
    document: Document | None = field(default=None, repr=False)
    llm: LLMReport | None = None

    @property
    def words(self) -> int:
        return count_words(self.text)

    def to_dict(self, details: bool = True) -> dict[str, object]:
        """The result as JSON-ready data, as the CLI's --json and the HTTP API give it; `details=False` leaves
        out what kurz recognised in the article (`document`), as batch rows do."""
        data: dict[str, object] = {
            "summary": self.text,
            "method": self.method,
            "model_version": self.model_version,
            "budget": self.budget.to_dict(),
            "over_budget": self.over_budget,
            "words": self.words,
            "chars": len(self.text),
            "sentences": [s.to_dict() for s in self.sentences],
            "warnings": self.warnings,
        }
        if self.llm is not None:
            data["llm"] = self.llm.to_dict()
        if details and self.document is not None:
            data["document"] = self.document.describe()
        return data
