"""Named lengths (presets) and the hard character limit in every interface: the library, the CLI, the HTTP API
and batch rows, on a story written for these tests."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

import kurz
from kurz.interfaces.cli import main
from kurz.interfaces.server import create_app
from kurz.pipeline import within_chars
from kurz.summary import PRESETS, Budget

STORY = (
    "Graz (APA) - Der Grazer Gemeinderat hat am Dienstag mit den Stimmen von KPÖ, Grünen und SPÖ eine Erhöhung der "
    "Parkgebühren beschlossen, die eine Stunde Parken in der Innenstadt ab März von 2,40 auf drei Euro verteuert. "
    "Die ÖVP stimmte dagegen. Die neuen Tarife gelten ab dem 1. März."
)


def test_presets_name_the_lengths_and_options_override_them() -> None:
    assert set(PRESETS) == {"push", "meta", "teaser", "summary"}
    assert Budget.of(preset="push") == Budget(sentences=1, max_chars=120)
    assert Budget.of(preset="meta") == Budget(max_chars=155)
    assert Budget.of(preset="summary") == Budget(sentences=3)
    assert Budget.of(preset="teaser") == Budget.of()
    assert Budget.of(max_chars=100, preset="push") == Budget(sentences=1, max_chars=100)
    with pytest.raises(kurz.OptionError, match="unknown preset"):
        Budget.of(preset="tweet")


def test_a_push_is_the_lead_compressed_to_fit() -> None:
    result = kurz.summarize(STORY, preset="push")
    assert (
        result.text
        == "Der Grazer Gemeinderat hat mit den Stimmen von KPÖ, Grünen und SPÖ eine Erhöhung der Parkgebühren beschlossen."
    )
    assert len(result.text) <= 120 and not result.over_budget
    assert kurz.guard(result.text, STORY).accepted


def test_no_fitting_form_is_an_error_that_carries_the_shortest_form() -> None:
    with pytest.raises(kurz.NoFitError) as refused:
        kurz.summarize(STORY, max_chars=40)
    assert refused.value.code == "no_fit"
    shortest = refused.value.summary
    assert isinstance(shortest, kurz.Summary) and shortest.over_budget
    assert shortest.text == "Der Grazer Gemeinderat hat eine Erhöhung der Parkgebühren beschlossen."


def test_the_word_budget_stays_flagged_not_refused() -> None:
    result = kurz.summarize(STORY, max_words=5)
    assert result.over_budget and result.words > 5


def test_cli_preset_and_a_non_zero_exit_when_nothing_fits(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    pushed = CliRunner().invoke(main, ["summarize", str(path), "--preset", "push"])
    assert pushed.exit_code == 0 and len(pushed.output.strip()) <= 120
    refused = CliRunner().invoke(main, ["summarize", str(path), "--max-chars", "40"])
    assert refused.exit_code == 2
    assert "fits 40 characters" in refused.output and "Der Grazer Gemeinderat hat eine Erhöhung" in refused.output
    unknown = CliRunner().invoke(main, ["summarize", str(path), "--preset", "tweet"])
    assert unknown.exit_code == 2


def test_http_preset_and_422_with_the_shortest_form() -> None:
    with TestClient(create_app()) as client:
        ok = client.post("/v1/summarize", json={"text": STORY, "preset": "meta"})
        assert ok.status_code == 200 and ok.json()["budget"]["max_chars"] == 155 and ok.json()["chars"] <= 155
        refused = client.post("/v1/summarize", json={"text": STORY, "max_chars": 40})
        assert refused.status_code == 422
        error = refused.json()["error"]
        assert error["code"] == "no_fit" and error["shortest"]["over_budget"] is True
        assert error["shortest"]["summary"].startswith("Der Grazer Gemeinderat")
        unknown = client.post("/v1/summarize", json={"text": STORY, "preset": "tweet"})
        assert unknown.status_code == 422 and unknown.json()["error"]["code"] == "invalid_option"


def test_batch_row_gets_the_no_fit_error_and_the_run_goes_on(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    rows = [{"id": 1, "text": STORY}, {"id": 2, "text": "Die Sitzung dauerte lang. Der Rat tagt wieder im Mai."}]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(out), "--max-chars", "40", "-q"])
    assert result.exit_code == 0, result.output
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert written[0]["error"]["code"] == "no_fit" and "summary" not in written[0]
    assert len(written[1]["summary"]) <= 40


# Six long scene sentences that no deletion brings under 120 characters (questions of who and where, kept whole).
SCENE = " ".join(
    f"Wer am {day} durch die Altstadt ging, sah überall Menschen mit Schirmen, Taschen und Kinderwagen, die sich "
    f"zwischen den Ständen des Adventmarkts, den Baustellen der Stadtwerke und den Absperrungen der Polizei "
    f"hindurchdrängten, ohne dass jemand genau wusste, wohin."
    for day in ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag")
)


def test_a_hard_budget_tries_every_sentence_before_it_refuses() -> None:
    result = kurz.summarize(SCENE + " Der Stadtrat hat den Adventmarkt bis Januar verlängert.", preset="push")
    assert result.text == "Der Stadtrat hat den Adventmarkt bis Januar verlängert."


def test_what_replaces_the_best_sentence_must_say_something_alone() -> None:
    with pytest.raises(kurz.NoFitError):
        kurz.summarize(SCENE + " Der Stadtrat widersprach.", preset="push")


def test_a_caption_never_replaces_the_best_sentence() -> None:
    with pytest.raises(kurz.NoFitError):
        kurz.summarize(SCENE + " Ende Januar am Bahnhof von Lienz in Osttirol mit vielen Gästen.", preset="push")


def test_a_fallback_under_a_hard_limit_is_refused_even_when_it_fits() -> None:
    # the selection returns the best sentence over budget when none can stand alone ("Dabei werden …"); under a
    # character limit that is no push, whatever its length
    fallback = kurz.summarize(STORY, max_words=3)
    assert fallback.over_budget
    with pytest.raises(kurz.NoFitError, match="stands alone"):
        within_chars(dataclasses.replace(fallback, budget=Budget(max_chars=1000)))
    assert within_chars(dataclasses.replace(fallback, budget=Budget(max_words=3))) is not None


def test_a_question_does_not_replace_the_lead_as_a_push() -> None:
    text = (
        "Was haben die drei Bürgermeister der Region gemeinsam? "
        "Alle drei haben ihre Gemeinden in den vergangenen Jahren zu Vorreitern beim Ausbau der Radwege gemacht und "
        "dafür bei Bund, Land und der Europäischen Union insgesamt mehr als zwölf Millionen Euro an Fördergeldern "
        "eingeworben, wie eine Auswertung der Landesregierung zeigt, die am Montag in Linz vorgestellt wurde. "
        "Die Stadt Wels hat im Vorjahr vierzig Kilometer neue Radwege eröffnet."
    )
    assert kurz.summarize(text, preset="push").text == "Die Stadt Wels hat im Vorjahr vierzig Kilometer neue Radwege eröffnet."


class _Figures(kurz.Method):
    """Scores the second sentence (the figures) above the lead, as a ranker may."""

    name = "figures-first"
    description = "test method"

    def score(self, document: kurz.Document, candidates: list[kurz.Sentence]) -> np.ndarray:
        return np.array([1.0 if i == 1 else 0.5 - i / 100 for i in range(len(candidates))])


def test_a_push_says_what_the_teaser_leads_with() -> None:
    text = (
        "Der Solothurner Pumpenhersteller Aarwerk hat im Geschäftsjahr 2025 deutlich weniger verdient. "
        "Der Reingewinn sank um 28 Prozent auf 11,6 Millionen Franken. "
        "Die Dividende wird von 2,40 auf 1,80 Franken je Aktie gekürzt."
    )
    teaser = kurz.summarize(text, method=_Figures())
    assert teaser.text.startswith("Der Solothurner Pumpenhersteller Aarwerk")  # the teaser reads in article order
    # the push is the teaser's opening, not its best-scored sentence ("Der Reingewinn …": whose?)
    push = kurz.summarize(text, method=_Figures(), preset="push")
    assert push.text == "Der Solothurner Pumpenhersteller Aarwerk hat im Geschäftsjahr 2025 deutlich weniger verdient."
