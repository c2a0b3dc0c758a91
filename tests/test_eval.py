from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import kurz.methods.ranker_fit
from kurz.data.examples import read_examples
from kurz.evaluate.runner import folds
from kurz.interfaces.cli import main
from kurz.methods.ranker_fit import fit
from kurz.metrics.faithfulness import faithfulness
from kurz.metrics.oracle import oracle_indices
from kurz.metrics.rouge import tokenize
from kurz.metrics.stats import bootstrap_ci, paired_bootstrap

ARTICLES = [
    (
        "Der Wiener Gemeinderat hat am Mittwoch das Budget für 2027 beschlossen. Es sieht Ausgaben von 20 Milliarden Euro vor. "
        "Die Opposition kritisierte die hohen Schulden. Bürgermeister Michael Ludwig verteidigte den Kurs.",
        "Wiener Gemeinderat beschließt Budget mit Ausgaben von 20 Milliarden Euro.",
        "Wien",
    ),
    (
        "Der FC Basel hat das Derby gegen den FC Zürich mit 3:1 gewonnen. Die Tore fielen alle in der zweiten Halbzeit. "
        "Basel liegt damit wieder an der Tabellenspitze. Zürich fällt auf Rang vier zurück.",
        "Basel gewinnt das Derby gegen Zürich und übernimmt die Tabellenspitze.",
        "Schweiz",
    ),
    (
        "In Hamburg hat ein Sturm in der Nacht zahlreiche Bäume entwurzelt. Die Feuerwehr rückte zu 300 Einsätzen aus. "
        "Verletzt wurde niemand. Der Zugverkehr war am Morgen noch eingeschränkt.",
        "Sturm entwurzelt Bäume in Hamburg, 300 Einsätze der Feuerwehr.",
        "Wien",
    ),
]


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    path = tmp_path / "paare.jsonl"
    rows = [{"id": f"a{i}", "text": t, "summary": s, "source": src} for i, (t, s, src) in enumerate(ARTICLES * 3)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_json_report_follows_the_contract(data_file: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(data_file), "--method", "lead", "--method", "textrank", "--json", "-q"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report["methods"]) == {"lead-1", "lead-2", "lead-3", "random", "oracle", "lead@budget", "lead", "textrank"}
    for figures in report["methods"].values():
        for metric in ("rouge1", "rouge2", "rougeL"):
            m = figures[metric]
            assert 0 <= m["precision"] <= 1 and 0 <= m["recall"] <= 1 and 0 <= m["f1"] <= 1
            assert m["ci95"][0] <= m["f1"] <= m["ci95"][1]
        assert figures["faithfulness"]["source_token_share"] == 1.0
        assert figures["faithfulness"]["novel_names"] == 0 and figures["faithfulness"]["novel_numbers"] == 0
        assert figures["speed"]["articles_per_second"] > 0
    assert set(report["per_source"]) == {"Wien", "Schweiz"}
    assert set(report["per_source"]["Wien"]["methods"]) == set(report["methods"])
    assert report["methods"]["oracle"]["rouge1"]["f1"] >= report["methods"]["lead-3"]["rouge1"]["f1"]
    assert "p_value" in report["methods"]["lead"]["vs_baseline"]["rouge1"]


def test_predictions_file_is_scored_and_missing_ids_reported(data_file: Path, tmp_path: Path) -> None:
    preds = tmp_path / "llm.jsonl"
    preds.write_text(
        json.dumps({"id": "a0", "summary": "Der Gemeinderat in Graz beschließt 25 Milliarden Euro."}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["eval", str(data_file), "--predictions", str(preds), "--json", "-q"])
    assert result.exit_code == 0, result.output
    llm = json.loads(result.stdout)["methods"]["llm"]
    assert llm["empty_summaries"] == 8 and llm["missing_predictions"] == 8
    assert llm["faithfulness"]["extractive"] is False
    assert llm["faithfulness"]["novel_numbers"] == 1 and llm["faithfulness"]["novel_names"] == 1


def test_table_and_markdown_output(data_file: Path) -> None:
    table = CliRunner().invoke(main, ["eval", str(data_file), "--method", "lead", "-q"])
    assert table.exit_code == 0 and "ROUGE-1" in table.stdout and "oracle" in table.stdout
    markdown = CliRunner().invoke(main, ["eval", str(data_file), "--method", "lead", "--markdown", "-q"])
    assert sum(line.startswith("| lead-3 |") for line in markdown.stdout.splitlines()) == 3  # overall and both sources
    assert "Editorial defects" in markdown.stdout and "editors' teasers" in markdown.stdout


def test_bad_data_line_is_reported_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.jsonl"
    path.write_text('{"id": 1, "text": "Der Rat tagt.", "summary": "Rat tagt."}\n{nicht json}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(path), "--method", "lead", "-q"])
    assert result.exit_code == 2 and ":2:" in result.output


def test_faithfulness_finds_what_the_source_lacks() -> None:
    source = "Der Rat in Linz beschloss am 4. November 12 Millionen Euro für Schulen."
    faith = faithfulness("Bürgermeister Klaus Luger beschloss am 5. November 15 Millionen Euro.", source)
    assert faith.novel_names == ("Bürgermeister Klaus Luger",)
    assert faith.novel_numbers == ("5", "15")
    assert faith.novel_dates == ("5. November",)
    assert faithfulness("Der Rat in Linz beschloss 12 Millionen Euro.", source).source_token_share == 1.0
    # a subject moved to the front is capitalised, and is no new name
    moved = faithfulness("Zwei Erwachsene seien umgekommen.", "Zudem seien zwei Erwachsene umgekommen.")
    assert moved.novel_names == ()


def test_oracle_picks_the_matching_sentences() -> None:
    sentences = [
        tokenize(s) for s in ["Das Wetter war schön.", "Der Rat beschloss das Budget.", "Die Schulen bekommen mehr Geld."]
    ]
    assert oracle_indices(sentences, tokenize("Rat beschloss Budget: mehr Geld für Schulen")) == [1, 2]


def test_bootstrap() -> None:
    low, high = bootstrap_ci([0.2, 0.3, 0.4, 0.5])
    assert 0.2 <= low < high <= 0.5
    assert paired_bootstrap([0.5] * 20, [0.1] * 20) == 0.0
    assert paired_bootstrap([0.1] * 20, [0.5] * 20) == 1.0


def test_a_name_shortened_by_dropping_its_parenthetical_is_not_new() -> None:
    source = "Das Oberlandesgericht (OLG) Wien hat am Montag entschieden."
    assert faithfulness("Das Oberlandesgericht Wien hat am Montag entschieden.", source).novel_names == ()
    assert faithfulness("Das Landesgericht Wien hat entschieden.", source).novel_names == ("Das Landesgericht Wien",)


def test_leave_one_source_out_trains_each_fold_on_the_other_sources(data_file: Path) -> None:
    examples = read_examples(data_file)
    splits = folds(examples, "source")
    assert sorted(sorted({e.source for e in test}) for _, test in splits) == [["Schweiz"], ["Wien"]]
    for train, test in splits:
        assert train and not {e.source for e in train} & {e.source for e in test}
    assert sorted(e.id for _, test in splits for e in test) == sorted(e.id for e in examples)


@pytest.mark.parametrize(("cv", "folds"), [("3", 3), ("source", 2)])
def test_cross_validated_eval_retrains_the_default_method(
    data_file: Path, monkeypatch: pytest.MonkeyPatch, cv: str, folds: int
) -> None:
    trained_on: list[int] = []

    def counting_fit(train: list, **options: float) -> object:
        trained_on.append(len(train))
        return fit(train, **options)

    monkeypatch.setattr(kurz.methods.ranker_fit, "fit", counting_fit)
    result = CliRunner().invoke(main, ["eval", str(data_file), "--cv", cv, "--no-references", "--json", "-q"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["cv"] == (cv if cv == "source" else int(cv))
    assert len(trained_on) == folds and all(n < 9 for n in trained_on)  # every fold leaves its test articles out


@pytest.mark.parametrize(
    ("cv", "message"),
    [("source", "at least 2 examples"), ("2", "at least 2 examples"), ("-1", "neither a number"), ("drei", "neither a number")],
)
def test_impossible_cross_validation_is_refused(tmp_path: Path, cv: str, message: str) -> None:
    path = tmp_path / "eine_quelle.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": ARTICLES[0][0], "summary": ARTICLES[0][1]}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["eval", str(path), "--cv", cv, "-q"])
    assert result.exit_code == 2 and message in result.output


@pytest.mark.parametrize(("cv", "message"), [("20", "2 to 9"), ("1", "2 to 9")])
def test_fold_counts_outside_the_data_are_refused(data_file: Path, cv: str, message: str) -> None:
    result = CliRunner().invoke(main, ["eval", str(data_file), "--cv", cv, "-q"])
    assert result.exit_code == 2 and message in result.output


def test_one_source_cannot_be_left_out(tmp_path: Path) -> None:
    path = tmp_path / "eine_quelle.jsonl"
    rows = [{"id": f"x{i}", "text": ARTICLES[0][0], "summary": ARTICLES[0][1]} for i in range(3)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(path), "--cv", "source", "-q"])
    assert result.exit_code == 2 and "only one source" in result.output


def test_leave_one_source_out_is_case_insensitive_and_refuses_a_model(data_file: Path, tmp_path: Path) -> None:
    ok = CliRunner().invoke(main, ["eval", str(data_file), "--cv", "Source", "--no-references", "-q"])
    assert ok.exit_code == 0, ok.output
    model = tmp_path / "m.json"
    model.write_text("{}", encoding="utf-8")
    refused = CliRunner().invoke(main, ["eval", str(data_file), "--cv", "3", "--model", str(model), "-q"])
    assert refused.exit_code == 2 and "cross-validation trains its own models" in refused.output


def test_no_references_needs_no_baseline(data_file: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(data_file), "--no-references", "--method", "lead", "--json", "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["baseline"] is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--baseline", "gpt"], "'gpt' is not among"),
        (["--seed", "-1"], "-1 is not in the range"),
        (["-o", "/nonexistent/folder/report.json"], "does not exist"),
    ],
)
def test_bad_eval_options_are_refused_before_any_work(data_file: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, ["eval", str(data_file), "-q", *args])
    assert result.exit_code == 2 and message in result.output


