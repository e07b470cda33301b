"""Settings writes are atomic: a writer killed at any moment leaves a whole file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tutor.storage.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]

_WRITER = """
import sys
sys.path.insert(0, {root!r})
from tutor.storage.settings import Settings, save_settings
i = 0
while True:
    i += 1
    save_settings(Settings(last_problem=f"{{i}} " + "z" * 20000, threads=i))
    print(i, flush=True)
"""


def test_killed_writer_leaves_a_whole_settings_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROOF_TUTOR_HOME", str(tmp_path))
    rng = random.Random()
    code = textwrap.dedent(_WRITER.format(root=str(ROOT)))
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "PROOF_TUTOR_HOME": str(tmp_path)})
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.strip() == "1", proc.stderr.read() if proc.stderr else first
        time.sleep(rng.uniform(0.05, 0.3))
        os.kill(proc.pid, signal.SIGKILL)
        out, _err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        last = max(int(line) for line in [first, *out.splitlines()] if line.strip().isdigit())
        settings = load_settings()
        assert settings.load_problems == []  # valid JSON, every value sane
        n = settings.threads
        assert n >= last  # the last reported save (or a later one) is on disk, whole
        assert settings.last_problem == f"{n} " + "z" * 20000
