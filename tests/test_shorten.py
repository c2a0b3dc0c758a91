"""Compression for a hard character budget (kurz.methods.shorten): what it may delete, one rule at a time, on
sentences written for these tests; and the push set (tests/data/push_set.jsonl)."""

from __future__ import annotations

import pytest
from conftest import DATA, load_jsonl

import kurz
from kurz import Document
from kurz.document import Span
from kurz.methods import compress
from kurz.methods.shorten import announced, compressions
from kurz.summary import is_reordered, join_pieces
from kurz.text.syntax import analyse, tokenize

PUSH_SET = load_jsonl(DATA / "push_set.jsonl")


def forms(text: str) -> list[str]:
    """Every compression of the text's one sentence, checked to be the article's own words at their offsets."""
    document = Document.from_text(text)
    found = compressions(document.content_sentences[0])
    for pieces in found:
        assert all(document.text[p.start : p.end] == p.text for p in pieces)
    return [join_pieces(pieces) for pieces in found]


def test_the_push_set_is_written_for_kurz_and_its_pushes_fit() -> None:
    assert len(PUSH_SET) >= 40 and len({r["id"] for r in PUSH_SET}) == len(PUSH_SET)
    assert all(len(r["push"]) <= 120 for r in PUSH_SET)
    assert sum(r["source"] != "web" for r in PUSH_SET) >= 24


def test_adjuncts_go_in_order_and_the_shortest_is_the_editors_push() -> None:
    found = forms(
        "Der Gemeinderat hat am Dienstag mit den Stimmen von KPÖ und SPÖ eine Erhöhung der Parkgebühren beschlossen, "
        "die eine Stunde Parken ab März von 2,40 auf drei Euro verteuert."
    )
    assert (
        found[0] == "Der Gemeinderat hat am Dienstag mit den Stimmen von KPÖ und SPÖ eine Erhöhung der Parkgebühren beschlossen."
    )
    assert found[-1] == "Der Gemeinderat hat eine Erhöhung der Parkgebühren beschlossen."
    assert [len(f) for f in found] == sorted((len(f) for f in found), reverse=True)


def test_negation_and_everything_in_its_scope_stay() -> None:
    found = forms("Der Landtag wird nach einer langen Debatte im kommenden Jahr nicht mehr über das Gesetz zur Pflege abstimmen.")
    assert found and all("nicht mehr über das Gesetz zur Pflege abstimmen" in f for f in found)
    # the time the negation holds for stays with it: "nicht mehr" alone would claim more
    assert found[-1] == "Der Landtag wird im kommenden Jahr nicht mehr über das Gesetz zur Pflege abstimmen."


def test_a_number_keeps_its_unit() -> None:
    found = forms("Die Stadt hat am Montag nach langer Debatte den Preis von 2,40 auf drei Euro für eine Stunde erhöht.")
    assert found and all(("2,40" in f) == ("drei Euro" in f) for f in found)
    found = forms(
        "Der Konzern hat im dritten Quartal wegen hoher Preise seinen Umsatz um 12 Prozent auf 4,1 Milliarden Euro gesteigert."
    )
    assert all("4,1 Milliarden Euro" in f for f in found)


def test_subject_finite_verb_and_closest_complement_stay() -> None:
    found = forms(
        "Die Diakonie hat am Montag in Hannover vor einem massiven Mangel an Pflegekräften in den ländlichen Regionen gewarnt."
    )
    assert found[-1] == "Die Diakonie hat vor einem massiven Mangel an Pflegekräften gewarnt."
    found = forms("Nach langen Gesprächen in Moskau ist die Außenministerin am Dienstag mit Präsident Putin zusammengetroffen.")
    assert all("mit Präsident Putin zusammengetroffen" in f for f in found)


def test_the_speaker_of_reported_speech_and_of_an_attribution_stays() -> None:
    found = forms(
        "Die Regierung werde die Steuern nach Angaben des Ministeriums im kommenden Jahr deutlich senken, sagte "
        "Kanzler Karl Huber am Montag nach dem Ministerrat in Wien."
    )
    speaker = (", sagte Kanzler Karl Huber.", ", sagte Kanzler Huber.")  # the first name may go as a last resort
    assert found and all(f.endswith(speaker) and "nach Angaben des Ministeriums" in f for f in found)
    found = forms("Die Messe hat einen neuen Besucherrekord erzielt, teilte die Leitung am Sonntag zum Abschluss der Messe mit.")
    assert found[-1] == "Die Messe hat einen neuen Besucherrekord erzielt, teilte die Leitung mit."
    # an announcement after an indicative clause ("wie X mitteilte") may go: the clause is the outlet's own
    found = forms(
        "Die Zahl der Arbeitslosen ist im Oktober um 7,8 Prozent gestiegen, wie das Arbeitsmarktservice am Montag bekanntgab."
    )
    assert found[0] == "Die Zahl der Arbeitslosen ist im Oktober um 7,8 Prozent gestiegen."


def test_agreement_a_coordinated_subject_moves_whole() -> None:
    found = forms(
        "Im Streit um die Finanzierung der Kliniken haben sich Bund und Länder am Montag nach langen Verhandlungen in "
        "Berlin auf einen gemeinsamen Fonds geeinigt."
    )
    assert found[-1] == "Bund und Länder haben sich auf einen gemeinsamen Fonds geeinigt."
    assert all("Bund und Länder haben" in f or "haben sich Bund und Länder" in f for f in found)


def test_the_condition_of_a_conditional_stays() -> None:
    found = forms("Wenn der Pegel weiter steigt, muss die Feuerwehr in der Nacht zum Sonntag die Altstadt vollständig räumen.")
    assert found and all(f.startswith("Wenn der Pegel weiter steigt, muss die Feuerwehr") for f in found)
    found = forms(
        "Der Zulieferer Magna will wegen der schwachen Nachfrage bis Ende 2026 rund 500 Stellen abbauen, wenn die Gewerkschaft zustimmt."
    )
    assert found and all(f.endswith(", wenn die Gewerkschaft zustimmt.") for f in found)


def test_a_new_vorfeld_the_subject_moves_to_the_front_with_its_offsets() -> None:
    text = (
        "Vor dem Hintergrund der wachsenden Spannungen auf der koreanischen Halbinsel ist Nordkoreas Außenministerin "
        "Choe Son Hui am Dienstag in Moskau mit Präsident Wladimir Putin zusammengetroffen."
    )
    document = Document.from_text(text)
    reordered = [c for c in compressions(document.content_sentences[0]) if is_reordered(c)]
    editors = "Nordkoreas Außenministerin Choe Son Hui ist mit Präsident Wladimir Putin zusammengetroffen."
    assert editors in [join_pieces(r) for r in reordered]
    assert all([p.text for p in r][1] == "ist" for r in reordered)
    assert [p.text for p in reordered[0]][0] == "Nordkoreas Außenministerin Choe Son Hui"


def test_a_moved_article_is_capitalised_in_the_text_only() -> None:
    text = "Am Mittwoch hat das Parlament in Straßburg ein Gesetz zum Schutz der Wälder beschlossen."
    document = Document.from_text(text)
    moved = next(c for c in compressions(document.content_sentences[0]) if is_reordered(c))
    assert moved[0] == Span(16, 29, "das Parlament")
    assert join_pieces(moved).startswith("Das Parlament hat")


def test_a_pronoun_subject_never_opens_a_push() -> None:
    text = "Am Montag hat er in Wien nach einem Treffen mit den Landeshauptleuten eine Reform der Pflege angekündigt."
    clause = analyse(tokenize(text))
    assert clause is not None and clause.subject is not None and clause.tokens[clause.subject.start].text == "er"
    assert not any(f.startswith(("Er ", "Eine Reform")) for f in forms(text))


@pytest.mark.parametrize("row", PUSH_SET, ids=[r["id"] for r in PUSH_SET])
def test_every_compression_of_a_push_set_lead_passes_the_fact_guard(row: dict) -> None:
    for form in forms(row["text"]):
        verdict = kurz.guard(form, row["text"])
        assert verdict.accepted, (form, [r.message for r in verdict.reasons])


def test_examples_after_a_noun_go_and_an_amount_only_as_a_last_resort() -> None:
    found = forms("Die Regierung will die Steuer auf Heizstoffe wie Öl, Gas und Holz im kommenden Winter aussetzen.")
    assert found[-1] == "Die Regierung will die Steuer auf Heizstoffe aussetzen."
    found = forms("Die Wähler haben am Sonntag eine Initiative für einen Mindestlohn von 24 Franken pro Stunde angenommen.")
    assert found[-2] == "Die Wähler haben eine Initiative für einen Mindestlohn von 24 Franken pro Stunde angenommen."
    assert found[-1] == "Die Wähler haben eine Initiative für einen Mindestlohn angenommen."


def test_a_named_persons_origin_goes_last_and_a_role_alone_keeps_it() -> None:
    found = forms("Bayerns Innenminister Karl Huber hat am Montag ein Verbot von Böllern in Altstädten gefordert.")
    assert found[-3:] == [
        "Innenminister Karl Huber hat ein Verbot von Böllern in Altstädten gefordert.",
        "Innenminister Huber hat ein Verbot von Böllern in Altstädten gefordert.",
        # the last resort: the full name alone, its first name back
        "Karl Huber hat ein Verbot von Böllern in Altstädten gefordert.",
    ]
    # with an article the role stays: "Der Karl Huber" is no written German
    found = forms("Der Innenminister Karl Huber hat am Montag ein Verbot von Böllern in Altstädten gefordert.")
    assert all(f.startswith("Der Innenminister") for f in found)
    assert all(f.startswith("Bayerns") for f in forms("Bayerns Innenminister hat am Montag ein Verbot von Böllern gefordert."))
    # an adjective of origin goes the same way, after everything else
    found = forms(
        "Der slowakische Verkehrsminister Horvath ist am Sonntag in Bratislava von Bürgern mit Tomaten beworfen worden."
    )
    assert found[-1] == "Der Verkehrsminister Horvath ist mit Tomaten beworfen worden."
    assert all("slowakische" in f for f in found[:-1]), found


def test_a_second_sentence_after_a_colon_goes_unless_the_first_announces_it() -> None:
    found = forms("Die Landespartei hat am Montag ihrem Chef den Rücken gestärkt: Er soll das sichere Ressort erhalten.")
    assert found[-1] == "Die Landespartei hat ihrem Chef den Rücken gestärkt."
    assert all("Ressort" in f for f in forms("Eines steht jetzt fest: Der Chef soll am Montag das sichere Ressort erhalten."))


def test_what_a_bare_decision_announces_after_its_colon_stands_alone() -> None:
    decided = "Der Grosse Rat hat am Mittwoch entschieden: Der Kanton Basel-Stadt unterstützt die vier Rheinfähren bis 2030 mit jährlich 240'000 Franken."
    found = forms(decided)
    assert "Der Kanton Basel-Stadt unterstützt die vier Rheinfähren bis 2030 mit jährlich 240'000 Franken." in found
    assert not any(f.endswith("entschieden.") for f in found)
    # not where the decision is denied, hedged by whose word it is, or asked
    for kept in (
        "Der Gemeinderat hat am Montagabend noch nicht entschieden: Das Hallenbad wird saniert oder durch einen Neubau ersetzt.",
        "Der Gemeinderat hat laut seinem Präsidenten am Montagabend entschieden: Das Hallenbad an der Bahnhofstrasse wird saniert.",
    ):
        assert all(f.startswith("Der Gemeinderat hat") for f in forms(kept)), kept
    # a decision with its own object says what it decided; the colon only goes on
    named = "Mit 68 von 120 Stimmen hat der Landtag eine Änderung des Schulgesetzes beschlossen: Kleine Grundschulen dürfen mit zwölf Kindern pro Klasse weitergeführt werden."
    assert "Der Landtag hat eine Änderung des Schulgesetzes beschlossen." in forms(named)


def test_a_decision_keeps_who_decided_while_it_fits_then_says_what_was_decided() -> None:
    head = "Am Dienstagabend hat der Stadtrat nun entschieden: Das Stadtarchiv zieht bis 2027 in das frühere Zollamt."
    found = forms(head)
    assert found[0] == "Der Stadtrat hat nun entschieden: Das Stadtarchiv zieht bis 2027 in das frühere Zollamt."
    assert "Der Stadtrat hat nun entschieden." not in found  # never the decision without what was decided
    assert found[-1] == "Das Stadtarchiv zieht in das frühere Zollamt."


def test_a_bound_stays_with_what_it_bounds_and_a_degree_with_its_subject() -> None:
    # "seit mehr | als sechzig Jahren" was read as two phrases, and a cut left "erstmals als sechzig Jahren"
    assert all(
        "als sechzig" not in f or "seit mehr als sechzig" in f
        for f in forms(
            "In der Gemeinde Auenried brütet erstmals seit mehr als sechzig Jahren wieder ein Storchenpaar auf dem alten Schornstein."
        )
    )
    # "bis zu zehnmal so viele Besucher": the subject does not move away from its degree
    crowded = forms("An einem gewöhnlichen Dienstag schieben sich bis zu zehnmal so viele Besucher durch die engen Gassen.")
    assert not any(f.startswith("Viele Besucher") for f in crowded)


def test_a_counted_time_with_its_article_takes_no_noun_after_it() -> None:
    # "in den kommenden vier Jahren | Gräben": the noun is the passive's subject, not what the time measures
    found = forms("Auf 420 Hektar im Moor werden in den kommenden vier Jahren Gräben verschlossen und Wehre gebaut.")
    assert all("Gräben" in f for f in found)
    # but "während der drei Wochen Ferien" is one time
    assert all(
        "Ferien" not in f or "Wochen Ferien" in f
        for f in forms("Die Familie fährt während der drei Wochen Ferien an den Gardasee.")
    )


def test_an_amount_that_a_later_davon_counts_from_stays() -> None:
    found = forms(
        "Das Bezirksgericht Baden sprach am Donnerstag eine Freiheitsstrafe von 30 Monaten aus, zwölf davon muss der Mann absitzen."
    )
    assert all("von 30 Monaten" in f for f in found)
    # the second sentence after the comma may go as a whole
    assert "Das Bezirksgericht Baden sprach eine Freiheitsstrafe von 30 Monaten aus." in found
    assert "Das Gericht verurteilte den Mann zu einer Freiheitsstrafe von 30 Monaten." in forms(
        "Das Gericht verurteilte den Mann am Montag zu einer Freiheitsstrafe von 30 Monaten, 12 davon muss er absitzen."
    )  # digits too
    # not what turns the first clause, completes a verb of saying, or answers "je"
    for whole in (
        "Die Stadt hat 2005 noch 58000 Einwohner gezählt, heute sind es knapp 39000.",
        "Ein Sprecher des Konzerns hat gesagt, man habe die Stellen im Sommer streichen müssen.",
        "Je länger der Streik dauert, desto höher werden die Kosten für die Firma.",
        "Die Regierung wollte die Steuer senken, das Parlament hat den Vorschlag jedoch abgelehnt.",
    ):
        assert all("," in f for f in forms(whole)), whole
    # not what completes "nicht nur" or a verb of saying
    assert not any(
        f.endswith("gescheitert.")
        for f in forms("Der Gipfel in Wien ist am Mittwoch nicht nur gescheitert, er hat auch zu einem Zerwürfnis geführt.")
    )


def test_a_time_measured_from_an_event_goes_whole_or_not_at_all() -> None:
    found = forms("Drei Jahre nach dem Brand in der Altstadt ist das Rathaus am Samstag feierlich wiedereröffnet worden.")
    assert all(f.startswith(("Drei Jahre nach dem Brand", "Das Rathaus")) for f in found)
    assert found[-1] == "Das Rathaus ist feierlich wiedereröffnet worden."


def test_a_label_before_a_dash_inside_the_body_is_not_part_of_the_push() -> None:
    document = Document.from_text(
        "Ein Gipfel mit vielen Fragen.\n\nGenf – In der Debatte um Zölle auf Stahl hat sich der Handelskommissar am "
        "Dienstag gegen Vorwürfe aus Washington verteidigt."
    )
    sentence = next(s for s in document.content_sentences if "Genf" in s.text)
    found = [join_pieces(p) for p in compressions(sentence)]
    assert found and not any("Genf" in f for f in found)
    assert "Der Handelskommissar hat sich gegen Vorwürfe aus Washington verteidigt." in found


def test_a_subject_moves_to_the_front_with_its_relative_clause() -> None:
    found = forms(
        "Nach einer langen Pause hatten die Gastgeber, die zuvor fünf Spiele verloren hatten, die Partie im Griff behalten."
    )
    assert found[0] == "Die Gastgeber, die zuvor fünf Spiele verloren hatten, hatten die Partie im Griff behalten."
    assert found[-1] == "Die Gastgeber hatten die Partie im Griff behalten."


def test_a_place_by_its_preposition_goes_and_the_complement_stays() -> None:
    found = forms("Die Krise hat zeitweise zu einer Dominanz der Regierung innerhalb des Parlaments geführt.")
    assert found[-1] == "Die Krise hat zeitweise zu einer Dominanz der Regierung geführt."


def test_a_list_of_indefinite_phrases_goes_whole_or_stays() -> None:
    found = forms(
        "Die Stadt hat am Montag einen Turm mit einer Höhe von 80 Metern, einer Breite von 20 Metern und einer "
        "Fläche von 400 Quadratmetern eröffnet."
    )
    assert found[-1] == "Die Stadt hat einen Turm eröffnet."
    assert all(", einer Breite" in f or "Höhe" not in f for f in found)


def test_an_infinitive_the_verb_needs_stays() -> None:
    found = forms("Der Konzern Tencent hat sich am Montag zum Ziel gesetzt, das Gesundheitswesen im Land zu erneuern.")
    assert found and all(f.endswith("das Gesundheitswesen im Land zu erneuern.") for f in found)


def test_inside_that_infinitive_a_time_goes_but_not_after_als() -> None:
    found = forms("Innenminister Huber hat die Polizei angewiesen, bei Demonstrationen künftig schneller einzuschreiten.")
    assert found[-1] == "Innenminister Huber hat die Polizei angewiesen, bei Demonstrationen schneller einzuschreiten."
    found = forms("Die Firma Acme hat ein Verfahren entwickelt, alte Akkus effizienter als bisher zu recyceln.")
    assert all("als bisher zu recyceln" in f for f in found)


def test_a_relative_clause_goes_with_the_source_inside_it() -> None:
    found = forms(
        "Die Diakonie hat am Montag vor einem Mangel an Pflegekräften gewarnt, der nach ihren Angaben schon im Winter "
        "zu Engpässen führen könnte."
    )
    assert found[-1] == "Die Diakonie hat vor einem Mangel an Pflegekräften gewarnt."
    text = "Die Diakonie hat vor einem Mangel an Pflegekräften gewarnt, der nach ihren Angaben zu Engpässen führen könnte."
    assert kurz.guard(found[-1], text).accepted
    assert not kurz.guard("Der Mangel könnte zu Engpässen führen.", text).accepted  # the clause's claim keeps its source


def test_only_what_surely_hangs_on_the_subject_moves_with_it() -> None:
    assert forms("In Budapest haben Tausende Ungarn gegen die Reform protestiert.")[-1] == (
        "Tausende Ungarn haben gegen die Reform protestiert."
    )
    found = forms("Am Montag haben Forscher des Instituts für Plasmaphysik ein Plasma erzeugt.")
    assert "Forscher des Instituts für Plasmaphysik haben ein Plasma erzeugt." in found
    assert not any("haben für" in f for f in found)


def test_a_time_after_a_preposition_is_one_phrase_and_goes_with_the_place_it_hangs_on() -> None:
    found = forms("Der Bischof hat am Sonntag eine Synode zur Lage der Familie in Kirche und Welt von heute eröffnet.")
    assert "Der Bischof hat eine Synode zur Lage der Familie eröffnet." in found
    assert all(("heute" in f) == ("Welt von heute" in f) and "von eröffnet" not in f for f in found)


