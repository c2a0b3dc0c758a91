"""The ranker's model file: a linear sentence scorer stored as plain JSON, validated when it is loaded.

It lives beside the method that reads it; `kurz.methods.ranker_fit` writes it.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from kurz.errors import ModelError
from kurz.methods.features import FEATURES

FORMAT = "kurz-ranker/1"


@dataclass
class RankerModel:
    """A linear sentence scorer: score = ((x - mean) / scale) · weights + bias."""

    features: list[str]
    mean: list[float]
    scale: list[float]
    weights: list[float]
    bias: float = 0.0
    version: str = "untrained"
    info: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def _arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The scaling and weights as arrays, made on the first score (after `load` has validated them)."""
        return np.asarray(self.mean, dtype=float), np.asarray(self.scale, dtype=float), np.asarray(self.weights, dtype=float)

    def score(self, rows: np.ndarray) -> np.ndarray:
        mean, scale, weights = self._arrays
        return ((rows - mean) / scale) @ weights + self.bias

    def save(self, path: str | Path) -> None:
        Path(path).write_text(
            json.dumps({"format": FORMAT, **asdict(self)}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )

    @classmethod
    def load(cls, path: str | Path) -> RankerModel:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot read model {str(path)!r}: {exc}") from None
        if not isinstance(data, dict) or data.pop("format", None) != FORMAT:
            raise ModelError(f"{path} is not a kurz ranker model ({FORMAT})")
        try:
            model = cls(**data)
        except TypeError as exc:
            raise ModelError(f"{path} is not a valid kurz ranker model: {exc}") from None
        if not isinstance(model.features, list) or tuple(model.features) != FEATURES:
            raise ModelError(f"{path} was trained with other features than this kurz version computes")
        problem = _invalid(model)
        if problem:
            raise ModelError(f"{path} is not a valid kurz ranker model: {problem}")
        return model


def _finite(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _invalid(model: RankerModel) -> str | None:
    """What makes a model unusable (wrong types, lengths, NaN), or None: scoring must never fail later."""
    for name in ("mean", "scale", "weights"):
        values = getattr(model, name)
        if not isinstance(values, list) or len(values) != len(FEATURES) or not all(map(_finite, values)):
            return f"'{name}' must be {len(FEATURES)} finite numbers"
    if not all(v > 0 for v in model.scale):
        return "'scale' must be positive"
    if not _finite(model.bias):
        return "'bias' must be a finite number"
    if not isinstance(model.version, str) or not model.version.strip():
        return "'version' must be a non-empty string"
    return None
