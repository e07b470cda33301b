"""Polygons whose corners are chosen from given points: "How many triangles can be formed
using the vertices of a regular dodecagon?", "Nine distinct points are marked on a circle.
How many different convex quadrilaterals can be formed if each vertex must be one of these
points?". Points on a circle or a convex polygon's vertices are never three in a line, so
every choice of k of the n points is one k-gon: the count is the binomial coefficient,
confirmed by listing the choices (`selections.binomial`).
"""

from __future__ import annotations

import re
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.selections import binomial
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.geometry.polygon_names import polygon_sides
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_SIDES = polygon_sides("triangle quadrilateral pentagon hexagon heptagon octagon nonagon decagon"
                       " dodecagon")
_SHAPES = "|".join(_SIDES)
_ASK = (r" how many (?:different |distinct )*(?:convex )?(?:(?P<kind>" + _SHAPES + r")s|polygons "
        r"(?:of|with) (?:#(?P<least>\d+) or more|at least #(?P<least2>\d+)) sides) (?:can be "
        r"(?:formed|drawn|made)|are there|(?=(?:have|has) ))\b")
_FROM_POLYGON = (r" (?:using|from|with) the vertices of (?:a|an|the) (?:regular |convex )?"
                 r"(?:(?P<name>" + _SHAPES + r")(?: \(an? #(?P<n2>\d+)-sided polygon\))?"
                 r"|#(?P<n>\d+)-(?:gon|sided polygon)|polygon with #(?P<n3>\d+) sides)(?!\w)"
                 r"| whose vertices are (?:the )?vertices of (?:a|an|the) (?:regular |convex )?"
                 r"(?P<name2>" + _SHAPES + r")\b")
_CONSIDER = r" consider (?:a|an) (?:regular |convex )?(?P<name>" + _SHAPES + r")\b"
_ON_CIRCLE = (r" #(?P<n>\d+) (?:distinct |different )?points (?:are (?:identified|marked|placed|"
              r"chosen|drawn|given|located) |lie |are )on (?:the circumference of )?a circle\b"
              r"| (?:using|from) #(?P<n4>\d+) (?:distinct |different )?points on a circle as "
              r"(?:the |their )?vertices\b"
              # "with vertices among 7 points on a circle"
              r"| (?:with|having|that have|have|has|whose) (?:all )?(?:(?:their|its|the) )?"
              r"vertices "
              r"(?:are )?(?:among|chosen from|from|at) #(?P<n6>\d+) (?:distinct |different )?"
              r"points on a circle\b"
              # "by connecting 3 of 8 points on a circle"
              r"| (?:by )?(?:connecting|joining|choosing|using) #(?P<k5>\d+) of (?:the )?"
              r"#(?P<n5>\d+) (?:distinct |different )?points on a circle\b")
_EACH_VERTEX = (r" (?:if|where) each (?:vertex|corner) (?:must be|is) #1 of (?:these|the)"
                r"(?: #(?P<n>\d+))? points\b| (?:using|from) (?:some of |some \(or all\) of |"
                r"#(?P<k>\d+) of )?(?:these|the)(?: #(?P<n2>\d+))? points as (?:the )?vertices\b"
                r"| (?:with|having|that have|have) (?:all (?:#(?P<k2>\d+) |of )?)?"
                r"(?:their |its |the )?vertices (?:among|chosen from|from|at) (?:#(?P<k3>\d+) of )?"
                r"(?:these|the)(?: #(?P<n3>\d+))? points\b")
# points in general position ("no three of which are collinear"): any three make a triangle
# (four or more may make several polygons, or none convex, so only triangles are read)
_GENERAL = (r" (?:using|from|with|among|by joining|by connecting|by|through|between) #(?P<n>\d+) "
            r"(?:distinct |different )?points(?: in a plane| in the plane)?,? (?:no #3 of which|"
            r"(?:(?:where|such that|if|with|and) )?no #3(?: of them| points)?) (?:(?:are|lie) )?"
            r"(?:collinear|on (?:a|the same) (?:straight )?line)\b")  # "9 points, no 3 collinear"
# lines (or segments, or chords of a circle) through two of the points: C(n, 2)
_LINES = (r" how many (?:different |distinct )*(?P<what>lines|straight lines|line segments|"
          r"segments|chords) (?:are (?:determined|formed|there)|can be (?:drawn|formed|determined"
          r"|made))(?: (?:by )?(?:joining|connecting|between|through) (?:any )?#2 of "
          r"(?:them|these points|the points|the #(?P<of>\d+) points))?(?!\w)")
_GLUE = frozenset("how many different distinct convex can be formed drawn made are there".split())


