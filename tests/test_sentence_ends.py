"""One definition of a sentence end (kurz.text.ends), and every caller answers as it does."""

from __future__ import annotations

import pytest

from kurz.methods.features import is_furniture
from kurz.text import ends, html, markers
from kurz.text.sentences import segment

# (text, ends_sentence, ends_firmly, line_ends_open)
CASES = [
    ("Der Rat tagt heute.", True, True, False),
    ("Wer zahlt?", True, True, False),
    ("„Das ist ein Skandal!“", True, True, False),
    ("(Die Sitzung wurde vertagt.)", True, True, False),
    ("Die Zahl der Fälle stieg auf …", True, False, False),
    ("Der Minister sagte:", False, False, False),
    ("Neue Regeln für den Bahnverkehr", False, False, True),
    ("Streit um „Heizungsgesetz“", False, False, False),
    ("Der Rat tagt heute. ", True, True, False),
]


@pytest.mark.parametrize(("text", "sentence", "firm", "open_line"), CASES)
def test_the_shared_definitions(text: str, sentence: bool, firm: bool, open_line: bool) -> None:
    assert ends.ends_sentence(text) is sentence
    assert ends.ends_firmly(text) is firm
    assert ends.line_ends_open(text) is open_line


@pytest.mark.parametrize(("text", "sentence", "firm", "open_line"), CASES)
def test_callers_agree_with_the_shared_definitions(text: str, sentence: bool, firm: bool, open_line: bool) -> None:
    assert markers.is_heading(text) is open_line
    assert is_furniture(text, 10) is not firm  # ten words: only the end decides
    assert ends.has_finished_line(f"Startseite\n{text}\nImpressum") is sentence
    assert html.has_finished_line is ends.has_finished_line


@pytest.mark.parametrize(
    ("first", "dateline_joined"),
    [("Neue Regeln für den Bahnverkehr", True), ("Der Preis stieg auf …", False), ("Der Preis stieg.", False)],
)
def test_the_splitter_starts_the_body_where_a_sentence_ends(first: str, dateline_joined: bool) -> None:
    """A dotted dateline ("Osnabrück. ") joins its sentence only before the body: after lines that end no sentence."""
    text = f"{first}\nOsnabrück. Nach dem Spiel war alles anders."
    found = [text[s.start : s.end] for s in segment(text)]
    assert ("Osnabrück. Nach dem Spiel war alles anders." in found) is dateline_joined
    assert (first in found) is True


def test_a_sentence_stands_alone_only_when_whole() -> None:
    assert ends.stands_alone("Der Rat tagt heute.")
    assert not ends.stands_alone("Die Zahl stieg auf …")  # trails off
    assert not ends.stands_alone("der Rat tagt heute.")  # a fragment
    assert not ends.stands_alone("„Der Rat tagt heute.")  # an open quote
    assert not ends.stands_alone("- Der Rat tagt heute.")  # a list item


def test_an_interviewers_question_does_not_stand_alone() -> None:
    assert not ends.stands_alone("SZ: Herr Huber, wie kamen Sie zu dieser Sammlung?")
    assert not ends.stands_alone("Frage 3: Welchen Nutzen sehen Sie in der neuen Software?")
    assert not ends.stands_alone("Landbote: Frau Bürgermeisterin, wie konnte es so weit kommen?")  # the paper's name
    assert ends.stands_alone("Huber: Wir haben nicht über unsere Verhältnisse gelebt.")  # the answer stays
    assert ends.stands_alone("STANDARD: Die Regierung hat das Gesetz am Montag beschlossen.")  # a statement stays
    assert ends.stands_alone("Warum die Brücke gesperrt wurde, ist noch unklar?")
