"""Teasers that stand alone: the rules for pointing back, speakers and introductions, the editorial checks built on
them, and the selection that keeps every method's teaser free of those defects (texts written for these tests)."""

from __future__ import annotations

import pytest

import kurz
from kurz import editorial
from kurz.document import Document
from kurz.methods import method_names
from kurz.methods.context import needs
from kurz.methods.shorten import unlinked
from kurz.pipeline import load_method
from kurz.summary import Budget, join_pieces
from kurz.text.attribution import has_speaker, needs_speaker, unattributed
from kurz.text.cohesion import Introductions, refers_back, removable_links

STANDALONE = [
    "Der Grazer Gemeinderat hat am Dienstag höhere Parkgebühren beschlossen.",
    "Der Beitrag des Landes zum Hallenbad beträgt 1,2 Millionen Euro.",  # the genitive says which
    "In den drei Wochen nach der Wahl ist in Graz nichts passiert.",  # which weeks: the phrase says it
    "Die drei größten Parteien verloren bei der Wahl Stimmen.",
    "Diese Woche tagt der Nationalrat in Wien.",
    "Das neue Kita-Gesetz tritt am 1. Jänner in Kraft.",
    "Die Parteien einigten sich darauf, die Steuern zu senken.",
    "Ein Beamter wurde deshalb entlassen, weil er Geld veruntreut hatte.",
    "Der Bundestag hat nun die Reform beschlossen.",
    "Der Konzern Siemens baut 500 Stellen ab.",
    "Es gibt in Graz seit Montag eine neue Buslinie.",
    "Es ist unklar, ob die Brücke saniert werden kann.",
    "Es ist klar: Die Brücke muss saniert werden.",
    "„Wir haben uns geirrt“, sagte die Ministerin am Montag.",
    "Die Polizei sucht Zeugen des Unfalls.",
    "Damit die Kinder sicher ankommen, baut die Stadt neue Radwege.",
    "Seitdem die Regel gilt, sinken die Unfallzahlen.",
    "Die Bergrettung hat so viele Einsätze geleistet wie nie zuvor.",
    "Hintergrund der Sperre der Brennerautobahn sind neue Messwerte.",
    "Der Red-Bull-Pilot Max Verstappen hat die schnellste Runde gedreht.",
    "Die Regierung hat dafür gesorgt, dass die Mieten sinken.",
    "Maria Huber, die neue Bürgermeisterin, will für ihre Stadt mehr Radwege bauen.",
    "Am Montag stellte die Partei ihre Kandidaten vor.",
    "Zum ersten Mal in seiner Geschichte wird der Verein von einer Frau geführt.",  # the owner follows the verb
    "Manche bringen ihre Enkel mit.",
    "Auf ihrer Website wirbt Bürgermeisterin Anna Berger für das neue Bad.",  # the owner named after the verb
    "Die Stadt eröffnet das im Frühjahr sanierte Hallenbad.",  # "das" before its participial attribute
    "Diese Woche beginnt in der Wachau die Weinlese.",
    "Mit seiner Tochter besuchte Landesrat Peter Huber die Messe.",  # the companion's owner is named after
    "Weil gestern seine Mutter Geburtstag hatte, blieb Karl Berger zu Hause.",  # the owner follows the clause
    "Erstmals gewinnt das erst 2019 gegründete Team den Titel.",  # an article before its attribute
    "In dieser Nacht wird es im Gasteinertal bis minus zehn Grad kalt.",  # a forecast's night is the coming one
    "Am Sonntag, beim Heimrennen in Schladming, siegte Marco Berger vor Daniel Huber.",
    "Die Stadt kauft das dem Land gehörende Grundstück.",  # "das" with an attribute before its noun
    "Die Gemeinde kauft das eine Grundstück am See.",
    "Die Polizei beschlagnahmte das einem 34-Jährigen gehörende Auto.",  # "das" is the attribute's article
    "Die Gemeinde öffnet das den Bürgern lange versprochene Hallenbad.",
]
POINTING_BACK = [
    "Hintergrund der Entscheidung sind neue Messwerte.",  # which decision: named before
    "Doch die Regierung lehnte den Vorschlag ab.",
    "Nun will der Konzern 500 Stellen streichen.",
    "Dorthin wurden die Verletzten gebracht.",
    "Damals war die Lage eine andere.",
    "Diese Entscheidung fiel am Montag.",
    "Am Montag trat er zurück.",
    "Die Polizei fand dort eine Waffe.",
    "Der 45-Jährige wurde festgenommen.",
    "Auch sonst sei in dem Betrieb alles in Ordnung.",
    "Seine Partei will das verhindern.",
    "Der junge Mann wurde am Abend festgenommen.",
    "Das Unternehmen steigerte den Umsatz um zehn Prozent.",
    "Es ist der vorläufige Höhepunkt einer Erfolgsgeschichte.",
    "Jetzt sollen die Möbel versteigert werden.",
    "Ein weiteres Ergebnis der Studie überrascht.",
    "Als Grundlage setze ich eine aktuelle Version voraus.",
    "Deren Filme zeigen einen Mann mit Kappe.",
    "Daran musste der Trainer am Donnerstag noch einmal erinnern.",
    "Hintergrund sind neue Messwerte aus dem Labor.",
    "Zwei Monate zuvor hatten Tausende auf den Straßen demonstriert.",
    "Der Red-Bull-Pilot drehte die schnellste Runde.",
    "Seither sinken die Unfallzahlen.",
    "In dieser Zeit sind 400 Beiträge erschienen.",
    "Neue Studie Dazu kommen noch die Kosten für den Speicher.",
    "Erst mal an den Rand des Machbaren Und lernen bald die Grenzen kennen.",
    "Antworten auf solche Fragen gibt eine neue Dokumentation.",
    "Noch teurer wird es, wenn die Kinder jünger als 14 Jahre sind.",
    "Unterdessen stieg der Pegel der Donau weiter.",
    "Der Sprecher fügte hinzu, dass die Arbeiten bis Mai dauern.",
    "Teil davon ist der Vorschlag, dass Gemeinden mehr Geld bekommen.",
    "Das Pflanzenschutzmittel, ein weit verbreitetes Herbizid, wird darin als bedenklich eingestuft.",
    "«Wir spielen mit Herz», sagt sie und lacht.",  # the speaker by a pronoun after the quote, not at the end
    "„Das Brot muss ruhen“, sagt die 63-Jährige in der Backstube.",  # by an age: introduced before
    "Der Gemeinderat hat deshalb beschlossen, die Gebühren zu senken.",  # the infinitive is no reason: "deshalb"?
    "Um 6 Uhr sperrt seine Tochter den Laden auf.",  # a possessive with only a time before it: whose?
    "Zu seiner Nachfolgerin wurde Anna Berger gewählt.",  # she succeeds him: whom?
    "Die Grazer Verkehrsplanerin Eva Lind hält das für einen ersten Schritt.",  # "das" after a full verb too
    "Der Landtag hat das mit großer Mehrheit abgelehnt.",
    "Die Gemeinde hat deshalb beschlossen, dass die Gebühren steigen.",  # a "dass" clause is no reason either
    "In dieser Nacht schlafen 14 Menschen in der Notschlafstelle.",  # a night told before, not the present
    "Möglich machen das ein neuer Dienstplan und ein eigenes Restaurant.",  # an article after "das": a pronoun
    "Ermöglicht hat das der Bund.",
    "Aufgeflogen war die Sache, als der Verein eine Tuba kaufen wollte.",
    "Allein auf Facebook wurde der Beitrag mehr als 9.000 Mal geteilt.",  # which post: the claim told before
    "Aus den drei Wochen wurden vier Jahrzehnte.",  # the weeks counted before
    "Der Bus, in dem sie sitzt, trägt die Aufschrift der neuen Linie.",  # who sits there: told before
    "Die Halle, die er vor zwei Jahren gebaut hat, ist 180 Meter lang.",
    "Zurück in Kärnten, eröffnete sie eine Werkstatt in Villach.",  # the main clause goes on with its pronoun
    "Im Jahr, in dem die Fabrik schloss, wurde er Bürgermeister.",
    "Seit Herbst arbeitet neben ihr an der Werkbank ein zweiter Lehrling.",  # "ihr" after a preposition
]


