from __future__ import annotations

import pytest
from conftest import DATA, load_jsonl

from kurz import split_sentences
from kurz.evaluate.boundaries import BoundaryScore, boundary_score, locate
from kurz.text.wordlists import DATA as WORD_LISTS


def score_file(name: str) -> BoundaryScore:
    total = BoundaryScore(0, 0, 0)
    for case in load_jsonl(DATA / name):
        text = case["text"]
        predicted = split_sentences(text)
        for s in predicted:
            assert text[s.start : s.end] == s.text
        total = total + boundary_score(text, [(s.start, s.end) for s in predicted], locate(text, case["sentences"]))
    return total


def test_stress_set_is_large_enough() -> None:
    assert len(load_jsonl(DATA / "sentences_stress.jsonl")) >= 150


def test_stress_set_boundary_f1() -> None:
    assert score_file("sentences_stress.jsonl").f1 >= 0.99


def test_holdout_set_generalises() -> None:
    # Written separately from the stress set and never used to tune the rules.
    assert score_file("sentences_holdout.jsonl").f1 >= 0.97


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Am 4. November wird gewählt. Das war im Jahr 2019. Danach kam nichts.",
            ["Am 4. November wird gewählt.", "Das war im Jahr 2019.", "Danach kam nichts."],
        ),
        (
            "Es kostet ca. 2,5 Mio. Euro, sagte Prof. Dr. Lang. Es kamen Hunde, Katzen usw. Die Polizei kam.",
            ["Es kostet ca. 2,5 Mio. Euro, sagte Prof. Dr. Lang.", "Es kamen Hunde, Katzen usw.", "Die Polizei kam."],
        ),
        ("„Wann kommt ihr?“, fragte sie. »Nie!« rief er.", ["„Wann kommt ihr?“, fragte sie.", "»Nie!« rief er."]),
        (
            "„Das Angebot steht. Jetzt sind die anderen am Zug.“ Sie ging.",
            ["„Das Angebot steht.", "Jetzt sind die anderen am Zug.“", "Sie ging."],
        ),
        (
            "Es sagte der Angeklagte Markus K. Das Gericht tagt. John F. Kennedy kam.",
            ["Es sagte der Angeklagte Markus K.", "Das Gericht tagt.", "John F. Kennedy kam."],
        ),
        (
            "Bayern gewann 3:0. Wien landete auf Platz 4. Im Mai geht es weiter.",
            ["Bayern gewann 3:0.", "Wien landete auf Platz 4.", "Im Mai geht es weiter."],
        ),
        ("Die Polizei ermittelt. (APA, 5.11.2015)", ["Die Polizei ermittelt.", "(APA, 5.11.2015)"]),
        (
            "Titel ohne Punkt\n- erster Punkt\n- zweiter Punkt\nEnde.",
            ["Titel ohne Punkt", "- erster Punkt", "- zweiter Punkt", "Ende."],
        ),
        (
            "Er lebte auf seine Art. Danach sprach er über Art. 5 GG. Das war’s.",
            ["Er lebte auf seine Art.", "Danach sprach er über Art. 5 GG.", "Das war’s."],
        ),
        (
            "Infos auf www.stadt-graz.at/info.html oder per Mail an presse@graz.at. Danke.",
            ["Infos auf www.stadt-graz.at/info.html oder per Mail an presse@graz.at.", "Danke."],
        ),
        ("Das Projekt (Es begann 2019. Seither ruht es.) ist tot.", ["Das Projekt (Es begann 2019. Seither ruht es.) ist tot."]),
        (
            "Die K.-o.-Phase beginnt um 20.45 Uhr. Sie dauert … bis Mitternacht.",
            ["Die K.-o.-Phase beginnt um 20.45 Uhr.", "Sie dauert … bis Mitternacht."],
        ),
        (
            "Er wohnt in der Hauptstr. 5 in Wien. Sie wohnt in der Hauptstr. Dort ist es ruhig.",
            ["Er wohnt in der Hauptstr. 5 in Wien.", "Sie wohnt in der Hauptstr.", "Dort ist es ruhig."],
        ),
        ("Gesperrt ist die Bahnhofstr. 2026 wird sie saniert.", ["Gesperrt ist die Bahnhofstr.", "2026 wird sie saniert."]),
        (
            "Er trat am Mo. 5. Mai an. Sie kam am So. 12.3.2025. Er kam am So. Danach nie mehr.",
            ["Er trat am Mo. 5. Mai an.", "Sie kam am So. 12.3.2025.", "Er kam am So.", "Danach nie mehr."],
        ),
        (
            "Geliefert wird am Di. 40 Tische sind bestellt. Rektorin Fr. Keil kam am Fr. 9. Mai.",
            ["Geliefert wird am Di.", "40 Tische sind bestellt.", "Rektorin Fr. Keil kam am Fr. 9. Mai."],
        ),
        (
            "Sie stieg auf 14. Drei davon sind neu. Am 4. November kam der 3. Platz.",
            ["Sie stieg auf 14.", "Drei davon sind neu.", "Am 4. November kam der 3. Platz."],
        ),
        (
            "Ca. 40 Prozent kamen mit rd. 800 Autos. Es gilt max. Tempo 30.",
            ["Ca. 40 Prozent kamen mit rd. 800 Autos.", "Es gilt max. Tempo 30."],
        ),
        (
            "Er kostet 2 Mio. Euro. Sie erzielt 1,1 Mrd. Analysten staunen. Es war um 100 n. Chr. Reste blieben.",
            ["Er kostet 2 Mio. Euro.", "Sie erzielt 1,1 Mrd.", "Analysten staunen.", "Es war um 100 n. Chr.", "Reste blieben."],
        ),
        (
            "Die Preise steigen. iPhone-Nutzer zahlen mehr. Es gibt z. B. iPad-Hüllen.",
            ["Die Preise steigen.", "iPhone-Nutzer zahlen mehr.", "Es gibt z. B. iPad-Hüllen."],
        ),
        ("„Wer zahlt?“ – so fragte er. „Nie!“ Dann ging er.", ["„Wer zahlt?“ – so fragte er.", "„Nie!“", "Dann ging er."]),
        ("Es regnet. (Mehr dazu auf Seite 4) Danach nicht.", ["Es regnet.", "(Mehr dazu auf Seite 4)", "Danach nicht."]),
        (
            "Osnabrück. Nach dem Brand ermittelt die Polizei. Abstieg. Nach 23 Jahren.",
            ["Osnabrück. Nach dem Brand ermittelt die Polizei.", "Abstieg.", "Nach 23 Jahren."],
        ),
        ("Abstieg. Nach 23 Jahren geht der Verein.", ["Abstieg.", "Nach 23 Jahren geht der Verein."]),
    ],
)
def test_conventions(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_windows_line_ends_and_invisible_characters_keep_offsets() -> None:
    text = "Die Bundes\u00adregierung tagt z.\u00a0B. heute.\r\nDer Rat\u200b folgt morgen.\r\n"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Die Bundes\u00adregierung tagt z.\u00a0B. heute.", "Der Rat\u200b folgt morgen."]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_word_lists_are_package_data_one_entry_a_line() -> None:
    from kurz.text import sentences

    assert {"Dr", "z.B", "ca", "Nr"} <= sentences.NEVER_END
    assert {"Mio", "Mrd"} <= sentences.AMOUNT and "Mio" not in sentences.AMBIGUOUS
    for path in WORD_LISTS.glob("*.txt"):
        entries = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        assert entries and all(" " not in e and len(e) < 40 for e in entries), path.name
        assert len(entries) == len(set(entries)), path.name
