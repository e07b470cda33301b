"""Typed reader: a point of the plane moved by reflections, rotations about the origin,
translations and dilations, one after another in the order the text gives them.

"The point $(3, -2)$ is reflected over the $y$-axis and then translated 4 units up. What
are the coordinates of its image?" Reflections over the x- or y-axis, the origin, or a
line x = c, y = c, y = x, y = -x; rotations about the origin by a multiple of 90 degrees
(the direction said); translations by whole steps up, down, left or right; a dilation
centred at the origin. A complex number is a point too. Each move is recomputed by a
second rule (a reflection by the projection formula for the line ax + by + c = 0, a
rotation by multiplying by i in Python's complex arithmetic) and the results compared."""

from __future__ import annotations

import math
import re
from typing import cast

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    as_point,
    axis_words,
    number,
    places,
)
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

X, Y, _I = sp.Symbol("x"), sp.Symbol("y"), sp.Symbol("i")
_MOVES = frozenset("reflected reflect reflecting rotated rotate rotation translated shifted "
                   "moved dilation dilated".split())
VOCAB = COMMON | _MOVES | frozenset(
    "point over across about the x-axis y-axis x y axis line origin degrees degree "
    "counterclockwise clockwise counter direction around up down left right then its image "
    "resulting coordinates what are is when and after sum product complex number applied "
    "to takes which centered at scale factor vertical horizontal by new final".split())
_STEP = re.compile(
    # "reflected over the x-axis and then over the y-axis": a second reflection, its verb left out
    r"(?P<reflect>(?:reflect\w* (?:over|across|about|in)|(?<=then )(?:over|across)) (?:the )?"
    r"(?:(?:vertical|horizontal) )?"
    r"(?P<where>x-axis|y-axis|origin|line @\d+@|@\d+@))"
    r"|(?P<rotate>\brotat\w*)"
    r"|(?P<shift>(?:translated|shifted|moved) (?P<amounts>@\d+@ units? (?:to the )?(?:up|down|"
    r"left|right)(?:,? (?:and )?(?:then )?@\d+@ units? (?:to the )?(?:up|down|left|right))*))"
    r"|(?P<dilate>dilation,? centered at the origin,? with scale factor @(?P<k>\d+)@|dilated "
    r"by (?:a )?(?:scale )?factor (?:of )?@(?P<k2>\d+)@,? (?:about|centered at|from|with "
    r"(?:center|centre) at) the origin)")


def _reflect_rule(where: str, c: sp.Rational | None, p: tuple) -> tuple:
    x, y = p
    return {"x-axis": (x, -y), "y-axis": (-x, y), "origin": (-x, -y), "y=x": (y, x),
            "y=-x": (-y, -x), "x=c": (2 * c - x if c is not None else x, y),
            "y=c": (x, 2 * c - y if c is not None else y)}[where]


def _line_of(where: str, c: sp.Rational | None) -> tuple:
    """a, b, d of the mirror line a x + b y + d = 0."""
    return {"x-axis": (0, 1, 0), "y-axis": (1, 0, 0), "y=x": (1, -1, 0), "y=-x": (1, 1, 0),
            "x=c": (1, 0, -c if c is not None else 0),
            "y=c": (0, 1, -c if c is not None else 0)}[where]


def _mirror(split: Split, where: str) -> tuple[str, sp.Rational | None]:
    if where in ("x-axis", "y-axis", "origin"):
        return where, None
    place = cast("re.Match[str]", re.search(r"\d+", where))  # the pattern put @n@ there
    eq = parse_latex(split.maths[int(place.group(0))])
    if not isinstance(eq, sp.Equality) or eq.lhs not in (X, Y):
        raise Decline("a mirror line x = c, y = c, y = x or y = -x")
    if eq.lhs == Y and eq.rhs in (X, -X):
        return ("y=x" if eq.rhs == X else "y=-x"), None
    if eq.rhs.free_symbols or not eq.rhs.is_Rational:
        raise Decline("a mirror line x = c, y = c, y = x or y = -x")
    return ("x=c" if eq.lhs == X else "y=c"), sp.Rational(eq.rhs)


