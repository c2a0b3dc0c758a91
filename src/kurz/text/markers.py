"""Recognise the parts of a text that are not news: agency notes, captions, bylines, headline lines,
and the furniture of press releases, blogs and news sites (related links and prompts to follow a link, contact
and "about us" blocks, share lines and ads, live-blog stamps and sign-offs, a letter's salutation, author bios,
copyright lines, embedded social media posts).

Datelines are recognised in kurz.text.datelines, which kurz.document consults beside these.

They stay in the text (offsets never move) but are marked, and marked material never enters a summary.
"""

from __future__ import annotations

import re

from kurz.text.ends import line_ends_open
from kurz.text.wordlists import word_list

AGENCY_NOTE = re.compile(
    r"^\(\s*[A-Za-zÄÖÜäöü]{2,12}(?:-[A-Za-z]{2,10})?(?:\s*[/,]\s*[A-Za-zÄÖÜäöü]{2,12}){0,3}"
    r"(?:,?\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})?\s*\)[.:]?$"
)
CAPTION = re.compile(
    r"^(?:[(\[]\s*)?(?:Fotos?|Bild(?:er)?|Grafik|Illustration|Video|Quelle|Archivbild|Symbolbild|Bildquelle|Copyright)"
    r"\s*:|^©|^\(?Fotos?/|(?:Fotos?|Bild):\s*[\w .,/-]+\)?$"
)
# Where a person stands in a photo: "Christian Lindner (l.) und …", "(v. l.)": the sentence is a caption.
_IN_PHOTO = re.compile(r"\((?:l|r|M|li|re|Mitte|v\.\s?l\.|v\.\s?r\.)\.?\)")
# A standfirst that names the piece's genre and no news: "Ein Porträt von Lisa Gstrein aus Längenfeld.", "Eine
# Reportage aus dem Lötschental."
GENRE_LABEL = re.compile(
    r"^(?:Ein|Eine) (?:Porträt|Portrait|Reportage|Essay|Kolumne|Streifzug)\s+(?:von|über|mit|aus|bei|im|in|zu|zum|zur)\b"
    r"(?:\s+[\w-]+){1,7}[.:]?$"
)
BYLINE = re.compile(
    r"^(?:Von|Aus|Ein (?:Kommentar|Bericht|Gastbeitrag) von|Autor(?:in)?:)\s+[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+){0,3}(?:\s*,\s*[A-ZÄÖÜ][\w ]+)?$"
)
_DATE_TIME = r"\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)\s?\d{2,4}(?:[,| -]+\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?"
_AUTHOR = r"(?:Von|Autor(?:in)?:?)\s+[A-ZÄÖÜ][\w.-]+(?:\s+[\w.-]+){0,4}"  # "Von Max Muster", "Autorin: Eva Huber"
# "Von Max Muster | 14.03.2025, 09:12 Uhr", "Aktualisiert am 14.03.2025, 09:12 Uhr", "Stand: 14.03.2025"
STAMP = re.compile(
    rf"^(?:{_AUTHOR}\s*[|,·•–-]\s*)?"
    rf"(?:(?:Aktualisiert|Veröffentlicht|Erstellt|Zuletzt aktualisiert|Stand(?: des Artikels)?|Publiziert)(?:\s+am)?:?\s*)?"
    rf"(?:[A-Z][a-z]+,\s*)?{_DATE_TIME}\W*$"
)
# A firm's legal form ("Alpenlicht Solar GmbH", "Reusswerke AG"): the capitals of `legal_forms.txt` and the mixed-case
# ones
_LEGAL_FORM = "(?:" + "|".join(sorted(word_list("legal_forms") | {"GmbH", "mbH", "eG", r"e\. ?V\.", r"Ltd\.?", r"Inc\.?"})) + ")"
# Furniture that a line opens with: the kind, and the pattern (case-sensitive, anchored at the line start).
_FURNITURE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "related",
        re.compile(
            r"^(?:Lesen Sie (?:auch|mehr|hier)|Mehr zum Thema|Zum Thema|Auch interessant|Das könnte Sie (?:auch )?interessieren|Weitere (?:Artikel|Nachrichten|Meldungen|Informationen)|Mehr (?:dazu|Informationen|Infos)|Siehe auch|Hören Sie auch|Sehen Sie auch|Video|Bildergalerie|Fotostrecke)\b\s*(?::|$|\u2013|-|»|›)"
        ),
    ),
    ("contact", re.compile(r"^(?:Presse|Medien)?[Kk]ontakt\b|^(?:Tel(?:efon)?\.?|Fax|E-Mail|Mail|Web|Internet)\s*:")),
    # "Über uns", "Über die Stadtwerke Musterstadt:", a line "Über die Alpenlicht GmbH": a name and a colon, or a
    # firm's name with its legal form as a line of its own; not a sentence that opens with "Über die Höhe der Strafen
    # entscheidet …", nor a crosshead "Über Umwege"
    (
        "about",
        re.compile(
            r"^Über (?:uns\b|(?:die |den |das )?[A-ZÄÖÜ][\w&.-]*(?: [A-ZÄÖÜ&][\w&.-]*){0,4}\s*:|"
            rf"(?:die |den |das )?[A-ZÄÖÜ][\w&.-]*(?: [A-ZÄÖÜ&][\w&.-]*){{0,4}} {_LEGAL_FORM}\s*$)"
        ),
    ),
    (
        "share",
        re.compile(
            r"^(?:Teilen(?: Sie)?\b|Artikel (?:teilen|drucken|merken|versenden)|Diesen Artikel|Anzeige\b|Werbung\b|Newsletter\b|"
            r"(?:Jetzt|Hier) (?:den |unseren )?Newsletter|Melden Sie sich (?:jetzt )?(?:für|zu)|Abonnieren Sie|Folgen Sie uns|"
            r"(?:Diese (?:Website|Seite)|Wir) (?:verwendet|verwenden|nutzt|nutzen) Cookies|Cookie|Kommentare?\b\s*(?:\(|\d|$)|Drucken\b|Schlagworte\s*:|Tags\s*:|"
            r"Hinweis: Dieser (?:Artikel|Beitrag) enthält|(?:Für Sie|Am Preis) ändert sich (?:am Preis )?nichts|"
            r"(?:Schicken|Senden|Schreiben|Mailen) Sie (?:uns|unserem|unserer)\b|"
            r"(?:(?:Sind|Haben|Waren|Kennen|Wissen) Sie|Sie (?:sind|haben|wissen)) [^.!?]{0,80}\?\s*$)"
        ),
    ),
)
# "© dpa-infocom, dpa:250314-99-123456/2", "(c) 2025 Verlag", "Copyright …": a copyright line, not a photo credit.
_COPYRIGHT = re.compile(r"(?:©|\(c\)\s|Copyright\b)\s*(?:\d{4}\b|[\w-]+,\s*dpa:|[^:]*$)|\W*dpa:\d{6}-\d")
# Share lines without words of their own: "Facebook | Twitter | E-Mail", "WhatsApp Facebook X".
_SHARE_LINE = re.compile(
    r"^(?:(?:Facebook|Twitter|X|WhatsApp|E-Mail|Mail|LinkedIn|Xing|Pinterest|Telegram|Threads|Drucken|Teilen|Link kopieren)\W*){2,}$"
)
# "Max Muster ist Redakteur im Ressort Politik.", "Die Autorin ist freie Journalistin in Wien."
_BIO = re.compile(
    r"^(?:(?:Der|Die) Autor(?:in)?|[A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ][\w-]+) (?:ist|arbeitet als|schreibt (?:als|für|seit)) "
    r"(?:\w+ ){0,4}(?:Redakteur|Redakteurin|Korrespondent|Korrespondentin|Journalist|Journalistin|Autor|Autorin|Reporter|Reporterin|Volontär|Volontärin|Chefredakteur|Chefredakteurin|Ressortleiter|Ressortleiterin)"
)
# A live-blog stamp before the news of an entry: "Update, 14:30 Uhr: ", "+++ 14.30 Uhr +++ ", "Update: ",
# "22.08 Uhr | ".
UPDATE_STAMP = re.compile(
    r"^(?:\+{2,3}\s*)?(?:(?:Update|Aktualisierung|Nachtrag|Eilmeldung|Breaking News|Liveticker)\b[,:]?\s*"
    r"(?:(?:vom\s+)?\d{1,2}\.\d{1,2}\.(?:\d{2,4})?,?\s*)?(?:\d{1,2}[.:]\d{2}(?:\s*Uhr)?)?|\d{1,2}[.:]\d{2}\s*Uhr)"
    r"\s*(?:\+{2,3}|:|[–—|-])\s+(?=\S)"
)
# A book's, film's or show's data in a review: "Kessler & Rau, Leipzig, 312 Seiten, 24 Euro.", "ISBN 978-…",
# "Verlag Hafenlicht, Hamburg.": a list of its publisher, pages and price, no sentence.
CREDITS = re.compile(r"(?:^|[,.]\s*)\d{2,4}\s+Seiten\s*(?:,|\.?$)|\bISBN\b|^Verlag\s+[A-ZÄÖÜ][^.!?]{0,60},\s*[A-ZÄÖÜ][\w -]+\.?$")
# "Stand: 19:48 Uhr", "Aktualisiert um 14.30 Uhr": a live page's time stamp without a date.
_TIME_STAMP = re.compile(r"^(?:Stand|Aktualisiert|Zuletzt aktualisiert)(?:\s+um)?:?\s*\d{1,2}[:.]\d{2}(?:\s*Uhr)?\W*$")
# Anywhere in a sentence: a prompt to follow a link ("Die Liste finden Sie hier:", "Hier finden Sie …", "Klicken
# Sie hier") or to read on in the outlet ("Wie es weitergeht, lesen Sie morgen in unserer Ausgabe.", "… lesen Sie
# morgen früh auf unserer Seite", not inside a quote), and a post embedded from a social network ("#Amokfahrt
# pic.twitter.com/…", "— Name (@name) May 3, 2016").
_LINK_PROMPT = re.compile(
    r"\b(?:finden|lesen|sehen|hören) Sie (?:hier|unter)\b|^Hier (?:finden|lesen|sehen|hören) Sie\b|\b[Kk]licken Sie hier\b|"
    r"^[^„“»«\"]*\b(?:[Ff]inden|[Ll]esen|[Ss]ehen|[Hh]ören) Sie [^.!?„“»«]{0,40}\b(?:in|auf) unserer (?:\w+ )?\w*"
    r"(?:[Aa]usgabe|Zeitung|App|Sendung|[Ss]eite|[Ww]ebsite|[Hh]omepage)\b"
)
# The outlet speaking of its own coverage: "Wir beenden diesen Liveblog für heute", "Dieser Ticker wird nicht mehr
# aktualisiert", "Der Ticker ist beendet", "Wir schliessen den Ticker für heute", "Wir halten Sie auf dem Laufenden",
# "Wir bedanken uns fürs Mitlesen", "Alle Entwicklungen zum Nachlesen.", "auch dann sind wir wieder live dabei",
# "Morgen früh berichten wir über die Bilanz", "Die wichtigsten Entwicklungen zum Nachlesen, die neuesten Einträge oben",
# "Die Entwicklungen des Tages im Überblick.".
_SIGNOFF = re.compile(
    r"\b(?:[Dd]iese[nmrs]?|[Uu]nser(?:en|em|es)?|(?:schlie(?:ß|ss)en|beenden) den) (?:Live-?[Bb]log|Live-?[Tt]icker|News-?[Bb]log|Ticker)\b|"
    r"^(?:Der|Das) (?:Live-?[Bb]log|Live-?[Tt]icker|News-?[Bb]log|News-?[Tt]icker|Ticker) (?:ist|wird) (?:\w+ ){0,3}"
    r"(?:beendet|geschlossen)\b|"
    r"\b(?:halten|informieren) (?:wir )?Sie (?:hier )?(?:auf dem Laufenden|weiter)\b|^Wir berichten (?:weiter|laufend|später|morgen)|"
    r"^Wir verabschieden uns\b|\b(?:[Dd]anke|danken(?: Ihnen)?|bedanken uns(?: bei Ihnen)?|Dank) f(?:ü|ue)r(?:s| das| Ihr) "
    r"(?:Mit)?[Ll]esen\b|[–—-]\s*[Ww]ir berichten(?: weiter| laufend)?\.?$|\bzum Nachlesen(?:\W*$|,)|"
    r"\b[Nn]euesten? Einträge (?:oben|zuerst)\b|"
    r"\bsind wir (?:\w+ ){0,2}live dabei\b|"
    r"^(?:[\w.:-]+ ){1,5}berichten wir\b(?![^.!]*\?)|"
    r"^(?:Die|Alle) (?:\w+ ){0,3}Entwicklungen\b[^.!?]{0,40}\bim (?:Überblick|Live-?[Bb]log|Live-?[Tt]icker|Ticker)\.?$"
)
# one of them is in every sign-off
_SIGNOFF_HINTS = ("log", "icker", "Sie", "esen", "berichten", "live", "Einträge", "Entwicklungen")
# A byline with date and time that a page runs into its first sentence, or that stands alone with a reading time.
_INLINE_BYLINE = re.compile(
    rf"^{_AUTHOR}\s*[|·•]\s*{_DATE_TIME}"
    r"(?:\s*[|·•]\s*Lesezeit:?\s*\d+\s*Min(?:\.|uten)?)?(?:\s*[|·•]?\s+(?=[A-ZÄÖÜ„»])|\W*$)"
)
# Who made an interview: "Das Gespräch führte Jan Behrens.", "Die Fragen stellte Eva Huber.", "Interview: Jan Behrens"
_INTERVIEWER = re.compile(
    r"^(?:(?:Das (?:Gespräch|Interview)|Die Fragen) (?:führten?|stellten?)|Interview:|Mit [A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+)? sprach(?:en)?)"
    r"\s+[A-ZÄÖÜ][\w.-]*(?:\s+(?:und\s+)?[A-ZÄÖÜ][\w.-]*){0,4}\.?$"
)
# An affiliate note: "Schließen Sie darüber einen Vertrag ab, erhalten wir eine Provision."
_AFFILIATE = re.compile(r"\berhalten wir (?:ggf\. |unter Umständen )?eine (?:kleine )?Provision\b")
# A letter's or a blog post's salutation before its first sentence: "Liebe Mitglieder, liebe Freunde, die Saison …".
SALUTATION = re.compile(
    r"^(?:(?:Liebe[rs]?|Sehr geehrte[rn]?|Hallo|Servus|Grüezi|Grüss Gott|Grüß Gott)\b[^,.!?:;]{0,60},\s+"
    r"(?:(?:liebe[rs]?|sehr geehrte[rn]?)\b[^,.!?:;]{0,60},\s+)*)(?=\S)"
)
_EMBED = re.compile(r"pic\.twitter\.com/\w|https?://t\.co/\w|\(@\w+\)\s+\w+\.?\s+\d{1,2},\s+\d{4}")
# One pass for all of them: a named group per kind ("share_line" and "share" are both kind "share").
_ANY_FURNITURE = re.compile(
    "|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in (*_FURNITURE, ("share_line", _SHARE_LINE), ("bio", _BIO)))
)
# Blocks that end a press release: everything after them is furniture too.
TRAILERS = frozenset(["about", "contact"])


