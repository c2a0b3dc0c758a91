"""What the guard returns: accepted or not, and each reason with its place in the teaser."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["form", "number", "date", "name", "quote", "negation", "reported_speech", "hedge", "direction", "binding", "role"]
KINDS: tuple[str, ...] = (
    "form",
    "number",
    "date",
    "name",
    "quote",
    "negation",
    "reported_speech",
    "hedge",
    "direction",
    "binding",
    "role",
)


@dataclass(frozen=True, slots=True)
class Reason:
    """One problem: its `kind`, the offending `text` (`teaser[start:end]`) and a short `message`."""

    kind: Kind
    text: str
    start: int
    end: int
    message: str

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end, "message": self.message}


@dataclass(frozen=True, slots=True)
class Verdict:
    """`accepted` is true exactly when there is no reason against the teaser."""

    accepted: bool
    reasons: list[Reason] = field(default_factory=list)

    @classmethod
    def of(cls, reasons: list[Reason]) -> Verdict:
        ordered = sorted(reasons, key=lambda r: (r.start, r.end, r.kind))
        return cls(not ordered, ordered)

    @property
    def kinds(self) -> list[str]:
        """The distinct kinds of the reasons, in the order of KINDS."""
        present = {r.kind for r in self.reasons}
        return [k for k in KINDS if k in present]

    def to_dict(self) -> dict[str, object]:
        return {"accepted": self.accepted, "reasons": [r.to_dict() for r in self.reasons]}


def reason(kind: Kind, teaser: str, start: int, end: int, message: str) -> Reason:
    """A reason whose text is cut from the teaser, so offsets and text always agree."""
    return Reason(kind, teaser[start:end], start, end, message)
