"""Where the language model is: an OpenAI-compatible base URL, a model name, an optional key, and the limits."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from kurz.errors import OptionError

URL_ENV, MODEL_ENV, KEY_ENV, CACHE_ENV = "KURZ_LLM_URL", "KURZ_LLM_MODEL", "KURZ_LLM_API_KEY", "KURZ_LLM_CACHE"
NO_CACHE = "off"


def default_cache() -> str:
    """$KURZ_LLM_CACHE, else $XDG_CACHE_HOME/kurz/llm, else ~/.cache/kurz/llm; "off" turns the cache off."""
    if os.environ.get(CACHE_ENV):
        return os.environ[CACHE_ENV]
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return str(Path(base) / "kurz" / "llm")


@dataclass(frozen=True)
class Endpoint:
    """An OpenAI-compatible chat-completions server (`url` is the base, e.g. http://127.0.0.1:11434/v1).

    `api_key` is sent as a bearer token and never shown (not in repr, results, errors or logs). `timeout` is
    seconds per HTTP call; `retries` more calls follow a 429 or 5xx answer, `backoff` seconds apart, doubling
    (or as the server's Retry-After says, up to 30 s); at most `concurrency` calls run at once per process;
    answers are cached on disk under `cache` (None: no cache), keyed by model and prompt.
    """

    url: str
    model: str
    api_key: str | None = field(default=None, repr=False, compare=False)
    timeout: float = 60.0
    retries: int = 2
    backoff: float = 1.0
    concurrency: int = 4
    cache: str | None = field(default_factory=default_cache)

    def __post_init__(self) -> None:
        parts = urlsplit(self.url or "")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise OptionError(f"the LLM URL must be an http:// or https:// base URL, not {safe_url(self.url)!r}")
        if not self.model or not self.model.strip():
            raise OptionError("the LLM model name is empty; give --llm-model or KURZ_LLM_MODEL")
        for name in ("timeout", "backoff"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or (name == "timeout" and not value):
                raise OptionError(f"llm {name} must be a positive number of seconds, not {value!r}")
        if isinstance(self.retries, bool) or not isinstance(self.retries, int) or not 0 <= self.retries <= 2:
            raise OptionError(f"llm retries must be 0, 1 or 2, not {self.retries!r}")
        if isinstance(self.concurrency, bool) or not isinstance(self.concurrency, int) or self.concurrency < 1:
            raise OptionError(f"llm concurrency must be a positive whole number, not {self.concurrency!r}")
        if self.cache == NO_CACHE:
            object.__setattr__(self, "cache", None)

    @classmethod
    def from_env(
        cls, url: str | None = None, model: str | None = None, api_key: str | None = None, **options: object
    ) -> Endpoint:
        """The endpoint from the arguments, each missing one from KURZ_LLM_URL, KURZ_LLM_MODEL, KURZ_LLM_API_KEY."""
        url = url or os.environ.get(URL_ENV)
        model = model or os.environ.get(MODEL_ENV)
        if not url or not model:
            missing = " and ".join(
                n
                for n, v in (("a URL (--llm-url, KURZ_LLM_URL)", url), ("a model (--llm-model, KURZ_LLM_MODEL)", model))
                if not v
            )
            raise OptionError(f"method 'llm' needs an OpenAI-compatible server: give {missing}")
        given = {k: v for k, v in options.items() if v is not None}
        return cls(url, model, api_key or os.environ.get(KEY_ENV) or None, **given)  # type: ignore[arg-type]

    @property
    def chat_url(self) -> str:
        return self.url.rstrip("/") + "/chat/completions"

    @property
    def shown_url(self) -> str:
        return safe_url(self.url)

    def scrub(self, text: str) -> str:
        """`text` with the API key (and any credentials in the URL) replaced, for messages that leave kurz."""
        for secret in (self.api_key, urlsplit(self.url).password):
            if secret:
                text = text.replace(secret, "***")
        return text


def safe_url(url: str) -> str:
    """The URL without user, password, query or fragment: what may appear in a message."""
    try:
        parts = urlsplit(url or "")
        host = parts.hostname or ""
        if parts.port:
            host += f":{parts.port}"
        return urlunsplit((parts.scheme, host, parts.path, "", ""))
    except ValueError:
        return "<unreadable URL>"
