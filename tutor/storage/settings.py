"""User settings as one JSON file in config_dir(), written atomically.

A missing file gives the defaults; a damaged file, or a value of the wrong type,
falls back to the default for what was wrong and records a message in
`Settings.load_problems` for the UI to show, so a bad edit never stops the app.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from tutor.storage.atomic import write_json_atomic
from tutor.storage.paths import config_dir

SETTINGS_FILE = "settings.json"
BACKENDS = ("symbolic", "local", "openai")
REASONING_EFFORTS = ("low", "medium", "high")
THEMES = ("system", "light", "dark")


@dataclass
class Settings:
    backend: str = "symbolic"
    model_path: str = ""  # GGUF file for the local backend
    model: str = "gpt-4o-mini"  # model name for the OpenAI-compatible backend
    threads: int = 0  # 0: let llama.cpp choose
    context_size: int = 4096
    token_budget: int = 2048
    time_limit: int = 600  # seconds for one request to an OpenAI-compatible server, in all
    samples: int = 1
    reasoning_effort: str = "medium"
    base_url: str = ""  # empty: the provider's default
    theme: str = "system"
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    last_problem: str = ""
    last_set: str = ""  # a path, or "bundled/<stem>"
    welcomed: bool = False  # the first-run welcome view was shown
    load_problems: list[str] = field(default_factory=list, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("load_problems")
        return data

    def backend_options(self) -> dict[str, Any]:
        """Keyword options for `make_backend(self.backend, ...)`."""
        if self.backend == "local":
            options: dict[str, Any] = {"model_path": self.model_path, "n_ctx": self.context_size}
            if self.threads > 0:
                options["n_threads"] = self.threads
            return options
        if self.backend == "openai":
            # The app keeps keys only in the keyring: no OPENAI_* environment variables.
            options = {"model": self.model, "reasoning_effort": self.reasoning_effort,
                       "timeout": float(self.time_limit), "environment": False}
            if self.base_url:
                options["base_url"] = self.base_url
            return options
        return {}


_CHOICES = {"backend": BACKENDS, "reasoning_effort": REASONING_EFFORTS, "theme": THEMES}
_MINIMUMS = {"threads": 0, "context_size": 256, "token_budget": 16, "samples": 1,
             "time_limit": 5}


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def _coerce(settings: Settings, data: dict[str, Any]) -> None:
    defaults = Settings()
    for f in fields(Settings):
        if f.name == "load_problems" or f.name not in data:
            continue
        value, default = data[f.name], getattr(defaults, f.name)
        ok = isinstance(value, type(default)) and not (
            isinstance(value, bool) and not isinstance(default, bool)
        )
        if ok and f.name in _CHOICES and value not in _CHOICES[f.name]:
            ok = False
        if ok and f.name in _MINIMUMS and value < _MINIMUMS[f.name]:
            ok = False
        if ok:
            setattr(settings, f.name, value)
        else:
            settings.load_problems.append(
                f"{SETTINGS_FILE}: '{f.name}' had an invalid value {value!r}; "
                f"using {default!r}"
            )


def load_settings() -> Settings:
    settings = Settings()
    path = settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return settings
    except (OSError, UnicodeDecodeError) as exc:
        settings.load_problems.append(f"{path.name}: cannot be read ({exc}); using defaults")
        return settings
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        settings.load_problems.append(
            f"{path.name}: invalid JSON at line {exc.lineno} ({exc.msg}); using defaults"
        )
        return settings
    except RecursionError:
        settings.load_problems.append(f"{path.name}: nested too deeply; using defaults")
        return settings
    if not isinstance(data, dict):
        settings.load_problems.append(f"{path.name}: expected a JSON object; using defaults")
        return settings
    _coerce(settings, data)
    return settings


def save_settings(settings: Settings) -> Path:
    """Write atomically (temp file, fsync, os.replace): never half a file."""
    path = settings_path()
    write_json_atomic(path, settings.to_json(), sort_keys=True)
    return path
