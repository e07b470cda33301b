"""A rewrite that loses every solution of the equation it is written as following from
("dividing both sides by 3:", "solving for w,", "factoring, we get") is refuted; one
that keeps a solution, or may follow from something else, is not. Our own variants,
written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def verdicts(*steps: str) -> list[Verdict]:
    checker = ChainChecker("Find the unknown.", time_limit=30)
    return [checker.check(step).verdict for step in steps]


def test_words_of_rewriting_tie_an_equation_to_the_one_before() -> None:
    assert verdicts(r"We have \(3w + 21 = 90\).", r"Subtract 21 from both sides: \(3w = 69\).",
                    r"Divide both sides by 3: \(w = 23\).") == [U, V, V]
    assert verdicts(r"We have \(3w + 21 = 90\).",
                    r"Subtract 21 from both sides: \(3w = 79\).")[1] is R
    step = r"Here \(\frac{9}{4} = \frac{5 + q}{4}\), and solving for q gives \(q = 5 - 9\)."
    assert verdicts(step) == [R]


def test_a_factorisation_that_keeps_no_root_is_refuted() -> None:
    wrong = ChainChecker("Solve.").check(
        r"We need \(t^2 - 8t + 15 = 0\). Factoring, we get \((t - 1)(t - 15) = 0\).")
    assert wrong.verdict is R
    assert any("has no solution in common with" in c.reason for c in wrong.claims)
    right = r"We need \(t^2 - 8t + 15 = 0\). Factoring, we get \((t - 3)(t - 5) = 0\)."
    assert verdicts(right) == [U]  # the given equation itself stays unchecked
    # one root kept (the other lost) is not certainly a slip: a case may be set aside
    assert verdicts(r"We need \(t^2 - 8t + 15 = 0\). Factoring, \((t - 3)(t + 5) = 0\).") \
        != [R]


def test_equations_not_tied_by_words_are_not_refuted() -> None:
    # "so" does not say which equation it came from
    assert verdicts(r"We have \(3w + 21 = 90\), so \(w = 20\).") != [R]
    # an equation with a root, or a written denominator, is not a polynomial rewrite
    assert verdicts(r"We have \(\sqrt{s + 6} = s\). Squaring, we get \(s + 6 = s^2\).") \
        != [R]
    assert verdicts(r"We have \(\frac{12}{k} = 4\). Simplifying, \(k = 3\).") != [R]
