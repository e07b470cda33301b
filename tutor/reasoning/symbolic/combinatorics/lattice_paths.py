"""Reader of lattice paths: from one point to another in unit steps of two kinds (right or
up, east or north, right or down ...), all paths, or those that pass through a given
point, or those that avoid it.

Phrasings reached: "Moving only up or to the right, how many paths are there from (0,0)
to (4,3)?", "How many paths from (0,0) to (5,2) use only steps one unit right or one unit
up?", "A particle moves from (1,2) to (4,5) in unit steps, each either to the right or up.
How many different paths can it take?", "... that pass through (2,3)?", "... that do not
pass through (2,3)?".
A path is an order of its steps: C(a + b, a) with a steps of one kind and b of the other
(a product for a point passed through, a difference for one avoided); confirmed by
counting the paths point by point across the grid (each point reached from the one or
two points before it), keeping track of the point passed or avoided.
"""

from __future__ import annotations

import re
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_DIRS = {"right": (1, 0), "left": (-1, 0), "up": (0, 1), "down": (0, -1), "upward": (0, 1),
         "upwards": (0, 1), "downward": (0, -1), "downwards": (0, -1), "east": (1, 0),
         "west": (-1, 0), "north": (0, 1), "south": (0, -1)}
_D = "(?:" + "|".join(sorted(_DIRS, key=len, reverse=True)) + ")"


def _dir(name: str) -> str:
    return r"(?:#1 unit |a unit |one unit )?(?:to the )?(?P<" + name + ">" + _D + r")"


_PAIR = (_dir("d1") + r",? (?:or|and) " + _dir("d2")
         + r"(?:,? (?:#1|one|a) (?:unit|step) at a time|,? (?:at each|at every|on each) step|"
         r" by #1(?: unit)?)?")
_MOVES = [
    r" (?:by )?(?:moving|going|travell?ing|walking|stepping) only " + _PAIR + r"\b",
    r" (?:that |which )?(?:use|uses|using|with|taking|take|in|making) (?:only )?(?:unit |single "
    r")?(?:steps|moves)(?: of)? " + _PAIR + r"\b",
    r",? in unit steps,? each (?:either )?" + _PAIR + r"\b",
    r" (?:that |which )?(?:move|moves|go|goes|step|steps) only " + _PAIR + r"\b",
    r" (?:that |which )?(?:consisting|made up|composed|consist|consists) of (?:only )?(?:unit |"
    r"single )?(?:steps|moves)(?: of)? " + _PAIR + r"\b",
    r",? (?:if |where )?(?:each|every) (?:step|move) (?:is|goes|moves|must be|must go|must move)"
    r" (?:either )?"
    + _PAIR + r"\b",
    r",? (?:if )?(?:it|she|he|they|you|we|i) (?:can|may) (?:only )?(?:move|step|go|walk) (?:only )?"
    + _PAIR + r"\b"]
_PT = r"(?:the point |point )?@(?P<{0}>\d+)@"
_FROM_TO = r" from " + _PT.format("a") + r" to " + _PT.format("b") + r"(?![\w@])"
_ASK = (r" (?:how many (?:different |distinct |possible |such )*(?P<short>shortest )?"
        r"(?P<lat>lattice )?"
        r"(?:paths|routes|ways)|the number of (?:different |distinct |possible )*(?P<short2>"
        r"shortest )?(?P<lat2>lattice )?(?:paths|routes|ways))"
        r"(?: are there| can (?:it|she|he|they|you|we) take| (?:is|are) possible)?\b")
_THROUGH = (r" (?:that |which )?(?:pass|passes|go|goes|travel|travels) through "
            + _PT.format("p") + r"(?![\w@])")
# "along grid lines": on the grid; "shortest" paths on the grid step towards the end only
_GRID = r" (?:along|following|on|using) (?:the )?(?:grid ?lines|lines of the grid|grid)\b"
_AVOID = [r" (?:that |which )?(?:(?:do not|does not|never) (?:pass|go|travel)|without (?:passing|"
          r"going)) through "
          + _PT.format("p") + r"(?![\w@])",
          r" (?:that |which )?(?:avoid|avoids) " + _PT.format("p") + r"(?![\w@])"]
_WHO = (r" (?:a|an|the) (?:particle|ant|bug|robot|token|frog|beetle|point|person|walker) "
        r"(?:moves|walks|crawls|travels|goes|hops|starts)(?: (?:at|from) (?=from))?")
