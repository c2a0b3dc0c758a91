from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import kurz
from kurz.data.examples import Example
from kurz.methods import DEFAULT_METHOD
from kurz.methods.context import needs
from kurz.methods.features import FEATURES
from kurz.methods.ranker import SHIPPED_MODEL
from kurz.methods.ranker_fit import article_rows, fit
from kurz.pipeline import DEFAULT_BUDGET
from kurz.summary import is_reordered
from kurz.text.cohesion import Introductions, refers_back
from kurz.text.quotes import balanced
from kurz.text.tokens import WORD, drop_invisible


def check_provenance(result: kurz.Summary, source: str) -> None:
    """Every output word comes from the source, at the offsets the result claims."""
    assert result.document is not None
    assert source.startswith(result.document.text) or result.document.text == source
    for selected in result.sentences:
        for piece in selected.pieces:
            assert source[piece.start : piece.end] == piece.text
            assert selected.start <= piece.start <= piece.end <= selected.end
    # compared by hyphen-free parts: a piece may go on a compound after a removed bracket ("7:6 [(3)]-Sieg")
    teaser_words = [part for w in WORD.findall(result.text) for part in w.split("-") if part]
    # a sentence whose subject moved to the front opens with a capital (kurz.summary.join_pieces)
    pieces = [
        drop_invisible(_opening(p.text, n == 0 and is_reordered(s.pieces)))
        for s in result.sentences
        for n, p in enumerate(s.pieces)
    ]
    assert teaser_words == [part for text in pieces for w in WORD.findall(text) for part in w.split("-") if part]


def _opening(text: str, reordered: bool) -> str:
    return text[:1].upper() + text[1:] if reordered else text


def test_default_method_is_the_ranker(article: str) -> None:
    result = kurz.summarize(article)
    assert DEFAULT_METHOD == "default" and result.method == "ranker"
    assert result.model_version.startswith("ranker-")
    assert 5 <= result.words <= DEFAULT_BUDGET.max_words  # type: ignore[operator]
    check_provenance(result, article)


def test_brackets_and_appositions_go_even_when_the_teaser_fits() -> None:
    text = "Verkehrsstadträtin Ulli Sima (Wien), die das Projekt seit 2018 betreut, sprach von einem historischen Tag für Wien."
    result = kurz.summarize(text, max_words=200)
    assert result.text == "Verkehrsstadträtin Ulli Sima sprach von einem historischen Tag für Wien."
    check_provenance(result, text)


def test_compression_comes_before_dropping() -> None:
    text = "Die Stadt Graz hat am Montag ein neues Radwegenetz eröffnet, weil der Verkehr in der Innenstadt stark zugenommen hat."
    assert kurz.summarize(text, max_words=200).text == text  # the adverbial clause goes only when length demands it
    tight = kurz.summarize(text, max_words=11)
    assert tight.text == "Die Stadt Graz hat am Montag ein neues Radwegenetz eröffnet." and not tight.over_budget
    check_provenance(tight, text)
    assert kurz.summarize(text, max_words=5).over_budget


def test_no_compression_takes_away_the_speaker() -> None:
    text = "Die neue U-Bahn-Linie sei ein Meilenstein für die ganze Stadt, sagte Verkehrsstadträtin Ulli Sima am Montag bei der Eröffnung."
    for budget in (200, 11):
        result = kurz.summarize(text, max_words=budget)
        assert "sagte Verkehrsstadträtin Ulli Sima" in result.text
    assert kurz.summarize(text, max_words=11).over_budget


def test_a_fragment_of_a_multi_sentence_quote_is_never_used() -> None:
    text = (
        "Der Bürgermeister von Salzburg hat am Dienstag den neuen Hauptbahnhof eröffnet. "
        "„Wir haben zehn Jahre gebaut. Jetzt ist der Bahnhof endlich fertig“, sagte er. "
        "Die Baukosten lagen bei 300 Millionen Euro. Die ersten Züge fahren ab Mittwoch."
    )
    for n in (1, 2, 3):
        result = kurz.summarize(text, sentences=n, max_words=100)
        assert balanced(result.text), result.text


def test_every_dev_article_gives_source_words_with_offsets(dev_articles: list[dict]) -> None:
    for row in dev_articles:
        result = kurz.summarize(row["text"], row.get("title"))
        check_provenance(result, row["text"])
        assert balanced(result.text) or not balanced(row["text"])
        assert result.text and re.search(r"[.!?“\"«»)]$", result.text), result.text


def write_pairs(path: Path) -> None:
    rows = []
    for i in range(12):
        rows.append(
            {
                "id": str(i),
                "text": f"Die Gemeinde Nummer {i} hat am Montag ein neues Budget beschlossen. Es sieht höhere Ausgaben für Schulen vor. "
                "Der Bürgermeister sprach von einem guten Tag. Die Opposition stimmte dagegen. Das Wetter war schön.",
                "summary": "Die Gemeinde beschloss ein Budget mit höheren Ausgaben für Schulen.",
            }
        )
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kurz", *args], input=stdin, capture_output=True, timeout=120)  # type: ignore[return-value]


