"""The HTTP API's request and response models: they check requests and make the OpenAPI schema (/docs)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, create_model, model_validator

from kurz.methods import DEFAULT_METHOD
from kurz.summary import LENGTH_OPTIONS, PRESETS


class MethodChoice(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")

    method: str = Field(DEFAULT_METHOD, description="a name from GET /v1/methods, or 'llm' where it lists llm")


# The length options as JSON fields, built from the one table in kurz.summary (the CLI builds its options from it too).
_LENGTH_FIELDS: dict[str, Any] = {
    name: (int | None, Field(None, ge=1, description=text)) for name, text in LENGTH_OPTIONS.items()
} | {"preset": (str | None, Field(None, description=f"a named length: {', '.join(PRESETS)}; the options given override it"))}
_LengthFields: Any = create_model("LengthFields", __base__=MethodChoice, **_LENGTH_FIELDS)


class Length(_LengthFields):
    """Length options shared by single and batch requests; none given means the default teaser budget."""


class Article(BaseModel):
    """One article: its `text`, or an HTML page (`html`), or a `url` to fetch (servers started with --allow-fetch)."""

    model_config = ConfigDict(strict=True, extra="forbid")

    text: str | None = Field(None, description="the article as plain text")
    html: str | None = Field(
        None, description="an HTML page; its article text is extracted and the offsets refer to it (document.text)"
    )
    url: str | None = Field(None, description="a web page to fetch and summarise (only on servers started with --allow-fetch)")
    title: str | None = Field(None, description="the headline, if known (an HTML page's own is used otherwise)")

    @model_validator(mode="after")
    def one_source(self) -> Article:
        given = [name for name in ("text", "html", "url") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of text, html or url (got {', '.join(given) or 'none'})")
        return self


class SummarizeRequest(Length, Article):
    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        json_schema_extra={"examples": [{"text": "Berlin (dpa) – Der Bundestag hat am Freitag ... ", "max_chars": 120}]},
    )


# Items are checked one by one (a bad item gets its own error); the schema still shows what an item is.
BatchItem = Annotated[Any, WithJsonSchema(Article.model_json_schema())]


class BatchRequest(Length):
    items: list[BatchItem] = Field(description="articles, answered in the same order")


class ErrorDetail(BaseModel):
    code: str = Field(description="stable machine-readable name, e.g. empty_input, unknown_method, body_too_large")
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in {
        400: "body is not UTF-8 or not JSON",
        413: "body or batch too large",
        401: "an API key is needed (the server was started with --api-key)",
        422: "empty text, wrong types, unknown method or bad length option; no_fit: no faithful form fits max_chars "
        "(error.shortest holds the shortest form)",
        429: "too many LLM requests from this client",
        504: "the time limit was exceeded",
    }.items()
}
