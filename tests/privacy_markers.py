"""Marker names for the privacy tests, and the search for them in files."""

from __future__ import annotations

from pathlib import Path

#: One Latin-script and one Arabic-script name that appear nowhere else.
MARKERS = ("Zqxmarkerwort", "مرقمختبرسري")


def marker_hits(*folders: Path) -> list[str]:
    """Every file under ``folders`` that holds a marker in UTF-8, UTF-16 or case-folded."""
    needles = [m.encode(enc) for m in MARKERS for enc in ("utf-8", "utf-16-le")]
    needles += [m.casefold().encode() for m in MARKERS]
    hits = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                hits += [f"{path}: {n!r}" for n in needles if n in data]
    return hits
