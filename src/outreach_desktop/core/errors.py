"""Typed errors raised by the core.

The core never formats a message for a person: the GUI and the CLI map each class to
translated text (outreach_desktop.messages). Attributes carry the facts a message needs,
never personal data.
"""

from __future__ import annotations


class OutreachError(Exception):
    """Base class of every error the core raises on purpose."""


# --- vault and keys -------------------------------------------------------------------------
class VaultError(OutreachError):
    pass


class VaultNotInitialised(VaultError):
    """There is no key file in the data folder."""


class VaultAlreadyExists(VaultError):
    """init was asked for a data folder that already holds a vault."""


class WrongPassphrase(VaultError):
    """The key file did not decrypt: wrong passphrase (or a key file altered with care)."""


class KeyFileCorrupt(VaultError):
    """The key file is damaged or its header was edited."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class KdfBelowFloor(VaultError):
    """The key file asks for key-derivation parameters weaker than the allowed minimum."""

    def __init__(self, memory_kib: int, iterations: int, lanes: int) -> None:
        super().__init__(f"m={memory_kib} t={iterations} p={lanes}")
        self.memory_kib, self.iterations, self.lanes = memory_kib, iterations, lanes


class UnsupportedKeyFileVersion(VaultError):
    def __init__(self, version: object) -> None:
        super().__init__(str(version))
        self.version = version


class PassphraseTooWeak(VaultError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "too_short" | "too_weak"


# --- keyring --------------------------------------------------------------------------------
class KeyringError(VaultError):
    """Base for every keyring problem; all of them fail closed."""


class KeyringUnavailable(KeyringError):
    """No usable keyring backend (none installed, no session bus, or an insecure one)."""

    def __init__(self, backend: str, detail: str = "") -> None:
        super().__init__(f"{backend}: {detail}")
        self.backend, self.detail = backend, detail


class KeyringLocked(KeyringError):
    """The keyring exists but is locked and was not unlocked."""


class KeyringBackendChanged(KeyringError):
    def __init__(self, expected: str, found: str) -> None:
        super().__init__(f"expected {expected}, found {found}")
        self.expected, self.found = expected, found


class DeviceSecretMissing(KeyringError):
    """The keyring holds no device secret for this vault."""


class DeviceSecretMismatch(KeyringError):
    """The keyring holds a device secret, but not the one this vault was made with."""


# --- storage --------------------------------------------------------------------------------
class StorageError(OutreachError):
    pass


class CipherUnavailable(StorageError):
    """The SQLite library in use has no SQLCipher: refuse to run rather than store plaintext."""


class DatabaseCorrupt(StorageError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(detail)
        self.detail = detail


class DatabaseTooNew(StorageError):
    """The database was written by a newer version of the app (unknown schema revision)."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class DiskFull(StorageError):
    """The disk filled up during a write; the transaction was rolled back."""


class VaultLocked(StorageError):
    """An operation needed the open database, but the vault is locked."""


class UnauthorisedWrite(StorageError):
    """A syncable row was written outside the repository layer (a programming error)."""


# --- import ---------------------------------------------------------------------------------
class ImportFailed(OutreachError):
    """The import file cannot be read at all (encoding, format, missing columns)."""

    def __init__(self, reason: str, **facts: object) -> None:
        super().__init__(reason, facts)
        self.reason = reason
        self.facts = facts


class ImportRejected(OutreachError):
    """The file was read, but rows have errors: nothing was imported."""

    def __init__(self, problems: list) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


# --- sync -----------------------------------------------------------------------------------
class SyncError(OutreachError):
    """Base of every sync problem. Nothing local is lost by one: the outbox stays."""


class NotEnrolled(SyncError):
    """This device has not been enrolled with a server yet."""


class AlreadyEnrolled(SyncError):
    """This vault is enrolled already (a second enrolment would mix two servers' data)."""


class ServerUnreachable(SyncError):
    """No answer from the server: offline, a dropped connection, a timeout, a proxy."""

    def __init__(self, reason: str = "network") -> None:
        super().__init__(reason)
        self.reason = reason  # network | timeout | bad_answer


class ServerCertificateInvalid(SyncError):
    """The server's TLS certificate did not verify (against the system or the set CA)."""


class ServerRefused(SyncError):
    """The server answered with an error it explains by a reason code."""

    def __init__(self, status: int, reason: str, errors: list | None = None) -> None:
        super().__init__(f"{status} {reason}")
        self.status, self.reason = status, reason
        #: what the answer names (for a refused push: the refused mutation ids)
        self.errors = errors or []


class EnrolmentRefused(SyncError):
    """The enrolment code was not accepted (unknown, used or expired; or slowed down)."""

    def __init__(self, reason: str, retry_after: int | None = None) -> None:
        super().__init__(reason)
        self.reason, self.retry_after = reason, retry_after


class UpgradeRequired(SyncError):
    """The server no longer speaks this app's protocol: the app must be updated."""


class DeviceWipeRequired(SyncError):
    """The server revoked this device: its data, key file and keyring secret must go."""


class SyncCancelled(SyncError):
    """The sync was asked to stop (the app locks or quits); it stopped between steps."""


class CaFileInvalid(SyncError):
    """The configured CA bundle cannot be read or holds no certificate."""


class ServerUrlInvalid(SyncError):
    """The server address is not an https:// URL (plain http only to this computer)."""