def test_a_pronoun_after_an_opening_clause_or_a_name_may_mean_who_is_named_there() -> None:
    assert not refers_back("Als Anna Berger nach Wien kam, wusste sie nichts von der Stadt.")
    assert not refers_back("Im Jahr, in dem Anna Berger nach Wien kam, wurde sie Mutter.")
    assert not refers_back("Neu ist, wem sie gehört: Die Stadt hat die Praxis gekauft.")
    # speech between commas is no relative clause, and whoever an insertion names may be meant
    assert not refers_back("Seit Jahren, sagt die Arbeiterkammer Wien, fordere sie eine Reform der Pflege.")
    assert not refers_back("In dem Haus, in dem die Familie Gruber seit 1950 lebt, will sie nun ein Café eröffnen.")
    assert not refers_back("Zum 80. Geburtstag von Maria Hofer reisen Freunde aus ganz Europa zu ihr nach Kitzbühel.")
    assert not refers_back("Die Stadt Innsbruck baut bis 2026 eine neue Volksschule und neben ihr einen Kindergarten.")
    assert not refers_back("In dem Haus, in dem die Familie Koch seit 1950 lebt, will sie nun ein Café eröffnen.")


def test_a_relative_clause_naming_someone_in_full_or_without_a_pronoun_stands() -> None:
    assert not refers_back("Die Wertschätzung, die er in Maranello erfährt, ist neu für den Weltmeister Sebastian Vettel.")
    assert not refers_back("Der Bus, in dem die Kinder sitzen, fährt jeden Morgen um acht Uhr ab.")


