"""The news after a scene (kurz.methods.nut): a feature's teaser opens with its nut graf, not its opening moment."""

from __future__ import annotations

import numpy as np
import pytest

import kurz
from kurz.document import Document
from kurz.methods.features import sentence_features
from kurz.methods.figures import headline_figures
from kurz.methods.nut import nut_graf, portrait
from kurz.methods.ranker import Ranker
from kurz.text.news import clock_scene, signals

SCENE = (
    "Um kurz nach sechs schiebt Hanna Seidl das Rolltor der Werkstatt hoch. Drinnen riecht es nach Leim und "
    "frischem Holz, auf der Hobelbank liegen drei halb fertige Geigenhälse. Seidl schaltet das Radio ein und "
    "greift zum Messer.\n\n"
    "Die Stadt Kremsfeld will die Geigenbauschule im Schloss Ende Juli 2027 schließen. Der Gemeinderat hat am "
    "Dienstag beschlossen, die jährlichen 240.000 Euro für das Haus zu streichen. Seit 1951 haben dort mehr als "
    "600 Lehrlinge ihr Handwerk gelernt.\n\n"
    "„Wir sind nicht gefragt worden“, sagt Seidl, die seit 19 Jahren an der Schule unterrichtet."
)
HEADLINE = "Kremsfeld will die Geigenbauschule schließen"


def _pair(text: str, headline: str | None) -> tuple[int, int] | None:
    """The portrait's (introduction, news) of the article, or None (kurz.methods.nut.portrait)."""
    document = Document.from_text(text, headline)
    return portrait(document, document.content_sentences)


def _nut(text: str, headline: str | None) -> int | None:
    """The nut graf of the article, where the ranker would lead with its first sentence."""
    document = Document.from_text(text, headline)
    return nut_graf(document, document.content_sentences, 0)


def test_scene_lead_gives_way_to_the_news() -> None:
    result = kurz.summarize(SCENE, HEADLINE)
    assert result.text.startswith("Die Stadt Kremsfeld will die Geigenbauschule")
    assert "Rolltor" not in result.text and "Leim" not in result.text


def test_push_carries_the_news_not_the_scene() -> None:
    result = kurz.summarize(SCENE, HEADLINE, preset="push")
    assert "Geigenbauschule" in result.text and "Rolltor" not in result.text


def test_news_lead_stays() -> None:
    # the lead names a body and a decision: it is the news, whatever follows
    text = SCENE.replace(
        "Um kurz nach sechs schiebt Hanna Seidl", "Der Verein Geigenfreunde hat am Montag beschlossen, dass Hanna Seidl"
    )
    assert _nut(text, HEADLINE) is None


def test_agency_copy_and_missing_headline_keep_the_lead() -> None:
    assert _nut("Kremsfeld (dpa) - " + SCENE, HEADLINE) is None
    assert _nut(SCENE, None) is None


def test_scene_that_shares_the_headline_stays() -> None:
    # the opening already speaks of what the headline announces: no scene to skip
    assert _nut(SCENE, "Um sechs Uhr in der Werkstatt von Hanna Seidl") is None


def test_signals() -> None:
    assert signals("Der Kreistag entscheidet am 4. Dezember.") == (True, True, True, True, False)
    assert signals("Die Allgäuer Milch eG kündigt Verträge.") == (False, False, True, True, False)
    assert signals("Drinnen riecht es nach Leim und frischem Holz.") == (False, False, False, False, False)
    assert signals("Die Ems-Chemie AG baut Stellen ab.").actor
    # a day is no actor, nor is a contract: "ag" counts as the firm's legal form only
    assert not signals("Am Dienstag lag der Vertrag auf dem Tisch.").actor


def test_the_day_an_event_happened() -> None:
    assert signals("Am Samstagabend hat der Verein gefeiert.").day
    assert signals("Seit Samstag ist der Laden offen.").day
    # a habit, a compound: no day an event happened
    assert not signals("Jeden Dienstag und Donnerstag kochen Freiwillige ein Menü.").day
    assert not signals("Sie flicht Zöpfe für den Samstagsverkauf.").day


