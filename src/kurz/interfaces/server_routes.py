"""The HTTP API's routes (`/v1/summarize`, `/v1/summarize/batch`, `/v1/methods`, `/healthz`) and the editors' page.

Summarising runs in a bounded thread pool with a time limit, so a large request never stalls `/healthz`; LLM work
runs in a pool of its own. Routes get the server's settings and pools typed, through `Depends` (`AppServices`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import fastapi_offline
from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from pydantic import ValidationError

from kurz import __version__
from kurz.errors import KurzError
from kurz.interfaces.fetch import fetch
from kurz.interfaces.server_errors import ApiError, describe_validation
from kurz.interfaces.server_schemas import ERROR_RESPONSES, Article, BatchRequest, Length, SummarizeRequest
from kurz.interfaces.server_settings import AppServices, ServerSettings, Services
from kurz.llm import LLM_METHOD, Endpoint, map_calls
from kurz.methods import ALIASES, DEFAULT_METHOD, REGISTRY, Method, resolve, takes
from kurz.pipeline import load_method, summarize
from kurz.summary import Budget

STATIC = Path(__file__).with_name("static")
SWAGGER_UI = Path(fastapi_offline.__file__).with_name("static")  # Swagger UI 5's files, shipped by fastapi-offline
LOG = logging.getLogger("uvicorn.error")  # uvicorn's own error log, where a failed request's traceback goes too
T = TypeVar("T")

router = APIRouter()


def model_for(method: str, model: str | None) -> str | None:
    """The server's model file goes only to methods that take one, so `lead` still works on a ranker server."""
    return model if model is not None and takes(method, "model") else None


def article_source(article: Article, settings: ServerSettings) -> tuple[str, bool | None, str | None]:
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
    settings: ServerSettings,
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


def summarize_request(body: SummarizeRequest, settings: ServerSettings) -> dict[str, Any]:
    return summarize_one(body, body, body.method, settings, model_for(body.method, settings.model))


def summarize_items(body: BatchRequest, settings: ServerSettings) -> list[dict[str, Any]]:
    """Batch-wide options are checked once (a wrong one refuses the whole batch), then each item on its own."""
    Budget.of(body.sentences, body.max_words, body.max_chars, body.preset)
    method = load_method(body.method, model_for(body.method, settings.model))
    return [summarize_item(item, body, method, settings) for item in body.items]


