"""Typed reader: the greatest or least product, sum or sum of squares of two numbers tied by
one fact about them, told in words.

"Two numbers have a sum of 24. What is the largest possible value of their product?",
"What is the greatest product obtainable from two integers whose sum is 50?", "The product
of two positive numbers is 64. What is the smallest possible value of their sum?", "Two
numbers differ by 10. What is the least possible product?"

The two numbers become x and y with the fact as an equation (x + y = s, xy = p, x - y = d)
and their sign said in words as a qualifier. Real numbers go to the extreme-value solver
(`extreme_values.extreme`: an exact critical point, confirmed by a numerical search over the
whole region). Integers are searched exactly: the integers beside the real best point,
confirmed by trying every allowed pair in a window ten times as wide.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import clauses
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.extreme_values import extreme
from tutor.reasoning.symbolic.typed import words_within

X, Y = sp.symbols("x y")
_NUM = r"(?P<n>@\d+@|\d+(?:\.\d+)?)"
_KIND = r"(?P<sign>positive |nonnegative |negative )?(?:real )?(?P<what>numbers|integers)"
_FACT = [
    re.compile(rf"\btwo {_KIND} (?:have|with) a (?P<how>sum|product|difference) of {_NUM}"),
    re.compile(rf"\bthe (?P<how>sum|product|difference) of two {_KIND} is {_NUM}"),
    re.compile(rf"\btwo {_KIND},? whose (?P<how>sum|product|difference) is {_NUM}"),
    re.compile(rf"\btwo {_KIND} (?:add up to|sum to) {_NUM}"),
    re.compile(rf"\btwo {_KIND} differ by {_NUM}"),
]
_WHICH = {"largest": "max", "greatest": "max", "maximum": "max", "smallest": "min",
          "least": "min", "minimum": "min"}
_ASK = re.compile(r"\b(?:what is |find |determine )?the (?P<which>largest|greatest|maximum|"
                  r"smallest|least|minimum) (?:possible )?(?:value of (?:their|the) )?"
                  r"(?:their )?(?P<asked>product|sum of (?:their |the )?squares|sum)\b")
VOCAB = frozenset(_WHICH) | frozenset(
    "two numbers integers real positive negative nonnegative have has with sum product "
    "difference whose add up differ by possible their obtainable from of squares these "
    "numbers the two".split())
_TARGETS = {"product": X * Y, "sum": X + Y}


def read_number_pair(split: Split, template: str) -> Result | None:
    if "two" not in template:
        return None
    facts = [m for pat in _FACT if (m := pat.search(template))]
    asks = list(_ASK.finditer(template))
    if len(facts) != 1 or len(asks) != 1 or not words_within(template, VOCAB):
        return None
    fact, ask = facts[0], asks[0]
    rest = template.replace(fact.group(0), " ").replace(ask.group(0), " ")
    if re.search(r"@\d+@|\d", rest):
        return None  # another number or formula: more facts than one
    src = fact.group("n")
    n = parse_latex(split.maths[int(src[1:-1])]) if src.startswith("@") else \
        sp.nsimplify(src)
    if not (isinstance(n, sp.Expr) and n.is_number and n.is_real):
        raise Decline("the fact's number")
    how = fact.groupdict().get("how") or ("difference" if "differ" in fact.group(0) else "sum")
    equation = {"sum": sp.Eq(X + Y, n), "product": sp.Eq(X * Y, n),
                "difference": sp.Eq(X - Y, n)}[how]
    asked = "squares" if "squares" in ask.group("asked") else ask.group("asked")
    if asked == how:
        raise Decline("the quantity asked is the one told")
    target = X ** 2 + Y ** 2 if asked == "squares" else _TARGETS[asked]
    which = _WHICH[ask.group("which")]
    sign = (fact.group("sign") or "").strip()
    said = step("name the numbers", "Call the two numbers x and y and write the fact as an "
                "equation.", f"${latex(equation)}$" + (f", with $x, y$ {sign}" if sign else
                                                        ""), "")
    if fact.group("what") == "integers":
        value, steps = _integers(target, equation, which, sign)
        return value, [said, *steps]
    conds = clauses.Conditions(equations=[equation],
                               kinds={X: {sign}, Y: {sign}} if sign else {})
    value, steps = extreme(target, conds, which)
    return value, [said, *steps]


def _allowed(v: int, sign: str) -> bool:
    return {"": True, "positive": v > 0, "negative": v < 0, "nonnegative": v >= 0}[sign]


def _integers(target: sp.Expr, equation: sp.Equality, which: str, sign: str
              ) -> tuple[sp.Basic, list[Step]]:
    """The best pair of integers on the equation, beside the best real point, confirmed by
    every pair in a much wider window."""
    n = equation.rhs
    if not n.is_Integer:
        raise Decline("integers whose sum, product or difference is not an integer")

    def pairs(width: int) -> list[tuple[int, int]]:
        if equation.lhs == X * Y:
            if n == 0:
                raise Decline("a product of zero")
            return [(s * d, int(n) // (s * d)) for d in sp.divisors(abs(int(n)))
                    for s in (1, -1)]
        centre = int(n) // 2
        return [(x, int(n) - x if equation.lhs == X + Y else x - int(n))
                for x in range(centre - width, centre + width + 1)]

    def best(width: int) -> tuple[sp.Integer, tuple[int, int]]:
        found = [(sp.Integer(target.subs({X: a, Y: b})), (a, b)) for a, b in pairs(width)
                 if _allowed(a, sign) and _allowed(b, sign)]
        if not found:
            raise Decline("no allowed pair of integers")
        return (min if which == "min" else max)(found, key=lambda t: t[0])

    value, (a, b) = best(3)
    wide, _ = best(max(30, 10 * abs(int(n))))
    if equation.lhs != X * Y:  # on a line, x y and x^2 + y^2 run away to the other side
        edge = [target.subs({X: x, Y: sp.solve(equation, Y)[0].subs(X, x)})
                for x in (10**6, -10**6)]
        if any((e < value) if which == "min" else (e > value) for e in edge):
            raise Decline("no least or greatest value")
    confirm.check(wide == value, "every pair of integers in a wide window gives nothing better")
    claim = f"{shown(target, {X: sp.Integer(a), Y: sp.Integer(b)})} = {latex(value)}"
    return value, [step("try the integers beside the best real point", "The best real point "
                        "is where the two numbers are as close as the fact allows; try the "
                        "integers nearest it.", f"At $x = {a}$, $y = {b}$: ${claim}$", claim)]


__all__ = ["read_number_pair"]
