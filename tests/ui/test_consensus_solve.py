"""The Samples setting: several chains are checked and voted on, in the window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.fake_model import FakeModel
from tests.ui.conftest import screenshot, wait_solved
from tutor.reasoning.events import Request
from tutor.verify.verdict import Verdict


def voters() -> FakeModel:
    """Chain 1 slips (x = 5); its repair and every later chain find x = 4."""

    def chain(request: Request, n: int) -> str:
        if request.prefix:
            steps = ["$x = 8 / 2 = 4$", "The answer is $\\boxed{4}$."]
        elif n == 1:
            steps = ["$2x = 11 - 3 = 8$", "$x = 8 / 2 = 5$", "The answer is $\\boxed{5}$."]
        else:
            steps = ["$2x = 11 - 3 = 8$", "$x = 8 / 2 = 4$", "The answer is $\\boxed{4}$."]
        return f"<think>chain {n} thinking </think>" + "\n\n".join(steps)

    return FakeModel(chain)


def test_samples_vote_and_show_the_winning_chain(make_window, qtbot) -> None:
    window = make_window(backend="openai", samples=2)
    backend = voters()
    window.solver.backend_factory = lambda _settings: backend
    window.editor.set_text("Solve $2x + 3 = 11$.")
    window.solve()
    wait_solved(qtbot, window)
    session = window.solver.session
    assert session.error is None, session.error
    # two samples, plus one repair of the chain with the refuted step
    assert len(backend.requests) == 3 and backend.requests[1].prefix is not None
    assert [s.text for s in session.steps][:2] == ["$2x = 11 - 3 = 8$", "$x = 8 / 2 = 4$"]
    assert all(s.verdict is not None and s.verdict.verdict is not Verdict.REFUTED
               for s in session.steps)
    assert session.steps[1].verdict.verdict is Verdict.VERIFIED
    assert session.note == ("Chosen by vote: 2 of 3 chains reached this answer; "
                            "1 lost its vote to a refuted step.")
    pane = window.solution
    thinking = pane.thinking.plain_text()
    assert "[chain 1 of 2]" in thinking and "chain 3 thinking" in thinking
    assert "[chain 1 of 2, repaired from its first refuted step]" in thinking
    assert "[chain 2 of 2]" in thinking and "of 3]" not in thinking
    pane.all_button.click()
    QApplication.processEvents()
    assert pane.answer_view.source_text() == "Answer: $4$"
    assert "Chosen by vote" in pane.status.text()
    screenshot(window, "12_consensus")


def test_one_sample_streams_steps_as_before(make_window, qtbot) -> None:
    window = make_window(backend="openai", samples=1)
    backend = voters()
    window.solver.backend_factory = lambda _settings: backend
    window.editor.set_text("Solve $2x + 3 = 11$.")
    window.solve()
    wait_solved(qtbot, window)
    assert len(backend.requests) == 1 and window.solver.session.note is None
