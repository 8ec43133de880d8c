"""HTTP to the sync server: verified TLS, typed errors, retries with backoff and jitter.

Every request of a sync is safe to repeat (a push is idempotent by its mutation ids, a
pull by its cursor), so a dropped connection, a timeout, a reset or a truncated answer is
retried a few times, waiting ``backoff_delay`` between tries. What still fails is raised
as a typed error (``core.errors``); nothing here knows about the local database.
"""

from __future__ import annotations

import logging
import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx

from outreach_desktop import __version__
from outreach_desktop.core.errors import (
    CaFileInvalid,
    DeviceWipeRequired,
    EnrolmentRefused,
    ServerCertificateInvalid,
    ServerRefused,
    ServerUnreachable,
)
from outreach_desktop.core.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, WIPE_FIELD

log = logging.getLogger(__name__)


def backoff_delay(attempt: int, base: float = 0.5, cap: float = 30.0,
                  rng: Callable[[], float] = random.random) -> float:
    """Seconds to wait before retry ``attempt`` (1, 2, ...): "full jitter" exponential
    backoff, a random time up to ``base * 2**(attempt-1)``, at most ``cap``."""
    return rng() * min(cap, base * 2 ** (attempt - 1))


def ssl_context(ca_pem: str | None) -> ssl.SSLContext:
    """The system's trusted CAs, or only the given bundle (a city's own PKI)."""
    if not ca_pem:
        return ssl.create_default_context()
    try:
        return ssl.create_default_context(cadata=ca_pem)
    except (ssl.SSLError, ValueError) as exc:
        raise CaFileInvalid() from exc


def read_ca_file(path: str) -> str:
    """The PEM text of a CA bundle, checked to hold at least one certificate."""
    try:
        with open(path, encoding="ascii") as handle:
            pem = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise CaFileInvalid() from exc
    if "-----BEGIN CERTIFICATE-----" not in pem:
        raise CaFileInvalid()
    ssl_context(pem)
    return pem


@dataclass
class RetryPolicy:
    attempts: int = 4
    base: float = 0.5
    cap: float = 30.0
    sleep: Callable[[float], None] = time.sleep


def _is_certificate_problem(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        if "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class ServerConnection:
    """One server, one device token. Use as a context manager (closes the connections)."""

    def __init__(self, url: str, token: str | None = None, ca_pem: str | None = None, *,
                 timeout: float = 30.0, retry: RetryPolicy | None = None) -> None:
        self.url = url.rstrip("/")
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                   "User-Agent": f"outreach-desktop/{__version__}"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.retry = retry or RetryPolicy()
        self._http = httpx.Client(base_url=self.url, headers=headers, verify=ssl_context(ca_pem),
                                  timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
                                  follow_redirects=False)

    def __enter__(self) -> ServerConnection:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # --- requests ----------------------------------------------------------------------------
    def request(self, method: str, path: str, *, json: Any = None,
                params: dict[str, Any] | None = None, retry: bool = True) -> Any:
        """The answer's JSON; typed errors for every failure (after the retries)."""
        attempts = self.retry.attempts if retry else 1
        for attempt in range(1, attempts + 1):
            try:
                response = self._http.request(method, path, json=json, params=params)
                if response.status_code >= 500 or response.status_code == 429:
                    raise _Retryable(response.status_code)
                if response.status_code >= 400:
                    self._refuse(response)
                if response.status_code == 204:
                    return None
                try:
                    return response.json()
                except ValueError as exc:  # truncated or not JSON: a broken answer
                    raise _Retryable(0) from exc
            except httpx.TransportError as exc:
                if _is_certificate_problem(exc):
                    raise ServerCertificateInvalid() from exc
                problem: BaseException = exc
            except _Retryable as exc:
                problem = exc
            log.info("sync request %s %s failed (%s), attempt %d of %d", method, path,
                     type(problem).__name__, attempt, attempts)
            if attempt < attempts:
                self.retry.sleep(backoff_delay(attempt, self.retry.base, self.retry.cap))
        if isinstance(problem, httpx.TimeoutException):
            raise ServerUnreachable("timeout") from problem
        if isinstance(problem, _Retryable) and problem.status:
            raise ServerRefused(problem.status, "server_error") from problem
        if isinstance(problem, _Retryable):
            raise ServerUnreachable("bad_answer") from problem
        raise ServerUnreachable("network") from problem

    @staticmethod
    def _refuse(response: httpx.Response) -> None:
        try:
            body = response.json()
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        reason = str(body.get("reason") or "refused")[:60]
        if response.status_code == 401 and body.get(WIPE_FIELD) is True:
            raise DeviceWipeRequired()
        errors = body.get("errors")
        raise ServerRefused(response.status_code, reason,
                            errors if isinstance(errors, list) else None)

    def health(self) -> bool:
        """Is the server reachable right now? (One try, a short wait, no token needed.)"""
        try:
            response = self._http.get("/v1/health", timeout=5.0)
        except httpx.TransportError:
            return False
        return response.status_code == 200

    def enrol(self, code: str, device_name: str,
              device_holds_records: bool = False) -> dict[str, Any]:
        try:
            # one try: a code is used up by the first request that reaches the server
            return dict(self.request("POST", "/v1/enrol",
                                     json={"code": code, "device_name": device_name,
                                           "device_holds_records": device_holds_records},
                                     retry=False))
        except ServerRefused as exc:
            if exc.status in (401, 403, 422, 429):
                raise EnrolmentRefused(exc.reason) from exc
            raise

    def hello(self, client_time: str) -> dict[str, Any]:
        return dict(self.request("POST", "/v1/hello", json={
            "protocol_version": PROTOCOL_VERSION, "client_time": client_time,
            "app_version": __version__[:40]}))

    def push(self, mutations: list[dict[str, Any]]) -> dict[str, Any]:
        return dict(self.request("POST", "/v1/sync/push", json={"mutations": mutations}))

    def pull(self, cursor: str | None, limit: int) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return dict(self.request("GET", "/v1/sync/pull", params=params))

    def check(self) -> dict[str, Any]:
        return dict(self.request("GET", "/v1/sync/check"))

    # --- a supervisor's and a coordinator's calls ------------------------------------------
    def directory(self) -> list[dict[str, Any]]:
        """The caller's colleagues: user id, display name, role, team (supervisors)."""
        answer = self.request("GET", "/v1/directory")
        return [dict(member) for member in answer] if isinstance(answer, list) else []

    def figures(self, start: date, end: date, *, organisation_id: str | None = None,
                team_id: str | None = None, district: str | None = None) -> dict[str, Any]:
        params: dict[str, Any] = {"start": start.isoformat(), "end": end.isoformat()}
        for name, value in (("organisation_id", organisation_id), ("team_id", team_id),
                            ("district", district)):
            if value:
                params[name] = value
        return dict(self.request("GET", "/v1/figures", params=params))

    def figure_scopes(self) -> dict[str, Any]:
        """The organisations and teams the caller may filter the figures by."""
        return dict(self.request("GET", "/v1/figures/scopes"))

    def assign(self, client_id: str, user_id: str) -> None:
        """Give the client's case to another caseworker (a supervisor's transfer). Safe to
        repeat: assigning to the current owner changes nothing."""
        self.request("POST", f"/v1/clients/{client_id}/assign", json={"user": user_id})


class _Retryable(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status
