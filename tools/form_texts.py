"""Translate the shipped forms (resources/forms/*.json) one language at a time.

    python tools/form_texts.py export LANG > texts.json   # every distinct German text
    python tools/form_texts.py merge LANG texts.json       # write LANG into the forms

``export`` lists each distinct German text once, with its English beside it and the
LANG text where one exists (``""`` where not). A translator fills in LANG; ``merge``
writes it into every place that German text appears and adds LANG to the form's
``languages`` (direction from the app's list). Texts are matched by their German
wording, so a text repeated across forms (a choice, a topic) is translated once.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "resources" / "forms"
#: The engine's own texts shown in the client's language (buttons, messages, PDF lines).
ENGINE = ROOT / "resources" / "form_engine_texts.json"
DIRECTIONS = {"de": "ltr", "en": "ltr", "tr": "ltr", "ar": "rtl", "fa": "rtl", "ru": "ltr",
              "uk": "ltr"}
TEXT_KEYS = ("title", "label", "hint", "message")


def texts_of(node: object) -> Iterator[dict]:
    """Every per-language text object in a form, in document order."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in TEXT_KEYS and isinstance(value, dict):
                yield value
            else:
                yield from texts_of(value)
    elif isinstance(node, list):
        for item in node:
            yield from texts_of(item)


def form_files() -> list[Path]:
    return [*sorted(FORMS.glob("*.json")), ENGINE]


def export(lang: str) -> list[dict]:
    seen: dict[str, dict] = {}
    for path in form_files():
        for text in texts_of(json.loads(path.read_text("utf-8"))):
            entry = seen.setdefault(text["de"], {"de": text["de"], "en": text.get("en", ""),
                                                  lang: ""})
            if text.get(lang) and not entry[lang]:
                entry[lang] = text[lang]
    return list(seen.values())


def merge(lang: str, source: Path) -> int:
    translated = {e["de"]: e[lang] for e in json.loads(source.read_text("utf-8"))
                  if e.get(lang, "").strip()}
    missing = 0
    for path in form_files():
        form = json.loads(path.read_text("utf-8"))
        for text in texts_of(form):
            if text["de"] in translated:
                text[lang] = translated[text["de"]]
            elif not text.get(lang):
                missing += 1
                print(f"{path.name}: no {lang} for: {text['de'][:60]}", file=sys.stderr)
        if "languages" in form:
            form["languages"][lang] = DIRECTIONS[lang]
            form["languages"] = _ordered(form["languages"])
        for text in texts_of(form):
            ordered = _ordered(text)
            text.clear()
            text.update(ordered)
        path.write_text(json.dumps(form, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return missing


def _ordered(texts: dict) -> dict:
    """Languages in the app's order (de, en, tr, ar, fa, ru, uk)."""
    return {lang: texts[lang] for lang in DIRECTIONS if lang in texts}


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "export" and argv[1] in DIRECTIONS:
        json.dump(export(argv[1]), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if len(argv) == 3 and argv[0] == "merge" and argv[1] in DIRECTIONS:
        return 1 if merge(argv[1], Path(argv[2])) else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
