"""Graphs and coordinates: asymptotes, intercept counts, distance from a point to a line,
polar coordinates, points of a parameterized curve and angles between points."""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import expressions
from tutor.reasoning.symbolic.algebra.domains import formula
from tutor.reasoning.symbolic.geometry.coordinates import point
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex

Result = tuple[sp.Basic | str, list[Step]]


def _rational(src: str) -> tuple[sp.Expr, sp.Symbol, sp.Expr, sp.Expr]:
    e, x = formula(src)
    num, den = sp.fraction(sp.together(e))
    if not (num.is_polynomial(x) and den.is_polynomial(x)) or not den.has(x):
        raise Decline("a rational function")
    return e, x, sp.expand(num), sp.expand(den)


def _horizontal(e: sp.Expr, x: sp.Symbol, num: sp.Expr, den: sp.Expr) -> tuple[sp.Basic, Step]:
    if sp.degree(num, x) > sp.degree(den, x):
        raise Decline("no horizontal asymptote")
    c = sp.limit(e, x, sp.oo)
    if not c.is_finite or sp.limit(e, x, -sp.oo) != c:
        raise Decline("no single horizontal asymptote")
    claim = f"\\lim_{{{latex(x)} \\to \\infty}} {latex(e)} = {latex(c)}"
    return c, step("compare the leading terms", "For large |x| only the highest powers matter.",
                   f"${claim}$", claim)


def horizontal_asymptote(src: str) -> Result:
    e, x, num, den = _rational(src)
    c, s = _horizontal(e, x, num, den)
    return c, [s]


def intercept_count(axis_src: str, eq_src: str) -> Result:
    """"How many y-intercepts does x = y^2 - 4y - 1 have?": set the other letter to zero."""
    axis = parse_latex(axis_src)
    eq = parse_latex(eq_src)
    if not isinstance(eq, sp.Equality) or not isinstance(axis, sp.Symbol):
        raise Decline("an equation")
    x, y = sp.Symbol("x"), sp.Symbol("y")
    if eq.free_symbols != {x, y} or axis not in (x, y):
        raise Decline("an equation in x and y")
    other = y if axis == x else x
    p = sp.expand((eq.lhs - eq.rhs).subs(other, 0))
    if p.is_polynomial(axis) and sp.degree(p, axis) == 1:  # x = -2y^2 + y + 1 at y = 0
        root = sp.solve(p, axis)[0]
        confirm.check(sp.expand(p.subs(axis, root)) == 0 and len(sp.Poly(p, axis).real_roots())
                      == 1, "the one value found satisfies the equation")
        claim = f"{latex(axis)} = {latex(root)}"
        return sp.Integer(1), [step("set the other coordinate to zero", f"On the "
                                    f"${latex(axis)}$-axis, ${latex(other)} = 0$.",
                                    f"Put ${latex(other)} = 0$: ${latex(p)} = 0$, a linear "
                                    f"equation with the one solution ${claim}$.", "")]
    if not p.is_polynomial(axis) or sp.degree(p, axis) != 2:
        raise Decline("a quadratic once the other coordinate is zero")
    a, b, c = sp.Poly(p, axis).all_coeffs()
    disc = b**2 - 4 * a * c
    n = 2 if disc > 0 else 1 if disc == 0 else 0
    confirm.check(len(set(sp.Poly(p, axis).real_roots())) == n,
                  "isolating the real roots finds the same number of intercepts")
    claim = f"\\left({latex(b)}\\right)^{{2}} - 4 \\cdot \\left({latex(a)}\\right) \\cdot " \
        f"\\left({latex(c)}\\right) = {latex(disc)}"
    return sp.Integer(n), [step("set the other coordinate to zero", f"On the "
                                f"${latex(axis)}$-axis, ${latex(other)} = 0$.",
                                f"Put ${latex(other)} = 0$: ${latex(p)} = 0$. Its discriminant "
                                f"is ${claim}$", claim)]


def point_line_distance(p_src: str, line_src: str) -> Result:
    px, py = point(p_src)
    eq = parse_latex(line_src)
    x, y = sp.Symbol("x"), sp.Symbol("y")
    if not isinstance(eq, sp.Equality) or not eq.free_symbols <= {x, y}:
        raise Decline("a line in x and y")
    f = sp.expand(eq.lhs - eq.rhs)
    if not f.is_polynomial(x, y) or sp.Poly(f, x, y).total_degree() != 1:
        raise Decline("not a line")
    a, b, c = f.coeff(x), f.coeff(y), f.subs({x: 0, y: 0})
    if not all(v.is_Rational for v in (a, b, c, px, py)):
        raise Decline("rational coefficients only")
    d = sp.radsimp(abs(a * px + b * py + c) / sp.sqrt(a**2 + b**2))
    c0 = f"{latex(f)} = 0"
    claim = (f"\\frac{{\\left|{latex(a)} \\cdot {latex(px)} + \\left({latex(b)}\\right) \\cdot "
             f"{latex(py)} + \\left({latex(c)}\\right)\\right|}}{{\\sqrt{{\\left({latex(a)}"
             f"\\right)^{{2}} + \\left({latex(b)}\\right)^{{2}}}}}} = {latex(d)}")
    return d, [step("use the point-to-line distance formula", "For ax + by + c = 0 the "
                    "distance is |a x_0 + b y_0 + c| / sqrt(a^2 + b^2).",
                    f"Write the line as ${c0}$; then ${claim}$", claim)]


