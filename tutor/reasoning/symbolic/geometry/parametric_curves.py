"""Typed reader: a curve given by parametric equations, its point at one value of the
parameter, or its equation with the parameter eliminated.

"A curve is parameterized by $(x,y) = (t^3 + 1, 2t - t^2)$. Find the point the curve
passes through at $t = 2$.", "A line is parameterized by $\\begin{pmatrix} x \\\\ y \\\\ z
\\end{pmatrix} = \\begin{pmatrix} 2 \\\\ -1 \\\\ 3 \\end{pmatrix} + t \\begin{pmatrix} 1
\\\\ 4 \\\\ -2 \\end{pmatrix}$. Find the point on the line at $t = 2$.", "The parametric curve
$(x,y) = (t + 1, t^2)$ is the graph of a function $y = f(x)$. Find $f(x)$.", "Find the
Cartesian equation of the curve $x = 2t + 1$, $y = t^2$. Enter your answer in the form
$y = ax^2 + bx + c$."

The point is the path's coordinates at that value (exact), confirmed by evaluating the path
again in 30-digit decimals. The parameter is eliminated only when x is linear in it (t = (x -
b) / a, one t for each x) and y a polynomial in it; the equation y = f(x) found is confirmed
at seven values of the parameter in plain fractions: f(x(t)) = y(t).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.parametric_lengths import path_of
from tutor.reasoning.symbolic.geometry.vector_line_pieces import vector_line
from tutor.reasoning.symbolic.geometry.vector_questions import tex
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_CURVE = r"(?:an? |the )?(?:parametric )?(?:curve|line|path)"
_GIVEN = (r"(?:is |are )?(?:parameteri[sz]ed|parametri[sz]ed|given|described|defined|traced)"
          r"(?: out)?(?: by| as)")
# the path told: "A curve is parameterized by PATH." or "The parametric curve PATH ..."
_TOLD = re.compile(r"(?:" + _CURVE + r" " + _GIVEN + r" |(?:the |a )?(?:parametric )?"
                   r"(?:curve|line|path) )@(?P<path>\d+)@(?:,? (?:and )?@(?P<path2>\d+)@)?"
                   r"(?:,? (?:and )?@(?P<path3>\d+)@)?")
_POINT = re.compile(r"\.? (?:find|what is|determine|compute) the point (?:on the (?:curve|line|"
                    r"path) |that the (?:curve|line|path) (?:passes through|is at) |the "
                    r"(?:curve|line|path) passes through )?(?:at|when|where) @(?P<at>\d+)@"
                    r"[.?]?$")
_GRAPH = re.compile(r",? (?:is|lies on) the graph of (?:a function |the function )?@(?P<f>\d+)@"
                    r"\. (?:find|what is|determine) @(?P<fx>\d+)@[.?]?$")
_FORM = re.compile(r"\.? (?:find|what is|determine) the (?:cartesian |rectangular )?equation of "
                   r"the (?:curve|path)(?: in the form @(?P<form>\d+)@)?[.?]?$|\. (?:the "
                   r"(?:curve|path) can be (?:expressed|written) in the form @(?P<form2>\d+)@"
                   r"(?: for some (?:constants|numbers|real numbers) @\d+@)?\. )?(?:enter|find)"
                   r" (?:the ordered triple |the ordered pair )?@(?P<tuple>\d+)@[.?]?$")
_FIND_CURVE = re.compile(r"(?:find|what is|determine) the (?:cartesian |rectangular )?equation "
                         r"of the (?:curve|path) @(?P<path>\d+)@(?:,? (?:and )?@(?P<path2>\d+)@)?"
                         r"\. enter your answer in the form @(?P<form>\d+)@[.?]?$")
_X, _Y = sp.Symbol("x"), sp.Symbol("y")


def _path(split: Split, m: re.Match[str]) -> tuple[list[sp.Expr], sp.Symbol, bool]:
    srcs = [split.maths[int(m.group(k))] for k in ("path", "path2", "path3")
            if k in m.groupdict() and m.group(k)]
    if len(srcs) == 1 and (line := vector_line(srcs[0])) is not None:
        t = sp.Symbol(line.parameter or "t")
        return [sp.Rational(b) + sp.Rational(d) * t for b, d in zip(
            line.base, line.direction, strict=True)], t, True
    path, t = path_of(", ".join(srcs))
    return path, t, False


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower()).strip()
    if (m := _FIND_CURVE.fullmatch(body)) is not None:
        path, t, _ = _path(split, m)
        return _eliminated(split, path, t, m.group("form"), None)
    told = _TOLD.match(body)
    if told is None:
        return None
    rest = body[told.end():]
    if (p := _POINT.fullmatch(rest)) is not None:
        path, t, columns = _path(split, told)
        return _point(split.maths[int(p.group("at"))], path, t, columns)
    if (g := _GRAPH.fullmatch(rest)) is not None:
        f, fx = (re.sub(r"\s+", "", split.maths[int(g.group(k))]) for k in ("f", "fx"))
        if f != "y=f(x)" or fx != "f(x)":
            return None
        path, t, _ = _path(split, told)
        return _eliminate(path, t)
    if (e := _FORM.fullmatch(rest)) is not None:
        path, t, _ = _path(split, told)
        return _eliminated(split, path, t, e.group("form") or e.group("form2"), e.group("tuple"))
    return None


def _point(src: str, path: list[sp.Expr], t: sp.Symbol, columns: bool) -> Result:
    at = parse_latex(src)
    if not (isinstance(at, sp.Equality) and at.lhs == t and at.rhs.is_number and at.rhs.is_real):
        raise Decline("the value of the parameter written as t = a")
    point = [sp.nsimplify(sp.simplify(c.subs(t, at.rhs))) for c in path]
    if not all(v.is_real for v in point):
        raise Decline("a point with real coordinates")
    confirm.check(all(abs(complex(sp.N(c.subs(t, sp.N(at.rhs, 30)), 30)) - complex(sp.N(v, 30)))
                      < 1e-20 for c, v in zip(path, point, strict=True)),
                  "the path evaluated again in 30-digit decimals gives the same point")
    shown = tex(sp.Matrix(point)) if columns else \
        f"\\left( {', '.join(latex(v) for v in point)} \\right)"
    claim = f"{latex(t)} = {latex(at.rhs)}"
    return shown, [step("put in the value", "Each coordinate is its formula at that value of "
                        "the parameter.", f"At ${claim}$ the point is ${shown}$.", "")]


def _eliminate(path: list[sp.Expr], t: sp.Symbol) -> tuple[sp.Expr, list]:
    """y as a polynomial f(x), with the step that finds it; confirmed on the curve."""
    if len(path) != 2:
        raise Decline("a curve in the plane")
    x_of, y_of = path
    px = sp.Poly(x_of, t) if x_of.is_polynomial(t) else None
    if px is None or px.degree() != 1 or not all(c.is_Rational for c in px.all_coeffs()) or \
            not y_of.is_polynomial(t) or not all(c.is_Rational for c in sp.Poly(
                y_of, t).all_coeffs()):
        raise Decline("x linear and y a polynomial in the parameter, with rational numbers")
    a, b = px.all_coeffs()
    f = sp.expand(y_of.subs(t, (_X - b) / a))
    _confirm(f, x_of, y_of, t)
    equation = f"y = {latex(f)}"
    return f, [step("eliminate the parameter", f"Solve the equation of x for ${latex(t)}$ and "
                    "put it into the equation of y.", f"${latex(t)} = {latex((_X - b) / a)}$, "
                    f"so ${equation}$", equation)]


def _eliminated(split: Split, path: list[sp.Expr], t: sp.Symbol, form: str | None,
                tuple_src: str | None) -> Result:
    f, steps = _eliminate(path, t)
    equation = f"y = {latex(f)}"
    if form is not None:
        if not re.fullmatch(r"y=(?:ax\^2\+bx\+c|mx\+b|ax\+b)", re.sub(r"\s+", "", split.maths[
                int(form)])) or sp.Poly(f, _X).degree() > (2 if "c" in split.maths[int(form)]
                                                          else 1):
            raise Decline("an answer form this reader does not fill")
    if tuple_src is not None:
        names = [n.strip() for n in re.sub(r"\\left|\\right|[()]", "", split.maths[
            int(tuple_src)]).split(",")]
        coeffs = {"a": 2, "b": 1, "c": 0} if names == ["a", "b", "c"] else {
            "m": 1, "b": 0} if names == ["m", "b"] else None
        if coeffs is None or form is None:
            raise Decline("the ordered pair or triple of the form's coefficients")
        poly = sp.Poly(f, _X)
        values = [poly.coeff_monomial(_X ** coeffs[n]) for n in names]
        return f"\\left( {', '.join(latex(v) for v in values)} \\right)", steps
    return equation, steps


def _confirm(f: sp.Expr, x_of: sp.Expr, y_of: sp.Expr, t: sp.Symbol) -> None:
    ok = True
    for k in range(-3, 4):
        at = Fraction(2 * k + 1, 3)
        x = Fraction(str(x_of.subs(t, sp.Rational(at.numerator, at.denominator))))
        y = Fraction(str(y_of.subs(t, sp.Rational(at.numerator, at.denominator))))
        ok = ok and Fraction(str(f.subs(_X, sp.Rational(x.numerator, x.denominator)))) == y
    confirm.check(ok, "y = f(x) holds at seven points of the curve (plain fractions)")


__all__ = ["read"]
