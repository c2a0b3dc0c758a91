"""Shared plumbing for the benchmark scripts: where the dev data and reports live, and how tables look."""

from __future__ import annotations

import argparse
import os
import platform
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from kurz.data.examples import Example, read_examples

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "dev"
REPORTS = ROOT / "reports"


def parser(description: str) -> argparse.ArgumentParser:
    """Every benchmark reads the same dev folder, so the option is defined once."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help=f"folder of *.jsonl (id, source, text, summary); default {DEFAULT_DATA}"
    )
    return ap


def load_examples(folder: Path, limit: int | None = None, required: bool = True) -> list[Example]:
    """All examples of the folder's JSONL files; without them, exit 0 (or return [] if not `required`).

    Exiting 0 keeps `make bench` usable on a checkout without the shared data. With `limit`, articles are
    taken evenly spaced over the whole set so every source keeps its share.
    """
    files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    if not files:
        print(f"skipped: no dev data (*.jsonl) in {folder}; pass --data DIR")
        if required:
            sys.exit(0)
        return []
    examples = [e for path in files for e in read_examples(path)]
    if limit is not None and limit < len(examples):
        examples = [examples[i * len(examples) // limit] for i in range(limit)]
    return examples


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    return "\n".join(["| " + " | ".join(header) + " |", "|" + "---|" * len(header), *("| " + " | ".join(r) + " |" for r in rows)])


def machine() -> str:
    """Date, CPU and core count: figures are only comparable on the same machine."""
    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    return f"{date.today().isoformat()}, {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def write_report(name: str, text: str) -> Path:
    REPORTS.mkdir(exist_ok=True)
    path = REPORTS / name
    path.write_text(text, encoding="utf-8")
    return path
