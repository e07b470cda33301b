"""A name given several different values in one step has no one value: `x = 0` or `x = \\pi`
or `x = 2\\pi` are the solutions of one case, and the last of them must not be carried
into claims about another case as 'the value found earlier'. A value that repeats an
earlier one is a choice and is kept."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.step_values import StepValues
from tutor.verify.verdict import Verdict

V = Verdict.VERIFIED


def last_verdict(problem: str, *steps: str) -> Verdict:
    checker = ChainChecker(problem)
    return [checker.check(step).verdict for step in steps][-1]


def test_the_last_of_several_solutions_is_not_carried_into_another_case() -> None:
    assert last_verdict(
        "Solve the equation for x in [0, 2\\pi].",
        "Case one: if \\(\\cos x = 1\\), then \\(x = 0\\) or \\(x = 2\\pi\\).",
        "Otherwise we use \\(\\sin x = \\sqrt{1 - \\cos^2 x}\\) here.") is not V


def test_a_chosen_value_is_still_used() -> None:
    assert last_verdict(
        "Find the positive w.",
        "So \\(w = 6\\) or \\(w = -1\\). As w is positive, \\(w = 6\\).",
        "Then \\(2w - 3 = 9\\).") is V


def test_one_value_is_still_used() -> None:
    assert last_verdict("Find w.", "We get \\(w = 7\\).", "So \\(3w + 1 = 22\\).") is V


def test_step_values() -> None:
    values: dict[str, str] = {"q": "1"}
    given = StepValues(values)
    given.give("p", "4")
    given.give("p", "-4")
    given.give("r", "\\frac{1}{2}")
    given.give("r", "\\frac{1}{2} ")
    assert values == {"q": "1", "r": "\\frac{1}{2} "}
    given.give("p", "4")
    assert values["p"] == "4"


def test_cases_within_one_step_use_their_own_value() -> None:
    assert last_verdict("Pairs of whole numbers with a + b = 9.",
                        "If \\(a = 2\\) then \\(b = 9 - 2\\); if \\(a = 3\\) then \\(b = 9 - 3\\).",
                        ) is V


def test_an_earlier_value_chosen_again_is_kept() -> None:
    assert last_verdict("Find the height h.",
                        "From the first triangle, \\(h = 12\\).",
                        "The second gives \\(h = 10\\), but h is the same, so \\(h = 12\\).",
                        "Then \\(h^2 + 25 = 169\\).") is V
