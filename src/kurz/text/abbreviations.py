"""German abbreviation classes: how an abbreviation's full stop may or may not end a sentence.

The classes are word lists in kurz/text/data/abbreviations_*.txt; the splitter (kurz.text.sentences) decides with
them, and the dateline recogniser (kurz.text.datelines) keeps them from being read as places.
"""

from __future__ import annotations

from kurz.text.wordlists import word_list

# Abbreviation classes, keyed without inner spaces ("z. B." -> "z.B"); each file says what its class means.
NEVER_END = word_list("abbreviations_never_end")  # "Dr.", "z. B.", "Nr.": more of the sentence follows
AMBIGUOUS = word_list("abbreviations_ambiguous")  # "u. a.", "Str.": ends only before a sentence opener
AMOUNT = word_list("abbreviations_amount")  # "Mio.", "Mrd.": ends before a capitalised word that is no unit
ERA = word_list("abbreviations_era")  # "v. Chr.": ends before any capitalised word
BEFORE_NUMBER = word_list("abbreviations_before_number")  # "Art. 5": an abbreviation only before a number
BEFORE_DATE = word_list("abbreviations_before_date")  # "Mo. 5. Mai": an abbreviation only before a date
# Endings that make a compound an abbreviation before a house number ("Hauptstr. 5", not "Hauptstr. 2025").
BEFORE_NUMBER_ENDINGS: tuple[str, ...] = ("str",)
KNOWN = NEVER_END | AMBIGUOUS | AMOUNT | ERA
ABBREVIATIONS = KNOWN | BEFORE_NUMBER | BEFORE_DATE
