"""Points on one line (or rays about one vertex) told by their order and by relations
between the lengths (angles) they cut: the solver behind `divided_spans`.

Each letter has a position t_X on the line (each ray a direction angle t_X about the vertex,
all within one angle under 180 degrees, so that angle XBY is |t_X - t_Y|). The order is
told by chains ("A, B, C, D lie on a line in that order", "B is between A and C", "C is on
segment AB", a span cut into equal parts); a measure is t_Y - t_X when X comes before Y in
them, and a measure whose two letters the chains do not order declines. Relations are
linear equations in the measures (`AB = BC = CD`, `AC = 2CB`, `AB = 27`); the positions are
solved exactly and the asked measure (or ratio) must come out as one number, with every
chain in strictly increasing order.

Confirmed on coordinates: the letters are placed in the plane at positions found (a free
scale or part set to sample values that keep the order), every chain's order is measured
(XY + YZ = XZ for each three in a row), every relation is measured, and the asked measure
is measured there, at two samples when something is free."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step

Pair = tuple[str, str]
Side = list[tuple[sp.Basic, Pair | None]]  # coefficient times a measure, or a constant


@dataclass
class Line:
    angles: bool
    vertex: str = ""
    chains: list[list[str]] = field(default_factory=list)
    equal_parts: list[list[str]] = field(default_factory=list)
    relations: list[tuple[Side, Side]] = field(default_factory=list)

    def show(self, pair: Pair) -> str:
        return rf"\angle {pair[0]}{self.vertex}{pair[1]}" if self.angles else \
            f"{pair[0]}{pair[1]}"


def _before(line: Line) -> set[Pair]:
    """Every (X, Y) with X before Y. A chain told ("M is the midpoint of BC", "B is between A
    and C") runs either way along the line: each is turned to agree with the first chain
    through two letters whose order is known already, else the order is not told."""
    done, todo = [line.chains[0]], list(line.chains[1:])
    while todo:
        closed = _closure(done)
        for chain in todo:
            pairs = [(a, b) for i, a in enumerate(chain) for b in chain[i + 1:]]
            if any(p in closed for p in pairs):
                done.append(chain)
            elif any(p[::-1] in closed for p in pairs):
                done.append(chain[::-1])
            else:
                continue
            todo.remove(chain)
            break
        else:
            raise Decline("the order of the points along the line is not told")
    return _closure(done)


def _closure(chains: list[list[str]]) -> set[Pair]:
    edges = {(a, b) for chain in chains for a, b in pairwise(chain)}
    letters = {x for e in edges for x in e}
    closed = set(edges)
    for k in letters:
        for i in letters:
            for j in letters:
                if (i, k) in closed and (k, j) in closed:
                    closed.add((i, j))
    if any((x, x) in closed for x in letters):
        raise Decline("the order told goes round in a circle")
    return closed


def _measure(t: dict[str, sp.Symbol], before: set[Pair], pair: Pair) -> sp.Expr:
    x, y = pair
    if x not in t or y not in t:
        raise Decline(f"{x}{y}: a letter the text does not place")
    if (x, y) in before:
        return t[y] - t[x]
    if (y, x) in before:
        return t[x] - t[y]
    raise Decline(f"the order of {x} and {y} is not told")


def _side(t: dict[str, sp.Symbol], before: set[Pair], side: Side, sol: dict | None = None,
          whole: sp.Expr | None = None) -> sp.Expr:
    if sol is None or whole is None:
        return sp.Add(*[c * (_measure(t, before, p) if p else 1) for c, p in side])
    return sp.Add(*[c * (_found(t, before, p, sol, whole) if p else 1) for c, p in side])


def solve(line: Line, asked: list[Pair], ratio: bool,
          unknown: str | None = None) -> tuple[sp.Basic, list[Step]]:
    """The measure asked (the ratio of two, or the value of the unknown letter `unknown` that
    the relations hold), with its steps; Decline when the facts do not fix it."""
    before = _before(line)
    letters = sorted({x for chain in line.chains for x in chain})
    t = {x: sp.Symbol(f"t_{x}") for x in letters}
    letters_told = set().union(*(c.free_symbols for r in line.relations for side in r
                                 for c, _ in side))
    names = [*t.values(), *sorted(letters_told, key=str)]
    if unknown is not None and sp.Symbol(unknown) not in letters_told:
        raise Decline(f"{unknown} is in no relation")
    whole = t[line.chains[0][-1]] - t[line.chains[0][0]]  # positive: a chain's two ends
    eqs = [t[letters[0]]]
    for parts in line.equal_parts:
        pieces = [_measure(t, before, p) for p in pairwise(parts)]
        eqs += [p - pieces[0] for p in pieces[1:]]
    ordered = [r for r in line.relations if all(_ordered(before, p) for s in r for _, p in s)]
    eqs += [_side(t, before, a) - _side(t, before, b) for a, b in ordered]
    first = _one(sp.solve(eqs, names, dict=True))
    # a relation on two letters the order leaves apart, as shares of the whole found so far
    eqs += [_side(t, before, a, first, whole) - _side(t, before, b, first, whole)
            for a, b in line.relations if (a, b) not in ordered]
    sol = _one(sp.solve(eqs, names, dict=True))
    at = {x: t[x].subs(sol) for x in letters}
    if unknown is not None:
        answer = sp.simplify(sp.Symbol(unknown).subs(sol))
    else:
        wanted = [_found(t, before, p, sol, whole).subs(sol) for p in asked]
        answer = sp.cancel(wanted[0] / wanted[1]) if ratio else sp.simplify(wanted[0])
    if answer.free_symbols or not (answer.is_positive or unknown is not None and answer.is_real):
        raise Decline("the facts do not fix the measure asked")
    told = {x: x.subs(sol) for x in letters_told}
    free = sorted(set().union(*(v.free_symbols for v in [*at.values(), *told.values()])), key=str)
    for values in _samples(line, before, at, free):
        place = {x: v.subs(values) for x, v in at.items()}
        known = {x: answer if str(x) == unknown else v.subs(values) for x, v in told.items()}
        _confirm(line, place, known, asked, ratio, answer)
    return answer, _steps(line, at, asked, ratio, answer, free, unknown)


def _one(sols: list[dict]) -> dict:
    if len(sols) != 1:
        raise Decline("the relations contradict one another")
    return sols[0]


def _ordered(before: set[Pair], pair: Pair | None) -> bool:
    return pair is None or pair in before or pair[::-1] in before


def _found(t: dict[str, sp.Symbol], before: set[Pair], pair: Pair, sol: dict,
           whole: sp.Expr) -> sp.Expr:
    """A measure in the positions: by the order told, or, for two letters the order leaves
    apart (a trisection point and a midpoint), as a fixed share of the first chain's whole
    (which is positive) when the positions `sol` found make it one."""
    if _ordered(before, pair) or any(x not in t for x in pair):
        return _measure(t, before, pair)
    share = sp.cancel((t[pair[1]] - t[pair[0]]).subs(sol) / whole.subs(sol))
    if share.free_symbols or share == 0:
        raise Decline(f"the order of {pair[0]} and {pair[1]} is not told")
    return abs(share) * whole


def _samples(line: Line, before: set[Pair], at: dict[str, sp.Expr],
             free: list[sp.Symbol]) -> list[dict[sp.Symbol, sp.Basic]]:
    """Values of the free parts that keep every told order strict and the whole angle under
    180 degrees: two when something is free (one free part: at a third and two thirds of the
    interval the orders allow; more: tried on a spread of values)."""
    def fits(chosen: dict[sp.Symbol, sp.Basic]) -> bool:
        place = {x: v.subs(chosen) for x, v in at.items()}
        return all(place[b] - place[a] > 0 for a, b in before) and (
            not line.angles or max(place.values()) - min(place.values()) < 180)

    if not free:
        if fits({}):
            return [{}]
        raise Decline("the positions found break the order told")
    if len(free) == 1:
        tries = _interval_points(line, before, at, free[0])
    else:
        spread = [sp.Rational(n, 7) for n in (1, 3, 8, 20, 55, 140, 390, 1000)]
        tries = [[spread[(i * (k + 3) + k) % len(spread)] * (i + 1) for i in range(len(free))]
                 for k in range(40)]
    found = [c for c in (dict(zip(free, v, strict=True)) for v in tries) if fits(c)][:2]
    if len(found) < 2:
        raise Decline("no sample placing keeps the order told")
    return found


def _interval_points(line: Line, before: set[Pair], at: dict[str, sp.Expr],
                     x: sp.Symbol) -> list[list[sp.Basic]]:
    """Two values of x inside the open interval where every told order holds."""
    low, high = -sp.oo, sp.oo
    gaps = [at[b] - at[a] for a, b in before]
    if line.angles:
        gaps += [180 - (at[p] - at[q]) for p in at for q in at]
    for gap in gaps:
        k, c = sp.Poly(gap, x).all_coeffs() if gap.has(x) else (0, gap)
        if k == 0:
            if not c > 0:
                return []
        elif k > 0:
            low = sp.Max(low, -c / k)
        else:
            high = sp.Min(high, -c / k)
    if not low < high:
        return []
    if high == sp.oo:
        return [[low + 1], [low + 3]] if low != -sp.oo else [[1], [3]]
    if low == -sp.oo:
        return [[high - 1], [high - 3]]
    return [[low + (high - low) / 3], [low + 2 * (high - low) / 3]]


def _confirm(line: Line, place: dict[str, sp.Basic], known: dict[sp.Symbol, sp.Basic],
             asked: list[Pair], ratio: bool, answer: sp.Basic) -> None:
    """Measure the placed figure in the plane: orders, relations (an unknown letter in them
    set to the answer, or to its value at this placing) and the measure asked."""
    with mpmath.workdps(30):
        turn, corner = mpmath.mpf("0.37"), mpmath.matrix([mpmath.mpf("1.3"), mpmath.mpf("-0.7")])
        if line.angles:
            spots = {k: mpmath.matrix([mpmath.cos(turn + mpmath.radians(_mp(c))),
                                       mpmath.sin(turn + mpmath.radians(_mp(c)))])
                     for k, c in place.items()}
        else:
            way = mpmath.matrix([mpmath.cos(turn), mpmath.sin(turn)])
            spots = {k: corner + way * _mp(c) for k, c in place.items()}

        def measure(pair: Pair) -> mpmath.mpf:
            u, v = spots[pair[0]], spots[pair[1]]
            if line.angles:
                return mpmath.degrees(mpmath.acos(max(-1, min(1, u[0] * v[0] + u[1] * v[1]))))
            return mpmath.norm(u - v)

        def near(a: mpmath.mpf, b: mpmath.mpf) -> bool:
            return bool(mpmath.almosteq(a, b, 1e-20))

        for chain in line.chains:
            for a, b, c in zip(chain, chain[1:], chain[2:], strict=False):
                confirm.check(near(measure((a, b)) + measure((b, c)), measure((a, c))),
                              f"{b} measured between {a} and {c} on coordinates")
        for parts in line.equal_parts:
            pieces = [measure(p) for p in pairwise(parts)]
            confirm.check(all(near(p, pieces[0]) for p in pieces),
                          "the equal parts measured equal on coordinates")
        for left, right in line.relations:
            confirm.check(near(*(mpmath.fsum(_mp(c.subs(known)) * (measure(p) if p else 1)
                                             for c, p in s) for s in (left, right))),
                          "each relation told, measured on coordinates")
        if asked:
            got = measure(asked[0]) / measure(asked[1]) if ratio else measure(asked[0])
            confirm.number(got, answer, "the measure taken on coordinates")


def _mp(v: sp.Basic) -> mpmath.mpf:
    return mpmath.mpf(str(sp.N(v, 40)))


def _steps(line: Line, at: dict[str, sp.Expr], asked: list[Pair], ratio: bool,
           answer: sp.Basic, free: list[sp.Symbol], unknown: str | None) -> list[Step]:
    what = "ray" if line.angles else "point"
    unit = "^\\circ" if line.angles else ""
    where = ", ".join(f"{k}: ${latex(v)}{unit}$" for k, v in at.items())
    told = "; ".join(f"${' = '.join(line.show(p) for p in pairwise(parts))}$"
                     for parts in line.equal_parts)
    rels = "; ".join("$" + " = ".join(_show_side(line, s) for s in r) + "$"
                     for r in line.relations)
    how = "turn about the vertex" if line.angles else "position along the line"
    steps = [step(f"place the {what}s", f"Give each {what} a {how}, in the order told; each "
                  "measure is the later one minus the earlier.",
                  "; ".join(x for x in (told, rels) if x) or "the order told"),
             step("solve for the positions", "The relations are linear in the positions"
                  + (" (one part stays free)." if free else "."), where)]
    if unknown is not None:
        steps.append(step(f"read off {unknown}", "The same linear system gives it.",
                          f"${unknown} = {latex(answer)}$", f"{unknown} = {latex(answer)}"))
        return steps
    shown = f"\\frac{{{line.show(asked[0])}}}{{{line.show(asked[1])}}}" if ratio \
        else line.show(asked[0])
    steps.append(step("find the measure asked", "Subtract the positions of its ends.",
                      f"${shown} = {latex(answer)}$", f"{shown} = {latex(answer)}"))
    return steps


def _show_side(line: Line, side: Side) -> str:
    unit = "^\\circ" if line.angles else ""
    return " + ".join(latex(c * sp.Symbol(line.show(p))) if p else f"{latex(c)}{unit}"
                      for c, p in side)


__all__ = ["Line", "Pair", "Side", "solve"]