def stamp_length(sentence: str) -> int:
    """Length of a live-blog stamp that opens an entry ("Update, 14:30 Uhr: ", "16:42 Uhr – Update: ": a time and a
    label, read one after the other), 0 if none."""
    end = 0
    for _ in range(2):
        match = UPDATE_STAMP.match(sentence[end:])  # anchored at the start: a slice, not a position
        if match is None or end + match.end() >= len(sentence):
            break
        end += match.end()
    return end


# A section label that opens a sentence of a fact check or an explainer ("Die Fakten: ", "Hintergrund: "): the
# outlet's own heading, not part of what it says. "Behauptung:" and "Bewertung:" stay: they say whose claim it is.
SECTION_LABEL = re.compile(
    r"^(?:Die Fakten|Fakten|Faktenlage|Hintergrund|Kurz gesagt|Das Wichtigste in Kürze)\s*:\s+(?=[A-ZÄÖÜ„»«\d])"
)


def label_length(sentence: str) -> int:
    """Length of a section label that opens the sentence ("Die Fakten: "), 0 if none."""
    if ":" not in sentence[:32]:
        return 0  # the cheap test first: this runs on every body sentence
    match = SECTION_LABEL.match(sentence)
    return match.end() if match else 0


def byline_length(sentence: str) -> int:
    """Length of a byline that a page runs into its first sentence ("Von Redaktion X | 12.06.2025, 14:32 Uhr |
    Lesezeit: 3 Min. Die Firma …"), 0 if none."""
    match = _INLINE_BYLINE.match(sentence)
    return match.end() if match else 0


