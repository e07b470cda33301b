"""The discriminant as a name: `\\Delta = b^2 - 4ac` is its definition; `\\Delta = ...` in
numbers is verified as b^2 - 4ac of the quadratic equation just before; verify only.
Our own equations."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.claims import extract_claims
from tutor.verify.context import Context
from tutor.verify.discriminants import discriminant_claim
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def readings(text: str, *previous: tuple[str, str]) -> list[str | None]:
    ctx = Context(previous=previous)
    found = [discriminant_claim(claim, ctx) for claim in extract_claims(text)]
    return [None if r is None else "definition" if r.reason == "a definition"
            else r.verdict.value for r in found]


def test_the_formula_is_a_definition() -> None:
    assert readings("\\(\\Delta = b^2 - 4ac\\)") == ["definition"]
    assert readings("\\(D = b^{2} - 4 a c\\)") == ["definition"]
    assert readings("\\(\\Delta = b^2 - 4a\\)") == [None]  # not the formula
    assert readings("\\(\\Delta = 49\\)") == [None]  # a value, with nothing to compare


def test_the_discriminant_of_the_equation_before() -> None:
    eq = ("3x^2 - 7x + q", "0")
    assert readings("\\(\\Delta = (-7)^2 - 4 \\cdot 3 \\cdot q\\)", eq) == ["verified"]
    assert readings("\\(\\Delta = 49 - 12q\\)", eq) == ["verified"]
    assert readings("\\(\\Delta = 25 - 8p\\)", ("2x^2 + 5x + p", "0")) == ["verified"]
    # the formula in letters a, b, c that have no values, worked out for the equation
    assert readings("\\(b^2 - 4ac = (-7)^2 - 4(3)(q)\\)", eq) == ["verified"]
    assert readings("\\(b^2 - 4ac = (-7)^2 - 4(3)(q) + 2\\)", eq) == [None]
    assert readings("\\(D = (-7)^2 - 4(3)(q) = 49 - 12q\\)", eq) == ["verified", None]
    moved = ("t^2 + 2mt", "3 - m")  # in t, with m a parameter
    assert readings("\\(\\Delta = (2m)^2 - 4(m - 3)\\)", moved) == ["verified"]


def test_a_wrong_discriminant_is_not_verified_and_not_refuted_here() -> None:
    eq = ("3x^2 - 7x + q", "0")
    assert readings("\\(\\Delta = 7^2 - 4 \\cdot 3 \\cdot q + 1\\)", eq) == [None]
    assert readings("\\(\\Delta = 49 - 4q\\)", eq) == [None]
    assert readings("\\(\\Delta = 49 - 12q\\)", ("3x - 7", "q")) == [None]  # not quadratic
    # a bare number is not taken for the discriminant: D may be a distance
    assert readings("\\(D = 4\\)", ("x^2 - 6x", "-5")) == [None]
    assert readings("\\(D = 6^2 - 4 \\cdot 5\\)", ("x^2 - 6x", "-5")) == ["verified"]


def test_a_step_that_writes_the_discriminant_is_verified() -> None:
    checker = ChainChecker("For which q does 3x^2 - 7x + q = 0 have two real roots?")
    checker.check("We need the discriminant of \\(3x^2 - 7x + q = 0\\) to be positive.")
    step = checker.check("Here \\(\\Delta = b^2 - 4ac = (-7)^2 - 4 \\cdot 3 \\cdot q"
                         " = 49 - 12q\\).")
    assert step.verdict is V
    checker = ChainChecker("For which q does 3x^2 - 7x + q = 0 have two real roots?")
    checker.check("We need the discriminant of \\(3x^2 - 7x + q = 0\\) to be positive.")
    slip = checker.check("So \\(\\Delta = (-7)^2 - 4 \\cdot 3 \\cdot q = 49 - 21q\\).")
    assert slip.verdict is not V
