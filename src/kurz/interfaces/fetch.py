"""Fetch a web page for summarising: httpx, a time limit, a size cap, redirects followed, clear errors.

A server that fetches what its clients name can be made to reach inside its own network (server-side request
forgery). `public_only` refuses every address that is not globally routable — loopback, private, link-local
(cloud metadata), multicast, reserved — checked before connecting for every redirect hop, and checked again on
the address actually connected to, so a name that resolves differently the second time is caught too (its
answer is refused; the request itself has then been sent, which only connecting to the checked address would
prevent).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from kurz import __version__
from kurz.errors import InputError
from kurz.text.normalize import decode

if TYPE_CHECKING:
    import httpx

TIMEOUT = 10.0  # seconds for the whole fetch: connecting, redirects and reading
MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


class FetchError(InputError):
    code = "fetch_failed"


class FetchRefused(FetchError):
    code = "fetch_refused"


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    text: str
    html: bool


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def check_public(host: str, port: int) -> None:
    """Refuse a host whose addresses are not all globally routable."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve {host!r} ({exc.strerror}); is the machine offline?") from None
    for *_, address in infos:
        _check_address(host, str(address[0]))


def _check_address(host: str, address: str) -> None:
    ip = ipaddress.ip_address(address.split("%")[0])
    if not ip.is_global:
        raise FetchRefused(
            f"{host!r} resolves to {ip}, a private, loopback or reserved address; this server fetches only public pages"
        )


def fetch(url: str, *, public_only: bool = False, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    """The page at `url`, decoded (its declared charset, else detected), within `timeout` seconds in all."""
    import httpx

    headers = {"User-Agent": f"kurz/{__version__} (+https://pypi.org/project/kurz/)", "Accept": "text/html,*/*;q=0.5"}
    deadline = time.monotonic() + timeout
    # trust_env=False: a proxy from the environment would hide the address actually connected to
    with httpx.Client(timeout=timeout, headers=headers, follow_redirects=False, trust_env=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            try:
                parts = urlsplit(url)
                port = parts.port or (443 if parts.scheme == "https" else 80)
            except ValueError as exc:
                raise FetchError(f"{url!r} is not a valid URL ({exc})") from None
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError(f"{url!r} is not an http or https URL")
            if public_only:
                check_public(parts.hostname, port)
            try:
                with client.stream("GET", url) as response:
                    if public_only:
                        peer = response.extensions["network_stream"].get_extra_info("server_addr")
                        _check_address(parts.hostname, str(peer[0]))
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    return _read(url, response, max_bytes, deadline)
            except httpx.TimeoutException:
                raise FetchError(f"{url} did not answer within {timeout:g} s") from None
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise FetchError(f"cannot fetch {url}: {exc}; is the machine offline?") from None
    raise FetchError(f"{url} redirects more than {MAX_REDIRECTS} times")


def _read(url: str, response: httpx.Response, max_bytes: int, deadline: float) -> Fetched:
    if response.status_code >= 400:
        raise FetchError(f"{url} answered HTTP {response.status_code}")
    kind = response.headers.get("content-type", "text/html").split(";")[0].strip().lower()
    if kind not in PAGE_TYPES:
        raise FetchError(f"{url} is {kind}, not a web page")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url} is larger than the limit of {max_bytes:,} bytes")
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > max_bytes:
            raise FetchError(f"{url} is larger than the limit of {max_bytes:,} bytes")
        if time.monotonic() > deadline:  # a server trickling bytes must not hold a thread for ever
            raise FetchError(f"{url} did not send its page within the time limit")
    charset = response.charset_encoding
    try:
        text = bytes(body).decode(charset) if charset else decode(bytes(body))
    except (LookupError, UnicodeDecodeError):
        text = decode(bytes(body))
    return Fetched(url, text, kind != "text/plain")
