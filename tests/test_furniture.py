"""Page furniture of press releases, blogs and news sites (tests/data/furniture_pages.jsonl, pages written for
these tests): recognised and marked with offsets, never in any method's teaser, and the teaser carries the news."""

from __future__ import annotations

import pytest
from conftest import DATA, load_jsonl

import kurz
from kurz import editorial
from kurz.methods import method_names

PAGES = load_jsonl(DATA / "furniture_pages.jsonl")
LENGTHS = ({}, {"max_chars": 160}, {"sentences": 3, "max_words": 80})


@pytest.mark.parametrize("page", PAGES, ids=[p["id"] for p in PAGES])
def test_each_kind_of_furniture_is_marked_with_offsets(page: dict) -> None:
    document = kurz.Document.from_text(page["text"])
    kinds = {m.kind for m in document.marks}
    assert set(page["kinds"]) <= kinds, kinds
    for mark in document.marks:
        assert page["text"][mark.start : mark.end] == mark.text


@pytest.mark.parametrize("method", method_names())
@pytest.mark.parametrize("page", PAGES, ids=[p["id"] for p in PAGES])
def test_no_teaser_holds_furniture(page: dict, method: str) -> None:
    for length in LENGTHS:
        result = kurz.summarize(page["text"], method=method, **length)
        marked = [(m.start, m.end) for m in result.document.marks]
        for sentence in result.sentences:
            for piece in sentence.pieces:
                assert not any(start < piece.end and piece.start < end for start, end in marked), (piece.text, length)
        assert not [d for d in editorial.check(result.text, result.document) if d.kind == "furniture"]


@pytest.mark.parametrize("page", PAGES, ids=[p["id"] for p in PAGES])
def test_the_default_teaser_carries_the_news(page: dict) -> None:
    assert page["news"] in kurz.summarize(page["text"]).text


def test_a_press_release_trailer_is_furniture_to_the_end() -> None:
    text = next(p["text"] for p in PAGES if p["id"] == "f01-press-release")
    document = kurz.Document.from_text(text)
    trailer = text.index("Über die Stadtwerke")
    assert all(s.boilerplate for s in document.sentences if s.start >= trailer)
    assert all(s.boilerplate is None for s in document.sentences if text.index("Die Stadtwerke") <= s.start < trailer)


