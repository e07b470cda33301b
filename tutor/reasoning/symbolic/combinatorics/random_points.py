"""Reader of a point chosen at random from a region, with an event cut by straight lines.

The situation: a point (x, y) is chosen uniformly from a convex polygon told by its
vertices (a rectangle, a square, a triangle ...), or x and y are each chosen from an
interval; the event is an inequality in x and y. The probability is the event's area over
the region's area (`plane_regions`: clipped polygons, confirmed by vertical slices).

Phrasings reached: "A point (x,y) is randomly picked from inside the rectangle with
vertices (0,0), (4,0), (4,1), (0,1). What is the probability that x + y < 2?",
"A point is chosen at random in the triangle whose vertices are ... ; find the chance
that y > x", "Real numbers x and y are each chosen at random from the interval [0, 3].
What is the probability that |x - y| < 1?".
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics import plane_regions as pr
from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.linear_events import cells
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_CHOSEN = (r"(?:is |are )?(?:each )?(?:randomly |uniformly )?(?:picked|chosen|selected|drawn)"
           r"(?: independently(?: and)?)?(?: (?:uniformly )?(?:at random|randomly))?"
           r"(?: (?:and )?independently)?")
_SHAPE = (r"(?P<shape>rectangle|rectangular region|square|square region|triangle|triangular "
          r"region|region|quadrilateral|parallelogram|trapezoid|polygon)")
_POINT = (r" (?:(?:a |the )?point (?P<p>@\d+@ )?" + _CHOSEN + r"|(?:pick|choose|select|take) "
          r"(?:a |the )?point (?P<q>@\d+@ )?(?:uniformly )?(?:at random |randomly )?)"
          r" ?(?:from |in |on )?(?:the )?(?:inside |within |interior )?(?:of )?(?:the )?" + _SHAPE
          + r" (?:with|whose|that has|having) vertices (?:are |at |are at )?"
          r"(?P<v>@\d+@(?:,? (?:and )?@\d+@)*)(?=[ ,.;?])")
_BOXED = (r" (?:a |the )?point (?:(?P<p>@\d+@) )?" + _CHOSEN + r",? (?:such that|so that|where|"
          r"with|satisfying|in the region|(?:from |in |inside |within )(?:the )?(?:interior of "
          r"the )?(?P<shape>square|rectangle|region)) (?P<r>@\d+@(?:,? (?:and )?@\d+@)?)"
          r"(?=[ ,.;?])")
_PAIR = (r" (?:the )?(?:(?:#2 )?real numbers |(?:#2 )?numbers )?(?P<a>@\d+@) and (?P<b>@\d+@) "
         r"(?:are )?" + _CHOSEN + r" (?:from|in|on|between) (?:the )?(?:interval |closed "
         r"interval |open interval )?(?:(?P<i>@\d+@)|#(?P<lo>\d+) and #(?P<hi>\d+)"
         r"(?:,? inclusive)?)(?!\w)")
_REL = {"less than": "<", "smaller than": "<", "greater than": ">", "larger than": ">",
        "bigger than": ">", "more than": ">", "at least": "\\ge", "at most": "\\le"}
_RELS = "|".join(sorted(_REL, key=len, reverse=True))
_COORD = r"(?:its|the(?: point's)?) (?P<{}>@\d+@|[a-z]) ?-coordinate"
# the event in words: "its x-coordinate is less than its y-coordinate", "the sum of its
# coordinates is at most 3"
_WORDED = (ASK + r" ?(?:" + _COORD.format("c1") + r" is (?P<rel>" + _RELS + r") (?:"
           + _COORD.format("c2") + r"|(?P<n>#\d+|@\d+@))|the sum of (?:its|the point's|the) "
           r"(?:#2 )?coordinates is (?P<rel2>" + _RELS + r") (?P<n2>#\d+|@\d+@))(?=[ .,?;]|$)")
_GLUE = frozenset("inside interior within region randomly uniformly independently each "
                  "express your answer common fraction as".split())


def _number(src: str) -> sp.Rational:
    v = parse_latex(src)
    if not isinstance(v, sp.Rational):
        raise Decline("a rational coordinate")
    return v


def _points(w: Wording, slots: str) -> list[pr.Point]:
    out = []
    for i in re.findall(r"@(\d+)@", slots):
        src = w.maths[int(i)]
        found = re.findall(r"\(\s*([^(),]+?)\s*,\s*([^(),]+?)\s*\)", src)
        rest = re.sub(r"\(\s*[^(),]+?\s*,\s*[^(),]+?\s*\)", "", src)
        if not found or re.sub(r"[\s,]|\\!|and", "", rest):
            raise Decline("vertices written as points")
        out += [(_number(a), _number(b)) for a, b in found]
    return out


def _shape_agrees(shape: str, poly: list[pr.Point]) -> None:
    """The polygon is the shape the text names."""
    n = len(poly)
    sides = [(poly[(i + 1) % n][0] - poly[i][0], poly[(i + 1) % n][1] - poly[i][1])
             for i in range(n)]
    right = all(u[0] * v[0] + u[1] * v[1] == 0 for u, v in zip(sides, sides[1:] + sides[:1],
                                                                strict=True))
    if shape.startswith("triangle") and n != 3:
        raise Decline("a triangle with three vertices")
    if shape.startswith(("rectangle", "rectangular", "square")) and (n != 4 or not right):
        raise Decline("the vertices do not make a rectangle")
    if shape.startswith("square") and sides[0][0] ** 2 + sides[0][1] ** 2 != \
            sides[1][0] ** 2 + sides[1][1] ** 2:
        raise Decline("the vertices do not make a square")


def _letters(w: Wording, slot: str | None) -> tuple[sp.Symbol, sp.Symbol]:
    if slot is None:
        return sp.Symbol("x"), sp.Symbol("y")
    m = re.fullmatch(r"\s*(?:[A-Z]\s*=\s*)?\(\s*([a-z])\s*,\s*([a-z])\s*\)\s*",
                     w.maths[int(slot.strip()[1:-1])])
    if not m or m.group(1) == m.group(2):
        raise Decline("a point named by two letters")
    return sp.Symbol(m.group(1)), sp.Symbol(m.group(2))


def interval(w: Wording, m: re.Match[str]) -> tuple[sp.Rational, sp.Rational]:
    """The ends of the interval `m` names: "#lo and #hi" or "@i@" ("lo2", "hi2", "i2" ...
    when the pattern says them another way)."""
    g = {k: v for k, v in m.groupdict().items() if v}
    said = [k for k in ("lo", "lo2", "lo3", "lo4") if g.get(k)]
    if said:
        lo, hi = sp.Rational(g[said[0]]), sp.Rational(g["hi" + said[0][2:]])
    else:
        src = w.maths[int((g.get("i") or g["i2"])[1:-1])].strip()
        iv = re.fullmatch(r"(?:\\left)?[\[(]\s*([^,]+?)\s*,\s*([^,]+?)\s*(?:\\right)?[\])]", src)
        if not iv:
            raise Decline("an interval")
        lo, hi = _number(iv.group(1)), _number(iv.group(2))
    if not lo < hi:
        raise Decline("an interval of positive length")
    return lo, hi


def _bounds(src: str, x: sp.Symbol, y: sp.Symbol) -> dict[str, tuple[sp.Rational, sp.Rational]]:
    """'0 \\le x \\le 8, 0 \\le y \\le 4' as the range of each letter."""
    out: dict[str, tuple[sp.Rational, sp.Rational]] = {}
    for part in re.split(r",|\\text\{\s*and\s*\}|\\quad", src):
        m = re.fullmatch(r"\s*(.+?)\s*(?:\\leq?|<|\\lt)\s*([a-z])\s*(?:\\leq?|<|\\lt)\s*(.+?)\s*",
                         part)
        if not m or m.group(2) not in (x.name, y.name) or m.group(2) in out:
            raise Decline("a range for each coordinate")
        lo, hi = _number(m.group(1)), _number(m.group(3))
        if not lo < hi:
            raise Decline("a range of positive length")
        out[m.group(2)] = (lo, hi)
    return out


def _said_event(w: Wording, m: re.Match[str], x: sp.Symbol, y: sp.Symbol) -> str:
    """The worded event as an inequality in the point's letters ("x < y", "x + y \\le 3")."""
    def value(token: str) -> str:
        return token[1:] if token.startswith("#") else w.maths[int(token[1:-1])].strip()

    def letter(token: str) -> str:
        name = value(token) if token.startswith("@") else token
        if name not in (x.name, y.name):
            raise Decline("a coordinate of the point chosen")
        return name

    if m.group("rel2"):
        return f"{x} + {y} {_REL[m.group('rel2')]} {value(m.group('n2'))}"
    right = letter(m.group("c2")) if m.group("c2") else value(m.group("n"))
    if right == letter(m.group("c1")):
        raise Decline("a coordinate compared with itself")
    return f"{letter(m.group('c1'))} {_REL[m.group('rel')]} {right}"


