"""What syncs and how a field value is checked (shared by device and server)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import inspect

from outreach_desktop.core.storage.models import MODEL_BY_TABLE, Syncable
from outreach_desktop.core.sync.tables import (
    CLIENT_TABLES,
    FIELDS,
    PARENT,
    TABLE_ORDER,
    check_fields,
    check_value,
    scope_checksum,
)


def test_every_content_column_of_the_apps_tables_syncs():
    for table in CLIENT_TABLES:
        columns = {a.key for a in inspect(MODEL_BY_TABLE[table]).column_attrs}
        assert set(FIELDS[table]) == columns - Syncable.SYNC_META - {"deleted_at"}, table


def test_parents_come_before_children_in_a_download():
    for child, (parent, _field) in PARENT.items():
        assert TABLE_ORDER.index(parent) < TABLE_ORDER.index(child), child


@pytest.mark.parametrize(("field", "value", "problem"), [
    ("given_name", "Ayşe", None), ("given_name", 5, "not_text"),
    ("given_name", "x" * 201, "too_long"), ("given_name", None, "required"),
    ("date_of_birth", None, None), ("date_of_birth", "2004-02-29", None),
    ("date_of_birth", "2003-02-29", "not_date"), ("date_of_birth", "01.02.2004", "not_date"),
    ("date_of_birth", "2004-02-01T10:00", "not_date"),
    ("aliases", ["a", {"b": [1, 2.5]}], None), ("aliases", [float("nan")], "not_json"),
])
def test_client_field_values(field: str, value: object, problem: str | None):
    assert check_value(FIELDS["client"][field], value) == problem


@pytest.mark.parametrize(("table", "field", "value", "problem"), [
    ("goal_step", "position", 3, None), ("goal_step", "position", True, "not_integer"),
    ("goal_step", "position", 2**60, "not_integer"), ("catalogue_entry", "active", 1,
                                                      "not_boolean"),
    ("attachment", "content", "aGVsbG8=", None), ("attachment", "content", "not base64!",
                                                  "not_base64"),
])
def test_other_kinds(table: str, field: str, value: object, problem: str | None):
    assert check_value(FIELDS[table][field], value) == problem


def test_an_insert_names_unknown_and_missing_fields_never_values():
    errors = check_fields("contact", {"client_id": "x", "kind": 7, "secret": "Frau Muster"},
                          complete=True)
    assert errors == {"kind": "not_text", "secret": "unknown_field", "occurred_on": "required"}
    assert "Frau Muster" not in str(errors)
    # an update checks only what it sends
    assert check_fields("contact", {"note": "ok"}, complete=False) == {}


@given(st.lists(st.tuples(st.sampled_from(CLIENT_TABLES), st.uuids().map(str),
                          st.integers(1, 1000)), unique_by=lambda r: (r[0], r[1])))
def test_the_checksum_ignores_order_and_sees_every_row(rows: list[tuple[str, str, int]]):
    shuffled = rows[:]
    random.Random(1).shuffle(shuffled)
    assert scope_checksum(rows) == scope_checksum(shuffled)
    if rows:
        table, row_id, revision = rows[0]
        changed = [(table, row_id, revision + 1), *rows[1:]]
        assert scope_checksum(changed) != scope_checksum(rows)
        assert scope_checksum(rows[1:]).get(table) != scope_checksum(rows)[table]