def test_train_and_use_a_house_model(tmp_path: Path, article: str) -> None:
    data, model = tmp_path / "archiv.jsonl", tmp_path / "haus.json"
    write_pairs(data)
    trained = run("train", str(data), "-o", str(model), "--version", "haus-1")
    assert trained.returncode == 0, trained.stderr
    stored = json.loads(model.read_text(encoding="utf-8"))
    assert (
        stored["format"] == "kurz-ranker/1"
        and stored["version"] == "haus-1"
        and len(stored["weights"]) == len(stored["features"])
    )
    used = run("summarize", "-", "--model", str(model), "--json", stdin=article.encode())
    assert used.returncode == 0, used.stderr
    assert json.loads(used.stdout)["model_version"] == "haus-1"


def shipped_model(**changes: object) -> str:
    data = json.loads(SHIPPED_MODEL.read_text(encoding="utf-8"))
    return json.dumps({**data, **changes})


@pytest.mark.parametrize(
    "content",
    [
        "{}",
        "not json",
        '{"format": "kurz-ranker/1", "features": ["x"], "mean": [0], "scale": [1], "weights": [1]}',
        shipped_model(weights=["1"] * len(FEATURES)),
        shipped_model(weights=None),
        shipped_model(bias="0"),
        shipped_model(scale=[0.0] * len(FEATURES)),
        shipped_model(version=""),
    ],
)
def test_a_broken_model_file_is_refused(tmp_path: Path, content: str) -> None:
    model = tmp_path / "kaputt.json"
    model.write_text(content, encoding="utf-8")
    result = run("summarize", "-", "--model", str(model), stdin=b"Der Rat tagt am Montag. Er beschliesst das Budget.")
    assert result.returncode == 2
    assert b"model" in result.stderr and b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--alpha", "nan"], b"nan is not a finite number"),
        (["--alpha", "inf"], b"inf is not a finite number"),
        (["--version", " "], b"must not be empty"),
        (["-o", "/nonexistent/folder/m.json"], b"does not exist"),
    ],
)
def test_train_refuses_bad_options(tmp_path: Path, args: list[str], message: bytes) -> None:
    data = tmp_path / "archiv.jsonl"
    write_pairs(data)
    result = run("train", str(data), "-o", str(tmp_path / "m.json"), *args)
    assert result.returncode == 2 and message in result.stderr and b"Traceback" not in result.stderr


def test_train_never_overwrites_its_data(tmp_path: Path) -> None:
    data = tmp_path / "archiv.jsonl"
    write_pairs(data)
    before = data.read_bytes()
    result = run("train", str(data), "-o", str(data))
    assert result.returncode == 2 and b"also an input" in result.stderr
    assert data.read_bytes() == before


def test_train_refuses_pairs_without_summary(tmp_path: Path) -> None:
    data = tmp_path / "kaputt.jsonl"
    data.write_text('{"id": "1", "text": "Der Rat tagt."}\n', encoding="utf-8")
    result = run("train", str(data), "-o", str(tmp_path / "m.json"))
    assert result.returncode == 2 and b"summary" in result.stderr


def test_a_sentence_that_refers_back_comes_with_its_antecedent() -> None:
    text = (
        "Zürich – Die Schweizerische Nationalbank senkt den Leitzins überraschend um einen halben Prozentpunkt. "
        "Das gab SNB-Präsident Martin Schlegel am Donnerstag in Zürich bekannt. "
        "Ökonomen hatten mehrheitlich mit einer kleineren Senkung gerechnet."
    )
    for budget in ({}, {"max_words": 25}, {"sentences": 2}):
        result = kurz.summarize(text, **budget)  # type: ignore[arg-type]
        indexes = [s.index for s in result.sentences]
        assert 1 not in indexes or 0 in indexes, (budget, result.text)
    tight = kurz.summarize(text, sentences=1)
    assert not tight.text.startswith("Das gab")


def test_training_labels_lift_the_sentences_that_together_make_the_teaser() -> None:
    text = (
        "Der Stadtrat von Linz hat am Montag getagt. Die Sitzung dauerte bis in den Abend. "
        "Beschlossen wurde ein neues Radwegenetz mit 40 Kilometern Länge. Die Kosten trägt zur Hälfte das Land. "
        "Die Opposition stimmte dagegen."
    )
    example = Example("linz", text, "Linz beschließt ein Radwegenetz mit 40 Kilometern, die Hälfte zahlt das Land.")
    _, plain = article_rows(example, oracle_bonus=0.0)
    _, labels = article_rows(example)
    assert set(np.argsort(-labels)[:2]) == {2, 3}  # the oracle pair leads
    assert labels[3] - labels[0] > plain[3] - plain[0]  # and the bonus widens its lead over the rest
    assert fit([example] * 3, oracle_bonus=2.0).info["oracle_bonus"] == 2.0


