"""The vault: one encrypted database plus the key file that unlocks it.

- The data key (DEK) is 32 random bytes given to SQLCipher as a raw key. It is never
  derived from the passphrase, so changing the passphrase only re-wraps it.
- KEK = HKDF(Argon2id(passphrase) || device secret); the device secret is in the keyring.
- ``rekey`` replaces the DEK itself. It is crash-safe: the key file first holds old and
  new key (``pending_rekey``), then the database is re-encrypted, then the old key is
  dropped. An interrupted rekey is finished at the next unlock.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import uuid
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from outreach_desktop.core.catalogues import ensure_defaults
from outreach_desktop.core.errors import (
    DatabaseCorrupt,
    KeyFileCorrupt,
    VaultAlreadyExists,
    VaultNotInitialised,
)
from outreach_desktop.core.fileio import ensure_private_dir
from outreach_desktop.core.passphrase_policy import check_passphrase
from outreach_desktop.core.paths import VaultPaths
from outreach_desktop.core.repository import Repository
from outreach_desktop.core.storage.engine import connect_raw, make_engine, typed_db_errors
from outreach_desktop.core.storage.migrate import migrate
from outreach_desktop.core.vault.device_secret import DeviceSecretStore, secret_check
from outreach_desktop.core.vault.kdf import (
    DEFAULT_KDF,
    KDF_FLOOR,
    KdfParams,
    check_floor,
    derive_kek,
)
from outreach_desktop.core.vault.keyfile import KeyFile, KeyFileHeader

log = logging.getLogger(__name__)
KEY_LEN = 32
SALT_LEN = 16


class OpenVault:
    """An unlocked vault: the engine, the repository, and what the key file says.

    ``close()`` disposes of every pooled connection and forgets the key.
    """

    def __init__(self, paths: VaultPaths, header: KeyFileHeader, engine: Engine,
                 schema_revision: str) -> None:
        self.paths = paths
        self.header = header
        self.engine: Engine | None = engine
        self.schema_revision = schema_revision
        self.sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self.repository = Repository(self.sessions)

    @property
    def is_open(self) -> bool:
        return self.engine is not None

    def session(self) -> Session:
        return self.sessions()

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()  # closes every pooled connection; the key goes with them
            self.engine = None
            self.sessions.configure(bind=None)


class Vault:
    """Creates, unlocks, re-keys and wipes the vault in one data folder."""

    def __init__(self, data_dir: Path, secrets: DeviceSecretStore | None = None,
                 kdf_floor: KdfParams = KDF_FLOOR) -> None:
        self.paths = VaultPaths(Path(data_dir))
        self.secrets = secrets or DeviceSecretStore()
        self.kdf_floor = kdf_floor

    # --- state -------------------------------------------------------------------------------
    def exists(self) -> bool:
        return self.paths.key_file.exists()

    def read_key_file(self) -> KeyFile:
        try:
            return KeyFile.read(self.paths.key_file)
        except FileNotFoundError as exc:
            if self.paths.database.exists():
                raise KeyFileCorrupt("missing") from exc
            raise VaultNotInitialised() from exc

    # --- create ------------------------------------------------------------------------------
    def create(self, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> OpenVault:
        check_passphrase(passphrase)
        if self.exists() or self.paths.database.exists():
            raise VaultAlreadyExists()
        ensure_private_dir(self.paths.root)
        self.secrets.check_usable()
        vault_id = str(uuid.uuid4())
        secret = self.secrets.create(vault_id)
        dek = os.urandom(KEY_LEN)
        header = KeyFileHeader(
            vault_id=vault_id,
            key_id=str(uuid.uuid4()),
            kdf=kdf,
            salt=os.urandom(SALT_LEN),
            keyring_backend=self.secrets.name,
            secret_check=secret_check(secret, vault_id),
        )
        self._seal(header, passphrase, secret, dek).write(self.paths.key_file)
        log.info("vault created id=%s", vault_id)
        opened = self._open(header, dek)
        ensure_defaults(opened.repository)
        return opened

    # --- unlock ------------------------------------------------------------------------------
    def unlock(self, passphrase: str) -> OpenVault:
        keyfile = self.read_key_file()
        header = keyfile.header
        dek = self._unwrap(keyfile, passphrase)
        if header.pending_rekey:
            header, dek = self._finish_rekey(keyfile, passphrase, dek)
        log.info("vault unlocked id=%s", header.vault_id)
        return self._open(header, dek)

    def verify_passphrase(self, passphrase: str) -> None:
        """Raise ``WrongPassphrase`` unless ``passphrase`` opens this vault's key file
        (the full key derivation runs; nothing is opened or changed)."""
        self._unwrap(self.read_key_file(), passphrase)

    def _unwrap(self, keyfile: KeyFile, passphrase: str) -> bytes:
        header = keyfile.header
        check_floor(header.kdf, self.kdf_floor)  # before the keyring is asked for anything
        secret = self.secrets.load(header.vault_id, header.keyring_backend, header.secret_check)
        kek = derive_kek(passphrase, secret, header.salt, header.kdf,
                         header.vault_id.encode(), self.kdf_floor)
        payload = keyfile.unseal(kek)
        if len(payload) not in (KEY_LEN, 2 * KEY_LEN):
            raise KeyFileCorrupt("payload_length")
        return payload

    def _open(self, header: KeyFileHeader, dek: bytes) -> OpenVault:
        ensure_private_dir(self.paths.root)
        engine = make_engine(self.paths.database, dek)
        try:
            with typed_db_errors():
                revision = migrate(engine)
        except BaseException:
            engine.dispose()
            raise
        for path in self.paths.database_files():
            with contextlib.suppress(FileNotFoundError):
                os.chmod(path, 0o600)
        return OpenVault(self.paths, header, engine, revision)

    # --- passphrase change and rekey ---------------------------------------------------------
    def change_passphrase(self, old: str, new: str, kdf: KdfParams | None = None) -> None:
        """Re-wrap the same data key under a new passphrase (and a fresh salt)."""
        check_passphrase(new)
        keyfile = self.read_key_file()
        dek = self._unwrap(keyfile, old)
        header = keyfile.header.with_(salt=os.urandom(SALT_LEN), kdf=kdf or keyfile.header.kdf)
        secret = self.secrets.load(header.vault_id, header.keyring_backend, header.secret_check)
        self._seal(header, new, secret, dek).write(self.paths.key_file)
        log.info("passphrase changed id=%s", header.vault_id)

    def rekey(self, passphrase: str) -> None:
        """Replace the data key and re-encrypt the database with it. The vault must be closed."""
        keyfile = self.read_key_file()
        old = self._unwrap(keyfile, passphrase)
        if keyfile.header.pending_rekey:
            self._finish_rekey(keyfile, passphrase, old)
            keyfile = self.read_key_file()
            old = self._unwrap(keyfile, passphrase)
        new = os.urandom(KEY_LEN)
        pending = keyfile.header.with_(pending_rekey=True)
        secret = self.secrets.load(pending.vault_id, pending.keyring_backend, pending.secret_check)
        self._seal(pending, passphrase, secret, old + new).write(self.paths.key_file)
        self._finish_rekey(self.read_key_file(), passphrase, old + new)
        log.info("vault rekeyed id=%s", keyfile.header.vault_id)

    def _finish_rekey(self, keyfile: KeyFile, passphrase: str,
                      payload: bytes) -> tuple[KeyFileHeader, bytes]:
        if len(payload) != 2 * KEY_LEN:
            raise KeyFileCorrupt("pending_rekey_payload")
        old, new = payload[:KEY_LEN], payload[KEY_LEN:]
        if not self._key_opens_database(new):
            if not self._key_opens_database(old):
                raise DatabaseCorrupt("neither key of an interrupted rekey opens the database")
            self._reencrypt(old, new)
        header = keyfile.header.with_(pending_rekey=False, key_id=str(uuid.uuid4()))
        secret = self.secrets.load(header.vault_id, header.keyring_backend, header.secret_check)
        self._seal(header, passphrase, secret, new).write(self.paths.key_file)
        return header, new

    def _key_opens_database(self, key: bytes) -> bool:
        try:
            connect_raw(self.paths.database, key).close()
        except DatabaseCorrupt:
            return False
        return True

    def _reencrypt(self, old: bytes, new: bytes) -> None:
        conn = connect_raw(self.paths.database, old)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            conn.execute("PRAGMA journal_mode = DELETE").fetchall()
            conn.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"").fetchall()
            conn.execute("PRAGMA journal_mode = WAL").fetchall()
        except sqlcipher3.DatabaseError as exc:
            raise DatabaseCorrupt(str(exc)) from exc
        finally:
            conn.close()

    def _seal(self, header: KeyFileHeader, passphrase: str, secret: bytes,
              payload: bytes) -> KeyFile:
        kek = derive_kek(passphrase, secret, header.salt, header.kdf,
                         header.vault_id.encode(), self.kdf_floor)
        return KeyFile.seal(header, kek, payload)

    # --- wipe --------------------------------------------------------------------------------
    def wipe(self) -> None:
        """Remove the database, the key file and the keyring secret (lost device, forgotten
        passphrase). The server copy is the way back."""
        vault_id = None
        with contextlib.suppress(Exception):
            vault_id = self.read_key_file().header.vault_id
        for path in [*self.paths.database_files(), self.paths.key_file]:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        if vault_id:
            with contextlib.suppress(Exception):
                self.secrets.delete(vault_id)
        shutil.rmtree(self.paths.logs, ignore_errors=True)