def test_the_figure_the_headline_gives_ranks_higher() -> None:
    text = (
        "Oberwart saniert sein Freibad: Der Gemeinderat hat am Dienstag einstimmig beschlossen, das Freibad der Stadt "
        "Oberwart zu sanieren. Bürgermeisterin Anna Wagner sprach von einem wichtigen Tag für die Familien der Stadt. "
        "Auch die Opposition stimmte zu. Die Arbeiten an Becken, Rutsche und Kabinen sollen im Herbst beginnen und "
        "insgesamt 3,8 Millionen Euro kosten, wie die Stadt mitteilte. Das Bad war 1971 eröffnet worden."
    )
    headline = "Oberwart saniert sein Freibad um 3,8 Millionen Euro"
    document = Document.from_text(text, headline)
    candidates = document.content_sentences
    assert headline_figures(document, candidates) == [3]
    ranker = Ranker()
    raw, scored = ranker.model.score(sentence_features(document, candidates)), ranker.score(document, candidates)
    assert raw[3] < scored[3] <= raw.max()  # it rises, up to the best sentence, which it never displaces
    assert np.array_equal(np.delete(raw, 3), np.delete(scored, 3))
    # a year, a lone digit and a number inside a name count nothing
    named = Document.from_text(text, "Freibad 2026: Teil 2 der COP26-Serie")
    assert headline_figures(named, named.content_sentences) == []


CLOCK = (
    "Es ist kurz nach fünf Uhr, als Ludwig Amsel die Tür zur Backstube aufschließt. Er schaltet den Ofen ein und "
    "wiegt das Mehl ab. Im Radio läuft ein alter Schlager.\n\n"
    "Amsel backt seit 34 Jahren in Tannried. Seine Brezen kennt man im ganzen Tal, die Kundschaft kommt auch aus "
    "den Nachbarorten. Zwei Gesellen und eine Verkäuferin arbeiten für ihn.\n\n"
    "Für viele Orte kommt die Hilfe zu spät. Die Handwerkskammer Niederbayern hat am Montag neue Zahlen vorgelegt: "
    "Seit 2015 haben im Kammerbezirk 126 Bäckereien geschlossen, fast jede dritte. Der Kammerpräsident forderte "
    "eine Förderung für Betriebe, die einen Nachfolger suchen.\n\n"
    "Amsel ist 63. Einen Nachfolger hat er nicht."
)


def test_clock_time_opening_gives_way_to_the_news_paragraphs_later() -> None:
    # the opening sets its moment by the clock and names no date; the news shares nothing with the headline's
    # words the opening lacks, and comes in the third paragraph
    result = kurz.summarize(CLOCK, "Das Sterben der Dorfbäckereien")
    assert result.text.startswith("Die Handwerkskammer Niederbayern hat am Montag")
    assert "Backstube" not in result.text
    # a feature's headline names its scene: the opening shares its words, and the news still leads
    result = kurz.summarize(CLOCK, "Die Backstube braucht einen Nachfolger")
    assert result.text.startswith("Die Handwerkskammer Niederbayern hat am Montag"), result.text


def test_dated_clock_time_is_news() -> None:
    dated = CLOCK.replace("Es ist kurz nach fünf Uhr, als", "Am Montag um kurz nach fünf Uhr war es soweit, als")
    assert _nut(dated, "Das Sterben der Dorfbäckereien") is None
    assert clock_scene("Um halb sechs ist es im Stall noch dunkel.")
    assert clock_scene("Es ist 3.15 Uhr, als das Telefon klingelt.")
    assert not clock_scene("Um 18 Uhr am 4. November tagt der Rat.")
    assert not clock_scene("Kurz nach sieben Jahren im Amt trat er zurück.")
    assert clock_scene("Wenn Gerhard Pölzl morgens um sechs das Rollgitter hochzieht, warten schon Kunden.")
    # a live blog's stamp, the hour an event ends: news, not a scene
    assert not clock_scene("18:42 Uhr: Der Streik endet in der Nacht um 3 Uhr.")
    assert not clock_scene("Die Bahn stellt den Fernverkehr zwischen Hamburg und Berlin bis mindestens 20 Uhr ein.")


