"""The HTTP API (`/v1/summarize`, `/v1/summarize/batch`) and the editors' web page, served by uvicorn.

Every 4xx/5xx answer has one shape, `{"error": {"code": ..., "message": ...}}`, so clients handle errors in one
place; the codes are those of `kurz.errors` plus a few HTTP-level ones (`body_too_large`, `invalid_json`, ...).
Summarising runs in a bounded thread pool with a time limit, so a large request never stalls `/healthz`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Annotated, Any, TypeVar

import click
import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, ValidationError, WithJsonSchema, create_model, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kurz import __version__
from kurz.data.formats.jsonl import depth
from kurz.errors import InputTooLargeError, KurzError, ModelError, NoFitError
from kurz.interfaces import server_llm
from kurz.interfaces.fetch import FetchRefused, fetch
from kurz.interfaces.options import llm_options
from kurz.limits import MAX_JSON_DEPTH
from kurz.llm import LLM_METHOD, Endpoint
from kurz.llm.endpoint import MODEL_ENV, URL_ENV
from kurz.methods import ALIASES, DEFAULT_METHOD, REGISTRY, Method, resolve, takes
from kurz.pipeline import load_method, summarize
from kurz.summary import LENGTH_OPTIONS, PRESETS, Budget, Summary

STATIC = Path(__file__).with_name("static")
SWAGGER_UI = Path(fastapi_offline.__file__).with_name("static")  # Swagger UI 5's files, shipped by fastapi-offline
SETTINGS_ENV = "KURZ_SERVE_SETTINGS"
APP_FACTORY = "kurz.interfaces.server:app_from_env"
LOG = logging.getLogger("uvicorn.error")  # uvicorn's own error log, where a failed request's traceback goes too
T = TypeVar("T")


@dataclass(frozen=True)
class Settings:
    """Limits and the optional model file; passed to worker processes as JSON in an environment variable."""

    max_body_bytes: int = 1_000_000
    max_batch: int = 100
    timeout: float = 10.0
    model: str | None = None
    threads: int = (os.cpu_count() or 1) * 2
    allow_fetch: bool = False  # fetch `url`s named in requests
    fetch_private: bool = False  # ... also on loopback and private networks (tests, intranets): a known SSRF risk
    # The LLM mode (method "llm"), on when llm_url is set; its key comes from KURZ_LLM_API_KEY, never from here.
    llm_url: str | None = None
    llm_model: str | None = None
    llm_timeout: float | None = None
    llm_concurrency: int | None = None
    llm_cache: str | None = None
    llm_rate: float = 30.0  # LLM calls per minute and client IP
    api_key: str | None = field(default=None, repr=False)  # the bearer token clients send; never in KURZ_SERVE_SETTINGS


# --- request and response models (they also make the OpenAPI schema) ---


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


# --- errors: one shape for everything ---


class ApiError(Exception):
    """An HTTP-level refusal (size, encoding, time) raised inside the app and rendered in the shared shape."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def kurz_status(exc: KurzError) -> int:
    """HTTP status for a core error: the caller's input or options are wrong (422), unless the server is."""
    if isinstance(exc, InputTooLargeError):
        return 413
    if isinstance(exc, FetchRefused):
        return 403
    if isinstance(exc, ModelError):
        return 500
    return 422


def describe_validation(errors: list[Any]) -> str:
    """A readable one-liner from pydantic errors, e.g. `text: Input should be a valid string`."""
    parts = []
    for error in errors[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid")))
    return "; ".join(parts) + ("" if len(errors) <= 5 else f" (and {len(errors) - 5} more)")


HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}


def install_error_handlers(app: FastAPI) -> None:
    """Route every failure (core, validation, HTTP, unexpected) into the one error shape."""

    @app.exception_handler(KurzError)
    async def on_kurz(_: Request, exc: KurzError) -> JSONResponse:
        if isinstance(exc, NoFitError) and isinstance(exc.summary, Summary):
            # the shortest form, for an editor to see (flagged), never as a result
            body = {"error": {"code": exc.code, "message": exc.message, "shortest": exc.summary.to_dict()}}
            return JSONResponse(body, status_code=kurz_status(exc))
        return error_response(kurz_status(exc), exc.code, exc.message)

    @app.exception_handler(ApiError)
    async def on_api(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def on_validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, "validation_error", describe_validation(list(exc.errors())))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = f"{exc.detail}: {request.method} {request.url.path} (the API is described at /docs)"
        return error_response(exc.status_code, HTTP_CODES.get(exc.status_code, "http_error"), message)

    @app.exception_handler(Exception)
    async def on_crash(_: Request, exc: Exception) -> JSONResponse:
        return error_response(500, "internal_error", f"unexpected server error ({type(exc).__name__})")


