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
