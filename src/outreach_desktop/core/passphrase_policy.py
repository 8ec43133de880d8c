"""What a passphrase must be, and how strong it is (zxcvbn's estimate)."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from outreach_desktop.core.errors import PassphraseTooWeak

MIN_LENGTH = 10
MIN_SCORE = 2  # zxcvbn: 0 too guessable .. 4 very unguessable
ZXCVBN_MAX_LENGTH = 72


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    length_ok: bool

    @property
    def acceptable(self) -> bool:
        return self.length_ok and self.score >= MIN_SCORE


def estimate(passphrase: str) -> Strength:
    # zxcvbn is slow on very long input and gains nothing from it, and from 4.5 on it
    # refuses more than 72 characters (ValueError): score the first 72.
    score = int(zxcvbn(passphrase[:ZXCVBN_MAX_LENGTH])["score"]) if passphrase else 0
    return Strength(score=score, length_ok=len(passphrase) >= MIN_LENGTH)


def check_passphrase(passphrase: str) -> None:
    strength = estimate(passphrase)
    if not strength.length_ok:
        raise PassphraseTooWeak("too_short")
    if strength.score < MIN_SCORE:
        raise PassphraseTooWeak("too_weak")