# --- the body guard: size, encoding and JSON syntax, before FastAPI parses anything ---


class BodyGuard:
    """Reads POST bodies up to `max_bytes` (declared and streamed size), then checks UTF-8 and JSON syntax.

    FastAPI alone would answer a non-UTF-8 body with a vague 400 and a body without a JSON content type with a
    confusing 422; checking here gives each case its own code and lets curl's default content type work.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        try:
            body = await self.read_body(scope, receive)
            check_json(body)
        except ApiError as exc:
            response = error_response(exc.status, exc.code, exc.message)
            if exc.status == 413:
                response.headers["connection"] = "close"  # the unread rest of the body is never read: end the connection
            await response(scope, receive, send)
            return
        headers = [(k, v) for k, v in scope["headers"] if k != b"content-type"] + [(b"content-type", b"application/json")]
        await self.app({**scope, "headers": headers}, replay(body, receive), send)

    async def read_body(self, scope: Scope, receive: Receive) -> bytes:
        """The body, refused at once when its declared size is over the limit, and as soon as more than the limit
        has arrived otherwise: never more than `max_bytes` is held, and the rest is never read."""
        too_large = ApiError(413, "body_too_large", f"the request body is larger than the limit of {self.max_bytes:,} bytes")
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > self.max_bytes:
            raise too_large
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise ApiError(400, "bad_request", "the client closed the connection before sending the whole body")
            body += message.get("body", b"")
            if len(body) > self.max_bytes:
                raise too_large
            if not message.get("more_body", False):
                return bytes(body)


def check_json(body: bytes) -> None:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(
            400, "invalid_encoding", f"the request body is not valid UTF-8 (byte {exc.start}); send JSON in UTF-8"
        ) from None
    try:
        too_deep = depth(json.loads(text)) > MAX_JSON_DEPTH
    except json.JSONDecodeError as exc:
        raise ApiError(
            400, "invalid_json", f"the request body is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        too_deep = True
    if too_deep:
        raise ApiError(400, "invalid_json", f"the request body is JSON nested more than {MAX_JSON_DEPTH} levels deep")


def replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands the already-read body to the app once, then defers to the real one."""
    sent = False

    async def again() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return again


# --- summarising off the event loop ---


def model_for(method: str, model: str | None) -> str | None:
    """The server's model file goes only to methods that take one, so `lead` still works on a ranker server."""
    return model if model is not None and takes(method, "model") else None


def article_source(article: Article, settings: Settings) -> tuple[str, bool | None, str | None]:
    """The text to summarise, whether it is an HTML page, and its URL: fetched only where the server allows it."""
    if article.url is None:
        return (article.text, None, None) if article.text is not None else (article.html or "", True, None)
    if not settings.allow_fetch:
        raise ApiError(403, "fetch_disabled", "this server does not fetch URLs (start it with --allow-fetch); send text or html")
    page = fetch(article.url, public_only=not settings.fetch_private)
    return page.text, page.html, page.url


def summarize_one(
    article: Article,
    length: Length,
    method: str | Method,
    settings: Settings,
    model: str | None = None,
    llm: Endpoint | None = None,
) -> dict[str, Any]:
    """One summary dict with `processing_ms`, the time spent in kurz itself (without queueing)."""
    started = time.perf_counter()
    text, html, url = article_source(article, settings)
    result = summarize(
        text,
        article.title,
        method=method,
        sentences=length.sentences,
        max_words=length.max_words,
        max_chars=length.max_chars,
        preset=length.preset,
        model=model,
        html=html,
        url=url,
        llm=llm,
    )
    return {**result.to_dict(), "processing_ms": round((time.perf_counter() - started) * 1000, 3)}


def summarize_request(body: SummarizeRequest, settings: Settings) -> dict[str, Any]:
    return summarize_one(body, body, body.method, settings, model_for(body.method, settings.model))