def chance(poly: list[pr.Point], event: list[pr.Cell], where: str, said: str) -> Result:
    """The probability of `event` for a point uniform in `poly`, with its steps."""
    if len(event) > 1 and not pr.disjoint(event, poly):
        raise Decline("overlapping parts of the event")
    part, sliced, whole = pr.probability(poly, event)
    confirm.check(sliced == part, "the event's area agrees with a sum of vertical slices")
    v = part / whole
    claim = f"\\frac{{{latex(part)}}}{{{latex(whole)}}} = {latex(v)}"
    steps = [
        step("the sample space", "Every point of the region is equally likely: probability "
             "is a ratio of areas.", f"The point is uniform in {where}, of area "
             f"${latex(whole)}$.", f"{latex(whole)}"),
        step("the event's area", "Cut the region by the lines where the inequality turns.",
             f"The part where ${said}$ has area ${latex(part)}$.", f"{latex(part)}"),
        step("area over area", "Favourable area over total area.", f"${claim}$", claim),
    ]
    return v, steps


def random_point(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(
            template, "point", "random", "between", "interval", "uniform"):
        return None
    w = Wording.of(split, template)
    point, pair, boxed = w.take(_POINT), w.take(_PAIR), w.take(_BOXED)
    worded = w.take(_WORDED)
    ask = worded or w.take(ASK + r"\s*(?P<e>@\d+@)(?: and (?P<e2>@\d+@))?")
    if len(point) + len(pair) + len(boxed) != 1 or len(ask) != 1 or not w.only_glue(_GLUE):
        return None
    if boxed:
        x, y = _letters(w, boxed[0].group("p"))
        ranges: dict[str, tuple[sp.Rational, sp.Rational]] = {}
        for i in re.findall(r"@(\d+)@", boxed[0].group("r")):
            for k, v in _bounds(w.maths[int(i)], x, y).items():
                if k in ranges:
                    raise Decline("a coordinate's range said twice")
                ranges[k] = v
        if set(ranges) != {x.name, y.name}:
            raise Decline("a range for each coordinate")
        (a0, a1), (b0, b1) = ranges[x.name], ranges[y.name]
        if boxed[0].group("shape") == "square" and a1 - a0 != b1 - b0:
            raise Decline("the ranges do not make a square")
        poly = [(a0, b0), (a1, b0), (a1, b1), (a0, b1)]
        where = (f"the rectangle ${latex(a0)} \\le {x} \\le {latex(a1)}$, "
                 f"${latex(b0)} \\le {y} \\le {latex(b1)}$")
    elif point:
        m = point[0]
        x, y = _letters(w, m.group("p") or m.group("q"))
        poly = pr.convex_order(_points(w, m.group("v")))
        _shape_agrees(m.group("shape"), poly)
        where = "the " + m.group("shape").split()[0] + " with vertices " + ", ".join(
            f"$({latex(a)}, {latex(b)})$" for a, b in poly)
    else:
        m = pair[0]
        names = [w.maths[int(m.group(k)[1:-1])].strip() for k in ("a", "b")]
        if not all(re.fullmatch(r"[a-z]", n) for n in names) or names[0] == names[1]:
            raise Decline("two numbers named by letters")
        x, y = sp.Symbol(names[0]), sp.Symbol(names[1])
        lo, hi = interval(w, m)
        poly = [(lo, lo), (hi, lo), (hi, hi), (lo, hi)]
        where = f"the square $[{latex(lo)}, {latex(hi)}]^2$ of pairs $({x}, {y})$"
    srcs = [_said_event(w, ask[0], x, y)] if worded else [
        w.maths[int(ask[0].group(k)[1:-1])] for k in ("e", "e2") if ask[0].group(k)]
    event: list[pr.Cell] = [[]]
    for src in srcs:
        event = [a + b for a in event for b in cells(src, x, y)]
    return chance(poly, event, where, " \\text{ and } ".join(srcs))


__all__ = ["chance", "interval", "random_point"]
