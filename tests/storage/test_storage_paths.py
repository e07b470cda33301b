from __future__ import annotations

from pathlib import Path

import pytest

from tutor.storage import paths


def test_home_roots_every_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROOF_TUTOR_HOME", str(tmp_path))
    folders = [paths.data_dir(), paths.config_dir(), paths.cache_dir(), paths.log_dir(),
               paths.models_dir()]
    assert len(set(folders)) == 5
    for folder in folders:
        assert folder.is_dir() and tmp_path in folder.parents
    assert paths.models_dir().parent == paths.data_dir()


def test_platformdirs_without_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PROOF_TUTOR_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir() == tmp_path / "xdg" / "proof-tutor"
