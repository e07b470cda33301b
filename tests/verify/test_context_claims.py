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


def test_degrees_and_logarithms_are_read_as_written() -> None:
    for step in ("$\\cos 60^\\circ = \\frac{1}{2}$", "$\\tan 45^{\\circ} = 1$",
                 "$\\log_9 x = \\frac{\\log_3 x}{2}$", "$\\ln(y^4) = 4\\ln y$",
                 "$3\\log_2(4) = 6$"):
        assert ChainChecker("").check(step).verdict is V, step
    # a wrong value with degrees is not verified (and never refuted through the lenient reader)
    assert ChainChecker("").check("$\\sin 30^\\circ = \\frac{\\sqrt3}{2}$").verdict is U