def test_eval_refuses_to_overwrite_its_data(data_file: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(data_file), "-q", "-o", str(data_file)])
    assert result.exit_code == 2 and "also an input" in result.output
    assert data_file.read_text(encoding="utf-8").startswith('{"id": "a0"')


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            [{"id": "x", "text": "Ein Satz.", "summary": "Ein"}, {"id": "x", "text": "Noch ein Satz.", "summary": "Noch"}],
            "id 'x' was already used",
        ),
        ([{"id": None, "text": "Ein Satz.", "summary": "Ein"}], "'id' must be"),
        ([{"id": "x", "text": "Ein Satz.", "summary": "Ein", "title": 7}], "'title' must be a string"),
    ],
)
def test_ambiguous_data_rows_are_refused(tmp_path: Path, rows: list[dict], message: str) -> None:
    path = tmp_path / "paare.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(path), "-q"])
    assert result.exit_code == 2 and message in result.output


def test_a_second_prediction_for_an_id_is_refused(data_file: Path, tmp_path: Path) -> None:
    preds = tmp_path / "llm.jsonl"
    preds.write_text('{"id": "a0", "summary": "Erste."}\n{"id": "a0", "summary": "Zweite."}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(data_file), "--predictions", str(preds), "-q"])
    assert result.exit_code == 2 and "a second prediction for id 'a0'" in result.output


def test_data_with_a_byte_order_mark_is_read(data_file: Path) -> None:
    data_file.write_bytes(b"\xef\xbb\xbf" + data_file.read_bytes())
    assert len(read_examples(data_file)) == 9


def test_empty_predictions_do_not_count_as_faithful(data_file: Path, tmp_path: Path) -> None:
    preds = tmp_path / "leer.jsonl"
    preds.write_text('{"id": "a0", "summary": ""}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(data_file), "--predictions", str(preds), "--no-references", "--json", "-q"])
    assert json.loads(result.stdout)["methods"]["leer"]["faithfulness"]["source_token_share"] is None


EXAMPLE_PAIRS = Path(__file__).resolve().parents[1] / "examples" / "paare.jsonl"


def test_a_newcomer_reads_eval_and_train_without_guessing(tmp_path: Path) -> None:
    """The README's two commands on its 3 example pairs: small-set note, named baseline, named model, meanings,
    and a recommended comparison that runs."""
    model = tmp_path / "haus.json"
    trained = CliRunner().invoke(main, ["train", str(EXAMPLE_PAIRS), "-o", str(model)])
    assert trained.exit_code == 0, trained.output
    assert "  real_inverse" in trained.stdout and "how early it stands among the real news sentences" in trained.stdout
    commands = [c.split()[1:] for c in trained.stderr.split("'")[1::2]]
    assert commands and all(c[0] == "eval" for c in commands)
    for command in commands:
        result = CliRunner().invoke(main, [*command, "-q"])
        assert result.exit_code == 0, (command, result.output)
    table = CliRunner().invoke(main, ["eval", str(EXAMPLE_PAIRS), "--model", str(model), "-q"]).stdout
    assert table.startswith("note: 3 articles are too few for the confidence intervals and p-values")
    [lead3] = [line for line in table.splitlines() if line.startswith("lead-3 ")]
    assert lead3.endswith("(the baseline)")
    assert any(line.startswith("default (haus.json) ") for line in table.splitlines())
    report = json.loads(CliRunner().invoke(main, ["eval", str(EXAMPLE_PAIRS), "--model", str(model), "-q", "--json"]).stdout)
    assert report["model"] == str(model) and report["notes"]
    assert report["methods"]["default (haus.json)"]["model_version"] == json.loads(model.read_text())["version"]


def test_every_ranker_feature_has_a_meaning() -> None:
    from kurz.methods.features import FEATURES

    assert set(kurz.methods.ranker_fit.FEATURE_MEANINGS) == set(FEATURES) and all(
        kurz.methods.ranker_fit.FEATURE_MEANINGS.values()
    )


def test_extra_pairs_join_every_training_fold_and_are_never_scored(
    data_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = tmp_path / "reportagen.jsonl"
    extra.write_text(
        "".join(
            json.dumps({"id": f"e{i}", "text": t, "summary": s}, ensure_ascii=False) + "\n"
            for i, (t, s, _) in enumerate(ARTICLES)
        ),
        encoding="utf-8",
    )
    given: list[tuple[int, float]] = []

    def recording_fit(train: list, **options: object) -> object:
        given.append((len(options["extra"]), options["extra_weight"]))  # type: ignore[arg-type]
        return fit(train, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(kurz.methods.ranker_fit, "fit", recording_fit)
    args = [
        "eval",
        str(data_file),
        "--cv",
        "source",
        "--extra",
        str(extra),
        "--extra-weight",
        "2",
        "--no-references",
        "--json",
        "-q",
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert given == [(len(ARTICLES), 2.0)] * 2
    assert json.loads(result.stdout)["n"] == len(read_examples(data_file))


def test_extra_pairs_need_cross_validation(data_file: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(data_file), "--extra", str(data_file), "-q"])
    assert result.exit_code == 2 and "needs --cv" in result.output