def test_a_noun_phrase_after_und_is_no_second_verb_phrase() -> None:
    found = forms("In der Stadt übernehmen öffentliche Plätze und städtebaulich intakte Quartiere eine wichtige Rolle.")
    assert all(f.endswith("städtebaulich intakte Quartiere eine wichtige Rolle.") for f in found)


def test_a_definite_subject_keeps_the_attribute_that_says_which_one() -> None:
    found = forms("Der Vertrag zwischen Wien und Bratislava über die Unterbringung von Flüchtlingen wurde im Juli unterzeichnet.")
    assert found and all(f.startswith("Der Vertrag zwischen Wien und Bratislava") for f in found)
    found = forms("Die Firma Acme aus Wendeburg hat am Montag ein neues Verfahren zum Recycling von Akkus vorgestellt.")
    assert "Die Firma Acme hat ein neues Verfahren zum Recycling von Akkus vorgestellt." in found


def test_an_adverb_in_s_is_no_verb() -> None:
    found = forms(
        "Seit dem Streit zwischen Verband und Liga einerseits sowie den Fans andererseits werden wieder Fackeln abgebrannt."
    )
    assert found and all("werden" in f and "einerseits werden" not in f for f in found)


def test_a_clause_with_its_own_subject_is_no_inserted_attribute() -> None:
    found = forms("Am besten ist, man holt sich einen Experten hinzu, der die Konflikte im Team von außen betrachtet.")
    assert not any(f.startswith("Am besten ist der") for f in found)


def test_a_year_after_a_preposition_ends_its_phrase() -> None:
    found = forms("Auf dem Gelände der Firma wurden seit 2009 illegal Kunststoffabfälle vergraben.")
    assert found and all(f.endswith("illegal Kunststoffabfälle vergraben.") for f in found)
    # after a hedge, the time is what it hedges: "vermutlich seit 2009" stays
    assert all("vermutlich seit 2009" in f for f in forms("Auf dem Gelände wurden vermutlich seit 2009 Abfälle vergraben."))


def test_the_phrase_an_infinitive_hangs_on_stays_with_it() -> None:
    found = forms(
        "In der Stadt bilden sich zunehmend lokale Initiativen mit dem Ziel, die Arbeit der – oft überlasteten – Polizei zu ergänzen."
    )
    assert all("mit dem Ziel, die Arbeit" in f for f in found)


def test_no_und_is_left_beside_a_deletion() -> None:
    found = forms("Der Manager arbeitete unter anderem für die Band und mit dem Sänger Eric Clapton zusammen.")
    assert not any(" und zusammen" in f or "Band und zusammen" in f for f in found)
    found = forms("Das Gericht hat über die Handelsfirma Acme und deren Tochter Beta eine hohe Geldbuße verhängt.")
    assert not any("hat und" in f for f in found)
    found = forms("Ein Erdbeben hat am Montag den Norden des Landes erschüttert und in mehreren Orten eine Warnung ausgelöst.")
    assert "Ein Erdbeben hat den Norden des Landes erschüttert und eine Warnung ausgelöst." in found


def test_a_source_before_zufolge_is_one_phrase() -> None:
    found = forms("Bei Kämpfen im Osten des Landes sind der Organisation Cepadho zufolge mindestens 30 Menschen getötet worden.")
    assert all("der Organisation Cepadho zufolge" in f for f in found)
    assert not any(f.startswith("Der Organisation") for f in found)


def test_wie_before_an_adverb_stays_with_the_verb() -> None:
    found = forms("Im Vorjahr wurde ein Plus von 1,5 Prozent wie schon zuvor für die Metallindustrie vereinbart.")
    assert not any("Prozent wie wurde" in f for f in found)


def test_the_phrase_that_says_which_one_stays_after_a_noun_with_its_article() -> None:
    found = forms("Im Zusammenhang mit dem Unglück auf der Autobahn gibt es Kritik an einem veröffentlichten Foto.")
    assert not any(f.startswith("Im Zusammenhang gibt") for f in found)
    found = forms("Bei einem Angriff auf die Hafenstadt sind nach Angaben der Behörden am Dienstag vier Menschen getötet worden.")
    assert "Bei einem Angriff sind nach Angaben der Behörden vier Menschen getötet worden." in found  # it introduces


def test_a_measure_a_counted_time_and_a_clause_a_negation_may_scope_over_stay() -> None:
    found = forms("Der Kardinal wird am Samstag 80 Jahre alt und tritt dann in den Ruhestand.")
    assert all("80 Jahre alt" in f for f in found)
    found = forms("Die Reisenden kommen nach fünf Umstiegen einen Tag später um 19 Uhr in Lissabon an.")
    assert all("einen Tag später" in f for f in found)
    found = forms("Das Rad soll laut Hersteller nicht gebaut worden sein, um Rennen zu fahren, sondern um sie zu gewinnen.")
    assert all(f.endswith("sondern um sie zu gewinnen.") for f in found)


def test_a_relative_clause_never_loses_the_noun_it_hangs_on() -> None:
    found = forms("Der Sitz ist ein aufblasbarer Kindersitz für Familien, die oft unterwegs sind oder Carsharing nutzen.")
    assert not any("Kindersitz die" in f or "Kindersitz, die" in f for f in found)


def test_the_object_a_verb_takes_with_its_preposition_stays() -> None:
    found = forms("Der Notenbankchef warnt am Montag vor einer Verzerrung des Wettbewerbs durch die steigenden Abgaben.")
    assert found and all("warnt vor einer Verzerrung" in f for f in found)
    found = forms("Ein Einspruch des Mautanbieters Acme sorgt am Montag in Deutschland für Aufregung.")
    assert found and all(f.endswith("für Aufregung.") for f in found)


def test_no_noun_phrase_is_torn() -> None:
    found = forms("Für die inzwischen auf Eis gelegte Maut hat der Minister bereits mehr als 600.000 Euro ausgegeben.")
    assert not any(f.startswith("Für die hat") for f in found)
    found = forms("Der Tausch der Anteile hat am Montag Sorgen vor einem Verlust systemrelevanter Infrastruktur befeuert.")
    assert not any("Sorgen systemrelevanter" in f for f in found)
    found = forms("Die Bischöfe treffen sich von Montag bis Mittwoch kommender Woche zu ihrer Vollversammlung in Mariazell.")
    assert not any("sich kommender Woche" in f for f in found)


def test_a_phrase_that_may_join_the_subjects_members_stays() -> None:
    found = forms("Praktische Solidarität mit den Opfern und Wahrhaftigkeit gegenüber dem Geschehen seien Grundlagen, sagte er.")
    assert not any(f.startswith("Praktische Solidarität seien") for f in found)


def test_no_dash_is_left_before_the_full_stop() -> None:
    found = forms("Das Management weihte am Montag die Skulptur des Künstlers Richard Wilson ein - und gab einen Ausblick.")
    assert "Das Management weihte die Skulptur des Künstlers Richard Wilson ein." in found


def test_a_first_name_after_a_role_and_an_abbreviation_after_its_name_go_last() -> None:
    found = forms(
        "Bildungsministerin Sonja Hammerschmid wünscht sich am Montag mehr Mittel für zusätzliche Förderkurse an Schulen."
    )
    assert found[-2].startswith("Bildungsministerin Hammerschmid wünscht sich")
    assert found[-1].startswith("Sonja Hammerschmid wünscht sich")  # the last resort: the full name alone
    assert not any(f.startswith("Sonja") or "Bildungsministerin Sonja wünscht" in f for f in found[:-1])
    found = forms("Die Weltgesundheitsorganisation WHO hat am Donnerstag den Ausbruch in Afrika zur Notlage erklärt.")
    assert found[-1] == "Die Weltgesundheitsorganisation hat den Ausbruch in Afrika zur Notlage erklärt."
    # first names of other languages, as news gives them (first_names_more.txt)
    found = forms("Der türkische Außenminister Mevlüt Demirel hat am Montag seinen Besuch in Wien abgesagt.")
    assert found[-2:] == [
        "Der türkische Außenminister Demirel hat seinen Besuch in Wien abgesagt.",
        "Der Außenminister Demirel hat seinen Besuch in Wien abgesagt.",  # the origin after it
    ]


def test_a_genitive_quantifier_is_no_verb() -> None:
    found = forms("Nach den Enthüllungen mehrerer Medien hat die Regierung des Landes ihre Kooperation zugesagt.")
    assert found[-1] == "Die Regierung des Landes hat ihre Kooperation zugesagt."


def test_no_form_when_no_verb_follows_an_insertion() -> None:
    assert forms("Zu sehen, wie froh die Gäste nach der Behandlung sind, das ist mein schönstes Ziel.") == []


def test_a_counted_time_opens_the_sentence_and_goes_whole() -> None:
    found = forms("Gut zwei Monate nach der Wahl hat die Partei am Montag Gespräche mit den Grünen aufgenommen.")
    assert found[-1] == "Die Partei hat Gespräche aufgenommen."
    assert all(f.startswith(("Gut zwei Monate nach der Wahl", "Die Partei")) for f in found)


def test_the_members_of_a_paired_coordination_stay() -> None:
    found = forms(
        "Nach einem Monat zeigt sich Ministerin Eva Berger sowohl mit dem Tempo als auch mit dem Klima im Amt zufrieden."
    )
    assert found and all("sowohl mit dem Tempo als auch mit dem Klima" in f for f in found)


def test_a_list_after_a_comma_is_no_relative_clause() -> None:
    found = forms("Den Forschern ist es gelungen, die Eigenschaften von Gasen, Kristallen und Flüssigkeiten zu verbinden.")
    assert all("die Eigenschaften von Gasen" in f for f in found)


def test_a_modal_in_the_subjunctive_keeps_its_predicate() -> None:
    found = forms("Der Preissturz an der Tankstelle dürfte mit ein Grund dafür sein, warum der Verbrauch gestiegen ist.")
    assert all("mit ein Grund dafür sein" in f for f in found)


def test_what_restricts_the_claim_stays() -> None:
    found = forms(
        "Gesetzlich versicherte Rentner zahlen den Beitrag nur noch für den Teil der Rente, der den Freibetrag übersteigt."
    )
    assert found == [] or all(f.endswith("der den Freibetrag übersteigt.") for f in found)
    assert all(
        f.startswith("Auf vielen")
        for f in forms("Auf vielen feuchten Standorten wäre der Aufwand für die Pflege eines lichten Waldes am Montag zu groß.")
    )
    found = forms("Im Buch wird am Ende die Geschichte der Verfolgung von Menschen mit Behinderungen skizziert.")
    assert found and all("Menschen mit Behinderungen" in f for f in found)


def test_a_question_after_frage_and_a_place_before_stehen_stay() -> None:
    assert forms("Im Fokus des Projekts steht die Frage, welche Kennzahlen den Fortschritt am besten messen.") == []


def test_what_was_said_after_a_verb_of_saying_stays() -> None:
    found = forms("Der Händler sagte am Montag, die Geschäfte seien froh, dass sie wieder öffnen dürften.")
    assert found and all(f.endswith("die Geschäfte seien froh, dass sie wieder öffnen dürften.") for f in found)


def test_no_deletion_cuts_into_what_und_or_sowie_join() -> None:
    for text in (
        "Der Verlag entschied dies nach Verboten in Spanien, Irland und Italien sowie einer Beschränkung in den USA.",
        "Der Stadt wird zum ersten Mal seit 1948 und zum ersten Mal seit der Gründung eine Frau vorstehen.",
    ):
        assert all(
            " und " not in f or "Irland und Italien sowie einer Beschränkung" in f or "seit der Gründung" in f
            for f in forms(text)
        )


def test_a_time_set_off_by_commas_goes_and_the_clause_goes_on() -> None:
    # (not "Da hatte, …": a "Da" before its verb points back, so that sentence is not compressed at all)
    found = forms("Im Kino hatte, gegen 23 Uhr, der Andrang auf die Vorstellung gerade seinen Höhepunkt erreicht.")
    assert found[-1] == "Der Andrang hatte gerade seinen Höhepunkt erreicht."
    assert all(f.endswith("seinen Höhepunkt erreicht.") for f in found)
    found = forms("Das Land prämierte drei Jahre lang die Jagd auf Wildschweine mit 50 Euro.")
    assert all("drei Jahre lang" in f or " lang " not in f for f in found)


def test_what_only_announces_the_sentence_after_a_colon_goes() -> None:
    found = forms("Eines steht fest: Sängerin Maria Huber hat sich am Montag bei einem Sturz den Knöchel gebrochen.")
    assert found[0] == "Sängerin Maria Huber hat sich am Montag bei einem Sturz den Knöchel gebrochen."
    assert all(f.startswith("Die Polizei teilte") for f in forms("Die Polizei teilte am Montag mit: Ein Mann wurde verhaftet."))


def test_a_place_that_stehen_needs_stays_also_in_a_second_verb_phrase() -> None:
    found = forms("Nun waren es nur noch vier: Anna Berger hat am Mittwoch gewonnen und steht in der dritten Runde.")
    # the place stays as long as "steht" does; the whole second predicate may go
    assert found and all(f.endswith(("und steht in der dritten Runde.", "hat gewonnen.")) for f in found)


def test_an_apposition_in_the_vorfeld_goes_or_its_name_stands_for_the_role() -> None:
    found = forms("Die neue Leiterin des Stadtmuseums, Anna Berger, hat am Freitag in Linz den Umbau des Hauses verteidigt.")
    assert "Anna Berger hat den Umbau des Hauses verteidigt." in found
    assert not any(f.startswith(("hat", "Hat")) for f in found)  # the subject never goes with its apposition
    found = forms("Die Molkerei Alpenmilch, größter Arbeitgeber des Tals, hat seit Beginn der Krise 40 Stellen gestrichen.")
    assert "Die Molkerei Alpenmilch hat seit Beginn der Krise 40 Stellen gestrichen." in found
    # a list is no apposition: "Brot, Milch, Käse und Obst" keeps its members
    assert all(", Milch," in f for f in forms("Brot, Milch, Käse und Obst sind seit Montag in Wien deutlich teurer geworden."))


def test_a_subject_with_a_strong_adjective_moves_to_the_front_and_keeps_its_number() -> None:
    found = forms(
        "Bei Kontrollen an der Grenze haben österreichische Polizisten binnen zwei Tagen 14 mutmaßliche Schlepper festgenommen."
    )
    assert "Österreichische Polizisten haben 14 mutmaßliche Schlepper festgenommen." in found
    assert all("14 mutmaßliche Schlepper" in f for f in found)


def test_a_subject_before_und_does_not_move_without_its_second_member() -> None:
    found = forms("Im besten Fall übernehmen ruhige Plätze und städtebaulich dichte Viertel die Rolle von Treffpunkten.")
    assert not any(f.startswith("Ruhige Plätze übernehmen und") for f in found)


def test_a_time_inside_an_attribute_leaves_the_verb_its_object() -> None:
    found = forms("Mit einer Petition wehren sich Anrainer gegen eine am 3. Mai beginnende Großbaustelle der Stadtwerke in Graz.")
    assert all("gegen eine" in f and "Großbaustelle der Stadtwerke" in f for f in found)


def test_a_particle_before_a_time_goes_with_it() -> None:
    found = forms("Der Direktor des Zoos wird nach zwölf Jahren seinen Posten voraussichtlich noch diesen Herbst räumen.")
    assert not any("noch räumen" in f for f in found)


def test_a_participle_after_a_list_of_names_is_the_main_clauses() -> None:
    text = (
        "Die Ministerin Eva Lang hat am 3. Mai an der Eröffnung des neuen Museums in Linz mit Bürgermeister Karl Berg, "
        "dem Stadtrat Paul Huber und Landesrätin Dr. Ida Maier teilgenommen."
    )
    assert all(f.endswith("teilgenommen.") for f in forms(text))
    document = Document.from_text(text)
    assert all("teilgenommen" in " ".join(p.text for p in v) for v in compress.variants(document.sentences[0]))


def test_a_particle_that_focuses_the_subject_moves_with_it() -> None:
    found = forms(
        "Am Montag haben nur drei Abgeordnete gegen das Gesetz zur Reform der Pflege in Bayern gestimmt, wie der Landtag mitteilte."
    )
    assert "Nur drei Abgeordnete haben gegen das Gesetz zur Reform der Pflege in Bayern gestimmt." in found
    found = forms("Zu der Feier kamen neben den Gästen aus Wien auch Angehörige der Opfer des Unglücks vom vergangenen Jahr.")
    assert not any(f.endswith("auch.") for f in found)


def test_an_als_phrase_the_verb_needs_stays() -> None:
    assert all(
        "als Fotografin" in f
        for f in forms("Die Grazerin Lena Ortner ist seit Jahren als Fotografin in Syrien unterwegs und kam so zu den Bildern.")
    )
    assert all(
        "als Sprecher" in f
        for f in forms("Der frühere Minister Paul Eder arbeitet seit Montag als Sprecher der Wiener Festwochen.")
    )


def test_a_participial_attribute_goes_between_its_article_and_noun() -> None:
    found = forms("Im Streit um die Schulreform gibt es Kritik an einem am Montag veröffentlichten Papier der Ministerin.")
    assert "Im Streit um die Schulreform gibt es Kritik an einem Papier der Ministerin." in found
    # who published it is news: an attribute with its agent goes only when nothing else is left to delete
    found = forms("Im Streit um die Reform gibt es Kritik an einem von der Gewerkschaft der Lehrer veröffentlichten Papier.")
    assert all("von der Gewerkschaft der Lehrer veröffentlichten Papier" in f for f in found[:-1])
    found = forms("Der vom Haager Gericht gesuchte serbische General Ratko Berger darf Belgrad vorerst nicht verlassen.")
    assert found[-1] == "Der serbische General Berger darf Belgrad vorerst nicht verlassen."
    found = forms(
        "Die Landesregierung hat die bisher unter Verschluss gehaltene Studie über die Luftgüte in Linz veröffentlicht."
    )
    assert any("die Studie über die Luftgüte" in f for f in found)
    assert not any("die bisher gehaltene" in f or "die gehaltene" in f for f in found)
    # a superlative restricts the noun, and an adjective of the attribute's own noun is no participle
    found = forms(
        "Im Vorjahr haben die für den heimischen Tourismus wichtigsten Gäste aus dem Ausland weniger häufig in Tirol Urlaub gemacht."
    )
    assert all("für den heimischen Tourismus wichtigsten Gäste" in f for f in found)


def test_a_sentence_to_years_is_what_verurteilt_needs() -> None:
    found = forms("Ein in Minsk festgenommener Journalist ist am Montag von einem Gericht zu 15 Jahren Haft verurteilt worden.")
    assert all("zu 15 Jahren Haft verurteilt" in f for f in found)


def test_a_name_trimmed_inside_a_coordinated_subject_and_waehrend_as_a_preposition() -> None:
    found = forms(
        "Österreichs Kanzler Karl Nehammer und der slowakische Premier Robert Fico haben am Montag erstmals seit einem Jahr wieder miteinander telefoniert."
    )
    assert any(f.startswith("Kanzler Nehammer und der slowakische Premier") for f in found)
    found = forms(
        "Während des Besuchs von Präsident Müller im kommunistischen Kuba sind mindestens 50 Dissidenten festgenommen worden."
    )
    assert "Mindestens 50 Dissidenten sind festgenommen worden." in found


def test_how_strongly_is_the_last_to_go_and_a_predicate_stays() -> None:
    found = forms(
        "Die Wiener Ärztekammer hat die geplante Reform der Ambulanzen in den Spitälern des Landes am Montag scharf kritisiert."
    )
    assert found[-1].endswith(" kritisiert.") and "scharf" not in found[-1]
    assert any("scharf kritisiert" in f for f in found)  # not before the other steps
    assert all(
        f.endswith("war stark.") for f in forms("Die Mannschaft aus Graz war nach der langen Pause am Samstag in Linz stark.")
    )


def test_an_inflected_word_between_a_name_and_a_noun_is_no_verb() -> None:
    found = forms("Der Funkspruch der Forscher an die Sonde auf dem Kleo genannten Asteroiden 2024-QX ist im All verhallt.")
    assert not any("Forscher genannten" in f or "Forscher Asteroiden" in f for f in found)


