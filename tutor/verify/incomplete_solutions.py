"""A student's step that gives one solution of an equation with more ("x^2 = 16", then
"x = 4"), in the app's own-steps path (`check_step`) for a problem that only asks to solve.

`x = 4` is true of x^2 = 16 (it solves it) and stays so: the step is not refuted. But
the student has stopped short of the answer, so the step is marked incomplete: a note,
an unchecked claim with kind "incomplete", makes it partly checked, and its reason says
"x = 4 is one solution; x² = 16 also has x = −4". Only a step that says its value is the
only one ("so x = 4 is the only solution", "the only solution is x = 4") is refuted.

Certain only: the equation is the one equation of the step before (or, for a first step,
the problem's), a polynomial of degree 2 to 4 in the step's one letter with rational
coefficients; its real roots are found exactly (sympy.roots, every root accounted for) and
again at 40 digits (mpmath.polyroots), and the two must agree on how many there are and
where. The problem must be nothing but a request to solve (no "positive", no inequality,
no words of a story, which may rule a root out), and no earlier step may have given the
letter another of the roots (a case already worked)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import mpmath
import sympy

from tutor.verify.claims import RawClaim, extract_claims
from tutor.verify.context import is_equation
from tutor.verify.exact import PRECISION, is_zero_exact, strict
from tutor.verify.messages import value_text
from tutor.verify.notation import maths_text
from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["incomplete_solution", "only_solving"]

_PROBLEM_WORDS = {"solve", "find", "all", "the", "values", "value", "solutions", "solution",
                  "roots", "root", "of", "for", "equation", "real", "what", "are", "is",
                  "work", "out", "please", "each"}
_LETTER = re.compile(r"^[a-zA-Z]$")
_ONLY = re.compile(
    r"^\s*(?:(?:so|thus|hence|therefore|then)\s*,?\s*)?(?:(?P<a>\S.*?)\s+is\s+the\s+"
    r"(?:only|unique|one\s+and\s+only)\s+(?:real\s+)?(?:solution|root|answer)|the\s+"
    r"(?:only|unique)\s+(?:real\s+)?(?:solution|root|answer)\s+is\s+(?P<b>\S.*?))"
    r"\s*[.!]?\s*$", re.IGNORECASE)
# Words that say the step lists, or will list, more than this one value.
_MORE = re.compile(r"\bor\b|\band\b|\balso\b|\bother\b|\banother\b|\bone\b|\bcase\b|\bif\b|"
                   r"\bwhen\b|\bsuppose\b|\bpositive\b|\bnegative\b|±|\\pm|\+-|,|;",
                   re.IGNORECASE)
_MAX_DEGREE = 4
_TOLERANCE = mpmath.mpf(10) ** (-(PRECISION // 2))


def incomplete_solution(problem: str, previous: Sequence[str], step: str) -> ClaimResult | None:
    """The note (unchecked, kind "incomplete") or the refutation (a value said to be the
    only solution) for a step giving one root of an equation with more; None otherwise."""
    if not only_solving(problem) or "=" not in problem or re.search(
            r"[<>≤≥≠]|\\[lg]e|\\neq", problem):
        return None
    only = _ONLY.match(step)
    written = (only.group("a") or only.group("b")) if only else step
    if only is None and _MORE.search(step):
        return None
    given = _letter_value(written)
    equation = _equation_before(problem, previous)
    if given is None or equation is None:
        return None
    letter, value_written = given
    roots = _real_roots(equation, letter)
    value = strict(value_written)
    if roots is None or value is None or value.expr.free_symbols:
        return None
    if not any(is_zero_exact(r - value.expr) is True for r in roots):
        return None  # not a root: other checks say so
    if any(is_zero_exact(r - v) is True for r in roots for v in _earlier_values(
            previous, letter)):
        return None  # an earlier step worked another root (or this one) already
    others = [r for r in roots if is_zero_exact(r - value.expr) is False]
    if len(others) != len(roots) - 1 or not others:
        return None
    shown = f"{letter} = {maths_text(value_written)}"
    equation_text = maths_text(f"{equation.lhs} = {equation.rhs}")
    also = " and ".join(f"{letter} = {value_text(r)}" for r in others)
    if only is not None:
        return ClaimResult(
            maths_text(step.strip()), Verdict.REFUTED,
            f"{shown} is not the only solution: {equation_text} also has {also}", "solution",
            method="every real root, exactly and again at 40 digits")
    return ClaimResult(
        f"every solution of {equation_text}", Verdict.UNCHECKED,
        f"{shown} is one solution; {equation_text} also has {also}", "incomplete",
        method="every real root, exactly and again at 40 digits")


def only_solving(problem: str) -> bool:
    """A request to solve and nothing else: no story, no word that may rule out a root
    ("positive", "integer")."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", problem)}
    return len(problem) <= 200 and words <= _PROBLEM_WORDS and "solve" in words


