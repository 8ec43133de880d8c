"""Passwords are stored as Argon2id PHC strings (``$argon2id$v=19$m=..,t=..,p=..$salt$hash``)
made by ``cryptography``; the string carries its own cost, so raising the cost later
still verifies old hashes (and ``needs_rehash`` tells when to store a new one)."""

from __future__ import annotations

import os
import re

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from outreach_server.settings import PasswordCost

_PHC_COST = re.compile(r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$")
#: verified against when the user does not exist, so an unknown name costs the same time
_DUMMY: dict[PasswordCost, str] = {}


def hash_password(password: str, cost: PasswordCost) -> str:
    kdf = Argon2id(salt=os.urandom(16), length=32, iterations=cost.iterations,
                   lanes=cost.lanes, memory_cost=cost.memory_kib)
    return kdf.derive_phc_encoded(password.encode("utf-8"))


def verify_password(password: str, stored: str | None, cost: PasswordCost) -> bool:
    """True when ``password`` matches ``stored``. With no stored hash (unknown user, no
    password set) a dummy hash of the same cost is checked, and the answer is False."""
    if stored is None or not _PHC_COST.match(stored):
        if cost not in _DUMMY:
            _DUMMY[cost] = hash_password("no password is set", cost)
        stored, known = _DUMMY[cost], False
    else:
        known = True
    try:
        Argon2id.verify_phc_encoded(password.encode("utf-8"), stored)
    except InvalidKey:
        return False
    return known


def needs_rehash(stored: str, cost: PasswordCost) -> bool:
    match = _PHC_COST.match(stored)
    if match is None:
        return True
    m, t, p = (int(g) for g in match.groups())
    return (m, t, p) != (cost.memory_kib, cost.iterations, cost.lanes)
