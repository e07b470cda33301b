"""All the roots of a polynomial equation, complex ones included, when the question says so:
"complex solutions", "(real and otherwise)", "(real and nonreal)", or the unknown is z (the
usual letter of a complex number). "Solutions" of an equation in x with nothing said stays
declined when some roots are not real. Problems written for this file, roots by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # z^3 = 64: 4 and 4(cos 120 +- i sin 120) = -2 +- 2 sqrt 3 i
    (r"What are the solutions to $z^3 = 64$? List them separated by commas.",
     r"4, -2 - 2\sqrt{3} i, -2 + 2\sqrt{3} i"),
    (r"Find all complex solutions for $z^3 - 64 = 0$.", r"4, -2 + 2\sqrt{3} i, -2 - 2\sqrt{3} i"),
    # t^4 = -4: t^2 = +-2i, t = 1 + i, 1 - i, -1 + i, -1 - i
    (r"Determine all solutions $t$, real and nonreal, of $t^4 + 4 = 0$.",
     r"1 + i, 1 - i, -1 + i, -1 - i"),
    (r"Find all the solutions (real and otherwise) to the equation \[y^4 = -4.\]",
     r"-1 - i, -1 + i, 1 - i, 1 + i"),
    # "over the complex numbers": (x - 3)^2 = -16, x = 3 +- 4i
    (r"Solve $x^2 - 6x + 25 = 0$ over the complex numbers.", r"3 - 4i, 3 + 4i"),
    # "for t in the complex numbers": t^2 = -2t - 5, (t + 1)^2 = -4
    (r"Solve $t^2 + 2t + 5 = 0$ for $t$ in the complex numbers.", r"-1 - 2i, -1 + 2i"),
    # "all complex numbers w such that": w^4 = 81, w = +-3, +-3i
    (r"Find all complex numbers $w$ such that $w^4 = 81$.", r"3, -3, 3i, -3i"),
    (r"Find all complex numbers $u$ with $u^2 + 49 = 0$.", r"7i, -7i"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_complex_roots(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_solutions_in_x_with_nonreal_roots_are_not_guessed() -> None:
    # real ones only, or complex ones too? nothing says
    assert solve_now(r"Find all solutions to $x^3 = 27$.").answer is None
    # "Solve" alone: real ones only, or complex ones too?
    assert solve_now(r"Solve $x^2 - 6x + 25 = 0$.").answer is None
    # a condition after the equation is not read: not all complex roots are asked for
    assert solve_now(r"Find all complex numbers $z$ such that $z^2 + 2z + 5 = 0$ and "
                     r"$\text{Re}(z) > 0$.").answer is None


def test_listed_complex_roots_keep_the_number_and_i_together() -> None:
    # w^4 = -64: w^2 = +-8i, w = +-2 +- 2i
    sol = assert_solved(r"Find all complex solutions of $w^4 + 64 = 0$.",
                        "2 + 2i, 2 - 2i, -2 + 2i, -2 - 2i")
    assert "2 i" not in str(sol.answer)
