"""Typed reader: the speed along a parametric path, or the length of a parametric curve.

"A particle moves so that at time $t$ it is at $(3t + 2, 2t - 1)$. Find the speed of the
particle.", "Find the length of the parametric curve described by $(x,y) = (2 \\sin t,
2 \\cos t)$ from $t = 0$ to $t = \\pi$.", "How far does the point $(\\cos 3t, \\sin 3t)$
travel for $0 \\le t \\le \\pi$?"

The path is one piece of maths: a pair or triple in one letter (optionally after
"(x, y) ="). The speed is sqrt(x'(t)^2 + y'(t)^2 (+ z'(t)^2)), simplified with SymPy; a speed
is answered only when it is one constant. The length from t = a to t = b is the integral of
the speed, found exactly by SymPy; it is confirmed by adding the lengths of the chords of
the path at 800 points (with the error of the chords taken out by comparing with 400
chords; they must agree to 1e-7 of the length), and declined when
the path comes back near a point it passed long before (a length of a curve that retraces itself
could mean the distance travelled or the length of the set).
"""

from __future__ import annotations

import math
import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.clauses import top_level_split
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import parse_trig

_PATH = re.compile(r"\s*(?:\(\s*x\s*,\s*y\s*(?:,\s*z\s*)?\)\s*=\s*)?\((.+)\)\s*", re.S)
_SPEED = re.compile(r"(?:find|what is|compute|determine) the speed of the (?:particle|point|"
                    r"object|bug|ant)(?:, measured in units? of distance per units? of time)?"
                    r"[.?]?$")
# "Find the (arc) length of the (parametric) curve [described by] PATH RANGE", where PATH is a
# pair or triple or "x = ..., y = ..." in one to three pieces, and RANGE "from t = a to t = b",
# "between t = a and t = b", "for / on the interval / where a <= t <= b", "as t goes from a to
# b"; or "A curve is given by PATH. Find the length of the curve RANGE."
_ASK = (r"(?:find|what is|compute|determine|calculate) the (?:total )?(?:arc ?)?length of the "
        r"(?:parametric )?(?:curve|path)")
_BY = r"(?: (?:described|given|defined|traced(?: out)?|parameteri[sz]ed|parametri[sz]ed) by)?"
_PIECES = r" @(?P<path>\d+)@(?:,? (?:and )?@(?P<path2>\d+)@)?(?:,? (?:and )?@(?P<path3>\d+)@)?"
_ENDS = (r",? (?:from @(?P<a>\d+)@ to @(?P<b>\d+)@|between @(?P<a2>\d+)@ and @(?P<b2>\d+)@|"
         r"(?:for|where|with|on|over) (?:the interval )?@(?P<range>\d+)@|as @(?P<t>\d+)@ "
         r"(?:goes|runs|varies|ranges|increases) from @(?P<ta>\d+)@ to @(?P<tb>\d+)@)")
_TOLD = (r"(?:an?|the) (?:parametric )?(?:curve|path) is (?:described|given|defined|"
         r"parameteri[sz]ed|parametri[sz]ed) by" + _PIECES + r"\.? ")
_LENGTH = re.compile(_ASK + _BY + _PIECES + _ENDS + r"[.?]?$")
_TOLD_LENGTH = re.compile(_TOLD + _ASK + _ENDS + r"[.?]?$")
_TIME = re.compile(r"(?:an?|the) (?:particle|point|object|bug|ant) (?:moves|travels|is moving)"
                   r"(?: along a (?:line|path|curve))?,? so that (?:at time @(?P<t>\d+)@,? )?it "
                   r"is at @(?P<path>\d+)@(?: at time @(?P<t2>\d+)@)?\.")
_CHORDS = 800
_COMMA = re.compile(",")


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower()).strip()
    if "speed" in body:
        m = re.fullmatch(_TIME.pattern + r" " + _SPEED.pattern, body)
        if m is None:
            return None
        path, t = path_of(split.maths[int(m.group("path"))])
        time = m.group("t") or m.group("t2")
        if time is None or split.maths[int(time)].strip() != str(t):
            return None
        return _speed(path, t)
    m = _LENGTH.fullmatch(body) or _TOLD_LENGTH.fullmatch(body)
    if m is None:
        return None
    path, t = path_of(", ".join(split.maths[int(m.group(k))] for k in ("path", "path2", "path3")
                              if m.group(k)))
    if m.group("range"):
        a, b = _range(split.maths[int(m.group("range"))], t)
    elif m.group("t"):
        if split.maths[int(m.group("t"))].strip() != str(t):
            return None
        a, b = (_endpoint(f"{t} = {split.maths[int(m.group(k))]}", t) for k in ("ta", "tb"))
    else:
        a, b = (_endpoint(split.maths[int(m.group(k) or m.group(k + "2"))], t) for k in "ab")
    return _length(path, t, a, b)


