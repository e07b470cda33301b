"""Typed reader: the constant for which a quadratic equation has exactly one solution.

"Find the positive value of $k$ such that $x^2 + kx + 9 = 0$ has exactly one solution in
$x$", "There are two values of $b$ for which $2x^2 + bx + bx + 8 = 0$ has only one
solution. What is the sum of those values?", "For what values of $m$ does $(x+1)(x-3) =
mx - 7$ have exactly one real solution?", "$a$ is a nonzero constant for which $ax^2 + 6x + 3
= 0$ has only one solution. Find this solution.", "... has a double root", "For what value
of $k$ do the graphs of $y = ...$ and $y = ...$ intersect at exactly one point?" (the two
formulas equal at exactly one x), "For what value of $c$ is the graph of $y = x^2 - 10x + c$
tangent to the $x$-axis?" (touching or tangent: a double root of y = 0). One solution
means a zero discriminant; a value of the constant that makes the x^2 term vanish is kept
only when the equation is then linear with one solution and the problem does not say
"quadratic", "nonzero" or "double root" (a linear equation has no double root). Each
value is confirmed by putting it back: the equation's square-free part (its gcd with its
derivative taken out) has exactly one root.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import clauses, equations
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_ONE = re.compile(r"(?:has|have) (?:exactly |only )?one (?:real )?(?:solution|root)"
                  r"(?: (?:in|for) @(\d+)@)?"
                  # a double root: one solution, and the x^2 term must stay
                  r"|(?:has|have) (?P<double>an? (?:double|repeated) (?:real )?root|(?:two )?"
                  r"equal (?:real )?roots)(?: (?:in|for) @(\d+)@)?")
# "the graphs of $y = ...$ and $y = ...$ intersect at exactly one point": one x where the
# two formulas agree, so the equation of the two formulas has one solution
_GRAPHS = re.compile(r"(?:(?:do|does|will) )?the graphs of @(\d+)@ and @(\d+)@ (?:intersect|meet) "
                     r"(?:at|in) (?:exactly |only )?one point")
# "the graph of $y = x^2 - 10x + c$ is tangent to the $x$-axis", "the parabola $y = ...$
# touches the x-axis at exactly one point": y = 0 has one solution; touching or tangency
# (or a parabola) keeps the x^2 term, so it is a double root
_AXIS = re.compile(r"(?:(?:do|does|will|would|is) )?the (?P<what>graph of|parabola) @(?P<eq>\d+)@ "
                   r"(?:(?P<how>touch(?:es)?|meets?|intersects?|cross(?:es)?|hits?|(?:is )?"
                   r"tangent to) )the (?:@(?P<ax>\d+)@ ?-?|x-)axis(?P<once> (?:at|in) (?:exactly "
                   r"|only )?one point| (?:exactly |only )?once)?")
_LIST = re.compile(r"\.? ?(?:express|give|enter) your answers? as a list of numbers,? separated "
                   r"by commas\.?")
VOCAB = frozenset(
    "there two values value for which at the equation quadratic polynomial has have exactly only "
    "one real solution root in what sum product those positive negative find such that if does "
    "nonzero constant this all possible will so double repeated equal an roots given makes make"
    .split())


def _qualify(values: list[sp.Basic], w: set[str]) -> list[sp.Basic]:
    if "positive" in w:
        values = [v for v in values if v.is_positive]
    if "negative" in w:
        values = [v for v in values if v.is_negative]
    return values


def read_one_solution(split: Split, template: str) -> Result | None:
    tmpl = _LIST.sub("", template.lower())
    source = None
    graphs = _GRAPHS.search(tmpl)
    if graphs is not None:
        sides = [re.fullmatch(r"\s*y\s*=\s*([^=]+)", split.maths[int(g)]) for g in graphs.groups()]
        if sides[0] is None or sides[1] is None:
            raise Decline("two graphs y = ...")
        source = f"{sides[0].group(1)} = {sides[1].group(1)}"
        tmpl = tmpl[:graphs.start()] + "has exactly one solution" + tmpl[graphs.end():]
    axis = _AXIS.search(tmpl) if graphs is None else None
    if axis is not None:
        if axis.group("ax") and split.maths[int(axis.group("ax"))].strip() != "x":
            return None
        side = re.fullmatch(r"\s*y\s*=\s*([^=]+)", split.maths[int(axis.group("eq"))])
        tangent = "tangent" in axis.group("how")
        if side is None or not (tangent or axis.group("once") or axis.group("how").startswith(
                "touch")):
            return None  # where or how often it meets the axis: another question
        source = f"{side.group(1)} = 0"
        double = tangent or axis.group("how").startswith("touch") or axis.group("what") == \
            "parabola"
        tmpl = tmpl[:axis.start()] + ("has a double root" if double else
                                      "has exactly one solution") + tmpl[axis.end():]
    m = _ONE.search(tmpl)
    if not m:
        return None
    w = words(tmpl)
    if w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    if w & {"positive", "negative"} and w & {"sum", "product"}:
        return None
    pieces = [int(i) for i in re.findall(r"@(\d+)@", tmpl)]
    signed = set()  # "given $b > 0$": says the constant is positive, as the word would
    for i in list(pieces):
        sign = re.fullmatch(r"\s*([a-zA-Z])\s*(>|<)\s*0\s*", split.maths[i])
        if sign is not None:
            w |= {"positive" if sign.group(2) == ">" else "negative"}
            signed.add(sp.Symbol(sign.group(1)))
            pieces.remove(i)
    eq_pieces = [i for i in pieces if not clauses.is_letters(split.maths[i])]
    if len(eq_pieces) != (0 if source else 1):
        return None
    source = source or split.maths[eq_pieces[0]]
    # "f(x) = x^2 + bx + 25 has exactly one real root": the roots of the formula
    defined = re.fullmatch(r"\s*([a-zA-Z])\s*\(\s*x\s*\)\s*=\s*([^=]+)", source)
    e = parse_latex(defined.group(2) if defined else source)
    if isinstance(e, sp.Equality):
        expr = sp.expand(e.lhs - e.rhs)
    elif isinstance(e, sp.Expr):
        expr = sp.expand(e)
    else:
        return None
    unknown = m.group(1) or m.group(3)
    x = parse_latex(split.maths[int(unknown)]) if unknown else sp.Symbol("x")
    named = {s for i in pieces if clauses.is_letters(split.maths[i])
             for s in clauses.letters(split.maths[i])} - {x} - (
                 {sp.Symbol(defined.group(1))} if defined else set())
    params = expr.free_symbols - {x}
    if x not in expr.free_symbols or len(params) != 1 or (named and named != params):
        raise Decline("one unknown and one constant")
    k = next(iter(params))
    if signed - {k}:
        raise Decline("a sign told of another letter than the constant")
    if not expr.is_polynomial(x, k) or sp.degree(expr, x) != 2:
        raise Decline("a quadratic in the unknown")
    poly = sp.Poly(expr, x)
    a, b, c = (poly.coeff_monomial(x**n) for n in (2, 1, 0))
    disc = sp.expand(b**2 - 4 * a * c)
    steps: list[Step] = [step("one solution: zero discriminant", "A quadratic has exactly one "
                              "solution when $b^2 - 4ac = 0$.", f"${latex(disc)} = 0$", "")]
    values, more = equations.solve_equation(sp.Eq(disc, 0), k)
    steps += more
    values = [v for v in values if a.subs(k, v) != 0]
    if a.free_symbols and not w & {"quadratic", "nonzero"} and not m.group("double"):
        for v in sp.solve(a, k):  # the x^2 term vanishes: linear, one solution if b != 0
            if v.is_real and b.subs(k, v) != 0:
                values.append(v)
    for v in values:  # put back: exactly one distinct root
        p = sp.Poly(expr.subs(k, v), x)
        square_free = sp.quo(p, sp.gcd(p, p.diff(x)))
        confirm.check(sp.Poly(square_free, x).degree() == 1,
                      "with each value put back, the equation has exactly one root")
    values = sorted(set(values), key=lambda v: float(v))
    rest = tmpl[:m.start()] + tmpl[m.end():]  # what is said besides "has one solution"
    if re.search(r"\b(?:solutions?|roots?)\b", rest):
        if re.search(r"\b(?:this|that|the) (?:solution|root)\b", rest):
            return _the_solution(expr, x, k, values, steps)
        raise Decline("a question about the solution itself")
    values = _qualify(values, w)
    if not values:
        raise Decline("no value with that property")
    if "sum" in w:
        value = final_value(sp.Add(*values))
        return value, steps + [step("add them", "Add the values.", f"${latex(value)}$", "")]
    if "product" in w:
        value = final_value(sp.Mul(*values))
        return value, steps + [step("multiply them", "Multiply the values.",
                                    f"${latex(value)}$", "")]
    if len(values) == 1:
        return values[0], steps
    if "value" in w and "values" not in w:
        raise Decline("the question expects one value")
    return ", ".join(latex(v) for v in values), steps


def _the_solution(expr: sp.Expr, x: sp.Symbol, k: sp.Symbol, values: list[sp.Basic],
                  steps: list[Step]) -> Result:
    roots = {r for v in values for r in sp.roots(sp.Poly(expr.subs(k, v), x))}
    if len(values) != 1 or len(roots) != 1:
        raise Decline("the solution is not determined")
    root = roots.pop()
    claim = f"{latex(x)} = {latex(root)}"
    return root, steps + [step("the double root", "Put the value back and solve.",
                               f"${claim}$", claim)]


__all__ = ["read_one_solution"]
