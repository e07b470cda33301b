from __future__ import annotations

from tutor.problems.session import SolveSession
from tutor.problems.step import Step
from tutor.verify.verdict import ClaimResult, StepVerdict, Verdict

OK = StepVerdict(Verdict.VERIFIED)
BAD = StepVerdict(Verdict.REFUTED, (ClaimResult("1 + 1 = 3", Verdict.REFUTED, "1 + 1 = 2"),))


def session_with(n: int) -> SolveSession:
    s = SolveSession("Solve $2x = 4$.")
    for i in range(n):
        s.add_step(Step(f"step {i}", index=i, hint=f"hint {i}" if i != 1 else None,
                        rule="divide" if i == 1 else None))
    return s


def test_hint_then_step_then_back() -> None:
    s = session_with(3)
    assert s.can_hint and not s.can_back
    assert s.show_hint() == "hint 0"
    assert not s.can_hint and s.can_back
    assert s.reveal_next().text == "step 0"
    assert not s.hint_shown and s.revealed == 1
    assert s.show_hint() == "Use: divide"  # falls back to the rule
    s.back()
    assert not s.hint_shown and s.revealed == 1
    s.back()
    assert s.revealed == 0
    s.reveal_all()
    assert s.revealed == 3 and not s.can_next and s.reveal_next() is None


def test_answer_only_from_complete_unrefuted_chain() -> None:
    s = session_with(2)
    s.finish("x = 2")
    assert s.checking and s.presentable_answer == "x = 2"
    s.set_verdict(0, OK)
    s.set_verdict(1, BAD)
    assert s.first_refuted is s.steps[1]
    assert s.presentable_answer is None
    kept = s.truncate_before(1)
    assert kept == ["step 0"] and not s.finished and s.first_refuted is None


def test_cancelled_chain_has_no_answer() -> None:
    s = session_with(1)
    s.finish("x = 2", cancelled=True)
    assert s.presentable_answer is None


def test_student_context_skips_refuted_and_unrevealed_steps() -> None:
    s = session_with(3)
    s.set_verdict(0, OK)
    s.set_verdict(1, BAD)
    s.reveal_next()
    s.reveal_next()
    student = s.add_student_step("x = 2")
    assert s.context_for_student() == ["step 0"]
    student.verdict = OK
    assert s.context_for_student() == ["step 0", "x = 2"]


def test_check_text_includes_display_maths() -> None:
    step = Step("Divide both sides by 2.", latex="x = 2")
    assert step.check_text == "Divide both sides by 2. $x = 2$"
    assert "$$x = 2$$" in step.display_text
    same = Step("So $x = 2$.", latex="x = 2")
    assert same.check_text == same.text


def test_the_outcome_counts_steps_in_words() -> None:
    one, three = session_with(1), session_with(3)
    one.finish("x = 2")
    three.finish("x = 2")
    assert one.outcome == "Solved in 1 step. Reveal it."
    assert three.outcome == "Solved in 3 steps. Reveal them one at a time."
    stopped = session_with(2)
    stopped.cancelled = True
    assert stopped.outcome == "Stopped after 2 steps."
