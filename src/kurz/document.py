"""The one shared data structure: the article text, untouched, and Spans (offsets) into it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from kurz.text import datelines, markers, normalize, sentences
from kurz.text.html import extract, looks_like_html
from kurz.text.tokens import TOKEN


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the document: `document.text[start:end] == text`."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Token(Span):
    kind: str  # word, number, url, email, punct


@dataclass(frozen=True, slots=True)
class Mark(Span):
    """Boilerplate and page furniture recognised in the text (`kurz.text.markers`): dateline, update_stamp, label and
    salutation (only a sentence's opening), byline (a line, or the opening of the first sentence), agency_note,
    caption, heading, related, contact, about, share, signoff, bio, copyright, embed, credits (a review's data of
    the book or show), stray (punctuation without a word)."""

    kind: str


@dataclass(frozen=True, eq=False)
class Sentence:
    """A sentence with its place in the article; `content` excludes a leading dateline."""

    start: int
    end: int
    text: str
    index: int
    paragraph: int
    boilerplate: str | None = None
    content_start: int = -1
    # The part of the sentence a summary may use (the dateline removed); made at once, as every method reads it.
    content: Span = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.content_start < 0:
            object.__setattr__(self, "content_start", self.start)
        object.__setattr__(self, "content", Span(self.content_start, self.end, self.text[self.content_start - self.start :]))

    @cached_property
    def tokens(self) -> list[Token]:
        return [
            Token(self.start + m.start(), self.start + m.end(), m.group(), m.lastgroup or "punct")
            for m in TOKEN.finditer(self.text)
        ]


@dataclass(eq=False)
class Document:
    """The article: original `text`, optional `title`, its paragraphs, sentences and boilerplate marks."""

    text: str
    title: str | None
    paragraphs: list[Span]
    sentences: list[Sentence]
    marks: list[Mark] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extracted: bool = False  # `text` was extracted from an HTML page: offsets index it, not the page

    @classmethod
    def from_text(
        cls,
        text: str,
        title: str | None = None,
        max_chars: int | None = None,
        *,
        html: bool | None = None,
        url: str | None = None,
    ) -> Document:
        """Analyse raw text or an HTML page (bad input refused with a typed error).

        `html=None` recognises an HTML page by its tags; its article text and headline are extracted (`url`, if
        known, helps) and the offsets then refer to the extracted text. With `max_chars`, only a prefix ending at a
        line break is analysed, so archive dumps pasted as one "article" stay fast and small; a warning says so.
        """
        normalize.check(text)
        extracted = html if html is not None else looks_like_html(text)
        if extracted:
            page = extract(text, url)
            text, title = page.text, title or page.title
            normalize.check(text)
        warnings = normalize.warnings_for(text)
        if extracted:
            warnings.insert(0, "the input was an HTML page; its article text was extracted and the offsets refer to that text")
        if max_chars is not None and len(text) > max_chars:
            cut = text.rfind("\n", 0, max_chars)
            text = text[: cut if cut > 0 else max_chars]
            warnings.append(f"the input is very long; only its first {len(text):,} characters were analysed")
        document = cls.analyse(text, title, warnings)
        document.extracted = extracted
        return document

    @classmethod
    def analyse(cls, text: str, title: str | None = None, warnings: list[str] | None = None) -> Document:
        """Split and mark clean text without checking it (the text is kept byte for byte)."""
        segments = sentences.segment(text)
        paragraphs: dict[int, list[int]] = {}
        sents: list[Sentence] = []
        marks: list[Mark] = []
        body = False  # a body sentence was seen: no dateline can follow
        trailer: str | None = None  # a press release's "Über …" or contact block began: the rest is furniture too
        # a review's credits ("Jana Muster: Der Titel. Roman. Verlag X, Ort, 312 Seiten, 24 Euro."): its short lines
        # around the credits line are the title and the genre
        credited = {seg.paragraph for seg in segments if markers.is_credits(text[seg.start : seg.end])}
        sizes = Counter(seg.paragraph for seg in segments) if credited else Counter()
        credited = {p for p in credited if sizes[p] <= markers.CREDIT_LINES}
        for i, seg in enumerate(segments):
            opens_paragraph = seg.paragraph not in paragraphs
            paragraphs.setdefault(seg.paragraph, [seg.start, seg.end])[1] = seg.end
            sentence_text = text[seg.start : seg.end]
            content_start = -1
            kind = markers.boilerplate_kind(sentence_text, first=not body) or trailer
            if not kind and seg.paragraph in credited and len(sentence_text.split()) <= markers.CREDIT_WORDS:
                kind = "credits"
            if kind in markers.TRAILERS and opens_paragraph and body:
                trailer = kind
            # A dateline opens the body: the first sentence after any boilerplate and headline lines, or a
            # sentence of its own ("Wien/APA.", "Berlin (epd).") after which the body starts.
            if kind in (None, "heading") and not body and datelines.is_dateline_sentence(sentence_text):
                kind = "dateline"
            if not kind and not body and i + 1 < len(segments) and markers.is_kicker(sentence_text):
                following = text[segments[i + 1].start : segments[i + 1].end]
                if datelines.dateline_length(following):
                    kind = "heading"  # a kicker before the body's dateline ("Reportage – ORF weist … zurück. Wien – …")
            skip = 0
            if not kind:
                # the body's first sentence may open with a dateline, any sentence with a live-blog stamp
                opening, skip = "dateline", 0
                if not body:
                    # read once, in the paragraph, as the splitter reads "Villmergen. Die Gemeinde Villmergen …"
                    end = max(s.end for s in segments if s.paragraph == seg.paragraph)
                    skip = datelines.dateline_length(text[seg.start : end])
                if not skip:
                    opening, skip = "update_stamp", markers.stamp_length(sentence_text)
                if not skip:
                    opening, skip = "label", markers.label_length(sentence_text)
                if not skip and not body:
                    opening, skip = "salutation", markers.salutation_length(sentence_text)
                if not skip and not body:
                    opening, skip = "byline", markers.byline_length(sentence_text)  # a whole line was marked above
                body = True
                if skip:
                    marks.append(Mark(seg.start, seg.start + skip, text[seg.start : seg.start + skip], opening))
            if skip and skip < len(sentence_text):
                content_start = seg.start + skip
            if kind:
                marks.append(Mark(seg.start, seg.end, sentence_text, kind))
            sents.append(Sentence(seg.start, seg.end, sentence_text, i, seg.paragraph, kind, content_start))
        spans = [Span(s, e, text[s:e]) for s, e in paragraphs.values()]
        return cls(text, title, spans, sents, marks, list(warnings or []))

    @cached_property
    def wire(self) -> bool:
        """Agency copy: an agency in brackets or a "Place – " dateline near the start, or a recognised dateline."""
        return datelines.WIRE.search(self.text[:300]) is not None or any(m.kind == "dateline" for m in self.marks)

    @property
    def headline(self) -> str | None:
        """The title given, else the first headline line above the body (a line without final punctuation): what
        the article announces."""
        if self.title:
            return self.title
        for sentence in self.sentences:
            if sentence.boilerplate is None:
                return None
            if sentence.boilerplate == "heading":
                return sentence.text
        return None

    @property
    def content_sentences(self) -> list[Sentence]:
        """Sentences that are news, not boilerplate: the only candidates for a summary."""
        return [s for s in self.sentences if s.boilerplate is None]

    def describe(self) -> dict[str, object]:
        """What was recognised: sizes, the boilerplate kept out of summaries, quote styles and oddities; for an
        HTML page also the extracted `text` and `title`, which the offsets refer to."""
        data: dict[str, object] = {
            "paragraphs": len(self.paragraphs),
            "sentences": len(self.sentences),
            "marks": [{"kind": m.kind, **m.to_dict()} for m in self.marks],
            "quote_styles": self.quote_styles,
            "oddities": self.oddities,
        }
        if self.extracted:
            data.update(extracted_from="html", text=self.text, title=self.title)
        return data

    @property
    def oddities(self) -> dict[str, int]:
        return normalize.oddities(self.text)

    @property
    def quote_styles(self) -> dict[str, int]:
        """How many quotations of each style the text holds: „…“, guillemets (»…« or «…»), straight "…"."""
        text = self.text
        counts = {
            "german": text.count("„"),
            "guillemets": min(text.count("»"), text.count("«")),
            "straight": text.count('"') // 2,
        }
        return {style: n for style, n in counts.items() if n}
