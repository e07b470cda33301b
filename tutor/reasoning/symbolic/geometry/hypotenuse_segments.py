"""Typed reader: the altitude to the hypotenuse of a right triangle and the two segments it
cuts the hypotenuse into; the altitude, a leg, the hypotenuse or the area asked.

"The altitude to the hypotenuse of a right triangle divides the hypotenuse into segments of
lengths 3 and 12. What is the length of the altitude?", "... What is the length of the
shorter leg?", "In right triangle $ABC$ with the right angle at $C$, altitude $CD$ divides the
hypotenuse into segments $AD = 4$ and $DB = 9$. Find $CD$."

The altitude splits the triangle into two triangles similar to it: the altitude is the
geometric mean of the two segments (h^2 = p q), and each leg the geometric mean of the
hypotenuse and the segment next to it (a^2 = p (p + q)). Confirmed on coordinates: the foot
of the altitude at the origin, the hypotenuse along the x-axis from (-p, 0) to (q, 0) and the
right-angle vertex at (0, h); the angle there is measured to be right (a dot product at 50
digits) and the asked length measured."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import EXACT_FORM, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_U = r"(?: (?:units?|cm|inches|feet|meters|m))?"
_TOLD = re.compile(r"\b(?:the )?altitude (?:drawn )?to the hypotenuse of (?:a|the) right triangle "
                   r"(?:divides|splits|cuts|separates) (?:the hypotenuse|it) into (?:two )?"
                   r"segments (?:of lengths? |measuring |with lengths |of )?" + _N + _U +
                   r" and " + _N + _U)
_NAMED = re.compile(r"\bin right triangle @(\d+)@ with (?:the )?right angle at @(\d+)@,? "
                    r"(?:the )?altitude @(\d+)@ (?:to the hypotenuse )?(?:divides|splits|cuts) "
                    r"(?:the hypotenuse|it) into (?:two )?segments @(\d+)@ and @(\d+)@")
_ASKS = [
    (r"(?:what is|find) the length of the altitude|how long is the altitude|(?:what is|find) "
     r"the altitude", "altitude"),
    (r"(?:what is|find) the length of the (shorter|longer) leg|how long is the (shorter|longer) "
     r"leg", "leg"),
    (r"(?:what is|find) the length of the hypotenuse|(?:what is|find) the hypotenuse",
     "hypotenuse"),
    (r"(?:what is|find) the area of the (?:right )?triangle|(?:what is|find) its area", "area"),
]


def _named(split: Split, m: re.Match[str], rest: str) -> tuple[sp.Expr, sp.Expr, str] | None:
    """The two segments (the one at the asked leg's end first when a leg is asked) and what
    is asked, from the letters."""
    name, right, alt = (split.maths[int(m.group(i))].strip() for i in (1, 2, 3))
    if len(set(name)) != 3 or right not in name or len(alt) != 2 or alt[0] != right or \
            alt[1] in name:
        raise Decline("the altitude from the right angle to the hypotenuse")
    foot = alt[1]
    ends = [v for v in name if v != right]
    segs: dict[str, sp.Expr] = {}
    for i in (4, 5):
        seg = re.fullmatch(r"\s*([A-Z])([A-Z])\s*=\s*(.+?)\s*", split.maths[int(m.group(i))])
        if seg is None or foot not in seg.group(1, 2):
            raise Decline("a segment of the hypotenuse")
        end = (set(seg.group(1, 2)) - {foot}).pop()
        value = number(seg.group(3))
        if end not in ends or end in segs or value is None or not value.is_positive:
            raise Decline("the two segments of the hypotenuse")
        segs[end] = value
    ask = re.fullmatch(r"(?:what is|find) @(\d+)@ ?[.?]?", rest.strip())
    if ask is None:
        return None
    want = split.maths[int(ask.group(1))].strip()
    if set(want) == {right, foot}:
        return segs[ends[0]], segs[ends[1]], "altitude"
    for end in ends:
        if set(want) == {right, end}:  # the leg at this end: its segment first
            other = (set(ends) - {end}).pop()
            return segs[end], segs[other], "leg_first"
    if set(want) == set(ends):
        return segs[ends[0]], segs[ends[1]], "hypotenuse"
    raise Decline("a length of the figure asked")


def read_hypotenuse_segments(split: Split, template: str) -> Result | None:
    if "hypotenuse" not in template or "altitude" not in template:
        return None
    text = re.sub(r"\s+", " ", re.sub(EXACT_FORM, " ", template)).strip()
    told, named = _TOLD.search(text), _NAMED.search(text)
    if (told is None) == (named is None):
        return None
    m = told or named
    assert m is not None
    rest = text[m.end():]
    if words(text[:m.start()]) - FILLER or "@" in text[:m.start()]:
        return None
    if named is not None:
        got = _named(split, named, re.sub(r"^[.,]\s*", "", rest))
        if got is None:
            return None
        p, q, asked = got
        asked = "leg" if asked == "leg_first" else asked
    else:
        p, q = (number(split.maths[int(told.group(i))]) for i in (1, 2))  # type: ignore[union-attr]
        if p is None or q is None or not (p.is_positive and q.is_positive):
            raise Decline("two positive segments")
        asks = [(a, what) for pattern, what in _ASKS for a in re.finditer(pattern, rest)]
        if len(asks) != 1:
            return None
        a, asked = asks[0]
        left = rest[:a.start()] + " " + rest[a.end():]
        if words(left) - FILLER or "@" in left:
            return None
        if asked == "leg":
            size = a.group(1) or a.group(2)
            if p == q:
                raise Decline("equal segments: the legs are equal, neither shorter")
            p, q = (min(p, q), max(p, q)) if size == "shorter" else (max(p, q), min(p, q))
    h = sp.sqrt(p * q)
    values = {"altitude": h, "hypotenuse": p + q, "area": (p + q) * h / 2,
              "leg": sp.sqrt(p * (p + q))}
    value = sp.nsimplify(sp.radsimp(values[asked]))
    with mpmath.workdps(50):
        fp, fq = (mpmath.mpf(str(sp.N(x, 55))) for x in (p, q))
        fh = mpmath.sqrt(fp * fq)
        dot = (-fp) * fq + fh * fh  # vectors from (0, h) to (-p, 0) and to (q, 0)
        measured = {"altitude": fh, "hypotenuse": fp + fq, "area": (fp + fq) * fh / 2,
                    "leg": mpmath.hypot(fp, fh)}[asked]
        ok = abs(dot) < mpmath.mpf(10) ** -40 and abs(
            measured - mpmath.mpf(str(sp.N(value, 55)))) < mpmath.mpf(10) ** -40
    confirm.check(ok, "the triangle built on coordinates has a right angle and the asked length")
    claim = {"altitude": f"h = \\sqrt{{{latex(p)} \\cdot {latex(q)}}} = {latex(value)}",
             "hypotenuse": f"{latex(p)} + {latex(q)} = {latex(value)}",
             "area": f"\\frac{{1}}{{2}} \\cdot {latex(p + q)} \\cdot {latex(h)} = "
                     f"{latex(value)}",
             "leg": f"\\sqrt{{{latex(p)} \\cdot {latex(p + q)}}} = {latex(value)}"}[asked]
    return value, [step("similar right triangles", "The altitude to the hypotenuse makes two "
                        "triangles similar to the whole: the altitude is the geometric mean of "
                        "the two segments, and each leg the geometric mean of the hypotenuse "
                        "and the segment next to it.", f"${claim}$", claim)]


__all__ = ["read_hypotenuse_segments"]
