"""Importing client lists: mapping, dry run, row-level errors, all or nothing."""

from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from conftest import PASSPHRASE
from outreach_desktop.core import errors
from outreach_desktop.core.client_import import apply_import, map_columns, plan_import
from outreach_desktop.core.storage.models import Client, OutboxEntry
from outreach_desktop.core.vault import KDF_FLOOR, Vault
from outreach_desktop.core.vault.device_secret import DeviceSecretStore

GERMAN = (
    "Vorname;Nachname;Geburtsdatum;Stadtbezirk;Sprachen;Aufenthaltsstatus;Telefon\n"
    "Ayşe;Öztürk;03.04.2001;Kalk;Türkisch, Deutsch;Duldung;0176 1234\n"
    "Mohammed;الحسن;2000-01-15;Mülheim;Arabisch;Aufenthaltsgestattung;\n"
)


def _csv(tmp_path: Path, content: str, name="clients.csv", encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    return path


def _count(opened, model=Client):
    with opened.repository.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_german_headers_are_mapped_and_values_converted(tmp_path, open_vault):
    plan = plan_import(_csv(tmp_path, GERMAN), open_vault.repository)
    assert plan.mapping == {"Vorname": "given_name", "Nachname": "family_name",
                            "Geburtsdatum": "date_of_birth", "Stadtbezirk": "district",
                            "Sprachen": "languages", "Aufenthaltsstatus": "residence_status",
                            "Telefon": "phone"}
    assert not plan.problems and not plan.duplicates
    assert apply_import(plan, open_vault.repository) == 2
    with open_vault.repository.read() as session:
        ayse = session.scalar(select(Client).where(Client.given_name == "Ayşe"))
        assert ayse.date_of_birth == date(2001, 4, 3)
        assert ayse.district == "kalk" and ayse.residence_status == "toleration"
        assert ayse.languages == ["tr", "de"]
        assert ayse.contact_channels == [{"kind": "phone", "value": "0176 1234"}]
        assert ayse.client_code.startswith("K-")
    assert _count(open_vault, OutboxEntry) == 2  # imports are queued for sync like any write


def test_english_headers_with_commas_are_mapped(tmp_path, open_vault):
    content = ("First name,Last name,Date of birth,District,Languages\n"
               "Olena,Kovalenko,1999-12-12,Porz,Ukrainian\n")
    plan = plan_import(_csv(tmp_path, content), open_vault.repository)
    assert set(plan.mapping.values()) == {"given_name", "family_name", "date_of_birth",
                                          "district", "languages"}
    assert apply_import(plan, open_vault.repository) == 1


def test_map_overrides_the_guess_and_can_ignore_columns(tmp_path, open_vault):
    content = "Person;Familie;Status\nAmir;Rahimi;Duldung\n"
    path = _csv(tmp_path, content)
    with pytest.raises(errors.ImportFailed) as info:
        plan_import(path, open_vault.repository)
    assert info.value.reason == "missing_name_column"
    plan = plan_import(path, open_vault.repository, {"Person": "given_name",
                                                      "Familie": "family_name", "Status": "ignore"})
    assert plan.mapping == {"Person": "given_name", "Familie": "family_name"}
    assert plan.ignored_columns == ["Status"]
    with pytest.raises(errors.ImportFailed) as info:
        plan_import(path, open_vault.repository, {"Nope": "family_name"})
    assert info.value.reason == "unknown_map_column"
    with pytest.raises(errors.ImportFailed) as info:
        plan_import(path, open_vault.repository, {"Familie": "salary"})
    assert info.value.reason == "unknown_map_field"


def test_dry_run_plan_writes_nothing(tmp_path, open_vault):
    plan = plan_import(_csv(tmp_path, GERMAN), open_vault.repository)
    assert len(plan.importable) == 2
    assert _count(open_vault) == 0


def test_row_errors_name_row_and_column_and_nothing_is_imported(tmp_path, open_vault):
    content = (GERMAN
               + "Max;=cmd|' /C calc'!A0;01.01.2000;Nippes;;;\n"
               + "Lena;Fischer;31.02.2001;Nippes;;;\n"
               + "Ali;Khan;01.01.2090;Atlantis;;;\n"
               + ";;;;;;\n"
               + ";;01.01.2000;Kalk;;;\n")
    plan = plan_import(_csv(tmp_path, content), open_vault.repository)
    found = {(p.row, p.column, p.code) for p in plan.problems}
    assert found == {(4, "Nachname", "formula"), (5, "Geburtsdatum", "bad_date"),
                     (6, "Geburtsdatum", "implausible_date"), (6, "Stadtbezirk", "unknown_code"),
                     (8, None, "no_name")}
    with pytest.raises(errors.ImportRejected):
        apply_import(plan, open_vault.repository)
    assert _count(open_vault) == 0


@pytest.mark.parametrize("formula", ["=cmd|' /C calc'!A0", "+1+cmd|x", "@SUM(A1)", "-2+3+cmd|x",
                                     "=HYPERLINK(\"http://x\")"])
def test_formulas_are_refused_in_every_column(tmp_path, open_vault, formula):
    content = f"Vorname;Nachname;Sprachen\nAmina;{formula};\nAmina;Kaya;{formula}\n"
    plan = plan_import(_csv(tmp_path, content), open_vault.repository)
    assert [(p.row, p.code) for p in plan.problems] == [(2, "formula"), (3, "formula")]


def test_duplicates_in_file_and_vault_are_reported_and_can_be_skipped(tmp_path, open_vault):
    apply_import(plan_import(_csv(tmp_path, GERMAN), open_vault.repository), open_vault.repository)
    again = GERMAN + "Olena;Kovalenko;12.12.1999;Porz;;;\nOLENA;kovalenko;12.12.1999;;;;\n"
    plan = plan_import(_csv(tmp_path, again, "again.csv"), open_vault.repository)
    codes = sorted((p.row, p.code) for p in plan.duplicates)
    assert codes == [(2, "duplicate_in_vault"), (3, "duplicate_in_vault"),
                     (5, "duplicate_in_file")]
    with pytest.raises(errors.ImportRejected):
        apply_import(plan, open_vault.repository)
    assert _count(open_vault) == 2
    assert apply_import(plan, open_vault.repository, skip_duplicates=True) == 1
    assert _count(open_vault) == 3


def test_wrong_encoding_is_named_with_its_line(tmp_path, open_vault):
    path = _csv(tmp_path, "Vorname;Nachname\nJürgen;Weiß\n", encoding="cp1252")
    with pytest.raises(errors.ImportFailed) as info:
        plan_import(path, open_vault.repository)
    assert info.value.reason == "encoding" and info.value.facts["line"] == 2
    plan = plan_import(path, open_vault.repository, encoding="cp1252")
    assert plan.drafts[0].values["family_name"] == "Weiß"


def test_utf16_file_is_refused_not_misread(tmp_path, open_vault):
    path = _csv(tmp_path, "Vorname;Nachname\nA;B\n", encoding="utf-16")
    with pytest.raises(errors.ImportFailed) as info:
        plan_import(path, open_vault.repository)
    assert info.value.reason == "encoding"


def test_ten_megabyte_cell_is_a_row_error(tmp_path, open_vault):
    huge = "x" * (10 * 1024 * 1024)
    path = _csv(tmp_path, f"Vorname;Nachname\nA;B\nC;{huge}\n")
    plan = plan_import(path, open_vault.repository)
    (problem,) = plan.problems
    assert (problem.row, problem.column, problem.code) == (3, "Nachname", "too_long")
    assert problem.detail == {"a": len(huge), "b": 200}


def test_empty_and_unsupported_files_are_refused(tmp_path, open_vault):
    for content, reason in [("", "empty"), ("Vorname;Nachname\n", "empty")]:
        with pytest.raises(errors.ImportFailed) as info:
            plan_import(_csv(tmp_path, content), open_vault.repository)
        assert info.value.reason == reason
    odt = tmp_path / "list.ods"
    odt.write_bytes(b"PK\x03\x04")
    with pytest.raises(errors.ImportFailed) as info:
        plan_import(odt, open_vault.repository)
    assert info.value.reason == "unsupported_format"
    fake = tmp_path / "fake.xlsx"
    fake.write_text("this is not a workbook")
    with pytest.raises(errors.ImportFailed) as info:
        plan_import(fake, open_vault.repository)
    assert info.value.reason == "unreadable"


def test_xlsx_with_dates_and_formula_cells(tmp_path, open_vault):
    wb = Workbook()
    ws = wb.active
    ws.append(["Vorname", "Nachname", "Geburtsdatum", "Bezirk"])
    ws.append(["Daria", "Melnyk", date(1998, 7, 1), "Ehrenfeld"])
    ws.append(["Kemal", "=CONCAT(\"a\",\"b\")", date(2000, 1, 1), "Kalk"])
    path = tmp_path / "clients.xlsx"
    wb.save(path)
    plan = plan_import(path, open_vault.repository)
    assert [(p.row, p.column, p.code) for p in plan.problems] == [(3, "Nachname", "formula")]
    assert plan.drafts[0].values["date_of_birth"] == date(1998, 7, 1)
    assert plan.drafts[0].values["district"] == "ehrenfeld"


def _mount_small_disk(path: Path, size: str) -> bool:
    path.mkdir(parents=True)
    if os.geteuid() != 0:
        return False
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                             str(path)], capture_output=True)
    return result.returncode == 0