def path_of(src: str) -> tuple[list[sp.Expr], sp.Symbol]:
    src = src.replace("\\left", "").replace("\\right", "")
    m = _PATH.fullmatch(src)
    if m is not None:
        parts = [text for text, _sep in top_level_split(m.group(1), _COMMA)]
    else:  # "x = 2 \cos t, y = 2 \sin t": each coordinate told, in the order x, y (, z)
        told = [text.split("=") for text, _sep in top_level_split(src, _COMMA)]
        if not all(len(pair) == 2 for pair in told) or [
                pair[0].strip() for pair in told] not in (["x", "y"], ["x", "y", "z"]):
            raise Decline("a path written as a pair or triple")
        parts = [pair[1] for pair in told]
    if len(parts) not in (2, 3):
        raise Decline("a path in the plane or in space")
    path = [parse_trig(p) for p in parts]
    letters = set().union(*(e.free_symbols for e in path if isinstance(e, sp.Expr)))
    if not all(isinstance(e, sp.Expr) for e in path) or len(letters) != 1:
        raise Decline("coordinates in one parameter")
    return path, letters.pop()


def _endpoint(src: str, t: sp.Symbol) -> sp.Expr:
    e = parse_latex(src)
    if not (isinstance(e, sp.Eq) and e.lhs == t and e.rhs.is_number and e.rhs.is_real):
        raise Decline("an end of the parameter range written as t = a")
    return e.rhs


def _range(src: str, t: sp.Symbol) -> tuple[sp.Expr, sp.Expr]:
    e = parse_latex(src)
    if isinstance(e, sp.And) and len(e.args) == 2:
        ends = sorted(((r.rhs if r.lhs == t else r.lhs) for r in e.args
                       if isinstance(r, sp.core.relational.Relational) and t in (r.lhs, r.rhs)),
                      key=lambda v: float(v))
        if len(ends) == 2 and all(v.is_number for v in ends):
            return ends[0], ends[1]
    raise Decline("a parameter range written as a <= t <= b")


def _speed_squared(path: list[sp.Expr], t: sp.Symbol) -> sp.Expr:
    return sp.trigsimp(sp.expand(sum(sp.diff(c, t) ** 2 for c in path)))


def _speed(path: list[sp.Expr], t: sp.Symbol) -> Result:
    square = _speed_squared(path, t)
    if square.free_symbols:
        raise Decline("a speed that changes with time")
    speed = sp.sqrt(square)
    rates = [sp.diff(c, t) for c in path]
    with mpmath.workdps(30):  # the displacement over one unit of time, measured twice
        for t0 in (sp.Rational(1, 3), sp.Rational(17, 7)):
            moved = math.sqrt(sum(float(c.subs(t, t0 + sp.Rational(1, 10**6))
                                        - c.subs(t, t0)) ** 2 for c in path)) * 10**6
            confirm.check(abs(moved - float(speed)) < 1e-4 * max(1.0, float(speed)),
                          "the distance moved in a short time agrees with the speed")
    claim = (f"\\sqrt{{{' + '.join(f'({latex(r)})^2' for r in rates)}}} = {latex(speed)}")
    return speed, [step("differentiate each coordinate", "The velocity is the rate of change "
                        "of each coordinate; the speed is its length.", f"${claim}$", claim)]


def _length(path: list[sp.Expr], t: sp.Symbol, a: sp.Expr, b: sp.Expr) -> Result:
    if not (b - a).is_positive:
        raise Decline("a parameter range from a smaller to a larger value")
    speed = sp.sqrt(_speed_squared(path, t))
    total = sp.simplify(sp.integrate(speed, (t, a, b)))
    if total.has(sp.Integral) or not total.is_number or not total.is_positive:
        raise Decline("a length SymPy cannot find exactly")
    points = [[float(c.evalf(20, subs={t: a + (b - a) * sp.Rational(k, _CHORDS)}))
               for c in path] for k in range(_CHORDS + 1)]
    chords = [math.dist(p, q) for p, q in zip(points, points[1:], strict=False)]
    _no_return(points, chords)
    fine, coarse = sum(chords), sum(math.dist(p, q) for p, q in
                                    zip(points[::2], points[2::2], strict=False))
    chord_length = fine + (fine - coarse) / 3  # the chords' error falls as the step squared
    confirm.check(abs(chord_length - float(total)) < 1e-7 * float(total),
                  f"the chords of the path at {_CHORDS} points add up to the same length")
    speed_claim = f"\\text{{speed}} = {latex(speed)}"
    claim = f"\\int_{{{latex(a)}}}^{{{latex(b)}}} {latex(speed)} \\, d{latex(t)} = {latex(total)}"
    return total, [
        step("the speed", "Differentiate each coordinate; the speed is the length of that "
             "velocity.", f"${speed_claim}$", speed_claim),
        step("integrate the speed", "The length of the curve is the integral of the speed over "
             "the parameter range.", f"${claim}$", claim)]


def _no_return(points: list[list[float]], chords: list[float]) -> None:
    """Decline when the path comes back close to a point it passed long before: two points
    within three local chord lengths of each other with more than ten times that much path
    between them (a closed path that ends where it started is allowed)."""
    arc = [0.0]
    for c in chords:
        arc.append(arc[-1] + c)
    last = len(points) - 1

    def local(k: int) -> float:
        return max(chords[max(k - 1, 0)], chords[min(k, last - 1)])

    for i in range(0, last + 1, 2):
        for j in range(i + 2, last + 1, 2):
            if i < 12 and j > last - 12:
                continue
            near = 3 * max(local(i), local(j))
            if arc[j] - arc[i] > 10 * near and math.dist(points[i], points[j]) < near:
                raise Decline("the path comes back to where it has been")


__all__ = ["path_of", "read"]
