"""The intrinsic-error case set of issue 22 (tests/data/guard_families.json): its shape, and the guard's rates on it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from kurz.facts import Verdict, guard
from kurz.facts.direction import signs
from kurz.facts.lists import matches
from kurz.facts.syntax import groups, roles, subject

DATA = json.loads((Path(__file__).parent / "data" / "guard_families.json").read_text(encoding="utf-8"))
ARTICLES, CASES = DATA["articles"], DATA["cases"]
FAMILIES = ("hedge", "direction", "binding", "role", "negation")


def test_the_case_set_is_as_large_as_the_issue_asks() -> None:
    counts = Counter(c["family"] for c in CASES)
    assert len(CASES) >= 120 and len(ARTICLES) >= 15
    assert all(counts[f] >= 20 for f in FAMILIES) and counts["faithful"] >= 40
    assert set(counts) == {*FAMILIES, "faithful"}
    for c in CASES:
        assert set(c) == {"family", "article", "teaser", "note"} and c["article"] in ARTICLES
    assert len({(c["article"], c["teaser"]) for c in CASES}) == len(CASES)


def _verdicts() -> list[tuple[dict, Verdict]]:
    return [(c, guard(c["teaser"], ARTICLES[c["article"]])) for c in CASES]


def test_each_family_is_caught_and_paraphrases_pass() -> None:
    """The issue's targets on the case set (it is also the set the rules were tuned on; see the benchmark)."""
    results = _verdicts()
    for family in FAMILIES:
        cases = [v for c, v in results if c["family"] == family]
        assert sum(not v.accepted for v in cases) >= 0.85 * len(cases), family
    faithful = [v for c, v in results if c["family"] == "faithful"]
    assert sum(v.accepted for v in faithful) >= 0.95 * len(faithful)
    for c, v in results:
        for r in v.reasons:
            assert c["teaser"][r.start : r.end] == r.text and r.message


# The four teasers issue 22 found accepted, on an article written here in the same shape.
SNB = (
    "Zürich – Die Schweizerische Nationalbank entscheidet am 20. März über den Leitzins. Die Banken erwarten, "
    "dass sie ihn auf 0,25 Prozent senkt. Die Teuerung in der Schweiz ist im Februar auf 0,3 Prozent gesunken. "
    "Am Montag sagte Gewerkschafterin Natalja Haas, ein Streik in den Ambulanzen sei nicht ausgeschlossen."
)


@pytest.mark.parametrize(
    ("teaser", "kind"),
    [
        ("Die Schweizerische Nationalbank hat den Leitzins am Montag auf 0,25 Prozent gesenkt.", "binding"),
        ("Die Teuerung in der Schweiz ist im März auf 0,3 Prozent gestiegen.", "direction"),
        ("Die Teuerung in der Schweiz ist im März auf 0,3 Prozent gestiegen.", "binding"),
        ("Natalja Haas kündigte einen Streik in den Ambulanzen an.", "hedge"),
        ("Die Teuerung in der Schweiz ist im Februar gestiegen.", "direction"),
    ],
)
def test_the_issues_examples_are_rejected(teaser: str, kind: str) -> None:
    verdict = guard(teaser, SNB)
    assert not verdict.accepted and kind in verdict.kinds, verdict.to_dict()


@pytest.mark.parametrize(
    "teaser",
    [
        "Die Banken erwarten, dass die Nationalbank den Leitzins auf 0,25 Prozent senkt.",
        "Im Februar sank die Teuerung in der Schweiz auf 0,3 Prozent.",
        "Laut Haas ist ein Streik in den Ambulanzen nicht ausgeschlossen.",
    ],
)
def test_their_faithful_versions_pass(teaser: str) -> None:
    assert guard(teaser, SNB).accepted, guard(teaser, SNB).to_dict()


def test_noun_groups_and_their_roles() -> None:
    found = [(g.words, g.role) for g in groups("Am Samstag hat der FC Basel gegen den FC Zürich gewonnen.")]
    assert found == [(["FC", "Basel"], "subj"), (["FC", "Zürich"], "gegen")]
    passive = {" ".join(g.words): g.role for g in roles("Vandeberg wird von Rhenolit übernommen.")}
    assert passive == {"Vandeberg": "obj", "Rhenolit": "subj"}
    assert subject("Er verlangte von den Grünen Vorschläge.") is None
    assert subject("Vorschläge zur Finanzierung zu machen.") is None


def test_word_list_forms() -> None:
    assert matches("leg*…zu", ["der", "handel", "legte", "um", "4", "prozent", "zu"], 2)
    assert not matches("leg*…zu", ["zu", "legte"], 1)
    assert matches("nicht ausgeschlossen", ["sei", "nicht", "ausgeschlossen"], 1)
    assert signs(("der", "anstieg", "schwächt", "sich", "ab"))[0] == {"change": -1}
    assert signs(("die", "mieten", "sind", "gestiegen"))[0] == {"change": 1}
    assert signs(("die", "övp", "stimmte", "dagegen"))[0] == {"vote": -1}
