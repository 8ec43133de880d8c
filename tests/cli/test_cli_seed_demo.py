"""``outreach seed-demo`` as a user runs it: a real process, the real Secret Service."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import PASSPHRASE


def outreach(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = dict(os.environ, HOME=str(home), OUTREACH_PASSPHRASE=PASSPHRASE, LANGUAGE="en",
               LANG="en_US.UTF-8", XDG_CONFIG_HOME=str(home / ".config"))
    result = subprocess.run([sys.executable, "-m", "outreach_desktop.cli", "--data-dir",
                             str(tmp_path / "data"), "--lang", "en", *args],
                            capture_output=True, text=True, env=env, timeout=300)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_seed_demo_fills_an_empty_vault_and_refuses_a_filled_one(tmp_path, secret_service):
    assert outreach(tmp_path, "init").returncode == 0
    seeded = outreach(tmp_path, "seed-demo", "--clients", "120", "--seed", "4")
    assert seeded.returncode == 0, seeded.stderr
    assert "Demo data: 120 of 120 clients written" in seeded.stderr
    lines = dict(line.strip().split(": ") for line in seeded.stdout.splitlines()[1:])
    assert lines["Clients"] == "120"
    assert set(lines) == {"Clients", "Cases", "Contacts", "Goals", "Goal steps", "Referrals"}
    facts = json.loads(outreach(tmp_path, "status", "--json").stdout)
    assert facts["clients"] == 120
    assert facts["cases"] == int(lines["Cases"]) and facts["contacts"] == int(lines["Contacts"])
    assert facts["outbox"] == sum(int(v) for v in lines.values())

    refused = outreach(tmp_path, "seed-demo", "--clients", "10")
    assert refused.returncode == 1
    assert "already holds 120 client" in refused.stderr and "--force" in refused.stderr
    forced = outreach(tmp_path, "seed-demo", "--clients", "10", "--force")
    assert forced.returncode == 0, forced.stderr
    assert json.loads(outreach(tmp_path, "status", "--json").stdout)["clients"] == 130
    # No name reaches the log: it carries counts only.
    log = (tmp_path / "data" / "logs" / "outreach.log").read_text("utf-8")
    assert "seed-demo done clients=120" in log and "al-" not in log.lower()


def test_seed_demo_usage_errors(tmp_path, secret_service):
    assert outreach(tmp_path, "seed-demo", "--clients", "0").returncode == 2
    result = outreach(tmp_path, "seed-demo", "--clients", "5")
    assert result.returncode == 1 and "Traceback" not in result.stderr  # no vault yet
