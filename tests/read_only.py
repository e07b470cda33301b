"""Run a child process under which file permissions apply, even for root (CI runs as
root, and root writes a chmod 444 file): setpriv drops the capabilities that bypass them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest


def as_ordinary_user() -> list[str]:
    """A command prefix under which a read-only file really is read-only."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a read-only file cannot be made")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def read_only_progress(home: Path) -> tuple[Path, bytes]:
    """A progress database under `home` with one record, then made read-only (the file
    and its folder); returns its path and its bytes, to show it was not changed."""
    from tutor.storage.progress import ProgressStore

    (home / "data").mkdir(parents=True)
    db = home / "data" / "progress.sqlite3"
    store = ProgressStore(db)
    store.record("s", "p1", "solved", "before")
    store.close()
    os.chmod(db, 0o444)
    os.chmod(home / "data", 0o555)
    return db, db.read_bytes()