_ANGLE = re.compile(r"^\s*-?\d+\s*\^\s*\{?\s*\\circ\s*\}?\s*$")


def _angle_places(split: Split, template: str) -> list[int]:
    """The pieces that are angles: "90^\\circ", or a number followed by "degrees"."""
    found = [int(g) for g in re.findall(r"@(\d+)@", template)
             if _ANGLE.match(split.maths[int(g)])]
    found += [int(g) for g in re.findall(r"@(\d+)@ degrees?", template)]
    return list(dict.fromkeys(found))


def _rotation_angle(split: Split, template: str) -> sp.Expr:
    if len(re.findall(r"\brotat\w*", template)) != 1:
        raise Decline("one rotation expected")
    angles = _angle_places(split, template)
    if len(angles) != 1:
        raise Decline("the angle of the rotation is not clear")
    v = parse_latex(split.maths[angles[0]])
    if not _ANGLE.match(split.maths[angles[0]]):
        v = v * sp.pi / 180  # "90 degrees": a bare number of degrees
    return v


def _op(x: sp.Basic) -> str:
    return f"\\left({latex(x)}\\right)"


def _claims(p: tuple, q: tuple, kind: str, c: sp.Basic | None = None) -> list[str]:
    """Each changed coordinate as arithmetic the checker can confirm."""
    out = []
    for a, b in zip(p, q, strict=True):
        if kind == "mirror" and c is not None and b == 2 * c - a and b != a:
            out.append(f"2 \\cdot {_op(c)} - {_op(a)} = {latex(b)}")
        elif kind == "shift" and b != a:
            out.append(f"{latex(a)} + {_op(b - a)} = {latex(b)}")
        elif kind == "scale" and c is not None:
            out.append(f"{latex(c)} \\cdot {_op(a)} = {latex(b)}")
    if not out:
        out = [f"-{_op(a)} = {latex(-a)}" for a in p if -a in q and a != 0]
    return out


def _apply(split: Split, m: re.Match[str], p: tuple, w: set[str]) -> tuple[tuple, str]:
    if m.group("reflect"):
        where, c = _mirror(split, m.group("where"))
        q = _reflect_rule(where, c, p)
        if where != "origin":  # the projection formula, an independent rule
            a, b, d = _line_of(where, c)
            t = sp.Rational(2 * (a * p[0] + b * p[1] + d), a * a + b * b)
            confirm.check((p[0] - a * t, p[1] - b * t) == q,
                          "the projection formula for the mirror line gives the same image")
        return q, f"reflect over {where.replace('c', latex(c)) if c is not None else where}"
    if m.group("rotate"):
        angle = _rotation_angle(split, m.string)
        ccw = bool(w & {"counterclockwise", "counter"})
        turns = sp.nsimplify(angle / (sp.pi / 2))
        if not turns.is_Integer:
            raise Decline("quarter turns only")
        if "origin" not in w or not ccw and "clockwise" not in w and int(turns) % 2:
            # a half turn lands on the same image either way: only it needs no direction
            raise Decline("a rotation about the origin in a direction said")
        k = int(turns) % 4 if ccw else -int(turns) % 4
        q = p
        for _ in range(k):
            q = (-q[1], q[0])
        z = complex(float(p[0]), float(p[1])) * (1j ** k)
        confirm.check(abs(z - complex(float(q[0]), float(q[1]))) < 1e-9,
                      "multiplying by i for each quarter turn gives the same image")
        return q, f"rotate {90 * k} degrees counterclockwise"
    if m.group("shift"):
        dx = dy = sp.S.Zero
        for amount, way in re.findall(r"@(\d+)@ units? (?:to the )?(up|down|left|right)",
                                      m.group("amounts")):
            v = number(split.maths[int(amount)])
            if v is None or not v.is_Rational:
                raise Decline("a number of units")
            dx += {"left": -v, "right": v}.get(way, 0)
            dy += {"down": -v, "up": v}.get(way, 0)
        q = (p[0] + dx, p[1] + dy)
        moved = math.dist((float(p[0]), float(p[1])), (float(q[0]), float(q[1])))
        confirm.check(abs(moved - math.hypot(float(dx), float(dy))) < 1e-9,
                      "the image is as far from the point as the steps add up to")
        return q, f"translate by ({latex(dx)}, {latex(dy)})"
    factor = number(split.maths[int(m.group("k") or m.group("k2"))])
    if factor is None:
        raise Decline("a scale factor")
    q = (factor * p[0], factor * p[1])
    z = complex(float(factor)) * complex(float(p[0]), float(p[1]))
    confirm.check(abs(z - complex(float(q[0]), float(q[1]))) < 1e-9,
                  "multiplying by the scale factor as a complex number gives the same image")
    return q, f"dilate by {latex(factor)}"


