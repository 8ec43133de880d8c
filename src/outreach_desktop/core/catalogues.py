"""Catalogues (districts, topics, residence statuses, ...): Cologne defaults, replaceable.

They are reference data: written by ``UnitOfWork.apply_reference`` (as sync will do),
never queued in the outbox, since a caseworker's laptop does not publish catalogues.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from outreach_desktop.core.repository import Repository
from outreach_desktop.core.resources import resources_dir
from outreach_desktop.core.storage.models import CatalogueEntry

DEFAULT_FILE = "catalogues/cologne.json"


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form for matching labels typed by people."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().strip())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def load_default_catalogues(path: Path | None = None) -> dict[str, list[dict]]:
    path = path or resources_dir() / DEFAULT_FILE
    data = json.loads(path.read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def ensure_defaults(repository: Repository) -> int:
    """Seed the default catalogues into an empty vault; returns how many entries were added."""
    with repository.read() as session:
        if session.scalar(select(CatalogueEntry.id).limit(1)) is not None:
            return 0
    added = 0
    with repository.write() as uow:
        for catalogue, entries in load_default_catalogues().items():
            for position, entry in enumerate(entries):
                labels = dict(entry["labels"])
                if entry.get("aliases"):
                    labels["_aliases"] = entry["aliases"]
                uow.apply_reference(CatalogueEntry, catalogue=catalogue, code=entry["code"],
                                    labels=labels, position=position, active=True)
                added += 1
    return added


@dataclass
class CatalogueIndex:
    """Maps whatever a person typed (code, label in any language, alias) to a code."""

    by_catalogue: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def from_repository(cls, repository: Repository) -> CatalogueIndex:
        index = cls()
        with repository.read() as session:
            live = select(CatalogueEntry).where(CatalogueEntry.deleted_at.is_(None))
            for entry in session.scalars(live):
                names = index.by_catalogue.setdefault(entry.catalogue, {})
                names[fold(entry.code)] = entry.code
                for lang, label in entry.labels.items():
                    for text in label if lang == "_aliases" else [label]:
                        names[fold(text)] = entry.code
        return index

    def lookup(self, catalogue: str, text: str) -> str | None:
        return self.by_catalogue.get(catalogue, {}).get(fold(text))


@dataclass
class CatalogueLabels:
    """Code -> label in one language (falling back to German), per catalogue, in the
    catalogue's order. Loaded once after unlock for the screens to show."""

    language: str
    entries: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def label(self, catalogue: str, code: str | None) -> str:
        if not code:
            return ""
        for entry_code, text in self.entries.get(catalogue, []):
            if entry_code == code:
                return text
        return code  # an unknown code is shown as it is, never dropped

    def choices(self, catalogue: str) -> list[tuple[str, str]]:
        return list(self.entries.get(catalogue, []))


def load_labels(repository: Repository, language: str) -> CatalogueLabels:
    labels = CatalogueLabels(language)
    with repository.read() as session:
        rows = session.scalars(select(CatalogueEntry)
                               .where(CatalogueEntry.deleted_at.is_(None),
                                      CatalogueEntry.active.is_(True))
                               .order_by(CatalogueEntry.catalogue, CatalogueEntry.position))
        for entry in rows:
            text = entry.labels.get(language) or entry.labels.get("de") or entry.code
            labels.entries.setdefault(entry.catalogue, []).append((entry.code, text))
    return labels
