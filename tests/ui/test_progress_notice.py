"""A damaged progress file: the window opens anyway and says what happened."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.read_only import as_ordinary_user, read_only_progress
from tutor.ui.application import create_window


def test_damaged_progress_file_is_reported(home: Path, qtbot) -> None:  # noqa: ANN001
    db = home / "data" / "progress.sqlite3"
    db.parent.mkdir(parents=True, exist_ok=True)
    garbage = b"not sqlite at all" * 100
    db.write_bytes(garbage)
    window = create_window(QApplication.instance())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    try:
        window.show()
        box = window.findChild(QMessageBox)
        assert box is not None
        qtbot.waitUntil(box.isVisible, timeout=5000)  # shown, without blocking the app
        assert "damaged" in box.text() and "progress.corrupt-" in box.text()
        assert "damaged" in window.statusBar().currentMessage()
        backups = list(db.parent.glob("progress.corrupt-*"))
        assert len(backups) == 1 and backups[0].read_bytes() == garbage
        window.sets.progress.record("s", "p1", "solved", "1")  # a fresh, working file
        assert window.sets.progress.get("s", "p1").status == "solved"
        box.close()
    finally:
        window.runner.cancel_all()
        window.runner.wait(10000)
        window.sets.progress.close()


def test_empty_progress_file_is_said(home: Path, qtbot) -> None:  # noqa: ANN001
    """A 0-byte file opens as a new database: the student is told, not left wondering."""
    db = home / "data" / "progress.sqlite3"
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"")
    window = create_window(QApplication.instance())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    try:
        window.show()
        assert "empty (0 bytes)" in window.statusBar().currentMessage()
        box = window.findChild(QMessageBox)
        assert box is not None and "empty (0 bytes)" in box.text()
        assert not window.sets.progress.read_only  # progress from now on is saved
        box.close()
    finally:
        window.runner.cancel_all()
        window.runner.wait(10000)
        window.sets.progress.close()


_READ_ONLY_APP = """
import json, sys
from PySide6.QtWidgets import QApplication
from tutor.ui.application import create_window
app = QApplication([])
window = create_window(app)
status = window.statusBar().currentMessage()
window.sets.progress.record("s", "p2", "solved", "this session")
print(json.dumps({"status": status, "read_only": window.sets.progress.read_only,
                  "earlier": window.sets.progress.get("s", "p1").answer}))
window.runner.cancel_all()
window.runner.wait(10000)
"""


def test_read_only_progress_file_does_not_stop_the_app(tmp_path: Path) -> None:
    """The real app, as a user whose progress file cannot be written (chmod 444): it
    starts, says so in the status bar, and shows the earlier progress."""
    home = tmp_path / "home"
    db, original = read_only_progress(home)
    env = {**os.environ, "PROOF_TUTOR_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    try:
        proc = subprocess.run([*as_ordinary_user(), sys.executable, "-c", _READ_ONLY_APP],
                              capture_output=True, text=True, timeout=180, env=env,
                              cwd=Path(__file__).resolve().parents[2])
    finally:
        os.chmod(home / "data", 0o755)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "cannot be written" in result["status"] and "not be saved" in result["status"]
    assert result["read_only"] is True and result["earlier"] == "before"
    assert db.read_bytes() == original