def summarize_batch(body: BatchRequest, settings: Settings) -> list[dict[str, Any]]:
    """Batch-wide options are checked once (a wrong one refuses the whole batch), then each item on its own."""
    Budget.of(body.sentences, body.max_words, body.max_chars, body.preset)
    method = load_method(body.method, model_for(body.method, settings.model))
    return [summarize_item(item, body, method, settings) for item in body.items]


def summarize_item(
    item: Any, length: Length, method: str | Method, settings: Settings, model: str | None = None, llm: Endpoint | None = None
) -> dict[str, Any]:
    """A batch item's summary, or its error; one bad item never fails the batch."""
    try:
        return summarize_one(Article.model_validate(item), length, method, settings, model, llm)
    except ValidationError as exc:
        return {"error": {"code": "validation_error", "message": describe_validation(list(exc.errors()))}}
    except (KurzError, ApiError) as exc:
        return {"error": {"code": exc.code, "message": exc.message}}
    except Exception as exc:
        LOG.exception("internal_error in a batch item")  # the traceback goes to the server log, as for a whole request
        return {"error": {"code": "internal_error", "message": f"{type(exc).__name__}: {exc}"}}


def summarize_llm_request(body: SummarizeRequest, settings: Settings, llm: Endpoint) -> dict[str, Any]:
    return summarize_one(body, body, LLM_METHOD, settings, settings.model, llm)


def summarize_llm_batch(body: BatchRequest, settings: Settings, llm: Endpoint) -> list[dict[str, Any]]:
    """Items of an LLM batch run `llm.concurrency` at once (they wait on the model server), answered in order."""
    Budget.of(body.sentences, body.max_words, body.max_chars, body.preset)
    with ThreadPoolExecutor(llm.concurrency, thread_name_prefix="kurz-llm-item") as items:
        return list(items.map(lambda item: summarize_item(item, body, LLM_METHOD, settings, settings.model, llm), body.items))


def llm_gate(request: Request, cost: int) -> Endpoint:
    """The server's endpoint, after this client paid `cost` tokens; 422 without an endpoint, 429 when out of tokens."""
    llm: Endpoint | None = request.app.state.llm
    if llm is None:
        raise ApiError(422, "llm_unavailable", "this server has no LLM endpoint; start it with --llm-url and --llm-model")
    wait = request.app.state.llm_buckets.take(request.client.host if request.client else "?", cost)
    if wait:
        raise ApiError(429, "rate_limited", f"too many LLM requests from this client; try again in {wait:.0f} s")
    return llm