@pytest.mark.parametrize(
    "sentence",
    [
        "Mieter zahlen damit künftig weniger.",
        "Die Opposition kritisierte das, sagte ein Sprecher.",
        "Das Gericht bestätigte dies.",
        "Das Kabinett beschloss einen entsprechenden Entwurf.",
        "Die Stadt will zudem die Gebühren senken.",
        "Solche Szenen spielen sich jeden Samstag am Hauptplatz ab.",
        "Zusätzlich erhalten die Mitglieder einen Rabatt auf den Strompreis.",
        "Die Forderung stößt bei Landesrat Peter Gruber auf Ablehnung.",  # the name after the verb is not the claim's
        "Bewertung: Die Behauptung ist falsch.",
        "Man merkt: Sie hat gelernt, zu unterscheiden.",  # after a short announcement, the sentence proper points back
        "Das Ergebnis: Er wird nicht mehr antreten.",
        "Für kleine Betriebe gilt das nicht.",  # only a particle after the closing demonstrative
        "Für die Anwohner ist das kaum ein Trost.",  # "das" after the verb, with no noun of its own
        "Billiger wird das so schnell nicht.",
        "Entsprechend groß ist die Freude im Dorf.",
        "Dritter wurde der Tiroler Max Huber.",  # a place in a ranking whose winner came before
        "Genauer gesagt: kleine Plättchen, die der Imker auf die Königinnen geklebt hatte.",
        "Kein Wunder: Nach zwölf Jahren trat die Obfrau nicht mehr an.",
        "Als Ersatz soll ab Juli ein Bus mit Geldautomat durch die Dörfer fahren.",  # a replacement for what
        "Im Gegenzug verzichtet die Gewerkschaft bis Jahresende auf Streiks.",
        "Für Hilde Amsler, 84 Jahre alt und ohne Auto, ist das im Grunde unerreichbar.",  # after the insertion
        "Wer sich nicht daran hält, muss bis zu 500 Euro Strafe zahlen.",  # "bis zu" announces no infinitive
        "Mieter zahlen dafür, bis zu zehn Euro mehr als bisher.",
        "Frau Berger, jedes dritte Spital schreibt rote Zahlen.",  # an interview's question to someone named before
        "„Noch zehn Minuten“, sagt die Glaziologin.",  # a speaker known only by a role
        "Seit 1962 gibt es hier Brot und Gebäck.",
        "Im Vorjahr lag der Anteil noch bei 27 Prozent.",  # the share of what was said before
        "Die Quote liegt bei zwölf Prozent.",
        "Der Beschluss fiel mit elf zu vier Stimmen.",  # which decision: said before
        "Die Gesamtkosten liegen bei 2,3 Millionen Franken.",
        "Die Gründe sind vielfältig.",
        "Ihr Laden am Marktplatz ist der letzte im Dorf.",  # whose shop: said before
        "Ihr neuer Roman spielt in Triest.",
        "Laut Feuerwehr waren beide leicht verletzt.",  # which two
        "Die Bewertung: Falsch.",  # a verdict on a claim the sentence does not name
        "Ergebnis: Unentschieden.",
        "Auf Instagram teilten Tausende ein Bild mit derselben Behauptung.",  # the same as which
        "Die Studie zeigt: Hummeln aus der Stadt sind seltener krank.",  # which study: a colon does not fill it in
    ],
)
def test_a_sentence_that_points_back_mid_clause_is_not_a_teaser_alone(sentence: str) -> None:
    assert refers_back(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt baut eine Brücke, damit der Verkehr fließt.",
        "Behauptung: Ab März gilt in der Stadt Tempo 30.",  # the label heads a claim that is all there
        "Pendler fahren jeden Tag mit demselben Zug nach Bern.",  # the same each day, not the same as before
        # the colon says what was decided
        "Nach langer Debatte ist die Entscheidung gefallen: Die Gemeinde Wals baut ein neues Hallenbad.",
        "Das Gericht hat das Urteil bestätigt.",
        "Die Länder haben sich darauf geeinigt, die Steuern zu senken.",
        "Die Forderung von Landesrat Peter Gruber nach einem Tempolimit stößt auf Ablehnung.",
        "Die Stadt baut das neue Bad nicht.",
        "Für die Anwohner ist das neue Bad ein Gewinn.",  # "das" is the article of "Bad"
        "Entsprechend den Vorgaben des Landes baut die Stadt Graz ein neues Bad.",
        "Zweite Runde der Gespräche beginnt am Montag in Wien.",
        "Im Gegensatz zum Vorjahr steigen die Preise in Graz nicht.",
        "Als Ersatz für die geschlossene Filiale fährt ab Juli ein Bus durch die Dörfer.",  # it says for what
        "Für Hilde Amsler, 84 Jahre alt und ohne Auto, ist das neue Angebot ein Gewinn.",  # "das" is an article
        "„Wir bauen neu“, sagt die Polizei in Linz.",
        "Die Zahl der Verletzten stieg am Abend auf 14.",
        "Im vergangenen Jahr ist in Kärnten die Zahl schwerer Unfälle gestiegen.",
        "Die Entscheidung des Stadtrats über das Bad fiel knapp.",  # it says which decision
        "Die Gebühr für den Parkausweis steigt in Villach auf 90 Euro.",
        "Ihr habt es sicher schon gehört: Der Dorfladen sperrt wieder auf.",  # the reader addressed, no one before
        "Beide Kammern des Parlaments stimmten am Freitag zu.",
        "Eines steht fest: Die Brücke in Linz bleibt bis Juni gesperrt.",  # the announcement points forward
        "Ministerin Anna Berger sagte in Wien: Sie tritt nicht mehr an.",  # she is named before the colon
    ],
)
def test_a_clause_opening_with_damit_or_a_correlate_pointing_forward_does_not_point_back(sentence: str) -> None:
    assert not refers_back(sentence)


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("Auf seiner Website wirbt Stadtrat Lukas Berger für das neue Bad.", False),  # the name follows: cataphora
        ("In ihrer Rede kündigte Ministerin Eva Schmid Reformen an.", False),
        ("In ihrem Bericht kritisiert die Kommission die Regierung.", True),  # whose report: said before
        ("Zu seinen Gästen zählte am Abend auch Eva Schmid.", True),  # the name is not the one the possessive means
    ],
)
def test_a_possessive_before_the_person_it_anticipates_does_not_point_back(sentence: str, back: bool) -> None:
    assert refers_back(sentence) is back


