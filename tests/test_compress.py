"""Sentence compression by deletion: hand-written cases (tests/data/compressions.jsonl) and invariants."""

from __future__ import annotations

import re

import pytest
from conftest import DATA, load_jsonl

import kurz
from kurz import Document
from kurz.document import Span
from kurz.methods.compress import find_removals, variants
from kurz.summary import join_pieces
from kurz.text.quotes import balanced
from kurz.text.tokens import WORD

CASES = load_jsonl(DATA / "compressions.jsonl")
NEGATIONS = frozenset(
    [
        "nicht",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "keines",
        "keinerlei",
        "nie",
        "niemals",
        "nimmer",
        "nichts",
        "niemand",
        "niemandem",
        "niemanden",
        "weder",
        "nirgends",
        "nirgendwo",
        "ohne",
    ]
)
ENDS = re.compile(r"[.!?…][“”»«\")]*$")


def sentence_of(text: str):
    doc = Document.from_text(text)
    assert len(doc.sentences) == 1, [s.text for s in doc.sentences]
    return doc, doc.sentences[0]


def test_case_file_is_large_and_balanced() -> None:
    assert len(CASES) >= 110
    assert len({c["id"] for c in CASES}) == len(CASES)
    untouched = [c for c in CASES if c["shortest"] == sentence_of(c["text"])[1].content.text]
    assert len(untouched) >= 35


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_shortest_variant(case: dict) -> None:
    _, sentence = sentence_of(case["text"])
    assert join_pieces(variants(sentence)[-1]) == case["shortest"], case["category"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_variant_invariants(case: dict) -> None:
    doc, sentence = sentence_of(case["text"])
    found = variants(sentence)
    assert found[0] == (sentence.content,)
    lengths = [len(join_pieces(v)) for v in found]
    assert lengths == sorted(lengths, reverse=True) and len(set(lengths)) == len(lengths)
    source_negations = [w.lower() for w in WORD.findall(sentence.content.text) if w.lower() in NEGATIONS]
    for variant in found:
        for piece in variant:
            assert isinstance(piece, Span) and doc.text[piece.start : piece.end] == piece.text
        assert all(a.end <= b.start for a, b in zip(variant, variant[1:]))
        text = join_pieces(variant)
        assert balanced(text), text
        assert ENDS.search(text), text
        assert not re.search(r"(^|\s)[,;]|,\s*[,.;:!?]", text), text
        kept_negations = [w.lower() for w in WORD.findall(text) if w.lower() in NEGATIONS]
        assert kept_negations == source_negations, text


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_output_words_are_the_sources_in_order(case: dict) -> None:
    _, sentence = sentence_of(case["text"])
    source = [m for m in WORD.finditer(sentence.content.text)]
    for variant in variants(sentence):
        words = WORD.findall(join_pieces(variant))
        position = 0
        for word in words:
            while position < len(source) and source[position].group() != word:
                position += 1
            assert position < len(source), (word, join_pieces(variant))
            position += 1


def test_dev_sentences_keep_offsets_and_negations(dev_articles: list[dict]) -> None:
    for row in dev_articles[:150]:
        doc = Document.from_text(row["text"])
        for sentence in doc.content_sentences:
            negations = [w.lower() for w in WORD.findall(sentence.content.text) if w.lower() in NEGATIONS]
            for variant in variants(sentence)[1:]:
                assert all(doc.text[p.start : p.end] == p.text for p in variant)
                text = join_pieces(variant)
                assert [w.lower() for w in WORD.findall(text) if w.lower() in NEGATIONS] == negations, text


@pytest.mark.parametrize(
    ("sentence", "shortest"),
    [
        (
            "Borussia Dortmund hat das Revierderby mit 3:1 gewonnen und ist auf Rang drei der Tabelle vorgerückt.",
            "Borussia Dortmund hat das Revierderby mit 3:1 gewonnen.",
        ),
        (
            "Der Inn ist nach tagelangem Regen über die Ufer getreten und hat mehrere Orte im Unterinntal überflutet.",
            "Der Inn ist nach tagelangem Regen über die Ufer getreten.",
        ),
        # not a second verb phrase of the same subject, or not droppable: kept whole
        ("Der Bürgermeister lobte das Projekt und die Opposition kritisierte es scharf.", None),
        ("Die Stadt hat das Projekt gestoppt und will es nicht wieder aufnehmen.", None),
        ("„Wir haben gewonnen und sind glücklich“, sagte der Trainer nach dem Spiel.", None),
    ],
)
def test_a_closing_second_verb_phrase_goes_only_for_length(sentence: str, shortest: str | None) -> None:
    kinds = [r.kind for r in find_removals(sentence)]
    forms = [join_pieces(v) for v in variants(Document.from_text(sentence).sentences[0])]
    assert forms[0] == sentence  # whole first: the clause goes only when the budget needs it
    if shortest is None:
        assert "coordinated_clause" not in kinds or forms == [sentence]
    else:
        assert forms[-1] == shortest


def test_a_compound_goes_on_after_a_removed_bracket() -> None:
    text = "Thiem ist mit einem 7:6 (3), 7:6 (5)-Sieg gegen Kovalik in die dritte Runde eingezogen, teilte der Verband mit."
    shortest = join_pieces(variants(Document.from_text(text).content_sentences[0])[-1])
    assert "7:6, 7:6-Sieg" in shortest
    assert join_pieces((Span(0, 3, "ein"), Span(8, 11, "- und"))) == "ein - und"


def test_a_politicians_party_stays_in_a_teaser_and_goes_when_a_push_needs_the_room() -> None:
    text = (
        "Wien – Stadträtin Eva Gruber (SPÖ) hat am Montag im Rathaus einen neuen Plan für den Ausbau der Radwege "
        "in den Außenbezirken vorgestellt, der bis zum Jahr 2030 insgesamt 80 neue Kilometer bringt. "
        "Die Opposition (Bezirk Nord) kritisierte den Plan als zu teuer."
    )
    assert "Eva Gruber (SPÖ) hat" in kurz.summarize(text).text
    assert "(SPÖ)" not in kurz.summarize(text, preset="push").text
    assert "(Bezirk Nord)" not in kurz.summarize(text, max_words=60).text  # any other bracket goes as before
    shared = "Wien – Eva Gruber und Karl Huber (beide SPÖ) haben am Montag im Rathaus einen Plan vorgestellt."
    assert "(beide SPÖ)" in kurz.summarize(shared).text  # one party for two politicians


def test_a_second_verb_phrase_inside_an_opening_dass_clause_is_no_closing_conjunct() -> None:
    text = "Dass die Brücke nicht mehr saniert werden kann und soll, hat der Gemeinderat am Montag beschlossen."
    sentence = Document.from_text(text).content_sentences[0]
    assert all(join_pieces(v).endswith("am Montag beschlossen.") for v in variants(sentence))


def test_who_a_named_person_is_stays_in_a_teaser_and_goes_from_a_push() -> None:
    text = (
        "Wien – Anna Gruber, die neue Präsidentin der Rektorenkonferenz, fordert mehr Geld für die Hochschulen. "
        "Wenn Max Berger (Felix Huber) im Film Philosophie unterrichtet, zitiert er Kant. Die Premiere ist im Mai."
    )
    teaser = kurz.summarize(text).text
    assert "Anna Gruber, die neue Präsidentin der Rektorenkonferenz, fordert" in teaser
    assert "Max Berger (Felix Huber)" in kurz.summarize(text, max_words=60).text
    longer = text.replace(
        "mehr Geld für die Hochschulen", "ab dem kommenden Jahr deutlich mehr Geld für die Hochschulen des Landes"
    )
    assert kurz.summarize(longer, preset="push").text.startswith("Anna Gruber fordert ")  # it goes for length
    aged = "Wien – Peter Huber, 45, hat am Montag im Rathaus einen neuen Plan für die Radwege der Stadt vorgestellt."
    assert "45" not in kurz.summarize(aged).text  # an age still goes


def test_an_amount_converted_in_brackets_stays_and_other_brackets_go() -> None:
    text = "London – Die Sängerin Anna Berg hat einen 90 Millionen Pfund (117 Millionen Euro) schweren Vertrag unterzeichnet."
    assert "(117 Millionen Euro)" in kurz.summarize(text).text
    other = "Wien – Der Umsatz der Firma stieg im Jahr 2015 (Vorjahr: 12 Prozent) deutlich an. Das ist neu."
    assert "Vorjahr" not in kurz.summarize(other).text


def test_a_relative_clause_after_someone_brought_in_by_ein_stays() -> None:
    sentence = Document.from_text(
        "Bekannt ist etwa die Geschichte einer Linzer Lehrerin, die nach einem Streit ihre Stelle verlor."
    ).content_sentences[0]
    assert all("die nach einem Streit ihre Stelle verlor" in join_pieces(v) for v in variants(sentence))
    named = Document.from_text("Bekannt ist die Geschichte von Maria Huber, die nach einem Streit ihre Stelle verlor.")
    assert any("Stelle" not in join_pieces(v) for v in variants(named.content_sentences[0]))


def test_a_compound_cut_short_inside_an_apposition_joins_no_list() -> None:
    # "Lager- und Transportabläufe" is one noun: the apposition after the firm's name goes
    sentence = (
        "Die Alpenlogik GmbH, Anbieter von Software zur Planung von Lager- und Transportabläufen, eröffnet in Linz ein Büro."
    )
    assert [r.kind for r in find_removals(sentence)] == ["apposition"]
    # a list goes on after the comma: no apposition
    listed = "Die Alpenlogik GmbH, ein Anbieter von Software und Beratung, eröffnet in Linz ein Büro."
    assert find_removals(listed) == []
