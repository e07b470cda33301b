"""Typed reader: when something thrown or dropped hits the ground, or first reaches a height,
its height given by a formula in time (the greatest height is `vertex_questions`).

"The equation $h = -16t^2 + 40t + 24$ gives the height in feet of a ball thrown upward at
40 feet per second from 24 feet above the ground. After how many seconds does the ball hit
the ground?", "A rocket is launched from the ground at 49 meters per second; its height is
$y = -4.9t^2 + 49t$. In how many seconds will the rocket first reach 78.4 meters in height?",
"Find the time (in seconds) when the stone will hit the ground", "... When does the ball
reach its maximum height?" (the vertex's time, confirmed by `vertex_questions`' sampling).

The time is the least root t > 0 of h(t) = target (0 for the ground), found exactly; a
launch from the ground (h(0) = 0) does not count as hitting it. "Reach" without "first"
needs exactly one positive time. Every number told in the story beside the formula must be
the starting height or the starting speed the formula shows (|h(0)| or |h'(0)|), and
"upward", "downward", "dropped", "from the ground" must agree with h'(0) and h(0), so a
story the formula does not describe is declined.

Confirmed independently: the time is put back into the formula exactly, and every real root
of h(t) - target found numerically (mpmath's polynomial roots at 40 digits) shows none
between the start and the time found.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import final_value, shown
from tutor.reasoning.symbolic.algebra.vertex_questions import confirm_vertex, quadratic
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_THING = (r"(?:(?:the|this) (?:toy )?(?:ball|projectile|object|rock|stone|rocket|arrow|package|"
          r"apple|coin|diver|penny)|it)")
_UNIT = r"(?P<unit>feet|foot|ft|meters|metres|m)"
_GROUND = r"(?:hit|hits|strike|strikes|reach|reaches|land on|lands on) the ground|land|lands"
_LEVEL = (r"(?P<first>first )?(?:reach|reaches|be at|rise to|rises to) (?:a height of )?"
          r"@(?P<n>\d+)@ " + _UNIT + r"(?: in height| high| above the ground)?"
          r"(?P<again> for the first time)?")
_PEAK = r"(?:reach|reaches|be at|is at) (?:its|the) (?:maximum|greatest|highest) height"
_EVENT = r"(?:(?P<ground>" + _GROUND + r")|(?P<peak>" + _PEAK + r")|" + _LEVEL + r")"
_QUESTION = re.compile(
    r"^(?:(?:in|after) how many seconds (?:will|does|would) " + _THING + r" "
    r"|(?:when|at what time) (?:will|does|would) " + _THING + r" "
    r"|(?:how many seconds|how long) (?:will|does|would) it take (?:for )?" + _THING + r" to "
    r"|(?:find|what is|determine) the time(?: \(in seconds\)| in seconds)?(?: at which| when| "
    r"that) " + _THING + r" (?:will )?)" + _EVENT + r"\s*[?.]?$")
_VOCAB = frozenset(
    "equation formula expression describes describe gives give given by models model height "
    "heights in feet foot ft meters metres of ball projectile object rock stone rocket arrow "
    "package apple coin diver penny toy thrown throws throw launched launch tossed shot fired "
    "dropped released upward upwards up downward downwards down straight from at per second "
    "seconds above ground where time after its initial velocity speed with moving it".split())

_QUESTION_WORDS = frozenset(
    "how many long when will would take first hit hits strike strikes land lands rise rises "
    "reach reaches high which t maximum greatest highest".split())


def story_sentences(tmpl: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.?])\s+", tmpl.strip()) if s.strip()]


def height_formula(src: str) -> tuple[sp.Expr, sp.Symbol] | None:
    """The formula of `h = ...` or of a bare expression, polynomial of degree 1 or 2 in one
    letter; None for another piece."""
    e = parse_latex(src)
    if isinstance(e, sp.Equality) and isinstance(e.lhs, sp.Symbol):
        e = e.rhs
    if not isinstance(e, sp.Expr) or isinstance(e, sp.Symbol) or len(e.free_symbols) != 1:
        return None
    t = next(iter(e.free_symbols))
    if not e.is_polynomial(t) or sp.degree(e, t) not in (1, 2):
        return None
    return sp.expand(e), t


def read_height_time(split: Split, template: str) -> Result | None:
    tmpl = template.lower().strip()
    w = words(tmpl)
    if "height" not in w or not w & {"ground", "reach", "reaches"} \
            or w - FILLER - _VOCAB - _QUESTION_WORDS:
        return None
    said = story_sentences(tmpl)
    q = _QUESTION.match(said[-1]) if said else None
    if q is None:
        return None
    formulas = [(i, f) for i in range(len(split.maths))
                if (f := height_formula(split.maths[i])) is not None]
    if len(formulas) != 1:
        raise Decline("one formula for the height")
    k, (h, t) = formulas[0]
    if not any(f"@{k}@" in s and "height" in words(s) for s in said[:-1]):
        raise Decline("the formula is said to give the height")
    start, speed = final_value(h.subs(t, 0)), final_value(sp.diff(h, t).subs(t, 0))
    story_agrees(split, said[:-1], k, t, start, speed)
    if q.group("peak") is not None:
        return _peak_time(h, t)
    target = sp.S.Zero
    if q.group("ground") is None:
        _same_unit(q.group("unit"), said[:-1])
        target = parse_latex(split.maths[int(q.group("n"))])
        if not (isinstance(target, sp.Expr) and target.is_number and target > 0):
            raise Decline("a height to reach")
    return _time(h, t, target, first=bool(q.group("first") or q.group("again")),
                 ground=q.group("ground") is not None, start=start)


def _same_unit(asked: str, story: list[str]) -> None:
    """The height asked is in the unit the story gives heights in (feet or meters)."""
    kinds = {"feet": "ft", "foot": "ft", "ft": "ft", "meters": "m", "metres": "m", "m": "m"}
    told = {kinds[u] for u in words(" ".join(story)) if u in kinds}
    if len(told) != 1 or kinds[asked] not in told:
        raise Decline("the height asked is not in the story's unit")


def story_agrees(split: Split, story: list[str], k: int, t: sp.Symbol,
                  start: sp.Expr, speed: sp.Expr) -> None:
    """Decline unless every number and direction in the story is the formula's."""
    for s in story:
        for i in (int(j) for j in re.findall(r"@(\d+)@", s)):
            if i == k:
                continue
            piece = parse_latex(split.maths[i])
            if piece == t or piece == sp.Eq(t, 0):
                continue
            if not (isinstance(piece, sp.Expr) and piece.is_number
                    and piece in (abs(start), abs(speed))):
                raise Decline("a number in the story that the formula does not show")
    w = words(" ".join(story))
    if w & {"upward", "upwards", "up"} and not speed > 0 \
            or w & {"downward", "downwards", "down"} and not speed < 0 \
            or "dropped" in w and speed != 0 \
            or re.search(r"from the ground", " ".join(story)) and start != 0:
        raise Decline("the story does not match the formula")


