"""Every error answer has one shape (``schemas.ErrorPublic``): a sentence and a reason.

Bad input is a 4xx with its reason, never a 500: malformed JSON is 400, a body that does
not fit the schema (wrong types, unknown or missing fields) 422 with the failing places
listed. The submitted values are never echoed back (they may be passwords) nor logged.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from outreach_server.services.errors import DeviceRevoked, ServiceError, Throttled

log = logging.getLogger("outreach_server")

_HTTP_REASONS = {400: "bad_request", 401: "unauthenticated", 403: "forbidden",
                 404: "not_found", 405: "method_not_allowed", 413: "body_too_large",
                 415: "unsupported_media_type"}


def error_body(detail: str, reason: str, **extra: Any) -> dict[str, Any]:
    return {"detail": detail, "reason": reason, **extra}


def _service_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServiceError)
    headers: dict[str, str] = {}
    body = error_body(exc.message, exc.reason, **exc.extra)
    if exc.status == 401:
        headers["WWW-Authenticate"] = 'Bearer error="invalid_token"'
    if isinstance(exc, DeviceRevoked):
        body["wipe"] = True
    if isinstance(exc, Throttled):
        headers["Retry-After"] = str(exc.retry_after)
    return JSONResponse(body, status_code=exc.status, headers=headers)


def _location(error: Any) -> list[Any]:
    """Where the error is. A field the schema does not know is named ``(unknown)``: its
    name is the caller's own text and may be anything (a name, a password); the answer
    never repeats it."""
    loc = list(error.get("loc", ()))
    if error.get("type") == "extra_forbidden" and loc:
        loc[-1] = "(unknown)"
    return loc


def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if request.method in ("POST", "PUT", "PATCH") and media_type not in ("", "application/json") \
            and any(list(e.get("loc", ())) == ["body"] for e in exc.errors()):
        return JSONResponse(error_body("send the body as application/json",
                                       "unsupported_media_type"), status_code=415)
    errors = [{"loc": _location(e), "msg": e.get("msg", ""), "type": e.get("type", "")}
              for e in exc.errors()]
    if any(e["type"] == "json_invalid" for e in errors):
        return JSONResponse(error_body("the body is not valid JSON", "malformed_json",
                                       errors=errors), status_code=400)
    return JSONResponse(error_body("the request does not fit its schema", "invalid_request",
                                   errors=errors), status_code=422)


def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    reason = _HTTP_REASONS.get(exc.status_code, f"http_{exc.status_code}")
    return JSONResponse(error_body(str(exc.detail), reason), status_code=exc.status_code,
                        headers=exc.headers)


def install(app: FastAPI) -> None:
    app.add_exception_handler(ServiceError, _service_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