def test_a_refused_deletion_does_not_block_the_later_ones() -> None:
    # cutting "für die Ankündigung" would leave "konkreter Klimaschutzmaßnahmen" behind; the origin may still go
    found = forms(
        "Chinas Präsident Wang Ming will seinen ersten Besuch offenbar für die Ankündigung konkreter Klimaschutzmaßnahmen nutzen."
    )
    assert (
        "Präsident Wang Ming will seinen ersten Besuch offenbar für die Ankündigung konkreter Klimaschutzmaßnahmen nutzen."
        in found
    )


def test_a_vorfeld_attribute_with_a_second_member_after_und_stays() -> None:
    found = forms(
        "Weltmeisterin Anna Berg aus Norwegen und die Schwedin Eva Lind sind mit klaren Siegen in das Finale in Oslo gestartet."
    )
    assert not any(f.startswith("Weltmeisterin Anna Berg sind") for f in found)


def test_how_often_and_the_speaker_of_nach_aussage_stay() -> None:
    found = forms("Der SK Sturm hat am Sonntag in Graz zum dritten Mal in Folge den Titel im österreichischen Cup gewonnen.")
    assert all("zum dritten Mal in Folge" in f for f in found)
    found = forms("Die Stadt wird nach Aussage von Bürgermeisterin Eva Gruber am 5. August alle Arbeiten beendet haben.")
    assert all("nach Aussage von Bürgermeisterin" in f for f in found)


def test_a_second_predicate_after_und_goes_but_not_an_adjective_or_an_alternative() -> None:
    found = forms(
        "Die Kölner Feuerwehr hat am Sonntag einen Brand in einer Lagerhalle gelöscht und zwei Arbeiter aus dem "
        "brennenden Gebäude gerettet."
    )
    assert found[-1] == "Die Kölner Feuerwehr hat einen Brand in einer Lagerhalle gelöscht."
    found = forms("Die Grazer Tennisspielerin Anna Berger hat die erste Hürde genommen und steht in der zweiten Runde.")
    assert "Die Grazer Tennisspielerin Anna Berger hat die erste Hürde genommen." in found
    # an inflected adjective before "und" is no verb; an alternative after "oder" stays
    assert all(
        "einer chinesischen Geisel" in f
        for f in forms("Die Miliz hat die Tötung einer norwegischen und einer chinesischen Geisel gemeldet.")
    )
    assert all(
        "oder" in f for f in forms("Die Stadtregierung Linz will die Gebühren für Kindergärten senken oder ganz abschaffen.")
    )


def test_a_place_after_suedlich_or_nahe_is_a_local_adjunct() -> None:
    found = forms(
        "Ein Bergsteiger aus Bayern ist am Samstag südlich der Franz-Senn-Hütte in den Stubaier Alpen tödlich verunglückt."
    )
    assert "Ein Bergsteiger aus Bayern ist in den Stubaier Alpen tödlich verunglückt." in found
    assert (
        forms("Die Regierung will nahe der Grenze ein neues Lager errichten.")[-1]
        == "Die Regierung will ein neues Lager errichten."
    )


def test_before_the_infinitive_a_verb_takes_a_circumstance_may_go() -> None:
    found = forms("Der Gemeinderat hat am Montag nach langer Debatte beschlossen, die Gebühren für Kindergärten zu senken.")
    assert found[-1] == "Der Gemeinderat hat beschlossen, die Gebühren für Kindergärten zu senken."
    # a purpose clause is no object: what the verb takes before it stays
    found = forms("Die Kanzlerin ist am Montag mit Putin zusammengetroffen, um über die Lage in Syrien zu sprechen.")
    assert all("mit Putin zusammengetroffen" in f for f in found)


def test_a_second_sentence_after_a_colon_goes_with_the_attribution_inside_it() -> None:
    found = forms(
        "Die Sängerin Lena Berger hat sich laut einem Medienbericht einen der größten Plattenverträge der Branche "
        "gesichert: Die 28-Jährige habe bei einem Label in London unterschrieben, berichtete die Zeitung Kurier."
    )
    assert (
        "Die Sängerin Lena Berger hat sich laut einem Medienbericht einen der größten Plattenverträge der Branche gesichert."
        in found
    )


def test_a_kicker_before_a_dash_is_not_part_of_the_push_but_a_phrase_around_a_dash_is() -> None:
    found = forms(
        "Aufatmen bei den Bauern - nach langem Ringen haben Bund und Länder ihren Streit um die Agrarförderung beigelegt."
    )
    assert found[-1] == "Bund und Länder haben ihren Streit um die Agrarförderung beigelegt."
    assert not any(f[:1].islower() or "Aufatmen" in f for f in found)  # no form opens on the lowercase "nach"
    found = forms("Für die Graz – Marathon-Strecke hat die Stadt am Montag eine neue Route durch die Altstadt festgelegt.")
    assert found[0].startswith("Für die Graz – Marathon-Strecke hat") and not any(f.startswith("Marathon") for f in found)


def test_of_two_predicates_the_one_with_the_names_and_numbers_stays() -> None:
    found = forms(
        "Verteidigungsministerin Eva Berger zieht die Notbremse und schließt bis Herbst 2027 die Kasernen in Horn, "
        "Melk und Tulln."
    )
    assert found[-2] == "Verteidigungsministerin Berger schließt die Kasernen in Horn, Melk und Tulln."
    assert not any("Notbremse" in f for f in found)
    found = forms("Der Tennisprofi Max Huber hat die erste Hürde genommen und das Auftaktmatch in Rio de Janeiro gewonnen.")
    assert found[-1] == "Der Tennisprofi Huber hat das Auftaktmatch in Rio de Janeiro gewonnen."
    # where the first holds as much, the second goes
    found = forms("Die Grazer Feuerwehr hat am Sonntag einen Brand in Liebenau gelöscht und zwei Arbeiter gerettet.")
    assert found[-1] == "Die Grazer Feuerwehr hat einen Brand in Liebenau gelöscht."


def test_examples_of_a_noun_go_first_and_never_stay_without_their_noun() -> None:
    found = forms(
        "Die Regierung hat am Dienstag vor einer Gefahr von Cyberangriffen in den Händen von Terrorgruppen wie der Hamas gewarnt."
    )
    assert "Die Regierung hat vor einer Gefahr von Cyberangriffen in den Händen von Terrorgruppen gewarnt." in found
    assert not any("Cyberangriffen wie" in f for f in found)


def test_a_count_keeps_its_place_and_a_particle_goes_with_its_time() -> None:
    found = forms(
        "In Kärnten sind am Montag bei Unfällen auf der Autobahn mehr Menschen verletzt worden als im ganzen Jahr 2023."
    )
    assert found and all(f.startswith("In Kärnten") and f.endswith("als im ganzen Jahr 2023.") for f in found)
    found = forms("In Syrien sind am Montag bei Kämpfen mindestens 65 Menschen getötet worden.")
    assert found and all(f.startswith("In Syrien") for f in found)
    found = forms("Besonders zuversichtlich waren die Forscher schon bisher nicht, sagte der Sprecher am Montag in Wien.")
    assert not any("schon nicht" in f for f in found)


def test_a_share_or_rate_keeps_the_place_it_holds_for() -> None:
    found = forms("Der Anteil der Raucher in Österreich ist im vergangenen Jahr laut einer Studie auf 20 Prozent gesunken.")
    assert found and all("Der Anteil der Raucher in Österreich" in f for f in found)


def test_an_ampersand_keeps_the_parts_of_the_name_it_joins() -> None:
    found = forms(
        "Die Millionen veranlagte das Land im Jahr 2009 zunächst bei der Kommunalkredit Verwaltungs-GmbH & Co OG in Wien."
    )
    assert found and not any("& Co" in f and "GmbH & Co OG" not in f for f in found)


def test_a_phrase_after_a_reasons_noun_goes_with_the_reason() -> None:
    found = forms(
        "Die Partei hat Klage gegen die Landesregierung wegen des Vorwurfs der Untätigkeit bei der Grenzsicherung eingereicht."
    )
    assert "Die Partei hat Klage gegen die Landesregierung eingereicht." in found
    assert not any("Landesregierung bei der Grenzsicherung" in f for f in found)


def test_an_equative_keeps_what_it_compares_with_and_a_count_keeps_its_vorfeld() -> None:
    found = forms("Die Betriebe haben die Produktion im Mai so deutlich gedrosselt wie seit über einem Jahr nicht mehr.")
    assert found and all("so deutlich gedrosselt wie seit über einem Jahr nicht mehr" in f for f in found)
    found = forms("Zum dritten Mal in Folge ist die Stadt am Sonntag in Wien mit dem Preis für Radwege ausgezeichnet worden.")
    assert found and all(f.startswith("Zum dritten Mal in Folge") for f in found)


def test_a_parallel_comparison_keeps_both_sides_whole() -> None:
    text = (
        "Auf Wiesen mit einer Breite von mindestens zehn Metern fanden die Forscher der Universität Graz im vergangenen "
        "Sommer doppelt so viele Schmetterlingsarten wie auf Wiesen mit zwei bis drei Metern Breite."
    )
    found = forms(text)
    sides = ("Auf Wiesen mit einer Breite von mindestens zehn Metern", "wie auf Wiesen mit zwei bis drei Metern Breite")
    assert found and all(side in form for form in found for side in sides), found
    # a comparison with a time sets no place against it: the place may go, the comparison stays whole
    text = "Der Eislaufplatz im Linzer Volksgarten öffnet heuer bereits am 22. November, eine Woche früher als im Vorjahr."
    assert "Der Eislaufplatz öffnet heuer bereits am 22. November, eine Woche früher als im Vorjahr." in forms(text)


def test_a_comparison_without_a_side_of_its_kind_holds_nothing_back() -> None:
    # no earlier "im …" time to compare with: the place after the comparison may go
    found = forms("Im Volksgarten startet der Eislaufplatz heuer früher als im Vorjahr in Wien.")
    assert "Der Eislaufplatz startet heuer früher als im Vorjahr." in found, found
    # a verb of a clause after the comma is not the verb whose object the subject might hold
    found = forms("Gestern hat ein Experte von der Universität einen Vortrag gehalten, der überzeugte.")
    assert "Ein Experte von der Universität hat einen Vortrag gehalten." in found, found


def test_a_sentence_that_ends_on_a_place_particle_is_read_without_error() -> None:
    document = Document.from_text("Der Zug kam früher als in Frankfurt an")
    assert isinstance(compressions(document.sentences[0]), list)


def test_a_second_main_clause_the_parser_misses_leaves_the_sentence_whole() -> None:
    text = (
        "Die neu organisierte Abwehr - der FC spielte erst zum zweiten Mal mit einer Viererkette - geriet nach der Pause "
        "in Not, Linz hatte mehrere Chancen zum 2:1."
    )
    assert forms(text) == []


def test_an_amount_keeps_the_noun_it_measures_and_an_inclusive_list_its_noun() -> None:
    found = forms(
        "Spaniens Präsident Pedro Sánchez bringt von seinem Besuch in Marokkos Hauptstadt Rabat Aufträge in Höhe von "
        "drei Milliarden Euro heim."
    )
    assert not any("von drei Milliarden" in f and "Höhe" not in f for f in found)
    found = forms(
        "Mit einer Quote von drei Prozent des Bruttoinlandsproduktes landet Österreich unter einer Auswahl der 34 Länder "
        "inklusive Argentinien, China und Russland auf Rang sieben."
    )
    assert found and not any("Österreich landet inklusive" in f for f in found)


def test_a_phrase_after_je_stays() -> None:
    found = forms(
        "Die Öffnung des Marktes in der EU per Mai 2011 hat sich laut der Bank je nach Bundesland unterschiedlich positiv "
        "auf Österreich ausgewirkt."
    )
    assert found and all("je nach Bundesland" in f for f in found)


def test_a_direction_after_a_manner_is_its_own_phrase_and_the_manner_may_go() -> None:
    found = forms(
        "Die Tennisspielerin Maria Huber und ihr Doppelpartner Jan Novak sind mit klaren Siegen ins Turnier in Wien gestartet."
    )
    assert any(f.endswith("sind ins Turnier in Wien gestartet.") for f in found)


def test_a_sentence_may_open_with_a_count_but_not_with_a_year() -> None:
    found = forms("35 afghanische Flüchtlinge, die seit März in einer Kaserne in Linz wohnen, sollen nach Wels verlegt werden.")
    assert found[-1] == "35 afghanische Flüchtlinge sollen nach Wels verlegt werden."
    clause = analyse(tokenize("Seit 2015 wuchsen Umsätze und Gewinne der Firma."))  # after a year, a verb
    assert clause is not None and clause.tokens[clause.finite].text == "wuchsen"


def test_kurz_vor_opens_a_time_that_may_go_with_the_subject_moving_to_the_front() -> None:
    found = forms(
        "Kurz vor der Abstimmung im Landtag über das Budget hat Bürgermeisterin Anna Huber mit einem Brief an die "
        "Bürger für Unruhe gesorgt."
    )
    assert "Bürgermeisterin Anna Huber hat mit einem Brief an die Bürger für Unruhe gesorgt." in found


def test_a_partitive_pronoun_after_the_noun_makes_the_subject_unsure() -> None:
    clause = analyse(tokenize("Am Ende holt die Ministerin Eva Maier einer der größten Fehler ihrer Amtszeit ein."))
    assert clause is not None and clause.subject is None
    found = forms("Am Ende holt die Ministerin Eva Maier einer der größten Fehler ihrer Amtszeit ein.")
    assert not any(f.startswith("Die Ministerin") for f in found)


def test_a_noun_of_saying_that_is_what_is_talked_about_may_go_with_what_hangs_on_it() -> None:
    found = forms(
        "Der Autobauer Nordwagen hat als Ausgleich für falsche Angaben zum Verbrauch seiner Modelle ein "
        "Bonusprogramm für Kunden gestartet."
    )
    assert found[-1] == "Der Autobauer Nordwagen hat ein Bonusprogramm für Kunden gestartet."
    found = forms("Bürgermeister Hans Gruber hat nach Angaben der Stadt am Montag ein neues Bad in Auftrag gegeben.")
    assert found and all("nach Angaben der Stadt" in f for f in found)


def test_a_relative_clause_in_the_vorfeld_goes_whatever_coordination_it_holds() -> None:
    found = forms(
        "1.250 Anträge von Familien, die mit Schulen oder Kindergärten der Stadt unzufrieden waren, sind im Vorjahr "
        "bei der Ombudsstelle eingegangen."
    )
    assert "1.250 Anträge von Familien sind im Vorjahr bei der Ombudsstelle eingegangen." in found


def test_list_commas_do_not_end_the_infinitive_a_verb_needs() -> None:
    found = forms("Der Stadtrat hat beschlossen, die Zuschüsse für Vereine, Schulen und kleine Theater massiv aufzustocken.")
    assert found[-1] == "Der Stadtrat hat beschlossen, die Zuschüsse für Vereine, Schulen und kleine Theater aufzustocken."


def test_two_first_names_after_a_role_go_together() -> None:
    found = forms("Der steirische Landesrat Hans Peter Gruber hat am Montag einen Plan für neue Radwege vorgestellt.")
    assert found[-1] == "Der steirische Landesrat Gruber hat einen Plan für neue Radwege vorgestellt."


def test_es_gibt_may_open_after_the_vorfeld_goes() -> None:
    found = forms("Im Streit um den neuen Bahnhof gibt es Zweifel an einem vom Land bezahlten Gutachten zur Lärmbelastung.")
    assert "Es gibt Zweifel an einem vom Land bezahlten Gutachten zur Lärmbelastung." in found


def test_a_verbless_afterthought_after_a_dash_may_go() -> None:
    found = forms("Das Linzer Lichterfest wird heuer in Graz gefeiert – nach Stationen in Wels und Steyr.")
    assert "Das Linzer Lichterfest wird heuer in Graz gefeiert." in found
    found = forms("Das Linzer Lichterfest wird heuer in Graz gefeiert – das Land zahlt die Bühne.")
    assert all("das Land zahlt" in f for f in found)


def test_an_offset_from_an_event_opens_a_time_that_may_go() -> None:
    found = forms(
        "Nur zwei Tage nach dem Ende der Kämpfe im Norden ist Malis Präsident Ibrahim Keita aus dem Ausland zurückgekehrt."
    )
    assert "Malis Präsident Ibrahim Keita ist aus dem Ausland zurückgekehrt." in found
    clause = analyse(tokenize("Mehr als vier Jahre nach dem Unglück hat der Prozess gegen den Kapitän Hans Berger begonnen."))
    assert clause is not None and clause.vorfeld[0].kind == "temporal" and clause.subject is not None


def test_a_scene_before_a_colon_goes_when_the_clause_after_it_names_its_subject() -> None:
    found = forms(
        "Am Start wirkte sie nervös, am Ende war sie die Schnellste: Lena Berger hat am Samstag bei der EM in Rom den "
        "Lauf über 400 m in 49,80 Sekunden gewonnen."
    )
    assert "Lena Berger hat bei der EM in Rom den Lauf über 400 m in 49,80 Sekunden gewonnen." in found
    found = forms(
        "Keine Zuschüsse für Vereine, keine Förderung für Kleinbühnen, die Musikschule wird geschlossen: Die Lage "
        "der Kultur in Wels hat sich deutlich verschlechtert."
    )
    assert not any(f.startswith("Die Lage") for f in found)  # the list before the colon is the news


def test_a_reason_or_time_inside_a_participial_attribute_goes_and_its_place_stays() -> None:
    found = forms("Laut Polizei hat ein seit Jänner in Linz gesuchter Mann am Montag einen Bankomaten gesprengt.")
    assert "Laut Polizei hat ein in Linz gesuchter Mann einen Bankomaten gesprengt." in found, found
    # where the place may hang on the reason's noun, the reason stays: the flights were not cancelled in France
    found = forms("Die Lufthansa hat die wegen des Streiks in Frankreich gestrichenen Flüge am Montag nachgeholt.")
    assert not any("die in Frankreich gestrichenen" in f for f in found), found


def test_the_auch_of_sowohl_als_auch_adds_nothing_to_the_vorfeld() -> None:
    found = forms(
        "Zwei Monate nach der Wahl im Burgenland zeigt sich Landeshauptfrau Maria Berger sowohl mit dem Budget als "
        "auch mit dem Klima in der Koalition zufrieden."
    )
    assert (
        "Landeshauptfrau Maria Berger zeigt sich sowohl mit dem Budget als auch mit dem Klima in der Koalition zufrieden."
        in found
    )
    # an "auch" that adds to what the Vorfeld told keeps it
    found = forms("Nach dem Brand in Wels prüft die Polizei auch einen zweiten Brand in einer Lagerhalle in Marchtrenk.")
    assert all(f.startswith("Nach dem Brand") for f in found), found


def test_a_word_that_only_grades_an_adjective_goes_last() -> None:
    found = forms(
        "Die Ärztekammer Tirol hat am Montag vor der zunehmend angespannten Personal- und Versorgungslage in den "
        "Spitälern gewarnt."
    )
    assert found[-1].startswith("Die Ärztekammer Tirol hat vor der angespannten Personal- und Versorgungslage"), found
    assert all("zunehmend" in f for f in found[:-1])  # the time and the place go before the grade
    # a degree stays: without it the phrase would deny more or name more people
    found = forms("Bürgermeister Max Berger sieht nach der Sperre der Brücke kein besonders großes Problem für die Betriebe.")
    assert found and all("kein besonders großes Problem" in f for f in found), found
    found = forms("Das Land empfiehlt die Impfung ab Oktober nur für die besonders gefährdeten Personen über 60 Jahre.")
    assert all("besonders gefährdeten" in f for f in found), found


def test_how_often_keeps_the_span_it_counts_per() -> None:
    found = forms("Das Depot soll ab 2026 einmal im Monat für Führungen geöffnet werden.")
    assert found and all("einmal im Monat" in f for f in found), found  # "einmal" alone would say "once"


def test_a_comparative_before_als_is_no_finite_verb() -> None:
    found = forms("Um 40 Prozent teurer als ursprünglich geplant ist der Umbau des Rathauses in der Stadt Wels ausgefallen.")
    assert not any(f.startswith("Der Umbau") and "teurer als" in f.split(" ist ")[0] for f in found), found


