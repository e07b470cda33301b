"""A failed model download is said in words a student understands, never as '[Errno -3]'.

Real failures: a host name that does not resolve, a port nothing listens on, a server
that answers 404 or 503, and one that drops the connection halfway."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.reasoning.conftest import free_port
from tests.ui.conftest import start_first_download
from tutor.reasoning.download import DownloadError, download


class _Failing(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server API
        if "missing" in self.path:
            self.send_error(404)
        elif "busy" in self.path:
            self.send_error(503)
        else:  # promises a megabyte, sends a little, hangs up
            self.send_response(200)
            self.send_header("Content-Length", str(1 << 20))
            self.end_headers()
            self.wfile.write(b"\0" * 1000)
            self.wfile.flush()
            self.connection.shutdown(2)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Failing)
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def failure(url: str, tmp_path: Path) -> str:
    with pytest.raises(DownloadError) as caught:
        download(url, tmp_path / "model.gguf", timeout=10)
    message = str(caught.value)
    assert "Errno" not in message and "[" not in message, message
    return message


def test_each_failure_is_said_in_words(server: str, tmp_path: Path) -> None:
    unknown = failure("http://proof-tutor-test.invalid/model.gguf", tmp_path)
    assert unknown.startswith("No internet connection: the download could not start")
    refused = failure(f"http://127.0.0.1:{free_port()}/model.gguf", tmp_path)
    assert "cannot reach" in refused and "refused" in refused
    missing = failure(f"{server}/missing.gguf", tmp_path)
    assert "missing.gguf is not on the server" in missing and "HTTP 404" in missing
    busy = failure(f"{server}/busy.gguf", tmp_path)
    assert "try again later" in busy and "HTTP 503" in busy
    dropped = failure(f"{server}/model.gguf", tmp_path)
    assert dropped.startswith("The connection dropped after") and "resumes" in dropped


def test_the_model_manager_shows_the_words(home: Path, qtbot,  # noqa: ANN001
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", "http://proof-tutor-test.invalid")
    _dialog, runner, page = start_first_download(qtbot)
    qtbot.waitUntil(lambda: page._download is None, timeout=30000)
    text = page.message.text()
    assert text.startswith("No internet connection: the download could not start"), text
    assert "Errno" not in text
    assert runner.wait(5000)