def test_a_live_blog_stamp_is_cut_from_its_entry() -> None:
    text = (
        "Update, 14:30 Uhr: Die Feuerwehr hat den Brand in der Lagerhalle unter Kontrolle gebracht. Die Straßen bleiben gesperrt."
    )
    result = kurz.summarize(text)
    assert result.text.startswith("Die Feuerwehr hat den Brand")
    assert [m.kind for m in result.document.marks] == ["update_stamp"]
    ticker = "22.08 Uhr | Der KAC gewinnt das Derby gegen den VSV mit 4:3 nach Verlängerung. Die Serie steht 3:2."
    assert kurz.summarize(ticker).text.startswith("Der KAC gewinnt")  # a ticker's stamp before a bar
    # a time and an "Update:" label, one after the other
    timed = "16:42 Uhr – Update: Die Bahn stellt den Fernverkehr zwischen Linz und Wels ein. Grund sind umgestürzte Bäume."
    assert kurz.summarize(timed, method="lead", max_words=40).text.startswith("Die Bahn stellt")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Stand des Artikels: 26. Februar 2020, 12:30 Uhr.", "byline"),
        ("Der Parteichef (l.) und der Minister unterhalten sich am Montag in Berlin.", "caption"),
        ("Die Liste aller Gemeinden finden Sie hier: Höhere Quote im Westen", "related"),
        ("Hier finden Sie alle Termine der Saison im Überblick.", "related"),
        ("Wie es mit dem Bad weitergeht, lesen Sie morgen in unserer Ausgabe.", "related"),  # read on in the outlet
        ("Eine Analyse der Resultate nach Gemeinden lesen Sie morgen früh auf unserer Seite.", "related"),
        ("Die Entwicklungen des Abends im Überblick.", "signoff"),  # a ticker's label for itself
        ("Stau auf der A2. #Verkehr pic.twitter.com/aB3dE5fG7h Die Polizei leitete den Verkehr um.", "embed"),
        ("Was für ein Abend in Graz! — Eva Berger (@evaberger) May 3, 2016", "embed"),
        ("* * *", "stray"),  # punctuation a page left without a word
        ("Wir beenden diesen Liveblog für heute und berichten morgen früh weiter.", "signoff"),
        ("Wir halten Sie hier auf dem Laufenden.", "signoff"),
        ("Schließen Sie darüber einen Vertrag ab, erhalten wir eine Provision.", "share"),
        ("Für Sie ändert sich am Preis nichts.", "share"),
        ("Von Anna Berger | 14.03.2025, 09:12 Uhr | Lesezeit: 3 Min.", "byline"),
        ("Stand: 21:05 Uhr.", "byline"),  # a live page's time without a date
        ("Damit verabschieden wir uns, vielen Dank fürs Mitlesen!", "signoff"),
        ("Wir verabschieden uns für heute.", "signoff"),
        ("Edition Nordlicht, Kiel, 212 Seiten, 19,90 Euro.", "credits"),  # a review's book data
        ("Edition Nordsee, Husum 2024. 288 Seiten, ca. 26 Euro.", "credits"),  # the year before the pages
        ("Ein Porträt von Hanna Moser aus Ischgl.", "heading"),  # a standfirst that names the genre, no news
        ("Sind Sie vom Hochwasser betroffen?", "share"),  # a call to the readers
        ("Schicken Sie uns Ihre Fotos an leser@zeitung.at.", "share"),
        ("Sie haben einen Hinweis, dem wir nachgehen sollen?", "share"),
        ("Die Auszählung der Briefwahl folgt am Montag – wir berichten.", "signoff"),
        ("Wir bedanken uns fürs Mitlesen und melden uns am Samstag zur Abfahrt.", "signoff"),
        ("Wir danken Ihnen für das Lesen.", "signoff"),
        ("Alle Entwicklungen des Wahlabends zum Nachlesen.", "signoff"),
        ("Spiel 6 steigt am Donnerstag in Villach, auch dann sind wir wieder live dabei.", "signoff"),
        ("Der Liveticker ist damit beendet.", "signoff"),
        ("„Die Möwe“, Stadttheater Bern, Grosse Bühne.", "credits"),  # a show's title, venue and stage
        ("»Der Sturm«, Regie: Anna Berg, Burgtheater Wien, bis 3. Mai.", "credits"),
        ("„Die Insel“, Roman, aus dem Englischen von Eva Moser, Kiepe & Rau, Hamburg, 300 Seiten, 22 Euro.", "credits"),
        (
            "„Nach der Flut“, Österreich 2025, 96 Minuten, freigegeben von der FSK (Freiwillige Selbstkontrolle) ab 12 Jahren.",
            "credits",
        ),  # a film's data and rating
        ("Der Liveticker ist für heute beendet.", "signoff"),
        ("Das Gespräch führte Jan Behrens.", "byline"),  # who made an interview
        ("Die Fragen stellten Eva Huber und Tom Berg.", "byline"),
        ("Mit Verena Loidl sprach Anna Huber.", "byline"),
        ("Wir schliessen den Ticker für heute.", "signoff"),
        ("Morgen früh berichten wir über die Bilanz.", "signoff"),
        ("Die wichtigsten Entwicklungen des Abends zum Nachlesen, die neuesten Einträge oben.", "signoff"),
        ("Neueste Einträge oben.", "signoff"),
        ("Ab 18 Uhr berichten wir live aus dem Stadion.", "signoff"),
        ("Über die weiteren Entwicklungen berichten wir laufend.", "signoff"),
    ],
)
def test_more_furniture_of_news_sites(line: str, kind: str) -> None:
    document = kurz.Document.from_text(f"Der Rat hat am Montag das Budget beschlossen.\n{line}\nDie Opposition stimmte dagegen.")
    assert [m.kind for m in document.marks] == [kind]


def test_a_salutation_is_cut_from_the_first_sentence() -> None:
    text = (
        "Liebe Mitglieder, liebe Freundinnen und Freunde des Vereins, die Saison 2026 ist vorbei. Insgesamt haben 412 "
        "Helferinnen und Helfer mehr als 9.000 Kröten über die Straße getragen."
    )
    document = kurz.Document.from_text(text)
    assert [(m.kind, m.text) for m in document.marks] == [
        ("salutation", "Liebe Mitglieder, liebe Freundinnen und Freunde des Vereins, ")
    ]
    assert "Liebe" not in kurz.summarize(text).text


