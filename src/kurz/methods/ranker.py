"""The default method: a learned sentence ranker plus safe German sentence compression."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kurz.document import Document, Sentence, Span
from kurz.methods import compress, shorten
from kurz.methods.base import Method
from kurz.methods.context import Needs
from kurz.methods.features import is_furniture, sentence_features
from kurz.methods.figures import headline_figures
from kurz.methods.nut import nut_graf, portrait
from kurz.summary import join_pieces
from kurz.text.cohesion import stands_without_links
from kurz.text.ends import stands_alone
from kurz.text.tokens import WORD

if TYPE_CHECKING:
    from kurz.data.examples import Example
from kurz.methods.ranker_model import RankerModel

# Brackets ("(Bezirk Gmunden)"), appositions and inserted attributions go even when the teaser would fit: editors
# drop them, and cross-validated ROUGE does not suffer (README). A politician's party ("(SPÖ)"), final
# attributions and clauses go only for length.
ALWAYS_LEVELS = 2
SHIPPED_MODEL = Path(__file__).resolve().parent.parent / "models" / "ranker.json"


class Ranker(Method):
    name = "ranker"
    description = "learned sentence ranking with safe German sentence compression"
    drops_links = True  # compression level 0, applied always (ALWAYS_LEVELS)

    def __init__(self, model: str | Path | RankerModel | None = None) -> None:
        # read on every construction: `kurz.pipeline.load_method` caches instances, keyed on the file's mtime
        self.model = model if isinstance(model, RankerModel) else RankerModel.load(model or SHIPPED_MODEL)
        self.version = self.model.version

    def score(self, document: Document, candidates: list[Sentence]) -> np.ndarray:
        """The model's scores, where a sentence with a figure the headline gives rises by one standard deviation of
        the scores, up to the best sentence (kurz.methods.figures)."""
        scores = self.model.score(sentence_features(document, candidates))
        figures = headline_figures(document, candidates)
        top = scores.max()  # the figure joins the best sentence; it does not replace it
        scores[figures] = np.where(scores[figures] < top, np.minimum(scores[figures] + scores.std(), top), top)
        return scores

    def opening(self, document: Document, candidates: list[Sentence], scores: np.ndarray) -> int | None:
        """After a scene-setting lead, the sentence with the news opens the teaser, and the scene joins only where
        nothing else can (kurz.methods.nut)."""
        return nut_graf(document, candidates, int(np.argmax(scores)))

    def needs(self, document: Document, candidates: list[Sentence]) -> Callable[[int], Needs]:
        """As every method's, but a portrait's news needs only the sentence that introduced its protagonist ("Am
        Sonntag schleust die 63-Jährige …" after "Helga Brüning setzt die Kurbel …", kurz.methods.nut.portrait)."""
        found = super().needs(document, candidates)
        pair = portrait(document, candidates)
        if pair is None:
            return found
        intro, news = pair
        return lambda i: (intro,) if i == news else found(i)

    def anchor(self, document: Document, candidates: list[Sentence]) -> int | None:
        """In agency copy ("Berlin (dpa) - …", "Wien – …") the editor's teaser restates the lead: its first news
        sentence (not a kicker, date line or caption) opens the teaser, shortened if needed."""
        if not document.wire:
            return None
        return next(
            (i for i, s in enumerate(candidates) if not is_furniture(s.content.text, len(WORD.findall(s.content.text)))), None
        )

    def variants(self, sentence: Sentence) -> list[tuple[Span, ...]]:
        """Compressions of the sentence; none for what cannot stand alone in a teaser. A sentence that points back
        only through the linking adverb of its Vorfeld comes without it, its subject in front ("Nun hat die
        Landesregierung beschlossen, …" → "Die Landesregierung hat beschlossen, …"). The shortest form may be the
        clause after a colon whose head only announces it (`_after_run_up`); where that head is what points back
        ("Sie wachsen in zwei Wochen …: Forschende der … haben …"), that clause is the only form."""
        text = sentence.content.text
        if not stands_alone(text):
            return []
        forms = compress.variants(sentence, always=ALWAYS_LEVELS)
        if stands_without_links(text):
            return _after_run_up(sentence, forms)
        if shorten.unlinked(sentence) is None:
            # what points back may be the head before a colon: then only the clause after it stands
            news = shorten.announced(sentence)
            return forms if news is None else [news]
        fronted = (shorten.unlinked(sentence, form) for form in forms)  # each form, its subject in front
        return list(dict.fromkeys(f for f in fronted if f is not None))

    def linked(self, sentence: Sentence) -> list[tuple[Span, ...]]:
        """Compressions of the sentence as it stands, its linking adverbs in the Vorfeld kept."""
        if not stands_alone(sentence.content.text):
            return []
        return _after_run_up(sentence, compress.variants(sentence, always=ALWAYS_LEVELS))

    def compressions(self, sentence: Sentence) -> list[tuple[Span, ...]]:
        """Deletions over the sentence's syntax, for a hard character budget (kurz.methods.shorten)."""
        return shorten.compressions(sentence) if stands_alone(sentence.content.text) else []

    def fit(self, examples: Sequence[Example], **options: Any) -> Ranker:
        """A ranker trained on `examples`; `options` go to `kurz.methods.ranker_fit.fit` (alpha, version, oracle_bonus).

        The fitting code sits beside the ranker but is imported here, not at the top: its ROUGE labels
        (`kurz.metrics`) are loaded only when something is trained.
        """
        from kurz.methods.ranker_fit import fit

        return type(self)(fit(examples, **options))


def _after_run_up(sentence: Sentence, forms: list[tuple[Span, ...]]) -> list[tuple[Span, ...]]:
    """The forms, and last the clause after a colon whose head only announces it (`shorten.announced`), where that
    is shorter: the news without its run-up, for a budget the whole sentence does not fit."""
    news = shorten.announced(sentence)
    if news is None or (forms and len(join_pieces(news)) >= len(join_pieces(forms[-1]))):
        return forms
    return [*forms, news]