def test_full_disk_during_import_rolls_back_and_vault_still_opens(tmp_path, memory_keyring):
    disk = tmp_path / "small-disk"
    mounted = _mount_small_disk(disk, "1500k")
    try:
        vault = Vault(disk / "data", DeviceSecretStore(memory_keyring))
        opened = vault.create(PASSPHRASE, kdf=KDF_FLOOR)
        if not mounted:  # not root: cap the database file instead (same SQLITE_FULL path)
            with opened.engine.connect() as conn:
                pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
            opened.close()
            from sqlalchemy import event

            opened = vault.unlock(PASSPHRASE)
            event.listen(opened.engine, "connect",
                         lambda c, _r: c.execute(f"PRAGMA max_page_count = {pages + 40}"))
            opened.engine.dispose()
        rows = "".join(f"Vorname{i};Nachname{i};01.01.2000\n" for i in range(20000))
        path = _csv(tmp_path, "Vorname;Nachname;Geburtsdatum\n" + rows)
        plan = plan_import(path, opened.repository)
        with pytest.raises(errors.DiskFull):
            apply_import(plan, opened.repository)
        assert _count(opened) == 0
        opened.close()
        reopened = vault.unlock(PASSPHRASE)
        assert _count(reopened) == 0
        reopened.close()
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(disk)], check=False)


def test_map_columns_prefers_first_matching_column():
    assert map_columns(["Name", "Nachname"]) == {"Name": "family_name"}
