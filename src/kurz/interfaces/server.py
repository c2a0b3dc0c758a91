"""The ASGI app of `kurz serve`: the routes, the error shape, the body guard and the API key, put together.

Each job has its own module: request models (`server_schemas`), the error shape (`server_errors`), the body
guard (`server_guard`), settings and pools (`server_settings`), routes (`server_routes`), the LLM mode's guards
(`server_llm`), and the command (`serve_cli`).
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from kurz import __version__
from kurz.interfaces import server_llm
from kurz.interfaces.server_errors import install_error_handlers
from kurz.interfaces.server_guard import BodyGuard
from kurz.interfaces.server_routes import STATIC, SWAGGER_UI, router
from kurz.interfaces.server_settings import ServerSettings, Services
from kurz.llm.client import close_clients

SETTINGS_ENV = "KURZ_SERVE_SETTINGS"
APP_FACTORY = "kurz.interfaces.server:app_from_env"


def create_app(settings: ServerSettings | None = None, **overrides: Any) -> FastAPI:
    """The ASGI app; `overrides` are `ServerSettings` fields, e.g. `create_app(max_batch=10)`."""
    settings = ServerSettings(**{**asdict(settings or ServerSettings()), **overrides})
    services = Services.build(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        services.shutdown()
        close_clients()

    app = FastAPI(
        title="kurz",
        version=__version__,
        description="Short, faithful teasers for German news articles, with the offsets of every piece. "
        'Errors always look like `{"error": {"code": ..., "message": ...}}`.',
        lifespan=lifespan,
        docs_url=None,
    )
    app.state.services = services  # read only through `server_settings.services`, the routes' typed dependency
    install_error_handlers(app)
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/swagger", StaticFiles(directory=SWAGGER_UI), name="swagger")
    app.add_middleware(BodyGuard, max_bytes=settings.max_body_bytes)
    if settings.api_key:
        app.add_middleware(server_llm.BearerAuth, key=settings.api_key)  # outermost: checked before the body is read
    return app


def app_from_env() -> FastAPI:
    """Factory for uvicorn workers: settings come from `KURZ_SERVE_SETTINGS` (JSON), set by `kurz serve`."""
    return create_app(ServerSettings(**json.loads(os.environ.get(SETTINGS_ENV, "{}")), api_key=server_llm.api_key_from_env()))
