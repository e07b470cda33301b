"""The conditions on vectors known only through lengths and dot products (`vector_gram`),
as linear equations in the dot products of the named vectors with each other (their Gram
matrix): an equation of lengths squared, the one solution of the linear system, and the
asked angle, length or dot product at that solution."""

from __future__ import annotations

from dataclasses import dataclass, field

import sympy as sp

from tutor.reasoning.symbolic.geometry.vector_terms import Ops, Tree, value
from tutor.reasoning.symbolic.model import Decline, latex


@dataclass
class VectorConditions:
    """What a question says of its named vectors."""

    names: list[str] = field(default_factory=list)
    conditions: list[Tree] = field(default_factory=list)  # equations between the pieces
    orthogonal: list[tuple[Tree, Tree]] = field(default_factory=list)
    angles: list[tuple[Tree, Tree, sp.Expr]] = field(default_factory=list)
    unit: set[str] = field(default_factory=set)
    nonzero: set[str] = field(default_factory=set)


def squared(left: sp.Expr, right: sp.Expr) -> sp.Expr:
    """A scalar equation without square roots: lengths on both sides are squared."""
    def root_free(e: sp.Expr) -> bool:
        return not e.has(sp.Pow) or all(not (p.exp == sp.Rational(1, 2) and p.base.free_symbols)
                                        for p in e.atoms(sp.Pow))
    if root_free(left) and root_free(right):
        return sp.expand(left - right)
    if all(isinstance(s, sp.Pow) and s.exp == sp.Rational(1, 2) or (s.is_number and s >= 0)
           for s in (left, right)):
        return sp.expand(left ** 2 - right ** 2)
    raise Decline("a length inside a sum")


def linear(eqs: list[sp.Expr], g: dict[tuple[str, str], sp.Symbol]) -> dict[sp.Symbol, sp.Expr]:
    """The one solution of the equations, linear in the dot products (else: Decline)."""
    unknowns = list(g.values())
    for e in eqs:
        if e.free_symbols - set(unknowns) or not sp.Poly(e, *unknowns).is_linear:
            raise Decline("conditions that are not linear in the dot products")
    sols = list(sp.linsolve(eqs, unknowns))
    if len(sols) != 1:
        raise Decline("no vectors meet these conditions")
    return dict(zip(unknowns, sols[0], strict=True))


def pair(a: str, b: str, names: list[str]) -> tuple[str, str]:
    """The key of the dot product of two named vectors (in the order they were named)."""
    return (a, b) if names.index(a) <= names.index(b) else (b, a)


def dot_tex(pair: tuple[str, str]) -> str:
    """`\\mathbf{a} \\cdot \\mathbf{b}`."""
    a, b = pair
    return f"\\mathbf{{{a}}} \\cdot \\mathbf{{{b}}}"


def asked_value(target: Tree, ops: Ops, sol: dict[sp.Symbol, sp.Expr],
                g: dict[tuple[str, str], sp.Symbol]) -> tuple[sp.Expr, str]:
    """The asked angle (in degrees), length or dot product at the solution, and its working."""
    if target[0] == "angle":
        u, v = value(target[1], ops), value(target[2], ops)
        uv, uu, vv = (sp.simplify(ops.dot(a, b).subs(sol)) for a, b in ((u, v), (u, u), (v, v)))
        cos = sp.simplify(uv / sp.sqrt(uu * vv))
        if uv == 0:
            cos = sp.S.Zero
        if cos.free_symbols or not cos.is_real or abs(cos) > 1:
            raise Decline("the angle is not fixed by the conditions")
        deg = sp.nsimplify(sp.acos(cos) * 180 / sp.pi)
        if not deg.is_Rational:
            raise Decline("an angle that is not a whole number of degrees")
        return deg, (f"\\cos\\theta = {latex(cos)}, \\quad \\theta = {latex(deg)}^\\circ")
    got = value(target, ops)
    if ops.is_vector(got):
        raise Decline("a vector asked for")
    expanded = sp.expand(got if isinstance(got, sp.Basic) else sp.Integer(got))
    got = sp.simplify(expanded.subs(sol))
    if got.free_symbols:
        raise Decline("the value is not fixed by the conditions")
    names = {s: sp.Symbol(dot_tex(k)) for k, s in g.items()}
    written = latex(expanded.xreplace(names)) if expanded.free_symbols else ""
    return got, (f"{written} = {latex(got)}" if written else f"= {latex(got)}")



__all__ = ["VectorConditions", "asked_value", "dot_tex", "linear", "pair", "squared"]
