"""The product's main path through the real parts: the real MainWindow offscreen, the real
LocalBackend on SmolLM2, the real OpenAI-compatible server on 127.0.0.1, and real DeepSeek-R1
transcripts replayed at a realistic token rate. No fake backend emits steps here: the steps
come from the registry's step splitter, as they do for a user."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import EVAL
from tests.keyring_double import MemoryKeyring
from tests.reasoning.conftest import SERVER_KEY, llama_server, smollm2  # noqa: F401 - fixtures
from tests.ui.conftest import screenshot, wait_solved
from tutor.problems.step import SOLUTION
from tutor.reasoning.events import Done
from tutor.reasoning.registry import SteppedBackend
from tutor.reasoning.worked import ReplayBackend
from tutor.verify.verdict import Verdict

TRANSCRIPTS = EVAL / "transcripts" / "r1_dev.jsonl"
PROBLEM = "Solve $2x + 3 = 11$ for $x$. Think step by step, then give the answer in \\boxed{}."


def load_transcripts() -> list[dict]:
    if not TRANSCRIPTS.exists():
        return []
    return [json.loads(line) for line in TRANSCRIPTS.read_text().splitlines() if line.strip()]


def assert_cards_reveal_one_at_a_time(window) -> None:  # noqa: ANN001
    session, pane = window.solver.session, window.solution
    assert session.steps, "no steps: the model's text was not split into steps"
    assert all(s.verdict is not None for s in session.steps), "a step has no verdict"
    assert session.revealed == 0
    pane.next_button.click()
    QApplication.processEvents()
    assert session.revealed == 1
    if len(session.steps) > 1:
        pane.next_button.click()
        QApplication.processEvents()
        assert session.revealed == 2


def solve_with_smollm2(make_window, qtbot, gguf: Path, problem: str, *,  # noqa: ANN001, ANN201
                       token_budget: int, samples: int, timeout_ms: int):
    """The real window, the real LocalBackend on SmolLM2: solve `problem` to the end."""
    window = make_window(backend="local", model_path=str(gguf), threads=1,
                         context_size=1024, token_budget=token_budget, samples=samples)
    qtbot.waitUntil(lambda: window.backend_ready, timeout=60000)
    window.editor.set_text(problem)
    window.solve()
    wait_solved(qtbot, window, timeout_ms=timeout_ms)
    return window


@pytest.mark.slow
def test_a_local_model_at_default_samples_gives_checked_step_cards(
        make_window, qtbot, smollm2: Path) -> None:  # noqa: F811
    window = solve_with_smollm2(make_window, qtbot, smollm2, PROBLEM, token_budget=160,
                                samples=1, timeout_ms=180000)
    session = window.solver.session
    assert session.error is None, session.error
    assert_cards_reveal_one_at_a_time(window)
    assert "0 steps" not in window.solution.status.text()
    screenshot(window, "20_local_model_steps")


@pytest.mark.slow
def test_a_local_model_with_three_samples_votes_with_honest_labels(
        make_window, qtbot, smollm2: Path) -> None:  # noqa: F811
    window = solve_with_smollm2(make_window, qtbot, smollm2,
                                "What is 15 + 27? Give the answer in \\boxed{}.",
                                token_budget=96, samples=3, timeout_ms=300000)
    session = window.solver.session
    thinking = window.solution.thinking.plain_text()
    labels = re.findall(r"\[chain (\d+) of (\d+)\]", thinking)  # not the repairs
    assert [n for n, _ in labels] == ["1", "2", "3"] and {t for _, t in labels} == {"3"}
    if session.error is None:
        assert_cards_reveal_one_at_a_time(window)
        assert "Chosen by vote" in (session.note or "")
        for step in session.steps:  # a refuted step never wins with a green answer
            assert step.status is not Verdict.REFUTED or session.presentable_answer is None
    else:
        assert "none of the" in session.error and "3 asked for" in session.error


@pytest.mark.slow
def test_the_openai_compatible_path_against_a_real_server(
        make_window, qtbot, llama_server: str) -> None:  # noqa: F811
    from tutor.storage import secrets

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        secrets.set_api_key(SERVER_KEY, host=secrets.host_of(llama_server))
        window = make_window(backend="openai", base_url=llama_server, model="smollm2",
                             token_budget=120, samples=1)
        window.editor.set_text(PROBLEM)
        window.solve()
        wait_solved(qtbot, window, timeout_ms=180000)
        session = window.solver.session
        assert session.error is None, session.error
        assert_cards_reveal_one_at_a_time(window)
        screenshot(window, "21_openai_server_steps")
    finally:
        keyring.set_keyring(previous)


TRANSCRIPT_IDS = [t["id"] for t in load_transcripts()]


@pytest.mark.slow
@pytest.mark.skipif(not TRANSCRIPT_IDS, reason="../shared/eval/transcripts is not here")
@pytest.mark.parametrize("transcript_id", TRANSCRIPT_IDS)
def test_a_real_r1_chain_replayed_streams_checked_steps(
        make_window, qtbot, transcript_id: str) -> None:
    record = next(t for t in load_transcripts() if t["id"] == transcript_id)
    window = make_window(backend="openai", samples=1)
    backend = SteppedBackend(ReplayBackend(record["output"], tokens_per_second=300))
    done_at: list[float] = []

    def factory(_settings):  # noqa: ANN001, ANN202
        class Timed:
            name = backend.name

            def execute(self, request, cancel):  # noqa: ANN001, ANN202
                for event in backend.execute(request, cancel):
                    if isinstance(event, Done):
                        # A loaded machine may check slower than 300 tok/s: give the
                        # streaming checker up to 60 s before the end of the stream. A
                        # checker that waits for Done still fails the assertion below.
                        deadline = time.monotonic() + 60
                        while not verdict_times and time.monotonic() < deadline:
                            time.sleep(0.05)
                        done_at.append(time.monotonic())
                    yield event
        return Timed()

    window.solver.backend_factory = factory
    verdict_times: list[float] = []
    window.solver.verdict_ready.connect(lambda _i: verdict_times.append(time.monotonic()))
    window.editor.set_text(record["problem"])
    window.solve()
    pane = window.solution
    qtbot.waitUntil(lambda: not pane.thinking.toggle.isHidden(), timeout=60000)
    assert window.solver.running and not pane.thinking.stop_button.isHidden()  # by the thinking
    wait_solved(qtbot, window, timeout_ms=240000)
    session = window.solver.session
    assert pane.thinking.stop_button.isHidden()  # nothing left to stop
    assert session.error is None, session.error
    assert session.thinking and session.steps
    assert all(s.part == SOLUTION for s in session.steps)
    assert done_at and verdict_times and verdict_times[0] < done_at[0], (
        "no solution step was checked while the model was still writing")
    # the thinking is in its panel, collapsed, as checked scratch work
    assert len(pane.thinking.steps) == len(session.thinking)
    assert not pane.thinking.expanded and pane.thinking.toggle.isVisible()
    assert "scratch work" in pane.thinking.toggle.text()
    # the solution's last \boxed{} is the final answer, shown when every step is revealed
    assert session.answer
    pane.all_button.click()
    qtbot.waitUntil(lambda: session.revealed == len(session.steps), timeout=10000)
    if session.presentable_answer:
        assert session.answer in pane.answer_view.source_text()
    if transcript_id == TRANSCRIPT_IDS[0]:
        pane.thinking.set_expanded(True)
        qtbot.waitUntil(lambda: pane.thinking.row_count == len(session.thinking),
                        timeout=20000)
        screenshot(window, "22_r1_replay_finished")