def test_clock_time_opening_gives_way_even_where_its_scene_names_a_body() -> None:
    # "vor dem Gemeindeamt" ends like the name of a body, but the clock sets a scene: the news still leads
    scene = CLOCK.replace("die Tür zur Backstube", "vor dem Gemeindeamt die Tür zur Backstube")
    result = kurz.summarize(scene, "Das Sterben der Dorfbäckereien")
    assert result.text.startswith("Die Handwerkskammer Niederbayern hat am Montag"), result.text


QUIET = (
    "Gerda Moosbrugger zieht die Handschuhe aus und legt sie auf den Tresen. Draußen rattert ein Traktor vorbei, "
    "im Regal stehen noch drei Gläser Honig. Sie zählt das Wechselgeld, langsam, Münze für Münze.\n\n"
    "Viele Kundinnen kennt sie seit ihrer Kindheit, manche noch aus der Volksschule.\n\n"
    "Der Gemeinderat von Hinterwald hat am Dienstag beschlossen, den Dorfladen ab Juli als Genossenschaft "
    "weiterzuführen. Rund 140 Bewohnerinnen und Bewohner haben Anteile gezeichnet.\n\n"
    "„Ohne den Laden stirbt das Dorf“, sagt Moosbrugger."
)


def test_a_quiet_opening_gives_way_to_the_dated_news() -> None:
    # no clock, but a paragraph of scene without a date, a body or a decision: the dated news leads
    # and the quote after it does not bring the scene back for its speaker's introduction
    for headline in ("Hinterwald rettet seinen Laden", "Ein Laden voller Erinnerungen"):
        result = kurz.summarize(QUIET, headline)
        assert result.text.startswith("Der Gemeinderat von Hinterwald hat am Dienstag beschlossen"), result.text
        assert "Handschuhe" not in result.text
    # a live blog's entries are no scene, whatever they hold
    ticker = QUIET.replace("Gerda Moosbrugger zieht", "14:05 Uhr: Gerda Moosbrugger zieht")
    assert _nut(ticker, "Ein Laden voller Erinnerungen") is None


def test_a_quiet_opening_gives_way_to_news_that_turns_to_now() -> None:
    # the nut graf opens with "Nun": it leads without it, its subject in front
    turned = QUIET.replace(
        "Der Gemeinderat von Hinterwald hat am Dienstag beschlossen,",
        "Nun hat der Gemeinderat von Hinterwald am Dienstag beschlossen,",
    )
    result = kurz.summarize(turned, "Hinterwald rettet seinen Laden")
    assert result.text.startswith("Der Gemeinderat von Hinterwald hat am Dienstag beschlossen"), result.text
    # a contrast goes on from what the scene said: no nut graf
    contrast = QUIET.replace(
        "Der Gemeinderat von Hinterwald hat am Dienstag", "Der Gemeinderat von Hinterwald hat hingegen am Dienstag"
    )
    assert _nut(contrast, "Hinterwald rettet seinen Laden") is None


def test_a_body_deciding_at_a_clock_time_is_news() -> None:
    decided = CLOCK.replace(
        "Es ist kurz nach fünf Uhr, als Ludwig Amsel die Tür zur Backstube aufschließt.",
        "Um 19 Uhr beschließt der Gemeinderat von Tannried das Aus für die Grundschule.",
    )
    assert _nut(decided, "Das Sterben der Dorfbäckereien") is None
    # a schedule is no scene
    assert not clock_scene("Ab 18 Uhr sperrt die Polizei die Innenstadt für den Verkehr.")


