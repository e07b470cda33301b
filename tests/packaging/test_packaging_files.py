"""The packaging files: desktop entry, icons, PyInstaller spec and entry points."""

from __future__ import annotations

import configparser
import runpy
import shutil
import subprocess
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import matplotlib.image as mpimg
import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = next(p for p in (ROOT / "tutor" / "resources" / "icons", ROOT / "resources" / "icons")
             if p.is_dir())


def test_desktop_entry() -> None:
    path = ROOT / "packaging" / "proof-tutor.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "proof-tutor" and section["Icon"] == "proof-tutor"
    assert section["Name"] == "Proof Tutor" and section["Terminal"] == "false"
    validator = shutil.which("desktop-file-validate")
    if validator:  # desktop-file-utils, where installed
        proc = subprocess.run([validator, str(path)], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icon_png_sizes(size: int) -> None:
    image = mpimg.imread(str(ICONS / f"proof-tutor-{size}.png"))
    assert image.shape == (size, size, 4)
    assert image[..., 3].max() == 1.0 and image[0, 0, 3] < 0.05  # opaque tile, clear corner
    assert image[..., :3].std() > 0.1  # not a flat square


def test_icon_svg_and_platform_icons() -> None:
    root = ET.parse(ICONS / "proof-tutor.svg").getroot()
    assert root.tag.endswith("svg") and len(list(root.iter())) > 5
    assert mpimg.imread(str(ICONS / "proof-tutor.png")).shape == (256, 256, 4)
    assert (ICONS / "proof-tutor.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "proof-tutor.icns").read_bytes()[:4] == b"icns"


def test_entry_points_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["gui-scripts"]["proof-tutor"] == "tutor.app:main"
    assert project["scripts"]["tutor"] == "tutor.cli:main"


def test_pyinstaller_spec_runs_with_stub_pyinstaller(monkeypatch) -> None:
    """Execute the spec with stand-ins for PyInstaller's objects and check what it asks for."""
    calls: dict[str, tuple] = {}

    def recorder(name: str):
        def record(*args, **kwargs):
            calls[name] = (args, kwargs)
            return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[])
        return record

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda name: [f"{name}.stub"]  # type: ignore[attr-defined]
    hooks.collect_data_files = lambda name: []  # type: ignore[attr-defined]
    hooks.collect_dynamic_libs = lambda name: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    names = ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    spec_globals = {name: recorder(name) for name in names}
    spec_globals["SPECPATH"] = str(ROOT / "packaging")
    runpy.run_path(str(ROOT / "packaging" / "proof-tutor.spec"), init_globals=spec_globals)

    args, kwargs = calls["Analysis"]
    assert Path(args[0][0]) == ROOT / "main.py"
    for src, _dest in kwargs["datas"]:
        assert Path(src).exists(), src
    assert "tutor.stub" in kwargs["hiddenimports"]
    assert Path(calls["EXE"][1]["icon"]).is_file()
    assert calls["EXE"][1]["exclude_binaries"] is True  # one-folder
    assert calls["COLLECT"][1]["name"] == "proof-tutor"


def test_install_desktop_entry_script(tmp_path: Path) -> None:
    script = ROOT / "packaging" / "install_desktop_entry.sh"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "d")}
    subprocess.run(["bash", str(script)], env=env, check=True, capture_output=True, timeout=60)
    assert (tmp_path / "d/applications/proof-tutor.desktop").is_file()
    icon = tmp_path / "d/icons/hicolor/256x256/apps/proof-tutor.png"
    assert mpimg.imread(str(icon)).shape == (256, 256, 4)
    subprocess.run(["bash", str(script), "--remove"], env=env, check=True, timeout=60)
    assert not (tmp_path / "d/applications/proof-tutor.desktop").exists() and not icon.exists()
