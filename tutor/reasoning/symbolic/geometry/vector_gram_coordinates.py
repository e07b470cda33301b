"""The independent check of `vector_gram`: vectors with coordinates built from a Gram matrix
that meets the conditions (its eigen-decomposition, at 40 digits), every written condition
evaluated on those coordinates, and the asked quantity computed from them again."""

from __future__ import annotations

import random
from typing import Any

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.vector_gram_equations import VectorConditions, pair
from tutor.reasoning.symbolic.geometry.vector_terms import Ops, Tree, coordinate_ops, number, value
from tutor.reasoning.symbolic.model import Decline

_TRIES = 200


def confirm_by_coordinates(prob: VectorConditions, target: Tree,
                           g: dict[tuple[str, str], sp.Symbol], sol: dict[sp.Symbol, sp.Expr],
                           answer: sp.Expr) -> None:
    """Vectors with coordinates meeting every condition, and the answer computed on them."""
    free = sorted(set().union(*(v.free_symbols for v in sol.values())), key=str)
    rng = random.Random(20261202)
    for _ in range(_TRIES):
        pick = {s: sp.Rational(rng.randint(-8, 24), rng.randint(1, 6)) for s in free}
        gram = sp.Matrix([[sol[g[pair(a, b, prob.names)]].subs(pick) for b in prob.names]
                          for a in prob.names])
        coords = _realise(gram, prob.names)
        if coords is None:
            continue
        ops = coordinate_ops(coords)
        if any(ops.dot(coords[nm], coords[nm]) < mpmath.mpf("1e-6") for nm in prob.nonzero):
            continue
        got = _measured(target, ops)
        if got is None:
            continue
        ok = all(abs(number(value(c[1], ops)) - number(value(c[2], ops))) < 1e-20
                 if not ops.is_vector(value(c[1], ops)) else
                 max(abs(a - b) for a, b in zip(value(c[1], ops), value(c[2], ops),
                                                 strict=True)) < 1e-20
                 for c in prob.conditions)
        ok = ok and all(abs(ops.dot(value(x, ops), value(y, ops))) < 1e-20
                        for x, y in prob.orthogonal)
        ok = ok and all(abs(ops.dot(coords[nm], coords[nm]) - 1) < 1e-20 for nm in prob.unit)
        for x, y, deg in prob.angles:
            ok = ok and abs(_angle(value(x, ops), value(y, ops), ops) - int(deg)) < 1e-15
        confirm.check(ok and abs(got - number(answer)) < 1e-15,
                      "vectors with coordinates that meet every condition give the same value")
        return
    raise Decline("no vectors with coordinates meet these conditions")


def _realise(gram: sp.Matrix, names: list[str]) -> dict[str, list[mpmath.mpf]] | None:
    mpmath.mp.dps = 40
    m = mpmath.matrix([[mpmath.mpf(sp.N(x, 45)) for x in gram.row(i)]
                       for i in range(gram.rows)])
    vals, vecs = mpmath.eigsy(m)
    if min(vals) < -mpmath.mpf("1e-25"):
        return None
    roots = [mpmath.sqrt(max(v, 0)) for v in vals]
    return {nm: [vecs[i, k] * roots[k] for k in range(len(names))]
            for i, nm in enumerate(names)}


def _angle(u: list[Any], v: list[Any], ops: Ops) -> Any:
    return mpmath.degrees(mpmath.acos(ops.dot(u, v) / mpmath.sqrt(ops.dot(u, u) * ops.dot(v, v))))


def _measured(target: Tree, ops: Ops) -> Any:
    if target[0] == "angle":
        u, v = value(target[1], ops), value(target[2], ops)
        if min(ops.dot(u, u), ops.dot(v, v)) < mpmath.mpf("1e-6"):
            return None
        return _angle(u, v, ops)
    return number(value(target, ops))


__all__ = ["confirm_by_coordinates"]