_GLUE = {"it", "can", "take", "are", "there", "be", "made", "does", "have", "possible", "to",
         "lead", "go", "run"}  # "how many paths lead from A to B"


def _point(w: Wording, index: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*\(\s*(-?\d+)\s*,\s*(-?\d+)\s*\)\s*", w.maths[int(index)])
    if not m:
        raise Decline("a lattice point with integer coordinates")
    return int(m.group(1)), int(m.group(2))


def lattice_paths(split: Split, template: str) -> Result | None:
    if not quick(template, "path", "route", "walk", "ways") or not quick(template, "how many",
                                                                         "number of"):
        return None
    w = Wording.of(split, template)
    w.pronoun_i()  # "if I can only step ..."
    w.take(_WHO)
    # "how many ways (are there) to walk from A to B", "how many ways can a robot get from A
    # to B"
    w.take(r"(?<=ways)(?: are there)? (?:to|can (?:it|she|he|they|you|we|i|an? [a-z]+)) (?:walk|"
           r"get|go|travel)(?= from @)")
    moves = [m for p in _MOVES for m in w.take(p)]
    w.take(r" (?:at|on|with|in) (?:each|every) (?:step|move)\b")  # said after the moves
    w.take(r"(?:^|(?<=[.?!])) (?:a|each) (?:lattice )?path(?= from @)")  # "a path from A to B
    ends = w.take(_FROM_TO)  # consists of ... how many such paths"
    length = w.take(r"(?<=paths) of length #(?P<n>\d+)\b")  # "paths of length 7": the steps
    ask = w.take(_ASK)
    avoid = [m for p in _AVOID for m in w.take(p)]
    through = w.take(_THROUGH)
    grid = w.take(_GRID)
    if len(moves) > 1 or len(ends) != 1 or len(ask) != 1 or len(through) + len(avoid) > 1 or \
            len(length) > 1 or not w.only_glue(_GLUE):
        return None
    a, b = _point(w, ends[0].group("a")), _point(w, ends[0].group("b"))
    if moves:
        u, v = _DIRS[moves[0].group("d1")], _DIRS[moves[0].group("d2")]
        if u[0] == 0 and v[0] == 0 or u[1] == 0 and v[1] == 0:
            raise Decline("two kinds of step along one axis")
        hx, vy = (u, v) if u[0] else (v, u)  # the horizontal step and the vertical step
    else:  # "shortest lattice paths", "shortest paths along grid lines": towards the end
        g = ask[0].groupdict()
        if not (g["short"] or g["short2"]) or not (g["lat"] or g["lat2"] or grid):
            return None
        hx, vy = (1 if b[0] >= a[0] else -1, 0), (0, 1 if b[1] >= a[1] else -1)
    dx, dy = (b[0] - a[0]) * hx[0], (b[1] - a[1]) * vy[1]
    if dx < 0 or dy < 0 or dx + dy == 0 or dx + dy > 40:
        raise Decline("an end the steps cannot reach, or a long walk")
    if length and int(length[0].group("n")) != dx + dy:
        raise Decline("the length said is not the number of steps between the ends")
    mid = through or avoid
    if not mid:
        total = comb(dx + dy, dx)
        _confirm(total, dx, dy, None, "all")
        claim = f"\\binom{{{dx + dy}}}{{{dx}}} = {total}"
        return sp.Integer(total), [_order_step(dx, dy, claim)]
    p = _point(w, mid[0].group("p"))
    px, py = (p[0] - a[0]) * hx[0], (p[1] - a[1]) * vy[1]
    if not (0 <= px <= dx and 0 <= py <= dy):
        raise Decline("a point no path passes through")
    first, second = comb(px + py, px), comb(dx - px + dy - py, dx - px)
    passing = first * second
    claim = (f"\\binom{{{px + py}}}{{{px}}} \\cdot \\binom{{{dx - px + dy - py}}}{{{dx - px}}}"
             f" = {first} \\cdot {second} = {passing}")
    steps = [step("split the path at the point", "A path through the point is a path to "
                  "it followed by a path from it.", f"${claim}$", claim)]
    if through:
        _confirm(passing, dx, dy, (px, py), "through")
        return sp.Integer(passing), steps
    total = comb(dx + dy, dx)
    value = total - passing
    _confirm(value, dx, dy, (px, py), "avoid")
    claim = f"\\binom{{{dx + dy}}}{{{dx}}} - {passing} = {total} - {passing} = {value}"
    steps.append(step("all paths minus those through the point", "Count every path, then "
                      "take away the paths that pass through the point.", f"${claim}$", claim))
    return sp.Integer(value), steps


def _order_step(dx: int, dy: int, claim: str) -> Step:
    return step("choose the order of the steps", f"Every path takes {dx} steps of one kind "
                f"and {dy} of the other, in some order: choose which {dx} of the {dx + dy} "
                "steps are of the first kind.", f"${claim}$", claim)


def _confirm(value: int, dx: int, dy: int, point: tuple[int, int] | None, kind: str) -> None:
    """Paths counted point by point: ways[x][y] from the ways into the point's left and
    lower neighbours; the paths that have passed the point kept apart (`seen`), or the
    point closed when it is avoided."""
    ways = [[0] * (dy + 1) for _ in range(dx + 1)]
    seen = [[0] * (dy + 1) for _ in range(dx + 1)]
    for x in range(dx + 1):
        for y in range(dy + 1):
            if x == y == 0:
                ways[x][y] = 1
            else:
                ways[x][y] = (ways[x - 1][y] if x else 0) + (ways[x][y - 1] if y else 0)
                seen[x][y] = (seen[x - 1][y] if x else 0) + (seen[x][y - 1] if y else 0)
            if point == (x, y):
                seen[x][y] = ways[x][y]
                if kind == "avoid":  # the point is closed: no path goes on from it
                    ways[x][y] = 0
    got = seen[dx][dy] if kind == "through" else ways[dx][dy]
    confirm.count(value, lambda: got, "lattice paths (counted point by point across the grid)")


_GO = r"(?:walk|drive|go|ride)"
_PLACE = (r"(?: (?:to|of|from) (?:get to )?(?:the |his |her |their |a |an )?(?:school|library|"
          r"park|store|house|home|office|station|work|[a-z]+'s house))?")
_BLOCKS = (r" (?:walks|drives|rides|bikes|travels|goes|lives|(?:has|needs) to " + _GO + r"|must "
           + _GO + r")? ?#(?P<a>\d+) blocks? (?P<d1>" + _D + r") and #(?P<b>\d+) blocks? (?P<d2>"
           + _D + r")" + _PLACE + r"\b")
_SHORTEST = (r",? (?:always )?(?:taking|takes|using|uses|along|by|on|following) (?:a |the )?"
             r"shortest (?:possible )?(?:route|path|way)s?\b")
_ROUTES = (r" how many (?:different |distinct |possible )*(?:shortest )?(?:routes|paths|ways)(?: "
           r"(?:can|could) (?:he|she|they|it|you|we) (?:take|choose|walk|drive|go)| are "
           r"(?:there|possible))?\b")


def block_routes(split: Split, template: str) -> Result | None:
    """"Alex walks 5 blocks east and 2 blocks north to school, always taking a shortest
    route. How many different routes can he take?": a shortest route is an order of its
    a + b blocks, C(a + b, a), confirmed point by point as for lattice paths."""
    if "block" not in template or "shortest" not in template:
        return None
    w = Wording.of(split, template)
    w.take_name("walks|drives|rides|bikes|travels|goes|has|must|needs|lives")
    blocks, shortest, ask = w.take(_BLOCKS), w.take(_SHORTEST), w.take(_ROUTES)
    if len(blocks) != 1 or len(shortest) + len(re.findall(r"shortest", ask[0].group(0) if ask
                                                          else "")) != 1 or len(ask) != 1 \
            or not w.only_glue({"always", "he", "she", "they", "if"}):
        return None
    b = blocks[0]
    u, v = _DIRS[b.group("d1")], _DIRS[b.group("d2")]
    if u[0] == 0 and v[0] == 0 or u[1] == 0 and v[1] == 0:
        raise Decline("two directions along one axis")
    dx, dy = int(b.group("a")), int(b.group("b"))
    if dx + dy == 0 or dx + dy > 40:
        raise Decline("a modest walk")
    total = comb(dx + dy, dx)
    _confirm(total, dx, dy, None, "all")
    claim = f"\\binom{{{dx + dy}}}{{{dx}}} = {total}"
    return sp.Integer(total), [_order_step(dx, dy, claim)]


__all__ = ["block_routes", "lattice_paths"]
