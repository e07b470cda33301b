"""Typed reader: the horizontal or slant (oblique) asymptote of the graph of a rational function,
asked in any words.

"Find the horizontal asymptote of $y = \\frac{6x^2 - 1}{3x^2 + x}$." (the line, y = 2),
"What is the equation of the slant asymptote of $f(x) = \\frac{x^2 + 3x}{x - 1}$?",
"$g(t) = ...$ has a horizontal asymptote at $y = c$. What is $c$?",
"The graph of $y = ...$ has an oblique asymptote $y = mx + b$. Find $m + b$.",
"Which horizontal line does the graph of $y = ...$ approach as $x$ grows?"; and, asked in a
whole sentence, where the graph itself crosses its asymptote (numerator = line times
denominator, away from the denominator's zeros, one crossing, checked by substitution).

The line comes from polynomial division (the quotient, with a zero remainder's degree below the
denominator's), and is confirmed numerically at 50 digits: the distance between the graph and
the line shrinks towards zero far out on both sides. A numerator of higher degree has no
horizontal asymptote, one more than one degree higher no slant asymptote: declined.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.algebra.domains import formula
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_KINDS = {"horizontal": "horizontal", "slant": "slant", "oblique": "slant"}
_VOCAB = frozenset(
    "horizontal slant oblique asymptote asymptotes graph function curve rational equation line "
    "at where with form there what which approach approaches approached gets close closer "
    "grows large larger x-value y-value as goes gets positive negative infinity both ends "
    "far out write give constants constant real some unknown by its whose the one "
    "certain has have lies sits located will enter your answer".split())
# Only where the two asymptotes meet, asked in a whole sentence: "where does the graph cross
# its asymptote" is another question (a point of the graph), so its words never join _VOCAB.
_MEET = re.compile(r"(?:(?:find|what is|give|determine) the (?:point of intersection|"
                   r"intersection point) of the (?:two )?asymptotes of (?:the graph of )?@\d+@"
                   r"|where do the (?:two )?asymptotes of (?:the graph of )?@\d+@ (?:meet|"
                   r"cross|intersect))[.?]?")
# Where the graph itself crosses its horizontal or slant asymptote: "For what value of $x$
# does the graph of @0@ cross its horizontal asymptote?"
_CROSS = re.compile(r"(?:(?:for|at) (?:what|which) (?:value of @\d+@|x-value|@\d+@ ?-value) "
                    r"(?:does|will) (?:the graph of |the function |the curve )?@(?P<e>\d+)@ "
                    r"(?:cross|intersect|meet) its (?P<kind>horizontal|slant|oblique) asymptote"
                    r"|(?:find|what is|determine) the @\d+@-coordinate of the point where "
                    r"(?:the graph of )?@(?P<e2>\d+)@ (?:crosses|intersects|meets) its "
                    r"(?P<kind2>horizontal|slant|oblique) asymptote)[.?]?")
_VALUE = re.compile(r"\b(?:what|which) (?:is the )?(?:value of @\d+@|y-value|@\d+@ ?-value)"
                    r"|\bat what (?:value|y-value|height)")
_FAR = (sp.Integer(10) ** 12, -sp.Integer(10) ** 12)


def _function(src: str) -> tuple[sp.Expr, sp.Symbol, sp.Expr, sp.Expr] | None:
    try:
        e, x = formula(src)
    except Decline:
        return None
    num, den = sp.fraction(sp.cancel(sp.together(e)))
    if not (num.is_polynomial(x) and den.is_polynomial(x)) or not den.has(x):
        return None
    return e, x, sp.expand(num), sp.expand(den)


def _line(e: sp.Expr, x: sp.Symbol, num: sp.Expr, den: sp.Expr, kind: str) -> sp.Expr:
    """The asymptote's right side (a constant, or m x + b), confirmed far out on both sides."""
    gap = sp.degree(num, x) - sp.degree(den, x)
    if kind == "horizontal" and gap > 0:
        raise Decline("the numerator's degree is higher: no horizontal asymptote")
    if kind == "slant" and gap != 1:
        raise Decline("a slant asymptote needs a numerator one degree higher")
    line = sp.expand(sp.div(num, den, x)[0])
    for far in _FAR:
        got = numeric.to_mp(e.subs(x, far) - line.subs(x, far))
        confirm.check(got is not None and abs(got) < mpmath.mpf(10) ** -6,
                      "far out on both sides the graph meets the asymptote numerically")
    return line