def test_a_byline_run_into_the_first_sentence_is_cut_from_it() -> None:
    text = (
        "Von Anna Berger | 14.03.2025, 09:12 Uhr Die Stadt Graz baut eine neue Brücke über die Mur. Sie kostet 12 Millionen Euro."
    )
    document = kurz.Document.from_text(text)
    assert [(m.kind, m.text) for m in document.marks] == [("byline", "Von Anna Berger | 14.03.2025, 09:12 Uhr ")]
    assert kurz.summarize(text).text.startswith("Die Stadt Graz baut")


@pytest.mark.parametrize(
    "text",
    [
        # pages in a sentence are no credits
        "Eine Dissertation in Soziologie hat im Schnitt 300 Seiten. 200 Seiten wären genug, sagt der Professor. "
        "Kürzer heißt nicht schlechter. Die Kommission liest jede Arbeit.",
        # a quote with its speaker is no show's credits
        "„Wir sanieren die Brücke“, sagte Stadträtin Anna Berg, Bauamt Graz. „Nein“, Punkt. Die Brücke ist alt.",
        # a sentence that opens with "Über die …" is news, not an about block
        "Die Stadt Graz erhöht die Parkgebühren ab März um 30 Prozent. Das hat der Gemeinderat am Dienstag beschlossen.\n\n"
        "Über die Höhe der Strafen entscheidet der Gemeinderat erst im Mai. Die Opposition kündigte Widerstand an.\n\n"
        "Die Grünen wollen eine Volksbefragung.",
    ],
)
def test_news_that_looks_like_furniture_is_news(text: str) -> None:
    assert not kurz.Document.from_text(text).marks


def test_a_section_label_is_cut_from_its_sentence() -> None:
    text = (
        "Bewertung: Falsch. Eine solche Strafe gibt es in Linz nicht.\n\n"
        "Die Fakten: Ein Sprecher der Stadt Linz sagte, das Füttern von Tauben sei seit 2019 in zwei Parks untersagt."
    )
    document = kurz.Document.from_text(text)
    assert [(m.kind, m.text) for m in document.marks] == [("label", "Die Fakten: ")]
    assert document.content_sentences[-1].content.text.startswith("Ein Sprecher der Stadt Linz")


def test_a_crosshead_that_opens_with_ueber_is_no_about_block() -> None:
    text = (
        "Die Bahn hat am Mittwoch ihre neue Strecke durch das Tal eröffnet. Sie ist 14 Kilometer lang.\n\n"
        "Über Umwege\n\nDer Bau dauerte zwölf Jahre. Die Kosten lagen bei 300 Millionen Franken."
    )
    document = kurz.Document.from_text(text)
    assert [m.kind for m in document.marks] == ["heading"] and len(document.content_sentences) == 4


@pytest.mark.parametrize(
    "line",
    [
        "„Seit Jahren berichten wir den Behörden von den Missständen“, sagte die Sprecherin der Bürgerinitiative.",
        "Wie berichten wir über Suizide, ohne Nachahmer zu ermutigen?",
    ],
)
def test_someone_elses_berichten_wir_is_no_signoff(line: str) -> None:
    document = kurz.Document.from_text(f"Der Rat hat am Montag das Budget beschlossen.\n{line}\nDie Opposition stimmte dagegen.")
    assert document.marks == []


def test_a_prompt_to_read_on_in_the_outlet_is_furniture_wherever_it_stands() -> None:
    text = "Die Gemeinde baut ein neues Bad im Ortszentrum. Lesen Sie morgen in unserer Samstagsausgabe, wie es weitergeht."
    assert [m.kind for m in kurz.Document.from_text(text).marks] == ["related"]
    quoted = "Der Verleger sagte: „Die Leser finden Sie in unserer Ausgabe jeden Tag.“ Die Auflage steigt wieder."
    assert not kurz.Document.from_text(quoted).marks
    # a sentence about developments that are hard to survey is news, no ticker's label
    told = "Die Entwicklungen in der Region sind im Überblick kaum zu fassen. Die Auflage steigt wieder."
    assert not kurz.Document.from_text(told).marks
