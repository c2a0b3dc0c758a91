from __future__ import annotations

import json

import pytest

import kurz
from kurz.document import Document
from kurz.errors import OptionError, UnknownMethodError
from kurz.methods import REGISTRY
from kurz.pipeline import MAX_CANDIDATES

BASELINES = ["lead", "textrank", "random"]


@pytest.mark.parametrize("method", BASELINES)
def test_summary_is_whole_sentences_with_offsets(article: str, method: str) -> None:
    result = kurz.summarize(article, method=method, sentences=2)
    doc = result.document
    assert doc is not None and 1 <= len(result.sentences) <= 2
    assert [s.index for s in result.sentences] == sorted(s.index for s in result.sentences)
    for selected in result.sentences:
        for piece in selected.pieces:
            assert doc.text[piece.start : piece.end] == piece.text
    assert result.text == " ".join(s.text for s in result.sentences)


@pytest.mark.parametrize("method", BASELINES)
def test_boilerplate_never_reaches_the_summary(article: str, method: str) -> None:
    result = kurz.summarize(article, method=method, sentences=20)
    assert "Linz (APA)" not in result.text and "Foto:" not in result.text and "(APA," not in result.text
    marks = [(m.start, m.end) for m in Document.from_text(article).marks]
    pieces = [p for s in result.sentences for p in s.pieces]
    assert pieces and not any(p.start < end and start < p.end for p in pieces for start, end in marks)


def test_lead_takes_the_first_sentences(article: str) -> None:
    result = kurz.summarize(article, method="lead", sentences=2)
    assert [s.index for s in result.sentences] == [0, 1]


def test_textrank_prefers_central_sentences() -> None:
    text = (
        "Das Wetter war am Montag schön. "
        "Der Stadtrat von Graz beschloss ein neues Budget für Schulen und Kindergärten. "
        "Das Budget für Schulen steigt um zehn Prozent, das Budget für Kindergärten um acht Prozent. "
        "Eine Katze lief über die Straße. "
        "Die Opposition kritisierte das Budget für Schulen als zu niedrig."
    )
    chosen = kurz.summarize(text, method="textrank", sentences=1).sentences[0].text
    assert "Budget" in chosen


def test_random_is_reproducible_and_seeded(article: str) -> None:
    first = kurz.summarize(article, method="random", sentences=2).text
    assert first == kurz.summarize(article, method="random", sentences=2).text
    others = {kurz.summarize(article, method=REGISTRY["random"](seed=s), sentences=2).text for s in range(8)}
    assert len(others) > 1


@pytest.mark.parametrize(("option", "limit"), [("max_words", 25), ("max_chars", 160)])
def test_length_budget_is_respected(article: str, option: str, limit: int) -> None:
    result = kurz.summarize(article, method="lead", **{option: limit})
    assert not result.over_budget
    assert (result.words if option == "max_words" else len(result.text)) <= limit


def test_too_small_budget_is_reported_not_truncated(article: str) -> None:
    result = kurz.summarize(article, method="lead", max_words=3)
    assert result.over_budget
    assert any("budget" in w for w in result.warnings)
    assert result.text.endswith(".")


@pytest.mark.parametrize("bad", [0, -1, 2.5, True, "3"])
def test_bad_budget_values_are_refused(article: str, bad: object) -> None:
    with pytest.raises(OptionError):
        kurz.summarize(article, sentences=bad)  # type: ignore[arg-type]


def test_unknown_method_is_refused(article: str) -> None:
    with pytest.raises(UnknownMethodError, match="lead"):
        kurz.summarize(article, method="magic")


def test_one_sentence_article() -> None:
    result = kurz.summarize("Der Rat tagt am Montag in Wien.")
    assert result.text == "Der Rat tagt am Montag in Wien."
    assert any("only one sentence" in w for w in result.warnings)


def test_a_5000_word_sentence_is_flagged_over_budget() -> None:
    text = "Der Rat beschloss " + " ".join(["viele"] * 5000) + " Dinge."
    result = kurz.summarize(text, max_words=40)
    assert result.over_budget and result.words > 5000


