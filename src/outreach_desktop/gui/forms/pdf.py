"""Forms as PDF: the bilingual consent sheet for signature, and any filled form.

The page is HTML laid out by ``QTextDocument`` and written by ``QPdfWriter``: Qt shapes
Arabic and Persian with HarfBuzz and embeds the fonts (subset, with a ToUnicode map so
the text can be searched and copied). The client's language stands on the right for
right-to-left languages, German beside it. Every text is escaped: a label or an answer
cannot add markup.

A PDF is not encrypted, so saving one warns first (like saving a copy of a document);
the bytes are made in memory in the GUI thread (fonts) and written on the worker.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from outreach_desktop.core.forms.definition import (
    FormDefinition,
    Texts,
    relevant_fields,
)

#: Forms that are signed on paper (the sheet gets signature lines).
SIGNED_FORMS = frozenset({"consent", "goal_agreement"})
BOX = "\u2610"  # ☐, ticked by hand on a blank sheet
LINE = "_" * 34


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


class _Columns:
    """The languages of the sheet: the client's first, German beside (once if German)."""

    def __init__(self, form: FormDefinition, engine: dict[str, Texts], language: str) -> None:
        self.form = form
        self.engine = engine
        self.languages = [language] if language == "de" else [language, "de"]

    def direction(self, language: str) -> str:
        return self.form.languages.get(language, "ltr")

    def cell(self, language: str, content: str, tag: str = "td", style: str = "") -> str:
        direction = self.direction(language)
        align = "right" if direction == "rtl" else "left"
        return (f'<{tag} dir="{direction}" align="{align}" width="50%" '
                f'style="padding: 4px 8px; {style}">{content}</{tag}>')

    def row(self, texts: Texts | None, style: str = "", tag: str = "td",
            make: Any = None) -> str:
        cells = []
        for language in self.languages:
            content = make(language) if make else _esc(texts.get(language, "") if texts
                                                      else "")
            cells.append(self.cell(language, content, tag, style))
        if self.direction(self.languages[0]) == "rtl":
            cells.reverse()  # the client's language on the right
        return f"<tr>{''.join(cells)}</tr>"

    def word(self, key: str, language: str) -> str:
        texts = self.engine.get(key, {})
        return texts.get(language) or texts.get("de", key)


def _answer_text(cols: _Columns, field: Any, value: Any, language: str) -> str:
    if value in (None, "", []):
        return f"<i>{_esc(cols.word('not_answered', language))}</i>"
    if field.type == "yes_no":
        return _esc(cols.word("yes" if value else "no", language))
    if field.type in ("single_choice", "multiple_choice"):
        chosen = value if isinstance(value, list) else [value]
        labels = [c.label.get(language, c.code) for c in field.choices if c.code in chosen]
        return "<br/>".join(_esc(label) for label in labels)
    if field.type == "date":
        try:
            return _esc(date.fromisoformat(value).strftime("%d.%m.%Y"))
        except (TypeError, ValueError):
            return _esc(str(value))
    return _esc(str(value))


def _blank_text(cols: _Columns, field: Any, language: str) -> str:
    """What a field looks like on a sheet to fill in by hand."""
    if field.type == "yes_no":
        return (f"{BOX} {_esc(cols.word('yes', language))} &nbsp;&nbsp; "
                f"{BOX} {_esc(cols.word('no', language))}")
    if field.type in ("single_choice", "multiple_choice"):
        return "<br/>".join(f"{BOX} {_esc(c.label.get(language, c.code))}"
                            for c in field.choices)
    lines = 3 if field.type == "long_text" else 1
    return "<br/>".join([LINE] * lines)


