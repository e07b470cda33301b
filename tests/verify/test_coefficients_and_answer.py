"""Equations verified by equating coefficients of an earlier equation, and equations in
the asked letter whose one solution is the engine's confirmed answer; earlier equations
with a matrix side no longer break the check. Our own variants, written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.independent_answer import asked_for
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED
FRACTIONS = (r"Find $P$ and $Q$ with $\frac{3s+1}{(s-2)(s+2)} = \frac{P}{s-2} + "
             r"\frac{Q}{s+2}$ for all $s$.")


def verdicts(problem: str, *steps: str, answer: str | None = None) -> list[Verdict]:
    checker = ChainChecker(problem, reference_answer=answer)
    return [checker.check(step).verdict for step in steps]


def test_equating_coefficients_is_verified() -> None:
    steps = ["Clearing denominators, $3s + 1 = (P + Q)s + (2P - 2Q)$.",
             "Equating the coefficients of $s$ and the constant terms, $P + Q = 3$ and "
             "$2P - 2Q = 1$."]
    assert verdicts(FRACTIONS, *steps)[1] is V
    checker = ChainChecker(FRACTIONS)
    checker.check(steps[0])
    reasons = [c.reason for c in checker.check(steps[1]).claims]
    assert reasons[0].startswith("equating the coefficients of s in")
    assert reasons[1].startswith("equating the constant terms in")


def test_wrong_coefficients_and_no_words_are_not_verified() -> None:
    first = "Clearing denominators, $3s + 1 = (P + Q)s + (2P - 2Q)$."
    # a coefficient copied wrong is not verified (nor refuted: not a certain slip)
    assert verdicts(FRACTIONS, first, "Comparing coefficients, $P + Q = 1$.")[1] is U
    # without words that equate coefficients, the same equation is not claimed to follow
    assert verdicts(FRACTIONS, first, "So $P + Q = 3$.")[1] is U


def test_what_the_problem_asks_for() -> None:
    assert asked_for("Twice a number plus 5 is 17. Find $w$.") == "w"
    assert asked_for(r"What is the value of \(k\)?") == "k"
    assert asked_for("Find $a$ and $b$.") is None
    assert asked_for("Find $p + q$. Then find $p$.") is None
    assert asked_for("Find $p + q$.") == "p+q"
    assert asked_for("Bo has $m$ apples and eats 2. How many are left?") == ""


def test_the_asked_quantity_given_the_engines_answer_is_verified() -> None:
    problem = r"The roots of $t^2 - 9t + 14 = 0$ are $p$ and $q$ with $p > q$. Find $2p + q$."
    step = "The roots are 7 and 2, so $2p + q = 2 \\cdot 7 + 2 = 16$."
    assert verdicts(problem, step, answer="16") == [V]
    assert verdicts(problem, step) == [U]  # without the engine's answer
    # a different value is not verified (the engine's word alone refutes nothing here)
    wrong = "So $2p + q = 2 \\cdot 7 + 3 = 17$."
    assert verdicts(problem, wrong, answer="16") == [U]


def test_an_equation_whose_one_solution_is_the_engines_answer_is_verified() -> None:
    problem = "Seven more than four times a number $w$ is 35. Find $w$."
    assert verdicts(problem, "So $4w + 7 = 35$.", answer="7") == [V]
    assert verdicts(problem, "So $(w - 7)^2 = 0$.", answer="7") == [V]
    assert verdicts(problem, "So $\\frac{28}{w} = 4$.", answer="7") == [V]


def test_equations_the_answer_does_not_settle_are_not_verified() -> None:
    problem = "Seven more than four times a number $w$ is 35. Find $w$."
    # two solutions: the answer does not pin the equation down
    assert verdicts(problem, "So $w^2 = 49$.", answer="7") == [U]
    # a different solution: not verified, and never refuted on the engine's word alone
    assert verdicts(problem, "So $4w + 7 = 31$.", answer="7") == [U]
    # another letter than the one asked for
    assert verdicts(problem, "Let $v$ be it: $4v + 7 = 35$.", answer="7") == [U]
    # no engine answer
    assert verdicts(problem, "So $4w + 7 = 35$.") == [U]
    # a supposition is not a claim
    assert verdicts(problem, "Try $w = 7$: then $4 \\cdot 7 + 7 = 35$.", answer="7") == [V]


def test_a_set_up_equation_in_a_new_letter_is_checked_against_the_answer() -> None:
    problem = "Seven more than four times a number is 35. What is the number?"
    assert verdicts(problem, "Call it $m$: $4m + 7 = 35$.", answer="7") == [V]
    assert verdicts(problem, "Call it $m$: $4m + 7 = 36$.", answer="7") == [U]
    # the bare value is no set-up: it is checked against the equations before it only
    assert verdicts(problem, "So $m = 7$.", answer="7") == [U]
    # a letter the problem itself uses is not the solution's own unknown
    other = "For $k = 3$, seven more than four times a number is 35. What is the number?"
    assert verdicts(other, "So $4k + 7 = 35$.", answer="7") == [U]


def test_an_earlier_matrix_does_not_break_later_checks() -> None:
    problem = (r"Find $\mathbf{u}$ with \[\begin{pmatrix} 1 & 2 \\ 0 & 3 \end{pmatrix} "
               r"\mathbf{u} = \begin{pmatrix} 5 \\ 6 \end{pmatrix}.\]")
    step = r"From the last row, $3u_2 = 6$, so $u_2 = 2$. Then $u_1 + 2(2) = 5$."
    result = ChainChecker(problem).check(step)
    assert not any("checker error" in c.reason for c in result.claims)
    assert result.verdict is not R


def test_an_earlier_equation_squared_is_verified() -> None:
    problem = "Two numbers $u$ and $v$ have sum 11 and product 24. Find $u^2 + v^2$."
    step = r"So \(u + v = 11\), hence \((u + v)^2 = 121\) and \(u^2 + v^2 + 2uv = 121\)."
    claims = ChainChecker(problem).check(step).claims
    assert [c.verdict for c in claims[1:]] == [V, V]
    assert claims[1].reason == "an earlier equation squared"
    # squared wrong: not verified
    wrong = ChainChecker(problem).check(r"So \(u + v = 11\), hence \((u + v)^2 = 112\).")
    assert wrong.claims[1].verdict is U