def test_what_so_compares_with_follows_the_bracket() -> None:
    found = forms(
        "Die rund 80 Tafeln in Tirol haben im vergangenen Jahr so viele Menschen mit Lebensmitteln versorgt wie nie zuvor."
    )
    assert "Die rund 80 Tafeln in Tirol haben so viele Menschen mit Lebensmitteln versorgt wie nie zuvor." in found, found
    assert all(f.endswith("versorgt wie nie zuvor.") for f in found), found


def test_a_head_that_denies_or_doubts_what_follows_stays_in_a_push() -> None:
    for head in ("Es ist bislang nur ein Verdacht", "Das ist falsch", "Es sind nur Vermutungen"):
        found = forms(f"{head}: Trainer Hans Huber vom SV Ried hat am Sonntag in der Kabine zwei junge Spieler geschlagen.")
        assert all(f.startswith(head) for f in found), found
    # a head with a subject of its own hedges only itself, and a record denies nothing
    found = forms(
        "Wer am Montag an der Grazer Straße vorbeikam, hat den Zettel wahrscheinlich schon gesehen: Die Bäckerei "
        "Kainz schließt am 29. November nach 41 Jahren."
    )
    assert "Die Bäckerei Kainz schließt am 29. November nach 41 Jahren." in found, found
    # an impersonal "es" and a degree "So" point nowhere
    assert (
        announced_clause(
            "Am Montag kam es bei Salzburg zu einem schweren Unfall mit drei Toten: Ein Lkw-Fahrer war eingeschlafen."
        )
        is None
    )
    assert announced_clause("So teuer wird das neue Fußballstadion in Linz: Die Stadt zahlt 80 Millionen Euro.") is None


def test_a_phrase_that_nur_limits_stays() -> None:
    found = forms("Das Hallenbad in Wels ist wegen des Personalmangels ab Oktober nur noch am Wochenende geöffnet.")
    assert found and all("nur noch am Wochenende geöffnet" in f for f in found), found


def test_two_adjectives_of_origin_share_one_noun_and_a_pronoun_keeps_its_noun() -> None:
    found = forms(
        "Ein Team hat seit 2003 rund 340 Murmeltiere in drei Kolonien im Kärntner und Salzburger Teil des Nationalparks beobachtet."
    )
    assert found and not any(" Teil des Nationalparks" in f and "Salzburger" not in f for f in found), found
    # "ihn" stands for the horse: the phrase that names it stays
    found = forms(
        "Josef Haslinger sitzt im Sattel von Conversano Bona, einem 14-jährigen Schimmelhengst, und lässt ihn im Trab gehen."
    )
    assert all("Conversano Bona" in f for f in found), found


def announced_clause(text: str) -> str | None:
    """The clause after the colon that a teaser may take without its run-up, or None."""
    found = announced(Document.from_text(text).content_sentences[0])
    return None if found is None else join_pieces(found)


def test_a_teaser_takes_the_news_without_the_run_up_that_only_announces_it() -> None:
    news = (
        "Mit einem 3:1 gegen den TV Oberndorf haben die Volleyballerinnen des SC Mühlbach am Samstag den Titel in der "
        "Landesliga und damit den Aufstieg fixiert."
    )
    assert announced_clause("Es war der zwölfte Sieg in Folge, und es war der wichtigste: " + news) == news
    scene = "Als der Schlusspfiff ertönte, war es in der Halle am Weiherplatz für einen Moment ganz still: " + news
    assert announced_clause(scene) == news  # the head's subject "es" points forward
    # a head that says something of its own stays: a negation, or what there is ("es gibt")
    assert announced_clause("Einen Ersatz gibt es bis heute nicht: Die Halle bleibt bis Juni gesperrt.") is None
    assert announced_clause("Für Familien gibt es eine Ermäßigung: Wer zwei Kinder hat, zahlt 60 Euro.") is None
    assert announced_clause("Eines steht fest: " + news) == news
    # whose word it is, what the head itself says, and a clause that points back into the head all stay
    assert (
        announced_clause("Der Landessportverband kritisiert die Pläne scharf: Schon acht Euro pro Stunde seien zu viel.") is None
    )
    assert (
        announced_clause(
            "Der Rapper steht hinter einer Holding, die 2022 in das Start-up investiert hat: Drei Fonds, die sich dessen Firma "
            "zuordnen lassen, halten 20 Prozent."
        )
        is None
    )
    assert announced_clause("In Tirol haben so viele Gasthäuser geschlossen wie nie: Die Zahl sank um 64 auf 1.612.") is None
    # a head that doubts what follows, an article or a degree that only looks like a word pointing forward
    assert announced_clause("Es ist nur ein Gerücht, das seit Tagen kursiert: Bürgermeister Max Berger tritt zurück.") is None
    assert announced_clause("Es ist bislang nur ein Verdacht: Trainer Hans Huber hat Spieler geschlagen.") is None
    assert announced_clause("Das Unternehmen Siemens hat einen klaren Plan: Bis 2030 fallen 5000 Stellen weg.") is None
    assert announced_clause("So hoch wie nie war die Zahl der Einbrüche in Wien: Die Polizei zählte 1200 Fälle.") is None
    # a clause that speaks of whom the head is about ("ihren Häusern") needs its head
    assert announced_clause("Sie hat ihre Satzung geändert: Hunde sind in ihren Häusern ab Mai verboten.") is None
    assert announced_clause("Sie bauen ihre Häuser um: Hunde sind in ihren Wohnungen ab Mai verboten.") is None
    # a head that tells what happened, or names someone by a surname alone, is news
    indictment = "Die Staatsanwaltschaft Wien hat Anklage gegen einen 35-jährigen Mann aus Favoriten erhoben."
    assert announced_clause("Er hat Millionen Euro an Steuergeld veruntreut: " + indictment) is None
    assert announced_clause("Sie sollen Kanzler Nehammer per E-Mail bedroht haben: " + indictment) is None
    # a clause that speaks of whom any head named needs it; "sein" before an adjective and its noun is a possessive
    assert announced_clause("Neuer Wirbel um Bürgermeisterin Anna Huber in Vomp: Die ÖVP Vomp fordert ihren Rücktritt.") is None
    assert announced_clause("Er wohnt seit 40 Jahren in der Altstadt: Die Stadt Graz will sein altes Haus abreißen.") is None
    # a head whose own clause reports what happened is news, also around an apposition; a surname after a role names
    assert announced_clause("Er, ein Kassier aus Wels, hat Millionen Euro veruntreut: " + indictment) is None
    assert announced_clause("Sie wollten Bürgermeister Bachmann per E-Mail einschüchtern: " + indictment) is None
    # the infinitive "sein" is no possessive
    found = announced_clause(
        "Sie wachsen in zwei Wochen: Forschende in Graz glauben, dass Pilze die Dämmstoffe der Zukunft sein könnten."
    )
    assert found is not None and found.startswith("Forschende in Graz glauben"), found
    # about a pronoun, common nouns name no one; a head with a subject of its own says something
    assert announced_clause("Sie riechen nach Wald und sollen Steinwolle Konkurrenz machen: " + news) == news
    found = forms(
        "Eine Woche vor der Wahl liegen im Vertrauensindex drei Kandidaten im Plus: An der Spitze liegt die frühere "
        "Richterin Anna Berger vor dem Grünen Max Huber."
    )
    assert found and all(f.startswith("Eine Woche") or "Kandidaten" in f for f in found), found
    # a push keeps a head that says what there is: "es" points forward only in the teaser's stricter reading
    found = forms("Nach dem Unfall auf der A1 gab es am Montag einen kilometerlangen Stau: Ein Lkw-Fahrer war eingeschlafen.")
    assert not any(f.startswith("Ein Lkw-Fahrer") for f in found), found


def test_a_second_noun_after_the_subject_is_not_moved_with_it() -> None:
    found = forms("Nach dem Urteil in Tirol muss der Innsbrucker Baukonzern Anteile seiner Töchter abgeben.")
    assert "Der Innsbrucker Baukonzern muss Anteile seiner Töchter abgeben." in found
    clause = analyse(tokenize("Nach der Wahl führen die Parteien Sondierungen."))
    assert clause is not None and clause.subject is not None
    assert " ".join(t.text for t in clause.tokens[clause.subject.start : clause.subject.end]) == "die Parteien"


def test_a_verb_of_seeming_keeps_its_wie() -> None:
    found = forms("Der Himmel über der Stadt sah am Abend wie beim Weltuntergang aus: rot und grau.")
    assert found and all("wie beim Weltuntergang" in f for f in found)


def test_the_period_a_figure_sums_up_stays() -> None:
    found = forms(
        "Im ersten Halbjahr erhöhte die Linzer Molkerei ihren Umsatz im Vergleich zum Vorjahr um sechs Prozent auf "
        "212 Millionen Euro."
    )
    assert found and all(f.startswith("Im ersten Halbjahr") for f in found)
    assert not any("Umsatz zum Vorjahr" in f for f in found)  # "im Vergleich zum Vorjahr" goes whole or stays


def test_a_name_the_clause_calls_back_by_a_role_stays() -> None:
    found = forms(
        "Nach einem Streit mit ihrem früheren Biografen Karl Gruber hat die Sängerin Anna Mair den Autor wegen "
        "Verleumdung in Wien angezeigt."
    )
    assert found and all("Karl Gruber" in f or "Gruber" in f for f in found)
    found = forms("Am Montag haben die Abgeordneten des Landtags in Innsbruck gegen das Gesetz zur Reform der Pflege gestimmt.")
    assert any(f.startswith("Die Abgeordneten") for f in found)  # the law is named by what follows it


def test_a_measure_of_time_before_a_noun_stays_with_it() -> None:
    found = forms("Die Richterin Eva Lang hat am Freitag in Linz zwei Jahre Haft über den Angeklagten verhängt.")
    assert found and all("zwei Jahre Haft" in f for f in found)


def test_a_rate_a_compared_period_and_a_person_who_holds_a_view_stay() -> None:
    found = forms("Für Tirol erwartet der Tourismusverband am Montag einen Zuwachs von rund 3.000 Gästen pro Tag.")
    assert found and all(("pro Tag" in f) == ("3.000 Gästen" in f) for f in found), found  # the rate goes with its amount
    found = forms("In Kärnten wurden von Jänner bis März deutlich mehr Fahrräder gestohlen als im Vorjahreszeitraum.")
    assert found and all("von Jänner bis März" in f for f in found)
    found = forms("Die Forderung von Minister Karl Huber stößt am Montag bei Landesrat Peter Gruber auf scharfe Ablehnung.")
    assert found and all("bei Landesrat" in f for f in found)
    found = forms("Für den neuen Radweg hat die Stadt Graz trotz heftiger Kritik schon 420.000 Euro bezahlt.")
    assert found and all(f.startswith("Für den neuen Radweg") for f in found)


def test_a_place_the_clause_calls_back_as_the_country_stays() -> None:
    found = forms("Nach dem schweren Erdbeben in Nepal hat die Regierung des Landes am Montag um internationale Hilfe gebeten.")
    assert found and all("Nepal" in f for f in found)


def test_the_future_perfect_keeps_its_time_and_the_future_of_sein_does_not_need_one() -> None:
    found = forms(
        "Die Stadt Linz wird mit großem Aufwand bis zur Eröffnung der Messe alle Arbeiten in der Altstadt erledigt haben."
    )
    assert found and all("bis zur Eröffnung der Messe" in f for f in found)
    found = forms("Viele Gäste des Hotels werden in den kommenden Wochen mit Elektrobooten unterwegs sein.")
    assert any("in den kommenden Wochen" not in f for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Dennoch reichte die Weite für ihn zu einem klaren Sieg vor Max Gruber (TSV Linz / 7,12 Meter)",
        "5 Fragen an Anna Huber zum Thema Wohnen und Energie (WE)",
    ],
)
def test_a_sentence_without_its_full_stop_is_read_without_error(text: str) -> None:
    assert all(isinstance(f, str) for f in forms(text))


def test_a_name_the_clause_calls_back_may_go_once_the_noun_that_calls_it_went() -> None:
    found = forms(
        "Bei Razzien gegen Schmuggler in Kärnten hat die Polizei im Süden des Landes binnen zwei Tagen 14 Verdächtige "
        "festgenommen."
    )
    assert all("Kärnten" in f for f in found if "des Landes" in f)
    assert found[-1] == "Die Polizei hat 14 Verdächtige festgenommen."


def test_what_a_noun_is_about_and_where_a_way_ends_stay_with_the_phrase_before() -> None:
    found = forms(
        "Ministerin Eva Berger hat in der Debatte um die Reform der Pflege am Montag erstmals öffentlich Stellung bezogen."
    )
    assert found and all(("um die Reform" in f) == ("in der Debatte" in f) for f in found)
    assert found[-2] == "Ministerin Berger hat öffentlich Stellung bezogen."
    found = forms(
        "Der Skifahrer Max Huber hat sich auf dem Weg zu seinem dritten Titel am Samstag in Kitzbühel die beste "
        "Startnummer gesichert."
    )
    assert found and all(("zu seinem dritten Titel" in f) == ("auf dem Weg" in f) for f in found)
    found = forms(
        "Die Läuferin Anna Gruber hat ihre gute Form von Kenia nach Europa mitgenommen und am Sonntag den Marathon in "
        "Graz gewonnen."
    )
    assert found and all("von Kenia nach Europa" in f for f in found)


def test_a_comparison_keeps_what_it_compares_with_and_a_rate_its_place() -> None:
    found = forms("Die Kosten lagen im vergangenen Jahr in allen Bezirken deutlich höher als in den Spitälern der Stadt.")
    assert found and all("als in den Spitälern" in f for f in found)
    found = forms("In den 40 Heimen des Landes lagen die Impfquoten im Herbst deutlich höher als in der übrigen Bevölkerung.")
    assert found and all(f.startswith("In den 40 Heimen") for f in found)
    found = forms("In Villach ist die Zahl der Arbeitslosen im Mai weiter gesunken.")
    assert found and all(f.startswith("In Villach") for f in found)
    found = forms("Im Zuge der Sanierung ist die Zahl der Parkplätze am Hauptplatz im Mai gesunken.")
    assert "Die Zahl der Parkplätze ist gesunken." in found  # a frame, not a place the count is given for


def test_a_phrase_a_noun_needs_stays_in_the_vorfeld_and_after_a_genitive() -> None:
    found = forms("Gegen den Wirt Peter Koller haben die Behörden in Wels am Montag ein Verfahren wegen Betrugs eingeleitet.")
    assert found and all(f.startswith("Gegen den Wirt") for f in found)
    found = forms(
        "Gegen den früheren Bürgermeister von Wels, Peter Koller, sind am Montag Ermittlungen wegen Untreue eingeleitet worden."
    )
    assert found and all(f.startswith("Gegen den früheren Bürgermeister") for f in found)  # not "Peter Koller sind …"
    found = forms(
        "Die Rechnungshofpräsidentin Eva Lang hat den Umgang der Stadt Graz mit den Förderungen für Vereine am Dienstag "
        "scharf kritisiert."
    )
    assert found and all("mit den Förderungen" in f for f in found)


def test_a_clause_that_says_which_manner_is_meant_stays() -> None:
    found = forms(
        "Die Art, wie der Vorstand die Filialen schließen ließ, hat am Montag in Linz scharfe Kritik der Gewerkschaft ausgelöst."
    )
    assert found and all(f.startswith("Die Art, wie der Vorstand") for f in found)
    found = forms(
        "Eine Kur, wie sie heute in vielen Kliniken angeboten wird, hat am Montag in Linz scharfe Kritik der Kassen ausgelöst."
    )
    assert "Eine Kur hat scharfe Kritik der Kassen ausgelöst." in found


def test_a_range_keeps_its_end_which_holds_the_unit() -> None:
    found = forms("Die Trainerin Eva Berger schätzt die Chancen ihres Teams für Samstag mit 60 bis 70 Prozent ein.")
    assert found and all("mit 60 bis 70 Prozent" in f for f in found)


def test_a_relative_clause_that_says_which_stays() -> None:
    found = forms(
        "Eine strengere Prüfung fordert die Ökonomin Eva Berger am Montag in Linz von Banken, die Kredite an Gemeinden vergeben."
    )
    assert found and all(f.endswith("von Banken, die Kredite an Gemeinden vergeben.") for f in found)
    found = forms("Der Verein Blau-Weiß Linz galt am Ende der Saison als einziger Klub, in dem keine Spielerin verletzt war.")
    assert found and all("in dem keine Spielerin verletzt war" in f for f in found)
    found = forms(
        "Die rund 300 Pendler, die seit Wochen auf den neuen Bahnhof in Wels warten, müssen am Montag wieder umsteigen."
    )
    assert found and all("die seit Wochen auf den neuen Bahnhof in Wels warten" in f for f in found)
    found = forms(
        "Der Bürgermeister Peter Huber, der seit Wochen auf den neuen Bahnhof in Wels wartet, hat am Montag protestiert."
    )
    assert "Der Bürgermeister Peter Huber hat protestiert." in found  # a name says who; the clause may go


def test_a_line_without_a_verb_before_a_colon_heads_the_clause_with_the_news() -> None:
    found = forms(
        "Neuer heftiger Streit zwischen Linz und Wels: Der Linzer Bürgermeister Peter Huber will am Montag die Gespräche "
        "über die Buslinie abbrechen."
    )
    assert found[0] == "Der Linzer Bürgermeister Peter Huber will am Montag die Gespräche über die Buslinie abbrechen."


def test_a_vorfeld_that_weitere_or_auch_adds_to_stays() -> None:
    found = forms(
        "Nach dem Verkauf von zwei Schulen an private Träger prüft der Stadtrat Peter Huber am Montag weitere Verkäufe."
    )
    assert found and all(f.startswith("Nach dem Verkauf") for f in found)
    found = forms("Nach dem Verkauf von zwei Schulen an private Träger prüft der Stadtrat Peter Huber am Montag neue Pläne.")
    assert "Der Stadtrat Peter Huber prüft neue Pläne." in found


def test_what_sein_says_the_subject_is_stays() -> None:
    found = forms("Im Sommer war in der Altstadt von Graz das Radfahren in den engen Gassen auch am Sonntag verboten.")
    assert found and all(f.endswith("verboten.") for f in found)
    found = forms("Im Winter war in der Altstadt von Linz das Tragen einer Maske in vollen Bussen auch im Freien Pflicht.")
    assert found and all(f.endswith("Pflicht.") for f in found)


def test_a_comparison_a_circumposition_and_an_age_stay_whole() -> None:
    found = forms(
        "Patienten in Linz müssen auf Operationen in öffentlichen Spitälern deutlich länger warten als noch vor zwei Jahren."
    )
    assert found and all(f.endswith("warten als noch vor zwei Jahren.") for f in found)
    found = forms(
        "Der Kassier Peter Huber hatte laut Anklage über rund sieben Jahre hinweg 41.000 Euro vom Vereinskonto überwiesen."
    )
    assert found and all(("über rund sieben Jahre" in f) == ("hinweg" in f) for f in found)
    found = forms(
        "Bei einem Unfall auf der Autobahn zwischen Linz und Wels ist am Dienstag ein 58 Jahre alter Autofahrer ums Leben gekommen."
    )
    assert "Ein 58 Jahre alter Autofahrer ist ums Leben gekommen." in found


def test_a_count_a_bare_attribute_and_um_as_a_preposition_are_read_right() -> None:
    found = forms("Der Zulieferer Berger Antriebstechnik streicht bis Ende Juni 180 seiner rund 1.100 Arbeitsplätze.")
    assert "Der Zulieferer Berger Antriebstechnik streicht 180 seiner rund 1.100 Arbeitsplätze." in found
    found = forms("Die Diakonie in Linz warnt vor gravierenden Engpässen bei der Betreuung für Kinder mit Behinderung.")
    assert found and not any(f.endswith("Engpässen mit Behinderung.") for f in found)
    # "um" without its "zu" is a preposition: no clause "Die Kaffeemaschine schaltet ein" comes out of the scene
    found = forms(
        "Um halb sieben dreht Eva Berger den Schlüssel im Schloss, schaltet die Kaffeemaschine ein und legt Brot ins Regal."
    )
    assert not any(f.startswith("Die Kaffeemaschine") for f in found)
    found = forms("Die Flüchtlinge müssen vom Amt in Wien bei der Familienzusammenführung mit Ehepaaren gleichgestellt werden.")
    assert found and all("mit Ehepaaren" in f for f in found)


