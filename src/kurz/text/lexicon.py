"""German word classes shared by the splitter, the tokenizer and the methods.

Every list here is closed-class (function words, abbreviations): open-class knowledge comes from
mechanisms (capitalisation, number shape, context), not from lists of special cases.
"""

from __future__ import annotations

STOP_WORDS: frozenset[str] = frozenset(
    ["aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander", "andere", "anderem", "anderen", "anderer", "anderes", "anders", "auch", "auf", "aus", "bei", "beide", "beiden", "beim", "bin", "bis", "bisher", "bist", "bzw", "da", "dabei", "dadurch", "dafür", "dagegen", "daher", "damit", "danach", "dann", "daran", "darauf", "darin", "darum", "darunter", "das", "dass", "davon", "davor", "dazu", "dein", "deine", "dem", "den", "denen", "denn", "der", "deren", "des", "deshalb", "dessen", "dich", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "dir", "doch", "dort", "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "einige", "einigen", "einiger", "einiges", "einmal", "er", "es", "etwa", "etwas", "euch", "euer", "eure", "für", "gegen", "gewesen", "hab", "habe", "haben", "hat", "hatte", "hatten", "hier", "hin", "hinter", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "im", "immer", "in", "indem", "ins", "ist", "ja", "jede", "jedem", "jeden", "jeder", "jedes", "jedoch", "jene", "jenem", "jenen", "jener", "jenes", "jetzt", "kann", "kein", "keine", "keinem", "keinen", "keiner", "keines", "können", "könnte", "machen", "man", "manche", "manchem", "manchen", "mancher", "manches", "mehr", "mein", "meine", "mich", "mir", "mit", "muss", "musste", "nach", "nachdem", "nicht", "nichts", "noch", "nun", "nur", "ob", "obwohl", "oder", "ohne", "schon", "sehr", "sein", "seine", "seinem", "seinen", "seiner", "seines", "seit", "sich", "sie", "sind", "so", "solche", "solchem", "solchen", "solcher", "soll", "sollte", "sondern", "sonst", "sowie", "über", "um", "und", "uns", "unser", "unsere", "unter", "viel", "viele", "vom", "von", "vor", "während", "war", "waren", "warum", "was", "weder", "weil", "welche", "welchem", "welchen", "welcher", "welches", "wenn", "wer", "werde", "werden", "wie", "wieder", "will", "wir", "wird", "wirst", "wo", "wollen", "wollte", "worden", "wurde", "wurden", "zu", "zum", "zur", "zwar", "zwischen"]
)

# Capitalised words that typically open a German sentence: the stop words plus sentence adverbs.
# An ambiguous period (initial, ordinal, "u. a.", ellipsis) ends a sentence only before one of these.
SENTENCE_OPENERS: frozenset[str] = frozenset(
    {w.capitalize() for w in STOP_WORDS}
    | set(
        ["Laut", "Zudem", "Außerdem", "Allerdings", "Dennoch", "Trotzdem", "Inzwischen", "Bereits", "Zuletzt", "Zuvor", "Damals", "Heute", "Gestern", "Morgen", "Insgesamt", "Zunächst", "Erst", "Später", "Gleichzeitig", "Ebenfalls", "Vielmehr", "Immerhin", "Offenbar", "Derzeit", "Bislang", "Seither", "Darum", "Deswegen", "Diesmal", "Künftig", "Demnach", "Dagegen", "Hingegen", "Stattdessen", "Somit", "Mittlerweile", "Anschließend", "Schließlich", "Letztlich", "Freilich", "Tatsächlich", "Vor", "Nach", "Bei", "Mit", "Ab", "An", "Auf", "Aus", "Im", "Wegen", "Trotz", "Seit", "Gegen", "Neben", "Unter", "Wie", "Was", "Wer", "Wo", "Wann", "Warum", "Wieso", "Weshalb", "Doch", "Als", "Um", "Dies"]
    )
)

# The splitter's abbreviation classes (NEVER_END, AMBIGUOUS, …) live in kurz/text/data/abbreviations_*.txt.

MONTHS: frozenset[str] = frozenset(
    ["Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
)

# Verbs that attribute speech ("…, sagte X"): a clause they open after a comma is an attribution.
SPEECH_VERBS: frozenset[str] = frozenset(
    ["sagte", "sagten", "sagt", "erklärte", "erklärten", "erklärt", "betonte", "betonten", "betont", "meinte", "meinten", "meint", "berichtete", "berichteten", "berichtet", "teilte", "teilten", "schrieb", "schreibt", "hieß", "heißt", "ergänzte", "ergänzten", "fügte", "warnte", "warnten", "warnt", "verlautete", "meldete", "meldeten", "bestätigte", "bestätigten", "kündigte", "kündigten", "forderte", "forderten", "kritisierte", "kritisierten", "rief", "räumte", "versicherte", "unterstrich", "bekräftigte", "argumentierte", "begründete", "zitierte", "sagen"]
)
# Forms that mark reported speech (Konjunktiv I, and Konjunktiv II where it differs from the indicative).
SUBJUNCTIVE: frozenset[str] = frozenset(
    ["sei", "seien", "habe", "hätten", "hätte", "werde", "könne", "könnten", "müsse", "müssten", "solle", "wolle", "dürfe", "dürften", "gebe", "gäbe", "wäre", "wären", "würde", "würden", "liege", "stehe", "gehe", "komme", "bleibe", "gelte", "wisse", "brauche", "fehle", "lasse"]
)
# Sentence openers that only make sense after the sentence they refer to.
ANAPHORS: frozenset[str] = frozenset(
    ["Er", "Sie", "Dies", "Damit", "Dabei", "Dadurch", "Deshalb", "Deswegen", "Daher", "Dazu", "Dafür", "Dagegen", "Darauf", "Daraufhin", "Darin", "Davon", "Darüber", "Davor", "Danach", "Demnach", "Dort", "Zudem", "Außerdem", "Trotzdem", "Dennoch", "Hierzu", "Hierfür"]
)
# Inside the first clause, words that point at what was said before ("Mieter zahlen damit …", "… will zudem …",
# "einen entsprechenden Entwurf"); lowercase forms, as they stand after the first word.
BACK_REFERENCES: frozenset[str] = frozenset(
    [w.lower() for w in ANAPHORS if w not in ("Er", "Sie", "Dies", "Dort")] + ["entsprechende", "entsprechenden", "entsprechender", "entsprechendes", "ebenfalls"]
)
# Pronominal adverbs that may instead point forward, to a clause that follows ("Sie einigten sich darauf, die
# Steuern zu senken", "Er sorgte dafür, dass …"): only a back reference when no such clause follows.
CORRELATES: frozenset[str] = frozenset(["damit", "dabei", "dadurch", "dafür", "dagegen", "darauf", "darin", "davon", "darüber", "davor", "danach", "dazu"])
# What opens the clause a correlate points to.
FORWARD_CLAUSE_OPENERS: frozenset[str] = frozenset(["dass", "ob", "wie", "was", "wer", "wann", "wo", "warum", "wenn", "um"])
# Demonstrative pronouns that close a clause ("Die Opposition kritisierte das, …", "… bestätigte dies.").
CLOSING_DEMONSTRATIVES: frozenset[str] = frozenset(["das", "dies", "dieses"])
# Determiners that are pronouns when a lowercase word follows ("Das gab …", not "Das Gericht …").
DEMONSTRATIVES: frozenset[str] = frozenset(["Das", "Dieser", "Diese", "Dieses", "Diesen", "Jener", "Jene"])
