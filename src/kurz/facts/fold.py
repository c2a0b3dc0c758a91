"""One comparison form for teaser and article: lowercase, "ß" as "ss", one apostrophe and quote style."""

from __future__ import annotations

from kurz.text.tokens import drop_invisible

_QUOTES = str.maketrans(
    {
        "„": '"',
        "“": '"',
        "”": '"',
        "»": '"',
        "«": '"',
        "‚": "'",
        "‘": "'",
        "’": "'",
        "‹": "'",
        "›": "'",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
    }
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def fold(text: str) -> str:
    """Lowercase with ß as ss and invisible characters dropped: Swiss and German spellings compare equal."""
    return drop_invisible(text).lower().replace("ß", "ss").translate(_APOSTROPHES)


def unify_quotes(text: str) -> str:
    """Every quotation mark as a straight one, every space (also non-breaking) as one space."""
    return " ".join(drop_invisible(text).translate(_QUOTES).split())


# Endings a name or noun may carry in running text: genitive (-s, -es, -'), plural and weak forms (-n, -en),
# and place adjectives ("Wiener", "Berliner"); longest first.
_ENDINGS = ("erinnen", "erin", "ern", "ers", "er", "ens", "es", "en", "em", "s", "n", "e", "'", "’")


_DEUMLAUT = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


def bases(word: str) -> set[str]:
    """The folded word and what is left after stripping one inflectional ending (at least 3 letters remain),
    each also without umlauts ("Fahrgäste" meets "Fahrgast")."""
    w = fold(word)
    out = {w}
    for ending in _ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            out.add(w[: -len(ending)])
    return out | {b.translate(_DEUMLAUT) for b in out}
