"""The error answers a route can give, for its OpenAPI description."""

from __future__ import annotations

from typing import Any

from outreach_server.schemas import ErrorPublic

_WHAT = {
    400: "malformed JSON or headers; (pull) a cursor this server did not give out",
    401: "no, an unknown or an ended credential; a revoked device also gets `wipe: true`",
    403: "the caller's role or credential may not do this",
    404: "no such thing, or not one the caller may see",
    409: "it exists already, or (push) the mutation id was used by another device",
    410: "the cursor is older than tombstone retention: download afresh, keep the outbox",
    413: "the body is larger than the server's limit",
    415: "the body is not sent as application/json",
    422: "the body does not fit the schema (wrong types, unknown or missing fields)",
    429: "too many failed attempts: wait for Retry-After seconds",
}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI responses for ``statuses`` plus those every body-taking route can give."""
    return {status: {"model": ErrorPublic, "description": _WHAT[status]}
            for status in sorted({400, 413, 415, 422, *statuses})}