def test_in_agency_copy_a_sentence_in_the_first_person_is_speech_that_needs_its_speaker() -> None:
    text = (
        "Wien – Der Wirt Karl Huber eröffnet am Freitag in Ottakring ein neues Gasthaus mit 80 Plätzen. "
        "Gutes Essen ist meine Leidenschaft, und Wien hat zu wenige Beisln. "
        "Das Lokal bietet auch einen Mittagstisch an."
    )
    assert "meine Leidenschaft" not in kurz.summarize(text, max_words=60).text  # it would read as the agency's voice
    blog = text.removeprefix("Wien – ")  # a blog's author speaks in the first person in their own voice
    assert "meine Leidenschaft" in kurz.summarize(blog, max_words=60).text


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("Der nationalkonservative polnische Parteichef Jan Nowak hat die Wahl gewonnen.", False),  # two adjectives
        ("Das wäre eine gute Lösung für die Stadt.", True),  # "wäre" is a verb: "Das" is the pronoun
        ("Der Vorsitzende der Partei wies die Kritik am Montag zurück.", True),  # a role without a name
        ("Die Vorsitzende des Verbands, Eva Berger, fordert mehr Geld für die Pflege.", False),  # named in apposition
    ],
)
def test_an_article_with_adjectives_or_a_role_named_in_apposition_does_not_point_back(sentence: str, back: bool) -> None:
    assert refers_back(sentence) is back


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("Der in Linz geborene Musikproduzent Karl Berger ist im Alter von 81 Jahren gestorben.", False),
        ("Das in Wels beheimatete Start-up beschäftigt mittlerweile acht Personen.", True),  # which one: said before
        ("Das Museum zeigt erstmals Videos und arbeitet dafür mit dem Landesarchiv zusammen.", False),  # "dafür": the first
        ("Die Stadt Graz und das Land haben sich darauf geeinigt.", True),  # "und" joins the subject: "darauf" points back
    ],
)
def test_an_attribute_opened_by_a_preposition_and_a_pointer_after_und(sentence: str, back: bool) -> None:
    assert refers_back(sentence) is back


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("Der Brite war im Training 0,6 Sekunden langsamer.", True),
        ("Der Brite Tom Baker war im Training 0,6 Sekunden langsamer.", False),
    ],
)
def test_a_person_named_only_by_nationality_points_back(sentence: str, back: bool) -> None:
    assert refers_back(sentence) is back


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("Der Großteil wurde in der Sporthalle untergebracht.", True),  # the greater part of what?
        ("Der Großteil der Flüchtlinge wurde in der Sporthalle untergebracht.", False),
        ("Die rund 220 Asylwerber sind am Dienstag in die Sporthalle übersiedelt.", False),  # an article before a count
    ],
)
def test_a_part_without_its_whole_points_back_and_a_counted_noun_does_not(sentence: str, back: bool) -> None:
    assert refers_back(sentence) is back


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("Der Sieger des Stadtlaufs in Graz heißt Thomas Gruber.", False),  # the predicate names him
        ("Der neue Kapellmeister ist Stefan Berger.", False),
        ("Der Sieger war nach dem Lauf sichtlich erleichtert.", True),
        ("Der unterlegene Finalist war letztlich auch zufrieden.", True),  # which final?
    ],
)
def test_a_role_points_back_unless_the_sentence_names_who_it_is(sentence: str, back: bool) -> None:
    assert refers_back(sentence) is back


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("Im Anschluss gewann die Titelverteidigerin Anna Berger das Finale 6:3, 6:2.", True),  # after what?
        ("Im Anschluss an die Sitzung traten die Minister vor die Presse.", False),
        ("Anders gerechnet wurden im Vorjahr rund 9,8 Milliarden Liter verkauft.", True),  # other than what?
        ("Anders als im Vorjahr stieg der Verbrauch deutlich.", False),
        ("Die Elfjährige hatte mit ihrer Freundin am Bach gespielt.", True),  # an age spelled out
        ("Der Dreißigjährige Krieg endete im Jahr 1648.", False),
        ("Gelingen soll dies mittels einer App für Wanderer.", True),
        ("Die Landesholding nahm ihrerseits drei Anleihen auf.", True),
        ("Vor allem für einen Politiker, der lange in der Kammer tätig war.", True),  # singled out of what?
        ("Die Kirchenglocken sollen ebenso im Archiv einen Platz finden.", True),
        ("Der Kandidat ist nicht der Wunschkandidat der dortigen Redakteure.", True),  # where?
        ("Das Fest findet in Wels auf dem Platz der dortigen Bezirksorganisation statt.", False),
        ("Die Gruppe, ein Kollektiv unter der Leitung der Künstlerin Maria Berger, sammelt Echos.", True),
        ("Die Gruppe, die Künstlerin Maria Berger und ihr Mann, sammelt Echos.", False),  # the apposition is who
    ],
)
def test_openers_and_pointers_that_need_what_came_before(sentence: str, back: bool) -> None:
    assert refers_back(sentence) is back


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("Die international anerkannte Regierung in Libyen hat die Nachbarn um Hilfe gebeten.", False),  # an article
        ("Das hoch verschuldete Land bemüht sich um neue Kredite.", False),
        ("Das ist geplante Obsoleszenz.", True),  # a verb after it: the pronoun
        ("Die deutschen Unternehmen haben ihre Produktion im Mai gedrosselt.", False),  # a class, by its origin
        ("Die Unternehmen haben ihre Produktion im Mai gedrosselt.", True),
        ("Jene Elfjährige, die vor einer Woche in den Bach gefallen ist, ist aus dem Tiefschlaf erwacht.", False),
        ("Jene Elfjährige ist aus dem Tiefschlaf erwacht.", True),
        ("Zum zwölften Mal ist Italien bei einer Endrunde dabei.", False),  # "dabei sein", to take part
        (
            "Mit seiner Ankündigung, ein Museum einzurichten, hat Kulturminister Josef Berger alle überrascht.",
            False,  # whose: named after the insertion
        ),
        ("Mit seiner Ankündigung, ein Museum einzurichten, hat er alle überrascht.", True),
        ("Den ganz eigenen Klang der Berge will ein Künstlerkollektiv einfangen.", False),  # a degree adverb
        ("Der vom Gericht gesuchte Präsident Omar Bashir darf nicht ausreisen.", False),  # after a contraction
        ("Das neue Format startet diesen Mittwoch um 20.15 Uhr.", False),  # "diesen Mittwoch" names the present
        ("Freiburg ist dem Aufstieg einen weiteren Schritt näher gerückt.", False),  # an idiom, not "another"
    ],
)
def test_news_leads_that_only_look_like_they_point_back(sentence: str, back: bool) -> None:
    assert refers_back(sentence) is back


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("In einer Stellungnahme bezeichnet das Unternehmen den Entwurf als ungeeignet.", True),  # which company?
        ("Die Stiftung fördert das Projekt mit Mitteln des Landes.", True),
        ("Die Regierung hat die Studie über den Arbeitsmarkt veröffentlicht.", False),  # the attribute says which
        ("Die Stadt kauft das Unternehmen Siemens.", False),  # a name after it
    ],
)
def test_a_generic_noun_inside_the_first_clause_needs_what_named_it(sentence: str, back: bool) -> None:
    assert refers_back(sentence) is back


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("Weil er Kühe zum Schlachter bringen wollte, ist ein Bauer in einem Dorf verprügelt worden.", False),  # named after
        ("Weil er krank war, sagte er die Reise nach Wien ab.", True),
        ("Es soll das deutsche Gegenstück zu einer US-Serie werden: Das ZDF startet mit einer Miniserie ins Jahr.", False),
        ("Im Halbfinale ist er noch gestolpert: Hans Berger hat am Sonntag das Finale gewonnen.", False),
        ("Er sagte: Die Lage ist ernst.", True),  # speech, not a pronoun the colon explains
        ("Sondereinsatz In der Region sind derzeit tausende Polizisten im Einsatz.", True),  # a heading run in
        ("Der Sozialplan für die vom Aus der Kette betroffenen Mitarbeiter steht.", False),
        ("Das teilte die Polizei am Montag mit.", True),  # a verb in -te before an article: "Das" is the pronoun
        ("Das bestätigte Peter Müller via Instagram.", True),
        ("Da kann die Familie gern den Geburtstag feiern.", True),  # then or there
        ("Da es regnete, blieb die Familie zu Hause.", False),  # since
        ("Weiter hieß es: Die Sendung gibt es auch auf Englisch.", True),
        ("Weiter steigen die Preise für Energie.", False),
        ("Der Meister 2016 heißt wie in den beiden Jahren davor Salzburg.", False),  # before the year it names
        ("In den Jahren davor war das anders.", True),
    ],
)
def test_cataphora_headings_run_in_and_verbs_after_das(sentence: str, back: bool) -> None:
    assert refers_back(sentence) is back


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("Ähnlich geht auch eine Gemeinde in Kärnten vor.", True),
        ("Ähnliche Initiativen gibt es in Tirol.", True),
        ("Die Gruppen treffen sich jeden Freitag im Park.", True),
        ("Ähnlich wie im Vorjahr stiegen die Mieten in Graz um drei Prozent.", False),  # says with what
        ("Ein anderer Forscher kam zu einem ganz anderen Ergebnis.", True),
        ("Ein dritter Bewerber hat seine Kandidatur angekündigt.", True),
        ("Die Preise werden im Herbst wieder steigen, sagt er.", True),
        ("Die Preise werden im Herbst wieder steigen, so die Ökonomin.", True),
        # the sentence names its speaker itself
        ("Die Preise werden steigen, so kann man Anna Berger verstehen, sagt die Ökonomin.", False),
        ("Die Preise werden im Herbst wieder steigen, sagte Ökonomin Anna Berger.", False),
    ],
)
def test_comparisons_another_of_those_and_a_speaker_known_only_by_pronoun_or_role(sentence: str, back: bool) -> None:
    assert refers_back(sentence) is back


