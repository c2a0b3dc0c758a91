"""German word classes shared by the splitter, the tokenizer and the methods.

Every list here is closed-class (function words, abbreviations): open-class knowledge comes from
mechanisms (capitalisation, number shape, context), not from lists of special cases.
"""

from __future__ import annotations

from kurz.text.wordlists import word_list

STOP_WORDS: frozenset[str] = word_list("stop_words")

# Capitalised words that typically open a German sentence: the stop words plus sentence adverbs.
# An ambiguous period (initial, ordinal, "u. a.", ellipsis) ends a sentence only before one of these.
SENTENCE_OPENERS: frozenset[str] = frozenset({w.capitalize() for w in STOP_WORDS} | word_list("sentence_openers_extra"))

# The splitter's abbreviation classes (NEVER_END, AMBIGUOUS, …) live in kurz/text/data/abbreviations_*.txt.

MONTHS: frozenset[str] = word_list("months")

# Verbs that attribute speech ("…, sagte X"): a clause they open after a comma is an attribution.
SPEECH_VERBS: frozenset[str] = word_list("speech_verbs")
# Forms that mark reported speech (Konjunktiv I, and Konjunktiv II where it differs from the indicative).
SUBJUNCTIVE: frozenset[str] = word_list("subjunctive")
# Sentence openers that only make sense after the sentence they refer to.
ANAPHORS: frozenset[str] = word_list("anaphors")
# Inside the first clause, words that point at what was said before ("Mieter zahlen damit …", "… will zudem …",
# "Am Montag trat er zurück"); lowercase forms, as they stand after the first word.
BACK_REFERENCES: frozenset[str] = word_list("back_references")
# Nouns of time that make a demonstrative name the present ("Diese Woche", "dieses Jahr"), not a thing said before.
TIME_NOUNS: frozenset[str] = word_list("time_nouns")
# Pronominal adverbs that may instead point forward, to a clause that follows ("Sie einigten sich darauf, die
# Steuern zu senken", "Er sorgte dafür, dass …"): only a back reference when no such clause follows.
PRONOMINAL_ADVERBS: frozenset[str] = word_list("pronominal_adverbs")
# What opens the clause a correlate points to.
FORWARD_CLAUSE_OPENERS: frozenset[str] = word_list("forward_clause_openers")
# Demonstrative pronouns that close a clause ("Die Opposition kritisierte das, …", "… bestätigte dies.").
CLOSING_DEMONSTRATIVES: frozenset[str] = word_list("closing_demonstratives")
# Determiners that are pronouns when a lowercase word follows ("Das gab …", not "Das Gericht …").
DEMONSTRATIVES: frozenset[str] = word_list("demonstratives")

# --- word classes of sentence compression (kurz.methods.compress) ---
NEGATIONS: frozenset[str] = word_list("negations")
RELATIVE_PRONOUNS: frozenset[str] = word_list("relative_pronouns")
PREPOSITIONS: frozenset[str] = word_list("prepositions")
DETERMINERS: frozenset[str] = word_list("determiners")
QUANTIFIERS: frozenset[str] = word_list("quantifiers")
CONTRACTIONS: frozenset[str] = word_list("contractions")
NUMERALS: frozenset[str] = word_list("numerals")
# Finite auxiliaries, copulas and modals: a clause ending in one is not complete yet ("Die Reform sei, so X, …").
AUXILIARIES: frozenset[str] = SUBJUNCTIVE | word_list("auxiliaries")
# A clause in the first person is direct speech, whatever its mood ("ich habe", "wir hätten").
FIRST_PERSON: frozenset[str] = word_list("first_person")
ADVERBIAL_SUBORDINATORS: frozenset[str] = word_list("adverbial_subordinators")
# Words in the clause before an adverbial clause that point at it: without the clause it would mean something else.
ADVERBIAL_CORRELATES: frozenset[str] = word_list("adverbial_correlates")
# Words that take a purpose clause as their complement ("reicht, um …", "ist notwendig, um …").
PURPOSE_HEADS: frozenset[str] = word_list("purpose_heads")
# Words that open a clause: a segment starting with one continues the clause before it.
SUBORDINATORS: frozenset[str] = word_list("subordinators") | ADVERBIAL_SUBORDINATORS
CLAUSE_OPENERS: frozenset[str] = SUBORDINATORS | word_list("clause_openers_more")
COORDINATORS: frozenset[str] = word_list("coordinators")
CONDITIONS: frozenset[str] = word_list("conditions")
DANGLING: frozenset[str] = COORDINATORS | word_list("dangling_more")
# A person's full name starts with a first name ("Maria Huber", "US-Präsident Donald Trump").
FIRST_NAMES: frozenset[str] = word_list("first_names_wiktionary") | word_list("first_names_more")
# A role ("Ministerin", "Kanzler") or an ending that names a person ("Glaziologin", "Pianist"): a name after such a
# noun is that person's ("Außenminister Fischer")
ROLE_NOUNS: frozenset[str] = word_list("role_nouns")
PERSON_ENDINGS = ("loge", "login", "ist", "istin", "entin", "antin", "eurin", "orin", "erin")
