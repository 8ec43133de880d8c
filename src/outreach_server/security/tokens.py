"""Bearer tokens and enrolment codes: random, shown once, stored only as SHA-256.

A token carries 256 random bits; SHA-256 (no salt, no stretching) is enough for a secret
that cannot be guessed, and lets the server find the row by its hash. An enrolment code
is shorter so a person can type it (60 bits, Crockford base32, ``XXXX-XXXX-XXXX``); it
works once, expires, and guessing is throttled per address.
"""

from __future__ import annotations

import hashlib
import secrets

from outreach_desktop.core.sync.protocol import DEVICE_TOKEN_PREFIX, SESSION_TOKEN_PREFIX

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_GROUPS, _CODE_GROUP_LEN = 3, 4
_LOOKALIKES = str.maketrans("OIL", "011")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_device_token() -> str:
    return DEVICE_TOKEN_PREFIX + secrets.token_urlsafe(32)


def new_session_token() -> str:
    return SESSION_TOKEN_PREFIX + secrets.token_urlsafe(32)


def new_enrolment_code() -> str:
    chars = "".join(secrets.choice(_CROCKFORD) for _ in range(_CODE_GROUPS * _CODE_GROUP_LEN))
    return "-".join(chars[i:i + _CODE_GROUP_LEN] for i in range(0, len(chars), _CODE_GROUP_LEN))


def normalise_enrolment_code(typed: str) -> str:
    """What a person typed, in canonical form: upper case, no separators or spaces, and
    the letters Crockford reads as digits (O→0, I/L→1) folded."""
    folded = typed.upper().translate(_LOOKALIKES)
    chars = "".join(c for c in folded if c not in "- \t")
    return "-".join(chars[i:i + _CODE_GROUP_LEN] for i in range(0, len(chars), _CODE_GROUP_LEN))


def enrolment_code_hash(code: str) -> str:
    return token_hash("enrolment:" + normalise_enrolment_code(code))
