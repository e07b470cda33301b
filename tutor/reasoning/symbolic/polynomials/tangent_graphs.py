"""Typed reader: the constant for which two graphs touch or meet exactly once.

"If the parabola $y = ax^2 + 6$ is tangent to the line $y = x$, find $a$", "For what value of
$k$ is the line $y = 2x + k$ tangent to the parabola $y = x^2$?", "At what value of $b$ do
the graphs of $y = x^2 + bx + 5$ and $y = x + 1$ intersect at exactly one point?"

Both graphs are y = (a polynomial of degree at most 2 in x) with one constant between them;
their difference h(x) = 0 gives the meeting points. Tangent: h is a quadratic with a double
root (zero discriminant, the x^2 coefficient not zero). Exactly one point: that, or h is
linear (its x^2 coefficient vanishes) with a nonzero slope ("touch at exactly one point",
"have exactly one point in common" read the same). A sign told of the constant ("Enter the
positive value", "where $m > 0$") keeps the values of that sign; a sign said of anything else
declines. Several values where one is asked decline. Confirmed independently for each
value: h put back has exactly one distinct real root (its square-free part is linear), and
for tangency the two graphs have equal slopes (derivatives) there; the discriminant's real
roots are counted by Sturm's method (`count_roots`) against the values found."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = frozenset(
    "graphs graph parabola line curve curves tangent intersect intersects meet meets touch "
    "touches at exactly one only point single what value constant calculate real number "
    "defined by for which all possible so makes make common enter positive negative where "
    "cross crosses".split())
_ONCE = re.compile(r"(?:(?:intersect|intersects|meet|meets|touch|touches|cross|crosses) "
                   r"(?:each other |the (?:parabola|line|curve|graph) (?:of )?@\d+@,? )?"
                   r"(?:at |in )?(?:exactly|only) (?:one|a single) point|(?:have|has) "
                   r"(?:exactly |only )?(?:one|a single) (?:point in common|common point))")
# "Enter the positive value.", "what negative constant": the sign of the constant asked
_SIGNED = re.compile(r"\b(positive|negative) (?:value|constant|real number|number)\b")
_SIGN_TOLD = re.compile(r"\s*([a-z])\s*([<>])\s*0\s*[.,?]?\s*")
_TANGENT = re.compile(r"\btangent to\b")
_X, _Y = sp.Symbol("x"), sp.Symbol("y")


def _graph(src: str) -> sp.Expr | None:
    e = parse_latex(src.strip().rstrip(".,"))
    if isinstance(e, sp.Equality) and e.lhs == _Y and _Y not in e.rhs.free_symbols:
        return sp.expand(e.rhs)
    return None


def read(split: Split, template: str) -> Result | None:
    once, tangent = _ONCE.search(template), _TANGENT.search(template)
    if bool(once) == bool(tangent) or not words_within(template, VOCAB):
        return None
    graphs, letters = [], []
    signs = {m.group(1) for m in _SIGNED.finditer(template)}
    if words(template) & {"positive", "negative"} and not signs:
        raise Decline("a sign told of something other than the constant")
    for i in dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)):
        src = split.maths[i]
        if re.fullmatch(r"\s*[a-z]\s*[.,?]?\s*", src):
            letters.append(sp.Symbol(src.strip(" .,?")))
            continue
        told = _SIGN_TOLD.fullmatch(src)
        if told:  # "where $m > 0$"
            letters.append(sp.Symbol(told.group(1)))
            signs.add("positive" if told.group(2) == ">" else "negative")
            continue
        g = _graph(src)
        if g is None:
            return None
        graphs.append(g)
    if len(graphs) != 2:
        return None
    h = sp.expand(graphs[0] - graphs[1])
    params = h.free_symbols - {_X}
    if len(params) != 1 or _X not in h.free_symbols or any(s not in params for s in letters):
        raise Decline("one constant, and the graphs in x")
    k = params.pop()
    if not all(g.is_polynomial(_X, k) and sp.degree(g, _X) <= 2 for g in graphs) \
            or not h.is_polynomial(_X, k):
        raise Decline("graphs of polynomials of degree at most 2")
    a, b, c = (sp.Poly(h, _X).coeff_monomial(_X**n) for n in (2, 1, 0))
    if not a.free_symbols and a == 0:
        raise Decline("two lines do not touch at a double point")
    disc = sp.expand(b**2 - 4 * a * c)
    if disc == 0:
        raise Decline("the discriminant is zero for every value")
    values = [v for v in sp.solve(disc, k) if v.is_real and sp.simplify(a.subs(k, v)) != 0]
    flat = [v for v in sp.solve(a, k) if v.is_real] if a.free_symbols else []
    if once:
        values += [v for v in flat if sp.simplify(b.subs(k, v)) != 0]
    values = sorted(set(values), key=lambda v: float(v))
    _confirm(graphs, h, k, values, bool(tangent), disc)
    if len(signs) > 1:
        raise Decline("both signs told")
    if signs:
        values = [v for v in values if bool(v > 0) == ("positive" in signs) and v != 0]
    w = words(template)
    if not values:
        raise Decline("no value of the constant works")
    if len(values) > 1 and not ({"values", "all"} & w):
        raise Decline("several values where one is asked")
    what = "touch (a double root)" if tangent else "meet exactly once"
    shown = ", ".join(latex(v) for v in values)
    return (values[0] if len(values) == 1 else shown), [
        step("set the graphs equal", "Where the graphs meet, their y-values agree.",
             f"${latex(h)} = 0$.", ""),
        step("one meeting point", "A quadratic has one (double) root when $b^2 - 4ac = 0$"
             + ("; a linear equation with nonzero slope has one root" if once else "") + ".",
             f"${latex(disc)} = 0$; the graphs {what} for ${latex(k)} = {shown}$.", "")]


def _confirm(graphs: list[sp.Expr], h: sp.Expr, k: sp.Symbol, values: list[sp.Basic],
             tangent: bool, disc: sp.Expr) -> None:
    ok = True
    for v in values:
        p = sp.Poly(h.subs(k, v), _X)
        square_free = sp.quo(p, sp.gcd(p, p.diff(_X)))
        ok &= square_free.degree() == 1
        if tangent:
            root = sp.solve(square_free.as_expr(), _X)[0]
            ok &= sp.simplify((graphs[0] - graphs[1]).diff(_X).subs({k: v, _X: root})) == 0
    if disc.free_symbols:
        d = sp.Poly(disc, k)
        distinct = sp.quo(d, sp.gcd(d, d.diff(k)))
        ok &= distinct.count_roots() == len({v for v in sp.solve(disc, k) if v.is_real})
    confirm.check(ok, "each value put back leaves exactly one meeting point (square-free "
                  "part), with equal slopes for tangency; Sturm counts the discriminant's roots")


__all__ = ["read"]
