"""`pip install` of the built wheel into a fresh venv, then the app starts (slow).

Runs packaging/check_install.py once (about 3-4 minutes on 2 cores: the wheel
build, a fresh venv with PySide6, matplotlib, SymPy and a reused
llama-cpp-python wheel) and checks each step of its report.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    work = tmp_path_factory.mktemp("install")
    out = work / "report.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "check_install.py"), "--keep", str(work),
         "--report", str(out)],
        capture_output=True, text=True, timeout=1700,
    )
    assert out.is_file(), proc.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "step", ["build_wheel", "fresh_venv_install", "cli", "export", "gui_launcher",
             "no_writes_in_package", "user_folders"],
)
def test_install_step(report: dict, step: str) -> None:
    assert report["steps"][step]["ok"], json.dumps(report["steps"][step], indent=2)


def test_main_window_builds_offscreen(report: dict) -> None:
    window = report["steps"].get("main_window")
    if window is None:
        pytest.fail("tutor.ui.application is not importable from the installed wheel")
    assert window["ok"] and window["out"].startswith("MainWindow"), window


def test_export_from_the_installed_wheel(report: dict) -> None:
    summary = report["steps"]["export"]["summary"]
    assert summary["problems"] == 1 and summary["solved"] == 1 and summary["pages"] >= 1


def test_resources_reachable_from_the_installed_package(report: dict) -> None:
    assert report["resources"]["ok"], report["resources"]
