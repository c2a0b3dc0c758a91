"""`kurz serve`: run the HTTP API and the web page with uvicorn, one process or several."""

from __future__ import annotations

import json
import os
import socket
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from kurz.errors import KurzError
from kurz.interfaces import server_llm
from kurz.interfaces.options import llm_options
from kurz.interfaces.server import APP_FACTORY, SETTINGS_ENV
from kurz.interfaces.server_routes import model_for
from kurz.interfaces.server_settings import ServerSettings
from kurz.llm.endpoint import MODEL_ENV, URL_ENV
from kurz.methods import REGISTRY
from kurz.pipeline import load_method


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on (0.0.0.0 for all)")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1), help="worker processes")
@click.option("--model", type=click.Path(exists=True, dir_okay=False), help="a ranker model trained with 'kurz train'")
@click.option(
    "--max-body-bytes",
    default=ServerSettings.max_body_bytes,
    show_default=True,
    type=click.IntRange(min=1),
    help="larger request bodies get 413",
)
@click.option(
    "--max-batch",
    default=ServerSettings.max_batch,
    show_default=True,
    type=click.IntRange(min=1),
    help="more batch items get 413",
)
@click.option(
    "--timeout",
    default=ServerSettings.timeout,
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
    default=ServerSettings.llm_rate,
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
    settings = ServerSettings(
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