async def run_llm(request: Request, work: Callable[[], T], items: int = 1) -> T:
    """LLM work in its own pool (it waits on the model server and must not starve extractive requests), with a time
    limit that allows each call its timeout and retries, for as many rounds as `items` take at the endpoint's
    concurrency."""
    llm: Endpoint = request.app.state.llm
    rounds = -(-items // llm.concurrency)
    limit = request.app.state.settings.timeout + rounds * ((llm.retries + 1) * llm.timeout + 5)
    loop = asyncio.get_running_loop()
    try:
        return await asyncio.wait_for(loop.run_in_executor(request.app.state.llm_pool, work), limit)
    except asyncio.TimeoutError:
        raise ApiError(504, "timeout", f"the LLM request took longer than {limit:g} s") from None


async def run_limited(request: Request, work: Callable[[], T]) -> T:
    """Run CPU work in the app's bounded pool under the time limit (queueing counts towards the limit).

    Work still queued at the deadline is dropped; work already running finishes in its thread, which keeps
    its slot until then, so the number of busy threads never exceeds the pool size.
    """
    settings: Settings = request.app.state.settings
    loop = asyncio.get_running_loop()
    started = loop.time()
    too_slow = ApiError(
        504, "timeout", f"the request took longer than the limit of {settings.timeout:g} s; send a shorter text or fewer items"
    )
    try:
        result = await asyncio.wait_for(loop.run_in_executor(request.app.state.pool, work), settings.timeout)
    except asyncio.TimeoutError:
        raise too_slow from None
    if loop.time() - started > settings.timeout:
        raise too_slow  # finished while the event loop waited for the GIL: still over the limit
    return result


# --- the app ---


def create_app(settings: Settings | None = None, **overrides: Any) -> FastAPI:
    """The ASGI app; `overrides` are `Settings` fields, e.g. `create_app(max_batch=10)`."""
    settings = Settings(**{**asdict(settings or Settings()), **overrides})

    pool = ThreadPoolExecutor(max_workers=settings.threads, thread_name_prefix="kurz")
    llm = server_llm.endpoint_for(
        settings.llm_url, settings.llm_model, settings.llm_timeout, settings.llm_concurrency, settings.llm_cache
    )
    llm_pool = ThreadPoolExecutor(max_workers=llm.concurrency if llm else 1, thread_name_prefix="kurz-llm")

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.shutdown(wait=False, cancel_futures=True)
        llm_pool.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(
        title="kurz",
        version=__version__,
        description="Short, faithful teasers for German news articles, with the offsets of every piece. "
        'Errors always look like `{"error": {"code": ..., "message": ...}}`.',
        lifespan=lifespan,
        docs_url=None,
    )
    app.state.settings = settings
    app.state.pool = pool
    app.state.llm, app.state.llm_pool = llm, llm_pool
    app.state.llm_buckets = server_llm.Buckets(settings.llm_rate)
    install_error_handlers(app)
    add_routes(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/swagger", StaticFiles(directory=SWAGGER_UI), name="swagger")
    app.add_middleware(BodyGuard, max_bytes=settings.max_body_bytes)
    if settings.api_key:
        app.add_middleware(server_llm.BearerAuth, key=settings.api_key)  # outermost: checked before the body is read
    return app


def add_routes(app: FastAPI) -> None:
    settings: Settings = app.state.settings

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        """The API docs page with Swagger UI 5 (it reads OpenAPI 3.1) served from the package, not a CDN: works offline."""
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="kurz API",
            swagger_js_url="/swagger/swagger-ui-bundle.js",
            swagger_css_url="/swagger/swagger-ui.css",
            swagger_favicon_url="/swagger/favicon.png",
        )

    @app.get("/healthz", summary="liveness check")
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/v1/methods", summary="the summarization methods and the default")
    async def methods() -> dict[str, Any]:
        listed = [
            {
                "name": name,
                "description": cls.description,
                "aliases": [alias for alias, target in ALIASES.items() if target == name],
                "default": name == resolve(DEFAULT_METHOD),
            }
            for name, cls in REGISTRY.items()
        ]
        llm = app.state.llm
        # `llm`: the LLM mode (method "llm") and its model, null when the server has no endpoint; `auth`: whether
        # the other /v1/ calls need the API key.
        return {
            "default": DEFAULT_METHOD,
            "methods": listed,
            "llm": {"model": llm.model} if llm else None,
            "auth": bool(settings.api_key),
        }

    @app.post("/v1/summarize", summary="a teaser for one article, with provenance", responses=ERROR_RESPONSES)
    async def summarize_route(body: SummarizeRequest, request: Request) -> dict[str, Any]:
        if body.method == LLM_METHOD:
            llm = llm_gate(request, 1)
            return await run_llm(request, partial(summarize_llm_request, body, settings, llm))
        return await run_limited(request, partial(summarize_request, body, settings))

    @app.post(
        "/v1/summarize/batch", summary="teasers for many articles; a bad item gets its own error", responses=ERROR_RESPONSES
    )
    async def batch_route(body: BatchRequest, request: Request) -> dict[str, list[dict[str, Any]]]:
        if len(body.items) > settings.max_batch:
            raise ApiError(413, "too_many_items", f"the batch has {len(body.items)} items; the limit is {settings.max_batch}")
        if body.method == LLM_METHOD:
            llm = llm_gate(request, len(body.items))
            return {"results": await run_llm(request, partial(summarize_llm_batch, body, settings, llm), len(body.items))}
        return {"results": await run_limited(request, partial(summarize_batch, body, settings))}


def app_from_env() -> FastAPI:
    """Factory for uvicorn workers: settings come from `KURZ_SERVE_SETTINGS` (JSON), set by `kurz serve`."""
    return create_app(Settings(**json.loads(os.environ.get(SETTINGS_ENV, "{}")), api_key=server_llm.api_key_from_env()))


# --- the command ---


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on (0.0.0.0 for all)")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1), help="worker processes")
@click.option("--model", type=click.Path(exists=True, dir_okay=False), help="a ranker model trained with 'kurz train'")
@click.option(
    "--max-body-bytes",
    default=Settings.max_body_bytes,
    show_default=True,
    type=click.IntRange(min=1),
    help="larger request bodies get 413",
)
@click.option(
    "--max-batch", default=Settings.max_batch, show_default=True, type=click.IntRange(min=1), help="more batch items get 413"
)
@click.option(
    "--timeout",
    default=Settings.timeout,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="seconds per request before 504",
)
@click.option(
    "--log-level",
    default="info",
    show_default=True,
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    help="'warning' hides the access log",
)
@click.option("--allow-fetch", is_flag=True, help="fetch the web pages named by 'url' in requests (public addresses only)")
@click.option(
    "--allow-private-fetch",
    is_flag=True,
    help="with --allow-fetch, also fetch from loopback and private networks (a known way to attack the network behind a server)",
)
@llm_options
@click.option(
    "--llm-rate",
    default=Settings.llm_rate,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="LLM calls per minute per client IP (bursts up to 10); more get 429",
)
@click.option(
    "--api-key",
    envvar=server_llm.API_KEY_ENV,
    metavar="KEY",
    help="clients must send 'Authorization: Bearer KEY' [env: KURZ_API_KEY]",
)
def serve_command(
    host: str,
    port: int,
    workers: int,
    model: str | None,
    max_body_bytes: int,
    max_batch: int,
    timeout: float,
    log_level: str,
    allow_fetch: bool,
    allow_private_fetch: bool,
    llm_url: str | None,
    llm_model: str | None,
    llm_timeout: float | None,
    llm_concurrency: int | None,
    llm_cache: str | None,
    llm_rate: float,
    api_key: str | None,
) -> None:
    """Run the HTTP API and the web page (open http://HOST:PORT/ in a browser; API docs at /docs)."""
    import uvicorn

    if allow_private_fetch and not allow_fetch:
        raise click.UsageError("--allow-private-fetch only widens --allow-fetch; give both")
    llm_url, llm_model = llm_url or os.environ.get(URL_ENV), llm_model or os.environ.get(MODEL_ENV)
    settings = Settings(
        max_body_bytes,
        max_batch,
        timeout,
        model and str(Path(model).resolve()),
        allow_fetch=allow_fetch,
        fetch_private=allow_private_fetch,
        llm_url=llm_url,
        llm_model=llm_model,
        llm_timeout=llm_timeout,
        llm_concurrency=llm_concurrency,
        llm_cache=str(Path(llm_cache).resolve()) if llm_cache and llm_cache != "off" else llm_cache,
        llm_rate=llm_rate,
    )
    check_model(settings.model)
    try:
        llm = server_llm.endpoint_for(llm_url, llm_model, llm_timeout, llm_concurrency, llm_cache)
    except KurzError as exc:
        raise click.UsageError(exc.message) from None
    if problem := server_llm.start_problem(host, llm, api_key):
        raise click.UsageError(problem)
    if api_key:
        os.environ[server_llm.API_KEY_ENV] = api_key  # to the worker processes, not in the settings JSON
    os.environ[SETTINGS_ENV] = json.dumps({k: v for k, v in asdict(settings).items() if k != "api_key"})
    if workers == 1:
        uvicorn.run(APP_FACTORY, factory=True, host=host, port=port, log_level=log_level)
    else:
        run_workers(uvicorn.Config(APP_FACTORY, factory=True, host=host, port=port, workers=workers, log_level=log_level))


def check_model(model: str | None) -> None:
    """Load the model once before starting, so a bad file stops `kurz serve` instead of failing every request."""
    for name in REGISTRY:
        if model_for(name, model):
            load_method(name, model)


def run_workers(config: Any) -> None:
    """uvicorn's multi-process mode, but with the shared listener marked as TCP.

    uvicorn binds that socket with protocol 0, so asyncio never sets TCP_NODELAY on accepted connections and
    every keep-alive request waits ~40 ms for a delayed ACK (uvicorn issue #3149). Declaring the protocol is
    enough: accepted sockets inherit it, and worker processes receive it with the pickled socket.
    """
    from uvicorn.supervisors import Multiprocess

    bound = config.bind_socket()
    listener = socket.socket(bound.family, bound.type, socket.IPPROTO_TCP, fileno=bound.detach())
    Multiprocess(config, sockets=[listener]).run()
