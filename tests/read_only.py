"""Run a child process under which file permissions apply, even for root (CI runs as
root, and root writes a chmod 444 file): setpriv drops the capabilities that bypass them."""

from __future__ import annotations

import os
import shutil

import pytest


def as_ordinary_user() -> list[str]:
    """A command prefix under which a read-only file really is read-only."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a read-only file cannot be made")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]