def test_an_abbreviation_a_later_teaser_sentence_uses_keeps_its_explanation() -> None:
    article = (
        "Zürich – Die Schweizerische Volksbank (SVB) hat am Montag ihren Chef entlassen. Die SVB will bis Ende Jahr "
        "einen Nachfolger finden. Der Verwaltungsrat tagt am Freitag."
    )
    result = kurz.summarize(article)
    assert result.text.startswith("Die Schweizerische Volksbank (SVB) hat") and "Die SVB will" in result.text
    assert all(result.document.text[p.start : p.end] == p.text for s in result.sentences for p in s.pieces)
    compound = "Kiew – Ein Anhänger der Miliz Islamischer Staat (IS) hat einen Polizisten angeschossen. Er habe sich zur IS-Miliz bekannt, sagte ein Polizeisprecher."
    assert "Islamischer Staat (IS) hat" in kurz.summarize(compound).text
    same = "Zürich – Die Schweizerische Volksbank (SVB) hat ihren Chef entlassen, wie die SVB am Montag mitteilte."
    assert "Volksbank (SVB) hat" in kurz.summarize(same).text
    alone = "Zürich – Die Schweizerische Volksbank (SVB) hat am Montag ihren Chef entlassen. Der Verwaltungsrat tagt am Freitag."
    assert "(SVB)" not in kurz.summarize(alone).text  # not used later: the bracket goes as before


