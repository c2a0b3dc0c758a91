"""Web pages in: the main text and the headline of an HTML page, extracted with trafilatura (Apache-2.0).

Navigation, cookie banners, captions, "Lesen Sie auch" boxes and footers are left out; paragraphs come back one a
line. trafilatura (with lxml) is imported on the first page only, so plain-text users never pay for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kurz.errors import EmptyInputError
from kurz.text.ends import has_finished_line

_HTML_TAG = re.compile(
    r"<(?:p|div|br|span|a|html|body|head|h[1-6]|li|ul|ol|table|td|tr|article|section|em|strong|b|i|meta|script|style|title|nav)\b[^>]*>",
    re.IGNORECASE,
)
_DOCTYPE = re.compile(r"^\s*(?:<!doctype html|<html)", re.IGNORECASE)
# trafilatura resolves entities once more after parsing ("&amp;lt;" would become "<"): an escaped ampersand is
# escaped once more, so the text keeps what the page shows ("&lt;").
_ESCAPED_AMPERSAND = re.compile(r"&(?:amp|#0*38|#x0*26);", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    """What a web page holds for kurz: its main text, and its headline and description when it names them."""

    text: str
    title: str | None = None
    description: str | None = None


def looks_like_html(text: str) -> bool:
    """A whole HTML document, or text with at least two common tags in its first 20,000 characters."""
    return _DOCTYPE.match(text) is not None or len(_HTML_TAG.findall(text[:20000])) >= 2


def extract(page: str, url: str | None = None) -> Page:
    """The article in an HTML page; refuses a page in which no article text can be found."""
    import trafilatura

    page = _ESCAPED_AMPERSAND.sub("&amp;amp;", page)
    found: Any = None
    for recall in (False, True):  # precise first; a sparse page (a bare <p> or two) needs the recall mode
        found = trafilatura.bare_extraction(
            page,
            url=url,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            favor_precision=not recall,
            favor_recall=recall,
            deduplicate=False,
        )
        if found is not None and has_finished_line(found.text or ""):
            break
    if found is None or not has_finished_line(found.text or ""):
        raise EmptyInputError("no article text was found in the HTML page")
    return Page(found.text, _clean(found.title), _clean(found.description))


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None
