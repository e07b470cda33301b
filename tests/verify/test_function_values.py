"""Values of functions that nothing defines (`k(5) = 9` given, `k(x + 2) = 3k(x)` a rule):
each value is one unknown number, so restatements, combinations and a rule put at a
value are verified, and nothing is refuted. Our own variants, written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED

RULE = "A function k has $k(5) = 9$ and $k(x + 2) = 3k(x)$ for every x."


def verdicts(problem: str, *steps: str) -> list[Verdict]:
    checker = ChainChecker(problem, time_limit=10)  # the first parse imports the reader
    return [checker.check(step).verdict for step in steps]


def test_a_given_value_restated_and_a_rule_put_at_a_named_value_are_verified() -> None:
    steps = ["We are told that \\(k(5) = 9\\).",
             "Putting \\(x = 5\\) into the rule: \\(k(7) = 3k(5) = 27\\).",
             "From the step before, \\( k(7) = 27 \\)."]
    assert verdicts(RULE, *steps) == [V, V, V]
    claim = ChainChecker(RULE, time_limit=10).check(steps[0]).claims[0]
    assert "one unknown number" in claim.method


def test_a_rule_for_every_x_is_put_at_the_x_the_claim_speaks_of() -> None:
    steps = ["By the rule, \\(k(9) = 3k(7)\\).", "Also \\(k(5 + 2) = 3k(5)\\)."]
    assert verdicts(RULE, *steps) == [V, V]


def test_a_wrong_factor_or_value_is_not_verified_and_not_refuted() -> None:
    steps = ["Putting \\(x = 5\\) into the rule: \\(k(7) = 2k(5)\\).",
             "So \\( k(5) = 10 \\).", "By the rule, \\(k(9) = 3k(5)\\)."]
    assert verdicts(RULE, *steps) == [U, U, U]


def test_an_equation_in_x_is_not_a_rule_for_every_x() -> None:
    # one application: `m(x) = 12` is solved for x, so `m(4) = 12` does not follow
    assert verdicts("For the function m, find x with $m(x) = 12$.",
                    "So \\(m(4) = 12\\).") == [U]


def test_a_functional_equation_at_a_supposed_value() -> None:
    problem = "The function p satisfies $p(x) + p(3x) = 2x$ for all real x."
    steps = ["Substituting \\(x = 1\\): \\[ p(1) + p(3) = 2 \\]",
             "Substituting \\(x = 0\\): \\(p(0) + p(0) = 0\\), so \\(2p(0) = 0\\)."]
    assert verdicts(problem, *steps) == [V, V]
    assert verdicts(problem, "Substituting \\(x = 1\\): \\[ p(1) + p(3) = 3 \\]") == [U]


def test_a_value_that_removes_a_term_is_put_in() -> None:
    """The usual move: choose x so that a factor is zero (written `(2 - 2)q(5)`)."""
    problem = "For every real x, $(x - 2)q(x + 3) = (x + 4)q(x)$."
    steps = ["Taking \\(x = 2\\): \\((2 - 2)q(5) = (2 + 4)q(2)\\), hence \\(q(2) = 0\\).",
             "With \\(x = 5\\) instead: \\((5 - 2)q(8) = (5 + 4)q(5)\\)."]
    assert verdicts(problem, *steps) == [V, V]
    assert verdicts(problem, "With \\(x = 5\\): \\((5 - 2)q(8) = (5 + 3)q(5)\\).") == [U]


def test_an_inverse_function_rule() -> None:
    problem = "We know $g^{-1}(x + 3) = 2g^{-1}(x) - 1$ and $g^{-1}(4) = 5$."
    steps = ["So \\(g^{-1}(7) = 2g^{-1}(4) - 1 = 9\\).", "Then \\(g^{-1}(10) = 2 \\cdot 9 - 1\\)."]
    assert verdicts(problem, *steps) == [V, V]
    assert verdicts(problem, "So \\(g^{-1}(7) = 2g^{-1}(4) + 1\\).") == [U]


def test_a_letter_times_a_number_in_brackets_stays_unverified() -> None:
    # `B(2)` may be 2B; as an unknown value it follows from nothing here
    assert verdicts("Numbers B and C have $B + C = 0$.", "So \\( B(2) + C = 0 \\).") == [U]
    # where an earlier equation writes B as a plain number, `B(2)` is 2B (letter_products)
    assert verdicts("Numbers B and C have $2B + C = 0$.", "So \\( B(2) + C = 0 \\).") == [V]


def test_a_function_of_two_variables_and_an_inverse_are_put_in() -> None:
    problem = "Let $G(u, v) = u^2 - 2uv + 3$ and $h^{-1}(x) = \\frac{x + 5}{2}$."
    steps = ["So \\[ G(3, 1) = 3^2 - 2 \\cdot 3 \\cdot 1 + 3 = 6 \\]",
             "And \\( G\\left(\\frac{1}{2}, 2\\right) = \\frac{1}{4} - 2 + 3 \\).",
             "Also \\(h^{-1}(7) = \\frac{7 + 5}{2} = 6\\)."]
    assert verdicts(problem, *steps) == [V, V, V]
    assert verdicts(problem, "So \\(G(3, 1) = 7\\) and \\(h^{-1}(7) = 5\\).") == [U]


def test_c_and_p_of_n_and_k_are_read_as_counts() -> None:
    steps = ["A pair is chosen in \\(C(7, 2) = 21\\) ways.",
             "Triples: \\[ C(9, 3) = \\frac{9 \\times 8 \\times 7}{3 \\times 2 \\times 1} \\]"]
    assert verdicts("How many ways are there to choose?", *steps) == [V, V]
    assert verdicts("In order?", "There are \\(P(7, 2) = \\frac{7!}{5!} = 42\\).") == [V]
    assert verdicts("How many ways?", "So \\(C(7, 2) = 42\\).") == [U]


def test_an_inverse_value_is_checked_by_the_function_defined_earlier() -> None:
    problem = "Let $u(x) = 3x - 2$. Find $u^{-1}(10)$."
    step = "So \\( u^{-1}(10) = \\frac{10 + 2}{3} = 4 \\)."
    result = ChainChecker(problem, time_limit=10).check(step)
    assert result.verdict is V and result.claims[0].reason == "u sends (10 + 2)/3 to 10"
    assert verdicts(problem, "So \\( u^{-1}(10) = 5 \\).") == [U]
