"""The server's LLM mode and its guards: the bearer token, the per-client budget for LLM requests, the start checks.

Kept apart from server.py, which only hooks these in: the API key (`--api-key` / KURZ_API_KEY) guards every
`/v1/` call except `GET /v1/methods` (the page asks it whether it needs a key); LLM requests cost each client IP
tokens from a bucket (`--llm-rate` per minute, bursts up to `LLM_BURST`), and an empty bucket answers 429.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import threading
import time
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Receive, Scope, Send

from kurz.interfaces.server_errors import error_response
from kurz.llm import Endpoint

API_KEY_ENV = "KURZ_API_KEY"
LLM_BURST = 10
OPEN_PATHS = {("GET", "/v1/methods")}


class BearerAuth:
    """Refuses `/v1/` calls without `Authorization: Bearer <key>` (compared in constant time) with 401."""

    def __init__(self, app: ASGIApp, key: str) -> None:
        self.app = app
        self.key = key.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/") or (scope["method"], scope["path"]) in OPEN_PATHS:
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"authorization", b"")
        scheme, _, token = given.partition(b" ")
        if scheme.lower() != b"bearer" or not hmac.compare_digest(token.strip(), self.key):
            message = "this server needs an API key: send the header 'Authorization: Bearer <key>'"
            response = error_response(401, "unauthorized", message, {"www-authenticate": "Bearer"})
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


@dataclass
class Buckets:
    """A token bucket per client IP: `rate` tokens a minute, at most `burst` saved up; one token per LLM call."""

    rate: float
    burst: int = LLM_BURST
    _tokens: dict[str, tuple[float, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, client: str, cost: int = 1) -> float:
        """0 when the client may go ahead (tokens taken), else the seconds until it may."""
        now = time.monotonic()
        with self._lock:
            if len(self._tokens) > 10_000:  # forget idle clients: memory stays bounded
                self._tokens = {k: v for k, v in self._tokens.items() if now - v[1] < 600}
            tokens, then = self._tokens.get(client, (float(self.burst), now))
            tokens = min(float(max(self.burst, cost)), tokens + (now - then) * self.rate / 60)
            if tokens >= cost:
                self._tokens[client] = (tokens - cost, now)
                return 0.0
            self._tokens[client] = (tokens, now)
            return (cost - tokens) * 60 / self.rate


def endpoint_for(
    url: str | None, model: str | None, timeout: float | None, concurrency: int | None, cache: str | None
) -> Endpoint | None:
    """The server's LLM endpoint, None without a URL; the key comes from KURZ_LLM_API_KEY only."""
    if not url:
        return None
    return Endpoint.from_env(url, model, timeout=timeout, concurrency=concurrency, cache=cache)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def start_problem(host: str, endpoint: Endpoint | None, api_key: str | None) -> str | None:
    """Why `kurz serve` must not start: an LLM endpoint (which costs money or GPU time) open to the network."""
    if endpoint is not None and not api_key and not is_loopback(host):
        return (
            f"the LLM mode on a non-loopback address ({host}) needs an API key: give --api-key or set {API_KEY_ENV}, "
            "or listen on 127.0.0.1"
        )
    return None


def api_key_from_env() -> str | None:
    return os.environ.get(API_KEY_ENV) or None
