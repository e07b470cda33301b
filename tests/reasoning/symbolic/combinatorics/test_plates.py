"""License plates whose format is said in the question ("how many license plates consist
of ..."). Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many license plates consist of 3 letters followed by 3 digits?", "17576000"),
    ("How many license plates can be made using 3 letters followed by 4 digits?", "175760000"),
    # 26^2 * 10 * 9 * 8
    ("How many license plates consist of 2 letters followed by 3 digits if no digit may be "
     "repeated?", "486720"),
])
def test_asked_format(problem, answer):
    assert_solved(problem, answer)


def test_order_left_open_is_declined():
    assert solve_now("How many codes consist of 3 letters and 2 digits?").answer is None


def test_a_pin_code_is_a_code():
    # 10^4: every place any digit, repeats said to be allowed
    assert_solved("A PIN code consists of 4 digits. How many different PIN codes are possible "
                  "if digits may be repeated?", "10000")
