"""``outreach forms check``: every problem of a definition named, in the user's language;
the shipped forms pass; no vault, passphrase or data folder is needed or created."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from outreach_desktop.core.forms.definition import shipped_forms_dir


def forms_check(tmp_path: Path, *files: Path, lang: str = "en"):
    env = dict(os.environ, HOME=str(tmp_path / "home"), LANGUAGE=lang)
    env.pop("OUTREACH_PASSPHRASE", None)
    result = subprocess.run([sys.executable, "-m", "outreach_desktop.cli", "--data-dir",
                             str(tmp_path / "data"), "--lang", lang, "forms", "check",
                             *map(str, files)], capture_output=True, text=True, env=env,
                            timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _broken() -> dict:
    texts = {"de": "Frage", "en": "Question"}
    return {"format": 1, "id": "broken", "version": 1,
            "languages": {"de": "ltr", "en": "ltr", "xx": "ltr"},
            "title": texts, "sections": [{"id": "s", "title": texts, "fields": [
                {"id": "a", "type": "slider", "label": texts},
                {"id": "a", "type": "text", "label": {"de": "Nur Deutsch"}},
                {"id": "b", "type": "yes_no", "label": texts,
                 "relevant": "__import__('os').system('rm -rf /')"},
                {"id": "c", "type": "single_choice", "label": texts,
                 "choices": [{"label": texts}], "relevant": "nobody == 1"},
                {"id": "d", "type": "text", "label": {"de": "x" * 10_000, "en": "y"}}]}]}


def test_shipped_forms_pass(tmp_path):
    files = sorted(shipped_forms_dir().glob("*.json"))
    result = forms_check(tmp_path, *files)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("no problems") == len(files) == 5
    assert not (tmp_path / "data").exists()  # nothing created: no vault, no log


def test_every_problem_is_named_with_its_field(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(_broken()), "utf-8")
    result = forms_check(tmp_path, path)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"{path}: refused, 8 problems:"
    text = result.stderr
    assert "languages: unknown language code 'xx'" in text
    assert "field 'a': unknown field type 'slider'" in text
    assert "field 'a': the id 'a' is used twice" in text
    assert "field 'a' › label: no text in the language 'en'" in text
    assert ("field 'b' › relevant: the condition does not parse: calling anything is not "
            "allowed") in text
    assert "field 'c' › choice 1: the choice has no code" in text
    assert "field 'c' › relevant: the condition names an unknown field 'nobody'" in text
    assert "field 'd' › label: the text in 'de' is too long (10000 characters" in text


def test_problems_are_told_in_german_too(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(_broken()), "utf-8")
    result = forms_check(tmp_path, path, lang="de")
    assert result.returncode == 1
    assert "unknown field type" not in result.stderr
    assert "slider" in result.stderr and "Feld 'a'" in result.stderr
    assert "abgelehnt, 8 Probleme" in result.stderr


def test_not_json_and_missing_files_are_refused_clearly(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 1,\n "id": ', "utf-8")
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    result = forms_check(tmp_path, bad, binary, tmp_path / "missing.json")
    assert result.returncode == 1
    assert "not valid JSON (line 2, column" in result.stderr
    assert "the file is not UTF-8 text" in result.stderr
    assert "the file cannot be read" in result.stderr
