"""Problems typed the way a student types them, in the real window with the real engine and
checker (stop 47): a whole with a part used, and a cube root of a negative number, with the
student's own steps checked; a step with a cube-root sign is never refuted as its operand."""

from __future__ import annotations

from tests.ui.conftest import check_own_steps, screenshot, solved_in_window
from tutor.verify.verdict import Verdict


def test_a_part_used_and_what_is_left(make_window, qtbot) -> None:
    window = make_window(backend="symbolic")
    assert solved_in_window(qtbot, window, "Lia read 30% of a novel with 320 pages. How many "
                            "pages are left?") == "224"
    read, left = check_own_steps(qtbot, window, ("0.3 × 320 = 96", "320 - 96 = 234"))
    assert read.verdict.verdict is Verdict.VERIFIED, read.verdict
    assert left.verdict.verdict is Verdict.REFUTED, left.verdict
    screenshot(window, "47_part_used")
    window.solution.show_all()
    screenshot(window, "47_part_used_steps")


def test_the_cube_root_of_a_negative_number(make_window, qtbot) -> None:
    window = make_window(backend="symbolic")
    assert solved_in_window(qtbot, window, "what is the cube root of -64") == "-4"
    sign, cube = check_own_steps(qtbot, window, ("∛(-64) = -4", "(-4)^3 = -64"))
    assert sign.verdict.verdict is not Verdict.REFUTED, sign.verdict  # was refuted: "(-64) = -4"
    assert cube.verdict.verdict is Verdict.VERIFIED, cube.verdict
    screenshot(window, "47_cube_root_negative")
