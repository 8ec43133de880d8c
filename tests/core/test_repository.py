"""The repository: every write lands in the outbox and history in the same transaction."""

from __future__ import annotations

import json
import time
import uuid
from datetime import date

import pytest
from sqlalchemy import select, text

from outreach_desktop.core import errors
from outreach_desktop.core.storage.models import (
    CatalogueEntry,
    Client,
    HistoryEntry,
    OutboxEntry,
    format_uuid7,
    new_id,
)
from outreach_desktop.core.text_fold import fold_for_search


def _outbox(opened):
    with opened.repository.read() as session:
        return session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()


def test_add_update_delete_append_outbox_entries_in_order(open_vault):
    repo = open_vault.repository
    with repo.write() as uow:
        client = uow.add(Client, client_code="K-1", given_name="Aylin", family_name="Yılmaz",
                         date_of_birth=date(2001, 5, 4))
    with repo.write() as uow:
        c = uow.session.get(Client, client.id)
        uow.update(c, district="kalk", given_name="Aylin")  # unchanged name is no change
    with repo.write() as uow:
        uow.delete(uow.session.get(Client, client.id))
    entries = _outbox(open_vault)
    assert [e.op for e in entries] == ["insert", "update", "delete"]
    # An insert holds no copy of the fields: the push sends the row as stored.
    assert entries[0].changes == {} and entries[0].row_id == client.id
    assert set(entries[1].changes) == {"district"}
    assert len({e.mutation_id for e in entries}) == 3
    with repo.read() as session:
        history = session.scalars(select(HistoryEntry).order_by(HistoryEntry.seq)).all()
        assert [h.op for h in history] == ["insert", "update", "delete"]
        assert history[0].changes == {} and history[0].changed_by == "local"
        assert history[1].changes == {"district": [None, "kalk"]}
        assert history[1].changed_by == "local"


def test_failed_transaction_leaves_neither_row_nor_outbox(open_vault):
    repo = open_vault.repository
    with pytest.raises(RuntimeError), repo.write() as uow:
        uow.add(Client, client_code="K-2", given_name="Rami", family_name="Haddad")
        raise RuntimeError("power cut")
    with repo.read() as session:
        assert session.scalar(select(Client.id)) is None
    assert _outbox(open_vault) == []
    with repo.read() as session:
        assert session.execute(text("SELECT count(*) FROM client_search")).scalar() == 0


def test_writing_behind_the_repository_is_refused(open_vault):
    with pytest.raises(errors.UnauthorisedWrite), open_vault.repository.read() as session:
        session.add(Client(client_code="K-3", given_name="Sneaky", family_name="Write"))
        session.commit()
    with open_vault.repository.write() as uow:
        client = uow.add(Client, client_code="K-4", given_name="Nour", family_name="Saleh")
    with pytest.raises(errors.UnauthorisedWrite), open_vault.repository.read() as session:
        row = session.get(Client, client.id)
        row.family_name = "Changed"
        session.commit()
    with pytest.raises(errors.UnauthorisedWrite), open_vault.repository.read() as session:
        session.delete(session.get(Client, client.id))
        session.commit()


def test_bookkeeping_columns_cannot_be_set_through_update(open_vault):
    with open_vault.repository.write() as uow:
        client = uow.add(Client, client_code="K-5", given_name="A", family_name="B")
    with pytest.raises(ValueError), open_vault.repository.write() as uow:
        uow.update(uow.session.get(Client, client.id), server_rev=99)


def test_reference_data_is_not_queued_for_push(open_vault):
    with open_vault.repository.read() as session:
        assert session.scalar(select(CatalogueEntry.id).limit(1)) is not None  # defaults seeded
    assert _outbox(open_vault) == []


def _search(opened, query):
    with opened.repository.read() as session:
        rows = session.execute(
            text("SELECT c.given_name || ' ' || c.family_name FROM client_search s "
                 "JOIN client c ON c.rowid = s.rowid WHERE client_search MATCH :q"),
            {"q": fold_for_search(query)}).all()
    return sorted(r[0] for r in rows)