def _time(h: sp.Expr, t: sp.Symbol, target: sp.Expr, *, first: bool, ground: bool,
          start: sp.Expr) -> Result:
    if ground and start < 0 or not ground and start >= target:
        raise Decline("the thing does not start below where it is to arrive")
    poly = sp.Poly(h - target, t)
    roots = [r for r in sp.roots(poly, multiple=True) if r.is_real and r > 0]
    positive = sorted(set(roots), key=lambda r: float(r))
    if not positive or not first and not ground and len(positive) != 1:
        raise Decline("no single time")
    when = final_value(sp.radsimp(positive[0]))
    _confirm(poly, t, when, target)
    claim = f"{shown(h, {t: when})} = {latex(target)}"
    return when, [
        step("set up the equation", "The time asked is when the height equals "
             + ("0 (the ground)" if ground else "the height asked") + ".",
             f"${latex(h)} = {latex(target)}$", ""),
        step("the first time after the start", "Solve and take the least positive time.",
             "The positive solutions are " + ", ".join(f"${latex(t)} = {latex(r)}$"
                                                       for r in positive)
             + f"; the least is ${latex(when)}$, and ${claim}$.", claim)]


def _peak_time(h: sp.Expr, t: sp.Symbol) -> Result:
    """The time of the greatest height: the vertex of a downward parabola, after launch."""
    e, _, when, top = quadratic(latex(h))
    if not sp.Poly(e, t).LC() < 0 or not when > 0:
        raise Decline("no greatest height after launch")
    confirm_vertex(e, t, when, top, "max")
    claim = f"{latex(t)} = -\\frac{{b}}{{2a}} = {latex(when)}"
    return when, [step("the highest point", "The height is greatest at the vertex of the "
                       "parabola, $t = -b/(2a)$.", f"${claim}$", claim)]


def _confirm(poly: sp.Poly, t: sp.Symbol, when: sp.Expr, target: sp.Expr) -> None:
    exact = sp.simplify(poly.as_expr().subs(t, when)) == 0
    with mpmath.workdps(40):
        coeffs = [mpmath.mpf(sp.Rational(c).p) / sp.Rational(c).q for c in poly.all_coeffs()]
        found = mpmath.polyroots(coeffs, maxsteps=200, extraprec=80)
        real = [mpmath.re(r) for r in found if abs(mpmath.im(r)) < mpmath.mpf(10) ** -30]
        later = [r for r in real if r > mpmath.mpf(10) ** -30]
        least = min(later) if later else None
        agrees = least is not None and abs(least - mpmath.mpf(sp.N(when, 50))) \
            < mpmath.mpf(10) ** -30
    confirm.check(exact and agrees, "the time put back gives the height asked, and the "
                  "numerical roots show no earlier positive time")


__all__ = ["height_formula", "read_height_time", "story_agrees", "story_sentences"]