def _letter_value(text: str) -> tuple[str, str] | None:
    """`x = 4` (or `4 = x`): the step's one equation, a letter given a number."""
    claims = extract_claims(text)
    if len(claims) != 1 or not is_equation(claims[0]):
        return None
    lhs, rhs = claims[0].lhs.strip(), claims[0].rhs.strip()
    if _LETTER.match(lhs) and not _LETTER.match(rhs):
        return lhs, rhs
    if _LETTER.match(rhs) and not _LETTER.match(lhs):
        return rhs, lhs
    return None


def _equation_before(problem: str, previous: Sequence[str]) -> RawClaim | None:
    """The one equation of the step before, or the problem's one equation for a first step."""
    text = str(previous[-1]) if previous else problem
    claims = extract_claims(text)
    if len(claims) != 1 or not is_equation(claims[0]):
        return None
    return claims[0]


def _earlier_values(previous: Sequence[str], letter: str) -> list[sympy.Expr]:
    values = []
    for earlier in previous:
        for claim in extract_claims(str(earlier)):
            sides = (claim.lhs.strip(), claim.rhs.strip())
            if claim.relation == "=" and letter in sides:
                other = strict(sides[1] if sides[0] == letter else sides[0])
                if other is not None and not other.expr.free_symbols:
                    values.append(other.expr)
    return values


def _real_roots(equation: RawClaim, letter: str) -> list[sympy.Expr] | None:
    """The distinct real roots of a polynomial equation in `letter` with rational
    coefficients, exactly; None unless 40-digit numerics agree on each and on how many."""
    lhs, rhs = strict(equation.lhs), strict(equation.rhs)
    if lhs is None or rhs is None:
        return None
    diff = sympy.expand(lhs.expr - rhs.expr)
    if {str(s) for s in diff.free_symbols} != {letter}:
        return None
    try:
        poly = sympy.Poly(diff, *diff.free_symbols)
    except sympy.PolynomialError:
        return None
    coefficients = poly.all_coeffs()
    if not 2 <= poly.degree() <= _MAX_DEGREE or not all(c.is_Rational for c in coefficients):
        return None
    found = sympy.roots(poly)
    if sum(found.values()) != poly.degree():
        return None
    exact = [r for r in found if r.is_real is True]
    if any(r.is_real is None for r in found):
        return None
    with mpmath.workdps(PRECISION):
        numeric = mpmath.polyroots([mpmath.mpf(c.p) / c.q for c in coefficients],
                                   maxsteps=200, extraprec=2 * PRECISION)
        real = [mpmath.re(z) for z in numeric if abs(mpmath.im(z)) < _TOLERANCE]
        distinct: list[mpmath.mpf] = []
        for z in real:
            if all(abs(z - d) >= _TOLERANCE for d in distinct):
                distinct.append(z)
        if len(distinct) != len(exact):
            return None
        for r in exact:
            value = mpmath.mpf(str(sympy.N(r, PRECISION)))
            if not any(abs(value - d) < _TOLERANCE for d in distinct):
                return None
    return exact
