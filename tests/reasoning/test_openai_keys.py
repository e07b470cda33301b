"""Where the OpenAI key goes (issue 15, item 8) and the SDK's environment variables
(issue 11, item 5), against real HTTP servers on 127.0.0.1 that record what they get."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.keyring_double import MemoryKeyring
from tests.reasoning.conftest import collect
from tutor.reasoning.events import Done, Error, Request, SamplingOptions
from tutor.reasoning.openai_backend import LOCAL_DUMMY_KEY, OpenAIBackend
from tutor.reasoning.registry import make_backend
from tutor.storage import secrets
from tutor.storage.settings import Settings

sys.path.append(str(Path(__file__).resolve().parents[2] / "bench"))

import openai_servers as srv  # noqa: E402

SHORT = SamplingOptions(max_tokens=8, seed=1, temperature=0.0)
STORED = "sk-proj-Stored4Key5For6OpenAI7Only8"


@pytest.fixture
def ring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


def _sent(seen: list[dict]) -> str:
    return str(seen[0]["headers"].get("authorization", ""))


def test_a_stored_key_is_not_sent_to_another_host_not_even_loopback(ring: MemoryKeyring) -> None:
    secrets.set_api_key(STORED)  # saved for api.openai.com
    with srv.serve(srv.short_answer) as (url, seen):
        events = collect(OpenAIBackend(model="m", base_url=url), Request("2+2?", sampling=SHORT))
    assert isinstance(events[-1], Done)
    assert _sent(seen) == f"Bearer {LOCAL_DUMMY_KEY}" and STORED not in str(seen)


def test_a_key_saved_for_this_host_is_sent(ring: MemoryKeyring) -> None:
    secrets.set_api_key(STORED, host="127.0.0.1")
    with srv.serve(srv.short_answer) as (url, seen):
        collect(OpenAIBackend(model="m", base_url=url), Request("2+2?", sampling=SHORT))
    assert _sent(seen) == f"Bearer {STORED}"


def test_the_user_may_allow_the_stored_key_for_another_host(ring: MemoryKeyring) -> None:
    secrets.set_api_key(STORED)
    with srv.serve(srv.short_answer) as (url, seen):
        collect(OpenAIBackend(model="m", base_url=url, send_stored_key=True),
                Request("2+2?", sampling=SHORT))
    assert _sent(seen) == f"Bearer {STORED}"


def test_a_remote_host_the_key_was_not_saved_for_gets_nothing(ring: MemoryKeyring) -> None:
    secrets.set_api_key(STORED)
    start = time.monotonic()
    events = collect(OpenAIBackend(model="m", base_url="https://llm.example.invalid/v1"),
                     Request("2+2?", sampling=SHORT))
    assert time.monotonic() - start < 1  # refused before any connection
    assert len(events) == 1 and isinstance(events[0], Error) and events[0].kind == "auth"
    assert "saved for api.openai.com" in events[0].message
    assert "llm.example.invalid" in events[0].message and STORED not in events[0].message


def test_an_error_body_that_echoes_the_key_is_redacted(ring: MemoryKeyring) -> None:
    key = "plainwordskeywithnodigits"  # no pattern would catch it: only the exact value
    with srv.serve(srv.echo_key) as (url, seen):
        events = collect(OpenAIBackend(model="m", base_url=url, api_key=key),
                         Request("2+2?", sampling=SHORT))
    assert key in _sent(seen)
    assert isinstance(events[-1], Error) and events[-1].kind == "server"
    assert key not in events[-1].message and "[REDACTED]" in events[-1].message


def test_environment_variables_for_scripts(ring: MemoryKeyring,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    with srv.serve(srv.short_answer) as (url, seen):
        monkeypatch.setenv("OPENAI_API_KEY", "sk-from-the-environment-1234")
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        events = collect(OpenAIBackend(model="m"), Request("2+2?", sampling=SHORT))
        # The app (settings through the registry) passes environment=False: keyring only.
        app = make_backend("openai", **Settings(backend="openai", base_url=url).backend_options())
        collect(app, Request("2+2?", sampling=SHORT))
    assert isinstance(events[-1], Done)
    assert _sent(seen) == "Bearer sk-from-the-environment-1234"
    assert str(seen[1]["headers"]["authorization"]) == f"Bearer {LOCAL_DUMMY_KEY}"


def test_cli_reads_the_environment_and_redacts_the_console(tmp_path: Path) -> None:
    key = "sk-Env7Key8That9The0Server1Echoes"
    with srv.serve(srv.echo_key) as (url, seen):
        env = {**os.environ, "OPENAI_API_KEY": key, "OPENAI_BASE_URL": url,
               "PROOF_TUTOR_HOME": str(tmp_path)}
        done = subprocess.run([sys.executable, "-m", "tutor", "solve", "What is 2 + 2?",
                               "--backend", "openai", "--model", "m", "--json"],
                              capture_output=True, text=True, env=env, timeout=120)
    assert _sent(seen) == f"Bearer {key}"  # OPENAI_BASE_URL and OPENAI_API_KEY were used
    assert done.returncode == 1, done.stderr
    assert "internal error" in done.stderr and "internal error" in done.stdout
    assert key not in done.stdout and key not in done.stderr
    assert "Traceback" not in done.stderr


def test_cli_send_stored_key_flag(ring: MemoryKeyring, tmp_path: Path) -> None:
    import argparse

    from tutor.cli.solve import backend_from_args

    secrets.set_api_key(STORED)
    with srv.serve(srv.short_answer) as (url, seen):
        for allowed in (False, True):
            args = argparse.Namespace(backend="openai", model="m", base_url=url,
                                      time_limit=30.0, send_stored_key=allowed)
            collect(backend_from_args(args), Request("2+2?", sampling=SHORT))
    assert STORED not in str(seen[0]) and str(seen[1]["headers"]["authorization"]) == (
        f"Bearer {STORED}")
