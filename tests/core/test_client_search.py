"""Client search: prefix words over folded names, filters, sorting, lazy rows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from outreach_desktop.core import casework as cw
from outreach_desktop.core.client_search import (
    ClientFilter,
    fts_query,
    is_searchable,
    load_rows,
    search_ids,
)

TODAY = date.today()
PEOPLE = [
    ("Ayşe", "Müller", "kalk", ["disability"]), ("Mehmet", "Özdemir", "porz", []),
    ("Emre", "Aydın", "kalk", []), ("محمد", "الحسن", "muelheim", []),
    ("Олена", "Коваленко", "nippes", ["single_parent"]), ("Jovan", "Đorđević", "porz", []),
    ("فاطمه", "رضایی", "kalk", []),
]


@pytest.fixture
def people(open_vault):
    ids = {}
    with open_vault.repository.write() as uow:
        for given, family, district, groups in PEOPLE:
            client = cw.create_client(uow, given, family, None, district=district,
                                      target_groups=groups)
            ids[family] = client.id
            cw.open_case(uow, client.id, TODAY - timedelta(days=30))
    return ids


def _names(opened, flt, **kw):
    with opened.repository.read() as session:
        ids = search_ids(session, flt, **kw)
        rows = load_rows(session, ids)
    return [rows[i].family_name for i in ids]


@pytest.mark.parametrize(("typed", "expected"), [
    ("muller", ["Müller"]), ("MUL", ["Müller"]), ("ayse mu", ["Müller"]),
    ("ozdemir", ["Özdemir"]), ("aydin", ["Aydın"]), ("AYDIN", ["Aydın"]),
    ("الحسن", ["الحسن"]), ("الح", ["الحسن"]), ("ковал", ["Коваленко"]),
    ("djordjevic", ["Đorđević"]), ("فاطمة", ["رضایی"]), ("zzz", []), ("'\"*", []),
])
def test_search_folds_and_finds_prefixes(open_vault, people, typed, expected):
    assert _names(open_vault, ClientFilter(text=typed)) == expected


def test_filters_and_sort(open_vault, people):
    assert _names(open_vault, ClientFilter(district="kalk")) == ["Aydın", "Müller", "رضایی"]
    assert _names(open_vault, ClientFilter(target_group="single_parent")) == ["Коваленко"]
    assert _names(open_vault, ClientFilter(district="kalk"), descending=True) == \
        ["رضایی", "Müller", "Aydın"]
    with open_vault.repository.write() as uow:
        case = cw.current_case(uow.session, people["Aydın"])
        cw.change_phase(uow, case, "assessment")
        cw.log_contact(uow, people["Müller"], TODAY - timedelta(days=3), "outreach",
                       topics=["housing"], follow_up_on=TODAY)
    assert _names(open_vault, ClientFilter(phase="assessment")) == ["Aydın"]
    assert _names(open_vault, ClientFilter(topic="housing")) == ["Müller"]
    assert _names(open_vault, ClientFilter(open_follow_ups=True)) == ["Müller"]
    assert _names(open_vault, ClientFilter(district="kalk"), sort="last_contact",
                  descending=True)[0] == "Müller"
    with pytest.raises(ValueError):
        _names(open_vault, ClientFilter(), sort="salary")


def test_rows_carry_list_columns(open_vault, people):
    with open_vault.repository.write() as uow:
        cw.log_contact(uow, people["Müller"], TODAY - timedelta(days=3), "outreach",
                       follow_up_on=TODAY + timedelta(days=4))
    with open_vault.repository.read() as session:
        row = load_rows(session, [people["Müller"]])[people["Müller"]]
    assert (row.phase, row.last_contact, row.next_follow_up) == \
        ("intake", TODAY - timedelta(days=3), TODAY + timedelta(days=4))


def test_deleted_clients_are_not_found(open_vault, people):
    from outreach_desktop.core.storage.models import Client

    with open_vault.repository.write() as uow:
        cw.delete_client(uow, uow.session.get(Client, people["Müller"]))
    assert _names(open_vault, ClientFilter(text="muller")) == []
    assert "Müller" not in _names(open_vault, ClientFilter())


@pytest.mark.parametrize(("typed", "searchable"), [
    ("", False), ("  ", False), ("m", False), ("Ö", False), ("م", False), ("a ö", False),
    ("-.", False), ("mu", True), ("Öz", True), ("ال", True), ("ол", True), ("a öz", True),
])
def test_searching_starts_at_a_word_of_two_letters(typed, searchable):
    assert is_searchable(typed) is searchable


def test_fts_query_quotes_words():
    assert fts_query('Ayşe "x" OR') == '"ayse"* "x"* "or"*'
    assert fts_query("  ") is None


@pytest.mark.parametrize("typed", ["", "a", "ay", "müller", "الح", "ков", "zz"])
@pytest.mark.parametrize("descending", [False, True])
def test_cached_name_order_gives_what_the_sql_gives(open_vault, people, typed, descending):
    flt = ClientFilter(text=typed)
    with open_vault.repository.read() as session:  # knows its repository: cached order
        cached = search_ids(session, flt, descending=descending)
    with open_vault.sessions() as session:  # a bare session: the SQL path
        plain = search_ids(session, flt, descending=descending)
    assert cached == plain


def test_cached_name_order_follows_writes(open_vault, people):
    assert _names(open_vault, ClientFilter(text="aydin")) == ["Aydın"]
    with open_vault.repository.write() as uow:
        from outreach_desktop.core.storage.models import Client

        uow.update(uow.session.get(Client, people["Aydın"]), family_name="Abay")
        cw.create_client(uow, "Zeki", "Aydın")
    assert _names(open_vault, ClientFilter(text="aydin")) == ["Aydın"]
    assert _names(open_vault, ClientFilter())[0] == "Abay"
