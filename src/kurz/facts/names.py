"""Names of persons, places and organisations: each must be in the article, inflected or not.

German capitalises every noun, so a capital letter does not make a name. A capitalised teaser word passes when
the article (or title) has it after stripping an inflectional ending ("Scholz'", "Wiens", "Merkels", "Wiener"),
when it is a compound of article words ("Regierungschef" from "Chef der Regierung"), or when it is a known
common noun (the Wiktionary lexicon in text/data) or a compound ending in one; a few such new nouns are allowed
(`NOUN_BUDGET`). Any other capitalised word is an invented name. Sentence-initial words are judged only
when they are not function words or sentence adverbs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kurz.facts.fold import fold
from kurz.facts.lists import words
from kurz.facts.source import Source
from kurz.facts.verdict import Reason, reason
from kurz.text import nouns
from kurz.text.lexicon import MONTHS, SENTENCE_OPENERS, STOP_WORDS

# Nouns that introduce a person's name ("Stadträtin Maria Huber", "Trainer Koch"): a word after one is a name.
ROLE = re.compile(
    r"(?:rätin|rat|meister(?:in)?|präsident(?:in)?|minister(?:in)?|chef(?:in)?|sprecher(?:in)?|kanzler(?:in)?|"
    r"direktor(?:in)?|leiter(?:in)?|vorsitzende[rn]?|trainer(?:in)?|autor(?:in)?|herr|frau|dr\.?|prof\.?)$"
)
CAPITALISED = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w'’‘]*(?:-[\w'’‘]+)*(?<!['’‘-])['’]?")
NOUN_BUDGET = 3
LINKS = ("s", "es", "n", "en", "e", "er", "")
# Bound first parts of compounds that are not nouns themselves ("Gesamtumsatz", "Vizekanzler", "Ex-Chef").
PREFIXES = words("compound_prefixes")
ADJECTIVE_ENDINGS = ("e", "er", "es", "en", "em")
# Sentence adverbs and other words that open sentences capitalised without being names or nouns.
OPENERS = frozenset(fold(w) for w in SENTENCE_OPENERS) | words("openers")
ADVERB_ENDINGS = tuple(sorted(words("adverb_endings")))
NON_NAMES = frozenset(fold(m) for m in MONTHS) | words("non_names")


def _sentence_initial(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \"„»«“”'‚‘(–—-")
    return not before or before[-1] in ".!?:;\n"


def _is_noun(word: str) -> bool:
    """A form of a common noun (the lexicon lists every inflected form, so no ending is stripped)."""
    return fold(word) in nouns.common_nouns()


def _split(word: str, known: Callable[[str, bool], bool], depth: int = 0) -> bool:
    """The folded word is a chain of parts that `known(part, is_head)` accepts, with linking -s-/-n-/-en-."""
    if depth and known(word, False):
        return True
    if depth > 3 or len(word) < 6:
        return False
    for i in range(len(word) - 3, 2, -1):
        head, mod = word[i:], word[:i]
        if not known(head, depth == 0):
            continue
        for link in LINKS:
            if (
                mod.endswith(link)
                and len(mod) - len(link) >= 3
                and _split(mod[: len(mod) - len(link)] if link else mod, known, depth + 1)
            ):
                return True
    return False


def _in_article(source: Source) -> Callable[[str, bool], bool]:
    """Short parts must be article words as they stand: "Bern" minus "n" is no evidence for "Ber-"."""
    return lambda part, head: source.has_word(part) if len(part) >= 4 else part in source.words


def _noun_or_article(source: Source) -> Callable[[str, bool], bool]:
    in_article = _in_article(source)
    return lambda part, head: (
        in_article(part, head) or (not head and part in PREFIXES) or (_is_noun(part) and (head or len(part) >= 4))
    )


def _attributive(teaser: str, m: re.Match[str]) -> bool:
    """A sentence-initial adjective before its noun ("Erneuter Anschlag", "Entspanntes Rollen")."""
    folded = fold(m.group())
    nxt = teaser[m.end() :].lstrip(" ")
    return folded.endswith(ADJECTIVE_ENDINGS) and not _is_noun(folded) and nxt[:1].isupper()


def classify(word: str, source: Source) -> str:
    """'article' (in the article), 'noun' (a common noun new to the article) or 'name' (an invented name)."""
    parts = [p for p in word.split("-") if p]
    if len(parts) > 1:
        kinds = [
            "article"
            if p[0].isdigit()
            else classify(p, source)
            if p[0].isupper()
            else "article"
            if source.has_word(p)
            else "noun"
            for p in parts
        ]
        if "name" in kinds:
            return "name"
        return "noun" if "noun" in kinds else "article"
    folded = fold(word).rstrip("'’")
    if source.has_word(folded) or folded in NON_NAMES:
        return "article"
    if word.isupper() and len(word) <= 6:
        return "noun" if _is_noun(folded) and len(folded) > 3 else "name"
    if _split(folded, _in_article(source)) or source.has_part(folded):
        return "article"
    if _is_noun(folded):
        return "noun"
    if _split(folded, _noun_or_article(source)):
        return "noun"
    return "name"


def check(teaser: str, source: Source, skip: list[tuple[int, int]]) -> list[Reason]:
    """A reason for each invented name, and for new common nouns beyond the budget."""
    reasons: list[Reason] = []
    new_nouns: list[tuple[int, int]] = []
    previous: tuple[re.Match[str], str] | None = None  # the capitalised word just before, and its kind
    for m in CAPITALISED.finditer(teaser):
        word = m.group()
        if any(s < m.end() and m.start() < e for s, e in skip):
            continue
        folded = fold(word)
        if folded in STOP_WORDS:
            continue
        initial = _sentence_initial(teaser, m.start())
        if initial and (
            folded in OPENERS or (folded.endswith(ADVERB_ENDINGS) and not _is_noun(folded)) or _attributive(teaser, m)
        ):
            continue
        kind = classify(word, source)
        if kind == "noun" and previous is not None and not teaser[previous[0].end() : m.start()].strip():
            # Right after a role ("Stadträtin Maria") or beside another new word ("Maria Huber"), a word that
            # the lexicon also knows as a noun is a name: that is how German writes persons.
            before, before_kind = previous
            if ROLE.search(fold(before.group())) or before_kind in ("noun", "name"):
                kind = "name"
                if before_kind == "noun":
                    new_nouns.remove((before.start(), before.end()))
                    reasons.append(
                        reason(
                            "name",
                            teaser,
                            before.start(),
                            before.end(),
                            f"{before.group()!r} is not in the article (an invented name?)",
                        )
                    )
        previous = (m, kind)
        if kind == "name":
            reasons.append(reason("name", teaser, m.start(), m.end(), f"{word!r} is not in the article (an invented name?)"))
        elif kind == "noun":
            new_nouns.append((m.start(), m.end()))
    budget = max(NOUN_BUDGET, len(teaser.split()) // 8)
    for start, end in new_nouns[budget:]:
        reasons.append(reason("name", teaser, start, end, f"more than {budget} nouns the article does not use"))
    return _merge(teaser, reasons)


def _merge(teaser: str, reasons: list[Reason]) -> list[Reason]:
    """Adjacent flagged words ("Karl Nehammer") become one reason."""
    out: list[Reason] = []
    for r in reasons:
        if out and "invented" in out[-1].message and "invented" in r.message and teaser[out[-1].end : r.start].strip() == "":
            prev = out.pop()
            r = reason(
                "name", teaser, prev.start, r.end, f"{teaser[prev.start : r.end]!r} is not in the article (an invented name?)"
            )
        out.append(r)
    return out
