"""The independent check of `named_similar`: every correspondence of two similar polygons
named in order, written as an equation (the second figure's segment joining its i-th and j-th
vertices is k times the first's, each perimeter k times, each area k^2 times, a triangle's
perimeter the sum of its sides), solved together by SymPy with every length unknown but
those given; the asked measure must come out as one value, the one found by proportion."""

from __future__ import annotations

from itertools import combinations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline

Target = tuple[str, ...]  # ("seg", letters) | ("area"|"perimeter", figure) | ("ratio", m, a, b)


def segment_of(name: str, pos: tuple[int, int]) -> str:
    return name[pos[0]] + name[pos[1]]


def confirm_by_equations(target: Target, names: tuple[str, str], lengths: dict[str, sp.Expr],
             whole: dict[tuple[str, int], sp.Expr], value: sp.Expr) -> None:
    """Every correspondence as an equation, every length, perimeter and area unknown but
    those given: the asked measure has one positive value, the same."""
    k = sp.Symbol("k", positive=True)
    segs = {"".join(sorted(segment_of(n, p))) for n in names
            for p in combinations(range(len(n)), 2)}
    sym = {s: sp.Symbol(f"L_{s}", positive=True) for s in segs}
    area = [sp.Symbol(f"S_{i}", positive=True) for i in (0, 1)]
    per = [sp.Symbol(f"P_{i}", positive=True) for i in (0, 1)]
    def length(which: int, p: tuple[int, int]) -> sp.Symbol:
        return sym["".join(sorted(segment_of(names[which], p)))]

    eqs = [length(1, p) - k * length(0, p) for p in combinations(range(len(names[0])), 2)]
    eqs += [area[1] - k ** 2 * area[0], per[1] - k * per[0]]
    if len(names[0]) == 3:
        eqs += [per[i] - sum(sym["".join(sorted(segment_of(names[i], p)))]
                             for p in combinations(range(3), 2)) for i in (0, 1)]
    if target[0] == "ratio":
        pick = area if target[1] == "area" else per
        asked = pick[int(target[2])] / pick[int(target[3])]
    elif target[0] in ("area", "perimeter"):
        asked = (area if target[0] == "area" else per)[int(target[1])]
    else:
        asked = sym[target[1]]
    given = {sym[s]: v for s, v in lengths.items()}
    given |= {(area if m == "area" else per)[i]: v for (m, i), v in whole.items()}
    allowed = {k} | asked.free_symbols  # the rest only define unmentioned lengths
    if any(m == "perimeter" for m, _ in whole) or target[1] == "perimeter":
        allowed |= {*per, *(sym[s] for s in segs)}
    kept = []
    for eq in eqs:
        eq = sp.expand(eq.subs(given))
        if not eq.free_symbols and eq != 0:
            raise Decline("the given measures do not agree with one scale factor")
        if eq.free_symbols and eq.free_symbols <= allowed:
            kept.append(eq)
    unknowns = sorted(set().union(*(e.free_symbols for e in kept)) | asked.free_symbols,
                      key=str)
    sols = sp.solve(kept, unknowns, dict=True)
    values = {sp.simplify(asked.subs(given).subs(s)) for s in sols}
    confirm.check(len(values) == 1 and sp.simplify(values.pop() - value) == 0,
                  "solving every correspondence equation together gives the same value")
    sides_known = {s: v.subs(sols[0]) for s, v in given.items()} | sols[0]
    for name in names if len(names[0]) == 3 else ():
        sides = ["".join(sorted(segment_of(name, p))) for p in combinations(range(3), 2)]
        known = [sym[s].subs(sides_known) for s in sides]
        if all(not v.free_symbols for v in known) and not all(2 * v < sum(known)
                                                               for v in known):
            raise Decline("the lengths do not make a triangle")


__all__ = ["Target", "confirm_by_equations", "segment_of"]
