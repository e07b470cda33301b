"""Typed reader: how many faces, edges or vertices a prism or a pyramid has (a cube, a box
and a tetrahedron among them).

"How many edges does a hexagonal prism have?", "A pentagonal pyramid has how many faces?",
"What is the total number of vertices of an octagonal prism?", "How many faces does a prism
with 18 edges have?", "... the sum of the number of faces, edges and vertices of a triangular
prism". A prism on an n-gon has 2n vertices, 3n edges and n + 2 faces; a pyramid n + 1,
2n and n + 1. Confirmed by building the solid as lists (its corners, the pairs of corners
joined, its faces as lists of corners), counting them, checking every edge lies on exactly
two faces, and checking Euler's V - E + F = 2.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

BASES = {"triangular": 3, "square": 4, "rectangular": 4, "quadrilateral": 4,
          "pentagonal": 5, "hexagonal": 6, "heptagonal": 7, "octagonal": 8, "nonagonal": 9,
          "decagonal": 10, "dodecagonal": 12}
_PART = r"(?P<part>faces|edges|vertices|corners)"
# solids that are a prism or a pyramid under another name: a cube or a box is a prism on a
# square (a rectangle), a tetrahedron a pyramid on a triangle
NAMED_SOLIDS = {"cube": (4, "prism"), "cuboid": (4, "prism"), "rectangular box": (4, "prism"),
          "tetrahedron": (3, "pyramid")}
_SOLID = (r"(?:a|an|the) (?:right )?(?:(?P<base>" + "|".join(BASES) + r") (?P<kind>prism|pyramid)"
          r"|(?:regular )?(?P<named>" + "|".join(NAMED_SOLIDS) + r")"
          r"|(?P<kind2>prism|pyramid) (?:with|that has|having) (?P<told>@\d+@|\d+) (?P<tpart>"
          r"faces|edges|vertices))")
_PARTS = (r"(?P<parts>(?:faces|edges|vertices)(?:,? (?:and )?(?:the (?:number of )?)?"
          r"(?:faces|edges|vertices)){1,2})")
_ASKS = [re.compile(p) for p in [
    r"how many " + _PART + r" does " + _SOLID + r" have[?.]?",
    _SOLID + r" has how many " + _PART + r"[?.]?",
    r"(?:what is |find )?the (?:total )?number of " + _PART + r" (?:of|on|in) " + _SOLID
    + r"[?.]?",
    # "the sum of the number of faces, edges and vertices of a triangular prism", "the total
    # number of faces, edges and vertices of ...", "how many ... does it have in total"
    r"(?:what is |find )?the (?:sum of the (?:numbers? of )?|total number of )" + _PARTS +
    r" (?:of|on|in) " + _SOLID + r"[?.]?",
    r"how many " + _PARTS + r" does " + _SOLID + r" have (?:in total|altogether|in all)[?.]?",
]]


def solid_faces(n: int, kind: str) -> tuple[list[tuple[int, int]], list[list[tuple[int, int]]]]:
    """The prism or pyramid on an n-gon as lists: its corners, and its faces as lists of
    corners in order round each face."""
    if kind == "prism":  # corner (level, i): the base at level 0, the top at level 1
        corners = [(level, i) for level in (0, 1) for i in range(n)]
        faces = [[(0, i) for i in range(n)], [(1, i) for i in range(n)]] + [
            [(0, i), (0, (i + 1) % n), (1, (i + 1) % n), (1, i)] for i in range(n)]
    else:
        # corner (0, i) on the base, (1, 0) the apex
        corners = [(0, i) for i in range(n)] + [(1, 0)]
        faces = [[(0, i) for i in range(n)]] + [
            [(0, i), (0, (i + 1) % n), (1, 0)] for i in range(n)]
    return corners, faces


def _build(n: int, kind: str) -> tuple[int, int, int]:
    """The solid on an n-gon as lists: (vertices, edges, faces), each face's edges checked
    to meet exactly two faces."""
    corners, faces = solid_faces(n, kind)
    sides: dict[frozenset, int] = {}
    for face in faces:
        for a, b in zip(face, face[1:] + face[:1], strict=True):
            sides[frozenset((a, b))] = sides.get(frozenset((a, b)), 0) + 1
    if any(times != 2 for times in sides.values()):
        raise Decline("a solid whose edges do not each join two faces")
    return len(corners), len(sides), len(faces)


def _counts(n: int, kind: str) -> tuple[int, int, int]:
    return (2 * n, 3 * n, n + 2) if kind == "prism" else (n + 1, 2 * n, n + 1)


def read_polyhedron_parts(split: Split, template: str) -> Result | None:
    if not re.search(r"prism|pyramid|" + "|".join(NAMED_SOLIDS), template):
        return None
    text = re.sub(r"\s+", " ", template.lower()).strip()
    m = next((m for p in _ASKS if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    kind = m.group("kind") or m.group("kind2")
    index = {"vertices": 0, "corners": 0, "edges": 1, "faces": 2}
    if m.group("named"):
        n, kind = NAMED_SOLIDS[m.group("named")]
    elif m.group("base"):
        n = BASES[m.group("base")]
    else:  # "a prism with 18 edges": the base whose solid has that many
        said = m.group("told")
        told = int(split.maths[int(said.strip("@"))]) if said.startswith("@") else int(said)
        k = index[m.group("tpart")]
        fits = [b for b in range(3, 101) if _counts(b, kind)[k] == told]
        if len(fits) != 1:
            raise Decline("no such prism or pyramid")
        n = fits[0]
    v, e, f = _counts(n, kind)
    confirm.check(_build(n, kind) == (v, e, f) and v - e + f == 2, "building the solid and "
                  "counting its corners, edges and faces gives the same numbers, and "
                  "V - E + F = 2")
    parts = re.findall(r"faces|edges|vertices", m.groupdict().get("parts") or "") or \
        [m.group("part")]
    if len(set(parts)) != len(parts):
        raise Decline("each part counted once")
    value = sum((v, e, f)[index[part]] for part in parts)
    rule = ("A prism on an $n$-gon has $2n$ vertices, $3n$ edges and $n + 2$ faces." if
            kind == "prism" else
            "A pyramid on an $n$-gon has $n + 1$ vertices, $2n$ edges and $n + 1$ faces.")
    claim = f"{v} - {e} + {f} = 2"
    sums = ((f"2 \\cdot {n}", f"3 \\cdot {n}", f"{n} + 2") if kind == "prism" else
            (f"{n} + 1", f"2 \\cdot {n}", f"{n} + 1"))  # each a product or sum checked
    counted = ", ".join(f"${how} = {count}$ {part}" for how, count, part in
                        zip(sums, (v, e, f), ("vertices", "edges", "faces"), strict=True))
    return sp.Integer(value), [
        step("count the parts", rule, f"Its base has ${n}$ sides: {counted}.", ""),
        step("check with Euler's formula", "Every convex solid has V - E + F = 2.",
             f"Euler's formula holds: ${claim}$", claim)]


__all__ = ["BASES", "NAMED_SOLIDS", "read_polyhedron_parts", "solid_faces"]