@pytest.mark.parametrize(
    ("text", "headline", "opening"),
    [
        # no date, body or decision, but "ist … gestürzt und hat sich … verletzt" reports what happened: it stays
        (
            "Ein Mann ist auf einer Landstraße mit seinem Rad gestürzt und hat sich schwer verletzt. Er blieb lange "
            "bewusstlos am Straßenrand liegen.\n\nDie Polizei sucht seit Sonntag nach Zeugen des Sturzes. Der Mann "
            "wurde in ein Krankenhaus gebracht.",
            "Radfahrer bei Sturz in Oberdorf schwer verletzt",
            "Ein Mann ist auf einer Landstraße",
        ),
        # a protagonist named in full in the perfect, in a scene's long paragraph, is a scene's state (round 57)
        (
            "Erna Gruber hat den Ärmel schon hochgekrempelt, als der Bildschirm vor ihr aufleuchtet. „Wie geht's dem "
            "Blutdruck?“, fragt eine Stimme. Auf dem Monitor erscheint ein Mann im weißen Kittel, der ihr freundlich "
            "zunickt. Sie schiebt den Ärmel noch ein Stück höher und legt den Arm auf das Polster.\n\n"
            "Seit einem Jahr gibt es im Dorf keinen Hausarzt mehr. Am Montag hat der Gemeinderat beschlossen, die "
            "Telemedizin-Station in Oberdorf für drei weitere Jahre zu finanzieren. Die Station steht im alten Postamt.",
            "Der Arzt kommt per Bildschirm",
            "Am Montag hat der Gemeinderat beschlossen",
        ),
        # a short paragraph that names someone in the perfect still reports
        (
            "Jonas Huber ist beim Baden mit Freunden im Inn ertrunken. Seine Freunde konnten ihm nicht mehr helfen.\n\n"
            "Die Polizei Kufstein hat am Sonntag Ermittlungen aufgenommen. Der Bürgermeister kündigte Warnschilder an.",
            "17-Jähriger stirbt im Inn",
            "Jonas Huber ist beim Baden",
        ),
    ],
)
def test_a_lead_in_the_perfect_reports_unless_a_long_scene_names_its_protagonist(text: str, headline: str, opening: str) -> None:
    result = kurz.summarize(text, headline)
    assert result.text.startswith(opening), result.text


PORTRAIT = (
    "Wenn Anna Berger über Tracht spricht, zupft sie unwillkürlich an ihrem Halstuch. Im Nähzimmer hängen drei Dirndl "
    "an der Tür, auf dem Tisch liegt ein Stapel Schnittmuster. Sie zeigt auf eine Schürze aus Blaudruck.\n\n"
    "Am Freitag wählten die Mitglieder des Trachtenvereins Obertal die 52-Jährige einstimmig zur neuen Obfrau. "
    "Sie folgt auf Josef Leitner, der den Verein 24 Jahre lang geführt hat.\n\n"
    "Berger ist im Ort aufgewachsen und näht seit ihrer Jugend."
)


def test_a_portraits_news_comes_with_the_sentence_that_introduced_its_protagonist() -> None:
    # the news names her only by her age: it comes after the scene's sentence that named her in full
    assert _pair(PORTRAIT, "Die Frau mit dem Blaudruck") == (0, 3)
    result = kurz.summarize(PORTRAIT, "Die Frau mit dem Blaudruck")
    assert result.text.startswith("Wenn Anna Berger über Tracht spricht")
    assert "die 52-Jährige einstimmig zur neuen Obfrau" in result.text and "Nähzimmer" not in result.text
    # a name in brackets or an aside is no protagonist ("Die Wirtin (Anna Berger) …")
    cast = PORTRAIT.replace("Wenn Anna Berger über Tracht spricht, zupft sie", "Die Wirtin (Anna Berger) zupft")
    assert _pair(cast, "Die Frau mit dem Blaudruck") is None
    # agency copy is no portrait
    assert _pair("Obertal (APA) - " + PORTRAIT, "Die Frau mit dem Blaudruck") is None