_FORM = re.compile(r"[.?]? ?write your answer in the form @(\d+)@,? where @\d+@ and @\d+@ are "
                   r"real numbers\.?$")


def read_point_moves(split: Split, template: str) -> Result | None:
    w = words(template)
    if not w & _MOVES:
        return None
    form = _FORM.search(template)  # "in the form (a, b) where a and b are real numbers"
    if form and re.fullmatch(r"\s*\(\s*[a-z]\s*,\s*[a-z]\s*\)\s*", split.maths[int(form.group(1))]):
        template = template[:form.start()] + "?"
    template = axis_words(split.maths, template)
    w = words(template)
    if not words_within(template, VOCAB):
        return None
    moves = list(_STEP.finditer(template))
    if not moves:
        return None
    for before, m in zip([None, *moves], moves, strict=False):  # "then over": reflect again
        if m.group("reflect") and not m.group(0).startswith("reflect") and not (
                before is not None and before.group("reflect")):
            raise Decline("a move with its verb left out follows a reflection")
    used = {int(g) for m in moves for g in re.findall(r"@(\d+)@", m.group(0))}
    if any(m.group("rotate") for m in moves):
        used |= set(_angle_places(split, template))
    start, as_complex = None, False
    for i in dict.fromkeys(places(template)):
        if i in used:
            continue
        p = as_point(split.maths[i])
        if p is None:
            z = parse_latex(split.maths[i])
            if isinstance(z, sp.Expr) and z.free_symbols == {_I}:
                z = sp.expand(z.xreplace({_I: sp.I}))
                p, as_complex = tuple(sp.Rational(v) for v in z.as_real_imag()), True
        if p is None or start is not None or len(p) != 2:
            raise Decline("one point in the plane to move")
        start = p
    if start is None:
        raise Decline("no point to move")
    steps: list[Step] = []
    p = start
    for m in moves:
        q, what = _apply(split, m, p, w)
        shown = f"\\left({latex(p[0])}, {latex(p[1])}\\right) \\mapsto \\left({latex(q[0])}, " \
                f"{latex(q[1])}\\right)"
        if m.group("reflect"):
            _where, c = _mirror(split, m.group("where"))
            claims = _claims(p, q, "mirror", c)
        elif m.group("shift"):
            claims = _claims(p, q, "shift")
        elif m.group("dilate"):
            claims = _claims(p, q, "scale", number(split.maths[int(m.group("k") or m.group("k2"))]))
        else:
            claims = _claims(p, q, "turn")
        steps.append(step(what, "Apply each move in turn to the image so far.",
                          f"${shown}$" + "".join(f"; ${c}$" for c in claims),
                          claims[0] if claims else ""))
        p = q
    if as_complex:
        return sp.expand(p[0] + sp.I * p[1]), steps
    if w & {"x", "y"} and w & {"sum", "product"}:
        raise Decline("which coordinates are combined is not clear")
    if "sum" in w and "coordinates" in w:
        return p[0] + p[1], steps
    if "product" in w and "coordinates" in w:
        return p[0] * p[1], steps
    if w & {"sum", "product"}:
        raise Decline("what is combined is not clear")
    return sp.Tuple(*p), steps


__all__ = ["VOCAB", "read_point_moves"]
