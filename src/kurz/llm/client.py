"""One chat-completions call: temperature 0, bounded concurrency, retries on 429/5xx, and a disk cache.

httpx is imported on the first call, so `import kurz` does not load it.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kurz.errors import KurzError
from kurz.llm.endpoint import Endpoint

if TYPE_CHECKING:
    import httpx

MAX_TOKENS = 400  # a teaser is 1–3 sentences; a longer answer is cut by the server and fails the guard
MAX_RETRY_AFTER = 30.0
_THINKING = re.compile(r"<think>.*?</think>", re.DOTALL)


class LLMCallError(KurzError):
    """The server gave no usable answer: `code` is timeout, connection, http_error or bad_answer."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Answer:
    text: str
    cached: bool


_lock = threading.Lock()
_clients: dict[Endpoint, tuple[httpx.Client, threading.Semaphore]] = {}


def _client(endpoint: Endpoint) -> tuple[httpx.Client, threading.Semaphore]:
    """One connection pool and one concurrency gate per endpoint and process."""
    with _lock:
        if endpoint not in _clients:
            import httpx

            limits = httpx.Limits(max_connections=endpoint.concurrency, max_keepalive_connections=endpoint.concurrency)
            client = httpx.Client(timeout=endpoint.timeout, limits=limits, trust_env=False, follow_redirects=False)
            _clients[endpoint] = (client, threading.Semaphore(endpoint.concurrency))
        return _clients[endpoint]


def close_clients() -> None:
    """Close every endpoint's connection pool (the server at shutdown, every process at exit); the next call opens anew."""
    with _lock:
        clients = [client for client, _ in _clients.values()]
        _clients.clear()
    for client in clients:
        client.close()


atexit.register(close_clients)


def payload(endpoint: Endpoint, messages: list[dict[str, str]]) -> dict[str, Any]:
    return {"model": endpoint.model, "messages": messages, "temperature": 0, "max_tokens": MAX_TOKENS, "stream": False}


def cache_key(body: dict[str, Any]) -> str:
    """sha256 of the model and the whole request (prompt, temperature, token limit); the URL and key are not in it."""
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def complete(endpoint: Endpoint, messages: list[dict[str, str]]) -> Answer:
    """The model's answer text (thinking blocks removed), from the cache when this exact request was answered."""
    body = payload(endpoint, messages)
    key = cache_key(body)
    if endpoint.cache is not None and (hit := _read_cache(endpoint.cache, key)) is not None:
        return Answer(hit, True)
    text = _THINKING.sub("", _call(endpoint, body)).strip()
    if endpoint.cache is not None:
        _write_cache(endpoint.cache, key, endpoint.model, text)
    return Answer(text, False)


def _call(endpoint: Endpoint, body: dict[str, Any]) -> str:
    import httpx

    client, gate = _client(endpoint)
    headers = {"Authorization": f"Bearer {endpoint.api_key}"} if endpoint.api_key else {}
    where = endpoint.shown_url
    for attempt in range(endpoint.retries + 1):
        try:
            with gate:
                response = client.post(endpoint.chat_url, json=body, headers=headers)
        except httpx.TimeoutException:
            raise LLMCallError("timeout", f"the LLM server at {where} did not answer within {endpoint.timeout:g} s") from None
        except httpx.HTTPError as exc:
            reason = endpoint.scrub(str(exc))[:200] or type(exc).__name__
            raise LLMCallError("connection", f"cannot reach the LLM server at {where}: {reason}") from None
        status = response.status_code
        if (status == 429 or status >= 500) and attempt < endpoint.retries:
            time.sleep(_wait(response, endpoint.backoff * 2**attempt))
            continue
        if status != 200:
            detail = endpoint.scrub(" ".join(response.text.split()))[:200]
            tries = f" after {attempt + 1} tries" if attempt else ""
            raise LLMCallError("http_error", f"the LLM server at {where} answered HTTP {status}{tries}: {detail}")
        return _content(response, endpoint)
    raise AssertionError("unreachable")  # pragma: no cover


def _wait(response: httpx.Response, default: float) -> float:
    try:
        return min(max(float(response.headers.get("retry-after", "")), 0.0), MAX_RETRY_AFTER)
    except ValueError:
        return default


def _content(response: httpx.Response, endpoint: Endpoint) -> str:
    try:
        content = response.json()["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        shown = endpoint.scrub(" ".join(response.text.split()))[:120]
        raise LLMCallError("bad_answer", f"the LLM server's answer is not a chat completion: {shown!r}") from None
    if content is None:
        return ""
    if not isinstance(content, str):
        raise LLMCallError("bad_answer", "the LLM server's answer has no text content")
    return content


def _path(cache: str, key: str) -> Path:
    return Path(cache) / key[:2] / f"{key}.json"


def _read_cache(cache: str, key: str) -> str | None:
    try:
        data = json.loads(_path(cache, key).read_text(encoding="utf-8"))
        return data["answer"] if isinstance(data.get("answer"), str) else None
    except (OSError, ValueError, AttributeError):
        return None


def _write_cache(cache: str, key: str, model: str, answer: str) -> None:
    """Written atomically (a temporary file renamed), so parallel workers never read half an entry; a cache that
    cannot be written costs only a repeated call later."""
    path = _path(cache, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"model": model, "answer": answer}, handle, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        pass
