from __future__ import annotations

import pytest

import kurz
from kurz import Document
from kurz.errors import EmptyInputError, InputError
from kurz.text.normalize import decode
from kurz.text.quotes import balanced


def test_every_span_points_into_the_original_text(article: str) -> None:
    doc = Document.from_text(article)
    for sentence in doc.sentences:
        assert doc.text[sentence.start : sentence.end] == sentence.text
        for token in sentence.tokens:
            assert doc.text[token.start : token.end] == token.text
    for paragraph in doc.paragraphs:
        assert doc.text[paragraph.start : paragraph.end] == paragraph.text
    for mark in doc.marks:
        assert doc.text[mark.start : mark.end] == mark.text


def test_boilerplate_is_marked(article: str) -> None:
    doc = Document.from_text(article)
    kinds = {m.kind: m.text for m in doc.marks}
    assert kinds["dateline"] == "Linz (APA) – "
    assert kinds["caption"] == "Foto: Max Muster/APA"
    assert kinds["agency_note"] == "(APA, 12.3.2026)"
    assert doc.sentences[0].content.text.startswith("Der oberösterreichische Landtag")
    assert all(s.boilerplate is None for s in doc.content_sentences)
    assert len(doc.content_sentences) == len(doc.sentences) - 2


def test_paragraphs_follow_line_breaks(article: str) -> None:
    doc = Document.from_text(article)
    assert len(doc.paragraphs) == 4
    assert doc.paragraphs[1].text.startswith("„Das ist ein guter Tag")


def test_byline_and_all_caps_dateline() -> None:
    doc = Document.from_text("Von Anna Berger\nBERLIN. Die Regierung tagt am Montag. Sie berät über den Haushalt.")
    assert doc.sentences[0].boilerplate == "byline"
    assert doc.sentences[1].content.text == "Die Regierung tagt am Montag."
    assert [m.kind for m in doc.marks] == ["byline", "dateline"]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Neue Brücke für Linz\nLinz – Die Stadt baut eine Brücke über die Donau. Sie kostet 20 Millionen Euro.", "Linz – "),
        ("<h1>Neue Brücke für Linz</h1><p>Linz (APA) – Die Stadt baut eine Brücke. Sie kostet viel.</p>", "Linz (APA) – "),
        ("Wien/APA. Die Regierung tritt zurück. Neuwahlen gibt es im Herbst.", "Wien/APA. "),
        ("Osnabrück. Die Polizei ermittelt nach dem Brand. Der Schaden ist hoch.", "Osnabrück. "),  # a listed place
        ("Titel ohne Punkt\nBielefeld. Die Stadt baut eine Brücke. Sie kostet viel.", "Bielefeld. "),  # a place ending
        ("Wien. Die Regierung tritt zurück. Neuwahlen folgen im Herbst.", "Wien. "),
    ],
)
def test_a_dateline_after_a_headline_or_as_its_own_sentence_is_marked(text: str, dateline: str) -> None:
    doc = Document.from_text(text)
    assert [m.text for m in doc.marks if m.kind == "dateline"] == [dateline]
    assert all(dateline not in s.content.text for s in doc.content_sentences)
    assert kurz.summarize(text).text.startswith("Die ")


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung tritt zurück.\nWien – Das entschied der Präsident. Neuwahlen folgen.",  # later in the body
        "Eklat im Parlament. Die Regierung tritt zurück. Neuwahlen folgen im Herbst.",  # a short news sentence
        "Schuhe. Hunderte. Sie liegen vor dem Parlament. Die Polizei ermittelt.",
        "Abstieg. Nach 23 Jahren muss der Verein gehen. Die Fans sind enttäuscht.",  # one word, but no place
        "Die Regierung tritt zurück.\nWien. Die Neuwahlen folgen im Herbst.",  # a place, but later in the body
    ],
)
def test_what_only_looks_like_a_dateline_stays_news(text: str) -> None:
    assert Document.from_text(text).marks == []


