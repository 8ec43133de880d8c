"""Keep the Qt translation catalogues current and complete.

    python tools/translations.py update   # run lupdate over the sources into translations/
    python tools/translations.py check    # fail if lupdate would change a .ts file, or if
                                          # any entry is unfinished, empty or obsolete
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
LANGUAGES = ("de", "en", "tr", "ar", "fa", "ru", "uk")


def sources() -> list[Path]:
    package = ROOT / "src" / "outreach_desktop"
    return sorted(p for p in package.rglob("*.py")
                  if "core" not in p.relative_to(package).parts[:1])


def lupdate(ts_dir: Path) -> None:
    exe = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    for lang in LANGUAGES:
        subprocess.run([exe, *map(str, sources()), "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", lang,
                        "-ts", str(ts_dir / f"outreach_desktop_{lang}.ts")],
                       check=True, capture_output=True)


def incomplete(ts: Path) -> list[str]:
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = [f.text for f in forms] if forms else [translation.text if translation
                                                           is not None else None]
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing") or not all(texts):
                problems.append(f"{ts.name}: [{name}] {source!r} ({kind or 'empty'})")
    return problems


def check() -> int:
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for lang in LANGUAGES:
            ts = TS_DIR / f"outreach_desktop_{lang}.ts"
            if not ts.exists():
                failures.append(f"missing {ts.name}")
                continue
            shutil.copy(ts, copy / ts.name)
        lupdate(copy)
        for lang in LANGUAGES:
            name = f"outreach_desktop_{lang}.ts"
            if (TS_DIR / name).exists() and not filecmp.cmp(TS_DIR / name, copy / name,
                                                            shallow=False):
                failures.append(f"{name} is not current: run tools/translations.py update")
    for lang in LANGUAGES:
        ts = TS_DIR / f"outreach_desktop_{lang}.ts"
        if ts.exists():
            failures += incomplete(ts)
    for line in failures:
        print(line, file=sys.stderr)
    print(f"translations: {len(failures)} problem(s)")
    return 1 if failures else 0


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        TS_DIR.mkdir(exist_ok=True)
        lupdate(TS_DIR)
        return 0
    return check()


if __name__ == "__main__":
    raise SystemExit(main())
