"""Typed errors of the services. The API turns each into one HTTP status with its
``reason`` (a stable code a client can act on) and the CLI into a message and exit code.
Messages name ids, never personal data."""

from __future__ import annotations


class ServiceError(Exception):
    status = 400
    reason = "bad_request"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        #: more of the answer body, e.g. ``errors`` naming what was refused (ids, never values)
        self.extra: dict[str, object] = {}


class NotFound(ServiceError):
    status = 404
    reason = "not_found"


class AlreadyExists(ServiceError):
    status = 409
    reason = "already_exists"


class InvalidInput(ServiceError):
    status = 422
    reason = "invalid"

    def __init__(self, message: str, reason: str = "invalid") -> None:
        super().__init__(message)
        self.reason = reason


class Unauthenticated(ServiceError):
    """No valid credential: unknown token, wrong password, expired code."""

    status = 401
    reason = "unauthenticated"

    def __init__(self, message: str, reason: str = "unauthenticated") -> None:
        super().__init__(message)
        self.reason = reason


class DeviceRevoked(Unauthenticated):
    """A revoked device: answered 401 and told to wipe what it holds."""

    def __init__(self) -> None:
        super().__init__("this device has been revoked: wipe its data", "device_revoked")


class Forbidden(ServiceError):
    status = 403
    reason = "forbidden"

    def __init__(self, message: str, reason: str = "forbidden") -> None:
        super().__init__(message)
        self.reason = reason


class Throttled(ServiceError):
    """Too many failed attempts: try again after ``retry_after`` seconds."""

    status = 429
    reason = "too_many_attempts"

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many failed attempts: try again in {retry_after} s")
        self.retry_after = retry_after
