"""The fields of German main clauses (kurz.text.syntax), on sentences written for these tests."""

from __future__ import annotations

import pytest

from kurz.text.syntax import Clause, analyse, tokenize


def fields(text: str) -> tuple[Clause, list[str]]:
    tokens = tokenize(text)
    clause = analyse(tokens)
    assert clause is not None, text
    return clause, [t.text for t in tokens]


def words(clause: Clause, start: int, end: int) -> str:
    return " ".join(t.text for t in clause.tokens[start:end])


@pytest.mark.parametrize(
    ("text", "finite", "bracket", "subject"),
    [
        ("Der Gemeinderat hat am Dienstag eine Erhöhung der Gebühren beschlossen.", "hat", "beschlossen", "Der Gemeinderat"),
        ("Am Montag ist die Ministerin in Rom mit dem Papst zusammengetroffen.", "ist", "zusammengetroffen", "die Ministerin"),
        ("Die am Montag vorgestellte Studie zeigt einen Anstieg der Mieten.", "zeigt", "", "Die am Montag vorgestellte Studie"),
        ("Die Firma kündigte am Freitag eine Klage gegen den Bescheid an.", "kündigte", "an", "Die Firma"),
        (
            "Ein 34-jähriger Wanderer ist im Ötztal verschüttet und tödlich verletzt worden.",
            "ist",
            "verschüttet und tödlich verletzt worden",
            "Ein 34-jähriger Wanderer",
        ),
        ("Papst Leo XIV. wird im Frühjahr in den Libanon reisen.", "wird", "reisen", "Papst Leo XIV."),
        (
            "Die Reederei, die zu den größten der Welt gehört, hat ihren Gewinn verdoppelt.",
            "hat",
            "verdoppelt",
            "Die Reederei",
        ),
        (
            "Im Streit um die Kliniken haben sich Bund und Länder auf einen Fonds geeinigt.",
            "haben",
            "geeinigt",
            "Bund und Länder",
        ),
    ],
)
def test_finite_verb_right_bracket_and_subject(text: str, finite: str, bracket: str, subject: str) -> None:
    clause, _ = fields(text)
    assert clause.tokens[clause.finite].text == finite
    assert words(clause, *clause.bracket) == bracket
    assert clause.subject is not None and words(clause, clause.subject.start, clause.subject.end) == subject


def test_phrase_kinds_of_vorfeld_and_mittelfeld() -> None:
    clause, _ = fields(
        "Nach einem Brand in einer Lagerhalle sind am Mittwochabend nach Angaben der Polizei in der Innenstadt "
        "zwei Männer mit schweren Verletzungen wegen des Rauchs in eine Klinik gebracht worden."
    )
    vorfeld = [(p.kind, words(clause, p.start, p.end)) for p in clause.vorfeld]
    middle = [(p.kind, words(clause, p.start, p.end)) for p in clause.mittelfeld]
    assert vorfeld == [("causal", "Nach einem Brand"), ("local", "in einer Lagerhalle")]
    assert middle == [
        ("temporal", "am Mittwochabend"),
        ("source", "nach Angaben der Polizei"),
        ("local", "in der Innenstadt"),
        ("subject", "zwei Männer"),
        ("manner", "mit schweren Verletzungen"),
        ("causal", "wegen des Rauchs"),
        ("prepositional", "in eine Klinik"),
    ]


def test_insertions_and_what_follows_the_clause() -> None:
    clause, _ = fields(
        "Die Stadt hat den Bau einer Brücke, über den seit Jahren gestritten wird, endgültig gestoppt, wie der "
        "Bürgermeister am Montag mitteilte."
    )
    kinds = [p.kind for p in clause.mittelfeld]
    assert "relative_clause" in kinds
    assert words(clause, *clause.bracket) == "gestoppt"  # "endgültig" is an adverb of the Mittelfeld, no verb
    assert words(clause, clause.tail, clause.end) == ", wie der Bürgermeister am Montag mitteilte"


def test_a_condition_in_the_vorfeld_and_a_coordination_in_a_phrase() -> None:
    clause, _ = fields("Wenn der Pegel steigt, muss die Feuerwehr die Häuser von Anna, Berta und Clara räumen.")
    assert [p.kind for p in clause.vorfeld] == ["condition"]
    assert clause.tokens[clause.finite].text == "muss"
    assert ("coordination", "Anna , Berta und Clara") not in [(p.kind, words(clause, p.start, p.end)) for p in clause.mittelfeld]
    assert any(words(clause, p.start, p.end) == "die Häuser von Anna , Berta und Clara" for p in clause.mittelfeld)


@pytest.mark.parametrize(
    "text",
    [
        "„Wir bleiben“, sagte sie.",
        "Warum?",
        "Ein Satz ohne Verb und ohne Ende",
        "Dass er kommt.",
        "Den Gästen zeigen, dass die Stadt sicher ist.",  # an infinitive after its object
    ],
)
def test_what_the_rules_cannot_read_gives_none(text: str) -> None:
    assert analyse(tokenize(text)) is None


