"""The German prompt: rules, the headline, the article cut at a sentence boundary, the length, and the draft."""

from __future__ import annotations

from kurz.document import Document
from kurz.summary import Budget

ARTICLE_CHARS = 6000  # the article as the model sees it: at most this many characters, cut after a whole sentence

SYSTEM = (
    "Du schreibst kurze Teaser für deutsche Nachrichtenartikel. Schreibe nur, was im Artikel steht: keine Zahlen, "
    "Daten, Namen oder Zitate, die nicht im Artikel stehen; Verneinungen bleiben Verneinungen; was jemand sagt oder "
    "fordert, bleibt als Aussage dieser Person gekennzeichnet (indirekte Rede), nicht als Tatsache. Wörtliche Zitate "
    "nur Wort für Wort aus dem Artikel. Antworte nur mit dem Teaser auf Deutsch: ganze Sätze, ohne Einleitung, ohne "
    "Überschrift, ohne Anführungszeichen um den ganzen Text, ohne Markdown."
)


def shorten(document: Document, limit: int = ARTICLE_CHARS) -> tuple[str, bool]:
    """The article's text up to the end of the last whole sentence within `limit` characters (the first sentence
    alone when even it is longer), and whether anything was cut."""
    text = document.text.strip()
    if len(text) <= limit:
        return text, False
    ends = [s.end for s in document.sentences if s.end <= limit]
    end = ends[-1] if ends else document.sentences[0].end if document.sentences else limit
    return document.text[:end].strip(), True


def length_rule(budget: Budget) -> str:
    parts = []
    if budget.max_words is not None:
        parts.append(f"höchstens {budget.max_words} Wörter")
    if budget.max_chars is not None:
        parts.append(f"höchstens {budget.max_chars} Zeichen")
    sentences = budget.sentences or 3
    parts.append(f"höchstens {sentences} {'Satz' if sentences == 1 else 'Sätze'}")
    return ", ".join(parts)


def messages(document: Document, budget: Budget, draft: str, limit: int = ARTICLE_CHARS) -> list[dict[str, str]]:
    """The chat messages for one article: the rules as the system message, everything else as the user's."""
    article, cut = shorten(document, limit)
    lines = []
    if document.title:
        lines += [f"Überschrift: {' '.join(document.title.split())}", ""]
    note = f" (nach {len(article)} Zeichen an einer Satzgrenze gekürzt)" if cut else ""
    lines += [f"Artikel{note}:", article, "", f"Länge des Teasers: {length_rule(budget)}.", ""]
    lines += [f"Entwurf aus Sätzen des Artikels (darfst du umformulieren und kürzen): {draft}", ""]
    lines += ["Schreibe jetzt den Teaser."]
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "\n".join(lines)}]
