"""Typed reader: a right triangle named by its vertices, with the foot of the perpendicular from
the right angle to the hypotenuse named too; lengths among the six segments (or an area)
told, one asked.

"Let triangle ABC be a right triangle such that B is a right angle. A circle with diameter BC
meets side AC at D. If AD = 1 and BD = 4, what is CD?", "In right triangle PQR with right angle
at Q, QS is perpendicular to PR. If PS = 4 and SR = 9, find QS.", "... the area of triangle ABC
is 150 and AC = 25; what is BD?".

The foot is told as an altitude ("BD is the altitude to AC", "BD is perpendicular to AC", "D
is the foot of the altitude from B"), or by Thales' circle: a circle on a leg as diameter
meets the hypotenuse again at the foot, since the angle there, standing on a diameter, is
right. With the hypotenuse cut into p and q, the altitude is sqrt(p q), the legs sqrt(p (p +
q)) and sqrt(q (p + q)); the told facts are solved together for p and q and the asked
measure must come out one positive number on every solution. Every word is read (an unknown
one declines) and every number used.

Confirmed on coordinates at 40 digits: the foot at the origin, the hypotenuse on the x-axis
from (-p, 0) to (q, 0), the right-angle vertex at (0, sqrt(p q)); the angle there measured
right (a dot product), every told measure measured as told, the asked one measured."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_wording import without_unread_drawing
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER

_NUM = r"(\d*\\sqrt\{\d+\}|\\frac\{\d+\}\{\d+\}|\d+(?:\.\d+)?)"
_TRIANGLE = re.compile(r"\bright triangle ([A-Z]{3})\b|\btriangle ([A-Z]{3}) (?:be|is) a right "
                       r"triangle\b|\btriangle ([A-Z]{3}) (?:has|with) (?:a|its) right angle\b")
_RIGHT = re.compile(r"\bright angle (?:at )?([A-Z])\b|\b([A-Z]) is (?:a|the) right angle\b|"
                    r"\bangle ([A-Z]|[A-Z]{3}) (?:= 90(?: degrees)?|is (?:a )?right(?: angle)?)")
_FOOT = [  # (pattern, how the foot is told): groups give the vertex, the foot, the side
    (re.compile(r"\b(?:the |an )?altitude ([A-Z])([A-Z])(?: to (?:side |the hypotenuse )?"
                r"([A-Z]{2}))?"), "altitude"),
    (re.compile(r"\b([A-Z])([A-Z]) is (?:the |an )?altitude(?: to (?:side |the hypotenuse )?"
                r"([A-Z]{2}))?"), "altitude"),
    (re.compile(r"\b([A-Z])([A-Z]) (?:is )?(?:perpendicular to|\\perp) ([A-Z]{2})\b"),
     "altitude"),
    (re.compile(r"\b()([A-Z]) is the foot of the (?:altitude|perpendicular) from ([A-Z])"
                r"(?: to (?:side )?([A-Z]{2}))?"), "foot"),
    (re.compile(r"\b(?:the )?(?:altitude|perpendicular) from ([A-Z]) (?:meets|intersects|to) "
                r"(?:side |the hypotenuse )?([A-Z]{2}) at ([A-Z])\b"), "from"),
    (re.compile(r"\bcircle with (?:a )?diameter (?:of )?([A-Z]{2}) (?:meets|intersects|cuts) "
                r"(?:side |segment |the hypotenuse )?([A-Z]{2}) (?:again )?at ([A-Z])\b"),
     "circle"),
]
_TOLD_LENGTH = re.compile(rf"\b([A-Z]{{2}}) (?:=|is|has length|measures) {_NUM}")
_TOLD_AREA = re.compile(rf"\barea of triangle ([A-Z]{{3}}) (?:=|is) {_NUM}")
_ASKED = re.compile(r"\b(?:what is|find|compute|determine|how long is)(?: the length of)?"
                    r" (?:segment )?(?:(?:the )?area of triangle ([A-Z]{3})|([A-Z]{2}))\b")
_ASK_ALTITUDE = re.compile(r"\b(?:what is|find|compute|determine|how long is) (?:the length of )?"
                           r"the altitude (?:from ([A-Z]) )?to (?:side |the hypotenuse )?"
                           r"([A-Z]{2})\b")
_WORDS = FILLER | frozenset(
    "let right triangle angle at with such circle diameter meets intersects cuts side segment "
    "hypotenuse again altitude perpendicular foot from area length degrees has measures how "
    "long on point lies units".split())


def read_named_altitude_foot(split: Split, template: str) -> Result | None:
    unread = without_unread_drawing(template)
    if unread is None:
        return None
    template = unread
    if "right" not in template:
        return None
    text = _flat(split, template)
    triangles = {next(g for g in m.groups() if g) for m in _TRIANGLE.finditer(text)}
    feet = [(m, how) for pattern, how in _FOOT for m in pattern.finditer(text)]
    altitude_asked = list(_ASK_ALTITUDE.finditer(text))
    if len(triangles) != 1 or not (feet or altitude_asked):
        return None
    tri = triangles.pop()
    if len(set(tri)) != 3:
        return None
    if not feet:  # "what is the altitude from C to AB": its foot gets a fresh name
        if len(altitude_asked) != 1:
            raise Decline("one altitude asked")
        fresh = sorted(set("DEFGHKMNPQRSTWXYZ") - set(re.findall(r"[A-Z]", text)))[0]
        ask = altitude_asked[0]
        named = f"what is {ask.group(1) or ''}{fresh}? {ask.group(1) or ''}{fresh} is "\
                f"perpendicular to {ask.group(2)}"
        text = text[:ask.start()] + named + text[ask.end():].lstrip("?. ")
        if not ask.group(1):
            raise Decline("the altitude's vertex named")
        feet = [(m, how) for pattern, how in _FOOT for m in pattern.finditer(text)]
    rights = {next(g for g in m.groups() if g) for m in _RIGHT.finditer(text)}
    if len(rights) != 1:
        raise Decline("the right angle told once")
    right = rights.pop()
    if len(right) == 3:
        right = right[1] if set(right) == set(tri) else ""
    if right not in tri:
        raise Decline("the right angle at a vertex of the triangle")
    x, y = (v for v in tri if v != right)
    foot = _foot(feet, right, {x, y}, set(tri))
    leftover = set(re.findall(r"[a-z]+", re.sub(rf"{_NUM}|\b[A-Z]+\b", " ", text))) - _WORDS
    if leftover:
        raise Decline(f"the words {' '.join(sorted(leftover)[:3])} are not read")
    p, q = sp.symbols("p q", positive=True)
    measures = _measures(right, x, y, foot, p, q)
    asks = list(_ASKED.finditer(text))
    if len(asks) != 1:
        raise Decline("one length or area asked")
    asked = _key(asks[0].group(1) or asks[0].group(2), bool(asks[0].group(1)))
    facts: list[tuple[str, sp.Expr]] = []
    numbers = len(re.findall(_NUM, _RIGHT.sub(" ", text)))
    for m in _TOLD_LENGTH.finditer(text):
        facts.append((_key(m.group(1), False), _value(m.group(2))))
    for m in _TOLD_AREA.finditer(text):
        facts.append((_key(m.group(1), True), _value(m.group(2))))
    if len(facts) != numbers or len(facts) < 2:
        raise Decline("every number told as a length or an area, at least two")
    if asked not in measures or any(k not in measures for k, _ in facts):
        raise Decline("a segment or triangle that is not one of the figure's")
    equations = [measures[k] ** 2 - v ** 2 for k, v in facts]
    solutions = sp.solve(equations, [p, q], dict=True)
    values = {sp.nsimplify(sp.simplify(measures[asked].subs(s))) for s in solutions
              if all(s.get(v, v).is_positive for v in (p, q))}
    if len(values) != 1:
        raise Decline("the told measures fix no single answer")
    value = values.pop()
    good = [s for s in solutions if sp.simplify(measures[asked].subs(s) - value) == 0]
    _confirm(good[0][p], good[0][q], facts, asked, value, (right, x, y, foot))
    return value, [
        step("the altitude to the hypotenuse", f"{right}{foot} is perpendicular to {x}{y}, so "
             "the altitude is the geometric mean of the hypotenuse's two parts and each leg the "
             "geometric mean of the hypotenuse and the part next to it.",
             f"${right}{foot}^2 = {x}{foot} \\cdot {foot}{y}$, "
             f"${x}{foot} = {latex(good[0][p])}$, ${foot}{y} = {latex(good[0][q])}$",
             latex(value)),
        step("the asked measure", "From the two parts.", f"${latex(value)}$", latex(value))]


def _flat(split: Split, template: str) -> str:
    def maths(m: re.Match[str]) -> str:
        src = split.maths[int(m.group(1))]
        src = re.sub(r"\\(?:triangle|bigtriangleup)\s*", "triangle ", src)
        src = re.sub(r"\\angle\s*|\\measuredangle\s*", "angle ", src)
        src = re.sub(r"\\overline\{([A-Z]+)\}", r"\1", src)
        src = re.sub(r"\^\{?\\circ\}?", " degrees", src)
        src = re.sub(r"\\[,;!]|~", " ", src)
        src = re.sub(r"\s*=\s*", " = ", src)
        src = re.sub(r"\bm\s*angle ", "angle ", src)
        return re.sub(r"\s+", " ", src).strip().rstrip(".,")
    return re.sub(r"@(\d+)@", maths, template)


def _foot(feet: list[tuple[re.Match[str], str]], right: str, hyp: set[str],
          tri: set[str]) -> str:
    found: set[str] = set()
    for m, how in feet:
        if how == "circle":
            diameter, side, point = m.group(1), m.group(2), m.group(3)
            if right not in diameter or set(diameter) - tri or set(side) != hyp:
                raise Decline("the circle's diameter a leg, meeting the hypotenuse")
        elif how == "from":
            vertex, side, point = m.group(1), m.group(2), m.group(3)
            if vertex != right or set(side) != hyp:
                raise Decline("the altitude from the right angle to the hypotenuse")
        elif how == "foot":
            point, vertex, side = m.group(2), m.group(3), m.group(4)
            if vertex != right or (side and set(side) != hyp):
                raise Decline("the foot of the altitude from the right angle")
        else:
            a, b, side = m.group(1), m.group(2), m.group(3)
            if right not in (a, b) or (side and set(side) != hyp):
                raise Decline("the altitude from the right angle to the hypotenuse")
            point = b if a == right else a
        found.add(point)
    if len(found) != 1 or found & tri:
        raise Decline("one foot, a new point on the hypotenuse")
    return found.pop()


def _measures(right: str, x: str, y: str, foot: str, p: sp.Symbol,
              q: sp.Symbol) -> dict[str, sp.Expr]:
    h = sp.sqrt(p * q)
    lengths = {x + foot: p, foot + y: q, right + foot: h, x + y: p + q,
               right + x: sp.sqrt(p * (p + q)), right + y: sp.sqrt(q * (p + q))}
    areas = {right + x + y: (p + q) * h / 2, right + x + foot: p * h / 2,
             right + y + foot: q * h / 2}
    return {_key(k, False): v for k, v in lengths.items()} | {
        _key(k, True): v for k, v in areas.items()}


def _key(name: str, area: bool) -> str:
    return ("area " if area else "") + "".join(sorted(name))


def _value(src: str) -> sp.Expr:
    v = number(src)
    if v is None or not v.is_positive:
        raise Decline("a positive length or area")
    return sp.nsimplify(v)


def _confirm(p: sp.Expr, q: sp.Expr, facts: list[tuple[str, sp.Expr]], asked: str,
             value: sp.Expr, names: tuple[str, str, str, str]) -> None:
    right, x, y, foot = names
    with mpmath.workdps(40):
        pp, qq = mpmath.mpf(sp.N(p, 45)), mpmath.mpf(sp.N(q, 45))
        at = {x: (-pp, mpmath.mpf(0)), y: (qq, mpmath.mpf(0)), foot: (mpmath.mpf(0),) * 2,
              right: (mpmath.mpf(0), mpmath.sqrt(pp * qq))}

        def measure(key: str) -> mpmath.mpf:
            pts = [at[c] for c in key.removeprefix("area ")]
            if key.startswith("area "):
                (ax, ay), (bx, by), (cx, cy) = pts
                return abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2
            (ax, ay), (bx, by) = pts
            return mpmath.hypot(bx - ax, by - ay)

        (rx, ry), (ax, ay), (bx, by) = at[right], at[x], at[y]
        tol = mpmath.mpf(10) ** -30
        ok = abs((ax - rx) * (bx - rx) + (ay - ry) * (by - ry)) < tol * (1 + pp * qq)
        ok = ok and all(abs(measure(k) - mpmath.mpf(sp.N(v, 45))) < tol * (1 + abs(measure(k)))
                        for k, v in facts)
        want = mpmath.mpf(sp.N(value, 45))
        ok = ok and abs(measure(asked) - want) < tol * (1 + abs(want))
    confirm.check(bool(ok), "the right triangle on coordinates measures as told and as answered")


__all__ = ["read_named_altitude_foot"]
