"""Datelines have one home (kurz.text.datelines): the splitter keeps a dateline with its sentence exactly where the
document marks one, and agency copy is read from the same patterns."""

from __future__ import annotations

import pytest

from kurz.document import Document
from kurz.text import datelines

# (text, the dateline the document marks, or "" for none)
CASES = [
    ("Osnabrück. Nach dem Spiel war die Stimmung gut.", "Osnabrück. "),
    ("Wien/APA. Die Regierung hat am Montag getagt.", "Wien/APA. "),
    ("Kiel. 40 Menschen kamen zur Kundgebung.", "Kiel. "),
    ("BERLIN. Die Regierung hat am Montag getagt.", "BERLIN. "),
    ("Moskau (AFP) - Die Regierung hat am Montag getagt.", "Moskau (AFP) - "),
    ("Brüssel –  Die Regierung hat am Montag getagt.", "Brüssel –  "),  # two spaces after the dash, as pasted
    ("Bad Ischl, am 12. Mai 2026 – Die Stadtwerke bauen ein Kraftwerk.", "Bad Ischl, am 12. Mai 2026 – "),  # a press release
    ("Frankfurt a.M. Die Stadt baut ein neues Bad.", "Frankfurt a.M. "),
    ("Hann. Münden – Die Stadt baut ein neues Bad.", "Hann. Münden – "),
    ("Eklat im Parlament. Die Abgeordneten stritten lange.", ""),
    ("Schuhe. Hunderte Paare lagen vor der Tür des Rathauses.", ""),
    # a place not on the lists, named again in its sentence: as a name, or in the word made from it
    ("Villmergen. Die Gemeinde Villmergen erhält ein neues Schulhaus.", "Villmergen. "),
    ("St. Gallen. Handys bleiben an den St. Galler Schulen ausgeschaltet.", "St. Gallen. "),
    ("Abstieg. Nach 23 Jahren steigt der Verein ab, und der Abstieg schmerzt.", ""),  # a noun after its article
    # the place with its lake or river, named again by the town alone
    ("Kirchberg an der Pielach. Der Gemeinderat von Kirchberg beschloss ein neues Budget.", "Kirchberg an der Pielach. "),
    ("Ärger im Rathaus. Im Rathaus von Wels stritten die Fraktionen lange.", ""),  # not named again: a headline
    ("Wochenende. Regen. Mist. Die Kinder wollen am Wochenende raus.", ""),  # no sentence runs on after it
]


@pytest.mark.parametrize(("text", "dateline"), CASES)
def test_the_splitter_and_the_document_agree_on_a_dateline(text: str, dateline: str) -> None:
    document = Document.analyse(text)
    marked = [m.text for m in document.marks if m.kind == "dateline"]
    assert marked == ([dateline] if dateline else [])
    assert datelines.dateline_length(text) == len(dateline)
    # a dateline never splits from its sentence; without one, a short first sentence stands on its own
    assert (len(document.sentences) == 1) is bool(dateline)


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("Berlin (dpa) - Der Bundestag hat am Freitag ein Gesetz beschlossen.", True),
        ("Wien – Die Regierung hat am Montag ein Sparpaket vorgelegt.", True),
        ("Osnabrück. Nach dem Spiel war die Stimmung im Stadion gut.", True),  # a marked dateline
        ("Der Bundestag hat am Freitag ein Gesetz beschlossen. Es gilt ab Mai.", False),
    ],
)
def test_agency_copy_is_read_from_the_dateline_patterns(text: str, wire: bool) -> None:
    assert Document.analyse(text).wire is wire


def test_a_date_led_line_is_furniture_not_a_dateline() -> None:
    assert datelines.DATE_LED.match("23.10.2018 Die Stadt feiert ihr Jubiläum.")
    assert datelines.DATE_LED.match("5. März 2019: Die Stadt feiert.")
    assert not datelines.DATE_LED.match("Die Stadt feiert am 5. März 2019.")
    assert datelines.dateline_length("23.10.2018 Die Stadt feiert ihr Jubiläum.") == 0
