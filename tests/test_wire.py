"""Agency copy keeps its lead, and `lead` means the first sentences: stories written for these tests."""

from __future__ import annotations

import pytest

import kurz

# Written for these tests in dpa/AFP/APA style (made-up events).
WIRE = {
    "dpa": (
        "Dortmund (dpa) - Borussia Dortmund hat das Revierderby gegen den FC Schalke 04 mit 3:1 gewonnen und ist auf "
        "Rang drei der Tabelle vorgerückt. Vor 81 365 Zuschauern trafen Karim Adeyemi, Julian Brandt und Niclas "
        "Füllkrug für den BVB. Für Schalke verkürzte Simon Terodde in der 67. Minute zwischenzeitlich. Trainer Edin "
        "Terzic lobte nach dem Spiel die Moral seiner Mannschaft. Schalke bleibt damit auf einem Abstiegsplatz. "
        "Am kommenden Samstag empfängt Dortmund den VfB Stuttgart, Schalke reist nach Bremen."
    ),
    "AFP": (
        "Paris (AFP) - Die französische Regierung hat ein Verbot von Einwegplastik in allen Schnellrestaurants ab dem "
        "kommenden Jahr angekündigt. Betroffen seien Becher, Deckel und Besteck, teilte das Umweltministerium am "
        "Mittwoch mit. Ketten mit mehr als 20 Filialen müssen demnach auf Mehrweggeschirr umstellen. Verstöße sollen "
        "mit bis zu 15.000 Euro geahndet werden. Umweltverbände begrüßten den Schritt, forderten aber strengere "
        "Kontrollen. Die Branche warnte vor höheren Kosten für die Kundschaft."
    ),
    "APA": (
        "Innsbruck (APA) - Nach tagelangen Regenfällen ist der Inn in Tirol über die Ufer getreten und hat mehrere "
        "Ortschaften im Unterinntal überflutet. Rund 400 Menschen mussten in der Nacht auf Montag ihre Häuser "
        "verlassen. Verletzt wurde nach Angaben der Landeswarnzentrale niemand. Die Bundesbahnen sperrten die "
        "Strecke zwischen Wörgl und Kufstein. Landeshauptmann Anton Mattle kündigte Soforthilfe für die betroffenen "
        "Gemeinden an. Die Pegel sollen erst am Dienstag wieder sinken."
    ),
}
LEADS = {
    "dpa": "Borussia Dortmund hat das Revierderby gegen den FC Schalke 04 mit 3:1 gewonnen",
    "AFP": "Die französische Regierung hat ein Verbot von Einwegplastik",
    "APA": "Nach tagelangen Regenfällen ist der Inn in Tirol über die Ufer getreten",
}


@pytest.mark.parametrize("agency", sorted(WIRE))
def test_the_default_keeps_the_lead_of_agency_copy(agency: str) -> None:
    result = kurz.summarize(WIRE[agency])
    assert result.text.startswith(LEADS[agency]), result.text
    assert f"({agency})" not in result.text


@pytest.mark.parametrize("agency", sorted(WIRE))
def test_a_push_notice_carries_the_main_event(agency: str) -> None:
    """At 120 characters the lead, shortened where it can be, comes before any minor sentence."""
    result = kurz.summarize(WIRE[agency], max_chars=120)
    assert result.sentences[0].index == kurz.summarize(WIRE[agency], method="lead", sentences=1).sentences[0].index
    assert "67. Minute" not in result.text
    assert result.over_budget == (len(result.text) > 120)


def test_a_lead_too_long_for_the_push_is_compressed_and_where_nothing_fits_refused_not_replaced() -> None:
    text = (
        "Graz (APA) – Die steirische Landesregierung hat am Dienstag ein Förderprogramm für Photovoltaik auf "
        "Schuldächern beschlossen, das bis 2028 rund 45 Mio. Euro umfassen soll. Die Gemeinden tragen nur 20 Prozent."
    )
    result = kurz.summarize(text, max_chars=120)
    assert result.text.startswith("Die steirische Landesregierung") and len(result.text) <= 120 and not result.over_budget
    with pytest.raises(kurz.NoFitError) as refused:
        kurz.summarize(text, max_chars=40)
    assert refused.value.code == "no_fit"
    assert refused.value.summary.text.startswith("Die steirische Landesregierung")
    assert refused.value.summary.over_budget


def test_lead_takes_the_first_sentences_and_never_skips_one() -> None:
    """Under a budget the first sentence is shortened if needed; a later sentence never takes its place."""
    text = WIRE["dpa"]
    for max_words in (12, 25, 40):
        result = kurz.summarize(text, method="lead", max_words=max_words)
        indexes = [s.index for s in result.sentences]
        assert indexes == list(range(indexes[0], indexes[0] + len(indexes))) and indexes[0] == 0, (max_words, indexes)


def test_outside_agency_copy_the_learned_ranking_decides() -> None:
    text = WIRE["AFP"].removeprefix("Paris (AFP) - ")
    assert kurz.summarize(text).document is not None
    assert not kurz.summarize(text).document.wire  # type: ignore[union-attr]
    assert kurz.summarize(WIRE["AFP"]).document.wire  # type: ignore[union-attr]
