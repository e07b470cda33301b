"""Claims checked against what the chain already said: combinations of earlier
equations, substitutions, functions defined earlier, suppositions ("if c = 2").
Our own variants, written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def verdicts(problem: str, *steps: str) -> list[Verdict]:
    checker = ChainChecker(problem)
    return [checker.check(step).verdict for step in steps]


def test_a_combination_of_earlier_equations_is_verified() -> None:
    assert verdicts("Solve 4u + 3w = 18 and 2u - 3w = 0.", "Adding the two, $6u = 18$.") == [V]
    assert verdicts("The lines y = 5x - 7 and y = 2x + 8 cross.",
                    "Setting them equal, $5x - 7 = 2x + 8$.") == [V]
    # a wrong combination is not verified (and not refuted: it is not a certain slip)
    assert verdicts("Solve 4u + 3w = 18 and 2u - 3w = 0.", "Adding the two, $6u = 16$.") == [U]


def test_cases_that_contradict_each_other_prove_nothing() -> None:
    # t = 2 and t = 5 are two cases; combined they would "prove" any linear equation.
    steps = ["First, $t = 2$ gives $s = 4$.", "Next, $t = 5$ gives $s = 7$.", "So $s = 13$."]
    assert verdicts("Try the cases.", *steps)[2] is U


def test_an_earlier_equation_substituted_is_verified() -> None:
    steps = ["We know $q^2 = 20 - m^2$ and $q^2 (3 - m^2) = 11m^2$.",
             "So $(20 - m^2)(3 - m^2) = 11m^2$.", "So $(21 - m^2)(3 - m^2) = 11m^2$."]
    assert verdicts("Find m.", *steps)[1:] == [V, U]


def test_a_function_defined_earlier_is_put_in() -> None:
    checker = ChainChecker("Let $h(t) = 3t^2 - 5t + k$, and $h(2) = 9$. Find $h(-1)$.")
    first = checker.check("We have $h(2) = 3(2)^2 - 5(2) + k = 2 + k$.")
    assert first.verdict is V and "h(t)" in first.claims[0].method
    assert checker.check("So $2 + k = 9$, $k = 7$.").verdict is V
    assert checker.check("Then $h(-1) = 3 + 5 + 7 = 15$.").verdict is V
    wrong = ChainChecker("Let $h(t) = 3t^2 - 5t + k$.").check("So $h(2) = 3(2)^2 + 5(2) + k$.")
    assert wrong.verdict is U  # verify only: the name may have been reused


def test_a_chain_of_names_after_suppose_is_supposed_link_by_link() -> None:
    verdict = ChainChecker("Find the least value.").check(
        "Suppose $p = q = r$. Then each fraction is $\\frac{6}{2} = 3$.")
    reasons = {c.claim: (c.reason, c.checkable) for c in verdict.claims}
    assert reasons["p = q"] == reasons["q = r"] == ("a supposition", False)
    assert verdict.verdict is V
    chain = ChainChecker("Find m.").check("Let $m = 4 + 5 = 10$.")
    assert chain.verdict is Verdict.REFUTED  # a computation after the name is a claim


def test_a_product_of_letters_in_a_function_body_stays_a_product() -> None:
    """`ku` with u put in is k·(…), not k applied to (…)."""
    checker = ChainChecker("Let $p(u) = ku - m$ and $5u + 1 = 4p(u)$. Find $k$.")
    assert checker.check("Substituting: $5u + 1 = 4(ku - m)$.").verdict is V
    checker = ChainChecker("Let $q(s) = as^2 + c$.")
    assert checker.check("Then $q(3) = 9a + c$.").verdict is V
    assert ChainChecker("Let $q(s) = as^2 + c$.").check("Then $q(3) = 3a + c$.").verdict is U


def test_a_supposition_is_not_a_claim() -> None:
    verdict = ChainChecker("Find the pairs.").check("If $c = 4$, then $3c = 12$.")
    assert verdict.verdict is V
    reasons = {c.claim: (c.reason, c.checkable) for c in verdict.claims}
    assert reasons["c = 4"] == ("a supposition", False)


def test_the_problem_equations_stay_in_view() -> None:
    checker = ChainChecker("Given $7a - 2b = 3$, find the values.")
    for n in range(8):
        checker.add_context(f"Note $z_{n} = {n}$ and $y = {n} + r$.")
    assert checker.check("Doubling the given equation, $14a - 4b = 6$.").verdict is V


def test_display_lines_that_go_on_with_the_one_before() -> None:
    step = ("Substituting:\n\\[ \\text{Total} = \\frac{4004 \\times 15}{7} \\]\n"
            "\\[ = 572 \\times 15 \\]\n\\[ = 8580 \\]")
    verdict = ChainChecker("Find the total.").check(step)
    assert verdict.verdict is V
    assert [c.claim for c in verdict.claims] == [
        "\\frac{4004 \\times 15}{7} = 572 \\times 15", "572 \\times 15 = 8580"]
    wrong = ChainChecker("").check("\\[ 13 \\times 17 \\]\n\\[ = 231 \\]")
    assert wrong.verdict is R and "221" in wrong.reason


def test_a_step_that_opens_with_equals_goes_on_with_the_step_before() -> None:
    checker = ChainChecker("Simplify the expression.")
    checker.check("Expanding: \\[ 3(2m - 5) - (m + 4) = 6m - 15 - m - 4 \\]")
    later = checker.check("Collecting like terms: \\[ = 5m - 19 \\]")
    assert later.verdict is V
    assert [c.claim for c in later.claims] == ["6m - 15 - m - 4 = 5m - 19"]
    numbers = ChainChecker("Evaluate.")
    numbers.check("Grouping, $$ 48 \\times 25 + 52 \\times 25 = (48 + 52) \\times 25 $$")
    assert numbers.check("Then: $$= 100 \\times 25$$ $$= 2500$$").verdict is V
    # a slip in the carried link is not verified, and not refuted (the link is a reading
    # of the layout), while the step's own links are still checked
    slip = ChainChecker("Evaluate.")
    slip.check("Grouping, $$ 48 \\times 25 + 52 \\times 25 = (48 + 52) \\times 25 $$")
    result = slip.check("Then: $$= 110 \\times 25$$ $$= 2750$$")
    first = result.claims[0]
    assert first.claim == "(48 + 52) \\times 25 = 110 \\times 25" and first.verdict is not R
    assert first.verdict is not V and result.claims[1].verdict is V
    # ... and, a claim left unchecked, it keeps the step from being verified
    assert result.verdict is not V and result.verdict is not R
    assert ChainChecker("E.").check("Then: $$= 110 \\times 25$$").verdict is U  # no step before
    # the step before ended with words or a lone expression: nothing is carried
    alone = ChainChecker("Evaluate.")
    alone.check("We look at $48 \\times 25$.")
    assert not alone.check("Then: $$= 1200$$").claims
    prose = ChainChecker("Evaluate.")
    prose.check("So $2 + 3 = 5$, as the table shows.")
    assert [c.claim for c in prose.check("Next, $= 5$ too.").claims] == ["5 = 5"]


def test_degrees_and_logarithms_are_read_as_written() -> None:
    for step in ("$\\cos 60^\\circ = \\frac{1}{2}$", "$\\tan 45^{\\circ} = 1$",
                 "$\\log_9 x = \\frac{\\log_3 x}{2}$", "$\\ln(y^5) = 5\\ln y$",
                 "$3\\log_2(4) = 6$"):
        assert ChainChecker("").check(step).verdict is V, step
    # an even power is no such rule: ln(y^4) is defined for y < 0, where it is 4 ln|y|
    assert ChainChecker("").check("$\\ln(y^4) = 4\\ln y$").verdict is U
    # a wrong value with degrees is not verified (and never refuted through the lenient reader)
    assert ChainChecker("").check("$\\sin 30^\\circ = \\frac{\\sqrt3}{2}$").verdict is U


def test_arithmetic_in_degrees_is_verified_and_never_refuted() -> None:
    assert ChainChecker("").check("$4 \\times 37.5^\\circ = 150^\\circ$").verdict is V
    assert ChainChecker("").check("$180^\\circ - 35^\\circ - 70^\\circ = 75^\\circ$").verdict is V
    # a unit change is not an equality of numbers
    assert ChainChecker("").check("$180^\\circ = \\pi$").verdict is U


def test_a_boxed_side_is_its_content() -> None:
    assert ChainChecker("").check("So $7 \\cdot 13 = \\boxed{91}$.").verdict is V
    wrong = ChainChecker("").check("So $7 \\cdot 13 = \\boxed{93}$.")
    assert wrong.verdict is R and "91" in wrong.reason


def test_an_implication_that_loses_the_solution_is_refuted() -> None:
    wrong = ChainChecker("").check("$4y - 3 = 13 \\Rightarrow 4y = 10$")
    assert wrong.verdict is R
    assert wrong.reason == "4y = 10 has the solution y = 5/2, which does not satisfy 4y - 3 = 13"
    last = ChainChecker("").check("$5w + 2 = 17 \\implies w = 4$")
    assert last.reason == "w = 4 is not a solution of 5w + 2 = 17: the left side is 22, " \
        "the right side 17"
    for fine in ("$4y - 3 = 13 \\Rightarrow 4y = 16 \\Rightarrow y = 4$",
                 "$7z = 22 \\Rightarrow z = 3.14$",  # a rounded solution
                 "$y = 2 \\Rightarrow w = 7$",  # another variable
                 "$y^2 = 9 \\Rightarrow y = -3$"):  # not determined by one solution
        assert ChainChecker("").check(fine).verdict is not R, fine


def test_a_condition_after_for_or_if_is_not_a_claim() -> None:
    verdict = ChainChecker("").check("For $1 < t < 4$ we have $(t - 1)(t - 4) = t^2 - 5t + 4$.")
    assert verdict.verdict is V
    assert [c.checkable for c in verdict.claims] == [False, False, True]


def test_a_factor_of_an_earlier_equation_is_verified() -> None:
    checker = ChainChecker("Solve $4k^3 - 36k = 0$.")
    assert checker.check("Factor: $4k(k^2 - 9) = 0$.").verdict is V
    assert checker.check("So $k^2 - 9 = 0$ or $k = 0$.").verdict is V
    assert ChainChecker("Solve $4k^3 - 36k = 0$.").check("So $k^2 - 16 = 0$.").verdict is U


def test_a_letter_before_parentheses_is_a_product_only_to_verify() -> None:
    checker = ChainChecker("")
    checker.add_context("$(s^2 - 5)(s - 1) = 3s(s + 4)$")
    assert checker.check("Expanding, $s^3 - s^2 - 5s + 5 = 3s^2 + 12s$.").verdict is V
    assert ChainChecker("").check("$s(s + 3) = s^2 + 3s$").verdict is V
    assert ChainChecker("").check("$s(s + 3) = s^2 + 4s$").verdict is U  # f(x) reads two ways


def test_mixed_numbers_are_read_as_such_to_verify() -> None:
    assert ChainChecker("").check("$2\\frac{1}{4} + 1\\frac{3}{4} = 4$").verdict is V
    assert ChainChecker("").check("$2\\frac{1}{4} + 1\\frac{3}{4} = 5$").verdict is U
    checker = ChainChecker("")
    checker.add_context("$\\frac{2\\frac{1}{3}}{q} = 14$")
    assert checker.check("So $\\frac{7}{3q} = 14$.").verdict is V


def test_a_log_identity_holds_where_its_logarithms_are_defined() -> None:
    assert ChainChecker("").check("$\\ln(u^r) = r\\ln(u)$").verdict is V
    assert ChainChecker("").check("$\\ln(u^2) = 3\\ln(u)$").verdict is U
    assert ChainChecker("").check("$\\sqrt{u^2} = u$").verdict is U  # false for u < 0


def test_values_given_earlier_check_a_substitution() -> None:
    checker = ChainChecker("Let $p = 12$ and $q = 4$. Find $p^2 - q^2$.")
    assert checker.check("So $(p+q)(p-q) = (12+4)(12-4) = 128$.").verdict is V
    assert checker.check("So $(p+q)(p-q) = (12+4)(12-3)$.").verdict is U


def test_a_formula_takes_the_values_given_to_its_names() -> None:
    steps = ["The volume of a cone is $V = \\frac{1}{3}\\pi r^2 h$.",
             "Here $r = 3$ and $h = 4$.",
             "So $V = \\frac{1}{3}\\pi \\cdot 9 \\cdot 4 = 12\\pi$.",
             "So $V = 13\\pi$."]
    assert verdicts("Find the volume of the cone.", *steps)[2:] == [V, U]


def test_values_given_earlier_in_the_same_step_count() -> None:
    step = ("With $w = 5$ and $l = 8$ and the area $K = lw$, we get $K = 8 \\cdot 5$.")
    assert verdicts("Find the area of the rectangle.", step) == [V]


def test_with_i_the_only_letter_i_is_the_imaginary_unit() -> None:
    assert verdicts("Simplify $(4 + 3i)(4 - 3i)$.",
                    "$(4 + 3i)(4 - 3i) = 16 - 9i^2 = 16 + 9 = 25$.") == [V]
    assert verdicts("Compute $(1 + 2i)^2$.", "$(1 + 2i)^2 = 1 + 4i + 4i^2 = -3 + 4i$.") == [V]
    # a slip in complex arithmetic is never taken for an equation in an unknown i
    assert verdicts("Compute $(3 + i)^2$.", "$(3 + i)^2 = 9 + i^2$.") == [U]


def test_a_value_said_not_to_be_a_solution_is_not_claimed() -> None:
    checker = ChainChecker("Solve $\\frac{(y-3)(y+4)(y-3)}{y-3} = 0$.")
    said = checker.check("But $y = 3$ is not a solution, as the denominator vanishes there.")
    assert said.verdict is U and all(c.verdict is U for c in said.claims)
    assert checker.check("Only $y = -4$ remains.").verdict is V


def test_a_root_of_a_cancelled_denominator_is_never_verified_as_a_solution() -> None:
    checker = ChainChecker("Solve $\\frac{(y-3)(y+4)(y-3)}{y-3} = 0$.")
    assert checker.check("So $y = 3$.").verdict is U
    assert verdicts("Solve $\\frac{y}{2} + 3 = 5$.", "So $y = 4$.", "So $y = 5$.") == [V, R]


def test_a_value_that_fails_the_problems_equation_is_not_verified() -> None:
    problem = "Given that $w = 3$ is a root of $w^2 + 4w - 21 = 0$, find the other root."
    checker = ChainChecker(problem)
    checker.check("Wrongly factored: $(w - 3)(w + 8) = 0$.")
    step = checker.check("So the other root is $w = -8$.")  # solves the step, not the problem
    assert step.verdict is U and "problem's equation" in step.claims[0].reason
    right = ChainChecker(problem)
    right.check("Factoring, $(w - 3)(w + 7) = 0$.")
    assert right.check("So the other root is $w = -7$.").verdict is V
    # the problem's value itself, and a chain with no equation of degree 2 in the problem
    assert ChainChecker("If $w = 3$, find $w + 1$.").check("$w + 1 = 4$.").verdict is V


def test_a_named_quantity_restated_in_another_number_form() -> None:
    def verdict(step: str) -> Verdict:
        return ChainChecker("Find it.").check(step).verdict
    assert verdict("So \\[ \\text{Area} = \\pi (7)^2 \\] \\[ \\text{Area} = 49\\pi \\]") is V
    assert verdict("\\[ \\text{Volume} = \\frac{1}{3} \\pi \\times 3^2 \\times 4 \\] "
                   "\\[ \\text{Volume} = 12\\pi \\text{ cubic units} \\]") is V
    assert verdict("\\[ \\text{Share} = \\frac{15}{40} \\] "
                   "\\[ \\text{Share} = \\frac{3}{8} \\]") is V
    assert verdict("\\[ \\text{Side} = \\sqrt{2^2 + 4^2} \\] "
                   "\\[ \\text{Side} = 2\\sqrt{5} \\]") is V
    # a slip is not verified, and not refuted: the pairing is a reading of the layout
    assert verdict("\\[ \\text{Area} = \\pi (7)^2 \\] \\[ \\text{Area} = 42\\pi \\]") is U
    assert verdict("\\[ \\text{Share} = \\frac{15}{40} \\] \\[ \\text{Share} = \\frac{3}{5} \\]") \
        is U
    # a formula in letters, then a value: nothing to pair
    assert verdict("\\[ \\text{Area} = \\pi r^2 \\] \\[ \\text{Area} = 49\\pi \\]") is U
