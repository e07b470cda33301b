"""The log file: where it is, how it rotates, and that secrets never reach it."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tutor.storage import logs


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A profile folder; afterwards the root logger, hooks and secrets are as before."""
    monkeypatch.setenv("PROOF_TUTOR_HOME", str(tmp_path))
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    tutor_level = logging.getLogger("tutor").level
    monkeypatch.setattr(logs, "_secrets", set())
    monkeypatch.setattr(logs, "_hooked", False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield tmp_path
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    logging.getLogger("tutor").setLevel(tutor_level)


def read_log(home: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (home / "logs" / "proof-tutor.log").read_text(encoding="utf-8")


def test_rotating_file_in_log_dir_added_once(home: Path) -> None:
    path = logs.setup_logging(read_keyring=False)
    assert logs.setup_logging(read_keyring=False) == path == home / "logs" / "proof-tutor.log"
    ours = [h for h in logging.getLogger().handlers if isinstance(h, logs.LogFileHandler)]
    assert len(ours) == 1
    assert (ours[0].maxBytes, ours[0].backupCount) == (1_000_000, 3)
    logging.getLogger("tutor.test").info("hello %s", "log")
    logging.getLogger("other.library").info("library chatter")  # below WARNING
    text = read_log(home)
    assert "hello log" in text and "library chatter" not in text


@pytest.mark.parametrize(("secret", "shown"), [
    ("sk-proj-Abc123def456GHI789jkl012", "openai key"),
    ("AIzaSyD3xAmPlE9kEy0fMiXeDcAsE12345", "mixed-case token"),
    ("api_key=hunter2hunter2", "labelled value"),
    ("Authorization: Bearer abcdefgh12345678", "bearer header"),
])
def test_key_like_text_is_redacted(home: Path, secret: str, shown: str) -> None:
    logs.setup_logging(read_keyring=False)
    logging.getLogger("tutor.test").warning("%s: %s done", shown, secret)
    text = read_log(home)
    assert f"{shown}: " in text and "[REDACTED]" in text and " done" in text
    value = secret.split("=")[-1].split()[-1]
    assert value not in text


def test_ordinary_text_is_kept(home: Path) -> None:
    logs.setup_logging(read_keyring=False)
    kept = ("model sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 "
            "at /tmp/pytest-of-root/pytest-12/test_ordinary_text_is_kept0/models/qwen2.5-1.5b "
            "test_killed_writers_lose_no_committed_record token budget 2048")
    logging.getLogger("tutor.test").info(kept)
    assert kept in read_log(home)


def test_registered_secret_in_message_and_traceback(home: Path) -> None:
    logs.setup_logging(read_keyring=False)
    logs.register_secret("plainwordsecret")  # matches no pattern: only the exact value
    log = logging.getLogger("tutor.test")
    try:
        raise RuntimeError("bad key plainwordsecret")
    except RuntimeError:
        log.exception("failed with plainwordsecret")
    text = read_log(home)
    assert "plainwordsecret" not in text
    assert "RuntimeError: bad key [REDACTED]" in text and "failed with [REDACTED]" in text


def test_excepthook_logs_crashes_redacted(home: Path) -> None:
    logs.setup_logging(read_keyring=False)
    seen: list[type[BaseException]] = []
    sys.excepthook = lambda t, e, tb: seen.append(t)
    logs.install_excepthook()
    logs.install_excepthook()  # twice: still one log entry per crash
    try:
        raise ValueError("crash with sk-live0123456789abcdefXYZ")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    text = read_log(home)
    assert seen == [ValueError]
    assert text.count("Uncaught exception (main)") == 1
    assert "ValueError: crash with [REDACTED]" in text and "sk-live" not in text


def test_thread_crash_is_logged(home: Path) -> None:
    logs.setup_logging(read_keyring=False)
    threading.excepthook = lambda args: None
    logs.install_excepthook()

    def boom() -> None:
        raise KeyError("in a worker")

    worker = threading.Thread(target=boom, name="worker-1")
    worker.start()
    worker.join()
    text = read_log(home)
    assert "Uncaught exception (thread worker-1)" in text and "KeyError" in text


def test_keyring_key_is_redacted_and_no_keyring_is_fine(home: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from tutor.storage import secrets

    def unavailable(provider: str = "openai") -> str | None:
        raise secrets.KeyringUnavailable("none here")

    monkeypatch.setattr(secrets, "get_api_key", unavailable)
    logs.setup_logging()  # no error without a keyring
    monkeypatch.setattr(secrets, "get_api_key", lambda provider="openai": "wordsonlykey")
    logs.setup_logging()
    logging.getLogger("tutor.test").warning("using wordsonlykey now")
    assert "wordsonlykey" not in read_log(home)
