from __future__ import annotations

import pytest

from kurz.metrics.rouge import lcs_length, rouge, tokenize


def test_german_tokens_keep_umlauts_and_sharp_s() -> None:
    assert tokenize("Bürgermeister für Straße", stemming=False) == ["bürgermeister", "für", "straße"]
    assert tokenize("Die Bürgermeisterin fährt", stemming=True) == ["die", "burgermeist", "fahrt"]


def test_hand_computed_german_example() -> None:
    # prediction: der bürgermeister sperrt die straße (5) ; reference: die straße wird gesperrt sagt der bürgermeister (7)
    scores = rouge("Der Bürgermeister sperrt die Straße.", "Die Straße wird gesperrt, sagt der Bürgermeister.", stemming=False)
    # unigram overlap: der, bürgermeister, die, straße = 4 -> P 4/5, R 4/7
    assert scores["rouge1"].precision == pytest.approx(4 / 5)
    assert scores["rouge1"].recall == pytest.approx(4 / 7)
    assert scores["rouge1"].f1 == pytest.approx(2 * (4 / 5) * (4 / 7) / (4 / 5 + 4 / 7))
    # bigrams: "der bürgermeister", "die straße" -> 2 of 4 predicted, 2 of 6 reference
    assert scores["rouge2"].precision == pytest.approx(2 / 4)
    assert scores["rouge2"].recall == pytest.approx(2 / 6)
    # LCS: "die straße" or "der bürgermeister" -> 2
    assert scores["rougeL"].f1 == pytest.approx(2 * (2 / 5) * (2 / 7) / (2 / 5 + 2 / 7))


def test_stemming_matches_inflected_forms() -> None:
    plain = rouge("Die Gewerkschaften verhandelten", "Die Gewerkschaft verhandelt", stemming=False)["rouge1"].f1
    stemmed = rouge("Die Gewerkschaften verhandelten", "Die Gewerkschaft verhandelt", stemming=True)["rouge1"].f1
    assert plain == pytest.approx(1 / 3) and stemmed == pytest.approx(1.0)


def test_hyphenated_compounds_are_split_into_parts() -> None:
    assert tokenize("Corona-Krise", stemming=False) == ["corona", "krise"]
    assert rouge("Die Corona-Krise", "Die Krise", stemming=False)["rouge1"].recall == pytest.approx(1.0)


def test_lcs() -> None:
    assert lcs_length(list("abcbdab"), list("bdcaba")) == 4
    assert lcs_length([], ["a"]) == 0


def test_empty_prediction_scores_zero() -> None:
    assert rouge("", "Der Rat tagt.")["rouge1"].f1 == 0.0


ENGLISH = [
    ("The cat sat on the mat.", "A cat was sitting on the mat."),
    (
        "Police arrested 3 men after the 2019 robbery in the city centre.",
        "Three men were arrested by police over a robbery in 2019.",
    ),
    (
        "It's raining; the match (final) was postponed to May 4th.",
        "The final match was postponed because of rain, officials said.",
    ),
    ("Shares rose 10.5% on Monday after strong results", "Strong results lifted the shares by 10.5% on Monday"),
]


@pytest.mark.parametrize(("prediction", "reference"), ENGLISH)
def test_agrees_with_rouge_score_on_ascii_without_stemming(prediction: str, reference: str) -> None:
    rouge_scorer = pytest.importorskip("rouge_score.rouge_scorer")
    theirs = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=False).score(reference, prediction)
    ours = rouge(prediction, reference, stemming=False)
    for key in ("rouge1", "rouge2", "rougeL"):
        assert ours[key].precision == pytest.approx(theirs[key].precision, abs=1e-6)
        assert ours[key].recall == pytest.approx(theirs[key].recall, abs=1e-6)
        assert ours[key].f1 == pytest.approx(theirs[key].fmeasure, abs=1e-6)
