"""Derivatives typed plainly in prime notation (`f'(x) = ...`, a token of `segments`) and
functions defined plainly inside a problem's sentence (`functions.plain_definitions`):
checked as their LaTeX forms are (verify only). Our own problems."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_steps
from tutor.verify.functions import plain_definitions
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("problem", "step", "verdict"), [
    ("Find the critical points of f(x) = x^3 - 12x.", "f'(x) = 3x^2 - 12", Verdict.VERIFIED),
    ("Let g(t) = t^4 + t. Find g''(t).", "g''(t) = 12t^2", Verdict.VERIFIED),
    (r"Find the slope of $h(x) = x^2 + 5x$ at $x = 1$.", "h'(1) = 7", Verdict.VERIFIED),
    # wrong derivatives are refuted (two methods agree on the right one)
    ("Find the critical points of f(x) = x^3 - 12x.", "f'(x) = 3x^2 + 12", Verdict.REFUTED),
    # no definition of f: nothing to check against
    ("Find f'(x).", "f'(x) = 2x", Verdict.UNCHECKED),
])
def test_plain_derivatives(problem: str, step: str, verdict: Verdict) -> None:
    assert check_steps(problem, [step])[0].verdict is verdict


@pytest.mark.parametrize(("text", "names"), [
    ("Find the zeros of p(x) = x^2 - 9.", ["p"]),
    ("If u(t) = 3t and v(t) = t - 1, find u(v(4)).", ["u", "v"]),
    # asked or claimed, not defined
    ("Is q(x) = x^2 + 1 ever zero?", []),
    ("Show that r(x) = 2x + 1 is increasing.", []),
    # LaTeX in the text: its own readers take the definitions
    (r"Find the zeros of $p(x) = x^2 - 9$.", []),
])
def test_plain_definitions(text: str, names: list[str]) -> None:
    assert [f[0] for f in plain_definitions(text)] == names
