"""Typed reader: the values of a letter in a quadratic's coefficients for which its roots
are real, real and distinct, or not real, as a set of intervals.

"If $x^2 + bx + 16$ has at least one real root, find all possible values of $b$. Express
your answer in interval notation", "For what values of $k$ does $x^2 + kx + 4 = 0$ have
two distinct real roots?", "Find all real values of $a$ for which $x^2 + ax + 9$ has two
non-real roots." The leading coefficient must be a fixed nonzero number (so the equation
stays a quadratic). The discriminant $b^2 - 4ac$, a polynomial in the letter, is positive
(two distinct real roots), at least zero (real roots) or negative (non-real roots); SymPy
solves that inequality. "Two real roots" alone (distinct or not?) is declined.

Confirmed independently: at the ends of the intervals and at points inside and outside
each of them the quadratic's roots are found numerically (mpmath) and their kind must
agree with whether the point is in the set.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_ROOTS = r"(?:roots?|solutions?|zeros?)"
KINDS = [  # the words, then the sign the discriminant must have
    (r"two (?:distinct|different) real|two real and distinct|two real,? distinct|distinct real",
     ">"),
    (r"at least one real|real", ">="),
    (r"no real|two non-?real|non-?real|two imaginary|imaginary", "<"),
]
_CONDITION = re.compile(r"(?:has|have) (?P<kind>" + "|".join(k for k, _ in KINDS) + r") "
                        + _ROOTS + r"(?: in @\d+@)?")
_ASKED = re.compile(r"values of @(?P<p>\d+)@")
_FORMAT = re.compile(r"\.? ?express your answer in interval notation\.?$")
VOCAB = frozenset(
    "find all possible real values for which such so what does will then the equation "
    "quadratic polynomial roots root solutions solution zeros zero has have two distinct "
    "different real no nonreal non imaginary least one at if given that suppose determine "
    "expression function graph of in".split())
_SHOWN = {">": ">", ">=": "\\ge", "<": "<", "<=": "\\le"}


def read(split: Split, template: str) -> Result | None:
    tmpl = _FORMAT.sub("", template.strip())
    cond, asked = _CONDITION.search(tmpl), _ASKED.search(tmpl)
    if cond is None or asked is None or not words_within(tmpl, VOCAB):
        return None
    if re.search(r"\btwo real\b", cond.group("kind")) and "distinct" not in cond.group("kind"):
        raise Decline("two real roots: distinct or not is not said")
    pieces = set(re.findall(r"@(\d+)@", tmpl))
    letter = parse_latex(split.maths[int(asked.group("p"))])
    quads = [int(i) for i in pieces if int(i) != int(asked.group("p"))]
    if not isinstance(letter, sp.Symbol) or len(quads) != 1:
        return None
    sign = next(s for k, s in KINDS if re.fullmatch(k, cond.group("kind")))
    x, coeffs = quadratic(split.maths[quads[0]], letter)
    return values_of(x, coeffs, letter, sign)


def values_of(x: sp.Symbol, coeffs: list[sp.Expr], letter: sp.Symbol,
              sign: str) -> tuple[sp.Set, list[Step]]:
    """The letter's values for which the roots are of the kind the discriminant's sign says,
    confirmed numerically, and the steps that find them."""
    a, b, c = coeffs
    disc = sp.expand(b**2 - 4 * a * c)
    if not disc.has(letter):
        raise Decline("the discriminant does not depend on the letter")
    relation = {">": disc > 0, ">=": disc >= 0, "<": disc < 0, "<=": disc <= 0}[sign]
    answer = sp.solve_univariate_inequality(relation, letter, relational=False)
    if not isinstance(answer, sp.Interval | sp.Union) or answer.is_empty:
        raise Decline("the values are not intervals")
    _confirm(coeffs, letter, answer, sign)
    quad = latex(a * x**2 + b * x + c)
    steps = [step("the discriminant", "A quadratic $ax^2 + bx + c$ has two distinct real roots "
                  "when $b^2 - 4ac > 0$, one double root when it is $0$, and two non-real "
                  "roots when it is negative.", f"For ${quad}$: $b^2 - 4ac = {latex(disc)}$",
                  f"b^2 - 4ac = {latex(disc)}"),
             step("solve the inequality", "Find where the discriminant has the sign needed.",
                  f"${latex(disc)} {_SHOWN[sign]} 0$ for ${latex(letter)} \\in "
                  f"{latex(answer)}$", "")]
    return answer, steps


def quadratic(src: str | sp.Expr, letter: sp.Symbol) -> tuple[sp.Symbol, list[sp.Expr]]:
    """The unknown and the coefficients a, b, c of a quadratic with the letter in them."""
    e = parse_latex(src) if isinstance(src, str) else src
    if isinstance(e, sp.Equality):
        e = e.lhs - e.rhs
    if not isinstance(e, sp.Expr) or letter not in e.free_symbols or len(e.free_symbols) != 2:
        raise Decline("a quadratic in one unknown with the letter in its coefficients")
    x = next(s for s in e.free_symbols if s != letter)
    if str(x) == "i":
        raise Decline("i is the imaginary unit")
    e = sp.expand(e)
    if not e.is_polynomial(x, letter) or sp.degree(e, x) != 2 or sp.degree(e, letter) > 4:
        raise Decline("a quadratic whose coefficients are polynomials in the letter")
    a, b, c = sp.Poly(e, x).all_coeffs()
    if a.free_symbols or a == 0 or not all(k.is_Rational for k in sp.Poly(e, x, letter).coeffs()):
        raise Decline("a fixed leading coefficient and rational numbers")
    return x, [a, b, c]


def _confirm(coeffs: list[sp.Expr], letter: sp.Symbol, answer: sp.Set, sign: str) -> None:
    """The roots' kind found numerically at the ends of the intervals and between them."""
    ends = sorted({e for piece in sp.Union.make_args(answer) for e in (piece.start, piece.end)
                   if e.is_finite}, key=float)
    points = list(ends)
    for lo, hi in zip([ends[0] - 3, *ends], [*ends, ends[-1] + 3], strict=True):
        points.append((lo + hi) / 2)
    if not ends:
        points = [sp.Integer(k) for k in (-7, -1, 0, 2, 9)]
    with mpmath.workdps(40):
        for t in points:
            values = [mpmath.mpf(str(sp.N(k.subs(letter, t), 45))) for k in coeffs]
            roots = mpmath.polyroots(values, maxsteps=200, extraprec=60)
            real = [r for r in roots if abs(mpmath.im(r)) < mpmath.mpf(10) ** -15]
            apart = len(real) == 2 and abs(real[0] - real[1]) > mpmath.mpf(10) ** -12
            kind = {">": apart, ">=": len(real) == 2, "<": not real, "<=": not apart}[sign]
            if t in ends:  # at an end the discriminant is zero: a double real root
                kind = len(real) == 2 and not apart and sign in (">=", "<=")
            confirm.check(kind == bool(answer.contains(t)),
                          f"at {latex(letter)} = {latex(t)} the roots found numerically are "
                          f"{'' if kind else 'not '}of the kind asked")