def test_name_search_ignores_case_and_diacritics_and_finds_other_scripts(open_vault):
    people = [("Ayşe", "Müller"), ("Mehmet", "Özdemir"), ("محمد", "الحسن"),
              ("Олена", "Коваленко"), ("Jovan", "Đorđević")]
    with open_vault.repository.write() as uow:
        for i, (given, family) in enumerate(people):
            uow.add(Client, client_code=f"K-{i}", given_name=given, family_name=family,
                    aliases=["Ali"] if given == "محمد" else [])
    assert _search(open_vault, "muller") == ["Ayşe Müller"]
    assert _search(open_vault, "MÜLLER") == ["Ayşe Müller"]
    assert _search(open_vault, "ozdemir") == ["Mehmet Özdemir"]
    assert _search(open_vault, "ayse") == ["Ayşe Müller"]
    assert _search(open_vault, "الحسن") == ["محمد الحسن"]
    assert _search(open_vault, "ali") == ["محمد الحسن"]  # by alias
    assert _search(open_vault, "коваленко") == ["Олена Коваленко"]
    assert _search(open_vault, "đorđevic") == ["Jovan Đorđević"]  # ć folds to c
    assert _search(open_vault, "djordjevic") == ["Jovan Đorđević"]


def test_search_index_follows_renames_and_deletes(open_vault):
    with open_vault.repository.write() as uow:
        client = uow.add(Client, client_code="K-9", given_name="Omid", family_name="Rahimi")
    with open_vault.repository.write() as uow:
        uow.update(uow.session.get(Client, client.id), family_name="Karimi")
    assert _search(open_vault, "rahimi") == []
    assert _search(open_vault, "karimi") == ["Omid Karimi"]
    with open_vault.repository.write() as uow:
        uow.delete(uow.session.get(Client, client.id))
    assert _search(open_vault, "karimi") == []


def test_add_many_records_what_add_records(open_vault):
    repo = open_vault.repository
    with repo.write() as uow:
        one = uow.add(Client, client_code="K-A", given_name="Rojin", family_name="Aydın",
                      date_of_birth=date(2002, 3, 1))
        (many,) = uow.add_many(Client, [{"client_code": "K-B", "given_name": "Rojin",
                                         "family_name": "Aydın",
                                         "date_of_birth": date(2002, 3, 1)}])
    by_row = {e.row_id: e for e in _outbox(open_vault)}
    assert set(by_row) == {one.id, many}
    assert {(e.table_name, e.op, json.dumps(e.changes)) for e in by_row.values()} == {
        ("client", "insert", "{}")}
    with repo.read() as session:
        history = session.scalars(select(HistoryEntry)).all()
        assert sorted((h.row_id, h.op, h.changed_by) for h in history) == sorted(
            [(one.id, "insert", "local"), (many, "insert", "local")])
        row = session.get(Client, many)
        assert row.aliases == [] and row.updated_by == "local"
        assert row.date_of_birth == date(2002, 3, 1)
    assert sorted(_search(open_vault, "aydin")) == ["Rojin Aydın", "Rojin Aydın"]


def test_new_ids_are_uuid7_and_increase_within_a_millisecond():
    ids = [new_id() for _ in range(10_000)]  # many share a millisecond: the counter orders
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    parsed = [uuid.UUID(i) for i in ids]
    assert {u.version for u in parsed} == {7} and {u.variant for u in parsed} == {uuid.RFC_4122}
    millis = (parsed[0].int >> 80) / 1000
    assert abs(millis - time.time()) < 60


def test_format_uuid7_lays_out_time_counter_and_random_bits():
    text_id = format_uuid7(0x0123_4567_89AB, 0xCDE, 0x3FFF_FFFF_FFFF_FFFF)
    assert text_id == "01234567-89ab-7cde-bfff-ffffffffffff"
    assert uuid.UUID(text_id).version == 7
