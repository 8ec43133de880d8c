"""The device secret: 32 random bytes kept in the operating system's keyring.

Every problem fails closed with a typed error: no keyring, an insecure one, a locked one,
another backend than the one the vault was made with, a missing or a changed secret.
There is never a plaintext fallback.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import os

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from outreach_desktop.core.errors import (
    DeviceSecretMismatch,
    DeviceSecretMissing,
    KeyringBackendChanged,
    KeyringError,
    KeyringLocked,
    KeyringUnavailable,
)

SERVICE = "outreach-desktop"
SECRET_LEN = 32

# Backends that store secrets unencrypted or not at all. keyrings.alt is never a runtime
# dependency; should a user have it installed, it is refused here all the same.
_REFUSED_PREFIXES = ("keyring.backends.fail.", "keyring.backends.null.", "keyrings.alt.")


def backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__name__}"


def secret_check(secret: bytes, vault_id: str) -> str:
    """A short commitment to the secret, stored in the key file header.

    It lets unlock say "the keyring holds another secret" instead of "wrong passphrase".
    It reveals nothing useful about a 256-bit random secret.
    """
    message = b"outreach-device-secret-check|" + vault_id.encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()[:16]


class DeviceSecretStore:
    """Reads and writes the device secret of one vault in a keyring backend."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is None:
            try:
                self._backend = _resolve(keyring.get_keyring())
            except keyring.errors.KeyringError as exc:
                raise KeyringUnavailable("unknown", type(exc).__name__) from exc
        return self._backend

    @property
    def name(self) -> str:
        return backend_name(self.backend)

    def check_usable(self) -> None:
        name = self.name
        if name.startswith(_REFUSED_PREFIXES) or getattr(self.backend, "priority", 1) <= 0:
            raise KeyringUnavailable(name, "insecure_or_missing")

    @staticmethod
    def _username(vault_id: str) -> str:
        return f"device-secret:{vault_id}"

    def create(self, vault_id: str) -> bytes:
        self.check_usable()
        secret = os.urandom(SECRET_LEN)
        self._call(self.backend.set_password, SERVICE, self._username(vault_id),
                   base64.b64encode(secret).decode("ascii"))
        # Read it back: a keyring that accepts writes and forgets them must not be trusted.
        try:
            kept = self.load(vault_id, expected_backend=None) == secret
        except (DeviceSecretMissing, DeviceSecretMismatch):
            kept = False
        if not kept:
            raise KeyringUnavailable(self.name, "write_not_kept")
        return secret

    def load(self, vault_id: str, expected_backend: str | None, check: str | None = None) -> bytes:
        self.check_usable()
        if expected_backend is not None and self.name != expected_backend:
            raise KeyringBackendChanged(expected_backend, self.name)
        raw = self._call(self.backend.get_password, SERVICE, self._username(vault_id))
        if raw is None:
            raise DeviceSecretMissing()
        try:
            secret = base64.b64decode(raw.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError) as exc:
            raise DeviceSecretMismatch() from exc
        if len(secret) != SECRET_LEN:
            raise DeviceSecretMismatch()
        if check is not None and not hmac.compare_digest(secret_check(secret, vault_id), check):
            raise DeviceSecretMismatch()
        return secret

    def delete(self, vault_id: str) -> None:
        with contextlib.suppress(DeviceSecretMissing):
            self._call(self.backend.delete_password, SERVICE, self._username(vault_id))

    def _call(self, fn, *args):  # type: ignore[no-untyped-def]
        try:
            return fn(*args)
        except keyring.errors.PasswordDeleteError as exc:
            raise DeviceSecretMissing() from exc
        except keyring.errors.KeyringLocked as exc:
            raise KeyringLocked() from exc
        except (keyring.errors.NoKeyringError, keyring.errors.InitError) as exc:
            raise KeyringUnavailable(self.name, type(exc).__name__) from exc
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(self.name, type(exc).__name__) from exc
        except KeyringError:
            raise
        except Exception as exc:  # a backend's own error (D-Bus gone, secretstorage...)
            if "lock" in type(exc).__name__.lower():
                raise KeyringLocked() from exc
            raise KeyringUnavailable(self.name, type(exc).__name__) from exc


def _resolve(backend: KeyringBackend) -> KeyringBackend:
    """Look through keyring's chainer: name and use the backend that really holds secrets."""
    inner = getattr(backend, "backends", None)
    if inner is not None and backend_name(backend).endswith("ChainerBackend"):
        usable = [b for b in inner if not backend_name(b).startswith(_REFUSED_PREFIXES)]
        if usable:
            return max(usable, key=lambda b: getattr(b, "priority", 0))
    return backend