def test_a_year_in_the_scene_is_history_and_an_honour_with_its_sum_is_news() -> None:
    # "seit 1920" in the scene dates no event; the honour names its sum but no day, and is still the news
    text = PORTRAIT.replace(
        "Sie zeigt auf eine Schürze aus Blaudruck.", "Sie zeigt auf eine Schürze aus Blaudruck, genäht um 1920."
    ).replace(
        "Am Freitag wählten die Mitglieder des Trachtenvereins Obertal die 52-Jährige einstimmig zur neuen Obfrau.",
        "Für ihre Arbeit erhält die 52-Jährige den mit 5.000 Euro dotierten Volkskulturpreis des Landes.",
    )
    assert _pair(text, "Die Frau mit dem Blaudruck") == (0, 3)
    assert _pair(text.replace("5.000 Euro", "5.000 €"), "Die Frau mit dem Blaudruck") == (0, 3)
    # without a sum or a date, what she gets is no news to lead with; her age or a span of years is no sum
    plain = text.replace("den mit 5.000 Euro dotierten Volkskulturpreis des Landes", "viel Lob von Besucherinnen")
    for lob in (plain, plain.replace("Für ihre Arbeit erhält", "Seit 30 Jahren erhält")):
        assert _pair(lob, "Die Frau mit dem Blaudruck") is None


def test_a_portrait_whose_headline_names_her_gives_way_to_her_honour() -> None:
    # the scene and the headline share her name, which says whose story it is, not the news; the news opens with
    # the honour's reason, which goes
    text = (
        "«Ein Gletscher stirbt nicht leise», sagt Mirjam Caduff. «Er knackt, er gurgelt.» Auf ihrem Bildschirm "
        "zittern grüne Linien. Für Laien sieht das aus wie Rauschen.\n\n"
        "Für das Deuten dieser Signale erhält die 41-jährige Glaziologin Mirjam Caduff am Freitag in Bern den "
        "Prix Glacier. Die Auszeichnung ist mit 50'000 Franken dotiert."
    )
    result = kurz.summarize(text, "Mirjam Caduff hört den schmelzenden Gletschern im Engadin zu")
    assert result.text.startswith("Die 41-jährige Glaziologin Mirjam Caduff erhält am Freitag in Bern den Prix Glacier.")


def test_a_caption_of_the_scene_is_no_nut_graf() -> None:
    # the room and class named without a verb share a word with the headline; the news is the sentence that
    # says what the school does
    text = (
        "Wie sagt man, dass man einen Termin verschieben muss? Elena Roth schreibt drei Satzanfänge an die Tafel. "
        "„Wer traut sich?“ In der zweiten Reihe hebt Yusuf Demir die Hand. Der 34-Jährige war in Aleppo "
        "Elektriker, heute sortiert er nachts Pakete. „Leider kann ich morgen nicht kommen.“ Roth nickt, ein paar "
        "Leute klatschen. Draußen regnet es.\n\n"
        "Raum 2.14 der Volkshochschule Ostheide, Kurs B1, 17 Teilnehmende aus elf Ländern. Es ist einer der Kurse, "
        "die es im Herbst nicht mehr geben wird.\n\n"
        "Die Volkshochschule streicht von September an neun ihrer bisher 23 Integrationskurse, weil der Bund weniger "
        "Geld bereitstellt. Rund 180 Menschen stehen damit vorerst ohne Platz da."
    )
    result = kurz.summarize(text, "Volkshochschule streicht neun Integrationskurse")
    assert result.text.startswith("Die Volkshochschule streicht von September an neun"), result.text


def test_a_year_the_scene_looks_back_to_leaves_it_quiet() -> None:
    # "seit 1987" is how long she has stood there, no date of news: the scene still gives way to the dated news
    for start in ("Seit 1987 zählt sie hier", "Seit dem Herbst 1987 zählt sie hier"):
        since = QUIET.replace("Sie zählt", start)
        assert kurz.summarize(since, "Ein Laden voller Erinnerungen").text.startswith("Der Gemeinderat von Hinterwald")
    # a year that dates what happened is a signal of news: the paragraph is no quiet scene
    dated = QUIET.replace("Sie zählt das Wechselgeld", "Im Sommer 1987 zählte sie hier zum ersten Mal das Wechselgeld")
    assert _nut(dated, "Ein Laden voller Erinnerungen") is None


