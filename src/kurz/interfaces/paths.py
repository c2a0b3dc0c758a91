"""Output paths checked before the work starts, so a typo costs a message, not minutes of computing."""

from __future__ import annotations

import os
from pathlib import Path

import click


def check_output(path: str, *inputs: str, hint: str) -> None:
    """Refuse an output whose folder is missing or read-only, or that would overwrite one of the inputs."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise click.BadParameter(f"the folder {str(folder)!r} does not exist", param_hint=hint)
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise click.BadParameter(f"{path!r} cannot be written", param_hint=hint)
    for source in inputs:
        if source != "-" and target.exists() and Path(source).exists() and os.path.samefile(source, target):
            raise click.BadParameter(f"{path!r} is also an input; writing it would destroy the input", param_hint=hint)
