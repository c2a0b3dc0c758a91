"""What a sentence cannot go without in a teaser: the sentence it points back to, the one that introduces whom it
names, or the one that names who is speaking. The selection brings those in with it, or leaves it out."""

from __future__ import annotations

from kurz.document import Sentence
from kurz.text.attribution import has_speaker, needs_speaker, unattributed
from kurz.text.cohesion import introduced_by, refers_back, stands_without_links

Needs = tuple[int, ...] | None  # candidate positions that must come along; None: the sentence cannot stand at all


def needs(candidates: list[Sentence], *, drops_links: bool = False) -> list[Needs]:
    """For each candidate, the other candidates (positions in `candidates`) it needs beside it in a teaser.

    A sentence that points back needs the sentence right before it (unless only a linking adverb points back
    and the method leaves such adverbs out, `drops_links`: "Die Regierung will deshalb sparen"); one that names a person by surname (or a
    thing by "die Frau" after "eine Frau") needs the sentence that introduced them; a quote or reported claim
    without its speaker needs the sentence before when that one names the speaker or continues the speech, or
    the one after when that one is its attribution ("„…“ Das sagte X."). When the sentence needed is not a
    candidate (a headline, a caption), the sentence cannot be used.
    """
    texts = [s.content.text for s in candidates]
    introduced = introduced_by(texts)
    out: list[Needs] = []
    for i, sentence in enumerate(candidates):
        required = set(introduced[i])
        before = i > 0 and candidates[i - 1].index == sentence.index - 1
        after = i + 1 < len(candidates) and candidates[i + 1].index == sentence.index + 1
        if not stands_without_links(texts[i]) if drops_links else refers_back(texts[i]):
            if not before:
                out.append(None)
                continue
            required.add(i - 1)
        if unattributed(texts[i]):
            if before and (has_speaker(texts[i - 1]) or needs_speaker(texts[i - 1])):
                required.add(i - 1)
            elif after and has_speaker(texts[i + 1]) and refers_back(texts[i + 1]):
                required.add(i + 1)
            else:
                out.append(None)
                continue
        out.append(tuple(sorted(required)))
    return out