@pytest.mark.parametrize("text", STANDALONE)
def test_a_sentence_that_stands_alone(text: str) -> None:
    assert not refers_back(text)


@pytest.mark.parametrize("text", POINTING_BACK)
def test_a_sentence_that_points_back(text: str) -> None:
    assert refers_back(text)


def test_a_linking_adverb_inside_the_clause_can_go_but_not_one_that_announces_a_clause() -> None:
    text = "Die Regierung will deshalb im kommenden Jahr sparen."
    assert [text[a:b] for a, b in removable_links(text)] == [" deshalb"]
    assert removable_links("Ein Beamter wurde deshalb entlassen, weil er Geld veruntreut hatte.") == []
    assert removable_links("Deshalb will die Regierung sparen.") == []  # the Vorfeld must stay filled


def _unlinked(text: str) -> str | None:
    document = Document.from_text(text)
    found = unlinked(document.content_sentences[0])
    if found is not None:
        assert all(document.text[p.start : p.end] == p.text for p in found)
    return None if found is None else join_pieces(found)


def test_a_linking_adverb_in_the_vorfeld_goes_as_the_subject_moves_to_the_front() -> None:
    assert _unlinked("Nun hat die Landesregierung beschlossen, das Modell weiterzuführen.") == (
        "Die Landesregierung hat beschlossen, das Modell weiterzuführen."
    )
    # capitalised, a linking adverb is still no subject
    assert _unlinked("Deshalb will die Stadtverwaltung bis 2030 rund 500 Stellen streichen.") == (
        "Die Stadtverwaltung will bis 2030 rund 500 Stellen streichen."
    )
    # a time after the subject stays behind: "von Jahr zu Jahr" is no attribute of "die Bestände"
    assert _unlinked("Zudem schwankten die Bestände von Jahr zu Jahr stark.") == (
        "Die Bestände schwankten von Jahr zu Jahr stark."
    )
    # not where more than the adverb points back, nor where the subject's end is unsure, nor a place or a time
    for pointing in (
        "Nun hat der Regierungsrat entschieden, sie bis 2030 zu verlängern.",
        "Zudem verschwanden Schmuckstücke im Wert von 8.000 Euro aus der Wohnung.",
        "Dort hat die Polizei am Montag drei Männer festgenommen.",
        "Damals hat die Gemeinde das Bad geschlossen.",
    ):
        assert _unlinked(pointing) is None, pointing
    # where the parse of the subject or of the Vorfeld is in doubt, no form: it would break the German
    for doubtful in (
        "Nun hat die Firma Insolvenz angemeldet.",  # the object read into the subject
        "Zudem hat der Kanton 2019 entschieden, die Strasse zu sanieren.",
        "Jetzt sind alle Schulen geschlossen.",  # the subject after a word of its own
        "Daher sollen nur noch Kinder geimpft werden.",  # a focus that would stay behind
        "Nun will selbst die CDU den Antrag unterstützen.",
        "Deshalb will die Regierung (vorerst) keine neuen Schulden machen.",
    ):
        assert _unlinked(doubtful) is None, doubtful
    # nor where more than the link points back: reported speech, a possessive, "solch-"
    assert _unlinked("Dennoch wiege das Verschulden schwer.") is None
    assert _unlinked("Nun hat die Stadt entschieden, seinen Vertrag zu kündigen.") is None
    assert _unlinked("Zudem will der Kantonsrat ein solches Verbot prüfen.") is None
    # a body's name ends in its head noun
    assert _unlinked("Nun hat der Grosse Rat am Mittwoch entschieden.") == "Der Grosse Rat hat am Mittwoch entschieden."
    # an honour's reason that points back goes too; not what a sum was spent on
    assert _unlinked("Für diese Arbeit erhält die Übersetzerin Irmgard Stallbaum am Sonntag den Oderbrücken-Preis.") == (
        "Die Übersetzerin Irmgard Stallbaum erhält am Sonntag den Oderbrücken-Preis."
    )
    for kept in (
        "Für diese Summe hat die Stadt einen neuen Bus gekauft.",
        "Für diesen Monat bekommen die Rentner eine Sonderzahlung von 300 Euro.",
        "Für die Arbeit mit Jens Weber erhält die Übersetzerin Irmgard Stallbaum den Preis.",
        "Für diese Arbeit könnte Anna Berg den Preis erhalten, wenn die Jury zustimmt.",
    ):
        assert _unlinked(kept) is None, kept


