"""What the record dialogs have in common: busy state while the worker saves, and a
question before Escape throws away what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget


class RecordDialog(QDialog):
    """A dialog opened with ``open()``; ``is_dirty()`` says whether anything was typed.

    ``reject()`` (Escape, Cancel, the close button) asks first if something was typed.
    ``done()`` is left alone, so auto-lock still closes the dialog without a question.
    ``discard_box`` is the open question, if any (tests answer it).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button_box = QDialogButtonBox(self)
        self.discard_box: QMessageBox | None = None
        self._busy = False

    def is_dirty(self) -> bool:
        return False

    def fit_paragraphs(self, labels: list[QLabel], chars: int = 60) -> None:
        """Give word-wrapped paragraphs the height they need: a top-level layout does not
        ask a wrapped label for its height at the width it really gets (a German or
        Arabic paragraph was clipped). The width is counted in characters of the font,
        so it grows with 200 % scaling."""
        width = self.fontMetrics().averageCharWidth() * chars
        margins = self.layout().contentsMargins()
        self.setMinimumWidth(width + margins.left() + margins.right())
        for label in labels:
            label.setMinimumHeight(label.heightForWidth(width))
        self.layout().activate()
        self.adjustSize()

    def set_busy(self, busy: bool) -> None:
        """Called by ``BackgroundOp`` around a save: no second save meanwhile."""
        self._busy = busy
        self.button_box.setEnabled(not busy)

    def reject(self) -> None:
        if self._busy:
            return
        if not self.is_dirty():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("Discard what you typed?"),
                          QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.finished.connect(self._discard_answered)
        self.discard_box = box
        box.open()

    def _discard_answered(self, answer: int) -> None:
        self.discard_box = None
        if answer == QMessageBox.StandardButton.Discard:
            QDialog.reject(self)


def show_record_error(parent: QWidget, exc: BaseException) -> QMessageBox:
    """A non-blocking box saying what went wrong, in the words of ``texts.describe``."""
    from PySide6.QtCore import Qt

    from outreach_desktop.gui.record.texts import describe

    box = QMessageBox(QMessageBox.Icon.Warning, parent.window().windowTitle(), describe(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
