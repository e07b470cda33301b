"""Function values known from earlier equations: an inner value put into an outer
application (`q(q(6)) = q(1)` after `q(6) = 1`), and a value read through the inverse
(`q(8) = 6` after `q^{-1}(6) = 8`). Verify only. Our own variants, written for these
tests."""

from __future__ import annotations

import sympy

from tutor.verify.api import ChainChecker
from tutor.verify.known_applications import application_values, base_letter
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def verdicts(problem: str, *steps: str) -> list[Verdict]:
    checker = ChainChecker(problem, time_limit=10)  # the first parse imports the reader
    return [checker.check(step).verdict for step in steps]


TABLE = "A function $q$ has $q(6) = 1$, $q(1) = -4$ and $w(-4) = 10$. Evaluate $w(q(q(6)))$."


def test_an_inner_value_found_earlier_is_put_into_the_outer_application() -> None:
    assert verdicts(TABLE, r"First \( q(q(6)) = q(1) \).",
                    r"So \[ w(q(q(6))) = w(q(1)) = w(-4) = 10. \]",
                    r"Hence $q(q(6)) = -4$.") == [V, V, V]
    # the wrong inner value, or a value nothing gave, is not verified (and not refuted)
    assert verdicts(TABLE, r"First \( q(q(6)) = q(6) \).", r"So $w(q(q(6))) = 12$.",
                    r"And $q(q(1)) = q(-4) = 3$.") == [U, U, U]


def test_a_value_of_the_inverse_says_what_the_function_does() -> None:
    problem = "The invertible function $q$ satisfies $q(2) = q^{-1}(2) = 5$. Find $q(q(2))$."
    steps = [r"We are told that \( q(2) = 5 \) and \( q^{-1}(2) = 5 \).",
             r"The inverse sends 2 to 5, so \( q(5) = 2 \).",
             r"Therefore \( q(q(2)) = q(5) = 2 \)."]
    assert verdicts(problem, *steps) == [V, V, V]
    assert verdicts(problem, r"The inverse sends 2 to 5, so \( q(2) = 2 \).",
                    r"So \( q(q(2)) = q(2) \).") == [U, U]


def test_values_from_an_earlier_step_carry_into_later_steps() -> None:
    problem = "Find $m(m(m(0)))$ for the function $m$ in the table."
    steps = [r"From the table, $m(0) = 3$ and $m(3) = 7$, and also $m(7) = 0$.",
             r"Then $m(m(0)) = m(3) = 7$.",
             r"Finally $m(m(m(0))) = m(7) = 0$."]
    results = verdicts(problem, *steps)
    assert results[1:] == [V, V]


def test_values_given_twice_differently_are_not_used() -> None:
    pairs = [(sympy.Symbol("q(6)"), sympy.Integer(1)), (sympy.Symbol("q(6)"), sympy.Integer(2)),
             (sympy.Symbol("r^{-1}(4)"), sympy.Integer(9))]
    known = application_values(pairs)
    assert sympy.Symbol("q(6)") not in known  # nor any other value of q
    assert known == {sympy.Symbol("r(9)"): 4, sympy.Symbol("r^{-1}(4)"): 9}
    assert application_values([*pairs, (sympy.Symbol("q(3)"), sympy.Integer(5))]) == known
    assert base_letter("q^{-1}") == "q" and base_letter("q'") == "q'"
