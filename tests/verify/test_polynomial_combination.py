"""Claims that follow from earlier equations times polynomials (symmetric functions
after Vieta's formulas); contradictory earlier equations are never combined; a wrong
value is neither verified nor refuted. Our own variants."""

from __future__ import annotations

import sympy

from tutor.verify.api import ChainChecker
from tutor.verify.claims import RawClaim
from tutor.verify.polynomial_combination import follows_with_multipliers, multiplier_claim
from tutor.verify.verdict import Verdict

V, U, R = Verdict.VERIFIED, Verdict.UNCHECKED, Verdict.REFUTED
p, q, r = sympy.symbols("p q r")


def claim_verdict(problem: str, *steps: str) -> Verdict:
    checker = ChainChecker(problem, time_limit=10)
    for step in steps[:-1]:
        checker.check(step)
    return checker.check(steps[-1]).claims[-1].verdict


def test_symmetric_functions_of_known_sum_and_product() -> None:
    problem = "The numbers $p$ and $q$ satisfy $p + q = 7$ and $pq = 10$."
    assert claim_verdict(problem, "Then \\(p^2 + q^2 = (p + q)^2 - 2pq = 49 - 20\\).") is V
    assert claim_verdict(problem, "Cubes: \\(p^3 + q^3 = (p + q)^3 - 3pq(p + q)\\) "
                                  "and \\((p + q)^3 - 3pq(p + q) = 343 - 210\\).") is V
    assert claim_verdict(problem, "Also \\(p^2q + pq^2 = pq(p + q) = 10 \\cdot 7\\).") is V


def test_reciprocals_with_denominators_cleared() -> None:
    problem = "Let $u + w = 9$ and $uw = 4$."
    assert claim_verdict(problem, "Hence \\(\\frac{1}{u} + \\frac{1}{w} = \\frac{9}{4}\\).") is V


def test_a_wrong_value_is_neither_verified_nor_refuted() -> None:
    problem = "The numbers $p$ and $q$ satisfy $p + q = 7$ and $pq = 10$."
    assert claim_verdict(problem, "Then \\((p + q)^2 - 2pq = 49 - 10\\).") is U


def test_multipliers_found_and_confirmed() -> None:
    earlier = [(p + q, sympy.Integer(7)), (p * q, sympy.Integer(10))]
    assert follows_with_multipliers(p**2 + q**2 - 29, earlier)
    assert not follows_with_multipliers(p**2 + q**2 - 30, earlier)
    assert follows_with_multipliers(p**3 + q**3 - 133, earlier)


def test_contradictory_cases_are_not_combined() -> None:
    # x = 2 in one case and x = 5 in another: together they would give anything
    cases = [(r, sympy.Integer(2)), (r, sympy.Integer(5))]
    assert not follows_with_multipliers(r**2 - 11, cases)
    assert follows_with_multipliers(r**2 - 4, cases)  # the case kept first still counts


def test_only_a_value_other_than_zero_is_a_consequence() -> None:
    # `(r - 4)(anything) = 0` "follows" from r = 4: a wrong factoring must not pass
    claim = RawClaim("(r - 4)(r + 5)", "=", "0", "(r - 4)(r + 5) = 0", True, True, False, True)
    earlier = [(r, sympy.Integer(4))]
    assert follows_with_multipliers((r - 4) * (r + 5), earlier)
    assert multiplier_claim(claim, (r - 4) * (r + 5), sympy.Integer(0), earlier) is None
    valued = RawClaim("r^2 + r", "=", "20", "r^2 + r = 20", True, True, False, True)
    result = multiplier_claim(valued, r**2 + r, sympy.Integer(20), earlier)
    assert result is not None and result.verdict is V
