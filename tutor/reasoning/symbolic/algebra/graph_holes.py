"""Typed reader: the holes (removable discontinuities) in the graph of a rational function.

"How many holes does the graph of $y = \\frac{x^2 - 9}{x^2 - x - 6}$ have?", "Find the
coordinates of the hole in the graph of $f(x) = \\frac{x^2 - x - 12}{x - 4}$", "At what
value of $x$ does the graph of ... have a hole?", "The graph of ... has a hole at $x = a$.
Find $a$." A hole is a real zero of the denominator as written (read on its own: SymPy
cancels a repeated factor when it parses the fraction) at which the fraction, once its
common factors are cancelled, is still finite; its height is the cancelled fraction's
value there. Each hole is confirmed: the written denominator is zero at it, and the
function's values just beside it, on both sides, are within 10^-6 of the height found.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.algebra.undefined_points import FUNCTION, letter_asked
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.written_denominators import denominators

_GRAPH = r"(?:the graph of |the function |the curve |the rational function )?@(?P<e>\d+)@"
_ASK = [
    ("count", re.compile(r"^how many holes (?:does|will) " + _GRAPH + r" have[?.]?$")),
    ("count", re.compile(r"^(?:find |what is |determine )?the number of holes in " + _GRAPH
                         + r"[?.]?$")),
    ("point", re.compile(r"^(?:find|what (?:is|are)|determine|give) (?:the (?:coordinates|point)"
                         r"s? of )?(?:the|all|any) holes? (?:in|of) " + _GRAPH + r"[?.]?$")),
    ("x", re.compile(r"^(?:at|for) what (?:value of @\d+@|@\d+@ ?-?value|x-value) (?:is there a "
                     r"hole in|does " + _GRAPH.replace("(?P<e>", "(?P<e2>") + r" have a hole)"
                     r"(?: " + _GRAPH + r")?[?.]?$")),
    ("named", re.compile(r"^the graph of @(?P<e>\d+)@ has a hole at @(?P<a>\d+)@\.? "
                         r"(?:find|what is) @(?P<t>\d+)@[?.]?$")),
]


def read_hole(split: Split, template: str) -> Result | None:
    tmpl = template.lower().strip()
    if "hole" not in tmpl:
        return None
    found = [(kind, m) for kind, p in _ASK if (m := p.match(tmpl))]
    if len(found) != 1:
        return None
    kind, m = found[0]
    at = m.group("e") or (m.groupdict().get("e2"))
    if at is None:
        return None
    src = split.maths[int(at)]
    if (named := FUNCTION.match(src)) is not None:  # y = ..., f(x) = ...
        src = src[named.end():]
    e = parse_latex(src)
    if not isinstance(e, sp.Expr) or len(e.free_symbols) != 1 or not e.is_rational_function():
        raise Decline("a rational function of one letter")
    if any(not p.exp.is_Integer for p in e.atoms(sp.Pow)):
        raise Decline("a rational function of one letter")
    x = next(iter(e.free_symbols))
    written = denominators(src)  # as written: SymPy cancels (x - 1)/(x - 1) when it parses
    if len(written) != 1 or not written[0].is_polynomial(x) or written[0].free_symbols != {x}:
        raise Decline("one fraction with a polynomial denominator")
    bottom = sp.expand(written[0])
    num, den = sp.fraction(sp.cancel(sp.together(e)))
    zeros = sorted(set(sp.real_roots(sp.Poly(bottom, x))), key=float)
    holes = [(a, sp.simplify(num.subs(x, a) / den.subs(x, a))) for a in zeros
             if den.subs(x, a) != 0]
    for a, height in holes:
        confirm.check(bottom.subs(x, a) == 0, "the written denominator is zero at the hole")
        _confirm(e, x, a, height)
    for a in zeros:  # every other zero of the denominator is an asymptote, not a hole
        if all(a != hole for hole, _ in holes):
            near = numeric.to_mp(e.subs(x, a + sp.Rational(1, 10**12)))
            confirm.check(near is not None and abs(near) > 10**6,
                          "beside each other zero of the denominator the function is unbounded")
    top = sp.factor(sp.expand(e * bottom))
    shown = ", ".join(f"\\left({latex(a)}, {latex(h)}\\right)" for a, h in holes) or "none"
    steps: list[Step] = [
        step("factor and cancel", "A factor of the denominator that cancels with the numerator "
             "leaves a hole, not an asymptote.",
             f"$\\frac{{{latex(top)}}}{{{latex(sp.factor(bottom))}}}"
             f" = \\frac{{{latex(num)}}}{{{latex(den)}}}$ where the original is defined", ""),
        step("find the holes", "At a cancelled zero of the denominator the graph has a hole at "
             "the height of the cancelled fraction.", f"The holes are at ${shown}$.", "")]
    if kind == "count":
        return sp.Integer(len(holes)), steps
    if not holes:
        raise Decline("the graph has no hole")
    if kind == "point":
        return ", ".join(f"\\left({latex(a)}, {latex(h)}\\right)" for a, h in holes), steps
    if len(holes) != 1:
        raise Decline("more than one hole")
    if kind == "named" and not letter_asked(split, m.group("a"), m.group("t"), x):
        raise Decline("the hole named by a letter, and that letter asked")
    return holes[0][0], steps


def _confirm(e: sp.Expr, x: sp.Symbol, a: sp.Basic, height: sp.Basic) -> None:
    """Just beside the hole, on both sides, the function is close to `height`."""
    with mpmath.workdps(50):
        want = numeric.to_mp(height)
        for side in (1, -1):
            near = numeric.to_mp(e.subs(x, a + side * sp.Rational(1, 10**12)))
            confirm.check(want is not None and near is not None and abs(near - want) < 1e-6,
                          "beside the hole the function is close to the height found")


__all__ = ["read_hole"]