def test_an_age_before_a_full_name_is_no_person_known_from_before() -> None:
    assert not refers_back("Die 41-jährige Glaziologin Mirjam Caduff erhält am Freitag in Bern den Prix Glacier.")
    assert refers_back("Die 41-jährige Glaziologin erhält am Freitag in Bern den Prix Glacier.")
    assert refers_back("Der 34-Jährige wurde am Montag verurteilt.")
    assert refers_back("Die 63-Jährige traf Anna Berg am Montag in Bern.")  # the age is the noun, the name its object


def test_one_more_points_back_only_where_it_opens_the_sentence() -> None:
    assert refers_back("Ein weiteres Ergebnis der Studie überrascht die Forschenden.")
    # an agency lead may say that there is one more ("eine weitere Unterkunft"): it is the news
    assert not refers_back("Der Kanton St. Gallen eröffnet im Juni eine weitere Unterkunft für Asylsuchende.")
    assert _unlinked("Die Landesregierung hat beschlossen, das Modell weiterzuführen.") is None


def test_a_sentence_with_a_linking_vorfeld_stands_alone_and_keeps_the_link_after_its_antecedent() -> None:
    text = (
        "Die Gemeinde Hollbach sucht seit drei Jahren vergeblich einen Hausarzt. Zwei Ausschreibungen blieben "
        "ohne eine einzige Bewerbung, die Praxis am Marktplatz steht seit dem Frühjahr leer.\n\n"
        "Nun will die Gemeinde Hollbach selbst eine Praxis eröffnen und zwei Ärztinnen anstellen."
    )
    document = Document.from_text(text)
    candidates = document.content_sentences
    ranker = load_method("ranker", None)
    assert needs(candidates, drops_links=True)(2) == ()
    assert [join_pieces(v) for v in ranker.variants(candidates[2])] == [
        "Die Gemeinde Hollbach will selbst eine Praxis eröffnen und zwei Ärztinnen anstellen."
    ]
    # a method that keeps its words needs the sentence before
    assert needs(candidates, drops_links=False)(2) == (1,)
    # read right after the sentence before it, the teaser keeps "Nun"
    # under a tight budget the shorter forms keep the subject in front too
    school = (
        "Die Infektionszahlen im Bezirk Kreuzau steigen seit Wochen stark. Die Notbetreuung bleibt geöffnet.\n\n"
        "Nun hat die Landesregierung beschlossen, die Schulen zu schließen, nachdem die Zahl der Neuinfektionen am "
        "Wochenende auf über 400 gestiegen war."
    )
    assert kurz.summarize(school, max_words=10).text == "Die Landesregierung hat beschlossen, die Schulen zu schließen."
    teaser = kurz.summarize(text, max_words=40).text
    assert teaser.endswith("leer. Nun will die Gemeinde Hollbach selbst eine Praxis eröffnen und zwei Ärztinnen anstellen.")


