"""The range of a function of one real variable: every value it takes on its domain.

"Find the range of the function $g(x) = \\frac{3x - 1}{x + 4}$", "What is the range of
$y = \\sqrt{x - 1} + 2$? Express your answer in interval notation", "Let $f(x) = |x - 2| - 1$.
What is the range of $f$?", "the range of $h(x) = x^2 - 4x$ for $0 \\le x \\le 5$".

Found by calculus on each piece of the domain (`domains`, or a restriction the problem
states): the domain is cut where an absolute value changes sign, so on every part the
formula is smooth; there the values run from the least to the greatest of the values at
the critical points and closed ends and the limits at the open ends, an end of the range
being closed exactly when a point of the domain attains it.

Confirmed independently: the function sampled numerically over the whole domain (dense,
near every open end and far out) never leaves the range found, and comes close to every
finite end of it; every end that is said not to be attained has no solution of
f(x) = end in the domain, by solving that equation.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp
from sympy.calculus.util import continuous_domain

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import final_value, shown
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_MAX_POINTS = 12  # critical points on one part, at most
_SAMPLES = 240
_FAR = [mpmath.mpf(10) ** k for k in range(1, 10)]


def _value(e: sp.Expr, x: sp.Symbol, t: sp.Basic) -> sp.Basic:
    return final_value(sp.simplify(e.subs(x, t)))


def _order(v: sp.Basic) -> float:
    return float("inf") if v is sp.oo else float("-inf") if v is -sp.oo else float(sp.N(v, 30))


def _same(a: sp.Basic, b: sp.Basic) -> bool:
    if a.is_infinite or b.is_infinite:
        return a == b
    return abs(sp.N(a - b, 40)) < sp.Float("1e-30") and sp.simplify(a - b) == 0


def _finite_set(s: sp.Set) -> list[sp.Basic]:
    if s is sp.S.EmptySet:
        return []
    if not isinstance(s, sp.FiniteSet) or len(s) > _MAX_POINTS or not all(p.is_real
                                                                            for p in s):
        raise Decline("the critical points are not a few real numbers")
    return sorted(s, key=_order)


def _parts(e: sp.Expr, x: sp.Symbol, piece: sp.Interval) -> list[tuple[sp.Interval, sp.Expr]]:
    """The piece cut where an absolute value's argument is zero, each part with the formula
    that has no absolute value on it."""
    cuts = sorted({c for a in e.atoms(sp.Abs)
                   for c in _finite_set(sp.solveset(a.args[0], x, piece)) if c in piece
                   and c not in (piece.start, piece.end)}, key=_order)
    ends = [piece.start, *cuts, piece.end]
    out = []
    for k, (a, b) in enumerate(zip(ends, ends[1:], strict=False)):
        part = sp.Interval(a, b, piece.left_open if k == 0 else False,
                           piece.right_open if k == len(ends) - 2 else False)
        mid = (a + b) / 2 if a.is_finite and b.is_finite else (
            a + 1 if a.is_finite else b - 1 if b.is_finite else sp.S.Zero)
        signs = {u: (u.args[0] if _order(u.args[0].subs(x, mid)) >= 0 else -u.args[0])
                 for u in e.atoms(sp.Abs)}
        out.append((part, e.xreplace(signs)))
    return out


def _image(e: sp.Expr, x: sp.Symbol, part: sp.Interval
           ) -> tuple[sp.Interval, list[str], list[sp.Basic], list[sp.Basic]]:
    """The values of a smooth formula on one part: (interval, claims, ends not attained,
    the points where values are attained)."""
    inside = sp.Interval.open(part.start, part.end)
    d = sp.together(sp.diff(e, x))
    flat = sp.expand(sp.numer(d)) == 0  # a constant part: |x + 1| + |x - 3| between -1 and 3
    points = [] if flat else _finite_set(sp.solveset(sp.numer(d), x, inside))
    points += [p for p in _finite_set(sp.solveset(sp.denom(d), x, inside)) if p not in points]
    attained: list[sp.Basic] = []
    claims: list[str] = []
    for p in sorted(points, key=_order) + [end for end, shut in (
            (part.start, not part.left_open), (part.end, not part.right_open)) if shut]:
        v = _value(e, x, p)
        attained.append(v)
        claims.append(f"{shown(e, {x: p})} = {latex(v)}")
    limits: list[sp.Basic] = []
    for end, side, shut in ((part.start, "+", not part.left_open),
                            (part.end, "-", not part.right_open)):
        if shut:
            continue
        lim = sp.limit(e, x, end, side) if end.is_finite else sp.limit(e, x, end)
        if not (lim.is_real or lim.is_infinite) or isinstance(lim, sp.AccumBounds):
            raise Decline("a limit at an end of the domain is not a number")
        limits.append(lim)
        to = latex(end) + ("" if not end.is_finite else "^{+}" if side == "+" else "^{-}")
        claims.append(f"\\lim_{{{latex(x)} \\to {to}}} {latex(e)} = {latex(lim)}")
    values = attained + limits
    lo, hi = min(values, key=_order), max(values, key=_order)
    lo_in = any(_same(lo, v) for v in attained)
    hi_in = any(_same(hi, v) for v in attained)
    open_ends = [v for v, shut in ((lo, lo_in), (hi, hi_in)) if not shut and v.is_finite]
    at = [p for p in points if p.is_finite] + [end for end, shut in (
        (part.start, not part.left_open), (part.end, not part.right_open)) if shut]
    return sp.Interval(lo, hi, not lo_in, not hi_in), claims, open_ends, at


def range_steps(e: sp.Expr, x: sp.Symbol, dom: sp.Set) -> tuple[sp.Set, list[Step]]:
    """The range of e over dom (a union of intervals), with its steps, confirmed."""
    pieces = [dom] if isinstance(dom, sp.Interval) else list(dom.args) \
        if isinstance(dom, sp.Union) else []
    if not pieces or not all(isinstance(p, sp.Interval) for p in pieces):
        raise Decline("a domain that is not a union of intervals")
    images: list[sp.Set] = []
    claims: list[str] = []
    open_ends: list[sp.Basic] = []
    points: list[sp.Basic] = []
    for piece in pieces:
        for part, formula in _parts(e, x, piece):
            image, said, unreached, at = _image(formula, x, part)
            images.append(image)
            claims += said
            open_ends += unreached
            points += at
    rng = sp.Union(*images)
    if rng.is_empty or isinstance(rng, sp.FiniteSet) or not all(
            isinstance(p, sp.Interval) for p in sp.Union.make_args(rng)):
        raise Decline("the range is not made of intervals")
    _confirm(e, x, pieces, rng, [v for v in open_ends if v not in rng], points)
    steps = [step("the domain", "Where is the formula defined?",
                  f"The function is defined for ${latex(x)} \\in {latex(dom)}$.", ""),
             step("values at the critical points and the ends", "On each part of the domain "
                  "the function runs between its values at the critical points (where the "
                  "derivative is zero or undefined) and at the ends.",
                  "; ".join(f"${c}$" for c in claims) + ".", claims[0] if claims else ""),
             step("the range", "Collect the values the function takes.",
                  f"The range is ${latex(rng)}$.", "")]
    return rng, steps


def _at(e: sp.Expr, x: sp.Symbol, t: mpmath.mpf) -> mpmath.mpf | None:
    try:
        v = e.evalf(30, subs={x: sp.Float(mpmath.nstr(t, 40), 40)})
    except (TypeError, ValueError, ZeroDivisionError, ArithmeticError):
        return None
    if not v.is_number or v.has(sp.zoo, sp.nan) or not v.is_real:
        return None
    return mpmath.mpf(str(v))


def _sample_points(piece: sp.Interval) -> list[mpmath.mpf]:
    lo, hi = piece.start, piece.end
    a = mpmath.mpf(str(sp.N(lo, 40))) if lo.is_finite else None
    b = mpmath.mpf(str(sp.N(hi, 40))) if hi.is_finite else None
    out = []
    for k in range(1, _SAMPLES + 1):
        u = mpmath.mpf(k) / (_SAMPLES + 1)
        if a is not None and b is not None:
            out.append(a + u * (b - a))
        elif a is not None:
            out.append(a + u / (1 - u) * 10)
        elif b is not None:
            out.append(b - u / (1 - u) * 10)
        else:
            out.append((2 * u - 1) / (1 - (2 * u - 1) ** 2) * 10)
    for k in range(2, 12):  # close to each end, and far out
        step_ = mpmath.mpf(10) ** -k
        out += [a + step_] if a is not None else [-_FAR[min(k - 2, 8)]]
        out += [b - step_] if b is not None else [_FAR[min(k - 2, 8)]]
    for end, shut in ((a, not piece.left_open), (b, not piece.right_open)):
        if end is not None and shut:
            out.append(end)
    return out


def _confirm(e: sp.Expr, x: sp.Symbol, pieces: list[sp.Interval], rng: sp.Set,
             unreached: list[sp.Basic], points: list[sp.Basic]) -> None:
    """`points`: where the calculus found values attained (critical points, corners, closed
    ends), evaluated numerically with the samples."""
    grid = [t for piece in pieces for t in _sample_points(piece)]
    grid += [mpmath.mpf(str(sp.N(p, 40))) for p in points]
    samples = [v for t in grid if (v := _at(e, x, t)) is not None]
    if len(samples) < _SAMPLES // 2:
        raise Decline("the function could not be sampled")
    bounds = [(_order(p.start), _order(p.end)) for p in sp.Union.make_args(rng)]

    def within(v: mpmath.mpf) -> bool:
        tol = 1e-12 * max(1.0, abs(float(v)))
        return any(lo - tol <= float(v) <= hi + tol for lo, hi in bounds)

    confirm.check(all(within(v) for v in samples),
                  "every sampled value of the function lies in the range found")
    for lo, hi in bounds:
        for end in (lo, hi):
            if end in (float("inf"), float("-inf")):
                reached = any(float(v) * end > 0 and abs(float(v)) > 1e4 for v in samples)
            else:
                reached = min(abs(float(v) - end) for v in samples) <= 1e-3 * max(1, abs(end))
            confirm.check(reached, "the sampled values come close to every end of the range")
    for end in unreached:
        hits = sp.S.EmptySet
        for piece in pieces:
            got = sp.solveset(sp.Eq(e, end), x, piece)
            if not isinstance(got, sp.FiniteSet) and got is not sp.S.EmptySet:
                raise Decline("cannot tell whether an end of the range is attained")
            hits = hits | got
        confirm.check(hits is sp.S.EmptySet,
                      f"${latex(e)} = {latex(end)}$ has no solution, so that end is not "
                      "attained")




# -- the question -----------------------------------------------------------------------

_DEF = re.compile(r"^\s*(?P<name>[a-zA-Z])\s*\(\s*(?P<var>[a-z])\s*\)\s*=\s*(?P<rhs>.+)$|"
                  r"^\s*y\s*=\s*(?P<y>.+)$", re.S)
_ASK = re.compile(r"\b(?:(?:what|which) (?:is|are)|find|determine|give|state|compute)? ?(?:the "
                  r"range of (?:the (?:real-valued |real valued )?(?:function|expression) )?"
                  r"(?P<f>@\d+@)|(?:its|the function's) range\b|the range of (?:this|that|the) "
                  r"function\b(?! @))")
_FORMAT = re.compile(r"\(?(?:(?:express|give|write|enter|expressing|giving|writing) (?:your|the) "
                     r"answer (?:in|using) "
                     r"interval notation|(?:express|give|write) your answer as an interval)"
                     r"\.?\)?\.?")
# "for $0 \le x \le 3$", "on the interval $[1, 4]$", "if its domain is $x \ge 2$"
_ON = re.compile(r"\b(?:for|where|when|on|over|if) (?:the interval |its domain is |the domain "
                 r"(?:is )?)?(?P<r>@\d+@)")
VOCAB = frozenset("range function let be defined by real valued what is find determine "
                  "give state compute which over numbers every where with".split())


def _formula(src: str) -> tuple[sp.Expr, sp.Symbol, str | None] | None:
    m = _DEF.match(src)
    body = m.group("rhs") or m.group("y") if m else src
    e = parse_latex(body)
    if not isinstance(e, sp.Expr) or isinstance(e, sp.core.relational.Relational):
        return None
    if len(e.free_symbols) != 1:
        raise Decline("a function of one variable with no other letters")
    x = next(iter(e.free_symbols))
    if m and m.group("var") and sp.Symbol(m.group("var")) != x:
        raise Decline("the formula is not in the function's variable")
    for node in sp.preorder_traversal(e):
        if node.is_Atom or isinstance(node, sp.Add | sp.Mul | sp.Abs):
            continue
        if isinstance(node, sp.Pow) and node.exp.is_Rational and node.exp.q <= 2:
            continue
        raise Decline("only powers, square roots, fractions and absolute values")
    return e, x, (m.group("name") if m else None)


def _named(src: str) -> str:
    return re.sub(r"\s", "", src)


def read_range(split: Split, template: str) -> Result | None:
    if "range" not in words(template):
        return None
    tmpl = _FORMAT.sub(" ", template)
    asked = list(_ASK.finditer(tmpl))
    if len(asked) != 1:
        return None
    on = list(_ON.finditer(tmpl))
    rest = _ON.sub(" ", _ASK.sub(" ", tmpl))
    if not words_within(rest, VOCAB) or len(on) > 1:
        return None
    pieces = [split.maths[int(i)] for i in re.findall(r"@(\d+)@", rest)]
    named = [p for p in pieces if re.fullmatch(r"\s*[a-zA-Z]\s*", p)]
    defs = [p for p in pieces if p not in named]
    f = asked[0].group("f")
    target = split.maths[int(f[1:-1])] if f else None
    if len(defs) > 1 or (target is None and not defs):
        return None
    got = _formula(defs[0] if defs else target or "")
    if got is None:
        return None
    e, x, name = got
    calls = {name, f"{name}({x})"} if name else set()
    if defs and target is not None and _named(target) not in calls:
        return None  # "Let $f(x) = ...$. What is the range of $g$?"
    if any(_named(p) not in (name, str(x)) for p in named):
        return None
    dom = continuous_domain(e, x, sp.S.Reals)
    if on:
        limit = parse_latex(split.maths[int(on[0].group("r")[1:-1])])
        if isinstance(limit, sp.Interval):
            dom = dom & limit
        elif isinstance(limit, sp.core.relational.Relational | sp.And) and \
                limit.free_symbols == {x}:
            dom = dom & limit.as_set()
        else:
            return None
    if e.is_constant() or dom.is_empty:
        raise Decline("a constant function or an empty domain")
    rng, steps = range_steps(e, x, dom)
    return rng, steps


__all__ = ["range_steps", "read_range"]
