"""Building blocks shared by the setup, unlock and change-passphrase screens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

# Bar colours by strength; the text beside the bar says the same, so colour is never
# the only cue. Dark enough for white text, light enough to tell from the empty groove.
_STRENGTH_COLOURS = ("#b3261e", "#b3261e", "#a05a00", "#2e7d32", "#1b5e20")
ERROR_STYLE = "color: #b3261e;"  # on a light window
ERROR_STYLE_DARK = "color: #ff8a80;"  # the same red, lightened for a dark theme


def error_style(widget: QWidget) -> str:
    """The error text colour readable on this widget's window colour (light or dark)."""
    return ERROR_STYLE_DARK if widget.palette().window().color().lightness() < 128 \
        else ERROR_STYLE


class PassphraseField(QWidget):
    """A password-mode line edit with a "Show" toggle beside it.

    Password echo mode also turns off input-method prediction and copying out.
    """

    textChanged = Signal(str)
    returnPressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_button = QToolButton(self)
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._on_show_toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.show_button)
        self.setFocusProxy(self.line_edit)
        self.line_edit.textChanged.connect(self.textChanged)
        self.line_edit.returnPressed.connect(self.returnPressed)
        self.retranslate()

    def text(self) -> str:
        return self.line_edit.text()

    def clear(self) -> None:
        self.line_edit.clear()
        self.show_button.setChecked(False)

    def set_accessible_name(self, name: str) -> None:
        self.line_edit.setAccessibleName(name)

    def _on_show_toggled(self, shown: bool) -> None:
        self.line_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                   else QLineEdit.EchoMode.Password)
        self.retranslate()

    def retranslate(self) -> None:
        shown = self.show_button.isChecked()
        if shown:
            #: Toggle beside a passphrase field: hide the typed characters again.
            self.show_button.setText(self.tr("Hide"))
        else:
            #: Toggle beside a passphrase field: show the typed characters.
            self.show_button.setText(self.tr("Show"))
        self.show_button.setAccessibleName(
            self.tr("Hide passphrase") if shown else self.tr("Show passphrase"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class StrengthMeter(QWidget):
    """A bar and a word (weak / fair / good / strong) for zxcvbn's estimate.

    ``core.passphrase_policy`` (and zxcvbn with it) is imported on the first keystroke,
    not at start; the estimate itself takes a few milliseconds.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self._passphrase = ""
        self.acceptable = False
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        self._passphrase = passphrase
        if not passphrase:
            self.acceptable = False
            self.bar.setValue(0)
            self.label.setText("")
            self._describe_bar("")
            return
        from outreach_desktop.core.passphrase_policy import MIN_LENGTH, estimate

        strength = estimate(passphrase)
        self.acceptable = strength.acceptable
        self.bar.setValue(max(1, strength.score))
        self.bar.setStyleSheet(
            f"QProgressBar::chunk {{ background-color: {_STRENGTH_COLOURS[strength.score]}; }}")
        if not strength.length_ok:
            text = self.tr("Too short: use at least %n characters.", None, MIN_LENGTH)
        else:
            text = self._strength_word(strength.score)
        self.label.setText(text)
        self._describe_bar(text)

    def _strength_word(self, score: int) -> str:
        if score <= 1:
            #: Passphrase strength. Too weak to be accepted.
            return self.tr("Strength: weak. Add more words.")
        if score == 2:
            return self.tr("Strength: fair")
        if score == 3:
            return self.tr("Strength: good")
        return self.tr("Strength: strong")

    def _describe_bar(self, text: str) -> None:
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.bar.setAccessibleDescription(text)

    def retranslate(self) -> None:
        self.update_for(self._passphrase)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def error_label(parent: QWidget) -> QLabel:
    """A word-wrapped, initially hidden label for a message shown at a field."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(error_style(parent))
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    label.setAccessibleName(text)
