"""The export's dialogs: a progress dialog with Cancel, and a confirmation with
"Open" and "Show in folder". Neither blocks: both are shown with `open()`/`show()`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

SHOW_AFTER_MS = 400  # a quick export finishes before its progress dialog would appear


class ExportProgress(QProgressDialog):
    """Pages written so far, with Cancel; appears only when an export takes a while."""

    def __init__(self, parent: QWidget, name: str, problems: int) -> None:
        super().__init__(f"Exporting {name}…", "Cancel", 0, max(problems, 1), parent)
        self.setWindowTitle("Export PDF")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_AFTER_MS)  # Qt shows it then, unless finished first
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setValue(0)

    def show_pages(self, done: int, total: int) -> None:
        self.setMaximum(max(total, 1))
        self.setValue(min(done, total))
        self.setLabelText(f"{self.labelText().split(':')[0]}: page {done} of {total}")

    def finish(self) -> None:
        self.blockSignals(True)  # closing must not read as Cancel
        self.reset()
        self.hide()
        self.deleteLater()


class ExportDone(QMessageBox):
    """'Exported N pages to …' with Open, Show in folder and Close."""

    def __init__(self, parent: QWidget, path: Path, pages: int,
                 opener: Callable[[QUrl], Any]) -> None:
        super().__init__(QMessageBox.Icon.Information, "Export PDF",
                         f"Exported {pages} page{'s' if pages != 1 else ''} to {path.name}.",
                         QMessageBox.StandardButton.Close, parent)
        self.setInformativeText(str(path.parent))
        self.path = path
        self.opener = opener
        self.open_button: QPushButton = self.addButton("Open", QMessageBox.ButtonRole.AcceptRole)
        self.folder_button: QPushButton = self.addButton(
            "Show in folder", QMessageBox.ButtonRole.ActionRole
        )
        self.setDefaultButton(self.open_button)
        self.open_button.clicked.connect(lambda: self.opener(QUrl.fromLocalFile(str(path))))
        self.folder_button.clicked.connect(
            lambda: self.opener(QUrl.fromLocalFile(str(path.parent)))
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
