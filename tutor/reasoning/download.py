"""Resumable model downloads over plain HTTP(S) with the Hugging Face hub's URL scheme.

`{endpoint}/{repo}/resolve/{revision}/{file}` is the hub's real download URL; the
endpoint is configurable (HF_ENDPOINT, a mirror, or a local server in tests). Data
goes to `<file>.part`; a later call resumes it with a Range request. The file is
renamed into place only after its size, SHA-256 (when known) and GGUF header check.
"""

from __future__ import annotations

import errno
import hashlib
import os
import socket
import ssl
import urllib.error
import urllib.parse
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
        raise DownloadError(_http_refusal(exc.code, str(exc.reason), url)) from exc
    except (urllib.error.URLError, OSError) as exc:
        raise DownloadError(_not_started(getattr(exc, "reason", exc), url)) from exc
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
            raise DownloadError(_interrupted(exc, done)) from exc
    if total is not None and done != total:
        raise DownloadError(
            f"The connection dropped after {_mb(done)} of {_mb(total)}: the download is "
            "incomplete. Try again; it resumes where it stopped."
        )
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


# --- messages a student understands: what happened, in words, and what to do --------
def _mb(n: int) -> str:
    return f"{n / 2**20:,.1f} MB"


def _not_started(reason: object, url: str) -> str:
    host = urllib.parse.urlsplit(url).netloc or url
    if isinstance(reason, socket.gaierror):
        return ("No internet connection: the download could not start "
                f"(the server {host} could not be found). Check the network and try again.")
    if isinstance(reason, ConnectionRefusedError):
        return (f"Proof Tutor cannot reach the download server {host} (it refused the "
                "connection): the download could not start.")
    if isinstance(reason, TimeoutError | socket.timeout):
        return (f"The download server {host} did not answer in time: the download could not "
                "start. Check the network and try again.")
    if isinstance(reason, ssl.SSLError):
        return (f"A secure connection to {host} could not be made, so the download did not "
                "start. The network may be intercepting secure connections.")
    if isinstance(reason, OSError) and reason.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return ("No internet connection: the download could not start "
                f"(the network cannot reach {host}).")
    detail = getattr(reason, "strerror", None) or str(reason)
    return f"Proof Tutor cannot reach {host}, so the download could not start ({detail})."


def _http_refusal(code: int, reason: str, url: str) -> str:
    name = url.rsplit("/", 1)[-1]
    if code == 404:
        what = f"the model file {name} is not on the server"
    elif code in (401, 403):
        what = "the server does not allow this download (it may need an account)"
    elif code == 429:
        what = "the server is busy with too many downloads; wait a while and try again"
    elif code >= 500:
        what = "the download server has a problem; try again later"
    else:
        what = f"the server answered {reason or 'with an error'}"
    return f"The download failed: {what} (HTTP {code})."


def _interrupted(exc: BaseException, done: int) -> str:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return (f"The disk is full: the download stopped after {_mb(done)}. Free some space "
                "and try again; it resumes where it stopped.")
    return (f"The connection dropped after {_mb(done)}: the download stopped. Try again; it "
            "resumes where it stopped.")


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()
