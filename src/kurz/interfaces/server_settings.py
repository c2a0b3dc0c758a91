"""What a server runs with: its typed settings, and the pools and LLM endpoint built from them for the routes."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request

from kurz.interfaces import server_llm
from kurz.llm import Endpoint


@dataclass(frozen=True)
class ServerSettings:
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


@dataclass(frozen=True)
class Services:
    """What the routes use, built once per app from its settings; routes get it with `Depends`, typed."""

    settings: ServerSettings
    pool: ThreadPoolExecutor  # the bounded pool for CPU work (extractive teasers)
    llm: Endpoint | None  # the LLM mode's endpoint, None when the server has none
    llm_pool: ThreadPoolExecutor  # LLM work waits on the model server: it must not starve the CPU pool
    llm_buckets: server_llm.Buckets

    @classmethod
    def build(cls, settings: ServerSettings) -> Services:
        llm = server_llm.endpoint_for(
            settings.llm_url, settings.llm_model, settings.llm_timeout, settings.llm_concurrency, settings.llm_cache
        )
        return cls(
            settings,
            ThreadPoolExecutor(max_workers=settings.threads, thread_name_prefix="kurz"),
            llm,
            ThreadPoolExecutor(max_workers=llm.concurrency if llm else 1, thread_name_prefix="kurz-llm"),
            server_llm.Buckets(settings.llm_rate),
        )

    def shutdown(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.llm_pool.shutdown(wait=False, cancel_futures=True)


def services(request: Request) -> Services:
    """The app's services, for `Depends`: the one place that reads `app.state`."""
    built: Services = request.app.state.services
    return built


AppServices = Annotated[Services, Depends(services)]
