"""Typed reader: a conic's centre told as letters, and an expression in them asked.

"The center of the hyperbola $x^2 - 4y^2 + 6x + 16y - 11 = 0$ is $(h,k)$. Find $h+k$.",
"The ellipse $9x^2 + 4y^2 - 18x = 27$ has center $(h, k)$. Compute $hk$.", "If $(a, b)$ is
the centre of the circle $x^2 + y^2 = 4x - 2y + 4$, what is $a - b$?", "Find $h + k$ if the
graph of $x^2 - 2y^2 + 4y = 3$ is a hyperbola with center $(h, k)$".

Read only when the whole question is that: one curve (a circle, ellipse or hyperbola with
axis-parallel axes, `geometry.conics`), its centre named by two letters other than x and y,
and one expression in those letters asked. The centre comes from completing the squares; it
is confirmed another way: the centre of a central conic is the one point where both partial
derivatives of its equation vanish (a linear system, solved on its own), and points of the
completed form satisfy the equation as written (`conics.confirm_on_curve`). A curve of
another kind than the one named, letters the centre does not name, or a second thing asked
decline.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import conics
from tutor.reasoning.symbolic.geometry.conics import X, Y
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_KIND = r"(?P<kind>circle|ellipse|hyperbola)"
_CENTRE = r"cent(?:er|re)"
_TOLD = [  # the curve @c@, its centre @p@
    rf"the {_CENTRE} of (?:the |this )?{_KIND} @(?P<c>\d+)@ is @(?P<p>\d+)@",
    rf"(?:the )?{_KIND} @(?P<c>\d+)@ has (?:its |a )?{_CENTRE} (?:at )?@(?P<p>\d+)@",
    rf"(?:if|suppose) @(?P<p>\d+)@ is the {_CENTRE} of (?:the |this )?{_KIND} @(?P<c>\d+)@",
    rf"(?:the )?(?:graph of (?:the equation )?)?@(?P<c>\d+)@ is (?:a|an) {_KIND} (?:with|whose) "
    rf"{_CENTRE} (?:is |at )?@(?P<p>\d+)@",
]
_VERB = r"(?:find|what is|compute|determine|evaluate|calculate)"
_ASK = rf",? ?(?:\. )?(?:then )?{_VERB} @(?P<e>\d+)@"
# the question first: "Find $h + k$ if the center of the circle ... is $(h, k)$."
_FORMS = [re.compile(told + _ASK + r"\W*") for told in _TOLD] + [
    re.compile(rf"{_VERB} @(?P<e>\d+)@,? (?:if|when|given that) " + re.sub(
        r"^\(\?:if\|suppose\) ", "", told) + r"\W*") for told in _TOLD]
_POINT = re.compile(r"\s*(?:\\left)?\(\s*([a-z])\s*,\s*([a-z])\s*(?:\\right)?\)\s*[.,]?\s*")


def _centre_again(equation: sp.Expr) -> tuple[sp.Expr, sp.Expr]:
    """The point where both partial derivatives of the equation vanish."""
    found = sp.solve([sp.diff(equation, X), sp.diff(equation, Y)], [X, Y], dict=True)
    if len(found) != 1 or set(found[0]) != {X, Y}:
        raise Decline("the curve has no single centre")
    return found[0][X], found[0][Y]


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower()).strip()
    m = next((f.fullmatch(body) for f in _FORMS if f.fullmatch(body)), None)
    if m is None:
        return None
    point = _POINT.fullmatch(split.maths[int(m.group("p"))])
    if point is None:
        return None
    h, k = (sp.Symbol(s) for s in point.group(1, 2))
    if h == k or {h, k} & {X, Y}:
        raise Decline("the centre named by two letters other than x and y")
    curve = parse_latex(split.maths[int(m.group("c"))].strip().rstrip(".,"))
    target = parse_latex(split.maths[int(m.group("e"))].strip().rstrip(".,?"))
    if not isinstance(curve, sp.Equality) or curve.free_symbols != {X, Y}:
        raise Decline("a curve given by an equation in x and y")
    if not isinstance(target, sp.Expr) or not target.free_symbols \
            or not target.free_symbols <= {h, k}:
        raise Decline("an expression in the letters of the centre")
    cn = conics.read(curve)
    if cn.kind != m.group("kind"):
        raise Decline(f"the equation is a {cn.kind}, not a {m.group('kind')}")
    again = _centre_again(cn.equation)
    confirm.check(sp.simplify(again[0] - cn.h) == 0 and sp.simplify(again[1] - cn.k) == 0,
                  "both partial derivatives of the equation vanish at the centre found")
    conics.confirm_on_curve(cn, foci=False)
    value = sp.nsimplify(sp.simplify(target.subs({h: cn.h, k: cn.k})))
    claim = f"{latex(target)} = {latex(value)}"
    form = conics.standard_form(cn)
    return value, [*cn.steps, step(
        "put in the centre", f"In the standard form ${form}$ the centre is "
        f"$({latex(cn.h)}, {latex(cn.k)})$, so ${latex(h)} = {latex(cn.h)}$ and "
        f"${latex(k)} = {latex(cn.k)}$.", f"${claim}$", "")]


__all__ = ["read"]
