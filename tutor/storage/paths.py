"""Where Proof Tutor keeps its files (platformdirs), each folder created on first use.

Set PROOF_TUTOR_HOME to root every folder under one directory instead (tests, portable
installs): data/, config/, cache/, logs/ and data/models/ beneath it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "proof-tutor"
HOME_ENV = "PROOF_TUTOR_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    home = _home()
    return _ensure(home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, False)))


def config_dir() -> Path:
    home = _home()
    return _ensure(
        home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, False))
    )


def cache_dir() -> Path:
    home = _home()
    return _ensure(home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, False)))


def log_dir() -> Path:
    home = _home()
    return _ensure(home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, False)))


def models_dir() -> Path:
    """Downloaded and registered GGUF models live here."""
    return _ensure(data_dir() / "models")