def salutation_length(sentence: str) -> int:
    """Length of a salutation that opens a letter or post ("Liebe Mitglieder, liebe Freunde, "), 0 if none."""
    match = SALUTATION.match(sentence)
    return match.end() if match and match.end() < len(sentence) else 0


def is_credits(sentence: str) -> bool:
    """A book's, a show's or a film's data in a review ("Kessler & Rau, Leipzig, 312 Seiten, 24 Euro.", "„Die Möwe“,
    Stadttheater Bern, Grosse Bühne.", "„Nach dem Hafen“, Deutschland 2025, 108 Minuten, FSK ab 12.")."""
    show = _SHOW.match(sentence) if sentence[:1] in '„»«"' else None
    if show is not None:
        parts = sentence[show.end() :].split(",")
        if len(parts) >= 2 and all(_NAMES_ONLY.match(part.strip()) or _RATING.match(part.strip()) for part in parts):
            return True
    return ("Seiten" in sentence or "ISBN" in sentence or sentence.startswith("Verlag")) and CREDITS.search(sentence) is not None


# A show's title in quotes and a comma ("„Die Möwe“, "), then two or more parts of only names and numbers: its
# venue, stage, director, dates
_SHOW = re.compile(r"[„»«\"][^„“»«\"]{1,80}[“«»\"],\s*(?=\S)")
# a film's age rating ("freigegeben von der FSK (Freiwillige Selbstkontrolle …) ab 12 Jahren", "FSK 12", "ab 6 Jahren")
_RATING = re.compile(
    r"(?:freigegeben\s+)?(?:von\s+der\s+)?(?:FSK|FSF|JMK)?(?:\s*\([^()]{1,80}\))?\s*(?:ab\s+)?\d{1,2}(?:\s+Jahren)?\.?$"
)
_NAMES_ONLY = re.compile(r"(?:(?:[A-ZÄÖÜ0-9][\w.'’&-]*+:?|bis|ab|am|im|und|von|bei|&)(?:\s+|(?=\.?$)))+\.?$")