def test_speech_needs_its_speaker() -> None:
    assert unattributed("„Das ist ein schwarzer Tag für die Stadt“, hieß es.") is False
    assert unattributed("„Das ist ein schwarzer Tag für die Stadt.“")
    assert unattributed("Die Reform sei gescheitert.")
    assert not unattributed("Die Reform sei gescheitert, sagte die Ministerin.")
    assert not unattributed("Laut Polizei sei niemand verletzt worden.")
    assert not unattributed("Die Reform sei, so die Ministerin, gescheitert.")
    assert not needs_speaker("Die Grünen nennen das Projekt „Kinder-Uni“.")  # a quoted term, not speech
    assert not needs_speaker("Ich habe das nicht gewusst.")  # first person: not reported speech
    assert has_speaker("Bürgermeisterin Huber: „Wir bauen die Brücke neu.“")
    # a noun that ends a phrase before the colon is no speaker
    assert unattributed(
        "Die Räume werden täglich gereinigt, die Fenster einmal in der Woche: „Das ist bei uns seit Jahren so üblich.“"
    )


def test_a_surname_or_a_definite_description_needs_its_introduction() -> None:
    texts = [
        "Die Stadträtin Maria Huber hat am Montag einen Plan vorgestellt.",
        "Huber sagte, der Plan sei gut.",
        "Ein Bus ist in Graz verunglückt.",
        "Der Bus war voll besetzt.",
        "Maria Huber bleibt im Amt.",
        "Die Bank verlor Geld, sagte Huber.",
    ]
    assert introduced_by(texts) == [set(), {0}, set(), {2}, set(), {0}]
    assert introduced_by(["Das Forum Waffenrecht (FWR) reagierte bestürzt.", "Das FWR fordert Aufklärung."]) == [set(), {0}]
    # a compound names what the article introduced by its last part
    assert introduced_by(["Die Redaktion hat ein Interview geführt.", "Das ERP-Interview liefert Einblicke."]) == [set(), {0}]
    # a speaker by a pronoun or an age needs the last sentence that named a person, not only the one before
    scene = [
        "In der Backstube in Linz steht Anna Moser am Ofen.",
        "Es riecht nach Sauerteig, das Blech ist heiß.",
        "„Das Brot muss ruhen“, sagt die 63-Jährige.",
        "«Wir schliessen im Sommer», sagt sie und lacht.",
    ]
    assert introduced_by(scene) == [set(), set(), {0}, {0}]
    # a double first name joined by a hyphen, and a first name from abroad, introduce their surnames too
    club = [
        "Der Verein dankte Hans-Jörg Wiesner, Sous-Chef Dario Lenti und Liftwart Ruedi Amsler.",
        "Wiesner bleibt Ehrenmitglied.",
        "Lenti kocht.",
        "Amsler fährt.",
    ]
    assert introduced_by(club) == [set(), {0}, {0}, {0}]
    # a surname is a whole word ("Koch", not "Kochbuch"); a speaker named in full needs nobody
    kitchen = ["Gestern kochte Peter Koch.", "Die Kochbuch-Messe beginnt.", "«Wir sind bereit», sagt er."]
    assert introduced_by(kitchen) == [set(), set(), {0}]
    assert introduced_by(["Anna Moser leitet das Spital.", "«Ich bin müde», sagt die 41-jährige Maria Berger."]) == [set(), set()]
    # a name in the genitive introduces its surname ("Theresa Wimmers Roman", then "Wimmer, 1979 geboren, …")
    novel = ["Theresa Wimmers Roman erscheint im März.", "Er spielt im Weinviertel.", "Wimmer, 1979 geboren, lebt in Wien."]
    assert introduced_by(novel) == [set(), set(), {0}]