def test_vorfeld_clause_the_verb_takes_stays() -> None:
    # what "einschätzen" and "sagen" take cannot go; a clause that only attributes can
    for text in (
        "Wie schnell sich der Pilz im Bergwald ausbreitet, können die Förster in Tirol derzeit nur ungefähr schätzen.",
        "Ob die neue Fähre noch im Sommer fährt, will die Reederei in Konstanz am Montag entscheiden.",
    ):
        kept = forms(text)
        assert kept and all(form.startswith(text.split(",")[0]) for form in kept), kept
    attributed = (
        "Wie die Feuerwehr am Sonntag mitteilte, ist ein Lastwagen auf der Landstraße bei Wels in einen Graben gerutscht."
    )
    assert any(form.startswith("Ein Lastwagen ist") for form in forms(attributed))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a relative clause after the verb hangs on the noun before the verb: that noun stays
        (
            "Ab Herbst 2027 sollen im alten Pfarrhof von Gmünd 18 Wohnungen für junge Familien entstehen, die "
            "bisher keine leistbare Bleibe finden, sowie zwei Praxisräume.",
            "für junge Familien entstehen, die",
        ),
        # one predicate with the verb
        ("Die Turnhalle aus dem Jahr 1972 ist am Ende des Sommers endgültig in die Jahre gekommen.", "in die Jahre gekommen"),
        (
            "Die neue Seilbahn auf die Gerlitzen wurde am Freitag nach zwei Jahren Bauzeit in Betrieb genommen.",
            "in Betrieb genommen",
        ),
        # what the verb takes with "als", and what a counted time measures
        (
            "Laut Polizei hatte sich am Montag ein Unbekannter am Telefon als Bankberater ausgegeben.",
            "als Bankberater ausgegeben",
        ),
        (
            "Laut Vertrag müssen Betriebe zum Beispiel bis zu fünf Tage Bildungsurlaub im Jahr gewähren.",
            "fünf Tage Bildungsurlaub",
        ),
        # what restricts "jedes" stays, and a "von" phrase inside an attribute does not take the noun with it
        (
            "Der Bezirk förderte drei Jahre lang die Pflanzung jedes über dem Richtwert der Gemeinde von 2019 gesetzten "
            "Obstbaums mit 20 Euro.",
            "jedes über dem Richtwert der Gemeinde von 2019 gesetzten Obstbaums",
        ),
        # a relative clause that says which one ("der letzte …, der …") stays
        (
            "Laut Innung ist Maria Gruber seit dem Sommer die letzte Sattlerin, die im Lungau noch eine eigene Werkstatt führt.",
            "die letzte Sattlerin, die im Lungau",
        ),
        # an amount is what "Kosten" and "Schaden" say
        (
            "Der Landkreis rechnet am Standort Weiden mit Kosten von rund 12,5 Millionen Euro.",
            "Kosten von rund 12,5 Millionen Euro",
        ),
        # a plural genitive without article belongs to the noun before it, which moves with it
        ("Bei Glatteis steigt die Zahl der Stürze älterer Fußgänger in Salzburg deutlich an.", "der Stürze älterer Fußgänger"),
        # "in Betrieb genommen" is one predicate; a capacity says nothing without its amount; "AG" is part of a name
        (
            "Die Tauernkraft AG hat in Kaprun einen Pumpspeicher mit einer Leistung von 120 Megawatt in Betrieb genommen.",
            "Die Tauernkraft AG hat",
        ),
        (
            "Die Tauernkraft AG hat in Kaprun einen Pumpspeicher mit einer Leistung von 120 Megawatt in Betrieb genommen.",
            "in Betrieb",
        ),
        # how long a closure holds
        (
            "Der Alpenverein hat am Montag beschlossen, die Hütte am Kitzsteinhorn ab Oktober für mindestens zwei Jahre zu schließen.",
            "für mindestens zwei Jahre",
        ),
        # a claim that holds as a rule is no absolute one
        (
            "Neue Wärmepumpen sparen die Kosten ihres Einbaus nach Angaben der Forscher in der Regel in acht Jahren ein.",
            "in der Regel",
        ),
        # what one complains about is the verb's object
        (
            "Seit Jahren klagen Anwohner im Grazer Bezirk Lend über Schleichverkehr, zugeparkte Gehsteige und zu schnell "
            "fahrende Autos.",
            "über Schleichverkehr",
        ),
        # a range of hours stays whole, and an amount up to a count is what the verb takes
        (
            "Nach Zählungen der Stadt verlieren die Straßenbahnen auf der Linie 4 zwischen 7 und 9 Uhr im Schnitt bis zu "
            "sechs Minuten.",
            "zwischen 7 und 9 Uhr im Schnitt bis zu sechs Minuten",
        ),
        # a firm's name runs up to its legal form
        (
            "Die Stadtwerke am Bodensee AG erneuert ab dem 2. Mai die Gasleitung in der Seestrasse in Arbon.",
            "Stadtwerke am Bodensee AG",
        ),
        # what is yet to come
        ("Die alte Fähre über den Rhein bei Plittersdorf hat bald ausgedient, weil die Gemeinde eine Brücke plant.", "bald"),
        # a spa town's name is one place
        (
            "Ein entlaufenes Pony hat am Montag den Verkehr auf der B 253 bei Bad Wildungen für eine Stunde blockiert.",
            "Bad Wildungen",
        ),
        # what the verb takes: the infinitive of a verb with an adjective particle, "auf" after "sich einstellen"
        (
            "Der Gemeinderat von Annaberg hat am Montagabend beschlossen, den Schlepplift nach 58 Jahren stillzulegen.",
            "beschlossen, den Schlepplift",
        ),
        (
            "Der Maschinenbauer Hellwig stellt sich nach einem schwachen Jahr auf weiter sinkende Aufträge ein und will "
            "600 Stellen abbauen.",
            "auf weiter sinkende Aufträge",
        ),
        # a count in a row, and a light verb's phrase before a second participle
        (
            "Der SV Ried hat in der 2. Liga seinen dritten Sieg in Folge eingefahren und den Abstand zur Spitze auf zwei "
            "Punkte verkürzt.",
            "dritten Sieg in Folge",
        ),
        (
            "Die Spedition Huber hat heute 40 Elektro-Lkw in Betrieb genommen und auf ihrem Gelände in Enns einen eigenen "
            "Ladepark eröffnet.",
            "in Betrieb genommen",
        ),
        # whose analysis a claim rests on, and whom a merger joins
        (
            "Millionen Mieterhaushalte müssen sich nach einer Auswertung des Mieterbunds bei der nächsten Abrechnung im "
            "Herbst auf Nachzahlungen einstellen.",
            "nach einer Auswertung des Mieterbunds",
        ),
        (
            "Oberkirchbach schließt sich mit den Nachbargemeinden Kleinpertholz und Mitterhaid zu einem Netzwerk zusammen, "
            "das am 1. Juli starten soll.",
            "mit den Nachbargemeinden",
        ),
        # a counted time is what "fordern" takes; a range's end after a bare number holds its unit
        ("Die Staatsanwältin hatte am Montag 36 Monate gefordert, davon 18 unbedingt.", "36 Monate gefordert"),
        (
            "Die Gemeindeversammlung von Valmera entscheidet am Donnerstagabend über eine Erhöhung der Kurtaxe von 3.50 "
            "auf 5.20 Franken pro Person und Nacht.",
            "von 3.50 auf 5.20 Franken",
        ),
        # what a bare count counts, whose will a plan is, and how long a change holds
        ("Von den 2950 Stimmberechtigten waren am Freitag 312 in die Mehrzweckhalle gekommen.", "Stimmberechtigten waren 312"),
        (
            "Nach dem Willen der Länder sollen Hersteller von Einwegflaschen ab 2027 verpflichtet werden, ein Pfand einzuheben.",
            "Nach dem Willen der Länder",
        ),
        (
            "Die Bushaltestelle wird ab Montag für die Dauer der Arbeiten rund 150 Meter in die Ringstraße verlegt.",
            "für die Dauer der Arbeiten",
        ),
        # the span that "jeweils" counts in
        (
            "Die Brücke über die Traun wird nach Angaben der Stadt von Montag bis Mittwoch jeweils von 21 bis 5 Uhr für "
            "den Verkehr gesperrt, weil die Fahrbahn erneuert wird.",
            "von Montag bis Mittwoch jeweils",
        ),
        # a weekday takes no genitive: what follows it is the subject, which stays
        (
            "Mit Musik und Reden ist am Samstag der Neubau der Feuerwehr in Hallein offiziell eröffnet worden.",
            "Neubau der Feuerwehr",
        ),
        # an amount fills a compound that ends in an amount noun
        (
            "Ein Murenabgang hat im Juni nach Schätzungen des Landes einen Gesamtschaden von weit über 12 Millionen Euro "
            "an Straßen im Pinzgau verursacht.",
            "Gesamtschaden von weit über 12 Millionen Euro",
        ),
        # a place that a share counts in
        (
            "Jede fünfte Apotheke in Österreich ist nach Angaben der Kammer seit Jänner von Lieferengpässen bei Antibiotika betroffen.",
            "in Österreich",
        ),
    ],
)
def test_what_a_deletion_would_leave_without_its_noun_or_verb_stays(text: str, kept: str) -> None:
    found = forms(text)
    assert found and all(kept in form for form in found), found


@pytest.mark.parametrize(
    ("text", "stray"),
    [
        # a date in apposition goes with its weekday
        (
            "Ein Defekt im Stellwerk hat am Dienstag, 12. November, den Bahnverkehr in Linz während Stunden lahmgelegt.",
            "hat, 12.",
        ),
        # an adverb that only says how close or with whom goes with its phrase
        ("Laut Polizei stürzten kurz nach 6 Uhr rund 200 Kubikmeter Fels auf die Landesstraße bei Hallstatt.", "kurz rund"),
        (
            "Die Stadtwerke Wels gründen gemeinsam mit elf Gemeinden der Region eine Energiegemeinschaft für Sonnenstrom.",
            "gemeinsam eine",
        ),
        # a clock time takes no genitive: the subject after it stays
        (
            "Den Auftakt macht um 10.30 Uhr der Festumzug: Rund 80 Vereine ziehen mit ihren Fahnen durch die Altstadt.",
            "macht:",
        ),
        # a subject read with the verb's object does not move to the front
        (
            "Auf glatter Fahrbahn ist am Dienstag im Bezirk Freistadt ein Schulbus von der Straße abgekommen und in einen "
            "Graben gerutscht.",
            "Ein Schulbus von der Straße ist",
        ),
        # a main clause after a comma is no relative clause to cut: the comma before the next one stays
        (
            "Laut Polizei stürzten am Morgen rund 200 Kubikmeter Fels auf die Fahrbahn, der Fahrer eines Lieferwagens "
            "konnte nur wenige Meter davor anhalten, verletzt wurde niemand.",
            "Fahrbahn verletzt",
        ),
        # what a subject's noun takes moves with it; a place's name runs on through "am …"
        (
            "Ein Jahr nach dem Start der neuen Grundsteuer sind bei den Finanzämtern in Tirol noch immer rund 31.000 "
            "Einsprüche gegen die Bescheide unbearbeitet.",
            "immer gegen",
        ),
        (
            "Am Dienstagabend ist es in Neuhausen am Rheinfall zu einer Kollision zwischen einem Auto und einer "
            "Radfahrerin gekommen.",
            "es am Rheinfall",
        ),
        # a degree goes with what it counts, and a degree before a preposition is no verb
        (
            "In der Schweiz leidet rund ein Fünftel der Bevölkerung an Heuschnupfen, ein grosser Teil davon reagiert auf "
            "Birkenpollen.",
            "leidet rund",
        ),
        (
            "Gäste in mehreren Gemeinden rund um den Millstätter See zahlen ab 1. Mai deutlich mehr für ihren Urlaub.",
            "Gemeinden rund zahlen",
        ),
        # a rate goes with its amount, a year with its date, a name with its apostrophe
        (
            "Der Gemeinderat will mit den Mehreinnahmen von rund 900'000 Franken pro Jahr einen Ortsbus und die Sanierung "
            "des Eisfelds finanzieren.",
            "will pro Jahr",
        ),
        (
            "Die Spitalgruppe transportiert ab dem 3. März 2025 dringende Laborproben im Regelbetrieb per Drohne ins "
            "Zentrallabor.",
            "transportiert 2025",
        ),
        (
            "Bei einem Lawinenniedergang oberhalb von Grimentz im Val d'Anniviers ist am Sonntag ein Skitourengänger ums "
            "Leben gekommen.",
            "Lawinenniedergang d'",
        ),
        # where a range starts stays with its numbers
        (
            "Der Stadtrat will den Anteil gemeinnütziger Wohnungen in der Stadt bis 2040 von heute rund 13 auf 20 Prozent "
            "erhöhen.",
            "2040 rund",
        ),
        # an amount fills a compound that ends in an amount noun
        (
            "Eine Recyclinghalle mit einem jährlichen Gesamtdurchsatz von 2.500 Tonnen Altglas soll ab Mai in Wels in Betrieb gehen.",
            "Gesamtdurchsatz soll",
        ),
        # how many more moves with the subject
        (
            "Zum Start des Schuljahres bleiben an den Schulen in Tirol laut Gewerkschaft deutlich mehr Stellen unbesetzt "
            "als im Vorjahr.",
            "deutlich unbesetzt",
        ),
    ],
)
def test_no_deletion_leaves_a_word_behind_without_its_phrase(text: str, stray: str) -> None:
    found = forms(text)
    assert found and not any(stray in form for form in found), found


def test_a_fixed_pair_is_not_torn() -> None:
    # "weit und breit" is one adverb, not the end of a clause and the start of another
    found = forms(
        "Im Wirtshaus am Hauptplatz brennt um Mitternacht das einzige Licht weit und breit, drinnen wird noch gekartelt."
    )
    assert found and all("weit und breit" in form for form in found), found


def test_the_agent_of_a_passive_does_not_move_with_the_subject() -> None:
    # "vom Landesgericht" is who sentenced him, not where the cashier worked
    text = (
        "Weil er über Jahre Geld aus der Vereinskasse abgezweigt hat, ist ein früherer Kassier vom Landesgericht "
        "Innsbruck zu zwei Jahren Haft verurteilt worden."
    )
    assert not any("Kassier vom Landesgericht" in form for form in forms(text)), forms(text)
    assert "Ein früherer Kassier ist vom Landesgericht Innsbruck zu zwei Jahren Haft verurteilt worden." in forms(text)


def test_a_singular_subject_does_not_move_before_a_plural_verb() -> None:
    # "sollen [eine neue Pumpe finanziert und die Schulden gedeckt] werden": the verb agrees with both predicates
    found = forms("Mit den 80'000 Franken sollen eine neue Pumpe finanziert und die Schulden des Vereins gedeckt werden.")
    assert not any(form.startswith("Eine neue Pumpe sollen") for form in found), found
    assert not any(form.endswith("finanziert.") for form in found), found


def test_a_time_adverb_goes_like_other_times() -> None:
    # "vorübergehend", "vorerst", "vorläufig" are times, not part of the right bracket
    found = forms(
        "Die Landesregierung will die Gebühr für Kindergärten in allen Gemeinden vorübergehend aussetzen, sagte Landesrätin Maria Huber."
    )
    assert (
        "Die Landesregierung will die Gebühr für Kindergärten in allen Gemeinden aussetzen, sagte Landesrätin Maria Huber."
        in found
    )


def test_a_subject_with_an_apposition_does_not_move_without_it() -> None:
    # moved to the front, the subject would leave ", die Pendler," behind the verb
    text = (
        "Im Frühjahr haben die für den Handel der Altstadt wichtigsten Kunden, die Pendler, deutlich seltener "
        "in den Geschäften am Marktplatz eingekauft."
    )
    assert not any(form.startswith("Die für den Handel") for form in forms(text)), forms(text)
    # a relative clause after the subject is a phrase of the field: it moves with it
    text = "Angesichts der Vielzahl an Baustellen ist eine Lösung wie die, von der nun der Bürgermeister berichtet, nur folgerichtig."
    moved = "Eine Lösung wie die, von der nun der Bürgermeister berichtet, ist nur folgerichtig."
    assert moved in forms(text), forms(text)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # the attribute runs past the words the parser reads as one; cut as phrases, it would lose its amount
        (
            "Der Stadtrat hat im Streit um die nach Schätzungen der Verwaltung bis zu 40 Millionen Euro teure "
            "Sanierung des Hallenbads am Montag einen Kompromiss beschlossen.",
            "bis zu 40 Millionen Euro teure",
        ),
        # the participle read as the finite verb: "Umfrage des Verbands wollen …" would open the push
        (
            "Nach einer am Freitag in Linz vorgestellten Umfrage des Verbands wollen in den nächsten fünf Jahren "
            "rund 800 Wirte in Oberösterreich ihr Lokal schließen.",
            "Nach einer am Freitag in Linz vorgestellten Umfrage",
        ),
    ],
)
def test_an_attribute_read_as_phrases_is_not_torn(text: str, whole: str) -> None:
    assert all(whole in form for form in forms(text)), forms(text)


def test_an_intensifier_that_grades_a_comparison_may_go() -> None:
    found = forms("Die Stadt zählte im Jänner deutlich mehr Übernachtungen als im Vorjahr.")
    assert any("zählte im Jänner mehr Übernachtungen" in form or "zählte mehr Übernachtungen" in form for form in found), found
    # "kaum" is no intensifier: without it the claim turns round
    assert all("kaum" in form for form in forms("Die Stadt zählte im Jänner kaum mehr Übernachtungen als im Vorjahr."))


def test_a_score_stays_whole() -> None:
    found = forms(
        "Der Gemeinderat hat am Donnerstag mit 17 zu 8 Stimmen den Beschluss für den Neubau der Schule an der "
        "Bahnhofstraße gefasst."
    )
    assert found and all("mit 17 zu 8 Stimmen" in form or "17" not in form for form in found), found


def test_a_decision_announced_before_a_colon_leaves_what_was_decided() -> None:
    found = forms("Nach langer Debatte ist die Entscheidung gefallen: Die Gemeinde Wals baut bis 2028 ein neues Hallenbad.")
    assert "Die Gemeinde Wals baut bis 2028 ein neues Hallenbad." in found, found
    # what follows a plan's colon is no fact: the head stays
    found = forms("Nach langer Debatte ist der Plan klar: Die Gemeinde Wals baut bis 2028 ein neues Hallenbad.")
    assert all(form.startswith("Der Plan") or form.startswith("Nach langer") for form in found), found


def test_a_counted_time_goes_with_what_it_measures() -> None:
    # "nach zwei Jahren Bauzeit" goes whole or stays whole, never "nach zwei Jahren" alone
    found = forms("Die neue Seilbahn auf die Gerlitzen wurde am Freitag nach zwei Jahren Bauzeit in Betrieb genommen.")
    assert found and all(("nach zwei Jahren Bauzeit" in f) == ("Jahren" in f) == ("Bauzeit" in f) for f in found), found
    assert all(f.endswith("in Betrieb genommen.") for f in found), found


def test_a_phrase_is_not_torn_from_what_it_belongs_to() -> None:
    found = forms(
        "Laut Polizei hatte die Frau über einen Zeitraum von vier Jahren rund 60.000 Euro von ihrem Arbeitgeber abgezweigt."
    )
    assert found and all(("Zeitraum" in f) == ("von vier Jahren" in f) for f in found), found
    found = forms("Die Stadt Zug stellt ab dem 1. Juni acht rund um die Uhr zugängliche Ladestationen für E-Bikes auf.")
    assert found and not any("acht rund zugängliche" in f for f in found), found
    # "Als Konsequenz" opens a main clause: the place after "vor allem" is not cut from it
    found = forms("Als Konsequenz sollen bis Ende 2027 rund 80 der 900 Stellen wegfallen, vor allem in der Produktion.")
    assert found and all(f.endswith("in der Produktion.") for f in found), found


