"""A looser bound on one variable follows from a tighter earlier one; a tighter or
opposite bound does not, and nothing here refutes. Our own variants."""

from __future__ import annotations

import sympy

from tutor.verify.api import ChainChecker
from tutor.verify.inequality_bounds import bound_on_variable
from tutor.verify.verdict import Verdict

V, U = Verdict.VERIFIED, Verdict.UNCHECKED


def claim_verdicts(problem: str, step: str) -> dict[str, Verdict]:
    verdict = ChainChecker(problem, time_limit=10).check(step)
    return {c.claim: c.verdict for c in verdict.claims}


def test_a_looser_bound_on_the_same_side_is_verified() -> None:
    got = claim_verdicts("How many integers k satisfy $5 < 3k + 2 < 40$?",
                         "So \\(1 < k\\) and \\(k < \\frac{38}{3}\\); hence \\(0 < k\\), "
                         "\\(k \\le 13\\) and \\(k < 12\\).")
    assert got["0 < k"] is V and got["k \\le 13"] is V
    assert got["k < 12"] is U  # tighter than 38/3: true only for integers


def test_a_negative_coefficient_turns_the_bound() -> None:
    got = claim_verdicts("Solve $7 - 3y > 1$.",
                         "This gives \\(y < 2\\), so \\(-y > -3\\) and \\(2y \\le 4\\).")
    assert got["-y > -3"] is V and got["2y \\le 4"] is V


def test_equal_bounds_follow_only_without_tightening() -> None:
    got = claim_verdicts("Let $w$ be real with $w > 6$.",
                         "Then \\(w \\ge 6\\) and \\(w > 6\\), while \\(w > 7\\) is unknown.")
    assert got["w \\ge 6"] is V and got["w > 7"] is U
    strict_after_loose = claim_verdicts("Let $w \\ge 6$.", "Then \\(w > 6\\).")
    assert strict_after_loose["w > 6"] is U


def test_the_other_side_or_another_variable_is_not_implied() -> None:
    got = claim_verdicts("Suppose $u > 4$ and $v < 1$.", "So \\(u < 9\\) and \\(v > 0\\).")
    assert set(got.values()) == {U}


def test_bounds_read_from_linear_inequalities() -> None:
    y = sympy.Symbol("y")
    assert bound_on_variable(3 - 2 * y, ">") == (y, True, sympy.Rational(3, 2), True)
    assert bound_on_variable(y**2 - 4, "<") is None  # not linear
    assert bound_on_variable(sympy.sqrt(2) * y - 1, ">=") == (y, False, 1 / sympy.sqrt(2),
                                                              False)
