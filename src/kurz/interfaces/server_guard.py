"""The body guard: size, encoding and JSON syntax of a request body, checked before FastAPI parses anything."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kurz.data.formats.jsonl import depth
from kurz.interfaces.server_errors import ApiError, error_response
from kurz.limits import MAX_JSON_DEPTH


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