def test_a_headline_with_a_place_prefix_is_a_headline_and_the_body_dateline_is_marked() -> None:
    doc = Document.from_text(
        "Wien – Neue Regierung angelobt\nWien – Die neue Regierung ist am Montag angelobt worden. Sie hat zwölf Mitglieder."
    )
    assert [(m.kind, m.start) for m in doc.marks] == [("heading", 0), ("dateline", len("Wien – Neue Regierung angelobt\n"))]


@pytest.mark.parametrize(
    "kicker",
    [
        "Reportage – Die Stadt weist die Kritik zurück. ",
        'Mai – Bürgermeisterin: "Wir bauen". ',
        "Neue Brücke - Linz plant groß. ",
    ],
)
def test_a_kicker_before_the_body_dateline_is_a_heading(kicker: str) -> None:
    text = kicker + "Linz – Die Stadt baut eine Brücke über die Donau. Sie kostet 20 Millionen Euro."
    doc = Document.from_text(text)
    assert [(m.kind, m.start) for m in doc.marks] == [("heading", 0), ("dateline", len(kicker))]
    assert kurz.summarize(text).text.startswith("Die Stadt baut")


def test_oddities_and_quote_styles_are_reported() -> None:
    doc = Document.from_text("Er sagte:\u00a0„Ja.“ Sie sagte »Nein«.\r\nDer Rat\u00adhaus-Chef schwieg.")
    assert doc.oddities == {"non_breaking_space": 1, "soft_hyphen": 1, "windows_line_end": 1}
    assert doc.quote_styles == {"german": 1, "guillemets": 1}


def test_an_html_page_gives_its_article_text_and_headline_with_a_warning() -> None:
    doc = Document.from_text(
        "<html><body><h1>Titel</h1><p>Der Rat hat am Montag getagt.</p><p>Er beschloss den Haushalt.</p></body></html>"
    )
    assert [s.text for s in doc.sentences] == ["Der Rat hat am Montag getagt.", "Er beschloss den Haushalt."]
    assert doc.title == "Titel" and doc.extracted and doc.describe()["text"] == doc.text
    assert any("HTML" in w for w in doc.warnings)


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_input_is_refused(text: str) -> None:
    with pytest.raises(EmptyInputError):
        Document.from_text(text)


def test_non_german_text_gets_a_warning() -> None:
    doc = Document.from_text("The city council met on Monday and voted to raise the budget for the schools by ten percent.")
    assert any("German" in w for w in doc.warnings)
    assert not Document.from_text("Der Gemeinderat hat am Montag getagt und das Budget für die Schulen erhöht.").warnings


def test_decode_accepts_utf8_and_latin1_and_refuses_binary() -> None:
    text = "Die Straße in Köln wird für 3.000 Euro saniert, sagte der Bürgermeister am Dienstag."
    assert decode(text.encode("utf-8")) == text
    assert decode("\ufeff".encode() + text.encode("utf-8")) == text
    assert decode(text.encode("cp1252")) == text
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Das steht.“ Sie ging.", True),
        ("“Hello”, she said.", True),
        ("»Ja«, sagte er. «Oui», sagte sie.", True),
        ('Er sagte "Nein" (laut).', True),
        ("„Wir haben zehn Jahre gebaut.", False),
        ("Jetzt ist er fertig“, sagte er.", False),
        ("Das (ist falsch].", False),
    ],
)
def test_quote_and_bracket_balance(text: str, expected: bool) -> None:
    assert balanced(text) is expected


def test_word_line_breaks_are_text_not_binary() -> None:
    text = "Der Landtag hat getagt.\x0bEr beschloss das Budget.\x0bDie Opposition stimmte dagegen.\x0bDas Land zahlt."
    assert [s.text for s in Document.from_text(text).sentences][1] == "Er beschloss das Budget."
    assert decode(text.encode()) == text
