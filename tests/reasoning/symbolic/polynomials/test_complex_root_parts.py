"""The sum or product of the real or imaginary parts of the complex solutions of a
polynomial equation (`polynomials/complex_root_parts`). Our own problems; answers worked
out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (x + 2)^2 = 4 + 2i: x = -2 +- w, (Re w)^2 = (sqrt 20 + 4)/2; the product is 4 - (Re w)^2
    ("The equation $x^2 + 4x = 2i$ has two complex solutions. Determine the product of their "
     "real parts.", r"2 - \sqrt{5}"),
    # (z - 1)^2 = 1 + 3i: 1 - (sqrt 10 + 1)/2
    ("Find the product of the real parts of the solutions of $z^2 - 2z = 3i$.",
     r"\frac{1 - \sqrt{10}}{2}"),
    # the imaginary parts of 1 + w and 1 - w cancel
    ("Find the sum of the imaginary parts of the roots of $z^2 - 2z = 3i$.", "0"),
    # the roots are 2 + 3i and -2 - 3i
    ("What is the product of all complex numbers $z$ such that $z^2 = -5 + 12i$?", "5 - 12i"),
    # -i and (+-sqrt 3 + i)/2
    ("Find the sum of the real parts of all complex numbers $z$ such that $z^3 = i$.", "0"),
    # -1 + 2i and -1 - 2i
    ("The equation $x^2 + 2x + 5 = 0$ has two complex solutions. What is the product of their "
     "imaginary parts?", "-4"),
    # the sum of the roots is -6, all of it real
    ("The equation $w^2 + 6w = 4i$ has two complex roots. Find the sum of their real parts.",
     "-6"),
])
def test_parts_of_complex_solutions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a double root: "their real parts" reads two ways
    "The equation $x^2 - 6x + 9 = 0$ has two complex solutions. What is the product of their "
    "real parts?",
    # moduli are not read here
    "The equation $x^2 + 4x = 2i$ has two complex solutions. Determine the product of their "
    "moduli.",
    # two letters
    "Find the product of the real parts of the solutions of $z^2 - 2w = 3i$.",
    # a degree past four
    "Find the sum of the real parts of the roots of $z^5 = 1 + i$.",
])
def test_parts_of_complex_solutions_decline_when_unsure(problem: str) -> None:
    assert solve_now(problem).answer is None
