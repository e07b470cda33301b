from __future__ import annotations

import json
from pathlib import Path

import pytest

from tutor.storage import settings as settings_module
from tutor.storage.settings import Settings, load_settings, save_settings, settings_path


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROOF_TUTOR_HOME", str(tmp_path))
    return tmp_path


def test_missing_file_gives_defaults(home: Path) -> None:
    s = load_settings()
    assert s == Settings() and s.load_problems == []
    assert settings_path().parent == home / "config"


def test_round_trip(home: Path) -> None:
    original = Settings(backend="local", model_path="/m.gguf", threads=2, context_size=2048,
                        token_budget=512, samples=3, reasoning_effort="high",
                        base_url="http://127.0.0.1:8080/v1", theme="dark", welcomed=True)
    save_settings(original)
    assert load_settings() == original
    assert json.loads(settings_path().read_text())["backend"] == "local"


def test_damaged_json_falls_back_with_a_message(home: Path) -> None:
    settings_path().write_text('{"backend": "local",', encoding="utf-8")
    s = load_settings()
    assert s == Settings()
    assert "settings.json: invalid JSON at line 1" in s.load_problems[0]


def test_bad_values_are_replaced_one_by_one(home: Path) -> None:
    settings_path().write_text(json.dumps({
        "backend": "quantum", "threads": "four", "samples": 0, "theme": "dark",
        "welcomed": 1, "unknown_key": 5,
    }))
    s = load_settings()
    assert s.theme == "dark"  # the good value is kept
    assert (s.backend, s.threads, s.samples, s.welcomed) == ("symbolic", 0, 1, False)
    joined = "\n".join(s.load_problems)
    for name in ("backend", "threads", "samples", "welcomed"):
        assert f"'{name}'" in joined
    assert "unknown_key" not in joined


def test_failed_write_keeps_the_old_file(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(Settings(theme="light"))

    def explode(*_a: object, **_k: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(settings_module.json, "dump", explode)
    with pytest.raises(OSError, match="disk full"):
        save_settings(Settings(theme="dark"))
    monkeypatch.undo()
    monkeypatch.setenv("PROOF_TUTOR_HOME", str(home))
    assert load_settings().theme == "light"
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]


def test_backend_options() -> None:
    local = Settings(backend="local", model_path="/m.gguf", threads=3, context_size=1024)
    assert local.backend_options() == {"model_path": "/m.gguf", "n_ctx": 1024, "n_threads": 3}
    assert "n_threads" not in Settings(backend="local").backend_options()
    api = Settings(backend="openai", base_url="http://x/v1", time_limit=90).backend_options()
    assert api["base_url"] == "http://x/v1"
    assert api["timeout"] == 90.0  # the total limit for one request
    assert api["environment"] is False  # the app keeps keys only in the keyring
    assert Settings().backend_options() == {}


def test_time_limit_round_trips_and_is_checked(home: Path) -> None:
    save_settings(Settings(time_limit=120))
    assert load_settings().time_limit == 120
    settings_path().write_text(json.dumps({"time_limit": 0}), encoding="utf-8")
    loaded = load_settings()
    assert loaded.time_limit == Settings().time_limit
    assert any("time_limit" in problem for problem in loaded.load_problems)


def test_deeply_nested_settings_fall_back_to_defaults(home: Path) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    loaded = load_settings()
    assert loaded == Settings() and "nested too deeply" in loaded.load_problems[0]