def introduced_by(texts: list[str]) -> list[set[int]]:
    introductions = Introductions(texts)
    return [introductions.introducers(text, i) for i, text in enumerate(texts)]


ARTICLE = (
    "Der Grazer Gemeinderat hat am Dienstag eine Erhöhung der Parkgebühren beschlossen. "
    "Eine Stunde Parken in der Innenstadt kostet ab März drei statt 2,40 Euro. "
    "Die Stadträtin Maria Huber verteidigte den Beschluss. "
    "„Wir brauchen das Geld für den öffentlichen Verkehr“, sagte Huber. "
    "Doch die Opposition kündigte eine Klage an. "
    "Dort will man bis zum Verfassungsgerichtshof gehen."
)


def test_the_checks_find_each_defect_and_pass_a_clean_teaser() -> None:
    document = kurz.Document.from_text(ARTICLE)
    kinds = lambda teaser, budget=None: [d.kind for d in editorial.check(teaser, document, budget)]  # noqa: E731
    assert kinds("Der Grazer Gemeinderat hat am Dienstag eine Erhöhung der Parkgebühren beschlossen.") == []
    assert kinds("Doch die Opposition kündigte eine Klage an.") == ["points_back"]
    assert kinds("„Wir brauchen das Geld für den öffentlichen Verkehr.“") == ["unattributed"]
    assert kinds("Huber verteidigte die Reform.") == ["unintroduced"]
    assert kinds("Die Stadträtin Maria Huber verteidigte die Reform. Huber sprach von Notwendigkeit.") == []
    assert kinds("Der Grazer Gemeinderat hat am Dienstag eine Erhöhung der Parkgebühren beschlossen.", Budget(max_chars=40)) == [
        "over_budget"
    ]
    assert kinds("Lesen Sie auch: Parken in Wien") == ["furniture"]
    # an extractive sentence pointing back is fine right after the sentence it points to
    assert kinds("Doch die Opposition kündigte eine Klage an. Dort will man bis zum Verfassungsgerichtshof gehen.") == [
        "points_back"
    ]


@pytest.mark.parametrize("method", [m for m in method_names() if m != "lead"])
@pytest.mark.parametrize("length", [{}, {"sentences": 1}, {"sentences": 2, "max_words": 60}, {"max_chars": 160}])
def test_no_method_teaser_points_back_or_loses_a_speaker(method: str, length: dict) -> None:
    result = kurz.summarize(ARTICLE, method=method, **length)
    found = {d.kind for d in editorial.check(result.text, result.document)}
    assert not found & {"points_back", "unattributed", "unintroduced"}, (result.text, found)


def test_after_an_apposition_only_a_link_to_another_sentence_points_back() -> None:
    assert not refers_back("Anna Berg, die neue Leiterin des Museums in Linz, will die dortigen Räume umbauen.")
    assert not refers_back(
        "Peter Huber, der frühere Trainer, kann mit der Unterstützung des von ihm gegründeten Vereins rechnen."
    )
    assert refers_back("Das Mittel, ein weit verbreitetes Herbizid, wird darin als bedenklich eingestuft.")