def test_damit_before_its_verb_is_an_adverb_that_points_back() -> None:
    assert refers_back("Damit müssen Mieter mehr zahlen, obwohl die Heizung oft ausfällt.")
    assert not refers_back("Damit die Kinder sicher ankommen, baut die Stadt einen Zebrastreifen.")


def test_a_definite_noun_inside_the_first_clause_needs_the_sentence_that_brought_it_in() -> None:
    texts = [
        "Unbekannte sind in der Nacht in eine Kita in Linz eingebrochen.",
        "Sie kamen über einen Parkplatz hinter dem Haus.",
        "Zivilfahnder hatten den Parkplatz seit Tagen beobachtet.",
        "Die Polizei sucht Zeugen, die den Parkplatz der Firma Huber kennen.",
    ]
    introductions = Introductions(texts)
    assert introductions.introducers(texts[2], 2) == {1}
    assert introductions.introducers(texts[3], 3) == set()  # the genitive says which


def test_extra_pairs_at_weight_one_train_as_if_they_were_data() -> None:
    pairs = [
        Example(
            "a",
            "Der Gemeinderat von Hallein hat am Montag ein neues Hallenbad beschlossen. Es kostet 12 Millionen Euro. Der Bau beginnt im Herbst.",
            "Hallein baut ein Hallenbad.",
        ),
        Example(
            "b",
            "Um sieben Uhr öffnet Maria Stöckl die Bäckerei. Die Gemeinde Lofer hat beschlossen, ihr Geschäft zu fördern. 20.000 Euro fließen bis Mai.",
            "Lofer fördert die Bäckerei mit 20.000 Euro.",
        ),
        Example(
            "c",
            "Der Landtag in Linz debattiert über Windräder. Die Grünen fordern mehr Standorte. Die ÖVP lehnt ab.",
            "Streit um Windräder im Landtag.",
        ),
    ]
    together = fit(pairs, alpha=10.0)
    apart = fit(pairs[:2], alpha=10.0, extra=pairs[2:])
    assert np.allclose(together.weights, apart.weights) and apart.info["extra_articles"] == 1
    heavier = fit(pairs[:2], alpha=10.0, extra=pairs[2:], extra_weight=5.0)
    assert not np.allclose(heavier.weights, apart.weights)


def test_train_learns_from_extra_pairs(tmp_path: Path) -> None:
    data, extra, model = tmp_path / "archiv.jsonl", tmp_path / "reportagen.jsonl", tmp_path / "haus.json"
    write_pairs(data)
    write_pairs(extra)
    trained = run("train", str(data), "--extra", str(extra), "--extra-weight", "0.5", "-o", str(model))
    assert trained.returncode == 0, trained.stderr
    info = json.loads(model.read_text(encoding="utf-8"))["info"]
    assert info["extra_weight"] == 0.5 and info["extra_articles"] == info["articles"] / 2
    refused = run("train", str(data), "--extra", str(extra), "--extra-weight", "0", "-o", str(model))
    assert refused.returncode == 2 and b"Traceback" not in refused.stderr


def test_a_kicker_does_not_open_a_teaser_that_has_the_news() -> None:
    text = (
        "Was für ein Wochenende! Beim Wertungsspiel am Samstag in Gmunden hat die Musikkapelle Altmünster 92 Punkte "
        "erreicht und damit einen ausgezeichneten Erfolg gefeiert. Kapellmeister Florian Huber dankte allen "
        "Musikerinnen und Musikern."
    )
    teaser = kurz.summarize(text).text
    assert teaser.startswith("Beim Wertungsspiel am Samstag"), teaser


