"""Key derivation: Argon2id over the passphrase, HKDF over that and the device secret."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from outreach_desktop.core.errors import KdfBelowFloor


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, iterations (t) and lanes (p)."""

    memory_kib: int
    iterations: int
    lanes: int

    def at_least(self, floor: KdfParams) -> bool:
        return (
            self.memory_kib >= floor.memory_kib
            and self.iterations >= floor.iterations
            and self.lanes >= floor.lanes
        )

    def as_dict(self) -> dict[str, int]:
        return {"alg": "argon2id", "m": self.memory_kib, "t": self.iterations, "p": self.lanes}  # type: ignore[dict-item]

    @classmethod
    def from_dict(cls, data: dict) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise ValueError("unknown kdf")
        return cls(int(data["m"]), int(data["t"]), int(data["p"]))


DEFAULT_KDF = KdfParams(memory_kib=256 * 1024, iterations=3, lanes=4)
KDF_FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)


def check_floor(params: KdfParams, floor: KdfParams = KDF_FLOOR) -> None:
    if not params.at_least(floor):
        raise KdfBelowFloor(params.memory_kib, params.iterations, params.lanes)


def derive_kek(
    passphrase: str,
    device_secret: bytes,
    salt: bytes,
    params: KdfParams,
    context: bytes,
    floor: KdfParams = KDF_FLOOR,
) -> bytes:
    """Key-encryption key = HKDF-SHA256(Argon2id(passphrase) || device secret).

    Both factors are needed: the passphrase alone (a stolen laptop image without the
    keyring) and the device secret alone (a keyring dump) each give nothing.
    """
    check_floor(params, floor)
    stretched = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(passphrase.encode("utf-8"))
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=salt,
        info=b"outreach-desktop kek v1|" + context,
    ).derive(stretched + device_secret)