def test_a_short_form_whose_introduction_comes_later_is_not_unintroduced() -> None:
    text = (
        "Huber hat den Betrieb in Graz verkauft. Der Betrieb beschäftigt 40 Menschen. Gegründet hat ihn Karl Huber im Jahr 1980."
    )
    document = kurz.Document.from_text(text)
    assert [d.kind for d in editorial.check("Huber hat den Betrieb in Graz verkauft.", document)] == []
    assert [d.kind for d in editorial.check("Gegründet hat den Betrieb Huber im Jahr 1980.", document)] == ["unintroduced"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Gemeinderat von Hallstatt hat am Montag eine Gebühr von fünf Euro für Tagesgäste beschlossen. "
        "Wird das die Massen wirklich bremsen? Bürgermeister Peter Moser hofft auf rund 20 Prozent weniger Busse. "
        "Die Gebühr gilt ab dem 1. Mai für alle Besucher, die mit dem Bus anreisen.",
        # a sentence that needs the question before it does not bring it in either
        "Die Stadt Linz hat ihr Budget für 2027 beschlossen. Es sieht Ausgaben von 1,2 Milliarden Euro vor. "
        "Doch wie soll das alles bezahlt werden? Die Opposition stimmte dagegen.",
    ],
)
def test_no_question_follows_the_news_in_a_teaser(text: str) -> None:
    teaser = kurz.summarize(text).text
    assert teaser.startswith(text.split(". ")[0]) and "?" not in teaser


def test_a_question_is_no_later_sentence_of_the_first_group_either() -> None:
    # the answer the headline quotes needs the interviewer's question before it, and that the sentence before it:
    # a question after the first sentence, so the group is not used and the lead leads
    text = (
        "Das Spital Seewald schliesst per Ende Juni seine Geburtenabteilung. In der Region hat der Entscheid heftige "
        "Reaktionen ausgelöst. Spitaldirektorin Anna Keller erklärt, warum sie keine Alternative sieht.\n\n"
        "Frau Keller, ab Juli kommen in Seewald keine Kinder mehr zur Welt. Verstehen Sie die Empörung?\n\n"
        "Anna Keller: Absolut. Viele Menschen hier sind selbst in diesem Haus geboren. Dass das nun endet, tut weh – "
        "auch mir.\n\nWarum dann die Schliessung?\n\n"
        "Weil wir die Sicherheit nicht mehr garantieren können. Wir hatten im letzten Jahr 240 Geburten."
    )
    teaser = kurz.summarize(text, "«Wir können die Sicherheit nicht mehr garantieren»").text
    assert teaser.startswith("Das Spital Seewald schliesst per Ende Juni") and "?" not in teaser


def test_a_list_after_a_colon_does_not_say_who_the_pronoun_is() -> None:
    # "er" before a colon may stand for whom the clause after it names, not for a thing a list describes
    assert refers_back(
        "Er schwebt als Projektion über einem Festzelt: Bierbänke in langen Reihen, eine Blaskapelle, die Schlager "
        "covert, ein Autodrom aus Glühbirnen."
    )
    assert not refers_back("Im Halbfinale ist er noch gestolpert, im Finale lief alles: Usain Bolt hat Gold gewonnen.")
    # a name or an indefinite noun opening what follows the colon says who it is, with or without a verb
    assert not refers_back("Er ist der schnellste Mann der Welt: Usain Bolt.")
    # a list after a plural "sie" says who they are; a clause after "es" may name it anywhere
    assert not refers_back(
        "Im Stiegenhaus stehen sie bis hinunter zur Haustür: Studentinnen mit Mappen, ein junges Paar, ein Pensionist."
    )
    assert not refers_back("Es soll ein großer Wurf werden: Das ZDF startet mit einer fünfteiligen Serie ins neue Jahr.")
    # a list after "er" or a singular "sie" says who only where its first member names someone
    assert refers_back("Er schwebt über einem Festzelt: Bierbänke, 20 Tische, eine Blaskapelle und ein Autodrom.")
    assert refers_back("Er schwebt über einem Festzelt: Bierbänke, Anna Berger am Zapfhahn, eine Blaskapelle.")
    assert refers_back("Jeden Sommer organisiert sie das Dorffest: Bierbänke, eine Blaskapelle, ein Festzelt.")
    assert refers_back("Er kam 2019 in die Schweiz: Ein Land, das er zuvor nie gesehen hatte.")
    assert not refers_back("Sie ist die neue Chefin der Feuerwehr: Anna Berger aus Obertal.")
    assert not refers_back("Er hat es geschafft: Als erster Schweizer gewinnt Marco Odermatt die Abfahrt in Kitzbühel.")