def test_a_lead_too_long_for_the_teaser_gives_its_news_without_the_run_up() -> None:
    text = (
        "Es war der zwölfte Sieg im vierzehnten Spiel, und es war ganz sicher der wichtigste der ganzen Saison: Mit "
        "einem 3:1 gegen den TV Oberndorf haben die Volleyballerinnen des SC Mühlbach am Samstag vor 400 Fans den Titel "
        "in der Landesliga Nord und damit den Aufstieg in die 2. Bundesliga fixiert. Vor dem Spiel regnete es. "
        "Die Halle war kalt, und viele Fans kamen zu spät."
    )
    teaser = kurz.summarize(text, "SC Mühlbach steigt in die 2. Bundesliga auf").text
    assert teaser.startswith("Mit einem 3:1 gegen den TV Oberndorf haben die Volleyballerinnen"), teaser


def test_a_lead_whose_pronoun_only_leads_up_to_the_colon_gives_the_news_after_it() -> None:
    # "Sie" points to what the clause after the colon names; the head's verbs read apart and its nouns name no one
    text = (
        "Sie sind kaum größer als ein Schuhkarton, surren leise und sollen einmal Post und Medikamente in entlegene "
        "Täler bringen: Forschende der Grazer Hochschule für Technik haben Lieferdrohnen aus Holz entwickelt, die auch "
        "bei starkem Wind sicher landen. Das teilte die Hochschule am Dienstag mit.\n\n"
        "Für die Tests flog die Drohne zwölf Wochen lang zwischen zwei Bergdörfern in der Steiermark. Der Akku hält "
        "rund 40 Minuten. Eine Zulassung für den Regelbetrieb fehlt noch."
    )
    news = "Forschende der Grazer Hochschule für Technik haben Lieferdrohnen aus Holz entwickelt"
    assert kurz.summarize(text, "Grazer Forscher bauen Drohne für Bergtäler").text.startswith(news)
    push = kurz.summarize(text, "Grazer Forscher bauen Drohne für Bergtäler", preset="push").text
    assert push.startswith(news), push


def test_a_short_sentence_after_the_news_stays() -> None:
    text = (
        "Ein Lastwagen ist am Montagmorgen auf der Südautobahn bei Wiener Neustadt in Brand geraten. "
        "Verletzt wurde niemand. "
        "Die Autobahn war in Richtung Graz für drei Stunden gesperrt, es bildete sich ein Stau von zwölf Kilometern."
    )
    assert "Verletzt wurde niemand." in kurz.summarize(text).text


FACT_CHECK = (
    "Behauptung: Auf Facebook wird ein Beitrag geteilt, wonach in Linz ab 1. Juni das Füttern von Tauben 300 Euro "
    "Strafe koste. Der Beitrag wurde mehr als 9.000 Mal geteilt und oft kommentiert.\n\n"
    "Bewertung: Falsch. Eine solche Strafe hat der Linzer Gemeinderat nie beschlossen.\n\n"
    "Ein Sprecher der Stadt Linz sagte auf Anfrage, das Füttern von Tauben sei in zwei Parks seit 2019 untersagt. "
    "Eine neue Regel gebe es nicht. Woher die Zahl von 300 Euro stammt, ist unklar."
)


@pytest.mark.parametrize("budget", [{}, {"sentences": 2}, {"max_words": 60}])
def test_a_fact_checks_claim_never_comes_without_its_verdict(budget: dict) -> None:
    result = kurz.summarize(FACT_CHECK, "Nein, Taubenfüttern kostet in Linz keine 300 Euro", **budget)
    assert "Behauptung:" not in result.text or "Bewertung: Falsch." in result.text, result.text
    push = kurz.summarize(FACT_CHECK, "Nein, Taubenfüttern kostet in Linz keine 300 Euro", preset="push")
    assert "Behauptung" not in push.text and "wonach" not in push.text, push.text


def test_what_goes_on_in_the_claims_paragraph_is_claimed_too() -> None:
    # the second sentence under "Behauptung:" states the claimed fine as if it were fact: alone it never stands
    text = (
        "Behauptung: Ab dem 1. März müssen alle Kinder unter zwölf Jahren in Österreich beim Rodeln einen Helm tragen. "
        "Eltern, deren Kinder ohne Helm rodeln, droht eine Strafe von 80 Euro.\n\n"
        "Bewertung: Falsch. Eine Helmpflicht beim Rodeln gibt es in Österreich nicht.\n\n"
        "Die Behauptung verbreitet sich seit Tagen in Elterngruppen auf WhatsApp. Ein Gesetzentwurf dazu liegt dem "
        "Nationalrat nicht vor."
    )
    push = kurz.summarize(text, "Nein, beim Rodeln gilt keine Helmpflicht", preset="push")
    assert "droht eine Strafe" not in push.text, push.text
    candidates = kurz.Document.from_text(text).content_sentences
    assert needs(candidates)(1) == (0, 2)
    # a verdict in the claim's own paragraph ends the claim: it and what follows stand as before
    joined = kurz.Document.from_text(text.replace("60 Euro.\n\n", "60 Euro. ").replace("80 Euro.\n\n", "80 Euro. "))
    assert needs(joined.content_sentences)(2) is not None


