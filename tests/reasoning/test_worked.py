"""A worked solution split into thinking and solution steps and checked: the same code path
as a live model (tutor.reasoning.worked), with the real checker and real SymPy."""

from __future__ import annotations

import pytest

from tests.fake_model import FakeModel
from tutor.problems.step import SOLUTION, THINKING
from tutor.reasoning.events import CancelToken, Done, Request, TextDelta, ThinkingDelta
from tutor.reasoning.registry import SteppedBackend
from tutor.reasoning.worked import (
    ReplayBackend,
    check_events,
    check_worked_solution,
    replay,
)
from tutor.verify.verdict import Verdict

PROBLEM = "A shop sells pens at 3 dollars each. How much do 14 pens and a 5 dollar pad cost?"
THOUGHT = (
    "<think>\nFirst the pens: 14 * 3 = 42.\n\nThen add the pad: 42 + 5 = 47.\n\n"
    "Wait, let me double-check: 47 - 5 = 42 and 42 / 3 = 14. Good.\n</think>\n\n"
)
SOLUTION_TEXT = (
    "The pens cost $14 \\cdot 3 = 42$ dollars.\n\n"
    "With the pad the total is $42 + 5 = 47$ dollars.\n\n"
    "So the answer is $\\boxed{47}$."
)


def test_thinking_and_solution_are_split_and_checked_apart() -> None:
    check = check_worked_solution(PROBLEM, THOUGHT + SOLUTION_TEXT)
    assert [s.part for s in check.thinking] == [THINKING] * len(check.thinking)
    assert [s.part for s in check.solution] == [SOLUTION] * 3
    assert len(check.thinking) == 3 and check.thinking[2].text.startswith("Wait,")
    assert all(s.verdict is not None for s in check.thinking + check.solution)
    assert check.solution[0].status is Verdict.VERIFIED
    assert check.solution[1].status is Verdict.VERIFIED
    assert not any(s.status is Verdict.REFUTED for s in check.thinking + check.solution)
    assert check.answer == "47" and not check.stopped_in_thinking


def test_a_slip_in_the_solution_is_refuted_and_named() -> None:
    wrong = SOLUTION_TEXT.replace("42 + 5 = 47", "42 + 5 = 57").replace("{47}", "{57}")
    check = check_worked_solution(PROBLEM, wrong)
    assert check.thinking == []
    assert [s.status for s in check.solution][:2] == [Verdict.VERIFIED, Verdict.REFUTED]
    assert "57" in check.solution[1].reason
    assert check.answer == "57"


def test_stopping_inside_the_thinking_is_said() -> None:
    check = check_worked_solution(PROBLEM, "<think>\nPens: 14 * 3 = 42.\n\nThen 42 + 5")
    assert check.stopped_in_thinking and check.solution == [] and check.answer is None
    assert [s.text for s in check.thinking] == ["Pens: 14 * 3 = 42.", "Then 42 + 5"]
    assert check.thinking[0].status is Verdict.VERIFIED


def test_a_template_that_opened_the_think_block_itself() -> None:
    check = check_worked_solution(PROBLEM, "14 * 3 = 42 so far.\n</think>\n\nTotal: $47$.")
    assert [s.text for s in check.thinking] == ["14 * 3 = 42 so far."]
    assert [s.text for s in check.solution] == ["Total: $47$."]


def test_the_final_answer_is_cross_checked_against_an_independent_one() -> None:
    wrong = "Adding, $15 + 27 = 52$.\n\nSo the answer is $\\boxed{52}$."
    check = check_worked_solution("What is 15 + 27?", wrong, reference_answer="42")
    assert check.answer == "52"
    assert check.answer_verdict is not None
    assert check.answer_verdict.verdict is Verdict.REFUTED
    assert "42" in check.answer_verdict.reason
    right = check_worked_solution("What is 15 + 27?", "So $\\boxed{42}$.", reference_answer="42")
    assert right.answer_verdict is not None and right.answer_verdict.verdict is Verdict.VERIFIED
    none = check_worked_solution("What is 15 + 27?", "So $\\boxed{42}$.")
    assert none.answer_verdict is None


@pytest.mark.parametrize("chunk", [1, 3, 17, 4096])
def test_replay_does_not_depend_on_how_the_text_is_chunked(chunk: int) -> None:
    events = list(replay(THOUGHT + SOLUTION_TEXT, chunk=chunk))
    thinking = "".join(e.text for e in events if isinstance(e, ThinkingDelta))
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert thinking.strip().startswith("First the pens") and "<think>" not in thinking
    assert text == SOLUTION_TEXT
    assert isinstance(events[-1], Done)


def test_a_live_stream_is_checked_by_the_same_code_as_a_pasted_one() -> None:
    model = SteppedBackend(FakeModel([THOUGHT + SOLUTION_TEXT], chunk=3))
    live = check_events(PROBLEM, model.execute(Request(PROBLEM), CancelToken()))
    pasted = check_worked_solution(PROBLEM, THOUGHT + SOLUTION_TEXT)
    assert [(s.text, s.status) for s in live.solution] == [
        (s.text, s.status) for s in pasted.solution]
    assert [(s.text, s.status) for s in live.thinking] == [
        (s.text, s.status) for s in pasted.thinking]
    assert live.answer == pasted.answer == "47"


def test_replay_backend_honours_cancel() -> None:
    token = CancelToken()
    token.cancel()
    events = list(ReplayBackend("a = 1\n\nb = 2", tokens_per_second=1000).execute(
        Request("x"), token))
    assert events == [Done(model="worked solution", cancelled=True)]


def test_the_step_that_states_the_answer_carries_the_cross_check() -> None:
    wrong = "First $20 + 20 = 40$.\n\nThen $40 + 12 = 52$, so the sum is $\\boxed{52}$."
    check = check_worked_solution("What is 15 + 27?", wrong, reference_answer="42")
    assert check.answer_step == 1
    last = check.solution[1]
    assert last.status is Verdict.REFUTED and "42" in last.reason
    assert check.solution[0].status is Verdict.VERIFIED
