"""Resumable model downloads over plain HTTP(S) with the Hugging Face hub's URL scheme.

`{endpoint}/{repo}/resolve/{revision}/{file}` is the hub's real download URL; the
endpoint is configurable (HF_ENDPOINT, a mirror, or a local server in tests). Data
goes to `<file>.part`; a later call resumes it with a Range request. The file is
renamed into place only after its size, SHA-256 (when known) and GGUF header check.
"""

from __future__ import annotations

import hashlib
import os
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from tutor.reasoning.events import CancelToken
from tutor.reasoning.gguf import GGUFError, read_header

DEFAULT_ENDPOINT = "https://huggingface.co"
CHUNK = 1 << 20

Progress = Callable[[int, int | None], None]  # (bytes done, total bytes or None)


class DownloadError(RuntimeError):
    """The download failed; the message is for the user."""


class DownloadCancelled(DownloadError):
    pass


def resolve_url(repo: str, file: str, revision: str = "main", endpoint: str | None = None) -> str:
    base = (endpoint or os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")
    return f"{base}/{repo}/resolve/{revision}/{file}"


def download(
    url: str,
    dest: Path,
    *,
    sha256: str | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    timeout: float = 30.0,
    check_gguf: bool = True,
) -> Path:
    """Fetch `url` into `dest` (resuming `dest.part`); return `dest`."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    req = urllib.request.Request(url, headers={"Range": f"bytes={have}-"} if have else {})
    try:
        resp = urllib.request.urlopen(req, timeout=timeout)  # noqa: S310 - http(s) URL we built
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:  # range not satisfiable: .part is already complete
            return _finish(part, dest, sha256, check_gguf)
        raise DownloadError(f"download failed: HTTP {exc.code} {exc.reason} for {url}") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DownloadError(f"cannot reach {url}: {reason}") from exc
    with resp:
        if have and resp.status != 206:
            have = 0  # the server ignored the Range header: start over
        length = resp.headers.get("Content-Length")
        total = have + int(length) if length is not None else None
        done = have
        try:
            with part.open("ab" if have else "wb") as fh:
                while True:
                    if cancel is not None and cancel.cancelled:
                        raise DownloadCancelled("download cancelled; it will resume next time")
                    block = resp.read(CHUNK)
                    if not block:
                        break
                    fh.write(block)
                    done += len(block)
                    if progress:
                        progress(done, total)
        except (OSError, urllib.error.URLError) as exc:
            raise DownloadError(f"download interrupted at {done:,} bytes: {exc}") from exc
    if total is not None and done != total:
        raise DownloadError(f"download incomplete: {done:,} of {total:,} bytes; try again")
    return _finish(part, dest, sha256, check_gguf)


def _finish(part: Path, dest: Path, sha256: str | None, check_gguf: bool) -> Path:
    if sha256:
        digest = file_sha256(part)
        if digest != sha256.lower():
            part.unlink(missing_ok=True)
            raise DownloadError(
                f"checksum mismatch for {dest.name}: expected {sha256}, got {digest}; "
                "the partial file was deleted"
            )
    if check_gguf:
        try:
            read_header(part)
        except GGUFError as exc:
            raise DownloadError(f"the downloaded file is not a usable model: {exc}") from exc
    os.replace(part, dest)
    return dest


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()