CREDIT_WORDS = 12  # a short line in the paragraph of a credits line is its title or genre ("Roman.")
CREDIT_LINES = 5  # a credits paragraph is a short one: no more sentences than this


def is_heading(sentence: str) -> bool:
    """A line without final punctuation (headline, kicker): the body, and its dateline, may still follow."""
    return line_ends_open(sentence)


def is_kicker(sentence: str) -> bool:
    """A topic and a dash before a short statement ("Reportage – ORF weist Vorwürfe zurück."): a kicker, when the
    body's dateline follows it; a sentence without a dash before a dateline is news ("Die Regierung tritt zurück.")."""
    return len(sentence) < KICKER_LENGTH and (" – " in sentence or " - " in sentence)


KICKER_LENGTH = 150


def boilerplate_kind(sentence: str, *, first: bool) -> str | None:
    """The kind of a sentence that is wholly boilerplate or page furniture, or None for news content.

    A line without final punctuation is a "heading" (headline, kicker, subhead, list of links): no method uses it as
    part of a sentence. Punctuation without a word (". ", "– –") is "stray": a page's leftover, never a sentence.
    """
    if not any(c.isalnum() for c in sentence):
        return "stray"
    if sentence.startswith("(") and AGENCY_NOTE.match(sentence):
        return "agency_note"
    if _COPYRIGHT.match(sentence):
        return "copyright"
    if len(sentence) < 200 and (":" in sentence or "©" in sentence or "/" in sentence) and CAPTION.search(sentence):
        return "caption"
    if "(" in sentence and _IN_PHOTO.search(sentence):
        return "caption"
    if first and BYLINE.match(sentence):
        return "byline"
    short = len(sentence) < 120
    if short and (STAMP.match(sentence) or byline_length(sentence) == len(sentence) or _TIME_STAMP.match(sentence)):
        return "byline"
    if short and _INTERVIEWER.match(sentence):
        return "byline"
    furniture = _ANY_FURNITURE.match(sentence)
    if furniture:
        return furniture.lastgroup.split("_")[0] if furniture.lastgroup else None
    if "Sie" in sentence and _LINK_PROMPT.search(sentence):
        return "related"
    cheap = any(w in sentence for w in _SIGNOFF_HINTS) or sentence.startswith("Wir")
    if cheap and _SIGNOFF.search(sentence):
        return "signoff"  # the cheap test first: this runs on every sentence
    if is_credits(sentence):
        return "credits"
    if "Provision" in sentence and _AFFILIATE.search(sentence):
        return "share"
    if ("twitter" in sentence or "t.co" in sentence or "(@" in sentence) and _EMBED.search(sentence):
        return "embed"
    if is_heading(sentence) or (sentence.startswith("Ein") and GENRE_LABEL.match(sentence)):
        return "heading"
    return None
