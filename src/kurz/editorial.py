"""Editorial checks of a teaser against its article: the defects an editor marks before running it.

Each check is automatic and errs in known ways (docs/eval.md lists the limits); together they are the figures
`kurz eval` reports next to ROUGE, and the LLM mode rejects a draft that fails one of them.

- `points_back`: a sentence opens on or holds in its first clause a word that links to a sentence the teaser
  does not contain ("Doch …", "Nun will der Konzern …", "Er sagte …", "dort").
- `unattributed`: a direct quote or a claim in reported speech without its speaker in the sentence or the one
  before it, so it reads as the outlet's own voice.
- `unintroduced`: a person by surname only ("Huber sagte …") when the article gives the full name, a thing by a
  definite description ("Die Frau …") that the article introduced indefinitely, or an abbreviation the article
  explains in brackets ("FWR" after "Forum Waffenrecht (FWR)"), and the teaser has not introduced it.
- `over_budget`: longer than the length asked for.
- `furniture`: a sentence from the page's furniture (byline, "Lesen Sie auch", contact block, share line, …).
"""

from __future__ import annotations

from dataclasses import dataclass

from kurz.document import Document
from kurz.summary import Budget, count_words
from kurz.text import markers
from kurz.text.attribution import has_speaker, unattributed
from kurz.text.cohesion import Introductions, refers_back
from kurz.text.sentences import segment
from kurz.text.tokens import content_stems

KINDS: tuple[str, ...] = ("points_back", "unattributed", "unintroduced", "over_budget", "furniture")
ALIGNED = 0.6  # share of a teaser sentence's content stems found in one article sentence: it was taken from there


@dataclass(frozen=True, slots=True)
class Defect:
    """One defect: its kind (`KINDS`), the teaser sentence it is in (index, text and its offsets in the teaser) and
    what was found."""

    kind: str
    sentence: int
    text: str
    start: int
    end: int
    detail: str

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end, "message": self.detail}


def _align(teaser: list[str], document: Document) -> list[int | None]:
    """The article sentence each teaser sentence was taken from (by content stems), or None for a new sentence."""
    article = [set(content_stems(s.content.text)) for s in document.sentences]
    out: list[int | None] = []
    for text in teaser:
        stems = set(content_stems(text))
        best = max(range(len(article)), key=lambda j: len(stems & article[j]), default=None)
        share = len(stems & article[best]) / len(stems) if best is not None and stems else 0.0
        out.append(best if share >= ALIGNED else None)
    return out


def check(teaser: str, document: Document, budget: Budget | None = None) -> list[Defect]:
    """Every editorial defect of `teaser` (any text: a kurz teaser, an editor's, a model's) against `document`."""
    spans = [(s.start, s.end) for s in segment(teaser)] if teaser.strip() else []
    texts = [teaser[start:end] for start, end in spans]
    aligned = _align(texts, document)
    sentences = document.sentences
    defects: list[Defect] = []
    used = {j for j in aligned if j is not None}
    for k, text in enumerate(texts):
        source = aligned[k]
        if refers_back(text):
            # an antecedent counts when the teaser holds the article sentence before this one; a sentence of the
            # teaser's own (not taken from the article) may point at the teaser sentence before it
            held = source is not None and source - 1 in used and source - 1 in aligned[:k]
            if k == 0 or not (held or (source is None and k > 0)):
                defects.append(Defect("points_back", k, text, *spans[k], "points back to a sentence the teaser does not contain"))
        if unattributed(text) and not (k > 0 and has_speaker(texts[k - 1])):
            defects.append(Defect("unattributed", k, text, *spans[k], "a quote or reported claim without its speaker"))
        kind = sentences[source].boilerplate if source is not None else None
        kind = kind if kind and kind != "dateline" else markers.boilerplate_kind(text, first=False)
        if kind and kind != "heading":
            defects.append(Defect("furniture", k, text, *spans[k], f"page furniture ({kind.replace('_', ' ')})"))
    for k, form in _unintroduced(texts, document, aligned):
        defects.append(
            Defect("unintroduced", k, texts[k], *spans[k], f"{form!r} is named without the introduction the article gives")
        )
    if budget is not None and texts and not budget.fits(len(texts), count_words(teaser), len(teaser)):
        defects.append(Defect("over_budget", len(texts) - 1, texts[-1], *spans[-1], f"longer than {_describe(budget)}"))
    return sorted(defects, key=lambda d: (d.sentence, KINDS.index(d.kind)))


def _unintroduced(texts: list[str], document: Document, aligned: list[int | None]) -> list[tuple[int, str]]:
    """Teaser sentences that name someone or something by a short form ("Huber", "Die Frau") whose introduction
    ("Maria Huber", "eine Frau") comes earlier in the article (or in the sentence the teaser shortened) but not in
    this or an earlier sentence of the teaser (for a sentence not taken from the article: anywhere in it)."""
    content = document.content_sentences
    introductions = Introductions([s.content.text for s in content])
    position = {s.index: n for n, s in enumerate(content)}
    found = []
    for k, text in enumerate(texts):
        before = " ".join(texts[:k])
        source = aligned[k]
        at = position.get(source, len(content)) if source is not None else len(content)
        found += [(k, form) for form, introducer, n in introductions.short_forms(text) if n <= at and introducer not in before]
    return found


def _describe(budget: Budget) -> str:
    parts = [
        f"{n} {unit}"
        for n, unit in ((budget.sentences, "sentences"), (budget.max_words, "words"), (budget.max_chars, "characters"))
        if n
    ]
    return ", ".join(parts)