def test_a_list_member_after_an_adverb_is_no_participial_insertion() -> None:
    # ", daneben Werkzeug," goes on a list ("daneben" ends like a participle): cutting it would join two nouns
    found = forms("Im Keller der Werkstatt in Linz steht am Montag eine alte Kiste, daneben Werkzeug, Bretter aus Eiche.")
    assert found and all("Kiste Bretter" not in form for form in found)


def test_einer_after_the_subject_may_be_the_verbs_dative_and_the_subject_stays_in_place() -> None:
    found = forms("Im Streit um eine Umfahrung im Murtal hat das Landesverwaltungsgericht einer Bürgerinitiative recht gegeben.")
    assert not any(form.startswith("Das Landesverwaltungsgericht einer") for form in found)


def test_a_dash_inside_commas_ends_the_clause_it_inserts_nothing() -> None:
    found = forms(
        "Drei Ärztinnen sollen gemeinsam mit Pflegekräften, einer Hebamme und einem Sozialarbeiter an zwei Standorten "
        "arbeiten – in Zwettl, Gmünd und Weitra."
    )
    assert all("arbeiten" in form for form in found)


def test_what_a_verb_of_placing_takes_and_what_a_proceeding_is_about_stay() -> None:
    assert all(
        "ins linke Auge" in f
        for f in forms("Anna Huber hat eine Lupe ins linke Auge geklemmt und repariert am Montag in Linz eine Taschenuhr.")
    )
    found = forms(
        "Über die Tischlerei Berger GmbH mit Sitz in Zwettl ist am Dienstag am Landesgericht Krems ein Konkursverfahren "
        "ohne Eigenverwaltung eröffnet worden."
    )
    assert found and all(form.startswith("Über die Tischlerei Berger GmbH") for form in found)


def test_the_street_goes_before_the_town() -> None:
    found = forms("In der Nacht auf Freitag sind unbekannte Täter in eine Apotheke an der Hauptstraße in Gmünd eingebrochen.")
    town = "Unbekannte Täter sind in eine Apotheke in Gmünd eingebrochen."
    assert town in found and found.index(town) < found.index("Unbekannte Täter sind in eine Apotheke eingebrochen.")
    # a noun after "in" is no town: "für Menschen in Geldnot" goes whole
    assert not any(
        "bietet in Geldnot" in f for f in forms("Die Caritas bietet ab Montag für Menschen in Geldnot in Linz eine Beratung an.")
    )


def test_a_relative_clause_after_a_bare_plural_says_which_and_stays() -> None:
    found = forms(
        "Entwässerte Äcker, die wieder vernässt werden, speichern laut einer Studie deutlich mehr Kohlenstoff als erwartet."
    )
    assert found and all("die wieder vernässt werden" in form for form in found)


def test_a_causal_phrase_with_a_noun_after_a_vorfeld_noun_is_its_attribute() -> None:
    found = forms("Einen Sieg nach Maß hat der SV Ried am Samstag im Derby gegen den LASK in Linz gefeiert.")
    assert found and not any(form.startswith("Einen Sieg hat") for form in found)


def test_a_bare_noun_after_a_place_name_is_the_verbs_object() -> None:
    found = forms("Am Montag hat ein Mann vor dem Bahnhof in Linz Passanten mit einem Messer bedroht.")
    assert found and all("Passanten" in form for form in found)


def test_einer_after_the_subject_stays_in_place_beside_another_object() -> None:
    found = forms("Im Streit um das Visum hat die Behörde einer Familie aus Syrien die Einreise verweigert.")
    assert not any(form.startswith("Die Behörde einer Familie") for form in found)


def test_a_relative_clause_after_a_preposition_keeps_its_noun() -> None:
    # ", in dem kein Kind liegt" describes the pram: the insertion holding it goes only with it
    found = forms(
        "Zum Schluss sitzt die Sängerin allein auf der dunklen Bühne, die Hände um einen alten Koffer gelegt, in dem "
        "nur noch ein Brief liegt."
    )
    assert not any("Bühne in dem" in f or "Bühne, in dem" in f for f in found)


def test_what_a_vote_is_about_stays() -> None:
    # "stimmen über … ab": the phrase with "über" is what the vote is on, never an adjunct to cut
    found = forms(
        "Am 9. März stimmen die Mitglieder der Genossenschaft Seeblick über die Umwandlung in eine Aktiengesellschaft ab."
    )
    assert all("über die Umwandlung in eine Aktiengesellschaft ab" in f for f in found)


def test_a_name_after_a_role_or_a_class_noun_stays_with_it() -> None:
    # "Fischer" and "Team" are common nouns too, but after a role, or as a name of two words, they name
    found = forms("Am Montag hat der Vorstand des früheren Außenministers Fischer in Berlin eine Stiftung gegründet.")
    assert not any("Außenministers in" in f or f.startswith("Fischer") for f in found)
    found = forms("Die Radsportlerin Lea Gruber ist vom niederländischen Rennstall Team Velocis für die Tour nominiert worden.")
    assert all(("Team" in f) == ("Velocis" in f) for f in found)


def test_a_free_relative_clause_is_the_subject() -> None:
    # "Wer …, muss …": the clause before the comma is the subject; the Mittelfeld's adjuncts may go
    found = forms(
        "Wer in Graz ein Auto dauerhaft parken will, muss ab März in der ganzen Innenstadt mehr für die Vignette zahlen."
    )
    assert len(found) > 1
    assert all(f.startswith("Wer in Graz ein Auto dauerhaft parken will, muss") for f in found)


def test_a_comma_between_two_adjectives_does_not_end_the_clause() -> None:
    found = forms(
        "Die Firma Berger nimmt im Herbst an ihrem Standort in Wels eine neue, vollautomatisierte Lackieranlage in Betrieb."
    )
    assert "Die Firma Berger nimmt eine neue, vollautomatisierte Lackieranlage in Betrieb." in found
    assert all(f.endswith("Lackieranlage in Betrieb.") for f in found)


def test_errichten_takes_no_an_phrase() -> None:
    # "richten an" governs its "an" phrase; "errichten" does not: where it builds may go
    found = forms("Die Firma Huber errichtet an ihrem Standort in Wels eine neue Halle für den Holzbau und die Zimmerei.")
    assert any("an ihrem Standort" not in f for f in found)


def test_the_agent_of_an_action_noun_goes_only_with_it() -> None:
    # "von der Versorgung durch den Rettungsdienst": without its noun, "durch den Rettungsdienst" would be the agent
    found = forms(
        "Jede vierte Klinik im Land hat sich im vergangenen Jahr mindestens einmal vorübergehend von der Versorgung "
        "durch den Rettungsdienst abmelden müssen."
    )
    assert found and all(("durch den Rettungsdienst" in f) == ("von der Versorgung" in f) for f in found)


def test_a_surname_after_an_inflected_role_stays_with_it() -> None:
    # "Richter" is a common noun too, but after "dem neuen Präsidenten" it is his name, not the verb's object
    found = forms(
        "Der Stadtrat der oberbayerischen Kreisstadt Oberdorf streitet seit vielen Wochen mit dem neuen Präsidenten "
        "Richter über den Haushalt für das kommende Jahr 2026."
    )
    assert not any("streitet Richter" in f for f in found)
    assert all("Präsidenten Richter" in f for f in found if "Richter" in f)


def test_a_comma_after_an_infinitive_still_ends_the_clause() -> None:
    found = forms(
        "Die Mieten werden nach einer neuen Studie des Mieterbundes in der Stadt weiter steigen, viele Familien müssen "
        "deshalb wegziehen."
    )
    assert (
        "Die Mieten werden nach einer neuen Studie des Mieterbundes weiter steigen, viele Familien müssen deshalb wegziehen."
        in found
    )


def test_a_free_relative_clause_with_an_insertion() -> None:
    found = forms(
        "Wer, wie viele Pendler im Landkreis, täglich mit dem Auto in die Stadt fährt, zahlt ab dem kommenden Jahr "
        "eine Maut von fünf Euro am Tag."
    )
    assert found and all(f.startswith("Wer, wie viele Pendler im Landkreis, täglich mit dem Auto") for f in found)


def test_whoever_it_concerns_then_the_news_after_the_colon() -> None:
    found = forms(
        "Wer in Hohenau oder im Amt Lindfeld ohne eigenes Auto unterwegs ist, hat es leichter: Der Landkreis Gerlingen "
        "weitet sein Rufbus-Angebot auf den gesamten Ostkreis aus."
    )
    assert "Der Landkreis Gerlingen weitet sein Rufbus-Angebot auf den gesamten Ostkreis aus." in found


def test_a_bound_on_a_measure_stays_with_its_noun() -> None:
    # "für Lastwagen mit mehr als 7,5 Tonnen": without the bound, the bridge would be closed to every lorry
    found = forms("Die Talbrücke Auenbach an der Autobahn 7 wird ab Montag für Lastwagen mit mehr als 7,5 Tonnen gesperrt.")
    assert all("mit mehr als 7,5 Tonnen" in f for f in found if "Lastwagen" in f)


def test_which_night_stays() -> None:
    found = forms(
        "In der Nacht von Samstag auf Sonntag sind bislang unbekannte Täter in eine Apotheke in der Lindenstraße in "
        "Oberau eingebrochen."
    )
    assert found and all(f.startswith("In der Nacht von Samstag auf Sonntag") for f in found)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # "Pilze", "Grenzwerte": common nouns after a noun with its adjective head the object, not a name of that noun
        ("Ab Juni können Familien im Bezirk Gmünd auf einer neuen Erlebnisroute Pilze ganz nah erleben.", "Pilze"),
        (
            "Der Bund legt im Rahmen der neuen Ökodesign-Vorgaben Grenzwerte für Holzöfen und Kamine fest.",
            "Grenzwerte für Holzöfen und Kamine fest",
        ),
        # "L 217 | zwischen …": a preposition in -en is no adjective that would make the number open a phrase of its own
        (
            "Nach dem Murenabgang bleibt die Landesstraße L 217 zwischen Oberau und Tiefenbach voraussichtlich bis Ende "
            "März für den gesamten Verkehr gesperrt.",
            "Landesstraße L 217",
        ),
        # "fünf Euro am Tag" is a daily fee: without "am Tag" it would read as a fee once
        (
            "Wer mit dem Auto in die Innenstadt von Obertal fährt, zahlt ab dem kommenden Jahr eine Maut von fünf Euro am Tag.",
            "fünf Euro am Tag",
        ),
        # "Kirchberg an der Aue" is one place: without "an der Aue" the push names another
        (
            "Wegen schwerer Schäden an einer Brücke wird die Autobahn 9 zwischen den Anschlussstellen Lindau-Nord und "
            "Kirchberg an der Aue ab Montag in beiden Richtungen voll gesperrt.",
            "Kirchberg an der Aue",
        ),
    ],
    ids=["object-after-attribute", "object-after-genitive", "road-number", "rate", "place-name"],
)
def test_a_phrase_stays_in_every_form(sentence: str, kept: str) -> None:
    found = forms(sentence)
    assert found and all(kept in f for f in found)


def test_a_partitive_pronoun_at_the_end_of_the_clause_is_read_without_a_crash() -> None:
    # "eines" as the last word of what a colon ends had raised an IndexError in the parse
    assert analyse(tokenize("Für die Bäuerin bedeutet das vor allem eines")) is not None


def test_a_time_from_which_on_is_one_phrase() -> None:
    # "von September an" is a time: "an neun ihrer …" is no phrase of its own that could go and leave "23 Kurse", and
    # the time does not move with the subject to the front
    sentence = (
        "Weil der Bund weniger Geld bereitstellt und die Abrechnung neu regelt, streicht die Volkshochschule von "
        "September an neun ihrer bisher 23 Integrationskurse."
    )
    found = forms(sentence)
    assert all("neun ihrer" in f for f in found), found
    assert "Die Volkshochschule streicht von September an neun ihrer 23 Integrationskurse." in found


def test_two_adjuncts_joined_by_und_go_together() -> None:
    # either alone would leave the other torn from its "und"; together they go, and the push fits
    sentence = (
        "Teamchef Koller hat bei der Nominierung seines Kaders für die Spiele in der Qualifikation zu Hause gegen "
        "Moldau und in Schweden neuerlich auf Überraschungen verzichtet."
    )
    found = forms(sentence)
    assert "Teamchef Koller hat bei der Nominierung seines Kaders für die Spiele neuerlich auf Überraschungen " in found[0]


def test_the_number_a_statt_replaces_stays_with_its_unit() -> None:
    found = forms("Laut Verordnung ist Grillen künftig auf sechs statt bisher vier markierten Flächen erlaubt.")
    assert found and all("sechs statt bisher vier markierten Flächen" in f for f in found), found


def test_an_adverb_between_article_and_adjective_is_part_of_the_subject() -> None:
    # "ein | bisher unbekanntes Streichquartett" had moved "Ein" alone to the front: "Ein ist bisher unbekanntes …"
    sentence = (
        "Im Musikarchiv des Stifts Kremsmünster ist ein bisher unbekanntes Streichquartett der Komponistin "
        "Josephine Aurnhammer aufgetaucht."
    )
    found = forms(sentence)
    assert "Ein bisher unbekanntes Streichquartett der Komponistin Josephine Aurnhammer ist aufgetaucht." in found
    assert not any(f.startswith("Ein ist") for f in found)


def test_what_a_phrase_is_made_of_goes_only_with_it() -> None:
    # "aus hellgrauem Kalk" says what the slab is made of; before the comma's clause it stays, and so does the slab
    found = forms("Günter Assmus kniet auf einer Platte aus hellgrauem Kalk, in der Hand einen kleinen Hammer.")
    assert not any("kniet aus" in f for f in found), found


def test_a_time_after_a_noun_that_says_which_moves_with_it() -> None:
    # "die Ausschreitungen von Samstag": the time says which riots, unlike "von September an"
    found = forms("Am Montag hatten die Ausschreitungen von Samstag ein Nachspiel im Landtag in Linz.")
    assert found and not any("hatten von Samstag" in f for f in found), found


def test_the_rest_of_an_amount_after_und_stays() -> None:
    # "von einem Jahr [und zehn Monaten]" would state a shorter sentence than the court gave
    found = forms(
        "Heinrich W. erhält wegen gewerbsmäßigen Betrugs eine Freiheitsstrafe von einem Jahr und zehn Monaten, die "
        "zur Bewährung ausgesetzt wird."
    )
    assert found and all("einem Jahr und zehn Monaten" in f for f in found), found


def test_an_adverb_and_its_verb_after_a_comma_open_a_clause_not_an_insertion() -> None:
    # ", dann flackert eine Familie über die Leinwand: …," is no participial phrase that could go
    found = forms(
        "Der Projektor rattert, dann flackert eine Bauernfamilie über die Leinwand: drei Buben in Sonntagshemden, "
        "eine Frau mit Kopftuch, dahinter zieht eine Herde Kühe den Hang hinauf."
    )
    assert not any("rattert eine Frau" in f for f in found), found


def test_a_reported_clause_after_a_comma_keeps_its_subject() -> None:
    # ", ein Vertrag … komme …" is what the judge said, not an apposition of "der Verhandlung"
    text = (
        "Die Vorsitzende Richterin Anna Muster sagte bei der Verhandlung, ein Vertrag über die Nutzung des "
        "Parkplatzes komme schon durch das Einfahren zustande."
    )
    found = forms(text)
    assert found and all("ein Vertrag" in form for form in found if "komme" in form), found


def test_a_lone_adverb_before_a_negated_clause_stays() -> None:
    # without "besser", "hätte … nicht abschliessen können" says the opposite
    kicker = "Null Fehler im letzten Spiel – "
    negated = forms(kicker + "besser hätte der Handballclub Oberdorf seine Saison nicht abschliessen können.")
    assert all("besser" in form for form in negated), negated
    never = forms(kicker + "besser hätte der Handballclub Oberdorf seine Saison nie abschliessen können.")
    assert all("besser" in form for form in never), never
    # "ohne" and "nicht nur … sondern auch" negate nothing of the claim
    won = forms(kicker + "souverän hat der Handballclub Oberdorf die Meisterschaft ohne eine einzige Niederlage gewonnen.")
    assert "Der Handballclub Oberdorf hat die Meisterschaft ohne eine einzige Niederlage gewonnen." in won, won
    # without a negation the adverb may go, the subject moving to the front
    plain = forms(kicker + "souverän hat der Handballclub Oberdorf seine Saison abgeschlossen.")
    assert "Der Handballclub Oberdorf hat seine Saison abgeschlossen." in plain, plain


def test_a_count_keeps_what_it_is_measured_from() -> None:
    # "zwei Spieltage vor Saisonende": without "vor Saisonende", "zwei Spieltage" says nothing
    found = forms(
        "Mit einem 9:5-Sieg beim TV Eschwege hat sich die erste Mannschaft des TTC Rotenburg zwei Spieltage vor "
        "Saisonende die Meisterschaft in der Hessenliga gesichert."
    )
    assert found and all("vor Saisonende" in form for form in found if "zwei Spieltage" in form), found
    for text, count, after in [
        (
            "Nach einem Streit mit dem Verwaltungsrat hat der Direktor des Spitals Obertal 100 Tage nach seinem "
            "Amtsantritt seinen Rücktritt erklärt.",
            "100 Tage",
            "nach seinem Amtsantritt",
        ),
        (
            "Nach einem Foul im Strafraum hat der Verteidiger des FC Aarau eine Minute vor Schluss den Ausgleich für "
            "sein Team erzielt.",
            "eine Minute",
            "vor Schluss",
        ),
    ]:
        measured = forms(text)
        assert all(after in form for form in measured if count in form), measured
    # a count of things is no time: "nach der Pause" may go
    goals = forms(
        "Beim Heimspiel gegen den FC Thun hat der FC Aarau am Samstag im Stadion Lachen zwei Tore nach der Pause kassiert."
    )
    assert "Der FC Aarau hat zwei Tore kassiert." in goals, goals


def test_a_quoted_name_ends_its_phrase() -> None:
    # "mit «Tourplan Spitex»" is one phrase, "eine neue Software" the object: no cut takes both
    found = forms(
        "Die Winterthurer Softwarefirma Tourplan Care AG bringt mit «Tourplan Spitex» eine neue Planungssoftware für "
        "die ambulante Pflege auf den Markt."
    )
    assert found and all("Planungssoftware" in form for form in found), found
    # a quoted word before its noun is no name: "mit einer „unzureichenden“ Anhebung" stays one phrase
    quoted = forms(
        "Der Gesetzentwurf des Ministeriums versuche zwar mit einer „unzureichenden“ Anhebung des Sicherheitspuffers "
        "eine Antwort auf die Kostensteigerungen bei Biogas zu geben, kritisiert der Verband."
    )
    assert all("unzureichenden“ Anhebung" in form or "Anhebung" not in form for form in quoted), quoted
    # after an article the quoted name is an attribute of the noun that follows
    named = forms(
        "Die Stadt Bern hat am Montag mit dem «Zukunft Bern» genannten Programm eine neue Strategie für die Altstadt vorgestellt."
    )
    assert named and not any("genannten Programm eine" in form and "«Zukunft Bern»" not in form for form in named), named


def test_a_dated_vorfeld_keeps_its_year() -> None:
    # without "Im November 2013", a past vote reads as today's news
    found = forms(
        "Im November 2013 lehnten die Stimmberechtigten eine Erhöhung des Vignettenpreises auf 100 Franken mit 60,5 "
        "Prozent Nein-Stimmen deutlich ab."
    )
    assert found and all("2013" in form for form in found), found
    winter = forms(
        "Im Winter 2013/2014 lehnten die Stimmberechtigten eine Erhöhung des Vignettenpreises auf 100 Franken mit 60,5 "
        "Prozent deutlich ab."
    )
    assert winter and all("2013/2014" in form for form in winter), winter


