"""Draws a form definition as widgets, in the client's language with German beside it.

The view lays itself out in the direction of the form's language (Arabic and Farsi
right-to-left, whatever the UI language is); German texts beside them stay left-to-right.
Labels are plain text, so a label cannot inject markup, and an Arabic name inside a
German sentence is shown by the Unicode bidi rules. Answers are read back as the core
stores them: text, numbers, ISO dates, ``True``/``False``, choice codes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.core.forms.definition import (
    MAX_LABEL,
    AnswerProblem,
    FormDefinition,
    FormField,
    Texts,
)
from outreach_desktop.gui.passphrase_widgets import error_label, error_style, show_message
from outreach_desktop.gui.record.widgets import DateField

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")
MAX_TEXT_ANSWER = 20_000


def isolated(text: str) -> str:
    """Text whose direction cannot leak into the text around it."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def set_german_side(label: QLabel) -> None:
    """German beside the client's language keeps its own direction, its left edge even
    in a right-to-left form, and a quieter colour."""
    label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    label.setStyleSheet("color: palette(placeholder-text);")


def parse_number(text: str) -> int | float | str | None:
    """A number typed with Western, Arabic or Persian digits and a dot or comma; the
    text itself if it is not one (the check then says so), None if empty."""
    plain = text.strip().translate(_DIGITS).replace(",", ".")
    if not plain:
        return None
    try:
        value = float(plain)
    except ValueError:
        return text.strip()
    if value != value or value in (float("inf"), float("-inf")):
        return text.strip()
    return int(value) if value.is_integer() and "." not in plain else value


def format_number(value: Any) -> str:
    return "" if value is None else str(value)


class _Texts:
    """The texts of one form in one language, with German as the second language."""

    def __init__(self, engine: dict[str, Texts], language: str, bilingual: bool) -> None:
        self.engine = engine
        self.language = language
        self.bilingual = bilingual and language != "de"

    def one(self, texts: Texts) -> str:
        return texts.get(self.language) or texts.get("de", "")

    def german(self, texts: Texts) -> str:
        return texts.get("de", "") if self.bilingual else ""

    def both(self, texts: Texts) -> str:
        """For one-line places (a choice): "client language · German"."""
        first, second = self.one(texts), self.german(texts)
        return f"{isolated(first)}  ·  {isolated(second)}" if second else first

    def word(self, key: str) -> Texts:
        return self.engine.get(key, {})