def test_tokens_keep_offsets_ordinals_and_hyphenated_words() -> None:
    text = "Der 34-jährige Mann reist am 23. Juli nach Rom."
    tokens = tokenize(text, offset=100)
    assert [t.text for t in tokens] == ["Der", "34-jährige", "Mann", "reist", "am", "23.", "Juli", "nach", "Rom", "."]
    assert all(text[t.start - 100 : t.end - 100] == t.text for t in tokens)


def kinds(text: str) -> list[tuple[str, str]]:
    clause, _ = fields(text)
    return [(p.kind, words(clause, p.start, p.end)) for p in (*clause.vorfeld, *clause.mittelfeld)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a time word and a noun beside it are two phrases
        ("Die Polizei bestätigte am Sonntagabend Berichte über einen Einbruch.", ("noun", "Berichte")),
        # a number opens its own phrase when its noun follows
        ("Die Miliz will im Bergland 3.000 Rekruten für den Krieg ausbilden.", ("local", "im Bergland")),
        # an accusative time phrase
        ("Die Gemeinde will diesen Winter keine Loipen spuren.", ("temporal", "diesen Winter")),
        # a participial attribute after a contraction stays in its phrase
        (
            "Die Schweizerin hat das Finale beim mit 250.000 Euro dotierten Hallenturnier gewonnen.",
            ("local", "beim mit 250.000 Euro dotierten Hallenturnier"),
        ),
        # lowercase words inside a name, and a slash inside a word
        ("Die Delegation ist am Freitag in Rio de Janeiro gelandet.", ("local", "in Rio de Janeiro")),
        ("Drei Parteien liegen im ORF/APA-Barometer vorne.", ("local", "im ORF/APA-Barometer")),
        # a compound cut short belongs to the noun that completes it
        (
            "Der Kauf hat am Ende eine große Wirkung auf die Gewinn- und Verlustrechnung gehabt.",
            ("prepositional", "auf die Gewinn- und Verlustrechnung"),
        ),
        # a time offset is one phrase with its adverb
        ("Die Reisenden kommen einen Tag später in Rom an.", ("temporal", "einen Tag später")),
        # a date in apposition is one time phrase
        ("Die Belegschaft wird heute, Mittwoch, im Festsaal erwartet.", ("temporal", "heute , Mittwoch ,")),
    ],
)
def test_where_a_phrase_ends(text: str, phrase: tuple[str, str]) -> None:
    assert phrase in kinds(text)


def test_a_relative_clause_after_the_subject_does_not_end_an_auxiliarys_clause() -> None:
    clause, _ = fields(
        "Nach einer Pause hatten die Gastgeber, die zuvor fünf Spiele verloren hatten, die Partie im Griff behalten."
    )
    assert words(clause, *clause.bracket) == "behalten"
    assert clause.tail == clause.end


def test_solch_before_an_article_belongs_to_the_noun_phrase() -> None:
    clause = analyse(tokenize("Weil das verboten ist, schließt solch ein Vorgehen viele Menschen faktisch aus."))
    assert clause is not None
    fields = [" ".join(t.text for t in clause.tokens[p.start : p.end]) for p in clause.mittelfeld]
    assert fields[0] == "solch ein Vorgehen"  # not "solch" alone, which a refill would leave behind


def test_a_word_before_a_genitive_name_and_its_adjective_is_the_verb() -> None:
    # no adjective stands before a name in the genitive that takes the article's place ("Tirols bester Trainer")
    clause, _ = fields("Die Chancen des Vereins für Samstag schätzte Tirols bester Trainer auf 60 bis 70 Prozent.")
    assert clause.tokens[clause.finite].text == "schätzte"


def test_two_adjectives_with_the_same_strong_ending_are_no_subject_and_verb() -> None:
    assert analyse(tokenize("Neuer heftiger Streit zwischen Linz und Wels.")) is None  # a headline, no clause
    clause, _ = fields("Opfer schwerer Unfälle werden künftig in Graz schneller versorgt.")
    assert clause.tokens[clause.finite].text == "werden"


def test_a_demonstrative_subject_is_followed_by_its_verb() -> None:
    # "Das geht …": "Das" is the subject, not the article of an attribute "[geht aus dem … veröffentlichten]"
    clause = analyse(tokenize("Das geht aus dem am Montag veröffentlichten Jahresbericht der Stadtwerke hervor."))
    assert clause is not None and clause.tokens[clause.finite].text == "geht"
    adverb = analyse(tokenize("Der vielfach ausgezeichnete Bildhauer aus Linz stellt ab Mai in Wien aus."))
    assert adverb is not None and adverb.tokens[adverb.finite].text == "stellt"


def test_swiss_thousands_are_one_number() -> None:
    assert [t.text for t in tokenize("Die Sammlung brachte 60'000 Franken von 1’200 Spendern.")][3:7] == [
        "60'000",
        "Franken",
        "von",
        "1’200",
    ]
