"""The key file beside the database: the data key, wrapped with AES-256-GCM.

Layout (all integers big-endian)::

    magic      6 bytes   b"ODVKEY"
    hlen       2 bytes   length of the header
    header     hlen      canonical JSON: version, vault id, key id, KDF parameters, salt,
                         keyring backend, device-secret check, pending rekey flag
    digest    32 bytes   SHA-256 of magic|hlen|header (detects accidental damage early)
    nonce     12 bytes
    sealed     rest      AES-256-GCM(KEK, nonce, data key(s), aad = magic|hlen|header)

The header is authenticated data of the GCM seal, so any edit of it — a lowered KDF cost,
another salt or id — makes the key file useless. The digest only lets us tell "damaged
or edited" apart from "wrong passphrase" in the common case; security rests on the GCM
tag alone.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from dataclasses import dataclass, field, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from outreach_desktop.core.errors import (
    KeyFileCorrupt,
    UnsupportedKeyFileVersion,
    WrongPassphrase,
)
from outreach_desktop.core.fileio import atomic_write
from outreach_desktop.core.vault.kdf import KdfParams

MAGIC = b"ODVKEY"
FORMAT_VERSION = 1
NONCE_LEN = 12
DIGEST_LEN = 32


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeyFileHeader:
    """Everything the key file says in the clear (and authenticates)."""

    vault_id: str
    key_id: str
    kdf: KdfParams
    salt: bytes
    keyring_backend: str
    secret_check: str  # hex HMAC of the device secret: tells a changed secret apart
    pending_rekey: bool = False
    version: int = FORMAT_VERSION
    extra: dict = field(default_factory=dict)

    def encode(self) -> bytes:
        doc = {
            "version": self.version,
            "vault_id": self.vault_id,
            "key_id": self.key_id,
            "kdf": self.kdf.as_dict(),
            "salt": _b64(self.salt),
            "keyring_backend": self.keyring_backend,
            "secret_check": self.secret_check,
            "pending_rekey": self.pending_rekey,
            **({"extra": self.extra} if self.extra else {}),
        }
        return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @classmethod
    def decode(cls, raw: bytes) -> KeyFileHeader:
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise KeyFileCorrupt("header_unreadable") from exc
        if not isinstance(doc, dict):
            raise KeyFileCorrupt("header_unreadable")
        if doc.get("version") != FORMAT_VERSION:
            raise UnsupportedKeyFileVersion(doc.get("version"))
        try:
            return cls(
                vault_id=str(doc["vault_id"]),
                key_id=str(doc["key_id"]),
                kdf=KdfParams.from_dict(doc["kdf"]),
                salt=_unb64(doc["salt"]),
                keyring_backend=str(doc["keyring_backend"]),
                secret_check=str(doc["secret_check"]),
                pending_rekey=bool(doc.get("pending_rekey", False)),
                extra=dict(doc.get("extra", {})),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileCorrupt("header_fields") from exc

    def with_(self, **changes: object) -> KeyFileHeader:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class KeyFile:
    header: KeyFileHeader
    header_bytes: bytes
    nonce: bytes
    sealed: bytes

    @property
    def aad(self) -> bytes:
        return MAGIC + struct.pack(">H", len(self.header_bytes)) + self.header_bytes

    def unseal(self, kek: bytes) -> bytes:
        try:
            return AESGCM(kek).decrypt(self.nonce, self.sealed, self.aad)
        except InvalidTag as exc:
            raise WrongPassphrase() from exc

    @classmethod
    def seal(cls, header: KeyFileHeader, kek: bytes, payload: bytes) -> KeyFile:
        header_bytes = header.encode()
        nonce = os.urandom(NONCE_LEN)
        aad = MAGIC + struct.pack(">H", len(header_bytes)) + header_bytes
        sealed = AESGCM(kek).encrypt(nonce, payload, aad)
        return cls(header, header_bytes, nonce, sealed)

    def to_bytes(self) -> bytes:
        aad = self.aad
        return aad + hashlib.sha256(aad).digest() + self.nonce + self.sealed

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        if len(data) < len(MAGIC) + 2 or not data.startswith(MAGIC):
            raise KeyFileCorrupt("not_a_key_file")
        (hlen,) = struct.unpack(">H", data[len(MAGIC) : len(MAGIC) + 2])
        start = len(MAGIC) + 2
        header_bytes = data[start : start + hlen]
        rest = data[start + hlen :]
        if len(header_bytes) != hlen or len(rest) < DIGEST_LEN + NONCE_LEN + 16:
            raise KeyFileCorrupt("truncated")
        digest, nonce, sealed = (
            rest[:DIGEST_LEN],
            rest[DIGEST_LEN : DIGEST_LEN + NONCE_LEN],
            rest[DIGEST_LEN + NONCE_LEN :],
        )
        if hashlib.sha256(data[: start + hlen]).digest() != digest:
            raise KeyFileCorrupt("header_changed")
        return cls(KeyFileHeader.decode(header_bytes), header_bytes, nonce, sealed)

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise  # the caller tells "no vault yet" from "key file lost"
        except OSError as exc:
            raise KeyFileCorrupt("unreadable") from exc
        return cls.from_bytes(data)

    def write(self, path: Path) -> None:
        atomic_write(path, self.to_bytes(), mode=0o600)
