"""The client list: what a caseworker types, picks and clicks, and what the list shows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from gui_helpers import PASSPHRASE, unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from outreach_desktop.core.casework import create_client, log_contact, open_case
from outreach_desktop.core.client_search import ClientFilter
from outreach_desktop.core.vault import Vault
from outreach_desktop.gui.workspace.client_table_model import (
    BLOCK_ROWS,
    COLUMNS,
    PLACEHOLDER,
    _Found,
    _Search,
)

pytestmark = pytest.mark.usefixtures("existing_vault")

#: (given name, family name, district) — diacritics and non-Latin scripts on purpose.
PEOPLE = [
    ("Jonas", "Müller", "kalk"),
    ("Ayşe", "Özdemir", "porz"),
    ("Emre", "Aydın", "kalk"),
    ("محمد", "الحسن", "nippes"),
    ("Олена", "Коваленко", "ehrenfeld"),
    ("Lena", "Muller", "porz"),
]


def _add_people(data_dir, secrets, people=PEOPLE) -> dict[str, str]:
    """Clients written straight into the vault before the app unlocks it; name -> id."""
    opened = Vault(data_dir, secrets).unlock(PASSPHRASE)
    ids = {}
    try:
        with opened.repository.write() as uow:
            for given, family, district in people:
                client = create_client(uow, given, family, date(2001, 5, 17), district=district)
                ids[family] = client.id
            if people is not PEOPLE:
                return ids
            case = open_case(uow, ids["Özdemir"])
            uow.update(case, phase="assessment")
            log_contact(uow, ids["Aydın"], date.today() - timedelta(days=3), "outreach",
                        topics=["housing"], follow_up_on=date.today() + timedelta(days=2))
    finally:
        opened.close()
    return ids


@pytest.fixture
def people(data_dir, secrets) -> dict[str, str]:
    return _add_people(data_dir, secrets)


@pytest.fixture
def window(qtbot, make_controller, people):
    controller = make_controller()
    unlock(qtbot, controller)
    main = controller.main_window
    main.show_page("clients")
    qtbot.waitUntil(lambda: main.client_list.model.searched_once)
    return main


def _wait_for_search(qtbot, client_list) -> None:
    """Until the typed text was searched and the rows on screen are loaded."""
    qtbot.waitUntil(lambda: not client_list.search_timer.isActive()
                    and not client_list.model._search_running
                    and client_list.model.filter == client_list.current_filter())
    _wait_for_rows(qtbot, client_list.model)


def _wait_for_rows(qtbot, model) -> None:
    def loaded() -> bool:
        return all(model.data(model.index(r, 0)) != PLACEHOLDER for r in range(model.rowCount()))

    qtbot.waitUntil(loaded)


def _names(model) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def _type(qtbot, field, text: str) -> None:
    """Type like a person; QTest only knows keys for Latin-1, so other scripts are
    entered as an input method would (one insert per character)."""
    field.clear()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(field, ch)
        else:
            field.insert(ch)


def test_the_list_shows_every_client_sorted_by_family_name(qtbot, window) -> None:
    model = window.client_list.model
    _wait_for_rows(qtbot, model)
    assert model.rowCount() == len(PEOPLE)
    # "6 client(s)" until the English catalogue has the plural forms
    assert window.client_list.result_count_label.text().startswith("6 client")
    names = _names(model)
    assert names == ["Aydın, Emre", "Muller, Lena", "Müller, Jonas", "Özdemir, Ayşe",
                     "Коваленко, Олена", "الحسن, محمد"]
    row = names.index("Özdemir, Ayşe")
    assert model.data(model.index(row, 1))  # the generated client code
    assert model.data(model.index(row, 3)) == "Porz"
    assert model.data(model.index(row, 4)) == "Assessment"
    aydin = names.index("Aydın, Emre")
    assert model.data(model.index(aydin, 5))  # last contact shown as a date
    assert model.data(model.index(aydin, 6))  # next follow-up
    assert [model.headerData(n, Qt.Orientation.Horizontal) for n in range(len(COLUMNS))] == [
        "Name", "Client code", "Date of birth", "District", "Phase", "Last contact",
        "Next follow-up"]


def test_the_model_passes_qt_model_checks(qtbot, window, qtmodeltester) -> None:
    model = window.client_list.model
    _wait_for_rows(qtbot, model)
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize(("typed", "expected"), [
    ("Muller", {"Müller, Jonas", "Muller, Lena"}),
    ("müller", {"Müller, Jonas", "Muller, Lena"}),
    ("ozdemir", {"Özdemir, Ayşe"}),
    ("ÖZDE", {"Özdemir, Ayşe"}),
    ("aydin", {"Aydın, Emre"}),
    ("ay öz", {"Özdemir, Ayşe"}),
    ("الحسن", {"الحسن, محمد"}),
    ("محم", {"الحسن, محمد"}),
    ("коваленко", {"Коваленко, Олена"}),
    ("олена", {"Коваленко, Олена"}),
    ("xyz", set()),
])
def test_search_as_you_type_folds_diacritics_and_scripts(qtbot, window, typed, expected) -> None:
    client_list = window.client_list
    _type(qtbot, client_list.search_field, typed)
    _wait_for_search(qtbot, client_list)
    assert set(_names(client_list.model)) == expected
    assert client_list.result_count_label.text().startswith(f"{len(expected)} client")
    assert client_list.table_view.isVisible()  # no results is not the "no clients yet" state


def test_one_letter_keeps_the_list_and_says_to_type_more(qtbot, window) -> None:
    client_list = window.client_list
    for typed in ("m", "Ö", "م", "о"):
        _type(qtbot, client_list.search_field, typed)
        _wait_for_search(qtbot, client_list)
        assert client_list.model.rowCount() == len(PEOPLE), typed
        assert client_list.result_count_label.text() == (
            "6 client(s) · type two letters or more to search")
    _type(qtbot, client_list.search_field, "mu")
    _wait_for_search(qtbot, client_list)
    assert set(_names(client_list.model)) == {"Müller, Jonas", "Muller, Lena"}
    assert client_list.result_count_label.text().startswith("2 client")


def test_an_older_search_result_never_overwrites_a_newer_one(qtbot, window) -> None:
    model = window.client_list.model
    model.search(ClientFilter(text="m"))
    model.search(ClientFilter(text="mü"))
    model.search(ClientFilter(text="müller"))  # the two before are outdated at once
    qtbot.waitUntil(lambda: not model._search_running and model._next_search is None)
    _wait_for_rows(qtbot, model)
    assert set(_names(model)) == {"Müller, Jonas", "Muller, Lena"}
    late = _Search(model._generation - 1, model._epoch, ClientFilter(), "name", False, None)
    model._on_found(late, _Found((), None, {}))  # a late answer to an older search
    assert model.rowCount() == 2


def test_filters_narrow_the_list(qtbot, window) -> None:
    client_list = window.client_list
    combo = client_list.district_combo
    assert combo.itemText(0) == "All districts"
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("kalk"))
    _wait_for_search(qtbot, client_list)
    assert set(_names(client_list.model)) == {"Müller, Jonas", "Aydın, Emre"}

    client_list.phase_combo.setCurrentIndex(client_list.phase_combo.findData("assessment"))
    _wait_for_search(qtbot, client_list)
    assert _names(client_list.model) == []
    combo.setCurrentIndex(0)
    _wait_for_search(qtbot, client_list)
    assert _names(client_list.model) == ["Özdemir, Ayşe"]

    client_list.phase_combo.setCurrentIndex(0)
    client_list.topic_combo.setCurrentIndex(client_list.topic_combo.findData("housing"))
    _wait_for_search(qtbot, client_list)
    assert _names(client_list.model) == ["Aydın, Emre"]

    client_list.topic_combo.setCurrentIndex(0)
    qtbot.mouseClick(client_list.follow_ups_check_box, Qt.MouseButton.LeftButton,
                     pos=client_list.follow_ups_check_box.rect().center())
    _wait_for_search(qtbot, client_list)
    assert _names(client_list.model) == ["Aydın, Emre"]


def test_sortable_columns_sort_and_others_do_not(qtbot, window) -> None:
    client_list = window.client_list
    model = client_list.model
    header = client_list.table_view.horizontalHeader()
    _wait_for_rows(qtbot, model)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft()
                     + _section_centre(header, 1))
    qtbot.waitUntil(lambda: model.sort_column == 1 and not model._search_running)
    _wait_for_rows(qtbot, model)
    codes = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert codes == sorted(codes)

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(header, 2))  # date of birth: not sortable
    assert model.sort_column == 1
    assert header.sortIndicatorSection() == 1


def _section_centre(header, section: int):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_keyboard_alone_finds_and_opens_a_client(qtbot, window, people) -> None:
    client_list = window.client_list
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert client_list.search_field.hasFocus()
    qtbot.keyClicks(client_list.search_field, "mu")
    qtbot.keyClick(client_list.search_field, Qt.Key.Key_Down)  # before the delay is over
    _wait_for_search(qtbot, client_list)
    qtbot.waitUntil(client_list.table_view.hasFocus)
    assert client_list.current_client_id() is not None
    qtbot.keyClick(client_list.table_view, Qt.Key.Key_Down)
    second = client_list.current_client_id()
    assert second in {people["Müller"], people["Muller"]}
    qtbot.keyClick(client_list.table_view, Qt.Key.Key_Return)
    assert window.record_view.current_client_id() == second


def test_enter_in_the_search_field_opens_the_first_match(qtbot, window, people) -> None:
    client_list = window.client_list
    client_list.search_field.setFocus()
    qtbot.keyClicks(client_list.search_field, "ozdem")
    qtbot.keyClick(client_list.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.record_view.current_client_id() == people["Özdemir"])


def test_double_click_opens_the_client(qtbot, window, people) -> None:
    view = window.client_list.table_view
    model = window.client_list.model
    _wait_for_rows(qtbot, model)
    row = _names(model).index("Aydın, Emre")
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.record_view.current_client_id() == people["Aydın"]


def test_a_saved_client_appears_without_reloading_by_hand(qtbot, window) -> None:
    client_list = window.client_list
    _wait_for_rows(qtbot, client_list.model)
    done = []
    window.workspace.write(window, lambda uow: create_client(uow, "Reza", "Rahimi"),
                           "client").success(done.append).run()
    qtbot.waitUntil(lambda: client_list.model.rowCount() == len(PEOPLE) + 1)
    _wait_for_rows(qtbot, client_list.model)
    assert "Rahimi, Reza" in _names(client_list.model)


def test_many_clients_load_only_the_rows_on_screen(qtbot, make_controller, data_dir,
                                                   secrets) -> None:
    many = [(f"Given{n:04d}", f"Family{n:04d}", "kalk") for n in range(1500)]
    opened = Vault(data_dir, secrets).unlock(PASSPHRASE)
    try:
        with opened.repository.write() as uow:
            from outreach_desktop.core.storage.models import Client

            uow.add_many(Client, [{"given_name": g, "family_name": f, "district": d,
                                   "client_code": f"K-{n:05d}"}
                                  for n, (g, f, d) in enumerate(many)])
    finally:
        opened.close()
    controller = make_controller()
    unlock(qtbot, controller)
    window = controller.main_window
    model = window.client_list.model
    inserted = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    window.show_page("clients")
    qtbot.waitUntil(lambda: model.rowCount() == 1500)
    # The first screenful came first, the rest was appended (no reset, nothing jumps).
    assert inserted == [(BLOCK_ROWS, 1499)]
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == "Family0000, Given0000")
    assert len(model._cache) < 500  # a screenful or two, not all 1,500
    assert model.data(model.index(1499, 0)) == PLACEHOLDER  # not loaded until seen
    window.client_list.table_view.scrollToBottom()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: model.data(model.index(1499, 0)) == "Family1499, Given1499")


@pytest.fixture
def languages(qapp):
    from PySide6.QtCore import QLocale

    from outreach_desktop.i18n import LanguageManager

    manager = LanguageManager(qapp)
    yield manager
    manager.install("en")  # later tests expect English, left to right
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_district_labels_follow_the_language(qtbot, make_controller, data_dir, secrets,
                                             languages) -> None:
    _add_people(data_dir, secrets, [("Lea", "Schmitz", "innenstadt")])
    controller = make_controller(languages=languages)
    unlock(qtbot, controller)
    window = controller.main_window
    window.show_page("clients")
    model = window.client_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    _wait_for_rows(qtbot, model)
    assert model.data(model.index(0, 3)) == "Innenstadt (city centre)"
    window.language_actions["de"].trigger()
    qtbot.waitUntil(lambda: model.data(model.index(0, 3)) == "Innenstadt")
    combo = window.client_list.district_combo
    assert combo.itemText(combo.findData("innenstadt")) == "Innenstadt"