def test_an_infinitive_after_a_separable_verb_is_no_relative_clause() -> None:
    # ", die Gebühren … zu erhöhen," had been read as a relative clause inside the clause: "kündigte an ein Drittel …"
    sentence = "Die Direktorin kündigte an, die Gebühren ab Herbst auf 40 Euro zu erhöhen, knapp ein Drittel mehr als bisher."
    tokens = tokenize(sentence)
    clause = analyse(tokens)
    assert clause is not None and [t.text for t in tokens[slice(*clause.bracket)]] == ["an"]
    assert all("zu erhöhen" in form for form in forms(sentence))


def test_unter_anderem_is_an_adverb_not_a_prepositional_phrase() -> None:
    # "unter anderem tägliche Messungen" had gone as one phrase, leaving "Verlangt werden in den Räumen, Protokolle …"
    sentence = (
        "Verlangt werden unter anderem tägliche Messungen in den Räumen, Protokolle für alle Bewohner sowie ein kühler Raum."
    )
    assert not any("werden in den Räumen" in form for form in forms(sentence))


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # without the clause, the city would support all families
        (
            "Ab Jänner unterstützt die Stadt Linz mit einem Zuschuss auch Familien, die ein Kind mit Behinderung zu Hause betreuen.",
            "die ein Kind mit Behinderung zu Hause betreuen",
        ),
        # without the clause, the finding would hold for all children
        (
            "Kinder, die ein Handy mit ins Schlafzimmer nehmen, schlafen im Schnitt 40 Minuten weniger als Gleichaltrige.",
            "die ein Handy mit ins Schlafzimmer nehmen",
        ),
    ],
)
def test_a_relative_clause_that_restricts_a_bare_plural_stays(sentence: str, kept: str) -> None:
    assert all(kept in form for form in forms(sentence))


def test_a_relative_clause_after_an_indefinite_noun_may_go() -> None:
    # the push then says less ("ein Gerät entwickelt"), not something else: a blind read preferred it to a push made
    # of a background sentence
    found = forms("Ein Team der Universität Linz hat ein Gerät entwickelt, das Schimmelsporen in der Raumluft aufspürt.")
    assert "Ein Team der Universität Linz hat ein Gerät entwickelt." in found


@pytest.mark.parametrize(
    ("sentence", "empty"),
    [
        # the time is what "erfolgen" tells; the second predicate had hidden the bracket
        (
            "Der Umbau der Halle soll bis Ende Juni erfolgen und betrifft vor allem die Umkleiden.",
            "Der Umbau der Halle soll erfolgen.",
        ),
        (
            "Die Wahl des neuen Obmanns findet am kommenden Sonntag in der Turnhalle statt.",
            "Die Wahl des neuen Obmanns findet statt.",
        ),
        # where a rule holds is what "gilt" says: not a school's ban made the whole city's
        (
            "Seit Beginn des Schuljahres gilt an der Mittelschule Nord in Linz ein striktes Handyverbot.",
            "Ein striktes Handyverbot gilt in Linz.",
        ),
    ],
)
def test_the_time_or_place_a_verb_tells_stays(sentence: str, empty: str) -> None:
    found = forms(sentence)
    assert empty not in found
    assert not any(form.endswith(("gilt.", "erfolgen.", "statt.")) and len(form) < 45 for form in found)


def test_a_misread_finite_verb_gives_no_forms() -> None:
    # "der Pleite gegangenen Handelskette": the attribute had been read as the finite verb, so "dürfte" stood in the
    # Mittelfeld and a cut gave "Das Verfahren … dürfte aufwendig."
    found = forms(
        "Das Verfahren gegen den Gründer der Pleite gegangenen deutschen Handelskette Schlecker dürfte aufwendig und langwierig werden."
    )
    assert not any(form.endswith("dürfte aufwendig.") for form in found)


def test_a_span_with_lang_is_no_verb() -> None:
    found = forms("Drei Tage lang fegte der Föhn über das Tal am Rand der Stadt.")
    assert not any("lang fegte" in form for form in found)


def test_a_measured_adjective_and_a_legal_form_are_no_finite_verbs() -> None:
    # "lange" after "2,3 Kilometer" and the legal form "eG" had been read as the finite verb: no form at all
    found = forms("Der 2,3 Kilometer lange Tunnel an der Landstrasse zwischen Au und Egg wird ab Frühling 2027 saniert.")
    assert "Der 2,3 Kilometer lange Tunnel wird ab Frühling 2027 saniert." in found
    found = forms("Die Molkerei Talblick eG mit Sitz in Kempten hat 90 Lieferbetrieben die Verträge zum 31. März gekündigt.")
    assert "Die Molkerei Talblick eG hat 90 Lieferbetrieben die Verträge zum 31. März gekündigt." in found


def test_a_light_verb_phrase_stays_where_an_apposition_follows() -> None:
    # "bringt … auf den Markt, einen Mähroboter …" had lost "auf den Markt": "bringt den «Hangwerk» mit …"
    found = forms(
        "Die Firma Alpwerk bringt ab April den «Hangwerk» auf den Markt, einen Mähroboter für Wiesen mit bis zu 45 Grad Neigung."
    )
    assert found and all("auf den Markt" in form for form in found), found


def test_the_member_that_closes_a_list_stays() -> None:
    # "310 Wohnungen, einen Kindergarten [mit vier Gruppen und ein Zentrum]" had lost the list's last member
    found = forms(
        "Die Genossenschaft will auf dem Areal bis 2028 insgesamt 120 Wohnungen, einen Kindergarten mit zwei Gruppen und "
        "ein kleines Ärztezentrum errichten."
    )
    assert found and all(form.endswith("und ein kleines Ärztezentrum errichten.") for form in found), found


def test_a_country_after_a_place_is_no_name_of_the_subject() -> None:
    # "in Boston, USA," had made "USA" the subject: "USA haben Daten ausgewertet"
    found = forms("Forscher der Universität in Boston, USA, haben am Montag neue Daten zur Handynutzung vorgelegt.")
    assert found and not any(form.startswith("USA") for form in found), found
    # a full name after a place still names the subject, a first name known or not
    found = forms(
        "Die frühere Kioskbetreiberin am Grazer Bahnhof, Anjali Mehta, hat die Stadt Graz in Wien auf zwei Millionen Euro "
        "Schadenersatz geklagt."
    )
    assert "Anjali Mehta hat die Stadt Graz in Wien auf zwei Millionen Euro Schadenersatz geklagt." in found, found


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        # the adjective after "Hunderte", the particle "mal" and a legal form in lowercase had been read as the
        # finite verb, so no form was sure
        (
            "Hunderte italienische Kleinsparer, die ihr Geld verloren haben, haben am Sonntag vor der Nationalbank in Rom demonstriert.",
            "Hunderte italienische Kleinsparer haben vor der Nationalbank in Rom demonstriert.",
        ),
        (
            "Gerade mal acht Rennen hat Lena Hofer bislang für ihr neues Team bestritten, die Erwartungen an sie sind dennoch hoch.",
            "Gerade mal acht Rennen hat Lena Hofer bislang für ihr neues Team bestritten.",
        ),
        (
            "Die Energiegenossenschaft Waldviertel eGen errichtet im Gewerbepark Zwettl die größte Photovoltaik-Anlage der Region.",
            "Die Energiegenossenschaft Waldviertel eGen errichtet die größte Photovoltaik-Anlage der Region.",
        ),
    ],
)
def test_a_quantity_a_particle_and_a_legal_form_are_no_finite_verbs(sentence: str, form: str) -> None:
    assert form in forms(sentence)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # without its end, a state would last: "ist … eingestellt" for good
        (
            "Der Zugverkehr zwischen Linz und Wels ist wegen eines Oberleitungsschadens bis mindestens 20 Uhr eingestellt.",
            "bis mindestens 20 Uhr",
        ),
        # a recurring time is the condition the figure holds under
        ("An heissen Tagen steigen die Spitaleintritte älterer Menschen in der Schweiz um zwölf Prozent.", "An heissen Tagen"),
        ("Die Luft ist in trockenen Sommern in den Städten deutlich stärker belastet als im Umland.", "in trockenen Sommern"),
    ],
)
def test_the_end_of_a_state_and_a_recurring_time_stay(sentence: str, kept: str) -> None:
    found = forms(sentence)
    assert all(kept in form for form in found), found


def test_a_span_or_a_deadline_may_still_go() -> None:
    assert "Die Stadt will 300 Wohnungen bauen." in forms("In den kommenden drei Jahren will die Stadt 300 Wohnungen bauen.")
    assert "Die Stadt will insgesamt 300 Wohnungen bauen." in forms("Die Stadt will bis 2030 insgesamt 300 Wohnungen bauen.")


# Sentences the session's code reviews found wrong: (sentence, a form it must give, a form it must not give).
REVIEWED = [
    # a capitalised compound with inner capitals is no lowercase legal form: the subject stays a subject
    (
        "In Washington hat am Freitag US-Präsident Donald Trump neue Zölle auf Stahl angekündigt.",
        "US-Präsident Trump hat neue Zölle auf Stahl angekündigt.",
        "In Washington hat neue Zölle auf Stahl angekündigt.",
    ),
    # a light-verb noun protects only its short idiom, not "im Zuge der Ermittlungen"
    (
        "Die Polizei hat im Zuge der Ermittlungen am Montag in Graz drei Verdächtige festgenommen.",
        "Die Polizei hat drei Verdächtige festgenommen.",
        None,
    ),
    # the plural after the finite verb, after a time or a noun, is still bare; a count is not
    (
        "In Österreich schlafen Kinder, die ein Handy mit ins Schlafzimmer nehmen, im Schnitt 40 Minuten weniger als Gleichaltrige.",
        None,
        "Kinder schlafen im Schnitt 40 Minuten weniger als Gleichaltrige.",
    ),
    (
        "Die Polizei hat am Montag in Linz drei Männer festgenommen, die in der Nacht einen Supermarkt überfallen haben sollen.",
        "Die Polizei hat drei Männer festgenommen.",
        None,
    ),
    # the opening attribute is read only up to its participle: "empfahlen" is the verb
    (
        "Die vom Land beauftragten Experten empfahlen Maßnahmen gegen die Hitze in den Städten.",
        "Die vom Land beauftragten Experten empfahlen Maßnahmen gegen die Hitze.",
        None,
    ),
    # "gilt als" needs no place
    (
        "Seit Jahren gilt der frühere Finanzminister in Wien als aussichtsreichster Kandidat für das Amt des Bundespräsidenten.",
        "Der frühere Finanzminister gilt als aussichtsreichster Kandidat für das Amt des Bundespräsidenten.",
        None,
    ),
    # "unter anderem" goes with what it focuses, or alone
    (
        "Die Polizei kontrollierte am Wochenende unter anderem in Linz und Wels mehr als 300 Fahrzeuge.",
        "Die Polizei kontrollierte am Wochenende mehr als 300 Fahrzeuge.",
        "Die Polizei kontrollierte am Wochenende unter anderem mehr als 300 Fahrzeuge.",
    ),
    # a plural auxiliary in the Mittelfeld is a misreading too; one after "und" opens a second clause
    (
        "Die Verfahren gegen den Gründer der Pleite gegangenen Handelskette Schlecker dürften aufwendig und langwierig werden.",
        None,
        "Die Verfahren gegen den Gründer der Pleite gegangenen Handelskette Schlecker dürften aufwendig.",
    ),
    (
        "Die Gemeinde hat am Montag den Bau der neuen Halle beschlossen und bis Ende 2026 soll sie fertig sein.",
        "Die Gemeinde hat den Bau der neuen Halle beschlossen und bis Ende 2026 soll sie fertig sein.",
        None,
    ),
    # Swiss spelling and a unit of two words measure an adjective
    (
        "Der 40 Millionen Euro teure Neubau des Hallenbads in Steyr wird am Samstag feierlich eröffnet.",
        "Der 40 Millionen Euro teure Neubau des Hallenbads wird feierlich eröffnet.",
        None,
    ),
    (
        "Das 120 Quadratmeter grosse Einfamilienhaus in Chur wurde am Montag durch einen Brand vollständig zerstört.",
        "Das 120 Quadratmeter grosse Einfamilienhaus wurde durch einen Brand vollständig zerstört.",
        None,
    ),
    # a state after a place with a plural verb, a surname alone with a singular one
    (
        "Forscher der Universität in Rochester, New York, haben am Montag eine Studie zur Handynutzung veröffentlicht.",
        "Forscher der Universität haben eine Studie zur Handynutzung veröffentlicht.",
        "New York haben eine Studie zur Handynutzung veröffentlicht.",
    ),
    (
        "Der Bürgermeister in Graz, Nagl, hat am Montag seinen Rücktritt angekündigt.",
        "Nagl hat am Montag seinen Rücktritt angekündigt.",
        None,
    ),
]


def test_the_reviews_fixes_keep_what_they_fixed() -> None:
    # a genitive of origin goes only before a person's role ("Sachsens Innenminister …"), not "Nissans Studie …"
    found = forms("Nissans Studie IDx Nismo zeigt das Lebensgefühl einer Generation von Designern, die mit Spielen aufwuchsen.")
    assert not any(form.startswith("Studie") for form in found), found
    # the participle of an opening attribute after an adjective of its phrase, or right after a number
    found = forms(
        "Die am vergangenen Freitagabend eröffneten Europaspiele in Baku sind nicht für alle Sportler die ganz große Bühne."
    )
    assert "Die Europaspiele sind nicht für alle Sportler die ganz große Bühne." in found, found
    found = forms("Das seit 1997 diskutierte Vorhaben für ein Haus der Geschichte wird von der ÖVP infrage gestellt.")
    assert "Das Vorhaben für ein Haus der Geschichte wird von der ÖVP infrage gestellt." in found, found
    # what happened stays true without the clause on its plural: only the present says what holds in general
    found = forms("Laut Anklage hatte der Mann bis 2022 rund 2,3 Millionen Franken von Konten abgezweigt, die er verwaltete.")
    assert "Laut Anklage hatte der Mann rund 2,3 Millionen Franken von Konten abgezweigt." in found, found


def test_a_gender_ending_stays_with_its_word_and_an_adverb_in_lich_is_no_verb() -> None:
    # "Besucher*innen" had been two tokens, so the subject moved without its ending: "Die Besucher werden *innen …"
    found = forms(
        "Im Zentrum des Tierparks werden die Besucher*innen an einem Brunnen die Möglichkeit haben, direkt einen Beitrag zum Artenschutz zu leisten."
    )
    assert found and not any("*innen" in form and "Besucher*innen" not in form for form in found), found
    assert [t.text for t in tokenize("Die Lehrer:innen sagten: Nein.")] == ["Die", "Lehrer:innen", "sagten", ":", "Nein", "."]
    # "monatlich" had been read as the finite verb
    found = forms(
        "Eine Erhöhung um zwei Euro monatlich für Erwachsene wurde nach kurzer Diskussion mit großer Mehrheit beschlossen."
    )
    assert "Eine Erhöhung um zwei Euro monatlich für Erwachsene wurde mit großer Mehrheit beschlossen." in found, found


REVIEWED += [
    # a plural in -ten is present too; only a past auxiliary with its participle tells what happened
    (
        "Pensionisten, die weniger als 1.200 Euro im Monat bekommen, erhalten ab Jänner eine Einmalzahlung von 500 Euro.",
        None,
        "Pensionisten erhalten eine Einmalzahlung.",
    ),
    # "die" with a singular verb is no plural's pronoun
    (
        "Die Gemeinde bietet ab Montag kostenlose Hilfe, die beim Ausfüllen der Anträge unterstützt.",
        "Die Gemeinde bietet kostenlose Hilfe.",
        None,
    ),
    # "gilt für alle Schüler" keeps its Vorfeld: the misread "Schüler" no longer moves to the front
    ("Seit Montag gilt für alle Schüler ein Handyverbot.", None, "Schüler gilt für alle ein Handyverbot."),
    # the end of a state and where a rule holds, also in Konjunktiv I and in the bracket
    (
        "Die Strecke sei bis Freitag gesperrt, teilte die ÖBB am Montag mit.",
        "Die Strecke sei bis Freitag gesperrt, teilte die ÖBB mit.",
        None,
    ),
    ("Ein Alkoholverbot soll ab Montag in der gesamten Innenstadt von Graz gelten.", None, "Ein Alkoholverbot soll gelten."),
    # "unter anderem" never goes alone: a partial list would read as whole
    ("Betroffen sind unter anderem die Bezirke Braunau und Ried.", None, "Betroffen sind die Bezirke Braunau und Ried."),
    # a count of days is no recurring time
    (
        "Die Regierung will in wenigen Tagen ein neues Budget für das kommende Jahr vorlegen.",
        "Die Regierung will ein neues Budget für das kommende Jahr vorlegen.",
        None,
    ),
    # the count before "nach" stays with it
    (
        "Der frühere Weltmeister hat zwei Jahre nach seinem Rücktritt von der Formel 1 ein Comeback gegeben.",
        None,
        "Der frühere Weltmeister hat nach seinem Rücktritt von der Formel 1 ein Comeback gegeben.",
    ),
    # a place's state after a subject that names no person
    (
        "Ein Start-up in Austin, Texas, hat am Montag einen neuen Akku für Elektroautos vorgestellt.",
        "Ein Start-up hat einen neuen Akku für Elektroautos vorgestellt.",
        "Texas hat einen neuen Akku für Elektroautos vorgestellt.",
    ),
]
# the third review (session 25)
REVIEWED += [
    # a rate goes with the amount it counts, not with the phrase before it
    (
        "Die Müllabfuhr der Stadt Graz holt in zwölf Bezirken am Tag rund 300 Tonnen Abfall ab.",
        "Die Müllabfuhr der Stadt Graz holt am Tag rund 300 Tonnen Abfall ab.",
        "Die Müllabfuhr der Stadt Graz holt rund 300 Tonnen Abfall ab.",
    ),
    # an exception or a rate after the colon is no list: it stays
    (
        "Die Stadt Innsbruck verbietet ab Juli Feuerwerke in der Altstadt: ausgenommen zu Silvester.",
        None,
        "Die Stadt Innsbruck verbietet Feuerwerke in der Altstadt.",
    ),
    ("Die Stadt Linz zahlt Familien ab Juli 200 Euro: pro Kind.", None, "Die Stadt Linz zahlt Familien 200 Euro."),
    # an age bound the parser read together with the object still stays
    (
        "Der Verkehrsclub bietet Autofahrern ab 70 einen kostenlosen Sehtest in Innsbruck an.",
        "Der Verkehrsclub bietet Autofahrern ab 70 einen kostenlosen Sehtest an.",
        "Der Verkehrsclub bietet Autofahrern an.",
    ),
    # a head that tells what happened is news, and a clause that speaks of the head's subject needs it
    (
        "Er hat nach drei Bränden in diesem Sommer die Hausordnung verschärft: Mieter in Wien dürfen auf den Balkonen "
        "seiner Wohnanlagen nicht mehr grillen.",
        None,
        "Mieter in Wien dürfen auf den Balkonen seiner Wohnanlagen nicht mehr grillen.",
    ),
]
# the fourth review (session 25)
REVIEWED += [
    # a rate goes with an amount after "mit" or "um" too
    (
        "Das Land Kärnten unterstützt pflegende Angehörige seit Jänner mit 300 Euro im Monat.",
        "Das Land Kärnten unterstützt pflegende Angehörige.",
        "Das Land Kärnten unterstützt pflegende Angehörige im Monat.",
    ),
    # where someone named returns from, and a reason, stay with the verb
    (
        "Nach drei Wochen ist der Bundespräsident aus Afrika zurückgekehrt.",
        "Der Bundespräsident ist aus Afrika zurückgekehrt.",
        "Der Bundespräsident aus Afrika ist zurückgekehrt.",
    ),
    (
        "Seit Montag bleibt das Hallenbad aus Kostengründen für drei Wochen geschlossen.",
        None,
        "Das Hallenbad aus Kostengründen bleibt für drei Wochen geschlossen.",
    ),
    # a place of two words after someone unnamed moves with them
    (
        "Nach einem Streit hat ein 45-jähriger Mann aus Bad Ischl am Montag seinen Nachbarn verletzt.",
        "Ein 45-jähriger Mann aus Bad Ischl hat seinen Nachbarn verletzt.",
        "Ein 45-jähriger Mann hat aus Bad Ischl seinen Nachbarn verletzt.",
    ),
    # an exception after the colon stays, however it opens
    (
        "Die Stadt Innsbruck verlangt ab Juli 3 Euro Eintritt für den Hofgarten: ausgenommen Kinder unter sechs Jahren.",
        None,
        "Die Stadt Innsbruck verlangt 3 Euro Eintritt für den Hofgarten.",
    ),
    # an elliptic noun of the clause itself is no misreading
    (
        "Nach dem ersten Kind im März hat die Zoo-Giraffe in Schönbrunn am Sonntag ein zweites zur Welt gebracht.",
        "Nach dem ersten Kind hat die Zoo-Giraffe ein zweites zur Welt gebracht.",
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "good", "bad"), REVIEWED)
def test_the_reviewed_sentences_give_the_good_form_and_not_the_bad(sentence: str, good: str | None, bad: str | None) -> None:
    found = forms(sentence)
    assert good is None or good in found, found
    assert bad is None or bad not in found, found