def test_a_pronoun_of_the_other_gender_is_not_the_portraits_protagonist() -> None:
    # the scene calls him "er"; the "sie" of the dated sentence is the assembly, not him
    text = (
        "Wenn Anton Berger über Tracht spricht, zupft er unwillkürlich an seinem Halstuch. Im Nähzimmer hängen drei "
        "Dirndl an der Tür, auf dem Tisch liegt ein Stapel Schnittmuster. Er zeigt auf eine Schürze aus Blaudruck.\n\n"
        "Die Generalversammlung des Trachtenvereins Obertal tagte im Gasthof Post. Am Freitag hat sie beschlossen, "
        "die Vereinstracht neu schneidern zu lassen.\n\n"
        "Berger ist im Ort aufgewachsen und näht seit seiner Jugend."
    )
    assert _pair(text, "Der Mann mit dem Blaudruck") is None
    # named by his age, the news may hold a "sie" of others ("wie sie mitteilten")
    elected = text.replace(
        "Die Generalversammlung des Trachtenvereins Obertal tagte im Gasthof Post. Am Freitag hat sie beschlossen, "
        "die Vereinstracht neu schneidern zu lassen.",
        "Am Freitag wählten die Mitglieder des Trachtenvereins Obertal den 52-Jährigen zum neuen Obmann, wie sie mitteilten.",
    )
    assert _pair(elected, "Der Mann mit dem Blaudruck") == (0, 3)
    # after her scene, "den 58-jährigen Schreiner" is someone else
    someone = PORTRAIT.replace(
        "Am Freitag wählten die Mitglieder des Trachtenvereins Obertal die 52-Jährige einstimmig zur neuen Obfrau.",
        "Am Freitag wählte der Trachtenverein Obertal den 58-jährigen Schreiner einstimmig zum neuen Obmann.",
    )
    assert _pair(someone, "Die Frau mit dem Blaudruck") is None
    herself = text.replace("zupft er", "zupft sie").replace("Anton", "Anna").replace("Er zeigt", "Sie zeigt")
    herself = herself.replace("Die Generalversammlung des Trachtenvereins Obertal tagte im Gasthof Post. ", "")
    assert _pair(herself, "Die Frau mit dem Blaudruck") == (0, 3)


def test_a_portraits_scene_may_name_her_after_als_and_quote_a_day() -> None:
    # her name after "als", a weekday inside a quote, the news "am Vortag": still her portrait and its news
    text = (
        PORTRAIT.replace(
            "Wenn Anna Berger über Tracht spricht, zupft sie unwillkürlich an ihrem Halstuch.",
            "Der Nebel hängt noch über dem Dorf, als Anna Berger an ihrem Halstuch zupft.",
        )
        .replace("Sie zeigt auf eine Schürze aus Blaudruck.", "„Die habe ich am Montag fertig genäht“, sagt sie.")
        .replace("Am Freitag wählten", "Am Vortag wählten")
    )
    assert _pair(text, "Die Frau mit dem Blaudruck") == (0, 3)
    # "als" in a comparison opens no clause of hers
    compared = text.replace(
        "Der Nebel hängt noch über dem Dorf, als Anna Berger an ihrem Halstuch zupft.",
        "Mehr als Anna Berger weiss im Dorf niemand über Tracht.",
    )
    assert _pair(compared, "Die Frau mit dem Blaudruck") is None
    # a hyphenated first name opens the clause too
    assert _pair(text.replace("Anna Berger", "Anna-Lena Berger"), "Die Frau mit dem Blaudruck") == (0, 3)
    # an honour a jury gives, with its sum, is news without a day
    honour = text.replace(
        "Am Vortag wählten die Mitglieder des Trachtenvereins Obertal die 52-Jährige einstimmig zur neuen Obfrau.",
        "Das Land verleiht der 52-Jährigen den mit 3.000 Euro dotierten Volkskulturpreis.",
    )
    assert _pair(honour, "Die Frau mit dem Blaudruck") == (0, 3)


FACT_CHECK = (
    "„Bald zahlt jeder für seine Regentonne eine Gebühr – das ist Abzocke!“ So lautet ein Beitrag, der seit Tagen "
    "auf Facebook kursiert. Er wurde mehr als 5.000 Mal geteilt.\n\n"
    "Bewertung: Falsch.\n\n"
    "Es gibt in Österreich keine Gebühr für Regentonnen, weder vom Bund noch von den Ländern. Auch die Gemeinden "
    "heben keine Abgabe dafür ein.\n\n"
    "Der Nationalrat hatte am 14. März 2019 eine Novelle des Wasserrechtsgesetzes beschlossen, die Regenwasser "
    "betrifft. Sie regelt aber nur gewerbliche Anlagen."
)