class FieldRow(QWidget):
    """One question: its label (and the German one), hint, input and problem line."""

    changed = Signal()

    def __init__(self, field: FormField, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        self.label = self._text_label()
        self.german_label = self._text_label(german=True)
        self.hint = self._text_label(small=True)
        self.german_hint = self._text_label(small=True, german=True)
        self.problem = error_label(self)
        self.buttons: list[QAbstractButton] = []
        self.group: QButtonGroup | None = None
        self.input: QWidget | None = self._make_input()
        grid = self.grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 6)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(self.german_label, 0, 1)
        grid.addWidget(self.hint, 1, 0)
        grid.addWidget(self.german_hint, 1, 1)
        if self.input is not None:
            grid.addWidget(self.input, 2, 0, 1, 2)
        grid.addWidget(self.problem, 3, 0, 1, 2)
        if self.input is not None:
            self.problem.setBuddy(self.input)
            self.label.setBuddy(self.input)

    def _text_label(self, small: bool = False, german: bool = False) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if german:
            set_german_side(label)
            label.setAlignment(label.alignment() | Qt.AlignmentFlag.AlignTop)
        else:
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        if small:
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * 0.9)
            label.setFont(font)
        return label

    def _make_input(self) -> QWidget | None:
        kind = self.field.type
        if kind == "note":
            return None  # text shown, nothing asked
        if kind == "text":
            edit = QLineEdit(self)
            edit.setMaxLength(MAX_LABEL)
            edit.textChanged.connect(lambda _t: self.changed.emit())
            return edit
        if kind == "long_text":
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 5)
            text.textChanged.connect(self.changed.emit)
            return text
        if kind == "number":
            edit = QLineEdit(self)
            edit.setMaxLength(20)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 14)
            edit.textChanged.connect(lambda _t: self.changed.emit())
            return edit
        if kind == "date":
            date_field = DateField(self)
            date_field.setMaximumWidth(date_field.minimumWidth() * 2)
            date_field.date_changed.connect(self.changed.emit)
            return date_field
        box = QWidget(self)
        layout = QHBoxLayout(box) if kind == "yes_no" else QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        if kind == "yes_no":
            codes: list[Any] = [True, False]
        else:
            codes = [c.code for c in self.field.choices]
        self.group = QButtonGroup(box)
        self.group.setExclusive(kind != "multiple_choice")
        for code in codes:
            button: QAbstractButton = (QCheckBox(box) if kind == "multiple_choice"
                                       else QRadioButton(box))
            button.setProperty("code", code)
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons.append(button)
            button.toggled.connect(lambda _on: self.changed.emit())
        if kind == "yes_no":
            layout.addStretch(1)
        return box

    # --- texts -------------------------------------------------------------------------------
    def set_texts(self, texts: _Texts) -> None:
        f = self.field
        mark = " *" if f.required else ""
        self.label.setText(texts.one(f.label) + mark)
        german = texts.german(f.label)
        self.german_label.setText(german + mark if german else "")
        self.german_label.setVisible(bool(german))
        self.hint.setText(texts.one(f.hint) if f.hint else "")
        self.hint.setVisible(bool(f.hint))
        self.german_hint.setText(texts.german(f.hint) if f.hint else "")
        self.german_hint.setVisible(bool(f.hint) and texts.bilingual)
        self.grid.setColumnStretch(1, 1 if texts.bilingual else 0)  # one language: all width
        if f.type == "yes_no":
            for button, key in zip(self.buttons, ("yes", "no"), strict=True):
                button.setText(texts.both(texts.word(key)))
        else:
            for button, choice in zip(self.buttons, f.choices, strict=False):
                button.setText(texts.both(choice.label))
        if self.input is not None:
            self.input.setAccessibleName(texts.one(f.label))
            if f.hint:
                self.input.setAccessibleDescription(texts.one(f.hint))

    # --- answers -----------------------------------------------------------------------------
    def value(self) -> Any:
        kind, widget = self.field.type, self.input
        if isinstance(widget, DateField):
            if widget.is_empty():
                return None
            parsed = widget.date()
            return parsed.isoformat() if parsed else widget.text().strip()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()[:MAX_TEXT_ANSWER] or None
        if isinstance(widget, QLineEdit):
            if kind == "number":
                return parse_number(widget.text())
            return widget.text() or None
        checked = [b.property("code") for b in self.buttons if b.isChecked()]
        if kind == "multiple_choice":
            return checked
        return checked[0] if checked else None

    def set_value(self, value: Any) -> None:
        widget = self.input
        if isinstance(widget, DateField):
            from datetime import date

            try:
                widget.set_date(date.fromisoformat(value) if value else None)
            except (TypeError, ValueError):
                widget.setText(str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            widget.setText(format_number(value) if self.field.type == "number"
                           else (value or ""))
        elif self.buttons:
            chosen = value if isinstance(value, list) else [value]
            if self.group is not None and self.group.exclusive() and value is None:
                self.group.setExclusive(False)  # an exclusive group cannot uncheck all
                for button in self.buttons:
                    button.setChecked(False)
                self.group.setExclusive(True)
            for button in self.buttons:
                button.setChecked(button.property("code") in chosen
                                  and value is not None)

    def set_read_only(self, read_only: bool) -> None:
        widget = self.input
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setReadOnly(read_only)
        for button in self.buttons:
            button.setEnabled(not read_only)

    def show_problem(self, text: str) -> None:
        self.problem.setStyleSheet(error_style(self.problem))
        show_message(self.problem, text)
        if self.input is not None:
            self.input.setAccessibleDescription(text)

    def focus_input(self) -> None:
        target = self.buttons[0] if self.buttons else self.input
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)


