"""Probability notation (`P(A)`, `P(X \\geq 2)`, `\\Pr(A \\cap B)`): the first value given
to an event's probability is a definition, later uses are checked with the values put in
(verify only); `P(2)` and `P(x)` stay a polynomial's values. Our own events."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.claims import extract_claims
from tutor.verify.context import Context
from tutor.verify.probabilities import probabilities, probability_claim
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED

_KNOWN = Context(previous=(("P(G)", "\\frac{3}{10}"), ("P(H)", "\\frac{1}{4}")))


def readings(text: str, ctx: Context = _KNOWN) -> list[str | None]:
    found = [probability_claim(claim, ctx) for claim in extract_claims(text)]
    return [None if r is None else r.verdict.value if r.checkable and r.reason != "a definition"
            else "definition" for r in found]


def test_events_are_told_from_function_values() -> None:
    assert probabilities("P(G)") == [(0, 4)]
    assert probabilities("P(X \\geq 2)") and probabilities("\\Pr(\\text{rain})")
    assert probabilities("P(S \\mid T)") and probabilities("P(u + v > 1)")
    assert probabilities("P(3)") == [] and probabilities("P(x + 1)") == []
    assert probabilities("P(G) + P(2)") == []  # one polynomial value: none of them


def test_the_first_value_of_an_event_is_a_definition() -> None:
    assert readings("\\(P(W) = \\frac{6}{20} = \\frac{3}{10}\\)") == ["definition", None]
    assert readings("\\(P(Y \\leq 1) = 0.35\\)") == ["definition"]
    assert readings("\\(\\Pr(S \\cap T) = \\frac{1}{9}\\)") == ["definition"]


def test_what_is_no_probability_is_not_a_definition() -> None:
    assert readings("\\(P(W) = \\frac{9}{4}\\)") == [None]  # above 1
    assert readings("\\(P(W) = -0.2\\)") == [None]
    assert readings("\\(P(W) = 1 - q\\)") == [None]  # a letter: an equation to check
    assert readings("\\(P(5) = 2 \\cdot 5 + 1\\)") == [None]  # a polynomial's value


def test_known_probabilities_are_put_in() -> None:
    assert readings("\\(P(G) P(H) = \\frac{3}{10} \\cdot \\frac{1}{4}\\)") == ["verified"]
    assert readings("\\(P(G) + P(H) = \\frac{11}{20}\\)") == ["verified"]
    assert readings("\\(1 - P(H) = \\frac{3}{4}\\)") == ["verified"]
    assert readings("\\(P(G) + P(H) = \\frac{1}{2}\\)") == [None]  # false: left to the rest
    assert readings("\\(P(G) = \\frac{1}{3}\\)") == [None]  # a second value: not a definition


def test_a_polynomial_named_p_is_not_a_probability() -> None:
    defined = Context(functions=(("P", "x", "x^2 + 1"),))
    assert readings("\\(P(A) = \\frac{1}{2}\\)", defined) == [None]


def test_a_probability_step_is_verified_by_its_arithmetic_and_slips_still_show() -> None:
    problem = "Two cards are drawn from a box of 20 cards, 6 of them green. Find the chance."
    checker = ChainChecker(problem)
    first = checker.check("The first is green: \\[P(G_1) = \\frac{6}{20} = \\frac{3}{10}.\\]")
    both = checker.check("Then \\[P(G_1) \\cdot \\frac{5}{19} = \\frac{3}{10} \\cdot "
                         "\\frac{5}{19} = \\frac{3}{38}.\\]")
    assert first.verdict is V and both.verdict is V
    slip = ChainChecker(problem).check("\\[P(G_1) = \\frac{6}{20} = \\frac{2}{5}.\\]")
    assert slip.verdict is R
