"""An equation the words deny is not a claim: "we can't have n = 2.5", "it is not true that
y = 4", "this rules out t = 0", "x = 7 is not a solution". It is neither verified (as a
restatement of an earlier line) nor refuted; the same equation stated as a result still is
checked."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict


def last_claims(problem: str, *steps: str) -> list[tuple[Verdict, bool]]:
    checker = ChainChecker(problem)
    result = None
    for step in steps:
        result = checker.check(step)
    assert result is not None
    return [(claim.verdict, claim.checkable) for claim in result.claims]


@pytest.mark.parametrize("denial", [
    "We can't have $n = 2.5$, because n counts people.",
    "We cannot have \\(n = 2.5\\) since n is whole.",
    "It is not true that $n = 2.5$.",
    "This rules out $n = 2.5$.",
    "So we reject n = 2.5 as a count.",
    "n could not be $n = 2.5$ here... so we discard $n = 2.5$.",
    "$n = 2.5$ is not a valid solution.",
])
def test_a_denied_equation_is_not_checked(denial: str) -> None:
    claims = last_claims("How many guests came?", "Suppose $n = 2.5$.", denial)
    assert claims and all(verdict is Verdict.UNCHECKED for verdict, _ in claims)


def test_the_same_equation_stated_as_a_result_is_checked() -> None:
    claims = last_claims("How many guests came?", "We have $2n = 5$.", "So $n = 2.5$.")
    assert claims == [(Verdict.VERIFIED, True)]


def test_a_result_after_the_denial_is_still_checked() -> None:
    claims = last_claims("Find the width.", "We need $w^2 = 16$.",
                         "We reject $w = -4$ because a width is positive, so $w = 4$.")
    assert (Verdict.VERIFIED, True) in claims


def test_a_wrong_result_after_words_of_doubt_about_something_else_is_still_refuted() -> None:
    claims = last_claims("Add.", "We can't use a calculator, so $48 + 17 = 55$.")
    assert claims and claims[-1][0] is Verdict.REFUTED


def test_a_denied_equation_says_why_it_is_not_checked() -> None:
    checker = ChainChecker("How many guests came?")
    checker.check("Suppose $n = 2.5$.")
    result = checker.check("We can't have $n = 2.5$, because n counts people.")
    assert [claim.reason for claim in result.claims] == ["denied by the words around it"]
    assert not result.claims[0].checkable


def test_an_equation_denied_later_in_the_step_is_a_trial_where_it_was_first_written() -> None:
    problem = "A hall seats 96 in rows of equal length; with 4 more rows each row has 4 fewer."
    step = ("Try $r = 6$, then $s = 16$. Then $(6 + 4)(16 - 4) = 10 \\cdot 12 = 120$, not 96. "
            "So $r = 6$ and $s = 16$ is not a solution.")
    checker = ChainChecker(problem)
    checker.check("We need $rs = (r + 4)(s - 4)$.")
    result = checker.check(step)
    trial = [claim for claim in result.claims if claim.claim == "s = 16"]
    assert len(trial) == 2 and not any(claim.checkable for claim in trial)
    assert result.verdict is Verdict.VERIFIED  # the arithmetic of the trial is checked
    # an equation the step does not deny is still a claim
    kept = ("Try $r = 6$, then $s = 16$. Then $(6 + 4)(16 - 4) = 10 \\cdot 12 = 120$, not 96. "
            "So $r = 6$ is not a solution.")
    checker = ChainChecker(problem)
    checker.check("We need $rs = (r + 4)(s - 4)$.")
    result = checker.check(kept)
    assert [claim.checkable for claim in result.claims if claim.claim == "s = 16"] == [True]
    assert result.verdict is Verdict.UNCHECKED
