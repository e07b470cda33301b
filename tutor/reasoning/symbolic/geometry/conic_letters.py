"""Typed reader: an ellipse or hyperbola whose equation has an unknown letter, fixed by facts
told about it, and a question about the letter.

"The foci of the ellipse $\\frac{x^2}{25} + \\frac{y^2}{b^2} = 1$ and the foci of the
hyperbola $\\frac{x^2}{9} - \\frac{y^2}{7} = 1$ coincide. Find $b^2$.", "The ellipse
$\\frac{x^2}{a^2} + \\frac{y^2}{9} = 1$ has foci at $(\\pm 4, 0)$, where $a > 0$. Find $a$.",
"The hyperbola $\\frac{x^2}{k} - \\frac{y^2}{16} = 1$ has eccentricity $\\frac{5}{3}$. Find
$k$.". Facts: the foci (both, or "a focus"), the same foci as another conic, the
eccentricity, the distance between the foci, the asymptotes y = +-mx (through the origin),
a point on the curve.

With the equation A x^2 + C y^2 + D x + E y + F = 0 in the letters, the centre and the
squared semi-axes are rational functions of them; each fact is an equation, for each way the
major (transverse) axis may lie. Values that make the curve another kind of conic, or lie
the axis the other way, are dropped; the letters asked must have one value. Confirmed
independently: with each value put in, the conics are read again by completing the
squares (`conics.read`, numbers only) and every fact is checked on them.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import conics
from tutor.reasoning.symbolic.geometry.conics import X, Y
from tutor.reasoning.symbolic.geometry.reading import as_point
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_CONIC = r"the (?P<kind{k}>ellipse|hyperbola) @(?P<e{k}>\d+)@"
_FACTS = [
    ("same", re.compile(r"the foci of " + _CONIC.format(k=1) + r" and the foci of "
                        + _CONIC.format(k=2) + r" (?:coincide|are the same)")),
    ("same", re.compile(_CONIC.format(k=1) + r" and " + _CONIC.format(k=2)
                        + r" have the same foci")),
    ("told", re.compile(_CONIC.format(k=1) + r" has (?P<what>foci|a focus|eccentricity|"
                        r"asymptotes) "
                        r"(?:at |of )?@(?P<v>\d+)@(?:,? and passes through @(?P<p>\d+)@)?")),
    ("told", re.compile(r"the (?P<what>foci|eccentricity|asymptotes) of " + _CONIC.format(k=1)
                        + r" (?:are|is) (?:at )?@(?P<v>\d+)@")),
    ("told", re.compile(r"the (?P<what>distance between the foci) of " + _CONIC.format(k=1)
                        + r" is @(?P<v>\d+)@")),
]
_WHERE = re.compile(r",? (?:where|with|given) @(?P<c>\d+)@")
_ASK = re.compile(r"\.? (?:find|compute|determine|what is)(?: the value of)? @(?P<t>\d+)@")
VOCAB = frozenset("the foci of ellipse hyperbola and coincide are same have has a focus at "
                  "asymptotes "
                  "eccentricity distance between is passes through where with given find "
                  "compute determine what value".split())
_Conic = tuple[sp.Expr, sp.Expr, sp.Expr, sp.Expr]  # h, k, rx^2, ry^2 (signed)


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower()).strip().rstrip(" ?.")
    if not re.search(r"\b(?:foci|focus|eccentricity|asymptotes)\b", body) or \
            not words_within(body, VOCAB):
        return None
    m = next(((kind, m) for kind, p in _FACTS if (m := p.match(body))), None)
    if m is None:
        return None
    kind, fact = m
    rest = body[fact.end():]
    cond = _WHERE.match(rest)
    rest = rest[cond.end():] if cond else rest
    ask = _ASK.fullmatch(rest)
    if ask is None:
        return None
    curves = [(fact.group(f"kind{k}"), _equation(split, fact.group(f"e{k}")))
              for k in (1, 2) if fact.groupdict().get(f"kind{k}")]
    letters = set().union(*(e.free_symbols for _, e in curves)) - {X, Y}
    asked = parse_latex(split.maths[int(ask.group("t"))])
    if not letters or len(letters) > 1 or not isinstance(asked, sp.Expr) or \
            not asked.free_symbols or not asked.free_symbols <= letters:
        raise Decline("one letter in the conics, and an expression in it asked")
    t = letters.pop()
    sign = _condition(split, cond.group("c"), t) if cond else None
    facts = _facts(split, kind, fact, curves)
    values = _solve(curves, facts, t, sign)
    answers = {sp.simplify(asked.subs(t, v)) for v in values}
    if len(answers) != 1:
        raise Decline("the facts do not fix what is asked" if answers else
                      "no value of the letter fits the facts")
    for v in values:
        _confirm([(k, e.subs(t, v)) for k, e in curves], facts)
    value = answers.pop()
    return value, [
        step("the letter", "Each fact is an equation in the letter, for each way the axis "
             "may lie; keep the values that give the conic named.",
             f"${latex(t)} = " + ", ".join(latex(v) for v in values) + "$", ""),
        step("answer", "Put the value in what is asked.",
             f"${latex(asked)} = {latex(value)}$", latex(value))]


def _equation(split: Split, at: str) -> sp.Expr:
    e = parse_latex(split.maths[int(at)].strip().rstrip(".,"))
    if not isinstance(e, sp.Equality) or not {X, Y} <= e.free_symbols:
        raise Decline("a conic's equation in x and y")
    return sp.expand(e.lhs - e.rhs)


def _condition(split: Split, at: str, t: sp.Symbol) -> str:
    c = parse_latex(split.maths[int(at)])
    if isinstance(c, sp.StrictGreaterThan) and c.lhs == t and c.rhs == 0:
        return "positive"
    raise Decline("a condition on the letter other than > 0")


def _facts(split: Split, kind: str, fact: re.Match[str], curves: list) -> list[tuple]:
    if kind == "same":
        return [("same",)]
    what, src = fact.group("what"), split.maths[int(fact.group("v"))]
    out: list[tuple] = []
    if what in ("foci", "a focus"):
        pts = _points(src)
        out.append(("foci" if what == "foci" else "focus", pts))
        if what == "foci" and len(pts) != 2:
            raise Decline("two foci")
    elif what == "asymptotes":
        out.append(("slope", _slope(src)))
    else:
        v = parse_latex(src)
        if not isinstance(v, sp.Expr) or v.free_symbols or not v.is_positive:
            raise Decline("a positive number")
        out.append(("eccentricity" if what == "eccentricity" else "gap", v))
    if fact.groupdict().get("p"):
        p = as_point(split.maths[int(fact.group("p"))])
        if p is None or len(p) != 2:
            raise Decline("a point in the plane")
        out.append(("through", tuple(sp.nsimplify(c) for c in p)))
    return out


def _slope(src: str) -> sp.Expr:
    """'y = \\pm \\frac{3}{4} x' as the size of the slope, 3/4."""
    m = re.fullmatch(r"\s*y\s*=\s*\\pm\s*(.+?)\s*x\s*", src)
    v = parse_latex(m.group(1)) if m else None
    if not isinstance(v, sp.Expr) or v.free_symbols or not v.is_positive:
        raise Decline("asymptotes y = +-m x")
    return v


def _points(src: str) -> list[tuple[sp.Expr, sp.Expr]]:
    """'(\\pm 4, 0)' as two points, '(3, 0)' as one."""
    forms = [src.replace("\\pm", "+"), src.replace("\\pm", "-")] if "\\pm" in src else [src]
    out = []
    for f in forms:
        p = as_point(f)
        if p is None or len(p) != 2:
            raise Decline("a focus in the plane")
        out.append((sp.nsimplify(p[0]), sp.nsimplify(p[1])))
    return list(dict.fromkeys(out))


def _shape(e: sp.Expr) -> _Conic:
    poly = sp.Poly(e, X, Y)
    if poly.total_degree() != 2 or poly.coeff_monomial(X * Y) != 0 or \
            any(m[0] + m[1] > 2 for m in poly.monoms()):
        raise Decline("an ellipse or hyperbola without an xy term")
    a2, c2 = poly.coeff_monomial(X**2), poly.coeff_monomial(Y**2)
    h, k = -poly.coeff_monomial(X) / (2 * a2), -poly.coeff_monomial(Y) / (2 * c2)
    rhs = a2 * h**2 + c2 * k**2 - poly.coeff_monomial(1)
    return h, k, sp.together(rhs / a2), sp.together(rhs / c2)


def _equations(kind: str, shape: _Conic, along_x: bool) -> tuple[list[sp.Expr], sp.Expr,
                                                                  sp.Expr, list[sp.Expr]]:
    """(conditions > 0 for the kind and the axis, c^2, a^2, [h, k])."""
    h, k, rx2, ry2 = shape
    if kind == "ellipse":
        big, small = (rx2, ry2) if along_x else (ry2, rx2)
        return [small, big - small], big - small, big, [h, k]
    across, other = (rx2, ry2) if along_x else (ry2, rx2)
    return [across, -other], across - other, across, [h, k]


def _solve(curves: list, facts: list[tuple], t: sp.Symbol, sign: str | None) -> list[sp.Expr]:
    found: set[sp.Expr] = set()
    shapes = [(kind, _shape(e)) for kind, e in curves]
    for axes in ([True, False] if len(curves) == 1 else [(u, v) for u in (True, False)
                                                          for v in (True, False)]):
        lies = [axes] if isinstance(axes, bool) else list(axes)
        parts = [_equations(kind, s, ax) for (kind, s), ax in zip(shapes, lies, strict=True)]
        eqs = _fact_equations(parts, lies, facts, curves)
        for sol in sp.solve(eqs, t, dict=True):
            v = sol.get(t)
            if v is None or not v.is_real or (sign == "positive" and not v.is_positive):
                continue
            if all(sp.simplify(c.subs(t, v)) > 0 for p in parts for c in p[0]):
                found.add(sp.nsimplify(v))
    return sorted(found, key=lambda v: float(v))


def _fact_equations(parts: list, lies: list[bool], facts: list[tuple], curves: list
                    ) -> list[sp.Expr]:
    _, c2, a2, (h, k) = parts[0]
    eqs: list[sp.Expr] = []
    for fact in facts:
        if fact[0] == "same":
            _, c2b, _, (hb, kb) = parts[1]
            if lies[0] != lies[1]:
                return [sp.Integer(1)]  # foci on different axes: only if c = 0 (no foci)
            eqs += [h - hb, k - kb, c2 - c2b]
        elif fact[0] in ("foci", "focus"):
            for fx, fy in fact[1]:
                off, same = (fx - h, fy - k) if lies[0] else (fy - k, fx - h)
                eqs += [same, off**2 - c2]
        elif fact[0] == "eccentricity":
            eqs.append(c2 - fact[1] ** 2 * a2)
        elif fact[0] == "gap":
            eqs.append(4 * c2 - fact[1] ** 2)
        elif fact[0] == "slope":  # through the centre with slope +-ry/rx
            shape = _shape(curves[0][1])
            eqs += [h, k, fact[1] ** 2 * shape[2] + shape[3]]
        else:
            eqs.append(curves[0][1].subs({X: fact[1][0], Y: fact[1][1]}))
    return [sp.numer(sp.together(e)) for e in eqs if sp.simplify(e) != 0]


def _confirm(curves: list[tuple[str, sp.Expr]], facts: list[tuple]) -> None:
    read = [conics.read(sp.Eq(e, 0)) for _, e in curves]
    ok = all(cn.kind == kind for cn, (kind, _) in zip(read, curves, strict=True))
    first = read[0]
    foci = {tuple(p) for p in first.along_axis(first.c)}
    for fact in facts:
        if fact[0] == "same":
            ok = ok and foci == {tuple(p) for p in read[1].along_axis(read[1].c)}
        elif fact[0] == "foci":
            ok = ok and foci == set(fact[1])
        elif fact[0] == "focus":
            ok = ok and set(fact[1]) <= foci
        elif fact[0] == "eccentricity":
            ok = ok and sp.simplify(first.c / first.a - fact[1]) == 0
        elif fact[0] == "gap":
            ok = ok and sp.simplify(2 * first.c - fact[1]) == 0
        elif fact[0] == "slope":
            ok = ok and first.kind == "hyperbola" and first.centre == sp.Tuple(0, 0) and \
                sp.simplify(first.ry / first.rx - fact[1]) == 0
        else:
            ok = ok and sp.simplify(curves[0][1].subs({X: fact[1][0], Y: fact[1][1]})) == 0
    confirm.check(bool(ok), "with the value put in, the conics read again by completing the "
                  "squares have every fact told")


__all__ = ["VOCAB", "read"]
