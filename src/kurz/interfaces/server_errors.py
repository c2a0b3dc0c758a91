"""One shape for every 4xx/5xx answer, `{"error": {"code": ..., "message": ...}}`, so clients handle errors in one
place; the codes are those of `kurz.errors` plus a few HTTP-level ones (`body_too_large`, `invalid_json`, ...)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kurz.errors import InputTooLargeError, KurzError, ModelError, NoFitError
from kurz.interfaces.fetch import FetchRefused
from kurz.summary import Summary


class ApiError(Exception):
    """An HTTP-level refusal (size, encoding, time) raised inside the app and rendered in the shared shape."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


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
