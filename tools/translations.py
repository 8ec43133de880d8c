"""Keep the Qt translation catalogues current and complete.

    python tools/translations.py update   # run lupdate over the sources into translations/
    python tools/translations.py check    # fail if lupdate would change a .ts file, or if
                                          # any entry is unfinished, empty or obsolete
    python tools/translations.py fill-en  # English = the source text; plurals from "(s)"
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


def lupdate(ts_dir: Path, languages: tuple[str, ...] = LANGUAGES) -> None:
    exe = str(Path(sys.executable).parent / "pyside6-lupdate")
    for lang in languages:
        subprocess.run([exe, *map(str, sources()), "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", lang,
                        "-ts", str(ts_dir / f"outreach_desktop_{lang}.ts")],
                       check=True, capture_output=True, text=True)


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


def fill_english() -> None:
    """The source strings are English: the en catalogue repeats them, with real plural
    forms made from "(s)". lupdate then rewrites the file in its own layout."""
    path = TS_DIR / "outreach_desktop_en.ts"
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            texts = [source.replace("(s)", ""), source.replace("(s)", "s")]
            for form, text in zip(forms, texts + texts[-1:] * len(forms), strict=False):
                form.text = text
        else:
            translation.text = source
    tree.write(path, encoding="utf-8", xml_declaration=True)
    lupdate(TS_DIR, languages=("en",))


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "fill-en":
        fill_english()
        return 0
    if command == "update":
        TS_DIR.mkdir(exist_ok=True)
        lupdate(TS_DIR)
        return 0
    return check()


if __name__ == "__main__":
    raise SystemExit(main())