class FormView(QScrollArea):
    """A whole form: ``rows`` (field id -> ``FieldRow``), ``section_titles`` (the
    client's language, German, their grid, per section). Emits
    ``answers_changed`` on every edit, after showing or hiding dependent questions."""

    answers_changed = Signal()

    def __init__(self, form: FormDefinition, engine: dict[str, Texts], language: str,
                 bilingual: bool = True, scale: float = 1.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.engine = engine
        self.language = language
        self.bilingual = bilingual
        self.rows: dict[str, FieldRow] = {}
        self.section_titles: list[tuple[QLabel, QLabel, QGridLayout]] = []
        self._filling = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(self)
        if scale != 1.0:
            font = QFont(page.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            page.setFont(font)
        layout = QVBoxLayout(page)
        self.title_label = QLabel(page)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        title_font = QFont(page.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        layout.addWidget(self.title_label)
        for section in form.sections:
            head = QWidget(page)
            head_layout = QGridLayout(head)
            head_layout.setContentsMargins(0, 14, 0, 2)
            title, german = QLabel(head), QLabel(head)
            for label in (title, german):
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                font = QFont(page.font())
                font.setPointSizeF(font.pointSizeF() * 1.15)
                font.setBold(True)
                label.setFont(font)
            set_german_side(german)
            head_layout.addWidget(title, 0, 0)
            head_layout.addWidget(german, 0, 1)
            head_layout.setColumnStretch(0, 1)
            line = QFrame(head)
            line.setFrameShape(QFrame.Shape.HLine)
            head_layout.addWidget(line, 1, 0, 1, 2)
            layout.addWidget(head)
            self.section_titles.append((title, german, head_layout))
            for f in section.fields:
                row = FieldRow(f, page)
                row.changed.connect(self._on_changed)
                self.rows[f.id] = row
                layout.addWidget(row)
        layout.addStretch(1)
        self.setWidget(page)
        self.set_language(language, bilingual)
        self._apply_relevance()

    # --- language ----------------------------------------------------------------------------
    def set_language(self, language: str, bilingual: bool) -> None:
        self.language, self.bilingual = language, bilingual
        direction = self.form.languages.get(language, "ltr")
        self.widget().setLayoutDirection(Qt.LayoutDirection.RightToLeft if direction == "rtl"
                                         else Qt.LayoutDirection.LeftToRight)
        texts = _Texts(self.engine, language, bilingual)
        german_title = texts.german(self.form.title)
        self.title_label.setText(texts.one(self.form.title)
                                 + (f"  ·  {isolated(german_title)}" if german_title else ""))
        for section, (title, german, head) in zip(self.form.sections, self.section_titles,
                                                  strict=True):
            title.setText(texts.one(section.title))
            german.setText(texts.german(section.title))
            german.setVisible(texts.bilingual)
            head.setColumnStretch(1, 1 if texts.bilingual else 0)
        for row in self.rows.values():
            row.set_texts(texts)
            # Problems were in the previous language: shown again on the next check.
            row.show_problem("")

    # --- answers -----------------------------------------------------------------------------
    def answers(self) -> dict[str, Any]:
        values = {fid: row.value() for fid, row in self.rows.items() if row.field.answers}
        return {k: v for k, v in values.items() if v not in (None, "", [])}

    def set_answers(self, answers: dict[str, Any]) -> None:
        self._filling = True
        try:
            for fid, row in self.rows.items():
                if row.field.answers:
                    row.set_value(answers.get(fid))
        finally:
            self._filling = False
        self._apply_relevance()

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows.values():
            row.set_read_only(read_only)

    def visible_field_ids(self) -> list[str]:
        return [fid for fid, row in self.rows.items() if not row.isHidden()]

    def _apply_relevance(self) -> None:
        answers = self.answers()
        for row in self.rows.values():
            relevant = row.field.relevant
            row.setHidden(relevant is not None and not relevant.evaluate(answers))

    def _on_changed(self) -> None:
        if self._filling:
            return
        self._apply_relevance()
        sender = self.sender()
        if isinstance(sender, FieldRow):
            sender.show_problem("")
        self.answers_changed.emit()

    # --- problems ----------------------------------------------------------------------------
    def show_problems(self, problems: list[AnswerProblem]) -> None:
        """Each problem under its question, in the form's language; focus the first."""
        texts = _Texts(self.engine, self.language, bilingual=False)
        for row in self.rows.values():
            row.show_problem("")
        for problem in problems:
            row = self.rows.get(problem.field_id)
            if row is None:
                continue
            if problem.code == "constraint":
                message = texts.one(problem.message)
            else:
                key = {"required": "required", "not_a_number": "not_a_number",
                       "not_a_date": "not_a_date"}.get(problem.code, "not_possible")
                message = texts.one(texts.word(key))
            row.show_problem(message)
        if problems and problems[0].field_id in self.rows:
            first = self.rows[problems[0].field_id]
            self.ensureWidgetVisible(first)
            first.focus_input()