def read_asymptote_line(split: Split, template: str) -> Result | None:
    if "asymptote" not in template:
        return None
    if _MEET.fullmatch(template.strip()):
        return _meeting_point(split)
    if (cross := _CROSS.fullmatch(template.strip())) is not None:
        return _crossing(split, cross)
    kinds = {k for w, k in _KINDS.items() if re.search(rf"\b{w}\b", template)}
    if len(kinds) != 1 or not words_within(template, _VOCAB):
        return None
    kind = kinds.pop()
    functions = [(i, f) for i, s in enumerate(split.maths) if (f := _function(s)) is not None]
    if len(functions) != 1:
        return None
    index, (e, x, num, den) = functions[0]
    line = _line(e, x, num, den, kind)
    y = sp.Symbol("y")
    gap = (latex(e) if line.is_number
           else f"\\left({latex(e)} - \\left({latex(line)}\\right)\\right)")
    claim = f"\\lim_{{{latex(x)} \\to \\infty}} {gap} = {latex(line) if line.is_number else 0}"
    steps: list[Step] = [step(
        "divide the numerator by the denominator",
        f"Far from the origin only the quotient of the division, ${latex(line)}$, matters; the "
        "remainder's part shrinks to zero.", f"${claim}$", claim)]
    rest = [s for i, s in enumerate(split.maths) if i != index]
    named = [(parse_latex(s), s) for s in rest if re.match(r"^\s*y\s*=", s)]
    others = [s for s in rest if not re.match(r"^\s*y\s*=", s)
              and parse_latex(s) not in (x, y)]
    if not named and not others:
        if _VALUE.search(template):
            if kind != "horizontal":
                return None
            return final_value(line), steps
        return f"y = {latex(line)}", steps
    if len(named) == 1 and not others and re.search(r"\banswer in the form\b", template):
        return f"y = {latex(line)}", steps  # the form only says how to write the line
    if len(named) != 1 or len(others) != 1:
        raise Decline("the asymptote's form and one quantity asked")
    form = named[0][0]
    if not isinstance(form, sp.Equality):
        raise Decline("the asymptote written as y = ...")
    letters = sorted(form.rhs.free_symbols - {x}, key=str)
    if not letters or not form.rhs.is_polynomial(x):
        raise Decline("the asymptote's form with letters")
    solved = sp.solve(sp.Poly(sp.expand(form.rhs - line), x).all_coeffs(), letters, dict=True)
    if len(solved) != 1 or set(solved[0]) != set(letters):
        raise Decline("the letters of the asymptote's form are not determined")
    target = parse_latex(others[0])
    if not isinstance(target, sp.Expr) or not target.free_symbols <= set(letters):
        raise Decline("a quantity in the letters of the asymptote's form")
    value = final_value(target.subs(solved[0]))
    shown = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in solved[0].items())
    claim = f"{latex(target)} = {latex(value)}"
    steps.append(step("match the form", f"Compare ${latex(form)}$ with the line found.",
                      f"${shown}$, so ${claim}$", ""))
    return value, steps


def _meeting_point(split: Split) -> Result:
    """Where the one vertical asymptote meets the horizontal or slant one; the vertical one
    is confirmed by the graph growing past any bound just beside it."""
    functions = [f for s in split.maths if (f := _function(s)) is not None]
    if len(functions) != 1 or len(split.maths) != 1:
        raise Decline("one rational function")
    e, x, num, den = functions[0]
    roots = sp.roots(sp.Poly(den, x))
    if len(roots) != 1 or sp.degree(den, x) != sum(roots.values()) \
            or not next(iter(roots)).is_real:
        raise Decline("exactly one vertical asymptote")
    pole = next(iter(roots))
    gap = sp.degree(num, x) - sp.degree(den, x)
    line = _line(e, x, num, den, "horizontal" if gap <= 0 else "slant")
    for side in (1, -1):
        near = numeric.to_mp(e.subs(x, pole + side * sp.Rational(1, 10**9)))
        confirm.check(near is not None and abs(near) > 10**6,
                      "beside the vertical asymptote the graph grows past any bound")
    point = sp.Tuple(pole, line.subs(x, pole))
    claim = f"x = {latex(pole)}, y = {latex(line)}"
    return point, [step("find the asymptotes", "The denominator vanishes at one point and the "
                        "division gives the line far out.", f"${claim}$", ""),
                   step("meet the two lines", "Put the vertical line's x into the other.",
                        f"$\\left({latex(point[0])}, {latex(point[1])}\\right)$", "")]


def _crossing(split: Split, m: re.Match[str]) -> Result:
    """The x where the graph equals its asymptote's line: numerator = line times denominator,
    away from the denominator's zeros; each checked by substitution."""
    got = _function(split.maths[int(m.group("e") or m.group("e2"))])
    if got is None:
        raise Decline("a rational function")
    e, x, num, den = got
    line = _line(e, x, num, den, _KINDS[m.group("kind") or m.group("kind2")])
    meet = sp.expand(num - line * den)
    if meet == 0 or not meet.has(x):
        raise Decline("the graph never crosses its asymptote, or lies on it")
    xs = [r for r in sp.Poly(meet, x).real_roots() if den.subs(x, r) != 0]
    if len(xs) != 1:
        raise Decline("not exactly one crossing")
    at = xs[0]
    confirm.check(sp.simplify(e.subs(x, at) - line.subs(x, at)) == 0,
                  "at that x the graph and the asymptote have the same height")
    claim = f"{latex(num)} = \\left({latex(line)}\\right)\\left({latex(den)}\\right)"
    return at, [step("set the function equal to its asymptote", "The graph crosses the line "
                     "where the function's value equals the line's.",
                     f"${claim}$ gives ${latex(x)} = {latex(at)}$", "")]


__all__ = ["read_asymptote_line"]
