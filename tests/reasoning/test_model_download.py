"""Downloads over real HTTP from a local server that speaks the hub's URL scheme and
Range requests, serving the real SmolLM2 GGUF."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reasoning.conftest import free_port
from tutor.reasoning.download import (
    DownloadCancelled,
    DownloadError,
    download,
    file_sha256,
    resolve_url,
)
from tutor.reasoning.events import CancelToken

REPO, FILE = "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF", "smollm2.gguf"


class _Hub(http.server.BaseHTTPRequestHandler):
    source: Path
    ranges_seen: list[str]

    any_path = False  # serve the GGUF under every /resolve/ URL (catalogue downloads)

    def do_GET(self) -> None:  # noqa: N802
        wanted = "/resolve/main/" in self.path if self.any_path else (
            self.path == f"/{REPO}/resolve/main/{FILE}")
        if not wanted:
            self.send_error(404)
            return
        size = self.source.stat().st_size
        start = 0
        header = self.headers.get("Range")
        if header:
            self.ranges_seen.append(header)
            start = int(header.removeprefix("bytes=").split("-")[0])
            if start >= size:
                self.send_error(416)
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{size - 1}/{size}")
        else:
            self.send_response(200)
        self.send_header("Content-Length", str(size - start))
        self.end_headers()
        with self.source.open("rb") as fh:
            fh.seek(start)
            try:
                while block := fh.read(1 << 20):
                    self.wfile.write(block)
            except (BrokenPipeError, ConnectionResetError):
                pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def model_sha(smollm2: Path) -> str:
    return file_sha256(smollm2)


@pytest.fixture
def hub(smollm2: Path) -> Iterator[tuple[str, type[_Hub]]]:
    handler = type("Hub", (_Hub,), {"source": smollm2, "ranges_seen": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()


def test_url_scheme() -> None:
    assert resolve_url("a/b", "f.gguf", "main", "http://h:1/") == "http://h:1/a/b/resolve/main/f.gguf"


def test_full_download_with_checksum(hub, tmp_path: Path, smollm2: Path, model_sha: str) -> None:  # noqa: ANN001
    endpoint, _ = hub
    seen: list[tuple[int, int | None]] = []
    dest = download(resolve_url(REPO, FILE, endpoint=endpoint), tmp_path / FILE,
                    sha256=model_sha, progress=lambda d, t: seen.append((d, t)))
    assert dest.stat().st_size == smollm2.stat().st_size
    assert seen[-1] == (smollm2.stat().st_size, smollm2.stat().st_size)
    assert not (tmp_path / (FILE + ".part")).exists()


def test_cancel_then_resume(hub, tmp_path: Path, smollm2: Path, model_sha: str) -> None:  # noqa: ANN001
    endpoint, handler = hub
    url, dest = resolve_url(REPO, FILE, endpoint=endpoint), tmp_path / FILE
    cancel = CancelToken()

    def stop_after_10mb(done: int, total: int | None) -> None:
        if done >= 10 << 20:
            cancel.cancel()

    with pytest.raises(DownloadCancelled):
        download(url, dest, sha256=model_sha, progress=stop_after_10mb, cancel=cancel)
    part = tmp_path / (FILE + ".part")
    kept = part.stat().st_size
    assert not dest.exists() and kept >= 10 << 20
    download(url, dest, sha256=model_sha)
    assert handler.ranges_seen == [f"bytes={kept}-"]
    assert file_sha256(dest) == model_sha


def test_checksum_mismatch_deletes_part(hub, tmp_path: Path) -> None:  # noqa: ANN001
    endpoint, _ = hub
    with pytest.raises(DownloadError, match="checksum mismatch"):
        download(resolve_url(REPO, FILE, endpoint=endpoint), tmp_path / FILE, sha256="0" * 64)
    assert not (tmp_path / FILE).exists() and not (tmp_path / (FILE + ".part")).exists()


def test_missing_file_is_404(hub, tmp_path: Path) -> None:  # noqa: ANN001
    endpoint, _ = hub
    with pytest.raises(DownloadError, match="HTTP 404"):
        download(resolve_url(REPO, "other.gguf", endpoint=endpoint), tmp_path / "o.gguf")


def test_refused_connection(tmp_path: Path) -> None:
    url = resolve_url(REPO, FILE, endpoint=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(DownloadError, match="cannot reach"):
        download(url, tmp_path / FILE)


def test_cli_download_of_catalogue_models(hub, home: Path, capsys) -> None:  # noqa: ANN001
    import json

    from tutor.cli import main
    from tutor.reasoning.catalogue import find

    endpoint, handler = hub
    handler.any_path = True
    # qwen3-1.7b has no known hash: the file is checked as a GGUF and installed.
    assert main(["models", "download", "qwen3-1.7b", "--endpoint", endpoint]) == 0
    out = json.loads(capsys.readouterr().out)
    entry = find("qwen3-1.7b")
    assert entry is not None and Path(out["path"]) == entry.local_path
    assert entry.local_path.is_file() and out["sha256_checked"] is False
    # The DeepSeek entry has the real file's SHA-256, which these bytes do not match.
    assert main(["models", "download", "deepseek-r1-distill-qwen-1.5b",
                 "--endpoint", endpoint]) == 1
    assert "checksum mismatch" in capsys.readouterr().err
    deepseek = find("deepseek-r1-distill-qwen-1.5b")
    assert deepseek is not None and not deepseek.local_path.exists()