def test_a_quoted_name_after_its_article_ends_before_a_determiner() -> None:
    # "mit dem «Rewind 9.5» ihr erstes Seil" had been one phrase, so its cut took the object: "bringt auf den Markt."
    found = forms(
        "Die Firma Bergwerk bringt mit dem «Kletter 9» ihr erstes Einfachseil auf den Markt, das aus Altseilen besteht."
    )
    assert "Die Firma Bergwerk bringt auf den Markt." not in found, found
    assert "Die Firma Bergwerk bringt ihr erstes Einfachseil auf den Markt." in found, found


def test_a_list_after_the_colon_that_spells_out_a_named_thing_may_go() -> None:
    found = forms(
        "Tirol bietet Familien mit Kindern unter zehn Jahren seit dem Sommer einen kostenlosen „Ferienpass Plus“ an: "
        "freien Eintritt in 40 Bäder, dazu zwei Tage im Alpenzoo."
    )
    assert "Tirol bietet Familien mit Kindern unter zehn Jahren einen kostenlosen „Ferienpass Plus“ an." in found, found
    # a clause that names nothing the list could spell out says nothing without it
    assert not any(f.startswith("Die Karte ist") for f in forms("Die Karte ist kurz: drei Weine, zwei Biere und ein Most."))


def test_an_age_bound_and_the_rate_of_an_amount_stay_with_what_they_belong_to() -> None:
    found = forms("Die Stadt zahlt Eltern von Kindern unter drei Jahren seit Mai einen Zuschuss von 200 Euro im Monat.")
    assert found and all("Kindern unter drei Jahren" in f for f in found), found
    assert "Die Stadt zahlt Eltern von Kindern unter drei Jahren einen Zuschuss." in found, found
    assert not any(f.endswith("einen Zuschuss im Monat.") for f in found), found
    assert all("ab 70" in f for f in forms("Die Stadt bietet Autofahrern ab 70 seit Herbst einen Sehtest an."))
    # a year is no age: "bis 2029" may go as a time
    found = forms("Der Steuersatz soll in zwei Schritten bis 2029 so weit sinken, dass Luzern den tiefsten Satz hat.")
    assert any("bis 2029" not in f for f in found), found


def test_where_the_subject_is_from_moves_to_the_front_with_it() -> None:
    found = forms("Nach einem Streit hat ein 45-jähriger Mann aus Wels am Montag seinen Nachbarn mit einem Messer verletzt.")
    assert "Ein 45-jähriger Mann aus Wels hat seinen Nachbarn mit einem Messer verletzt." in found, found
    assert not any("hat aus Wels" in f for f in found), found


def test_phrases_after_a_comma_the_parser_cannot_place_are_not_torn() -> None:
    found = forms("Der Koch steht am Herd, einen Löffel zwischen den Zähnen, einen zweiten in der Hand, und schimpft leise.")
    assert not any("einen Löffel," in f for f in found), found


def test_an_aside_between_dashes_is_read_around_and_a_time_names_no_place() -> None:
    found = forms(
        "Bayern wird in wenigen Wochen – also voraussichtlich nach den Pfingstferien – an der Grenze zu Tschechien "
        "schärfere Kontrollen einführen."
    )
    assert "Bayern wird an der Grenze zu Tschechien schärfere Kontrollen einführen." in found, found
    assert not any("– also" in f and "in wenigen Wochen" not in f for f in found), found
    # a clause or a source between dashes is no aside
    found = forms("Eine Kreislaufwirtschaft geht – das zeigen beide Studien – weit über das Recycling hinaus, sagte Anna Berger.")
    assert all("das zeigen beide Studien" in f for f in found), found


def test_a_comparative_count_after_a_time_is_the_verbs_object() -> None:
    # "im vergangenen Jahr | weniger Brot": no genitive of the time, so it never goes with it
    found = forms("Die Bäckerei Huber KG hat im vergangenen Geschäftsjahr weniger Brot verkauft und deutlich weniger verdient.")
    assert not any("hat verkauft" in f for f in found), found


def test_after_a_record_the_clause_after_its_colon_may_go() -> None:
    text = (
        "Die Bergwacht Allgäu ist im Sommer so oft ausgerückt wie nie zuvor: Zwischen Juni und September zählte sie "
        "820 Einsätze, um elf Prozent mehr als im bisherigen Rekordjahr."
    )
    assert "Die Bergwacht Allgäu ist so oft ausgerückt wie nie zuvor." in forms(text)
    # "es gab" a record: what there was is the news; a scene that "es gab" is not
    text = "Im Landkreis Cham hat es im Herbst so viele Wildunfälle gegeben wie nie zuvor: Die Polizei zählte 1.480 Unfälle."
    assert "Im Landkreis Cham hat es so viele Wildunfälle gegeben wie nie zuvor." in forms(text)
    text = (
        "Als die Sirene ertönte, gab es in der Halle in Cham kein Halten mehr: Mit einem 5:3 hat der EV Cham am Samstag "
        "den Aufstieg in die Oberliga geschafft."
    )
    assert not any(f.startswith("Als die Sirene") for f in forms(text))
    # "Eben so wie …:" points to what follows the colon
    text = "Eben so wie ein Volksfest sein soll: Der Wiesnwirt Anton Huber hat am Samstag das erste Fass angezapft."
    assert not any(f.startswith("Eben so wie") for f in forms(text))


def test_the_rest_of_an_amount_and_a_clause_after_a_semicolon_stay() -> None:
    # round 57's pushes: "hatte ein Jahr und auf Bewährung gefordert", "ein gläserner Kubus immer beobachtet"
    found = forms(
        "Die Staatsanwaltschaft hatte ein Jahr und acht Monate auf Bewährung gefordert, der Verteidiger einen Freispruch."
    )
    assert all("ein Jahr und acht Monate" in f for f in found), found
    found = forms(
        "Die Bühne von Anna Roth ist ein leerer Saal, in dem Paul wartet; Eva umkreist ihn von außen, immer beobachtet, "
        "immer beobachtend."
    )
    assert not any("Saal immer" in f or "Saal, immer" in f for f in found), found


def test_an_adverb_before_the_participle_and_an_insertion_that_does_not_close_are_read_right() -> None:
    # "hat … einstimmig | beschlossen": the adverb is no verb of the bracket
    found = forms("Das Gremium hat im Mai einstimmig beschlossen, den Vertrag zu verlängern, wie der Verein mitteilte.")
    assert found, found
    # the rest of a list after a participial phrase, or a clause of its own, is no resumed clause (round 57's
    # "kostet die Restaurierung Landeskirche, …")
    found = forms(
        "Rund 90.000 Euro kostet die Sanierung, bezahlt von Pfarre, Diözese, Land und einem Verein, der seit Jahren sammelt."
    )
    assert not any("Sanierung Diözese" in f for f in found), found
    found = forms(
        "Land und Bund teilen sich die Kosten von 1,2 Millionen Euro, verteilt auf fünf Jahre, Gemeinden beteiligen "
        "sich mit einem kleinen Anteil."
    )
    assert not any("Euro Gemeinden" in f for f in found), found


def test_an_amount_with_its_rate_adverb_and_a_count_after_a_time_are_read_whole() -> None:
    # "mit den Mehreinnahmen | von jährlich rund 1,2 Millionen Euro": the amount hangs on its noun (round 56's push
    # had "will von jährlich rund 1,2 Millionen Euro … finanzieren")
    found = forms(
        "Die Gemeinde will mit den erwarteten Mehreinnahmen von jährlich rund 80.000 Euro vor allem neue Radwege "
        "am Seeufer in Kirchdorf finanzieren."
    )
    assert not any("will von" in f or " allem" in f.replace("vor allem", "") for f in found), found
    # "in den kommenden zwei Jahren | 15 weitere genossenschaftlich geführte Läden": the count is the object's
    found = forms(
        "Das Ministerium hat angekündigt, in den kommenden zwei Jahren 15 weitere genossenschaftlich geführte Dorfläden "
        "mit Zuschüssen zu fördern."
    )
    assert (
        "Das Ministerium hat angekündigt, 15 weitere genossenschaftlich geführte Dorfläden mit Zuschüssen zu fördern." in found
    ), found


def test_the_fifth_review_of_session_26() -> None:
    # a participial insertion before a coordinated object is still one ("…, unterstützt von …, Wohnungen und Büros")
    found = forms("Die Polizei hat am Montag, unterstützt von Spezialkräften, Wohnungen und Büros in Graz durchsucht.")
    assert "Die Polizei hat Wohnungen und Büros durchsucht." in found, found
    found = forms(
        "Die Polizei durchsuchte am Montag, unterstützt von Spezialkräften, mehrere Wohnungen von mutmaßlichen Schleppern."
    )
    assert "Die Polizei durchsuchte mehrere Wohnungen von mutmaßlichen Schleppern." in found, found
    # "so wie angekündigt" inside the head does not point to what follows the colon
    found = forms(
        "Der Bürgermeister Karl Rabl ist so wie angekündigt am Montag zurückgetreten: Die Neuwahl findet im März statt."
    )
    assert not any(f.startswith("Die Neuwahl") for f in found), found
    # a spokesperson's or a judge's role never goes, only an office's
    found = forms("Polizeisprecherin Anna Berger hat am Montag bestätigt, dass der gesuchte Einbrecher in Wels gefasst wurde.")
    assert all("Polizeisprecherin" in f for f in found), found
    # a relative clause before a semicolon goes with what follows it, which may point into it
    found = forms("Im Wohnzimmer steht ein alter Sessel, in dem Maria jeden Abend sitzt; sie liest dort die Zeitung.")
    assert not any("Sessel; sie" in f for f in found), found
    # "weniger" after a noun that is no time is a genitive
    found = forms("Die Stadt hat nach Beschwerden weniger Anwohner den Bau der Umfahrung gestoppt.")
    assert "Die Stadt hat den Bau der Umfahrung gestoppt." in found, found


def test_where_something_comes_from_is_what_stammen_needs() -> None:
    # round 58's push "… sollen mindestens 60 Prozent der Zutaten stammen, …"
    found = forms("Vom kommenden Jahr an sollen mindestens 50 Prozent der Zutaten aus Tirol stammen, ein Drittel aus Bioanbau.")
    assert not any("Zutaten stammen" in f for f in found), found


def test_an_adjective_led_member_continues_the_list_of_its_preposition() -> None:
    # "angesichts schwacher Nachfrage und | hoher Energiekosten": one causal phrase, which may go whole
    found = forms("Der Maschinenbauer Kessler will angesichts schwacher Aufträge und hoher Zinsen rund 300 Stellen streichen.")
    assert "Der Maschinenbauer Kessler will rund 300 Stellen streichen." in found, found
    assert not any("und hoher Zinsen rund" in f and "angesichts" not in f for f in found), found


def test_a_record_may_say_since_when_and_end_in_an_auxiliary() -> None:
    text = (
        "In Tirol haben sich im vergangenen Jahr so viele Menschen impfen lassen wie noch nie seit Beginn der "
        "Statistik: Rund 80 000 Menschen holten sich den Schutz."
    )
    assert "In Tirol haben sich so viele Menschen impfen lassen wie noch nie seit Beginn der Statistik." in forms(text)
    text = "Die Tafel in Lienz ist im vergangenen Jahr so stark in Anspruch genommen worden wie nie seit ihrer Gründung."
    assert "Die Tafel in Lienz ist so stark in Anspruch genommen worden wie nie seit ihrer Gründung." in forms(text)


def test_a_firms_origin_may_go_as_the_last_resort() -> None:
    found = forms("Die Grazer Spedition Kainz Logistik stellt ihren täglichen Güterzug zwischen Graz und Rotterdam ein.")
    assert found[-1] == "Die Spedition Kainz Logistik stellt ihren täglichen Güterzug zwischen Graz und Rotterdam ein.", found
    # before a person's role, a town's adjective stays: "Der Schweizer Botschafter" may be a Swiss man
    found = forms("Der Schweizer Botschafter Peter Frei hat am Montag in Wien sein Beglaubigungsschreiben überreicht.")
    assert all(f.startswith("Der Schweizer Botschafter") for f in found), found


def test_a_date_in_apposition_is_part_of_its_time() -> None:
    # a date in figures and a clock time after the day; the object after the date stays an object
    found = forms("Ein 34-jähriger Autofahrer ist am Freitagabend, 14.03.2025, bei einem Unfall in Weiz schwer verletzt worden.")
    assert "Ein 34-jähriger Autofahrer ist bei einem Unfall in Weiz schwer verletzt worden." in found, found
    found = forms(
        "Unbekannte haben in der Nacht von Freitag, 22 Uhr, bis Samstag, 6 Uhr, aus einem Lager in Leoben zwölf "
        "Motorsägen gestohlen."
    )
    assert any(f.startswith("Unbekannte haben") and "zwölf Motorsägen gestohlen." in f and "Uhr" not in f for f in found)
    found = forms("Betrüger haben am Montag, 3. März 2025, eine 80-jährige Frau aus Gleisdorf um ihr Erspartes gebracht.")
    assert all("Frau" in f for f in found), found
    # in the Vorfeld: "Ab Montag, 1. September, fährt …" is read as a clause
    assert forms("Ab Montag, 1. September, fährt in Feldkirch eine zusätzliche Buslinie mit zwölf neuen Haltestellen.")


def test_what_a_focus_particle_points_at_stays() -> None:
    # "kann das ab März auch [am Wochenende] erledigen": without its phrase, "auch" says something else
    found = forms("Wer in Lienz einen Pass beantragen will, kann das ab dem 1. April auch am Samstag im Rathaus erledigen.")
    assert all("auch am Samstag" in f for f in found), found


def test_a_count_bounded_by_ueber_leaves_what_was_counted_an_object() -> None:
    # "über acht Jahre Messungen ausgewertet": the measurements are what was evaluated, no time that may go
    found = forms(
        "Forscher der Universität Graz haben über acht Jahre Messungen von 40 Sensoren ausgewertet und kommen auf eine "
        "Zunahme der Helligkeit von sieben Prozent pro Jahr."
    )
    assert not any(f.endswith("haben ausgewertet.") or "haben von 40" in f for f in found), found


def test_the_share_of_a_sentence_may_go_and_the_sentence_stays() -> None:
    found = forms(
        "Ein 61-jähriger Bauunternehmer aus Lienz ist am Dienstag zu zwei Jahren Haft verurteilt worden, davon acht Monate unbedingt."
    )
    assert "Ein 61-jähriger Bauunternehmer aus Lienz ist zu zwei Jahren Haft verurteilt worden." in found, found
    found = forms(
        "Eine 48-jährige Kassierin eines Skiclubs ist am Freitag zu 30 Monaten Haft verurteilt worden, zehn davon unbedingt."
    )
    assert "Eine 48-jährige Kassierin eines Skiclubs ist zu 30 Monaten Haft verurteilt worden." in found, found


def test_a_head_taken_up_again_after_its_dash_stays() -> None:
    # "Elf Wochen – so lange …": without its head, "so lange" is gone too, and with it the news
    found = forms(
        "Neun Wochen – so lange müssen Patientinnen in Kärnten im Schnitt auf einen Termin bei einer Hautärztin warten."
    )
    assert all(f.startswith("Neun Wochen – so lange") for f in found), found


def test_an_infinitive_after_an_inserted_clause_completes_that_clause() -> None:
    # ", die sich verpflichten, | nach … zu arbeiten": no part of the main clause, which ended before the insertion
    found = forms(
        "Tirol will künftig mehr Studienplätze an junge Leute vergeben, die sich verpflichten, nach dem Studium "
        "mindestens fünf Jahre lang als Landärztin oder Landarzt zu arbeiten."
    )
    assert not any("vergeben mindestens" in f or "vergeben als" in f or "vergeben nach" in f for f in found), found


def test_a_count_held_at_a_time_stays_in_its_phrase_and_an_amount_noun_keeps_its_amount() -> None:
    # "aus bisher 23 Gemeinden": "bisher" says when the count held, no time of the clause
    found = forms("Im Bezirk Lienz sollen bis 2030 aus bisher 23 Pfarren fünf größere Seelsorgeräume entstehen.")
    assert not any(" aus 23" in f or "2030 23" in f or "sollen 23" in f for f in found), found
    # "einen Umsatz [von 312 Millionen Euro] erzielt" says nothing without its amount
    found = forms(
        "Die Brauerei Huber AG hat im ersten Halbjahr einen Umsatz von 312,6 Millionen Euro erzielt, 4,2 Prozent mehr als im Vorjahr."
    )
    assert all("312,6 Millionen Euro" in f for f in found), found


def test_a_role_apposition_a_range_with_zwischen_and_a_correlate_are_read_right() -> None:
    # "Die Firma, Hersteller von Kühl- und Tiefkühlmöbeln, baut …": an aside before a full verb, its "und" a compound's
    found = forms("Die Alpkühl GmbH, Hersteller gewerblicher Kühl- und Tiefkühlmöbel für Hotels, baut ihr Werk in Hall aus.")
    assert "Die Alpkühl GmbH baut ihr Werk in Hall aus." in found, found
    # "zwischen Kassel und Dortmund" needs its "und": it may go whole from the subject
    found = forms(
        "Die Talbrücke Erlenbach an der Autobahn 45 zwischen Hagen und Siegen wird ab Montag für Lastwagen mit mehr als 7,5 Tonnen gesperrt."
    )
    assert any(f.startswith("Die Talbrücke Erlenbach an der Autobahn 45 wird") for f in found), found
    # "geht … davon aus, dass …": the correlate is the complement, so the reason before it may go
    found = forms("Die Asfinag geht nach einer ersten Prüfung davon aus, dass die A13 bis Sonntagabend gesperrt bleibt.")
    assert "Die Asfinag geht davon aus, dass die A13 bis Sonntagabend gesperrt bleibt." in found, found


def test_two_joined_places_in_an_infinitive_may_go_together() -> None:
    found = forms(
        "Der Gemeinderat von Lienz hat beschlossen, bis zum Sommer an 80 Mülleimern in der Altstadt und entlang der "
        "Isel sogenannte Pfandringe anzubringen."
    )
    assert "Der Gemeinderat von Lienz hat beschlossen, an 80 Mülleimern sogenannte Pfandringe anzubringen." in found, found
    assert not any(" und sogenannte" in f or "Mülleimern und" in f for f in found), found


def test_the_third_noun_of_a_chain_of_attributes_goes_last() -> None:
    found = forms(
        "Tausende Tiroler haben gegen die Verkehrspolitik der neuen Landesregierung von Landeshauptmann Huber protestiert."
    )
    assert found[-1] == "Tausende Tiroler haben gegen die Verkehrspolitik der neuen Landesregierung protestiert.", found
    # not a list, which says whose: "der Tausch von Anteilen | der OMV und der Gazprom"
    found = forms("Der Tausch von Anteilen der Energie AG und der Salzburg AG hat in Linz Sorgen vor einem Ausverkauf befeuert.")
    assert all("der Energie AG und der Salzburg AG" in f for f in found), found