def form_html(form: FormDefinition, engine: dict[str, Texts], language: str,
              answers: dict[str, Any] | None, client_name: str, client_code: str) -> str:
    """The sheet as HTML. ``answers`` None gives a blank sheet to fill in by hand."""
    cols = _Columns(form, engine, language)
    shown = ({f.id for f in relevant_fields(form, answers)} if answers is not None
             else {f.id for f in form.fields})
    parts = ['<html><body style="font-size: 10pt;">',
             '<table width="100%" cellspacing="0">',
             cols.row(form.title, "font-size: 15pt; font-weight: bold;"),
             cols.row(None, make=lambda lang: (
                 f"{_esc(cols.word('name', lang))}: "
                 f"{_esc(client_name) if client_name else LINE} &nbsp; "
                 f"({_esc(cols.word('client_code', lang))}: {_esc(client_code)})")),
             "</table>"]
    for section in form.sections:
        fields = [f for f in section.fields if f.id in shown]
        if not fields:
            continue
        parts.append('<table width="100%" cellspacing="0" style="margin-top: 8px;">')
        parts.append(cols.row(section.title, "font-size: 12pt; font-weight: bold; "
                                             "border-bottom: 1px solid #888;"))
        for field in fields:
            parts.append(cols.row(field.label, "font-weight: bold;" if field.answers else ""))
            if not field.answers:
                continue
            if answers is None:
                parts.append(cols.row(None, make=lambda lang, f=field: _blank_text(
                    cols, f, lang)))
            else:
                value = answers.get(field.id)
                parts.append(cols.row(None, make=lambda lang, f=field, v=value: _answer_text(
                    cols, f, v, lang)))
        parts.append("</table>")
    if form.id in SIGNED_FORMS:
        parts.append('<table width="100%" cellspacing="0" style="margin-top: 28px;">')
        for key in ("place_date", "signature_client", "signature_caseworker"):
            parts.append(cols.row(None, make=lambda lang, k=key: (
                f"<br/><br/>{LINE}<br/>{_esc(cols.word(k, lang))}")))
        parts.append("</table>")
    parts.append('<p style="font-size: 8pt; color: #666;">'
                 + _esc(cols.word("form_version", "de").replace("%1", form.id)
                        .replace("%2", str(form.version)))
                 + "</p></body></html>")
    return "".join(parts)


def render_pdf(markup: str, title: str) -> bytes:
    """A4 PDF bytes of the HTML (GUI thread: fonts are resolved here)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Outreach Desktop")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # points measured at the PDF's dpi
    document.setDocumentMargin(0)
    document.setHtml(markup)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.size()))
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


class PdfExport(QObject):
    """Warn (a PDF is not encrypted), ask where, render, write on the worker. Holds
    ``warning``, ``file_dialog`` and ``done_box`` while they are open."""

    def __init__(self, parent: QWidget, form: FormDefinition, engine: dict[str, Texts],
                 language: str, answers: dict[str, Any] | None, client_name: str,
                 client_code: str) -> None:
        super().__init__(parent)
        self.widget = parent
        self.form, self.engine, self.language = form, engine, language
        self.answers, self.client_name, self.client_code = answers, client_name, client_code
        self.warning: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self.done_box: QMessageBox | None = None

    def start(self) -> QMessageBox:
        self.warning = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Save as PDF"),
            self.tr("The PDF is not encrypted: anyone who gets the file can read it. Save it "
                    "only where it is protected, print it, and delete it afterwards."),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, self.widget)
        self.warning.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.warning.finished.connect(self._on_warning_answered)
        self.warning.open()
        return self.warning

    def _on_warning_answered(self, answer: int) -> None:
        self.warning = None
        if answer != QMessageBox.StandardButton.Save:
            return
        #: Suggested file name of a saved form: form id, client code.
        name = self.tr("%1-%2.pdf").replace("%1", self.form.id).replace(
            "%2", self.client_code)
        self.file_dialog = QFileDialog(self.widget, self.tr("Save as PDF"), name,
                                       self.tr("PDF files (*.pdf)"))
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.setDefaultSuffix("pdf")
        self.file_dialog.fileSelected.connect(self.save_to)
        self.file_dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        self.file_dialog.open()

    def save_to(self, path: str) -> None:
        from outreach_desktop.core.fileio import atomic_write  # owner-only, like the app's files
        from outreach_desktop.gui.worker import BackgroundOp

        if not path:
            return
        title = self.form.title.get(self.language) or self.form.title["de"]
        content = render_pdf(form_html(self.form, self.engine, self.language, self.answers,
                                       self.client_name, self.client_code), title)
        BackgroundOp(self.widget, lambda: atomic_write(Path(path), content)).success(
            lambda _r: self._saved(path)).run()

    def _saved(self, path: str) -> None:
        from outreach_desktop.gui.text import ltr_isolated

        self.done_box = QMessageBox(QMessageBox.Icon.Information, self.tr("Save as PDF"),
                                    self.tr("Saved: %1").replace("%1", ltr_isolated(path)),
                                    QMessageBox.StandardButton.Ok, self.widget)
        self.done_box.setTextFormat(Qt.TextFormat.PlainText)
        self.done_box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.done_box.open()
