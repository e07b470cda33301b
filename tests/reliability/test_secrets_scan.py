"""The API key lives only in the OS keyring: after using the app, no file holds it.

A small in-memory KeyringBackend stands in for the OS keyring (keyring's own
plaintext/null test backends are refused by tutor.storage.secrets, as they should
be). The key is stored through tutor.storage.secrets, then settings, the log, a
crash report, a PDF export and progress writes all run, and every file under
PROOF_TUTOR_HOME is scanned as bytes.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.keyring_double import MemoryKeyring
from tests.step_factory import checked
from tutor.export import SolvedProblem, export_pdf
from tutor.storage import logs, secrets
from tutor.storage.progress import ProgressStore
from tutor.storage.settings import Settings, load_settings, save_settings
from tutor.verify.verdict import Verdict


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PROOF_TUTOR_HOME", str(tmp_path / "home"))
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    monkeypatch.setattr(logs, "_secrets", set())
    monkeypatch.setattr(logs, "_hooked", False)
    monkeypatch.setattr(sys, "excepthook", lambda *args: None)  # quiet "previous" hook
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield tmp_path / "home"
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    keyring.set_keyring(previous)


def files_holding(home: Path, key: str) -> list[str]:
    needles = [key.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    found = []
    for path in sorted(p for p in home.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if any(n in data for n in needles):
            found.append(str(path.relative_to(home)))
    return found


# One key that looks like an OpenAI key, one that only the exact-value redaction
# (read back from the keyring) can catch.
@pytest.mark.parametrize("key", ["sk-proj-PTfake0Q7xYzzyPlugh1234567890abcd",
                                 "xyzzy.plugh.fake.key"])
def test_key_is_in_no_file_under_the_profile(home: Path, key: str) -> None:
    secrets.set_api_key(key)
    assert secrets.get_api_key() == key

    save_settings(Settings(backend="openai", model="o4-mini", reasoning_effort="high",
                           base_url="https://api.openai.com/v1", welcomed=True))
    assert load_settings().backend == "openai"

    log_file = logs.setup_logging()  # reads the key from the keyring for redaction
    logs.install_excepthook()
    log = logging.getLogger("tutor.reasoning.openai")
    log.warning("request failed: HTTP 401 for key %s", key)
    log.error("retrying with headers {'Authorization': 'Bearer %s'}", key)
    try:
        raise ConnectionError(f"server rejected api_key={key}")
    except ConnectionError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)  # the crash logger

    problem = SolvedProblem(
        "Solve 2x + 3 = 11 for x.",
        steps=(checked("Subtract 3 from both sides: 2x = 8.", Verdict.VERIFIED),
               checked("Divide by 2: x = 4.", Verdict.VERIFIED)),
        answer="x = 4", backend="openai", model="o4-mini")
    pdf = home / "exports" / "solution.pdf"
    pdf.parent.mkdir(parents=True)
    assert export_pdf([problem], pdf) == 1

    store = ProgressStore()
    for i in range(20):
        store.record("bundled/algebra", f"p{i}", "solved", f"x = {i}")
    db = store.path
    wal = db.with_name(db.name + "-wal")

    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "HTTP 401 for key [REDACTED]" in text  # the messages were logged...
    assert "Uncaught exception (main)" in text and "ConnectionError" in text
    written = {p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file()}
    assert {"config/settings.json", "logs/proof-tutor.log", "exports/solution.pdf",
            "data/progress.sqlite3", "data/progress.sqlite3-wal"} <= written
    assert wal.stat().st_size > 0
    try:
        assert files_holding(home, key) == []  # ...but the key is in no file
    finally:
        store.close()
    assert files_holding(home, key) == []  # after the WAL is checkpointed, too
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    assert [k for k, v in backend.store.items() if key in v] == [("proof-tutor", "openai")]
    assert backend.store[("proof-tutor", "openai")] == key  # the one place it is
