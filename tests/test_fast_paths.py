"""The tokenizer's fast paths give exactly what the plain definitions give (teasers must not move)."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kurz.document import Document
from kurz.methods.features import FEATURES, sentence_features
from kurz.text.quotes import PAIRS, depths
from kurz.text.tokens import _INVISIBLE, LOWERING_DIFFERS, WORD, content_stems, stems_of, words

PLAIN_WORD = re.compile(rf"[^\W_](?:[\w{_INVISIBLE}]|[-'’](?=\w))*")
TRICKY = st.text(alphabet="aZß9_-'’ \u00ad\u200b.,:Äéİ\u0307xΣΑ\u0301", max_size=30)


@given(TRICKY)
def test_word_regex_matches_the_plain_definition(text: str) -> None:
    assert WORD.findall(text) == PLAIN_WORD.findall(text)


def test_word_regex_on_written_german() -> None:
    text = "Die E-Mail-Adresse von Rock'n'Roll-Fan O’Brien: 3,5 Mio. Euro -- für 2024er-Jahrgänge – ab_sofort."
    assert WORD.findall(text) == PLAIN_WORD.findall(text)
    assert "E-Mail-Adresse" in WORD.findall(text) and "Rock'n'Roll-Fan" in WORD.findall(text)


def test_only_listed_characters_lowercase_differently_inside_a_word() -> None:
    """Lowercasing word by word equals lowercasing the text, except for the characters LOWERING_DIFFERS lists.

    Character by character; the one mapping Python makes by context, final sigma, is checked below."""
    start, inner = re.compile(r"[^\W_]"), re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        lower = char.lower()
        same = (
            len(lower) == 1
            and all(bool(p.match(char)) == bool(p.match(lower)) for p in (start, inner))
            and ((char in "-'’") == (lower in "-'’"))
        )
        assert same or LOWERING_DIFFERS.match(char), hex(code)


@given(TRICKY)
def test_lowering_word_by_word_is_words_unless_a_listed_character_occurs(text: str) -> None:
    """The ranker features lowercase each word instead of calling `words`, when LOWERING_DIFFERS finds nothing."""
    if not LOWERING_DIFFERS.search(text):
        assert [w.lower() for w in WORD.findall(text)] == words(text)


def test_a_capital_sigma_lowercases_by_its_context_so_it_is_listed() -> None:
    # In the text, the "." is skipped when Python decides whether Σ ends a word (a letter follows: σ); alone, the
    # word "ΟΔΟΣ" ends in ς. In "Α:Σ" it is the other way round.
    for text in ("ΟΔΟΣ.ΑΘΗΝΑ", "Α:Σ"):
        assert [w.lower() for w in WORD.findall(text)] != words(text)
        assert LOWERING_DIFFERS.search(text)


@given(TRICKY)
def test_stems_of_normalised_words_are_content_stems(text: str) -> None:
    assert stems_of(words(text)) == content_stems(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Partei ΝΕΟΣ.ΚΟΣΜΟΣ gewinnt in Athen die Wahl. Die Partei ΝΕΟΣ gewinnt auch in Thessaloniki die Wahl.",
        "Die Bun\u00addesregierung tagt in Berlin. Die Bundesregierung tagt auch in İstanbul.",
    ],
    ids=["sigma", "soft-hyphen"],
)
def test_where_lowering_differs_the_features_use_the_plain_words(text: str) -> None:
    """The same stems as `content_stems`, so the same overlap between the two sentences."""
    document = Document.analyse(text)
    candidates = document.content_sentences
    stems = [set(content_stems(s.content.text)) for s in candidates]
    shared = len(stems[0] & stems[1]) / (len(stems[0]) * len(stems[1])) ** 0.5
    assert sentence_features(document, candidates)[1, FEATURES.index("lead_overlap")] == shared


def test_content_stems_drop_stop_words_and_stem() -> None:
    assert content_stems("Die Regierung und die Regierungen haben entschieden") == ["regier", "regier", "entschied"]


def plain_depths(text: str) -> list[int]:
    stack: list[str] = []
    out: list[int] = []
    for ch in text:
        if stack and ch in stack[-1]:
            out.append(len(stack))
            stack.pop()
            continue
        if ch in PAIRS:
            stack.append(PAIRS[ch])
        out.append(len(stack))
    return out


@given(st.text(alphabet='ab „“”»«"()[] ', max_size=40))
def test_quote_depths_match_the_character_by_character_definition(text: str) -> None:
    assert depths(text) == plain_depths(text)


def test_quote_depths_of_a_german_quotation() -> None:
    assert depths("Er sagte: „Nein (nie)“.") == [0] * 10 + [1] * 6 + [2] * 5 + [1, 0]
