"""Forms in the client record: each shipped form filled in Arabic through the widgets,
drafts saved as you type and kept on their version, the client-facing mode, PDFs."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from typing import Any

import pytest
from gui_helpers import PASSPHRASE
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from record_helpers import TIMEOUT_MS, add_client, workspace  # noqa: F401

from form_answers import complete_answers
from outreach_desktop.core.forms.definition import FormLibrary, load_engine_texts, parse_form
from outreach_desktop.core.storage.models import Consent, FormResponse
from outreach_desktop.gui.forms.fill_window import FormFillWindow
from outreach_desktop.gui.forms.form_view import FormView, parse_number
from outreach_desktop.gui.forms.pdf import form_html, render_pdf
from outreach_desktop.gui.record.record_view import ClientRecordView
from outreach_desktop.gui.record.widgets import DateField

CLICK = Qt.MouseButton.LeftButton
SHIPPED = ("consent", "intake", "assessment", "goal_agreement", "closure")
ARABIC_ANSWER = "أحتاج مساعدة في رسالة من مركز العمل"


def _open_record(qtbot, workspace, client_id: str) -> ClientRecordView:  # noqa: F811
    view = ClientRecordView(workspace)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.record_loaded, timeout=TIMEOUT_MS):
        view.show_client(client_id)
    qtbot.waitUntil(lambda: view.forms.bundle is not None, timeout=TIMEOUT_MS)
    view.tabs.setCurrentWidget(view.forms)
    return view


def _start(qtbot, view: ClientRecordView, form_id: str) -> FormFillWindow:
    qtbot.mouseClick(view.forms.start_button, CLICK)
    dialog = view.forms.start_dialog
    assert dialog is not None
    dialog.form_box.setCurrentIndex(dialog.form_box.findData(form_id))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: view.forms.fill_window is not None, timeout=TIMEOUT_MS)
    return view.forms.fill_window  # a child of the view: closed with it


def _fill(qtbot, form_view: FormView, answers: dict[str, Any]) -> None:
    """Answer as a user would: type into text fields, click buttons; in form order, so
    questions that appear on an answer are there when reached."""
    for field in form_view.form.fields:
        if field.id not in answers:
            continue
        row = form_view.rows[field.id]
        assert not row.isHidden(), field.id
        value = answers[field.id]
        widget = row.input
        if isinstance(widget, DateField):
            widget.setFocus()
            qtbot.keyClicks(widget, value)  # ISO dates are accepted in every locale
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QLineEdit):
            widget.clear()
            if str(value).isascii():
                qtbot.keyClicks(widget, str(value))
            else:  # QTest types Latin keys only; an input method inserts text like this
                widget.insert(str(value))
        else:
            wanted = value if isinstance(value, list) else [value]
            for button in row.buttons:
                if button.property("code") in wanted:
                    form_view.ensureWidgetVisible(button)
                    QApplication.processEvents()  # a question just shown gets laid out
                    _click_box(qtbot, button)


def _click_box(qtbot, button) -> None:
    """Click a radio button or check box on its box (at the start edge: right in RTL)."""
    x = button.width() - 10 if button.isRightToLeft() else 10
    qtbot.mouseClick(button, CLICK, pos=QPoint(x, button.height() // 2))


def _stored(workspace, response_id: str) -> FormResponse:  # noqa: F811
    with workspace.repository.read() as session:
        return session.get(FormResponse, response_id)


@pytest.mark.parametrize("form_id", SHIPPED)
def test_each_shipped_form_is_filled_in_arabic_and_stored(
        qtbot, workspace, form_id) -> None:  # noqa: F811
    client_id = add_client(workspace, "رانيا", "حداد", languages=["ar", "de"])
    view = _open_record(qtbot, workspace, client_id)
    window = _start(qtbot, view, form_id)
    assert window.current_language() == "ar"  # the client's language, by default
    form_view = window.view
    assert form_view.widget().layoutDirection() == Qt.LayoutDirection.RightToLeft
    first = next(f for f in window.form.fields if f.answers)
    row = form_view.rows[first.id]
    assert row.label.text().startswith(first.label["ar"])
    assert row.german_label.text().startswith(first.label["de"])  # German beside it

    expected = complete_answers(window.form, text=ARABIC_ANSWER)
    _fill(qtbot, form_view, expected)
    assert form_view.answers() == expected
    with qtbot.waitSignal(window.finished_form, timeout=TIMEOUT_MS):
        qtbot.mouseClick(window.finish_button, CLICK)
    stored = _stored(workspace, window.response.id)
    assert (stored.form_id, stored.form_version, stored.language, stored.status) == (
        form_id, 1, "ar", "final")
    assert stored.answers == expected
    if form_id == "consent":
        with workspace.repository.read() as session:
            [consent] = session.query(Consent).all()
            assert consent.language == "ar"
            assert consent.scope == ["processing", "special_categories", "referral_talks"]


def test_finish_with_missing_answers_marks_them_and_keeps_the_draft(
        qtbot, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace, languages=["tr"])
    view = _open_record(qtbot, workspace, client_id)
    window = _start(qtbot, view, "intake")
    assert window.current_language() == "tr"
    qtbot.keyClicks(window.view.rows["age"].input, "7")
    qtbot.mouseClick(window.finish_button, CLICK)
    engine = load_engine_texts()
    met_on = window.view.rows["met_on"]
    assert met_on.problem.text() == engine["required"]["tr"]
    age_message = window.form.field("age").constraints[0].message["tr"]
    assert window.view.rows["age"].problem.text() == age_message
    assert QApplication.focusWidget() is met_on.input
    qtbot.waitUntil(window.is_saved, timeout=TIMEOUT_MS)
    assert _stored(workspace, window.response.id).status == "draft"


def test_draft_saves_as_you_type_and_reopens_on_its_version(
        qtbot, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace, languages=["fa"])
    view = _open_record(qtbot, workspace, client_id)
    window = _start(qtbot, view, "intake")
    window.view.rows["other_languages"].input.insert("دری، پشتو")  # as an input method does
    qtbot.waitUntil(lambda: _stored(workspace, window.response.id).answers.get(
        "other_languages") == "دری، پشتو", timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: "Draft saved" in window.status_label.text(), timeout=TIMEOUT_MS)
    # Switch the form to German only, then close and open it again from the list.
    window.language_box.setCurrentIndex(window.language_box.findData("de"))
    window.bilingual_box.setChecked(False)
    assert window.view.widget().layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.close()
    qtbot.waitUntil(lambda: _stored(workspace, window.response.id).language == "de",
                    timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: len(view.forms.model.rows) == 1, timeout=TIMEOUT_MS)
    view.forms.table.selectRow(0)
    qtbot.mouseClick(view.forms.open_button, CLICK)
    qtbot.waitUntil(lambda: view.forms.fill_window is not None, timeout=TIMEOUT_MS)
    again = view.forms.fill_window
    assert again.current_language() == "de"
    assert again.view.rows["other_languages"].input.text() == "دری، پشتو"
    assert again.form.version == 1


def test_client_mode_hides_everything_and_needs_the_passphrase_to_leave(
        qtbot, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace, languages=["ar"])
    view = _open_record(qtbot, workspace, client_id)
    window = _start(qtbot, view, "consent")
    client = window.open_client_mode()
    assert client is not None
    qtbot.waitUntil(client.isVisible)
    assert client.isFullScreen()
    assert not view.isVisible() and not window.isVisible()
    assert client.view.rows["consent_basic"].german_label.isHidden()  # only their language
    font = client.view.widget().font().pointSizeF()
    assert font >= QApplication.font().pointSizeF() * 1.5  # large text
    assert client.done_button.text() == load_engine_texts()["done"]["ar"]

    _click_box(qtbot, client.view.rows["consent_basic"].buttons[0])  # yes
    qtbot.waitUntil(lambda: _stored(workspace, window.response.id).answers.get(
        "consent_basic") is True, timeout=TIMEOUT_MS)

    client.close()  # the window button / Alt+F4: only the passphrase page opens
    assert client.isVisible()
    assert client.stack.currentWidget() is client.leave_page
    qtbot.keyClicks(client.passphrase_field.line_edit, "not the passphrase")
    qtbot.keyClick(client.passphrase_field.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not correct" in client.leave_error.text(), timeout=TIMEOUT_MS)
    assert client.isVisible() and not view.isVisible()
    qtbot.waitUntil(client.leave_button.isEnabled, timeout=TIMEOUT_MS)
    qtbot.keyClicks(client.passphrase_field.line_edit, PASSPHRASE)
    with qtbot.waitSignal(client.left, timeout=TIMEOUT_MS):
        qtbot.keyClick(client.passphrase_field.line_edit, Qt.Key.Key_Return)
    assert window.client_window is None
    assert view.isVisible() and window.isVisible()
    assert window.view.answers()["consent_basic"] is True


def test_client_typing_is_saved_when_the_app_locks_in_client_view(
        qtbot, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace, languages=["ru"])
    view = _open_record(qtbot, workspace, client_id)
    window = _start(qtbot, view, "intake")
    client = window.open_client_mode()
    client.view.rows["other_languages"].input.insert("русский")
    assert window.save_timer.isActive()  # not saved yet: the save waits for a pause
    response_id = window.response.id
    # The auto-lock hides every window, then deletes the main window and all in it.
    client.hide()
    window.deleteLater()  # the pending save timer goes with it
    qtbot.waitUntil(lambda: _stored(workspace, response_id).answers.get(
        "other_languages") == "русский", timeout=TIMEOUT_MS)


def test_client_done_checks_answers_in_their_language(qtbot, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace, languages=["uk"])
    view = _open_record(qtbot, workspace, client_id)
    window = _start(qtbot, view, "consent")
    client = window.open_client_mode()
    qtbot.mouseClick(client.done_button, CLICK)
    engine = load_engine_texts()
    assert client.incomplete_label.text() == engine["incomplete"]["uk"]
    assert client.view.rows["consent_basic"].problem.text() == engine["required"]["uk"]
    _click_box(qtbot, client.view.rows["consent_basic"].buttons[1])  # no
    qtbot.mouseClick(client.done_button, CLICK)
    assert client.stack.currentWidget() is client.thanks_page
    assert client.thanks_label.text() == engine["thanks"]["uk"]
    client._may_close = True  # the test ends here; leaving is tested above
    client.close()


def test_consent_pdf_has_both_languages_shaped_and_searchable(qapp, tmp_path) -> None:
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "poppler-utils (pdftotext) is installed by tools/setup"
    library, engine = FormLibrary.load(), load_engine_texts()
    form = library.latest("consent")
    markup = form_html(form, engine, "ar", None, "رانيا حداد", "K-2026-0042")
    path = tmp_path / "consent.pdf"
    path.write_bytes(render_pdf(markup, form.title["ar"]))
    raw = subprocess.run([pdftotext, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", raw).split())
    for expected in (form.title["de"], form.title["ar"], "رانيا حداد", "K-2026-0042",
                     engine["signature_client"]["de"]):
        assert " ".join(expected.split()) in text, expected
    # Arabic around "/" or brackets comes out in visual runs, and vowel marks may come
    # before or after their letter: look for its words, marks aside.
    def plain(value: str) -> str:
        value = re.sub("\\s+([\u064b-\u065f\u0670])", r"\1", value)  # "ي ًا" -> "يًا"
        return "".join(ch for ch in value if not ("\u064b" <= ch <= "\u065f"
                                                 or ch == "\u0670"))

    text = plain(text)
    words = set(text.replace("\u202b", " ").replace("\u202c", " ").replace("/", " ").split())
    for expected in (engine["signature_client"]["ar"], form.field("consent_basic").label["ar"],
                     form.field("withdrawal_text").label["ar"]):
        missing = [w for w in plain(expected).replace("/", " ").split()
                   if w.strip(".,،()؛:") and w.strip(".,،()؛:") not in
                   {x.strip(".,،()؛:") for x in words}]
        assert not missing, (expected, missing)
    # German sentences of the consent come through whole (not one glyph per line).
    assert "Sie können Ihre Einwilligung jederzeit ohne Angabe von Gründen widerrufen" in text
    # Shaped: the PDF holds Arabic presentation forms (joined letters), not bare letters.
    assert any("\ufe70" <= ch <= "\ufefc" for ch in raw)


def test_filled_form_pdf_shows_answers_in_both_languages(qapp, tmp_path) -> None:
    library, engine = FormLibrary.load(), load_engine_texts()
    form = library.latest("closure")
    answers = complete_answers(form, text="Übergabe an die Jugendhilfe")
    answers["reason"] = "moved_away"
    markup = form_html(form, engine, "fa", answers, "", "K-7")
    path = tmp_path / "closure.pdf"
    path.write_bytes(render_pdf(markup, "x"))
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", raw).split())
    reason = form.field("reason")
    moved = next(c for c in reason.choices if c.code == "moved_away")
    assert moved.label["de"] in text
    assert " ".join(moved.label["fa"].split()) in text
    assert "20.11.2026" in text


def test_labels_cannot_inject_markup_into_the_pdf(qapp) -> None:
    form = parse_form(_one_field_form("<b>bold</b> & <script>x</script>"))
    markup = form_html(form, load_engine_texts(), "de", {"q": "<i>answer</i>"}, "", "K")
    assert "<script>" not in markup and "&lt;script&gt;" in markup
    assert "&lt;i&gt;answer&lt;/i&gt;" in markup


def _one_field_form(label: str, languages=("de",)) -> str:
    import json

    texts = {lang: label for lang in languages}
    return json.dumps({"format": 1, "id": "t", "version": 1,
                       "languages": {lang: "rtl" if lang in ("ar", "fa") else "ltr"
                                     for lang in languages},
                       "title": texts, "sections": [{"id": "s", "title": texts, "fields": [
                           {"id": "q", "type": "text", "label": texts}]}]})


def test_mixed_direction_and_long_labels_display_as_written(qtbot) -> None:
    sentence = "Frau رانيا حداد hat am 3. März unterschrieben."
    form = parse_form(_one_field_form(sentence, ("de", "ar")))
    view = FormView(form, load_engine_texts(), "ar", bilingual=True)
    qtbot.addWidget(view)
    view.show()
    assert view.rows["q"].label.text() == sentence
    assert view.rows["q"].german_label.text() == sentence
    long_label = "Sehr lange Frage " * 117  # 1,989 characters: allowed, and wrapped
    form = parse_form(_one_field_form(long_label.strip()))
    view = FormView(form, load_engine_texts(), "de")
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    label = view.rows["q"].label
    assert label.wordWrap() and label.text() == long_label.strip()
    assert label.width() <= 600


def test_numbers_typed_with_arabic_or_persian_digits() -> None:
    assert parse_number("٢٥") == 25
    assert parse_number("۲۰۱۹") == 2019
    assert parse_number("2,5") == 2.5
    assert parse_number("zwanzig") == "zwanzig"
    assert parse_number("nan") == "nan"
    assert parse_number("  ") is None


def test_language_switch_retranslates_an_open_form_window(qtbot, workspace) -> None:  # noqa: F811
    from outreach_desktop.i18n import LanguageManager

    client_id = add_client(workspace, languages=["ru"])
    view = _open_record(qtbot, workspace, client_id)
    window = _start(qtbot, view, "goal_agreement")
    assert window.finish_button.text() == "&Finish form"
    manager = LanguageManager(QApplication.instance())
    try:
        manager.install("de")
        qtbot.waitUntil(lambda: window.finish_button.text() != "&Finish form")
        assert "Formular" in window.finish_button.text() or "abschließen" in \
            window.finish_button.text()
        assert view.tabs.tabText(6) == "Formulare"
        # The form itself stays in the client's language.
        assert window.current_language() == "ru"
    finally:
        manager.install("en")
    qtbot.waitUntil(lambda: window.finish_button.text() == "&Finish form")


def test_form_answers_reach_no_file_in_clear(qtbot, workspace, data_dir, tmp_path,  # noqa: F811
                                            monkeypatch) -> None:
    import tempfile

    from privacy_markers import MARKERS, marker_hits

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("TMPDIR", str(temp))
    client_id = add_client(workspace, languages=["ar"])
    view = _open_record(qtbot, workspace, client_id)
    window = _start(qtbot, view, "intake")
    window.view.rows["urgent"].input.setPlainText(f"{MARKERS[0]} {MARKERS[1]}")
    client = window.open_client_mode()
    client.view.rows["other_languages"].input.insert(MARKERS[1])
    qtbot.waitUntil(lambda: _stored(workspace, window.response.id).answers.get(
        "other_languages") == MARKERS[1], timeout=TIMEOUT_MS)
    client._may_close = True
    client.hide()
    client.left.emit()
    response_id = window.response.id
    window.close()  # saves what is left
    qtbot.waitUntil(lambda: MARKERS[0] in _stored(workspace, response_id).answers.get(
        "urgent", ""), timeout=TIMEOUT_MS)
    assert marker_hits(data_dir, temp) == []
