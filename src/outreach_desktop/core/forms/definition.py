"""Form definitions as data: loading, checking, and checking answers against them.

The format is documented in ``docs/forms.md``. ``parse_form`` refuses a definition with
any problem (``FormDefinitionError`` lists them all, each naming where and what), so a
form with a missing translation is never shown with blank labels.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from outreach_desktop.core.errors import OutreachError
from outreach_desktop.core.forms.expressions import Expression, ExpressionError, parse

FORMAT = 1
#: The languages a form may be written in (the app's own), and their text direction.
LANGUAGES = {"de": "ltr", "en": "ltr", "tr": "ltr", "ar": "rtl", "fa": "rtl", "ru": "ltr",
             "uk": "ltr"}
FIELD_TYPES = ("text", "long_text", "number", "date", "yes_no", "single_choice",
               "multiple_choice", "note")
CHOICE_TYPES = ("single_choice", "multiple_choice")
MAX_LABEL = 2_000      # characters of a label, hint or message
MAX_FILE = 2_000_000   # bytes of a definition file
_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


@dataclass(frozen=True)
class FormProblem:
    """One thing wrong in a definition: ``where`` (ids from the form down, e.g.
    ``field 'agree' › label``), ``code`` (the kind) and ``detail`` (the facts)."""

    where: str
    code: str
    detail: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        facts = ", ".join(f"{k}={v}" for k, v in self.detail.items())
        return f"{self.where}: {self.code}" + (f" ({facts})" if facts else "")


class FormDefinitionError(OutreachError):
    """The definition was refused; ``problems`` says why (all of them, not the first)."""

    def __init__(self, source: str, problems: list[FormProblem]) -> None:
        super().__init__(f"{source}: {len(problems)} problem(s): "
                         + "; ".join(str(p) for p in problems[:5]))
        self.source = source
        self.problems = problems


Texts = dict[str, str]  # language -> text


@dataclass(frozen=True)
class Choice:
    code: str
    label: Texts


@dataclass(frozen=True)
class Constraint:
    check: Expression
    message: Texts


@dataclass(frozen=True)
class FormField:
    id: str
    type: str
    label: Texts
    hint: Texts = field(default_factory=dict)
    required: bool = False
    choices: tuple[Choice, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    relevant: Expression | None = None

    @property
    def answers(self) -> bool:
        """False for a note (text shown, nothing asked)."""
        return self.type != "note"


@dataclass(frozen=True)
class Section:
    id: str
    title: Texts
    fields: tuple[FormField, ...]


@dataclass(frozen=True)
class FormDefinition:
    id: str
    version: int
    languages: dict[str, str]  # language -> "ltr" / "rtl"
    title: Texts
    sections: tuple[Section, ...]

    @property
    def fields(self) -> list[FormField]:
        return [f for s in self.sections for f in s.fields]

    def field(self, field_id: str) -> FormField:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)


# --- reading --------------------------------------------------------------------------------
class _Reader:
    """Walks the JSON, collecting problems instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[FormProblem] = []
        self.languages: dict[str, str] = {}

    def problem(self, where: str, kind: str, /, **detail: Any) -> None:
        self.problems.append(FormProblem(where, kind, detail))

    def get(self, obj: dict, key: str, kind: type | tuple[type, ...], where: str,
            required: bool = True) -> Any:
        if key not in obj:
            if required:
                self.problem(where, "missing_key", key=key)
            return None
        value = obj[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problem(where, "wrong_type", key=key)
            return None
        return value

    def ident(self, obj: dict, where: str) -> str | None:
        value = self.get(obj, "id", str, where)
        if value is not None and (not value or not set(value) <= _ID_CHARS
                                  or value[0].isdigit()):
            self.problem(where, "bad_id", id=value)
            return None
        return value

    def texts(self, obj: dict, key: str, where: str, required: bool = True) -> Texts:
        """A per-language text: every language of the form, none too long."""
        value = self.get(obj, key, dict, where, required)
        if value is None:
            return {}
        place = f"{where} › {key}"
        texts: Texts = {}
        for language, text in value.items():
            if language not in self.languages:
                self.problem(place, "unknown_language", language=language)
            elif not isinstance(text, str):
                self.problem(place, "wrong_type", key=language)
            elif len(text) > MAX_LABEL:
                self.problem(place, "text_too_long", language=language, length=len(text),
                             limit=MAX_LABEL)
            elif not text.strip():
                self.problem(place, "missing_text", language=language)
            else:
                texts[language] = text
        for language in self.languages:
            if language not in value:
                self.problem(place, "missing_text", language=language)
        return texts

    def condition(self, source: Any, where: str) -> Expression | None:
        if not isinstance(source, str):
            self.problem(where, "wrong_type", key="condition")
            return None
        try:
            return parse(source)
        except ExpressionError as exc:
            self.problem(where, "bad_condition", reason=exc.reason, position=exc.position,
                         text=exc.text)
            return None


def parse_form(text: str, source: str = "form") -> FormDefinition:
    """A checked ``FormDefinition`` from JSON text; ``FormDefinitionError`` otherwise."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE:
        raise FormDefinitionError(source, [FormProblem(source, "file_too_large",
                                                       {"limit": MAX_FILE})])
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormDefinitionError(source, [FormProblem(
            source, "invalid_json", {"line": exc.lineno, "column": exc.colno})]) from exc
    except RecursionError as exc:
        raise FormDefinitionError(source, [FormProblem(source, "too_deep")]) from exc
    if not isinstance(data, dict):
        raise FormDefinitionError(source, [FormProblem(source, "not_an_object")])
    reader = _Reader()
    form = _read_form(reader, data)
    if reader.problems or form is None:
        raise FormDefinitionError(source, reader.problems)
    return form


def load_form(path: Path) -> FormDefinition:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FormDefinitionError(str(path), [FormProblem(path.name, "unreadable",
                                                          {"error": exc.strerror})]) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FormDefinitionError(str(path), [FormProblem(path.name, "not_utf8",
                                                          {"byte": exc.start})]) from exc
    return parse_form(text, path.name)


def shipped_forms_dir() -> Path:
    from outreach_desktop.core.resources import resources_dir

    return resources_dir() / "forms"


class FormLibrary:
    """Every version of every form: ``latest(id)`` to start one, ``get(id, version)`` to
    go on with a draft started on an older version (old versions are kept in
    ``resources/forms/previous/``). A broken file raises, naming the file."""

    def __init__(self, forms: list[FormDefinition]) -> None:
        self._forms: dict[tuple[str, int], FormDefinition] = {}
        for form in forms:
            key = (form.id, form.version)
            if key in self._forms:
                raise FormDefinitionError(form.id, [FormProblem(
                    f"form '{form.id}'", "duplicate_version", {"version": form.version})])
            self._forms[key] = form

    @classmethod
    def load(cls, folder: Path | None = None) -> FormLibrary:
        folder = folder or shipped_forms_dir()
        paths = [*sorted(folder.glob("*.json")), *sorted(folder.glob("previous/*.json"))]
        return cls([load_form(path) for path in paths])

    def ids(self) -> list[str]:
        """Form ids in the order a case goes through them."""
        order = {form_id: n for n, form_id in enumerate(CASE_ORDER)}
        return sorted({i for i, _v in self._forms}, key=lambda i: (order.get(i, 99), i))

    def latest(self, form_id: str) -> FormDefinition:
        versions = [v for i, v in self._forms if i == form_id]
        if not versions:
            raise KeyError(form_id)
        return self._forms[(form_id, max(versions))]

    def get(self, form_id: str, version: int) -> FormDefinition:
        return self._forms[(form_id, version)]

    def __len__(self) -> int:
        return len(self._forms)


def load_engine_texts(path: Path | None = None) -> dict[str, Texts]:
    """The engine's own texts in every language (yes/no, messages, PDF lines): key ->
    language -> text. Shown in the client's language, so they are data like the forms."""
    from outreach_desktop.core.resources import resources_dir

    path = path or resources_dir() / "form_engine_texts.json"
    data = json.loads(path.read_text("utf-8"))
    return {key: dict(entry["label"]) for key, entry in data["texts"].items()}


#: The shipped forms in the order of the method's phases.
CASE_ORDER = ("consent", "intake", "assessment", "goal_agreement", "closure")


def _read_form(reader: _Reader, data: dict) -> FormDefinition | None:
    where = "form"
    if data.get("format") != FORMAT:
        reader.problem(where, "unknown_format", format=data.get("format"), expected=FORMAT)
    form_id = reader.ident(data, where)
    where = f"form '{form_id}'" if form_id else where
    version = reader.get(data, "version", int, where)
    if version is not None and version < 1:
        reader.problem(where, "bad_version", version=version)
    languages = reader.get(data, "languages", dict, where) or {}
    for language, direction in languages.items():
        if language not in LANGUAGES:
            reader.problem(f"{where} › languages", "unknown_language", language=language)
        elif direction not in ("ltr", "rtl"):
            reader.problem(f"{where} › languages", "bad_direction", language=language,
                           direction=direction)
        else:
            reader.languages[language] = direction
    if languages and "de" not in languages:
        reader.problem(f"{where} › languages", "german_required")
    title = reader.texts(data, "title", where)
    sections_data = reader.get(data, "sections", list, where) or []
    if not sections_data and "sections" in data:
        reader.problem(where, "no_sections")
    sections: list[Section] = []
    seen_sections: set[str] = set()
    seen_fields: set[str] = set()
    for n, section_data in enumerate(sections_data, start=1):
        place = f"{where} › section {n}"
        if not isinstance(section_data, dict):
            reader.problem(place, "not_an_object")
            continue
        section_id = reader.ident(section_data, place)
        if section_id:
            place = f"{where} › section '{section_id}'"
            if section_id in seen_sections:
                reader.problem(place, "duplicate_id", id=section_id)
            seen_sections.add(section_id)
        fields = []
        for m, field_data in enumerate(reader.get(section_data, "fields", list, place) or [],
                                       start=1):
            read = _read_field(reader, field_data, f"{place} › field {m}", seen_fields)
            if read is not None:
                fields.append(read)
        sections.append(Section(section_id or "", reader.texts(section_data, "title", place),
                                tuple(fields)))
    known = {f.id for s in sections for f in s.fields if f.answers}
    for section in sections:
        for f in section.fields:
            conditions = ([("relevant", f.relevant)] if f.relevant else []) + [
                ("constraint", c.check) for c in f.constraints]
            for what, expression in conditions:
                for name in sorted(expression.fields - known):
                    reader.problem(f"{where} › section '{section.id}' › field '{f.id}' › "
                                   f"{what}", "unknown_field",
                                   field=name)
    if reader.problems or form_id is None or version is None:
        return None
    return FormDefinition(form_id, version, dict(reader.languages), title, tuple(sections))


def _read_field(reader: _Reader, data: Any, where: str,
                seen: set[str]) -> FormField | None:
    if not isinstance(data, dict):
        reader.problem(where, "not_an_object")
        return None
    field_id = reader.ident(data, where)
    if field_id:
        where = f"{where.rsplit(' › field ', 1)[0]} › field '{field_id}'"
        if field_id in seen:
            reader.problem(where, "duplicate_id", id=field_id)
        seen.add(field_id)
    kind = reader.get(data, "type", str, where)
    if kind is not None and kind not in FIELD_TYPES:
        reader.problem(where, "unknown_type", type=kind)
    label = reader.texts(data, "label", where)
    hint = reader.texts(data, "hint", where, required=False)
    required = reader.get(data, "required", bool, where, required=False) or False
    relevant = None
    if "relevant" in data:
        relevant = reader.condition(data["relevant"], f"{where} › relevant")
    choices: list[Choice] = []
    if kind in CHOICE_TYPES:
        codes: set[str] = set()
        choice_list = reader.get(data, "choices", list, where) or []
        if not choice_list and "choices" in data:
            reader.problem(where, "no_choices")
        for n, choice in enumerate(choice_list, start=1):
            place = f"{where} › choice {n}"
            if not isinstance(choice, dict):
                reader.problem(place, "not_an_object")
                continue
            code = choice.get("code")
            if not isinstance(code, str) or not code.strip():
                reader.problem(place, "missing_choice_code")
                continue
            place = f"{where} › choice '{code}'"
            if code in codes:
                reader.problem(place, "duplicate_choice_code", code=code)
            codes.add(code)
            choices.append(Choice(code, reader.texts(choice, "label", place)))
    elif "choices" in data:
        reader.problem(where, "choices_not_allowed", type=kind)
    constraints = []
    for n, item in enumerate(reader.get(data, "constraints", list, where, required=False)
                             or [], start=1):
        place = f"{where} › constraint {n}"
        if not isinstance(item, dict):
            reader.problem(place, "not_an_object")
            continue
        check = reader.condition(item.get("check"), place)
        message = reader.texts(item, "message", place)
        if check is not None:
            constraints.append(Constraint(check, message))
    if field_id is None or kind not in FIELD_TYPES:
        return None
    return FormField(field_id, kind, label, hint, required, tuple(choices), tuple(constraints),
                     relevant)


# --- answers --------------------------------------------------------------------------------
@dataclass(frozen=True)
class AnswerProblem:
    """What is wrong with one answer: ``code`` is ``required``, ``not_a_number``,
    ``not_a_date``, ``not_yes_no``, ``unknown_choice``, ``not_text`` or ``constraint``
    (then ``message`` holds the form's own message, per language)."""

    field_id: str
    code: str
    message: Texts = field(default_factory=dict)


def relevant_fields(form: FormDefinition, answers: dict[str, Any]) -> list[FormField]:
    """The fields shown for these answers (a field without a condition always is)."""
    return [f for f in form.fields if f.relevant is None or f.relevant.evaluate(answers)]


def clean_answers(form: FormDefinition, answers: dict[str, Any]) -> dict[str, Any]:
    """The answers of relevant, answerable fields only: an answer to a question that is
    no longer asked (its condition turned false) is not kept."""
    shown = {f.id for f in relevant_fields(form, answers) if f.answers}
    return {k: v for k, v in answers.items() if k in shown and v not in (None, "", [])}


def check_answers(form: FormDefinition, answers: dict[str, Any]) -> list[AnswerProblem]:
    """Problems of the answers, in form order; empty when they can be saved as final."""
    problems: list[AnswerProblem] = []
    for f in relevant_fields(form, answers):
        if not f.answers:
            continue
        value = answers.get(f.id)
        if value in (None, "", []):
            if f.required:
                problems.append(AnswerProblem(f.id, "required"))
            continue
        kind_problem = _kind_problem(f, value)
        if kind_problem:
            problems.append(AnswerProblem(f.id, kind_problem))
            continue
        for constraint in f.constraints:
            if not constraint.check.evaluate(answers):
                problems.append(AnswerProblem(f.id, "constraint", constraint.message))
    return problems


def _kind_problem(f: FormField, value: Any) -> str | None:
    if f.type in ("text", "long_text"):
        return None if isinstance(value, str) else "not_text"
    if f.type == "number":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return None if ok else "not_a_number"
    if f.type == "date":
        try:
            date.fromisoformat(value)
        except (TypeError, ValueError):
            return "not_a_date"
        return None
    if f.type == "yes_no":
        return None if isinstance(value, bool) else "not_yes_no"
    codes = {c.code for c in f.choices}
    if f.type == "single_choice":
        return None if value in codes else "unknown_choice"
    if f.type == "multiple_choice":
        ok = isinstance(value, list) and all(v in codes for v in value)
        return None if ok else "unknown_choice"
    return None
