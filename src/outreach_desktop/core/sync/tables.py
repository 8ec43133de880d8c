"""What syncs: the tables, their fields and how each is checked, and the per-scope checksum.

Shared by the device and the server (shared/DESIGN.md, "Sync"). The tables a device keeps
are described from the app's own models (``core.storage.models``), so a column added there
syncs without a second list to forget; the server-made tables (conflict records, review
records, form definitions) are described here.

Kinds of tables:
- *client tables*: a client and what belongs to them; each row hangs on a parent row
  (``PARENT``) up to the client, whose owner (caseworker) decides who may see it;
- *server tables*: conflict and review records, made by the server or a supervisor, also
  belonging to one client;
- *reference tables*: organisations, teams, catalogues, form definitions, which devices
  receive and never change.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Text,
    inspect,
)

from outreach_desktop.core.storage.models import MODEL_BY_TABLE, Syncable

#: A client table's row names its parent by this field (the client row is the root).
PARENT: dict[str, tuple[str, str]] = {
    "case_file": ("client", "client_id"),
    "goal": ("case_file", "case_id"),
    "goal_step": ("goal", "goal_id"),
    "contact": ("client", "client_id"),
    "referral": ("client", "client_id"),
    "note": ("client", "client_id"),
    "consent": ("client", "client_id"),
    "form_response": ("client", "client_id"),
    "attachment": ("client", "client_id"),
    "conflict": ("client", "client_id"),
    "review": ("client", "client_id"),
}
CLIENT_TABLES = ("client", "case_file", "goal", "goal_step", "contact", "referral", "note",
                 "consent", "form_response", "attachment")
SERVER_TABLES = ("conflict", "review")
REFERENCE_TABLES = ("organisation", "team", "catalogue_entry", "form_definition")
#: The order rows are sent in a download: a parent before its children.
TABLE_ORDER = (*REFERENCE_TABLES, *CLIENT_TABLES, *SERVER_TABLES)
#: Fields of a client row the server sets (the owner), never a device.
SERVER_SET_FIELDS = {"client": frozenset({"caseworker_id", "team_id"})}
#: A review names what it reviewed; these are the decisions a supervisor can take.
#: "seen": a supervisor looked at the record and has nothing to say (clears it from their
#: review queue; not feedback a caseworker must read).
REVIEW_KINDS = ("comment", "approve", "return", "seen")
CONFLICT_RESOLUTIONS = ("server", "device", "combined")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # text | int | bool | date | datetime | json | bytes
    nullable: bool
    max_length: int | None = None
    has_default: bool = False

    @property
    def required(self) -> bool:
        """An insert must send it: it may not be empty and has no default."""
        return not self.nullable and not self.has_default


def _kind(column: Any) -> tuple[str, int | None]:
    kind = column.type
    if isinstance(kind, Boolean):
        return "bool", None
    if isinstance(kind, Integer):
        return "int", None
    if isinstance(kind, DateTime):
        return "datetime", None
    if isinstance(kind, Date):
        return "date", None
    if isinstance(kind, JSON):
        return "json", None
    if isinstance(kind, LargeBinary):
        return "bytes", None
    if isinstance(kind, String | Text):
        return "text", getattr(kind, "length", None)
    raise TypeError(f"no wire kind for {kind!r}")


def _model_fields(model: type[Syncable]) -> dict[str, FieldSpec]:
    fields: dict[str, FieldSpec] = {}
    for attr in inspect(model).column_attrs:
        if attr.key in Syncable.SYNC_META or attr.key == "deleted_at":
            continue
        column = attr.columns[0]
        kind, length = _kind(column)
        fields[attr.key] = FieldSpec(attr.key, kind, bool(column.nullable), length,
                                     has_default=column.default is not None)
    return fields


def _spec(*items: tuple[str, str, bool, int | None]) -> dict[str, FieldSpec]:
    return {name: FieldSpec(name, kind, nullable, length)
            for name, kind, nullable, length in items}


FIELDS: dict[str, dict[str, FieldSpec]] = {
    table: _model_fields(MODEL_BY_TABLE[table])
    for table in (*CLIENT_TABLES, "organisation", "team", "catalogue_entry")
}
FIELDS["form_definition"] = _spec(("form_id", "text", False, 80), ("version", "int", False, None),
                                  ("definition", "json", False, None))
FIELDS["conflict"] = _spec(
    ("client_id", "text", False, 36), ("record_table", "text", False, 40),
    ("record_id", "text", False, 36), ("field", "text", False, 60),
    ("server_value", "json", True, None), ("device_value", "json", True, None),
    ("base_rev", "int", True, None), ("server_rev", "int", False, None),
    ("device_id", "text", True, 36), ("user_id", "text", True, 36),
    ("mutation_id", "text", True, 36), ("resolution", "text", True, 20),
    ("resolved_by", "text", True, 36))
FIELDS["review"] = _spec(
    ("client_id", "text", False, 36), ("record_table", "text", False, 40),
    ("record_id", "text", False, 36), ("record_rev", "int", False, None),
    ("kind", "text", False, 20), ("body", "text", False, 10_000),
    ("author_id", "text", True, 36))

SYNC_TABLES = frozenset(FIELDS)
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def is_row_id(value: object) -> bool:
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def check_value(spec: FieldSpec, value: Any) -> str | None:
    """Why ``value`` cannot be stored in this field (a short code), or None if it can.
    Never names the value itself: it may be personal data."""
    if value is None:
        return None if spec.nullable else "required"
    kind = spec.kind
    if kind == "text":
        if not isinstance(value, str):
            return "not_text"
        if spec.max_length is not None and len(value) > spec.max_length:
            return "too_long"
        return None
    if kind == "int":
        return None if isinstance(value, int) and not isinstance(value, bool) \
            and -(2**53) < value < 2**53 else "not_integer"
    if kind == "bool":
        return None if isinstance(value, bool) else "not_boolean"
    if kind in ("date", "datetime"):
        return None if isinstance(value, str) and _parses(kind, value) else f"not_{kind}"
    if kind == "bytes":
        if not isinstance(value, str):
            return "not_base64"
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            return "not_base64"
        return None
    if kind == "json":
        return None if _finite_json(value) else "not_json"
    raise AssertionError(kind)


def _parses(kind: str, value: str) -> bool:
    try:
        if kind == "date":
            date.fromisoformat(value)
            return len(value) == 10
        datetime.fromisoformat(value)
        return True
    except ValueError:
        return False


def _finite_json(value: Any, depth: int = 0) -> bool:
    if depth > 20:
        return False
    if isinstance(value, float):
        return math.isfinite(value)
    if value is None or isinstance(value, str | int | bool):
        return True
    if isinstance(value, list):
        return all(_finite_json(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _finite_json(v, depth + 1) for k, v in value.items())
    return False


def check_fields(table: str, values: dict[str, Any], *, complete: bool) -> dict[str, str]:
    """Field errors of ``values`` for ``table``: unknown fields, values that do not fit,
    and (``complete``: an insert) required fields missing."""
    specs = FIELDS[table]
    errors: dict[str, str] = {}
    for name, value in values.items():
        spec = specs.get(name)
        if spec is None:
            errors[name[:60]] = "unknown_field"
            continue
        problem = check_value(spec, value)
        if problem:
            errors[name] = problem
    if complete:
        for name, spec in specs.items():
            if name not in values and spec.required:
                errors.setdefault(name, "required")
    return errors


def row_digest(table: str, row_id: str, revision: int) -> int:
    """One row's part of a scope checksum."""
    return int.from_bytes(hashlib.sha256(f"{table}:{row_id}:{revision}".encode()).digest()[:8])


def scope_checksum(rows: Iterable[tuple[str, str, int]]) -> dict[str, dict[str, Any]]:
    """Per table: how many live rows and a checksum of their ids and revisions (XOR of
    ``row_digest``, so the order rows come in does not matter). A device and the server
    compare these at the end of a sync; a mismatch forces a fresh download."""
    result: dict[str, dict[str, Any]] = {}
    for table, row_id, revision in rows:
        entry = result.setdefault(table, {"count": 0, "checksum": 0})
        entry["count"] += 1
        entry["checksum"] ^= row_digest(table, row_id, revision)
    for entry in result.values():
        entry["checksum"] = f"{entry['checksum']:016x}"
    return result