def test_a_bare_verdict_comes_with_the_claim_it_judges() -> None:
    # "Bewertung: Falsch." points back to the sentence before it, which is not the claim: the claim comes along too
    candidates = kurz.Document.from_text(FACT_CHECK).content_sentences
    texts = [s.content.text for s in candidates]
    claim = next(i for i, t in enumerate(texts) if t.startswith("Behauptung"))
    verdict = texts.index("Bewertung: Falsch.")
    assert claim in (needs(candidates)(verdict) or ())
    assert verdict in (needs(candidates)(claim) or ())


def test_a_verdict_needs_its_claim_not_the_claims_reported_sequel() -> None:
    # the claim goes on in Konjunktiv ("müsse"), which cannot stand: the verdict had needed it as the sentence before
    # it, so neither claim nor verdict could open the teaser, and it led with the refutation alone
    text = (
        "Behauptung: In der Steiermark dürfen ab 1. März keine Laubbläser mehr verwendet werden. Wer trotzdem bläst, "
        "müsse mit 2.000 Euro Strafe rechnen.\n\n"
        "Bewertung: Falsch. Ein Verbot von Laubbläsern gibt es in der Steiermark nicht.\n\n"
        "Der Beitrag kursiert seit Anfang Februar in mehreren Facebook-Gruppen. Das Land verweist auf Anfrage auf die "
        "geltende Lärmschutzverordnung, die nur die Zeiten regelt, zu denen die Geräte laufen dürfen."
    )
    candidates = kurz.Document.from_text(text).content_sentences
    assert needs(candidates)(2) == (0,)
    result = kurz.summarize(text, "Nein, Laubbläser sind in der Steiermark nicht verboten")
    assert result.text.startswith("Behauptung:") and "Bewertung: Falsch." in result.text, result.text


INTERVIEW = (
    "Die Gemeinde Talheim hat als erste im Land einen Hitzeschutzplan für alle Spielplätze beschlossen. Bürgermeisterin "
    "Sabine Kornhuber über Schattensegel, Wasserspender und Kritik aus dem Gemeinderat.\n\n"
    "Frau Kornhuber, warum gerade Spielplätze?\n\n"
    "Kornhuber: Weil Kinder die Hitze am wenigsten merken. Auf manchen Rutschen haben wir im Juli 70 Grad gemessen.\n\n"
    "Was kostet der Plan?\n\n"
    "Kornhuber: Rund 180.000 Euro in zwei Jahren. Das meiste zahlt das Land."
)


def test_an_interviews_answer_never_stands_without_its_question() -> None:
    # "Kornhuber: Rund 180.000 Euro …" answers a question a teaser cannot take, and the rest of the answer is her
    # voice: neither may join the standfirst
    candidates = kurz.Document.from_text(INTERVIEW).content_sentences
    texts = [s.content.text for s in candidates]
    for k, text in enumerate(texts):
        if text.startswith(("Kornhuber:", "Auf manchen", "Das meiste")) or text.endswith("?"):
            assert needs(candidates)(k) is None, text
    result = kurz.summarize(INTERVIEW, "Schatten für die Rutsche")
    assert "Kornhuber:" not in result.text and "Das meiste" not in result.text, result.text
    assert result.text.startswith("Die Gemeinde Talheim hat"), result.text


def test_an_answer_in_its_questions_paragraph_and_a_quote_after_a_question_are_read_apart() -> None:
    # the answer may share the question's paragraph; a politician's quote after a rhetorical question is no answer
    shared = INTERVIEW.replace("Spielplätze?\n\n", "Spielplätze? ").replace("Plan?\n\n", "Plan? ")
    result = kurz.summarize(shared, "Schatten für die Rutsche")
    assert "Kornhuber:" not in result.text, result.text
    news = (
        "Die Regierung hat am Mittwoch eine Erhöhung der Mineralölsteuer um zehn Cent pro Liter beschlossen.\n\n"
        "Wie reagiert die Opposition?\n\n"
        "SPÖ-Chefin Maria Berger: „Das ist ein Anschlag auf die Pendler.“ Die Grünen wollen einen Misstrauensantrag "
        "einbringen."
    )
    candidates = kurz.Document.from_text(news).content_sentences
    assert all(needs(candidates)(k) is not None for k in (2, 3))


def test_a_relayed_claim_comes_with_its_refutation_where_the_article_has_one() -> None:
    text = (
        "Auf Whatsapp kursiert seit Tagen eine Nachricht, wonach Graz ab Mai das Radfahren in der Altstadt verbiete. "
        "Die Nachricht wurde tausendfach weitergeleitet. Doch die Behauptung ist falsch. Die Stadt plant nichts dergleichen, "
        "sagte ein Sprecher am Montag."
    )
    candidates = kurz.Document.from_text(text).content_sentences
    assert 2 in (needs(candidates)(0) or ())
    # news that reports a rumour without a refutation keeps the sentence usable on its own
    rumour = (
        "In Linz kursiert das Gerücht, dass die Tabakfabrik verkauft wird. Die Stadt wollte das am Montag nicht kommentieren."
    )
    assert needs(kurz.Document.from_text(rumour).content_sentences)(0) == ()
