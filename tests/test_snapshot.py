"""Every dev article keeps its default teaser (scripts/snapshot-teasers records them): speed-ups change nothing."""

from __future__ import annotations

import hashlib
import json

from conftest import DATA

import kurz


def test_every_dev_teaser_is_unchanged(dev_articles: list[dict]) -> None:
    expected = json.loads((DATA / "dev_teasers.json").read_text(encoding="utf-8"))
    changed = [
        str(row["id"])
        for row in dev_articles
        if hashlib.sha1(kurz.summarize(row["text"], row.get("title")).text.encode()).hexdigest() != expected.get(str(row["id"]))
    ]
    assert not changed, f"{len(changed)} teasers changed, e.g. {changed[:5]}; if intended, rerun scripts/snapshot-teasers"