def test_a_10_mb_article_finishes_with_a_warning() -> None:
    paragraph = "Der Gemeinderat von Wien hat am 4. November getagt. Er beschloss u. a. das Budget für 2027. "
    text = paragraph * (10_000_000 // len(paragraph))
    result = kurz.summarize(text, method="textrank")  # a hang would fail on the suite's per-test timeout
    assert sorted(s.text for s in result.sentences) == [
        "Der Gemeinderat von Wien hat am 4. November getagt.",
        "Er beschloss u. a. das Budget für 2027.",
    ]
    assert any("only its first" in w for w in result.warnings)
    assert any(f"first {MAX_CANDIDATES}" in w for w in result.warnings)


def test_summary_json_shape(article: str) -> None:
    data = kurz.summarize(article, method="lead", sentences=1).to_dict()
    assert set(data) >= {"summary", "method", "model_version", "budget", "over_budget", "sentences", "warnings"}
    assert data["sentences"][0]["pieces"][0]["start"] == article.index("Der oberösterreichische")


@pytest.mark.parametrize("method", BASELINES + ["default"])
def test_a_repeated_sentence_is_used_once(method: str) -> None:
    text = "Der Rat von Graz hat das Budget beschlossen. " * 4 + "Die Opposition stimmte dagegen und kündigte Widerstand an."
    result = kurz.summarize(text, method=method, sentences=3)
    texts = [s.text for s in result.sentences]
    assert len(texts) == len(set(texts)) == 2


@pytest.mark.parametrize("text", ["Foto: Max Muster/dpa\n(APA, 12.3.2026)", "Berlin (dpa) - ", "Wien/APA.", "(KNA)."])
def test_an_article_of_boilerplate_only_is_an_error(text: str) -> None:
    with pytest.raises(kurz.KurzError, match="nothing to summarise") as caught:
        kurz.summarize(text)
    assert caught.value.code == "empty_input"


AGENCIES = ["dpa", "AFP", "Reuters", "AP", "KNA", "epd", "APA", "sda", "Keystone-SDA", "SID", "dts", "ots", "AFP/dpa", "dpa-AFX"]
PLACES = ["Berlin", "Halle (Saale)", "Frankfurt/Main", "St. Gallen", "Freiburg im Breisgau"]
SEPARATORS = [" - ", " – ", " — ", ". ", ": "]
WIRE = "Die Bundesregierung hat am Mittwoch ein neues Gesetz zum Schutz der Moore beschlossen. Es tritt im Januar in Kraft."


@pytest.mark.parametrize("agency", AGENCIES)
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("separator", SEPARATORS)
def test_no_dateline_of_any_agency_reaches_the_teaser(agency: str, place: str, separator: str) -> None:
    text = f"{place} ({agency}){separator}{WIRE}"
    for length in ({}, {"max_chars": 120}, {"sentences": 1}):
        result = kurz.summarize(text, **length)
        assert result.text.startswith("Die Bundesregierung"), (text, length, result.text)
        assert agency not in result.text and place.split()[0] not in result.text
    marks = Document.from_text(text).marks
    assert [m.kind for m in marks] == ["dateline"] and text[marks[0].start : marks[0].end].startswith(place)


def test_summary_text_is_clean_for_display_while_pieces_keep_the_original() -> None:
    text = "Der Landtag hat das Ge\u00adsetz am Montag\nbeschlossen, sagte der Präsident. Die Opposition will klagen."
    result = kurz.summarize(text, method="lead", sentences=1)
    assert result.text == "Der Landtag hat das Gesetz am Montag beschlossen, sagte der Präsident."
    piece = result.sentences[0].pieces[0]
    assert text[piece.start : piece.end] == piece.text and "\u00ad" in piece.text and "\n" in piece.text


def test_the_public_types_are_exported_and_typed() -> None:
    from pathlib import Path

    for name in ("Summary", "Selected", "Span", "Document", "Sentence", "Budget", "KurzError", "InputError", "OptionError"):
        assert hasattr(kurz, name) and name in kurz.__all__
    assert (Path(kurz.__file__).parent / "py.typed").exists()


@pytest.mark.parametrize("bad", [None, 42, b"Ein Satz."])
def test_split_sentences_refuses_what_summarize_refuses(bad: object) -> None:
    for call in (kurz.split_sentences, kurz.summarize):
        with pytest.raises(kurz.InputError, match="must be a string"):
            call(bad)  # type: ignore[arg-type]


def test_split_sentences_cleans_html_like_summarize() -> None:
    html = "<html><body><p>Der Rat tagt heute.</p><p>Er berät &amp;lt;das&amp;gt; Budget.</p></body></html>"
    sentences = [s.text for s in kurz.split_sentences(html)]
    assert sentences == ["Der Rat tagt heute.", "Er berät &lt;das&gt; Budget."]  # entities resolved once, not twice
    assert [s.text for s in kurz.summarize(html, method="lead", sentences=2).sentences] == sentences


@pytest.mark.parametrize("length", [{"sentences": 0}, {"max_words": -1}, {"max_chars": 1.5}, {"sentences": True}])
def test_a_budget_refuses_impossible_limits(length: dict[str, object]) -> None:
    with pytest.raises(kurz.OptionError, match="positive whole number"):
        kurz.Budget(**length)  # type: ignore[arg-type]
    with pytest.raises(kurz.OptionError):
        kurz.summarize("Der Rat tagt heute. Er berät das Budget.", **length)  # type: ignore[arg-type]


def test_to_dict_is_the_json_of_the_cli() -> None:
    from click.testing import CliRunner

    from kurz.interfaces.cli import main

    text = "Der Rat von Graz tagt heute. Er berät das Budget für das kommende Jahr."
    printed = CliRunner().invoke(main, ["summarize", "--json", "-"], input=text)
    assert json.loads(printed.stdout) == kurz.summarize(text).to_dict()
    assert "document" in kurz.summarize(text).to_dict() and "document" not in kurz.summarize(text).to_dict(details=False)