def polygons(split: Split, template: str) -> Result | None:
    """k-gons with corners among n points in convex position (a circle, a convex polygon)."""
    if not quick(template, "vertices", "points") or not quick(template, *_SIDES, "polygons",
                                                              "lines", "segments", "chords"):
        return None
    w = Wording.of(split, template)
    ask, lines = w.take(_ASK), w.take(_LINES)
    from_polygon, consider = w.take(_FROM_POLYGON), w.take(_CONSIDER)
    circle, each = w.take(_ON_CIRCLE), w.take(_EACH_VERTEX)
    general = w.take(_GENERAL)
    if lines:  # lines through pairs of the points, and nothing else asked
        if ask or not w.only_glue(_GLUE):
            return None
        return _lines(lines, circle, general, from_polygon + consider + each)
    if len(ask) != 1 or len(consider) > 1 or not w.only_glue(_GLUE):
        return None
    if general:
        if len(general) > 1 or from_polygon or consider or circle or each or \
                ask[0].group("kind") != "triangle":
            raise Decline("polygons of four or more corners from points in general position")
        n = int(general[0].group("n"))
        if not 3 <= n <= 200:
            raise Decline("more corners than points")
        return binomial(n, 3, f"triangles (choosing 3 of the {n} points, no three in a line)")
    least = ask[0].group("least") or ask[0].group("least2")
    k = _SIDES[ask[0].group("kind")] if ask[0].group("kind") else int(least)
    if len(from_polygon) == 1 and not circle and not each:
        g = from_polygon[0]
        name = g.group("name") or g.group("name2")
        n = _SIDES[name] if name else int(g.group("n") or g.group("n3"))
        if g.group("n2") and int(g.group("n2")) != n:
            raise Decline("the polygon's name and its number of sides disagree")
        if consider and _SIDES[consider[0].group("name")] != n:
            raise Decline("two different polygons")
    elif len(circle) == 1 and len(each) <= 1 and not from_polygon and not consider:
        c = circle[0]
        n = int(c.group("n") or c.group("n4") or c.group("n5") or c.group("n6"))
        told = each[0].group("n") or each[0].group("n2") or each[0].group("n3") if each else None
        if told and int(told) != n:
            raise Decline("the points counted are not the points given")
        corners = (each[0].group("k") or each[0].group("k2") or each[0].group("k3")) if each \
            else c.group("k5")
        if corners and (least or int(corners) != k):
            raise Decline("the corners used are not the corners of the polygon asked")
    else:
        return None
    if not 3 <= k <= n <= 200:
        raise Decline("more corners than points")
    if least:
        return _at_least(n, k)
    return binomial(n, k, f"{ask[0].group('kind')}s (choosing {k} of the {n} points)")


def _lines(lines: list[re.Match[str]], circle: list[re.Match[str]],
           general: list[re.Match[str]], other: list[re.Match[str]]) -> Result:
    """Lines through two of n points no three in a line (in general position or on a
    circle), or chords of the circle: one for each pair of points."""
    if len(lines) != 1 or len(circle) + len(general) != 1 or other:
        raise Decline("lines through points given one way")
    if lines[0].group("what") == "chords" and not circle:
        raise Decline("chords of no circle")
    g = (circle or general)[0]
    if lines[0].group("of") and int(lines[0].group("of")) != int(
            g.group("n") or g.groupdict().get("n4") or 0):
        raise Decline("the points joined are not the points given")
    if g.groupdict().get("k5") or g.groupdict().get("n6"):
        raise Decline("points chosen for a polygon, lines asked")
    n = int(g.group("n") or g.groupdict().get("n4") or 0)
    if not 2 <= n <= 200:
        raise Decline("at least two points")
    return binomial(n, 2, f"{lines[0].group('what')} (one through each pair of the {n} points)")


def _at_least(n: int, k: int) -> Result:
    """Polygons with k or more corners among n points in convex position: one for each
    choice of at least k points, 2^n less the choices of fewer than k."""
    if n > 20:
        raise Decline("a modest number of points")
    fewer = [comb(n, j) for j in range(k)]
    v = 2 ** n - sum(fewer)
    confirm.count(v, lambda: sum(1 for m in range(1 << n) if bin(m).count("1") >= k),
                  f"choices of at least {k} of the {n} points (listing them)")
    minus = " - ".join(f"\\binom{{{n}}}{{{j}}}" for j in range(k))
    claim = f"2^{{{n}}} - {minus} = {v}"
    return sp.Integer(v), [step(
        "count the choices", f"Every choice of {k} or more of the points is one convex "
        "polygon: count all subsets of the points, less those with too few corners.",
        f"${claim}$", claim)]


__all__ = ["polygons"]
