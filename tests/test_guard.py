"""The fact guard: every written case in tests/data/guard_cases.jsonl, plus unit tests of its normalisers."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

import kurz
from kurz.errors import OptionError
from kurz.facts import KINDS, Verdict, form, guard, lists
from kurz.facts.dates import expressions
from kurz.facts.fold import bases, fold
from kurz.facts.numbers import amounts, digits_value, word_value
from kurz.facts.quotes import found, quoted

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "guard_cases.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def test_the_cases_are_many_and_mostly_faithful() -> None:
    assert len(CASES) >= 150
    faithful = [c for c in CASES if c["accepted"] and "KNOWN MISS" not in c["note"]]
    assert len(faithful) >= len(CASES) / 2
    for c in CASES:
        assert set(c) == {"article", "teaser", "accepted", "kinds", "note"}
        assert c["accepted"] == (not c["kinds"]) and set(c["kinds"]) <= set(KINDS)


@pytest.mark.parametrize("case", CASES, ids=[f"{i}:{c['note'][:40]}" for i, c in enumerate(CASES)])
def test_case(case: dict) -> None:
    verdict = guard(case["teaser"], case["article"])
    assert verdict.accepted == case["accepted"], verdict.to_dict()
    assert sorted(verdict.kinds) == sorted(set(case["kinds"])), verdict.to_dict()
    for r in verdict.reasons:
        assert case["teaser"][r.start : r.end] == r.text and r.message


def test_verdict_json_shape() -> None:
    article = "Die Stadt gab 2,5 Mio. Euro für neue Radwege aus."
    verdict = guard("Die Stadt gab 4,5 Millionen Euro für neue Radwege aus.", article)
    data = json.loads(json.dumps(verdict.to_dict()))
    assert data["accepted"] is False
    assert data["reasons"] == [
        {"kind": "number", "text": "4,5 Millionen", "start": 14, "end": 27, "message": data["reasons"][0]["message"]}
    ]
    assert isinstance(verdict, Verdict) and kurz.guard is guard and kurz.Verdict is Verdict


def test_budget_and_title() -> None:
    article = "Die Bahn will bis 2030 rund 1.800 Bahnhöfe modernisieren."
    teaser = "Die Bahn will bis 2030 rund 1800 Bahnhöfe modernisieren."
    assert guard(teaser, article, max_words=9, max_chars=60).accepted
    assert guard(teaser, article, max_words=5).kinds == ["form"]
    assert guard(teaser, article, max_chars=20).kinds == ["form"]
    assert guard("Lutz will 1800 Bahnhöfe modernisieren.", article, title="Bahnchef Lutz: Bahnhöfe werden schöner").accepted
    with pytest.raises(OptionError):
        guard(teaser, article, max_words=0)
    with pytest.raises(OptionError):
        guard(None, article)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "word, value",
    [
        ("zwölf", 12),
        ("fünfundzwanzig", 25),
        ("dreihundertzwanzig", 320),
        ("zweitausendvier", 2004),
        ("einundzwanzig", 21),
        ("zweieinhalb", 2.5),
        ("anderthalb", 1.5),
        ("Sechs", 6),
        ("und", None),
        ("Haus", None),
    ],
)
def test_word_value(word: str, value: float | None) -> None:
    assert word_value(word) == value


@pytest.mark.parametrize(
    "text, value", [("1.200", 1200), ("1 200", 1200), ("1'200", 1200), ("2,5", 2.5), ("2.500.000", 2_500_000), ("1200", 1200)]
)
def test_digits_value(text: str, value: float) -> None:
    assert digits_value(text)[0] == value


@pytest.mark.parametrize(
    "text, values",
    [
        ("2,5 Mio. Euro", {2_500_000}),
        ("2,5 Millionen", {2_500_000}),
        ("eine Million", {1_000_000}),
        ("die Hälfte", {0.5}),
        ("50 Prozent", {50, 0.5}),
        ("50 %", {50, 0.5}),
        ("ein Drittel", {0.333333}),
        ("zwei Drittel", {0.666667}),
        ("eine halbe Million", {500_000}),
        ("18 Mrd. Franken", {18e9}),
        ("50'000", {50_000}),
    ],
)
def test_amounts(text: str, values: set[float]) -> None:
    found_amounts = amounts(text)
    assert len(found_amounts) == 1 and set(found_amounts[0].values) == values


def test_a_bare_article_is_not_a_number() -> None:
    assert amounts("Ein Mann kaufte eine Zeitung und einen Apfel.") == []
    assert amounts("Er ließ die Regeln außer Acht.") == []


def test_date_expressions() -> None:
    facts = {
        w.text: w.facts
        for w in expressions(
            "Am Montagabend, dem 3. Mai 2024, um 14.30 Uhr, am 3.5., im Jänner, im Feber, gestern, heuer, 1800 Bahnhöfe."
        )
    }
    assert facts["Montagabend"] == (("weekday", 1),)
    assert facts["3. Mai 2024"] == (("dm", 3, 5), ("month", 5), ("year", 2024))
    assert facts["14.30 Uhr"] == (("time", 14, 30),)
    assert facts["3.5."] == (("dm", 3, 5), ("month", 5))
    assert facts["Jänner"] == (("month", 1),) and facts["Feber"] == (("month", 2),)
    assert facts["gestern"] == (("rel", "gestern"),) and facts["heuer"] == (("rel", "heuer"),)
    assert "1800" not in facts  # an amount before a noun, not a year


def test_folding_and_inflection() -> None:
    assert fold("Straße") == fold("Strasse") == "strasse"
    assert (
        "scholz" in bases("Scholz'") and "merkel" in bases("Merkels") and "wien" in bases("Wiens") and "wien" in bases("Wiener")
    )
    assert "fahrgast" in bases("Fahrgäste") or "fahrgaste" in bases("Fahrgäste")


def test_quotes() -> None:
    assert [q[2] for q in quoted('Er sagte „Wir bleiben“ und »Nie wieder« sowie "genug".')] == [
        "Wir bleiben",
        "Nie wieder",
        "genug",
    ]
    article = "Die Ministerin sagte: wir bleiben hart, komme was wolle."
    assert (
        found("Wir bleiben hart", article)
        and found("wir bleiben … was wolle", article)
        and not found("Wir bleiben weich", article)
    )


@pytest.mark.parametrize(
    "teaser, kind",
    [
        ("Gerne! Der Test lief gut.", "form"),
        ("Teaser: Der Test lief gut.", "form"),
        ("Der Test lief gut, siehe www.example.org.", "form"),
        ("Der Test lief gut. **Mehr**", "form"),
    ],
)
def test_form(teaser: str, kind: str) -> None:
    assert kind in guard(teaser, "Der Test lief gut.").kinds


def test_a_teaser_ends_as_kurz_text_ends_a_sentence() -> None:
    """Any closing quote may follow the full stop, the German single one ("‘") too."""
    for teaser in ("Sie sagte: ‚Wir bleiben.‘", "Er sagte: „Wir bleiben.“", "Der Test lief gut (vorerst)."):
        assert form.check(teaser) == [], teaser
    assert [r.message for r in form.check("Der Test lief gut")] == ["the teaser does not end like a sentence (cut off?)"]


def test_the_guard_imports_only_lower_layers() -> None:
    folder = Path(kurz.__file__).parent / "facts"
    allowed = ("kurz.text", "kurz.document", "kurz.errors", "kurz.facts")
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kurz"):
                assert node.module.startswith(allowed), f"{path.name} imports {node.module}"
            if isinstance(node, ast.Import):
                assert all(not a.name.startswith("kurz") or a.name.startswith(allowed) for a in node.names), path.name


def test_one_word_lists_refuse_a_line_of_several_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A name check list is looked up one word at a time: "vor allem" could never match, so it is refused."""
    (tmp_path / "single_words.txt").write_text("# openers\nerneut\n\nkaum\n", encoding="utf-8")
    (tmp_path / "two_words.txt").write_text("erneut\nvor allem\n", encoding="utf-8")
    monkeypatch.setattr(lists, "DATA", tmp_path)
    assert lists.words("single_words") == {"erneut", "kaum"}
    with pytest.raises(ValueError, match="vor allem"):
        lists.words("two_words")


def test_a_count_after_a_preposition_is_no_subject() -> None:
    from kurz.facts.syntax import subject

    found = subject("Wegen Betrugs in neun Fällen hat das Landgericht Wels einen Mann verurteilt.")
    assert found is not None and "Landgericht" in found.words
