"""Documents live inside the encrypted vault: added from a file, viewed in the app, and
never written to a temp folder; a copy outside is saved only after a warning."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from record_helpers import TIMEOUT_MS, add_client, record_of, workspace  # noqa: F401

from outreach_desktop.gui.record.record_view import ClientRecordView

MARKER = b"MARKER-Kalk-4711-letter-from-the-Auslaenderamt"
CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every temp-folder lookup (Python's and Qt's) at an empty folder we can watch."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


def _files_holding(folder: Path, needle: bytes) -> list[Path]:
    found = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            try:
                if needle in path.read_bytes():
                    found.append(path)
            except OSError:
                pass
    return found


def _add_through_the_dialog(qtbot, view: ClientRecordView, path: Path) -> None:
    view.tabs.setCurrentWidget(view.documents)
    qtbot.mouseClick(view.documents.add_button, CLICK)
    dialog = view.documents.file_dialog
    assert dialog is not None
    with qtbot.waitSignal(view.record_loaded, timeout=TIMEOUT_MS):
        dialog.selectFile(str(path))
        dialog.accept()


def _open_row(qtbot, view: ClientRecordView, row: int):
    view.documents.table.selectRow(row)
    qtbot.mouseClick(view.documents.open_button, CLICK)
    qtbot.waitUntil(lambda: view.documents.viewer is not None, timeout=TIMEOUT_MS)
    return view.documents.viewer


def test_text_and_image_are_stored_and_shown_without_a_temp_file(
        qtbot, workspace, tmp_path, private_temp) -> None:  # noqa: F811
    client_id = add_client(workspace)
    sources = tmp_path / "sources"
    sources.mkdir()
    letter = sources / "letter.txt"
    letter.write_bytes(MARKER + b"\nBitte vorsprechen.")
    photo = sources / "photo.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 120, 200))
    assert image.save(str(photo))
    system_temp_before = set(Path("/tmp").iterdir())

    view = ClientRecordView(workspace)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.record_loaded, timeout=TIMEOUT_MS):
        view.show_client(client_id)
    _add_through_the_dialog(qtbot, view, letter)
    _add_through_the_dialog(qtbot, view, photo)
    stored = {a[1]: a for a in record_of(workspace, client_id).attachments}
    assert stored["letter.txt"][2] == "text/plain"
    assert stored["photo.png"][2:] == ("image/png", photo.stat().st_size)

    rows = [row[0] for row in view.documents.model.rows]
    viewer = _open_row(qtbot, view, rows.index("letter.txt"))
    assert viewer.text_view.toPlainText().startswith(MARKER.decode())
    assert viewer.save_copy_button.isHidden()
    viewer.close()
    viewer = _open_row(qtbot, view, rows.index("photo.png"))
    assert viewer.image_label.pixmap().size().toTuple() == (40, 30)
    viewer.close()

    assert list(private_temp.iterdir()) == []
    new_in_system_temp = set(Path("/tmp").iterdir()) - system_temp_before
    assert [p for p in new_in_system_temp if _files_holding(p, MARKER)] == []


def test_other_types_are_saved_as_a_copy_only_after_a_warning(
        qtbot, workspace, tmp_path, private_temp) -> None:  # noqa: F811
    client_id = add_client(workspace)
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 " + MARKER)
    view = ClientRecordView(workspace)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.record_loaded, timeout=TIMEOUT_MS):
        view.show_client(client_id)
    _add_through_the_dialog(qtbot, view, source)
    viewer = _open_row(qtbot, view, 0)
    assert viewer.text_view is None and viewer.image_label is None
    assert not viewer.save_copy_button.isHidden()

    qtbot.mouseClick(viewer.save_copy_button, CLICK)
    assert "not be encrypted" in viewer.warning_box.text()
    viewer.warning_box.done(QMessageBox.StandardButton.Cancel)
    assert viewer.save_dialog is None

    qtbot.mouseClick(viewer.save_copy_button, CLICK)
    viewer.warning_box.done(QMessageBox.StandardButton.Save)
    target = tmp_path / "copy.pdf"
    viewer.save_dialog.selectFile(str(target))
    viewer.save_dialog.accept()
    qtbot.waitUntil(target.exists, timeout=TIMEOUT_MS)
    assert target.read_bytes() == source.read_bytes()
    assert list(private_temp.iterdir()) == []
