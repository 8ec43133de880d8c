"""Field values between the local database, Python and the wire.

The wire carries JSON: dates and datetimes as ISO text, bytes as base64. Pulled rows are
written with plain SQL (many thousands per page), so values are also converted to the
form SQLAlchemy's SQLite dialect stores them in.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime
from typing import Any

from outreach_desktop.core.sync.tables import FIELDS, FieldSpec

#: Local column names that differ from the wire's field names.
COLUMN_OF: dict[str, dict[str, str]] = {"conflict": {"server_rev": "record_server_rev"}}
#: Local columns that are this device's own and never sent or overwritten by a pull.
LOCAL_ONLY: dict[str, frozenset[str]] = {"review": frozenset({"read_at"})}


_FIELD_OF = {table: {c: f for f, c in names.items()} for table, names in COLUMN_OF.items()}


def column_of(table: str, field: str) -> str:
    return COLUMN_OF.get(table, {}).get(field, field)


def field_of(table: str, column: str) -> str:
    """The wire's name of a local column (``column_of`` the other way)."""
    return _FIELD_OF.get(table, {}).get(column, column)


def naive_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def parse_datetime(text: str) -> datetime:
    return naive_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))


def to_wire(spec: FieldSpec, value: Any) -> Any:
    """A Python value of the field as the wire carries it."""
    if value is None:
        return None
    if spec.kind == "bytes":
        return base64.b64encode(value).decode("ascii")
    if spec.kind == "datetime" and isinstance(value, datetime):
        return value.isoformat()
    if spec.kind == "date" and isinstance(value, date):
        return value.isoformat()
    return value


def from_wire(spec: FieldSpec, value: Any) -> Any:
    """A wire value of the field as Python (what the ORM column holds)."""
    if value is None:
        return None
    if spec.kind == "bytes":
        return base64.b64decode(value)
    if spec.kind == "date":
        return date.fromisoformat(value)
    if spec.kind == "datetime":
        return parse_datetime(value)
    return value


def to_storage(spec: FieldSpec, value: Any) -> Any:
    """A wire value of the field as the SQLite column stores it (for plain SQL)."""
    if value is None:
        return None
    kind = spec.kind
    if kind == "json":
        return json.dumps(value)
    if kind == "bool":
        return int(value)
    if kind == "bytes":
        return base64.b64decode(value)
    if kind == "datetime":
        return parse_datetime(value).isoformat(" ", "microseconds")
    return value  # text, int, date (ISO text is how a Date is stored)


def from_storage(spec: FieldSpec, value: Any) -> Any:
    """A value read by plain SQL as the wire carries it."""
    if value is None:
        return None
    kind = spec.kind
    if kind == "json":
        return json.loads(value) if isinstance(value, str) else value
    if kind == "bool":
        return bool(value)
    if kind == "bytes":
        return base64.b64encode(value).decode("ascii")
    if kind == "datetime":
        return datetime.fromisoformat(value).isoformat() if isinstance(value, str) \
            else value.isoformat()
    return value


def spec(table: str, field: str) -> FieldSpec:
    return FIELDS[table][field]


def stored_meta_datetime(value: str | None) -> str | None:
    """``updated_at`` of a pulled row as the ``DateTime`` column stores it."""
    return None if value is None else parse_datetime(value).isoformat(" ", "microseconds")
