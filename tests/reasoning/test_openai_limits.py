"""Bounds the OpenAI-compatible backend enforces on its side (issue 15, item 3), against
real misbehaving HTTP servers on 127.0.0.1."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import openai  # noqa: F401 - imported up front so that timings exclude the import
import pytest

from tests.reasoning.conftest import collect
from tutor.reasoning.events import CancelToken, Done, Error, Request, SamplingOptions, TextDelta
from tutor.reasoning.openai_backend import OpenAIBackend

sys.path.append(str(Path(__file__).resolve().parents[2] / "bench"))

import openai_servers as srv  # noqa: E402

BUDGET = SamplingOptions(max_tokens=20, seed=1, temperature=0.0)


def _backend(url: str, **options: object) -> OpenAIBackend:
    return OpenAIBackend(model="m", base_url=url, api_key="k", environment=False,
                         **options)  # type: ignore[arg-type]


def test_a_server_that_ignores_max_tokens_is_stopped_at_the_budget() -> None:
    with srv.serve(srv.endless) as (url, seen):
        start = time.monotonic()
        events = collect(_backend(url), Request("count", sampling=BUDGET))
    texts = [e for e in events if isinstance(e, TextDelta)]
    assert len(texts) == BUDGET.max_tokens
    done = events[-1]
    assert isinstance(done, Done) and done.truncated and not done.cancelled
    assert done.usage.completion_tokens == BUDGET.max_tokens
    assert seen[0]["body"]["max_tokens"] == BUDGET.max_tokens  # asked for, then enforced
    assert time.monotonic() - start < 10


def test_a_one_byte_a_second_drip_ends_at_the_total_limit() -> None:
    with srv.serve(srv.drip) as (url, _):
        start = time.monotonic()
        events = collect(_backend(url, timeout=2.0), Request("1+1?", sampling=BUDGET))
        took = time.monotonic() - start
    assert isinstance(events[-1], Error) and events[-1].kind == "timeout"
    assert "2 s limit" in events[-1].message
    assert took < 3.0


def test_cancel_during_a_drip_is_prompt() -> None:
    cancel = CancelToken()
    with srv.serve(srv.drip) as (url, _):
        timer = threading.Timer(1.0, cancel.cancel)
        timer.start()
        events = collect(_backend(url, timeout=30.0), Request("1+1?", sampling=BUDGET),
                         cancel)
        ended = time.monotonic()
        cancelled_at = ended - 1.0
        timer.join()
    assert isinstance(events[-1], Done) and events[-1].cancelled
    assert ended - cancelled_at < 1.5


@pytest.mark.parametrize(
    ("content_type", "body", "shown"),
    [("application/json", b"{{{", "{{{"),
     ("text/html", b"<html><body>Welcome to nginx!</body></html>", "text/html")],
    ids=["braces", "html"],
)
def test_a_200_that_is_not_an_event_stream_says_what_came(content_type: str, body: bytes,
                                                          shown: str) -> None:
    with srv.serve(srv.canned(content_type, body)) as (url, _):
        events = collect(_backend(url), Request("1+1?", sampling=BUDGET))
    assert len(events) == 1 and isinstance(events[0], Error), events
    assert events[0].kind == "malformed"
    assert shown in events[0].message and "not with an event stream" in events[0].message


@pytest.mark.parametrize("scenario", [srv.cut_in_chunk, srv.cut_between_events],
                         ids=["mid-chunk", "between-events"])
def test_a_stream_cut_midway_says_the_connection_dropped(scenario: srv.Scenario) -> None:
    with srv.serve(scenario) as (url, _):
        events = collect(_backend(url), Request("2+2?", sampling=BUDGET))
    err = events[-1]
    assert isinstance(err, Error) and err.kind == "connection"
    assert "dropped" in err.message and "Could not connect" not in err.message
    assert "".join(e.text for e in events if isinstance(e, TextDelta)).startswith("Two plus")


def test_a_complete_short_stream_is_not_called_dropped() -> None:
    with srv.serve(srv.short_answer) as (url, _):
        events = collect(_backend(url), Request("2+2?", sampling=BUDGET))
    assert isinstance(events[-1], Done) and not events[-1].truncated
