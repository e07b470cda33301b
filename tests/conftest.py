"""Shared test set-up: every test runs against a throw-away profile folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"

# Set before any test module imports the app, so nothing touches the real profile.
os.environ.setdefault("PROOF_TUTOR_HOME", tempfile.mkdtemp(prefix="proof-tutor-test-"))


@pytest.fixture(scope="session")
def project_root() -> Path:
    return ROOT
