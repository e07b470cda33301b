"""Model manager: the catalogue, downloads with progress and cancel, the user's own GGUFs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tutor.reasoning.events import CancelToken
from tutor.ui.jobs import Job, JobRunner


def download_failure(exc: BaseException) -> str:
    """A failed download in words: DownloadError already says it; anything else is named
    by what it means (a folder that cannot be written), never by an error number."""
    from tutor.reasoning.download import DownloadError

    if isinstance(exc, DownloadError):
        return str(exc)
    if isinstance(exc, PermissionError):
        return f"The model could not be saved: no permission to write {exc.filename or ''}."
    if isinstance(exc, OSError):
        return f"The model could not be saved: {exc.strerror or 'the disk refused it'}."
    return f"The download failed: {exc}"


def _size(n: int | None) -> str:
    return f"{n / 2**30:.1f} GB" if n else "size unknown"


class ModelManagerPage(QWidget):
    model_selected = Signal(str)  # path of a GGUF to use

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._download: Job | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Models</b> — downloads need a network; everything else "
                                "works offline."))
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list, 1)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.download_button = QPushButton("Download")
        self.cancel_button = QPushButton("Cancel download")
        self.add_button = QPushButton("Add local GGUF…")
        self.remove_button = QPushButton("Remove")
        self.use_button = QPushButton("Use this model")
        for button, slot in (
            (self.download_button, self._start_download), (self.cancel_button,
            self.cancel_download), (self.add_button, self._add_local),
            (self.remove_button, self._remove), (self.use_button, self._use),
        ):
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        self.reload()

    # --- listing ---------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.list.currentRow()
        self.list.clear()
        try:
            from tutor.reasoning.catalogue import catalogue_rows, list_local_models, load_catalogue

            entries = {e.name: e for e in load_catalogue()}
            rows = catalogue_rows()
            local = list_local_models()
        except Exception as exc:  # noqa: BLE001 - a broken catalogue must not break settings
            self.message.setText(f"The model catalogue is unavailable: {exc}")
            rows, local, entries = [], [], {}
        for row in rows:
            entry = entries[row["name"]]
            mark = "✓ downloaded" if row["downloaded"] else _size(row["size_bytes"])
            rec = " · recommended" if row["recommended"] else ""
            fits = "" if row["fits"] else " · needs more RAM"
            self._add_item(f"{row['title']}  ({mark}{rec}{fits})",
                           {"kind": "catalogue", "entry": entry, "path": str(entry.local_path),
                            "present": row["downloaded"]})
        for model in local:
            present = Path(model["path"]).exists()
            note = "local file" if present else "local file, missing"
            self._add_item(f"{model.get('name', 'model')}  ({note})",
                           {"kind": "local", "path": model["path"], "present": present})
        if 0 <= selected < self.list.count():
            self.list.setCurrentRow(selected)  # keep the selection across a refresh
        self._update_buttons()

    def _add_item(self, text: str, data: dict[str, Any]) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        self.list.addItem(item)

    def _current(self) -> dict[str, Any] | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        data = self._current()
        busy = self._download is not None and not self._download.done
        self.download_button.setEnabled(
            bool(data and data["kind"] == "catalogue" and not data["present"]) and not busy
        )
        self.cancel_button.setEnabled(busy)
        self.remove_button.setEnabled(bool(data and (data["present"] or data["kind"] == "local")))
        self.use_button.setEnabled(bool(data and data["present"]))

    # --- actions ---------------------------------------------------------------------
    def _start_download(self) -> None:
        data = self._current()
        if not data or data["kind"] != "catalogue":
            return
        entry = data["entry"]

        def fetch(report: Any, cancel: CancelToken) -> Path:
            from tutor.reasoning.download import download, resolve_url

            url = resolve_url(entry.repo, entry.file, entry.revision)
            return download(url, entry.local_path, sha256=entry.sha256, cancel=cancel,
                            progress=lambda done, total: report((done, total)))

        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.message.setText(f"Downloading {entry.title}…")
        self._download = self.runner.start(
            fetch, on_progress=self._on_progress,
            on_result=lambda path: self.message.setText(f"Downloaded to {path}"),
            on_error=lambda exc: self.message.setText(download_failure(exc)),
            on_finished=self._on_download_end,
        )
        self._update_buttons()

    def _on_progress(self, items: list[tuple[int, int | None]]) -> None:
        done, total = items[-1]
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))
        else:
            self.progress.setRange(0, 0)

    def _on_download_end(self) -> None:
        self.progress.setVisible(False)
        self._download = None
        self.reload()

    def cancel_download(self) -> None:
        if self._download is not None:
            self._download.cancel()

    def _add_local(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Add a GGUF model", "", "GGUF (*.gguf)")
        if path:
            self.add_local_path(path)

    def add_local_path(self, path: str) -> bool:
        try:
            from tutor.reasoning.catalogue import add_local_model

            entry = add_local_model(path)
        except Exception as exc:  # noqa: BLE001 - GGUFError, OSError: shown, not raised
            self.message.setText(f"{Path(path).name}: not a usable model ({exc})")
            return False
        self.message.setText(f"Added {entry['name']}.")
        self.reload()
        return True

    def _remove(self) -> None:
        data = self._current()
        if not data:
            return
        from tutor.reasoning.catalogue import remove_local_model

        if data["kind"] == "catalogue":
            Path(data["path"]).unlink(missing_ok=True)  # a download we made: delete it
            self.message.setText("Removed the downloaded file.")
        else:  # the user's own file: forget it, never delete it
            remove_local_model(data["path"])
            self.message.setText("Removed from the list (the file itself is kept).")
        self.reload()

    def _use(self) -> None:
        data = self._current()
        if data and data["present"]:
            self.model_selected.emit(data["path"])
