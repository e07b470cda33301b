"""Problems typed the way a student types them, in the real window with the real engine and
checker: a remainder over every residue a parity leaves, each case a checked claim; a trip
timed on a 24-hour clock; a value told for π put in the exact answer, with the step that puts
it in checked; and a sequence's terms typed plainly, with the student's own steps checked."""

from __future__ import annotations

import pytest

from tests.ui.conftest import check_own_steps, screenshot, solved_in_window, wait_solved
from tutor.verify.verdict import Verdict

pytestmark = pytest.mark.usefixtures("warm_solver")


def test_a_remainder_over_the_residues_a_parity_leaves(make_window, qtbot) -> None:
    window = make_window(backend="symbolic")
    assert solved_in_window(qtbot, window, "If n is odd, what is the remainder when n^2 + 2 "
                            "is divided by 8?") == "3"
    wait_solved(qtbot, window)
    steps = window.solver.session.steps
    cases = next(s for s in steps if "7^{2}" in s.text)  # 1, 3, 5 and 7 modulo 8
    assert cases.verdict.verdict is Verdict.VERIFIED, cases.verdict
    assert not any(s.verdict.verdict is Verdict.REFUTED for s in steps)
    window.solution.show_all()
    screenshot(window, "parity_remainder_steps")


def test_a_trip_on_a_24_hour_clock(make_window, qtbot) -> None:
    window = make_window(backend="symbolic")
    assert solved_in_window(qtbot, window, "A train leaves at 9:40 and arrives at 13:15. How "
                            "many minutes is the trip?") == "215"
    right, slip = check_own_steps(qtbot, window, ("13 * 60 + 15 - (9 * 60 + 40) = 215",
                                                  "795 - 580 = 225"))
    assert right.verdict.verdict is Verdict.VERIFIED, right.verdict
    assert slip.verdict.verdict is Verdict.REFUTED, slip.verdict
    screenshot(window, "24_hour_trip")


def test_a_value_told_for_pi(make_window, qtbot) -> None:
    window = make_window(backend="symbolic")
    assert solved_in_window(qtbot, window, "A circular rug has a radius of 3 m. Find its "
                            "area. Use 3.14 for pi.") == "28.26"
    wait_solved(qtbot, window)
    steps = window.solver.session.steps
    put_in = steps[-1]
    assert "9 \\cdot 3.14 = 28.26" in put_in.text, put_in.text
    assert put_in.verdict.verdict is Verdict.VERIFIED, put_in.verdict
    assert not any(s.verdict.verdict is Verdict.REFUTED for s in steps)
    window.solution.show_all()
    screenshot(window, "pi_value_steps")


def test_a_sequence_typed_plainly_and_the_students_steps(make_window, qtbot) -> None:
    window = make_window(backend="symbolic")
    assert solved_in_window(qtbot, window, "A sequence has a1 = 2 and a(n+1) = 3a(n) - 1. "
                            "What is a4?") == "41"
    right, slip = check_own_steps(qtbot, window, ("a_2 = 3*2 - 1 = 5", "a_3 = 3*5 - 1 = 15"))
    assert right.verdict.verdict is Verdict.VERIFIED, right.verdict
    assert slip.verdict.verdict is Verdict.REFUTED, slip.verdict
    screenshot(window, "plain_sequence")