def to_polar(src: str) -> Result:
    px, py = point(src)
    if not (px.is_Rational and py.is_Rational) or px == py == 0:
        raise Decline("a nonzero rational point")
    r = sp.sqrt(px**2 + py**2)
    theta = sp.atan2(py, px) % (2 * sp.pi)
    c1 = f"r = \\sqrt{{\\left({latex(px)}\\right)^{{2}} + \\left({latex(py)}\\right)^{{2}}}} " \
        f"= {latex(r)}"
    c2 = f"{latex(r)} \\cos\\left({latex(theta)}\\right) = {latex(px)}"
    c3 = f"{latex(r)} \\sin\\left({latex(theta)}\\right) = {latex(py)}"
    return f"\\left({latex(r)}, {latex(theta)}\\right)", [
        step("find the distance from the origin", "r is the length of the position vector.",
             f"${c1}$", c1),
        step("find the angle", "Choose the angle in [0, 2π) that points at the right quadrant.",
             f"$\\theta = {latex(theta)}$: ${c2}$ and ${c3}$", c2)]


def curve_point(curve_src: str, at_src: str) -> Result:
    """Point of (x, y) = (f(t), g(t)) at a given t."""
    eq, at = parse_latex(curve_src), parse_latex(at_src)
    if not (isinstance(eq, sp.Equality) and isinstance(at, sp.Equality)
            and isinstance(at.lhs, sp.Symbol) and at.rhs.is_number):
        raise Decline("a parameterization and a parameter value")
    names, comps = eq.lhs, eq.rhs
    if isinstance(comps, sp.Interval) and comps.left_open and comps.right_open:
        comps = sp.Tuple(comps.start, comps.end)  # "(f(t), g(t))" can read as an interval
    if not (isinstance(names, sp.Tuple) and isinstance(comps, sp.Tuple)
            and len(names) == len(comps) and all(isinstance(n, sp.Symbol) for n in names)):
        raise Decline("a tuple of coordinates")
    t, v = at.lhs, at.rhs
    if any(c.free_symbols - {t} for c in comps):
        raise Decline("other letters")
    vals = [expressions.final_value(c.subs(t, v)) for c in comps]
    confirm.check(all(abs(complex(sp.N(c.subs(t, sp.N(v, 30)), 30)) - complex(sp.N(w, 30)))
                      < 1e-20 for c, w in zip(comps, vals, strict=True)),
                  "each coordinate evaluated again in 30-digit decimals agrees")
    claims = [f"{expressions.shown(c, {t: v})} = {latex(w)}"
              for c, w in zip(comps, vals, strict=True)]
    return sp.Tuple(*vals), [step("substitute the parameter", f"Put ${latex(t)} = {latex(v)}$ "
                                  "into each coordinate.", "; ".join(f"${c}$" for c in claims),
                                  claims[0])]


def angle_at(points: dict[str, str], name: str) -> Result:
    """Angle ABC (at B) between the points, in degrees."""
    if len(name) != 3 or any(c not in points for c in name):
        raise Decline("the angle's points are not given")
    a, b, c = (point(points[k]) for k in name)
    if not (len(a) == len(b) == len(c)):
        raise Decline("points of different dimensions")
    u = [p - q for p, q in zip(a, b, strict=True)]
    v = [p - q for p, q in zip(c, b, strict=True)]
    dot = sum((p * q for p, q in zip(u, v, strict=True)), sp.S.Zero)
    nu, nv = sp.sqrt(sum(p**2 for p in u)), sp.sqrt(sum(p**2 for p in v))
    if nu == 0 or nv == 0:
        raise Decline("repeated points")
    cos = sp.radsimp(dot / (nu * nv))
    deg = sp.nsimplify(sp.acos(cos) * 180 / sp.pi)
    if not deg.is_Rational:
        raise Decline("not a standard angle")
    c1 = " + ".join(f"\\left({latex(p)}\\right)\\left({latex(q)}\\right)" for p, q in
                    zip(u, v, strict=True)) + f" = {latex(dot)}"
    c2 = f"\\frac{{{latex(dot)}}}{{{latex(nu)} \\cdot {latex(nv)}}} = {latex(cos)}"
    c3 = f"\\arccos\\left({latex(cos)}\\right) = {latex(deg * sp.pi / 180)}"
    return f"{latex(deg)}^\\circ", [
        step("form the vectors from the vertex", "Use the vectors from the middle point to "
             "the other two, then their dot product.", f"${c1}$", c1),
        step("use the cosine formula", "cos θ = (u·v)/(|u||v|).", f"$\\cos \\theta = {c2}$",
             c2),
        step("take the inverse cosine", "Convert radians to degrees at the end.",
             f"${c3}$, which is ${latex(deg)}$ degrees", c3)]


def vertex(src: str) -> Result:
    """Vertex of y = ax^2 + bx + c, by completing the square."""
    e, x = formula(src)
    if not src.strip().startswith("y") or not e.is_polynomial(x) or sp.degree(e, x) != 2:
        raise Decline("a parabola y = ax^2 + bx + c")
    a, b, _c = sp.Poly(sp.expand(e), x).all_coeffs()
    h = -b / (2 * a)
    k = sp.expand(e.subs(x, h))
    confirm.identity(e, a * (x - h) ** 2 + k, "vertex form")
    confirm.check(sp.diff(e, x).subs(x, h) == 0, "the slope of the parabola is zero at the vertex")
    claim = f"{latex(e)} = {latex(a)} \\left({latex(x - h)}\\right)^{{2}} + {latex(k)}"
    return sp.Tuple(h, k), [step("complete the square", "Write the quadratic in vertex form "
                                 "a(x - h)^2 + k.", f"${claim}$".replace("+ -", "- "), claim)]
