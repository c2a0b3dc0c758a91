"""Shared fixtures: texts written for these tests, and the dev data when ../shared is present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
SHARED_DEV = ROOT.parent / "shared" / "data" / "dev"

ARTICLE = (
    "Linz (APA) – Der oberösterreichische Landtag hat am Donnerstag ein neues Naturschutzgesetz beschlossen. "
    "Es verbietet u. a. den Bau von Forststraßen in Schutzgebieten und verdoppelt die Strafen auf bis zu 30.000 Euro.\n"
    "„Das ist ein guter Tag für unsere Wälder“, sagte Landesrat Stefan Kaineder (Grüne). Die Opposition stimmte dagegen.\n"
    "Foto: Max Muster/APA\n"
    "Das Gesetz tritt am 1. Jänner in Kraft. Bis dahin sollen die Bezirke ihre Pläne anpassen. (APA, 12.3.2026)"
)


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture
def article() -> str:
    return ARTICLE


@pytest.fixture
def dev_articles() -> list[dict]:
    files = sorted(SHARED_DEV.glob("*.jsonl")) if SHARED_DEV.is_dir() else []
    if not files:
        pytest.skip("../shared/data/dev is not present")
    return [row for f in files for row in load_jsonl(f)]
