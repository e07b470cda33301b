"""The area between a curve and the x-axis over an interval, or between two curves, asked
in words.

"What is the area under y = x^2 from x = 0 to x = 2?", "Find the area under the curve
$y = \\sqrt{x}$ between $x = 1$ and $x = 4$", "Find the area of the region bounded by
$y = x^2 - 4$, the x-axis and the lines $x = 0$ and $x = 3$". The area under a curve is its
integral when the curve stays on or above the axis over the interval; one that dips below
declines there (net or total area is then a choice the words do not make). A region
bounded by the curve and the axis is the integral of |f|: the interval is cut where f
changes sign (its zeros there, found exactly), and each piece's integral is taken with its
sign made positive.

Confirmed independently: mpmath's quadrature of |f| over the same interval at 30 digits
(not SymPy's antiderivative), and a sign test of f at the midpoint of every piece.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.calculus.derivative_questions import (
    curve_body,
    function_of_one_letter,
)
from tutor.reasoning.symbolic.calculus.rules import integral_steps_of
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import ASK, END, Handler, M, Result, maths

_CURVE = r"(?:the (?:curve|graph of|graph|function|parabola) )?"
_SPAN = r",? (?:from|between|for) (?:x = )?" + M + r" (?:to|and) (?:x = )?" + M
_X_AXIS = r"(?:the x ?-?axis|the @\d+@ ?-?axis)"
_LINES = r"(?:the (?:vertical )?lines )?" + M + r",? and " + M


def _end(split: Split, g: str, x: sp.Symbol) -> sp.Expr:
    """An end of the interval: a number, or "x = a"."""
    e = parse_latex(maths(split, g))
    if isinstance(e, sp.Equality) and e.lhs == x:
        e = e.rhs
    if not isinstance(e, sp.Expr) or not e.is_number or not e.is_real:
        raise Decline("two numbers for the ends of the interval")
    return e


def _pieces(f: sp.Expr, x: sp.Symbol, a: sp.Expr, b: sp.Expr) -> list[sp.Expr]:
    """a, the zeros of f strictly between a and b (in order), b."""
    try:
        zeros = sp.solveset(f, x, sp.Interval.open(a, b))
    except (TypeError, ValueError, NotImplementedError):  # SymPy could not compare the ends
        raise Decline("the zeros of the function on the interval") from None
    if not isinstance(zeros, sp.FiniteSet) and zeros != sp.S.EmptySet:
        raise Decline("the zeros of the function on the interval")
    if any(not z.is_real for z in zeros):
        raise Decline("real zeros")
    return [a, *sorted(zeros, key=lambda z: float(z)), b]


def _area(split: Split, m: re.Match[str], low: str, high: str, under: bool) -> Result:
    f, x = function_of_one_letter(maths(split, m.group(1)))
    axis = re.search(r"@(\d+)@ ?-?axis", m.group(0))
    if axis is not None and maths(split, axis.group(1)).strip() != "x":
        raise Decline("the x-axis")
    a, b = _end(split, low, x), _end(split, high, x)
    if not a < b:
        raise Decline("an interval from a smaller to a larger number")
    if f.free_symbols != {x}:
        raise Decline("a real function of one letter")
    return _area_of(f, x, a, b, under=under)


def _area_of(f: sp.Expr, x: sp.Symbol, a: sp.Expr, b: sp.Expr, *, under: bool,
             between: bool = False) -> Result:
    """The area between the graph of f and the x-axis from a to b (`between`: f is the
    difference of two curves, so the area between them)."""
    cuts = _pieces(f, x, a, b)
    spans = list(zip(cuts, cuts[1:], strict=False))
    signs = [sp.sign(sp.N(f.subs(x, (p + q) / 2), 30)) for p, q in spans]
    if any(s == 0 or not s.is_number for s in signs):
        raise Decline("the sign of the function on each piece")
    if under and any(s < 0 for s in signs):
        raise Decline("a curve that dips below the axis: net or total area?")
    steps: list[Step] = integral_steps_of(f, x)
    anti = sp.integrate(f, x)
    if anti.has(sp.Integral):
        raise Decline("an antiderivative")
    total, parts = sp.S.Zero, []
    for (p, q), s in zip(spans, signs, strict=True):
        piece = sp.simplify(anti.subs(x, q) - anti.subs(x, p))
        total += s * piece
        parts.append((p, q, s, piece))
    total = sp.simplify(total)
    g = sp.lambdify(x, sp.Abs(f), "mpmath")
    with mpmath.workdps(30):
        quad = mpmath.quad(g, [mpmath.mpf(str(sp.N(c, 40))) for c in cuts])
    if not confirm.number(quad, total, "mpmath's quadrature of |f| over the interval"):
        raise Decline("the area could not be checked numerically")
    for p, q, s, piece in parts:
        shown = f"\\left({latex(f)}\\right)" if isinstance(f, sp.Add) else latex(f)
        claim = f"\\int_{{{latex(p)}}}^{{{latex(q)}}} {shown} \\, d{latex(x)} = {latex(piece)}"
        side = "above" if s > 0 else "below"
        where = (f"the first curve is {side} the second" if between
                 else f"the curve is {side} the axis")
        plot = None if between else {
            "kind": "function", "expr": sp.srepr(f), "var": str(x),
            "x_range": [float(a) - 1, float(b) + 1], "shade": [float(a), float(b)],
            "title": "The area between the curve and the axis"}
        steps.append(step("integrate over the piece", f"From ${latex(p)}$ to ${latex(q)}$ "
                          + where + ("" if s > 0 else ", so this piece's area is minus its "
                                                      "integral") + ".",
                          f"${claim}$", claim, plot=plot))
    if len(parts) > 1:
        shown = " + ".join(latex(abs(piece)) for *_, piece in parts)
        claim = f"{shown} = {latex(total)}"
        steps.append(step("add the areas", "Each piece's area is positive.", f"${claim}$",
                          claim))
    return total, steps


def under(split: Split, m: re.Match[str]) -> Result:
    return _area(split, m, m.group(2), m.group(3), under=True)


def bounded(split: Split, m: re.Match[str]) -> Result:
    x = function_of_one_letter(maths(split, m.group(1)))[1]
    ends = []
    for g in (m.group(2), m.group(3)):
        line = parse_latex(maths(split, g))
        if not (isinstance(line, sp.Equality) and line.lhs == x):
            raise Decline("the lines x = a and x = b")
        ends.append(g)
    if _end(split, ends[0], x) > _end(split, ends[1], x):
        ends.reverse()
    return _area(split, m, ends[0], ends[1], under=False)


def _curve(src: str) -> sp.Expr:
    """A curve "y = E" (or "f(x) = E", or E alone); a line y = c too."""
    e = curve_body(src)
    if not isinstance(e, sp.Expr) or len(e.free_symbols) > 1:
        raise Decline("a curve y = f(x)")
    return e


def between(split: Split, m: re.Match[str]) -> Result:
    """The area enclosed by two curves: from their first crossing to their last, the
    integral of |f - g| (cut where they cross)."""
    f, g = _curve(maths(split, m.group(1))), _curve(maths(split, m.group(2)))
    letters = f.free_symbols | g.free_symbols
    if len(letters) != 1 or any(re.match(r"\s*[a-z]\s*=", maths(split, k)) and not re.match(
            r"\s*y\s*=", maths(split, k)) for k in m.groups()):  # "x = 2": no curve y = f(x)
        raise Decline("two curves y = f(x) and y = g(x)")
    x = next(iter(letters))
    h = sp.expand(f - g)
    try:
        crossings = sp.solveset(h, x, sp.S.Reals)
    except (TypeError, ValueError, NotImplementedError):
        raise Decline("where the curves cross") from None
    if not isinstance(crossings, sp.FiniteSet) or len(crossings) < 2:
        raise Decline("two curves that cross at least twice and enclose a region")
    ends = sorted(crossings, key=lambda z: float(z))
    factored = sp.factor(h)
    claim = f"{latex(h)} = {latex(factored)}" if factored != h else f"{latex(h)} = 0"
    steps = [step("find where the curves meet", "Set the two expressions equal and solve: "
                  f"they meet at ${latex(x)} = " + ", ".join(latex(z) for z in ends) + "$.",
                  f"${claim}$", claim)]
    area, more = _area_of(h, x, ends[0], ends[-1], under=False, between=True)
    return area, steps + more


_REGION = r"(?:of )?(?:the )?(?:region |area )?"
TEMPLATES: list[tuple[str, Handler]] = [
    (r"(?:" + ASK + r" )?the area " + _REGION + r"(?:under|below|beneath) " + _CURVE + M
     + r"(?:,? (?:and )?above " + _X_AXIS + r")?" + _SPAN + END, under),
    (r"(?:" + ASK + r" )?the area " + _REGION + r"(?:bounded|enclosed) by " + _CURVE + M
     + r",? " + _X_AXIS + r",? (?:and )?" + _LINES + END, bounded),
    (r"(?:" + ASK + r" )?the area " + _REGION + r"(?:between|bounded by|enclosed by) "
     r"(?:the (?:curves|graphs|parabola|line) )?" + M + r",? and (?:the (?:curve|line|parabola) )?"
     + M + END, between),
]

__all__ = ["TEMPLATES"]
