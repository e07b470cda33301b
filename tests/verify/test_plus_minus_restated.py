"""A name given two values with `±`, checked against the chain before it: the same two values
as an earlier `±` writing of the name, or two values that both solve an earlier polynomial
equation in it. Our own variants, written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def verdicts(problem: str, *steps: str) -> list[Verdict]:
    checker = ChainChecker(problem)
    return [checker.check(step).verdict for step in steps]


def claims(problem: str, *steps: str) -> list[tuple[str, Verdict, bool, str]]:
    """The last step's claims: (claim, verdict, counted as a claim, reason)."""
    checker = ChainChecker(problem)
    for step in steps[:-1]:
        checker.check(step)
    return [(c.claim, c.verdict, c.checkable, c.reason) for c in checker.check(steps[-1]).claims]


def test_the_quadratic_formula_simplified_step_by_step() -> None:
    problem = "Where does the curve x = w^2 + 4w - 1 cross the line x = 0?"
    steps = ["Setting $x = 0$ gives $w^2 + 4w - 1 = 0$.",
             "By the quadratic formula, \\[w = \\frac{-4 \\pm \\sqrt{4^2 - 4(1)(-1)}}{2(1)}\\]",
             "Inside the root: \\[w = \\frac{-4 \\pm \\sqrt{20}}{2}\\]",
             "Since $\\sqrt{20} = 2\\sqrt{5}$, \\[w = \\frac{-4 \\pm 2\\sqrt{5}}{2}\\]",
             "Dividing by 2, \\[w = -2 \\pm \\sqrt{5}\\]"]
    assert verdicts(problem, *steps)[1:] == [V, V, V, V]
    reason = claims(problem, *steps)[-1][3]
    assert reason == "the same two values as w = (-4 ± 2√5)/2"


def test_several_lines_of_one_step() -> None:
    problem = "Solve for p."
    step = ("We have $3p^2 - 5p - 1 = 0$, so \\[p = \\frac{5 \\pm \\sqrt{25 + 12}}{6}\\] "
            "\\[p = \\frac{5 \\pm \\sqrt{37}}{6}.\\]")
    found = claims(problem, step)
    assert [c[1] for c in found[1:]] == [V, V]
    assert found[1][3] == "both values solve the earlier 3p² - 5p - 1 = 0"
    later = "Then $k = \\frac{10 \\pm \\sqrt{28}}{2}$ and $k = 5 \\pm \\sqrt{7}$."
    assert verdicts(problem, "First, $k^2 - 10k + 18 = 0$.", later) == [U, V]


def test_the_two_values_in_either_order() -> None:
    assert verdicts("Find r.", "So $r = -(3 \\pm \\sqrt{6})$.",
                    "That is, $r = -3 \\pm \\sqrt{6}$.")[1] is V
    # the same writing restated two steps later, after another equation in the name
    assert verdicts("Find r.", "So $r = \\frac{1 \\pm \\sqrt{13}}{2}$.",
                    "Check: $r^2 - r = 3$.", "Hence $r = \\frac{2 \\pm 2\\sqrt{13}}{4}$.")[2] is V


def test_values_that_differ_are_not_verified_and_never_refuted() -> None:
    problem = "Where does the curve x = w^2 + 4w - 1 cross the line x = 0?"
    wrong = verdicts(problem, "Setting $x = 0$ gives $w^2 + 4w - 1 = 0$.",
                     "By the quadratic formula, \\[w = \\frac{4 \\pm \\sqrt{20}}{2}\\]")
    assert wrong == [V, U]
    assert verdicts("Find y.", "So $y = \\frac{4 \\pm \\sqrt{20}}{2}$.",
                    "Then $y = 2 \\pm \\sqrt{10}$.")[1] is U
    # a slip in the simplification is not refuted here (the plain `±` link does that)
    assert R not in verdicts("Find y.", "So $y = \\frac{6 \\pm \\sqrt{8}}{2}$.",
                             "Then $y = 3 \\pm \\sqrt{8}$.")


def test_near_misses_stay_unchecked() -> None:
    # nothing before to compare with: a definition, as before
    assert verdicts("Find m.", "Let us write $m = 5 \\pm \\sqrt{7}$.") == [U]
    # another name
    assert verdicts("Find y.", "So $y = \\frac{4 \\pm \\sqrt{20}}{2}$.",
                    "Then $z = 2 \\pm \\sqrt{5}$.")[1] is U
    # rounded values, `∓`, a supposition
    base = "First, $k^2 - 10k + 18 = 0$."
    assert verdicts("Find k.", base, "So $k = 5 \\pm 2.65$.")[1] is U
    assert verdicts("Find k.", base, "So $k = 5 \\mp \\sqrt{7}$.")[1] is U
    assert verdicts("Find k.", base, "If $k = 5 \\pm \\sqrt{7}$, we are done.")[1] is U
    # an earlier equation with a written denominator is not used
    assert verdicts("Find k.", "We need $\\frac{k^2 + 18}{10} = k$.",
                    "So $k = 5 \\pm \\sqrt{7}$.")[1] is U
    # an equation in two names says nothing about one name's values
    assert verdicts("Find k.", "We need $k^2 - 10k + j = 0$.",
                    "So $k = 5 \\pm \\sqrt{7}$.")[1] is U


def test_two_values_that_fail_the_latest_equation_keep_their_step_from_verified() -> None:
    # 3 ± sqrt 5 does not solve w^2 - 6w + 7 = 0 (3 ± sqrt 2 does): unchecked, counted
    steps = ["We need $w^2 - 6w + 7 = 0$.", "So $w = 3 \\pm \\sqrt{5}$, and $2 + 2 = 4$."]
    assert verdicts("Find w.", *steps) == [U, U]
    found = claims("Find w.", *steps)
    assert found[0][1] is U and found[0][2], "a claim that counts, never refuted"
    assert "do not both solve" in found[0][3]
    assert found[1][:2] == ("2 + 2 = 4", V)
    # the right values verify the step
    assert verdicts("Find w.", steps[0], "So $w = 3 \\pm \\sqrt{2}$, and $2 + 2 = 4$.") == [U, V]