def test_a_fact_check_is_no_scene_before_dated_news() -> None:
    # the claim and its verdict open the article: the news is the refutation, not the dated history further on
    headline = "Faktencheck: Nein, Österreich führt keine neue Abgabe ein"
    assert _nut(FACT_CHECK, headline) is None
    for verdict in ("Unsere Bewertung: Teilweise falsch.", "Bewertung: Falsch, fehlender Kontext."):
        assert _nut(FACT_CHECK.replace("Bewertung: Falsch.", verdict), headline) is None
    # a finding under a label is no fact check's verdict: the quiet scene still gives way to the dated news
    found = QUIET.replace(
        "Sie zählt das Wechselgeld, langsam, Münze für Münze.", "Sie zählt nach. Das Ergebnis: Sie hat zu wenig."
    )
    assert _nut(found, "Ein Laden voller Erinnerungen") is not None
    assert not kurz.summarize(FACT_CHECK, headline).text.startswith("Der Nationalrat")


COURT = (
    "„Ich habe nur Holz gemacht“, sagt der Angeklagte leise. Er trägt einen grauen Anzug, die Hände liegen gefaltet "
    "auf dem Tisch. Im Zuschauerraum sitzen seine Frau und zwei Nachbarn.\n\n"
    "Laut Anklage hatte der 61-Jährige im Winter 43 Festmeter Fichtenholz aus dem Gemeindewald geschlagen und "
    "verkauft. Das Bezirksgericht Lienz hat den Landwirt aus dem Iseltal am Montag wegen schweren Diebstahls zu "
    "acht Monaten bedingter Haft verurteilt. Die Staatsanwaltschaft hatte zwölf Monate gefordert.\n\n"
    "Das Urteil ist nicht rechtskräftig."
)


def test_a_court_reports_news_is_its_verdict() -> None:
    headline = "Holz aus dem Gemeindewald verkauft: Bedingte Haft für Landwirt"
    document = Document.from_text(COURT, headline)
    verdict = next(i for i, s in enumerate(document.content_sentences) if "Bezirksgericht Lienz" in s.text)
    assert _nut(COURT, headline) == verdict
    assert kurz.summarize(COURT, headline).text.startswith("Das Bezirksgericht Lienz hat den Landwirt")
    # agency copy too, where its lead is no verdict
    assert kurz.summarize("Lienz (APA) - " + COURT, headline).text.startswith("Das Bezirksgericht Lienz hat")
    # a lead that gives the verdict stays; so does a story whose headline announces none
    lead = "Ein 61-jähriger Landwirt ist in Lienz zu acht Monaten bedingter Haft verurteilt worden. " + COURT
    assert _nut(lead, headline) != verdict + 1
    assert kurz.summarize(lead, headline).text.startswith("Ein 61-jähriger Landwirt")
    assert kurz.summarize("Lienz (APA) - " + COURT, "Ein Winter im Iseltal").text.startswith("„Ich habe nur Holz")


def test_a_demand_a_threat_or_a_rule_is_no_verdict() -> None:
    headline = "Holz aus dem Gemeindewald verkauft: Bedingte Haft für Landwirt"
    for sentence in (
        "Die Staatsanwaltschaft hatte gefordert, den Mann zu zwölf Monaten Haft zu verurteilen.",
        "Ihm drohen bis zu drei Jahre Haft, sollte er verurteilt werden.",
        "Bewährungshilfe ordnet das Gericht an, wenn jemand bedingt verurteilt wird.",
    ):
        text = COURT.replace(
            "Das Bezirksgericht Lienz hat den Landwirt aus dem Iseltal am Montag wegen schweren "
            "Diebstahls zu acht Monaten bedingter Haft verurteilt.",
            sentence,
        )
        document = Document.from_text(text, headline)
        found = _nut(text, headline)
        assert found is None or sentence not in document.content_sentences[found].text, sentence
