"""Typed reader: a polygon whose vertices' coordinates hold one letter, its area told; the
letter asked.

"For $k > 0$, the triangle with vertices $(0, 0)$, $(k, 0)$ and $(k, 3k)$ has area 24. What
is $k$?", "The area of the triangle with vertices $(1, 1)$, $(a, 1)$ and $(1, 5)$ is 10 and $a$
is positive: find $a$." Each coordinate is a number or linear in the one letter. The shoelace
sum S (twice the signed area) is then a polynomial in the letter and the area is |S| / 2, so
S = 2A or S = -2A; the real roots that meet every condition said on the letter
(`k > 0`, "positive", "negative") are kept and exactly one must remain, with the polygon not
flat. More than three vertices must be in convex position, in the order given. Confirmed by
putting the root back and measuring the area a second way: a fan of triangles from one
vertex, each by Heron's formula from its side lengths in floating point."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.polygon_names import polygon_sides
from tutor.reasoning.symbolic.geometry.polygon_vertices import heron_fan, hull
from tutor.reasoning.symbolic.geometry.reading import COMMON, number, without_area_units
from tutor.reasoning.symbolic.geometry.shoelace import shoelace_terms
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_SHAPES = frozenset("square rectangle parallelogram rhombus trapezoid triangle quadrilateral "
                    "pentagon hexagon".split())
_VOCAB = COMMON | _SHAPES | frozenset(
    "area vertices vertex at points point coordinates whose has for where if when positive "
    "negative real number".split())
_GROUP = re.compile(r"\((?:[^()]|\([^()]*\))*\)")
_ASK = re.compile(r"(?:what is|find|determine|compute)(?: the)?(?: value of)? @(\d+)@\s*[.?]?\s*$")
_SIGN = re.compile(r"^\s*([a-z])\s*(>|<)\s*0\s*$|^\s*0\s*(<|>)\s*([a-z])\s*$")
_SAID_SIGN = re.compile(r"@(\d+)@ (?:is |be )?(positive|negative)\b|\b(positive|negative) "
                        r"(?:real )?(?:number )?@(\d+)@")
_N_VERTICES = polygon_sides("triangle quadrilateral square rectangle parallelogram rhombus"
                            " trapezoid pentagon hexagon")


def _points(src: str) -> list[tuple[sp.Expr, sp.Expr]] | None:
    plain = re.sub(r"(?<![A-Za-z\\])[A-Z]'?\s*=?\s*(?=\()", "",
                   src.replace("\\left", "").replace("\\right", ""))
    groups = _GROUP.findall(plain)
    if not groups or re.sub(r"\\text\{\s*and\s*\}|and|[,\s]", "", _GROUP.sub("", plain)):
        return None
    out = []
    for g in groups:
        p = parse_latex(g)
        if isinstance(p, sp.Interval) and p.left_open and p.right_open:
            p = sp.Tuple(p.start, p.end)
        if not isinstance(p, sp.Tuple) or len(p) != 2:
            raise Decline("points in the plane")
        for c in p:
            if not isinstance(c, sp.Expr) or not c.is_polynomial() or len(c.free_symbols) > 1 \
                    or (c.free_symbols and sp.degree(c, *c.free_symbols) > 1):
                raise Decline("each coordinate a number or linear in one letter")
        out.append((p[0], p[1]))
    return out


def read_vertex_unknown(split: Split, template: str) -> Result | None:
    template = without_area_units(template)
    w = words(template)
    if "area" not in w or not w & {"vertices", "vertex", "points"} or \
            not words_within(template, _VOCAB):
        return None
    shapes = w & _SHAPES
    ask = _ASK.search(template)
    if len(shapes) != 1 or ask is None or "perimeter" in w:
        return None
    shape = shapes.pop()
    letter_src = split.maths[int(ask.group(1))].strip()
    if not re.fullmatch(r"[a-z]", letter_src):
        return None
    x = sp.Symbol(letter_src)
    pts: list[tuple[sp.Expr, sp.Expr]] = []
    signs: list[str] = []
    told: list[sp.Basic] = []
    for k in dict.fromkeys(int(i) for i in re.findall(r"@(\d+)@", template)):
        src = split.maths[k]
        if k == int(ask.group(1)) or src.strip() == letter_src:
            continue
        got = _points(src)
        sign = _SIGN.match(src)
        if got is not None:
            pts += got
        elif sign:
            if (sign.group(1) or sign.group(4)) != letter_src:
                raise Decline("a condition on another letter")
            signs.append(">" if (sign.group(2) or {"<": ">", ">": "<"}[sign.group(3)]) == ">"
                         else "<")
        elif (v := number(src)) is not None:
            told.append(v)
        else:
            raise Decline("a piece that is not a vertex, the area or a condition")
    for m in _SAID_SIGN.finditer(template):
        piece = m.group(1) or m.group(4)
        if split.maths[int(piece)].strip() != letter_src:
            raise Decline("a sign said of something else")
        signs.append(">" if (m.group(2) or m.group(3)) == "positive" else "<")
    letters = set().union(*(c.free_symbols for p in pts for c in p))
    if letters != {x} or len(told) != 1 or not told[0].is_positive:
        raise Decline("vertices in one letter, the one asked, and one area told")
    if len(pts) != _N_VERTICES[shape]:
        raise Decline(f"the number of vertices does not fit a {shape}")
    return _solve(pts, x, told[0], signs, shape)


def _solve(pts: list[tuple[sp.Expr, sp.Expr]], x: sp.Symbol, area: sp.Basic, signs: list[str],
           shape: str) -> Result:
    n = len(pts)
    s = sp.expand(sum(shoelace_terms(pts)))
    if s.free_symbols != {x}:
        raise Decline("the area does not depend on the letter")
    roots = {r for target in (2 * area, -2 * area) for r in sp.solve(sp.Eq(s, target), x)
             if r.is_real}
    keep = [r for r in roots if all((r > 0) if c == ">" else (r < 0) for c in signs)]
    ok = []
    for r in keep:
        ring = [(a.subs(x, r), b.subs(x, r)) for a, b in pts]
        if n > 3:
            hulled = hull(ring)
            if len(hulled) != n or not _same_cycle(hulled, ring):
                continue
        ok.append((r, ring))
    if len(ok) != 1:
        raise Decline("the area told does not fix the letter" if ok else
                      "no value of the letter gives that area")
    root, ring = ok[0]
    root = sp.radsimp(root)
    confirm.check(abs(heron_fan(ring) - float(area)) <= 1e-9 * max(1.0, float(area)),
                  "Heron's formula on a fan of triangles gives the area told")
    shown = ", ".join(f"$({latex(a)}, {latex(b)})$" for a, b in pts)
    claim = f"\\frac{{1}}{{2}}\\left|{latex(s)}\\right| = {latex(area)}"
    cond = " and ".join(f"${latex(x)} {c} 0$" for c in sorted(set(signs)))
    steps = [step("use the shoelace formula", "Go round the polygon adding "
                  "$x_i y_{i+1} - x_{i+1} y_i$; half the absolute value is the area.",
                  f"With the vertices {shown}: ${claim}$", claim),
             step("solve", f"So ${latex(s)} = \\pm {latex(2 * area)}$; the real solutions are "
                  f"${', '.join(latex(r) for r in sorted(roots, key=float))}$"
                  + (f", and {cond} leaves one." if cond else "."),
                  f"${latex(x)} = {latex(root)}$", f"{latex(x)} = {latex(root)}")]
    return root, steps


def _same_cycle(a: list, b: list) -> bool:
    k = len(a)
    return any(all(a[i] == seq[(i + j) % k] for i in range(k)) for seq in (b, b[::-1])
               for j in range(k))


__all__ = ["read_vertex_unknown"]
