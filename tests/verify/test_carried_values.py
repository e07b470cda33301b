"""Values carried into earlier equations, both sides of an earlier equation squared, one
branch of an earlier `±`, and relations kept in view through a case analysis.
Our own variants, written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def verdicts(problem: str, *steps: str) -> list[Verdict]:
    checker = ChainChecker(problem)
    return [checker.check(step).verdict for step in steps]


def test_a_supposed_value_put_into_an_earlier_equation_is_verified() -> None:
    steps = ["We need $mn - 2m - 5n = 7$.", "If $m = 3$: $3n - 6 - 5n = 7$, so $-2n = 13$."]
    assert verdicts("Find the whole numbers m and n.", *steps) == [U, V]
    result = ChainChecker("Find m and n.")
    result.check(steps[0])
    claim = result.check(steps[1]).claims[1]
    assert claim.reason == "with m = 3 put in" and "earlier equations" in claim.method
    # a slip after the substitution is not verified, and not refuted (not certain)
    wrong = ["We need $mn - 2m - 5n = 7$.", "If $m = 3$: $3n - 6 - 5n = 9$."]
    assert verdicts("Find the whole numbers m and n.", *wrong) == [U, U]


def test_a_value_given_in_words_carries_into_a_formula() -> None:
    steps = ["The surface is $2(ab + bc + ca) = 94$.", "Substituting $c = 5$, we get "
             "$2(ab + 5b + 5a) = 94$."]
    assert verdicts("A box has sides a, b and c = 5.", *steps)[1] is V
    off = ["The surface is $2(ab + bc + ca) = 94$.", "Substituting $c = 5$, we get "
           "$2(ab + 5b + 4a) = 94$."]
    assert verdicts("A box has sides a, b and c = 5.", *off)[1] is U


def test_the_claims_own_unknown_keeps_no_value_from_another_case() -> None:
    steps = ["We need $pq + p - 4q = 9$.", "If $p = 2$: $2q + 2 - 4q = 9$, so $q = -\\frac{7}{2}$.",
             "If $p = 6$: $6q + 6 - 4q = 9$, so $q = \\frac{3}{2}$."]
    assert verdicts("Find p and q.", *steps)[1:] == [V, V]


def test_both_sides_of_an_earlier_equation_squared() -> None:
    assert verdicts("Solve it.", "We have $\\sqrt{3t + 10} = 4$.", "Squaring, $3t + 10 = 16$.") \
        == [U, V]
    assert verdicts("Solve it.", "We have $\\sqrt{3t + 10} = 4$.", "Squaring, $3t + 10 = 4$.") \
        == [U, U]
    assert verdicts("Solve it.", "We have $\\sqrt{u^2 + 7} = u + 1$.",
                    "Squaring both sides, $u^2 + 7 = u^2 + 2u + 1$.") == [U, V]


def test_one_branch_of_an_earlier_plus_minus() -> None:
    steps = ["So $w = \\frac{5 \\pm \\sqrt{17}}{2}$.",
             "The larger is $w = \\frac{5 + \\sqrt{17}}{2}$."]
    assert verdicts("Find the larger root.", *steps)[1] is V
    off = ["So $w = \\frac{5 \\pm \\sqrt{17}}{2}$.",
           "The larger is $w = \\frac{5 + \\sqrt{13}}{2}$."]
    assert verdicts("Find the larger root.", *off)[1] is U


def test_a_relation_stays_in_view_through_a_case_analysis() -> None:
    checker = ChainChecker("Find the pairs.")
    checker.check("The condition is $ab - 3a - 2b = 1$.")
    for a in (1, 2, 4):  # each case adds one-name equations that fill the recent window
        checker.check(f"If $a = {a}$: $b = {a + 3}$, $2b = {2 * a + 6}$, $b + 1 = {a + 4}$.")
    assert checker.check("If $a = 7$: $7b - 21 - 2b = 1$.").verdict is V


def test_an_equation_said_to_simplify_the_last_one_is_tied_to_it() -> None:
    problem = "Find the number."
    steps = ["So $5(k - 3) = 2k + 6$.", "This simplifies to $5k - 15 = 2k + 6$.",
             "Rearranging, $3k = 20$."]
    checker = ChainChecker(problem)
    found = [checker.check(step) for step in steps]
    assert [v.verdict for v in found] == [U, V, R]
    assert found[2].reason == ("3k = 20 has the solution k = 20/3, which does not satisfy "
                               "5k - 15 = 2k + 6")
    assert verdicts(problem, *steps[:2], "Rearranging, $3k = 21$.")[2] is V


def test_a_simplification_is_not_tied_to_a_value_or_to_an_older_step() -> None:
    # the last equation is a value found: what is simplified next is something else
    assert verdicts("Find it.", "So $k = 7$.", "Simplifying, $3k = 20$.")[1] is not R
    # a step in between wrote no equation
    assert verdicts("Find it.", "So $5k - 15 = 2k + 6$.", "Next we look at the other side.",
                    "Simplifying, $3k = 20$.")[2] is not R
    # two names: not determined by one solution
    assert verdicts("Find it.", "So $5k - 15 = 2j + 6$.", "Simplifying, $5k = 2j + 20$.")[1] \
        is not R


def test_equal_tuples_are_checked_component_by_component() -> None:
    step = "The midpoint is $\\left(\\frac{9 + 3}{2}, \\frac{-4 + 10}{2}\\right) = (6, 3)$."
    verdict = ChainChecker("Find the midpoint.").check(step)
    assert verdict.verdict is V and len(verdict.claims) == 2
    wrong = ChainChecker("Find the midpoint.").check("So $(4 + 5, 2 \\cdot 7) = (9, 15)$.")
    assert wrong.verdict is R and "14" in wrong.reason
    # two different bare numbers: nothing to check, and never verified
    assert ChainChecker("").check("So $(2, 6) = (2, 7)$.").verdict is U


def test_subscripted_names_follow_tex_rules() -> None:
    checker = ChainChecker("An arithmetic sequence has $b_1 = 7$ and common difference $d = 4$.")
    assert checker.check("So $b_1 + 5d = 7 + 20 = 27$.").verdict is V
    assert checker.check("And $b_{10} - b_1 = 9d$, so $b_{10} = b_1 + 36$.").verdict is not R
    # `b_12` is b_1 times 2 to TeX and b_12 to its writer: not read, never refuted
    assert ChainChecker("").check("$b_12 = 3 + 4$ and $b_12 = 9$").verdict is not R


def test_a_value_and_an_expression_put_into_a_formula_together() -> None:
    checker = ChainChecker("A cone has radius 5 and height 2k + 1.")
    checker.check("So \\(R = 5\\) and \\(H = 2k + 1\\).")
    checker.check("Its volume is \\[W = \\frac{1}{3} \\pi R^2 H\\]")
    right = checker.check("Substituting: \\[W = \\frac{25\\pi (2k + 1)}{3}\\]")
    assert right.verdict is Verdict.VERIFIED
    wrong = checker.check("Substituting: \\[W = \\frac{25\\pi (2k + 3)}{3}\\]")
    assert wrong.verdict is Verdict.UNCHECKED


def test_a_formula_with_another_name_put_in_through_it() -> None:
    """`D = \\sqrt{x^2 + y^2}` and the curve `y = x^2 - 7` give `D` in x alone: the
    formula of a name that only the other formula uses is put in too."""
    curve = "How close does the parabola $y = x^2 - 7$ come to the origin?"
    first = "The distance is $D = \\sqrt{x^2 + y^2}$."
    assert verdicts(curve, first, "So $D = \\sqrt{x^2 + (x^2 - 7)^2}$.")[-1] is V
    assert verdicts(curve, first, "So $D^2 = x^4 - 13x^2 + 49$.")[-1] is V
    assert verdicts("The cost is $C = 4p + 9q$ where $q = 2p + 1$.",
                    "Then $C = 4p + 9(2p + 1) = 22p + 9$.")[-1] is V
    # a wrong substitution or expansion is not verified (and not refuted)
    assert verdicts(curve, first, "So $D = \\sqrt{x^2 + (x^2 + 7)^2}$.")[-1] is U
    assert verdicts(curve, first, "So $D^2 = x^4 - 14x^2 + 49$.")[-1] is U
    # without the curve's equation, y has no formula to put in
    assert verdicts("How close does a point $(x, y)$ come to the origin?", first,
                    "So $D = \\sqrt{x^2 + (x^2 - 7)^2}$.")[-1] is U
