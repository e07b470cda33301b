"""Typed reader: two chords of a circle crossing inside it (the intersecting chords theorem).

"Two chords $AB$ and $CD$ of a circle intersect at $P$. If $AP = 4$, $PB = 6$ and $CP = 3$,
what is $PD$?", "Chords $\\overline{AC}$ and $\\overline{BD}$ meet at $P$; $AP = 8$, $PC = 1$,
$BD = 6$ and $BP < DP$: find $BP$." With P on both chords, AP * PB = CP * PD; a whole chord is
the sum of its two parts. The four parts are the unknowns; each told length (a part or a whole
chord, its letters in either order) is one equation, a comparison of two parts picks among the
solutions. The asked length must come out as one positive value. Confirmed by drawing it: P at
the origin, one chord along the x-axis and the other at 60 degrees, the circle through three
of the four ends must pass through the fourth (exact arithmetic)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_SEG = r"\s*(?:\\overline\s*\{\s*([A-Z]{2})\s*\}|([A-Z]{2}))\s*"
_TOLD = re.compile(_SEG + r"=\s*(\d+(?:\.\d+)?|\\frac\{\d+\}\{\d+\})\s*")
_RATIO = re.compile(r"\s*\\frac\s*\{" + _SEG + r"\}\s*\{" + _SEG + r"\}\s*")
_LESS = re.compile(_SEG + r"(<|>)" + _SEG)
_CHORDS = re.compile(r"\b(?:two )?chords @(\d+)@ and @(\d+)@(?: of (?:a|the) circle)? "
                     r"(?:intersect|meet|cross)(?: each other)?(?: inside (?:a|the) circle)? at"
                     r"(?: point)? @(\d+)@")
_CHORDS_ARE = re.compile(r"@(\d+)@ and @(\d+)@ are (?:two )?chords of (?:a|the) circle "
                         r"(?:that |which )?(?:intersect|meet|cross)(?: each other)? at"
                         r"(?: point)? @(\d+)@")
_GLUE = FILLER | frozenset("circle inside interior point also with length segment how long "
                           "in the of units".split())


def _name(src: str) -> str | None:
    m = re.fullmatch(_SEG, src)
    return (m.group(1) or m.group(2)) if m else None


def read_crossing_chords(split: Split, template: str) -> Result | None:
    if "chord" not in template:
        return None
    m = _CHORDS.search(template) or _CHORDS_ARE.search(template)
    if m is None:
        return None
    one, two = (_name(split.maths[int(m.group(k))]) for k in (1, 2))
    p = split.maths[int(m.group(3))].strip()
    if not one or not two or not re.fullmatch(r"[A-Z]", p) or len(set(one + two + p)) != 5:
        raise Decline("two chords with four different ends and the point where they cross")
    part = {frozenset(k + p): sp.Symbol(f"{k}{p}", positive=True) for k in one + two}
    whole = {frozenset(one): part[frozenset(one[0] + p)] + part[frozenset(one[1] + p)],
             frozenset(two): part[frozenset(two[0] + p)] + part[frozenset(two[1] + p)]}
    known = {**part, **whole}
    eqs = [part[frozenset(one[0] + p)] * part[frozenset(one[1] + p)]
           - part[frozenset(two[0] + p)] * part[frozenset(two[1] + p)]]
    facts, conditions, asked = [], [], None
    rest = template.replace(m.group(0), " ")
    for k in re.findall(r"@(\d+)@", rest):
        src = split.maths[int(k)]
        told, less = _TOLD.fullmatch(src), _LESS.fullmatch(src)
        seg = _name(src)
        if told:
            key = frozenset(told.group(1) or told.group(2))
            v = number(told.group(3))
            if key not in known or v is None or not v.is_positive:
                raise Decline("a length of a part of a chord or of a whole chord")
            eqs.append(known[key] - v)
            facts.append(f"{told.group(1) or told.group(2)} = {latex(v)}")
        elif less:
            a, b = frozenset(less.group(1) or less.group(2)), frozenset(less.group(4) or
                                                                         less.group(5))
            if a not in known or b not in known:
                raise Decline("a comparison of two lengths of the chords")
            conditions.append((known[a] - known[b]) * (1 if less.group(3) == "<" else -1))
        elif seg and frozenset(seg) in known and asked is None:
            asked = (seg, known[frozenset(seg)])
        elif (ratio := _RATIO.fullmatch(src)) and asked is None:  # "\frac{BP}{DP}"
            names = (ratio.group(1) or ratio.group(2), ratio.group(3) or ratio.group(4))
            top, bottom = frozenset(names[0]), frozenset(names[1])
            if top not in known or bottom not in known:
                raise Decline("a ratio of two lengths of the chords")
            asked = (f"{names[0]}/{names[1]}", known[top] / known[bottom])
        else:
            raise Decline("a piece of maths the chord reader does not read")
        rest = rest.replace(f"@{k}@", " ", 1)
    left = words(rest) - _GLUE
    if asked is None or left:
        raise Decline(f"words the chord reader does not read: {sorted(left)[:3]}")
    unknowns = list(part.values())
    raw = sp.solve(eqs, unknowns, dict=True)
    if any(sp.simplify(asked[1].subs(sol)).free_symbols for sol in raw):
        raise Decline("the lengths told do not fix the asked one")
    sols = [sol for sol in (_fixed(s, unknowns) for s in raw) if sol is not None
            and all(c.subs(sol).is_negative for c in conditions)]
    values = {sp.radsimp(asked[1].subs(sol)) for sol in sols}
    if len(values) != 1:
        raise Decline("the lengths told do not fix the asked one")
    value, sol = values.pop(), sols[0]
    confirm.check(sp.simplify(eqs[0].subs(sol)) == 0 and
                  sp.simplify(asked[1].subs(sol) - value) == 0,
                  "one drawing's lengths give the asked value")
    confirm_concyclic([sol[part[frozenset(e + p)]] for e in one + two])
    pa, pb, pc, pd = (latex(sol[part[frozenset(e + p)]]) for e in one + two)
    claim = f"{pa} \\cdot {pb} = {pc} \\cdot {pd}"
    return value, [
        step("the intersecting chords theorem", f"Chords {one} and {two} cross at {p}, so the "
             f"products of their parts are equal: {one[0]}{p} * {p}{one[1]} = "
             f"{two[0]}{p} * {p}{two[1]}. Told: " + ", ".join(f"${f}$" for f in facts) + ".",
             f"${claim}$", claim),
        step("the asked length", f"Read off {asked[0]}.", f"${asked[0]} = {latex(value)}$",
             latex(value))]


def _fixed(sol: dict, unknowns: list[sp.Symbol]) -> dict | None:
    """All four parts: a part the facts leave free (only a ratio asked) is given a value
    (1, then what the others come to); None when a part is not positive that way."""
    free = [u for u in unknowns if u not in sol]
    if len(free) > 1:
        return None
    pick = {u: sp.Integer(1) for u in free}
    out = {u: sp.simplify(sol[u].subs(pick)) if u in sol else pick[u] for u in unknowns}
    return out if all(v.is_positive for v in out.values()) else None


def confirm_concyclic(parts: list[sp.Basic]) -> None:
    """P at the origin, the first chord from (-a, 0) to (b, 0), the second at 60 degrees
    from -c to d along (1/2, sqrt 3/2): the circle through three ends holds the fourth."""
    a, b, c, d = parts
    u = (sp.Rational(1, 2), sp.sqrt(3) / 2)
    pts = [(-a, 0), (b, 0), (-c * u[0], -c * u[1]), (d * u[0], d * u[1])]
    x, y = sp.symbols("x y")
    D, E, F = sp.symbols("D E F")
    circle = x**2 + y**2 + D * x + E * y + F
    sol = sp.solve([circle.subs({x: px, y: py}) for px, py in pts[:3]], [D, E, F], dict=True)
    ok = len(sol) == 1 and sp.simplify(circle.subs(sol[0]).subs({x: pts[3][0],
                                                                   y: pts[3][1]})) == 0
    confirm.check(ok, "drawn with coordinates, the four ends lie on one circle")


__all__ = ["confirm_concyclic", "read_crossing_chords"]