def test_an_idea_needs_to_say_which() -> None:
    assert refers_back("Die Idee trägt erstaunlich weit.")
    # the clause after the comma says which idea or demand
    assert not refers_back("Die Idee, Pellets aus Laub zu pressen, könnte eine Möglichkeit sein.")
    assert not refers_back("Die Forderung, dass die Gebühren sinken, stößt im Gemeinderat auf Kritik.")
    # an inserted clause of condition or reason does not say which
    assert refers_back("Die Forderung, wenn man sie ernst nimmt, würde Milliarden kosten.")
    assert refers_back("Die Idee, weil sie so einfach ist, überzeugt viele.")
    assert not refers_back("Die Forderung, den Parkplatz aufzuheben, stößt im Gemeinderat auf Kritik.")


def test_a_ruling_named_as_known_comes_with_the_sentence_that_tells_it() -> None:
    text = (
        "Das Landesgericht Wels hat einen 52-jährigen Kassier am Dienstag wegen Untreue zu zwei Jahren Haft verurteilt. "
        "Der Mann hatte über Jahre Geld aus der Vereinskasse genommen. Er zeigte sich reumütig. "
        "Das Urteil ist nicht rechtskräftig."
    )
    candidates = Document.from_text(text).content_sentences
    assert needs(candidates)(3) == (0,)
    # without a sentence that tells the ruling, "Das Urteil …" cannot stand in a teaser
    untold = Document.from_text(text.split(". ", 1)[1]).content_sentences
    assert needs(untold)(2) is None
    # an acquittal tells the ruling too; a ruling expected does not
    acquitted = Document.from_text(
        "Im Prozess gegen einen Kassier wird am Dienstag das Urteil erwartet. Er soll Geld genommen haben. "
        "Das Landesgericht sprach ihn am Nachmittag frei. Das Urteil ist nicht rechtskräftig."
    ).content_sentences
    assert needs(acquitted)(3) == (2,)
    # the sentence that gives the ruling, or says it is put off, is no reference to a known ruling
    given = Document.from_text(
        "Das Urteil fiel am Dienstag: Der 52-jährige Kassier muss wegen Untreue für zwei Jahre in Haft. "
        "Das Urteil über den Mitangeklagten wurde auf Freitag vertagt."
    ).content_sentences
    assert needs(given)(0) == () and needs(given)(1) == ()
    # words between "Das Urteil" and "rechtskräftig"; a ban "verhängt" or a "frei erfundene" charge tells no ruling
    for between in ("Das Urteil ist allerdings noch nicht rechtskräftig.", "Das Urteil gegen ihn ist nicht rechtskräftig."):
        told = Document.from_text(text.replace("Das Urteil ist nicht rechtskräftig.", between)).content_sentences
        assert 0 in (needs(told)(3) or ())
    for other in (
        "Zuvor hatte die Stadt ein Demonstrationsverbot verhängt.",
        "Sein Anwalt sprach von frei erfundenen Vorwürfen.",
    ):
        misread = Document.from_text(text.replace("Er zeigte sich reumütig.", other)).content_sentences
        assert needs(misread)(3) == (0,)


def test_a_possessive_after_a_preposition_points_nowhere() -> None:
    assert not refers_back("Acht Rennen hat Lena Hofer für ihr neues Team bestritten.")
