"""The headless ``outreach`` command as a user runs it: real processes, real Secret Service.

Also the privacy proof: a marker name (Latin and Arabic script) imported through the CLI
appears in no file under the data folder, the home folder or the temp folder — after
import, after lock (process end), and after a killed process.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from privacy_markers import MARKERS, marker_hits


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir(exist_ok=True)
    tmp.mkdir(exist_ok=True)
    env.update(HOME=str(home), TMPDIR=str(tmp), OUTREACH_PASSPHRASE=PASSPHRASE, LANG="en_US.UTF-8",
               LANGUAGE="en", XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"))
    env.update(extra)
    return env


def outreach(tmp_path: Path, *args: str, check: bool = True, **env: str):
    data = tmp_path / "data"
    result = subprocess.run([sys.executable, "-m", "outreach_desktop.cli", "--data-dir", str(data),
                             "--lang", "en", *args], capture_output=True, text=True,
                            env=_env(tmp_path, **env), timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"outreach {args} failed:\n{result.stdout}\n{result.stderr}")
    assert "Traceback" not in result.stderr
    return result


def _marker_csv(tmp_path: Path, extra_rows: int = 0) -> Path:
    folder = tmp_path / "input"
    folder.mkdir(exist_ok=True)
    rows = [f"{MARKERS[0]};{MARKERS[1]};01.02.2003;Kalk"]
    rows += [f"Vorname{i};Nachname{i};01.01.2000;Porz" for i in range(extra_rows)]
    path = folder / "clients.csv"
    path.write_text("Vorname;Nachname;Geburtsdatum;Bezirk\n" + "\n".join(rows) + "\n", "utf-8")
    return path


def test_init_import_status_doctor(tmp_path, secret_service):
    outreach(tmp_path, "init")
    assert oct((tmp_path / "data" / "vault.key").stat().st_mode & 0o777) == "0o600"
    dry = outreach(tmp_path, "import", str(_marker_csv(tmp_path, 2)), "--dry-run")
    assert "3 rows ready to import" in dry.stdout
    imported = outreach(tmp_path, "import", str(_marker_csv(tmp_path, 2)))
    assert "3 clients imported" in imported.stdout
    facts = json.loads(outreach(tmp_path, "status", "--json").stdout)
    assert facts["clients"] == 3 and facts["outbox"] == 3 and facts["cases"] == 0
    assert facts["cipher_version"].startswith("4.")
    assert facts["data_dir"] == str(tmp_path / "data")
    doctor = outreach(tmp_path, "doctor")
    assert "No problems found." in doctor.stdout


def test_marker_name_never_leaves_the_encrypted_database(tmp_path, secret_service):
    outreach(tmp_path, "init")
    outreach(tmp_path, "import", str(_marker_csv(tmp_path, 50)))
    outreach(tmp_path, "status")
    outreach(tmp_path, "doctor")
    data = tmp_path / "data"
    assert (data / "logs" / "outreach.log").exists()
    assert marker_hits(data, tmp_path / "home", tmp_path / "tmp") == []


def test_marker_name_absent_after_a_killed_import_and_vault_opens(tmp_path, secret_service):
    outreach(tmp_path, "init")
    path = _marker_csv(tmp_path, 30000)
    proc = subprocess.Popen([sys.executable, "-m", "outreach_desktop.cli", "--data-dir",
                             str(tmp_path / "data"), "import", str(path)],
                            env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wal = tmp_path / "data" / "vault.db-wal"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 256 * 1024:  # in the middle of writing
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert marker_hits(tmp_path / "data", tmp_path / "home", tmp_path / "tmp") == []
    facts = json.loads(outreach(tmp_path, "status", "--json").stdout)
    assert facts["clients"] in (0, 30001)  # all or nothing
    assert facts["outbox"] == facts["clients"]
    assert marker_hits(tmp_path / "data", tmp_path / "home", tmp_path / "tmp") == []


def test_wrong_passphrase_message_and_exit_code(tmp_path, secret_service):
    outreach(tmp_path, "init")
    result = outreach(tmp_path, "status", check=False, OUTREACH_PASSPHRASE="wrong one, sorry")
    assert result.returncode == 1
    assert "The passphrase is not correct" in result.stderr
    outreach(tmp_path, "status")


def test_no_passphrase_without_terminal_is_a_clear_error(tmp_path, secret_service):
    outreach(tmp_path, "init")
    env = _env(tmp_path)
    del env["OUTREACH_PASSPHRASE"]
    result = subprocess.run([sys.executable, "-m", "outreach_desktop.cli", "--data-dir",
                             str(tmp_path / "data"), "--lang", "en", "status"],
                            capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert "OUTREACH_PASSPHRASE" in result.stderr and "Traceback" not in result.stderr


def test_passwd_and_rekey(tmp_path, secret_service):
    outreach(tmp_path, "init")
    outreach(tmp_path, "import", str(_marker_csv(tmp_path)))
    new = "Neue Passphrase für Kalk 99"
    outreach(tmp_path, "passwd", OUTREACH_NEW_PASSPHRASE=new)
    assert outreach(tmp_path, "status", check=False).returncode == 1
    outreach(tmp_path, "rekey", OUTREACH_PASSPHRASE=new)
    facts = json.loads(outreach(tmp_path, "status", "--json", OUTREACH_PASSPHRASE=new).stdout)
    assert facts["clients"] == 1


@pytest.mark.parametrize("damage", ["key_header", "db_page", "permissions", "secret"])
def test_doctor_names_what_is_wrong(tmp_path, secret_service, damage):
    outreach(tmp_path, "init")
    outreach(tmp_path, "import", str(_marker_csv(tmp_path, 400)))
    data = tmp_path / "data"
    expected = {"key_header": "Key file", "db_page": "Encrypted pages",
                "permissions": "File permissions", "secret": "Device secret"}[damage]
    if damage == "key_header":
        raw = bytearray((data / "vault.key").read_bytes())
        raw[raw.index(b'"salt":"') + 9] ^= 0x01
        (data / "vault.key").write_bytes(bytes(raw))
    elif damage == "db_page":
        raw = bytearray((data / "vault.db").read_bytes())
        raw[len(raw) - 3000] ^= 0xFF
        (data / "vault.db").write_bytes(bytes(raw))
    elif damage == "permissions":
        (data / "vault.key").chmod(0o644)
    else:
        vault_id = json.loads(outreach(tmp_path, "status", "--json").stdout)["vault_id"]
        secret_service.delete(vault_id)
    result = outreach(tmp_path, "doctor", check=False)
    assert result.returncode == 1
    assert f"[PROBLEM] {expected}" in result.stdout, result.stdout
    assert "problem" in result.stdout.splitlines()[-1]


def test_import_problems_are_listed_by_row_and_column(tmp_path, secret_service):
    outreach(tmp_path, "init")
    path = tmp_path / "bad.csv"
    path.write_text("Vorname;Nachname;Geburtsdatum\nA;=cmd|' /C calc'!A0;01.01.2000\n"
                    "B;C;99.99.2000\n", "utf-8")
    result = outreach(tmp_path, "import", str(path), check=False)
    assert result.returncode == 1
    assert "Row 2, column 'Nachname': looks like a spreadsheet formula" in result.stderr
    assert "Row 3, column 'Geburtsdatum': not a date" in result.stderr
    assert "Nothing was imported" in result.stderr
    assert json.loads(outreach(tmp_path, "status", "--json").stdout)["clients"] == 0


def test_unreadable_encoding_is_explained(tmp_path, secret_service):
    outreach(tmp_path, "init")
    path = tmp_path / "latin1.csv"
    path.write_bytes("Vorname;Nachname\nJürgen;Weiß\n".encode("cp1252"))
    result = outreach(tmp_path, "import", str(path), check=False)
    assert result.returncode == 1 and "not UTF-8" in result.stderr and "line 2" in result.stderr
    ok = outreach(tmp_path, "import", str(path), "--encoding", "cp1252")
    assert "1 client imported" in ok.stdout