def summarize_item(
    item: Any,
    length: Length,
    method: str | Method,
    settings: ServerSettings,
    model: str | None = None,
    llm: Endpoint | None = None,
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


def summarize_llm_request(body: SummarizeRequest, settings: ServerSettings, llm: Endpoint) -> dict[str, Any]:
    return summarize_one(body, body, LLM_METHOD, settings, settings.model, llm)


def summarize_llm_batch(body: BatchRequest, settings: ServerSettings, llm: Endpoint) -> list[dict[str, Any]]:
    """Items of an LLM batch run `llm.concurrency` at once (they wait on the model server), answered in order."""
    Budget.of(body.sentences, body.max_words, body.max_chars, body.preset)
    return list(map_calls(llm, lambda item: summarize_item(item, body, LLM_METHOD, settings, settings.model, llm), body.items))


def llm_gate(request: Request, app: Services, cost: int) -> Endpoint:
    """The server's endpoint, after this client paid `cost` tokens; 422 without an endpoint, 429 when out of tokens."""
    llm = app.llm
    if llm is None:
        raise ApiError(422, "llm_unavailable", "this server has no LLM endpoint; start it with --llm-url and --llm-model")
    wait = app.llm_buckets.take(request.client.host if request.client else "?", cost)
    if wait:
        raise ApiError(429, "rate_limited", f"too many LLM requests from this client; try again in {wait:.0f} s")
    return llm


async def run_llm(app: Services, llm: Endpoint, work: Callable[[], T], items: int = 1) -> T:
    """LLM work in its own pool (it waits on the model server and must not starve extractive requests), with a time
    limit that allows each call its timeout and retries, for as many rounds as `items` take at the endpoint's
    concurrency."""
    rounds = -(-items // llm.concurrency)
    limit = app.settings.timeout + rounds * ((llm.retries + 1) * llm.timeout + 5)
    loop = asyncio.get_running_loop()
    try:
        return await asyncio.wait_for(loop.run_in_executor(app.llm_pool, work), limit)
    except asyncio.TimeoutError:
        raise ApiError(504, "timeout", f"the LLM request took longer than {limit:g} s") from None


async def run_limited(app: Services, work: Callable[[], T]) -> T:
    """Run CPU work in the app's bounded pool under the time limit (queueing counts towards the limit).

    Work still queued at the deadline is dropped; work already running finishes in its thread, which keeps
    its slot until then, so the number of busy threads never exceeds the pool size.
    """
    settings = app.settings
    loop = asyncio.get_running_loop()
    started = loop.time()
    too_slow = ApiError(
        504, "timeout", f"the request took longer than the limit of {settings.timeout:g} s; send a shorter text or fewer items"
    )
    try:
        result = await asyncio.wait_for(loop.run_in_executor(app.pool, work), settings.timeout)
    except asyncio.TimeoutError:
        raise too_slow from None
    if loop.time() - started > settings.timeout:
        raise too_slow  # finished while the event loop waited for the GIL: still over the limit
    return result


@router.get("/", include_in_schema=False)
async def page() -> FileResponse:
    return FileResponse(STATIC / "index.html")


@router.get("/favicon.ico", include_in_schema=False)
async def favicon() -> FileResponse:
    return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")


@router.get("/docs", include_in_schema=False)
async def docs() -> HTMLResponse:
    """The API docs page with Swagger UI 5 (it reads OpenAPI 3.1) served from the package, not a CDN: works offline."""
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="kurz API",
        swagger_js_url="/swagger/swagger-ui-bundle.js",
        swagger_css_url="/swagger/swagger-ui.css",
        swagger_favicon_url="/swagger/favicon.png",
    )


@router.get("/healthz", summary="liveness check")
async def healthz() -> dict[str, str]:
    return {"status": "ok", "version": __version__}


@router.get("/v1/methods", summary="the summarization methods and the default")
async def methods(app: AppServices) -> dict[str, Any]:
    listed = [
        {
            "name": name,
            "description": cls.description,
            "aliases": [alias for alias, target in ALIASES.items() if target == name],
            "default": name == resolve(DEFAULT_METHOD),
        }
        for name, cls in REGISTRY.items()
    ]
    llm = app.llm
    # `llm`: the LLM mode (method "llm") and its model, null when the server has no endpoint; `auth`: whether
    # the other /v1/ calls need the API key.
    return {
        "default": DEFAULT_METHOD,
        "methods": listed,
        "llm": {"model": llm.model} if llm else None,
        "auth": bool(app.settings.api_key),
    }


@router.post("/v1/summarize", summary="a teaser for one article, with provenance", responses=ERROR_RESPONSES)
async def summarize_route(body: SummarizeRequest, request: Request, app: AppServices) -> dict[str, Any]:
    if body.method == LLM_METHOD:
        llm = llm_gate(request, app, 1)
        return await run_llm(app, llm, partial(summarize_llm_request, body, app.settings, llm))
    return await run_limited(app, partial(summarize_request, body, app.settings))


@router.post("/v1/summarize/batch", summary="teasers for many articles; a bad item gets its own error", responses=ERROR_RESPONSES)
async def batch_route(body: BatchRequest, request: Request, app: AppServices) -> dict[str, list[dict[str, Any]]]:
    limit = app.settings.max_batch
    if len(body.items) > limit:
        raise ApiError(413, "too_many_items", f"the batch has {len(body.items)} items; the limit is {limit}")
    if body.method == LLM_METHOD:
        llm = llm_gate(request, app, len(body.items))
        return {"results": await run_llm(app, llm, partial(summarize_llm_batch, body, app.settings, llm), len(body.items))}
    return {"results": await run_limited(app, partial(summarize_items, body, app.settings))}
