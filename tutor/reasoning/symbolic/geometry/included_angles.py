"""Typed reader: a triangle or a parallelogram told by two sides and the angle between them
(a rhombus by its side and an angle); its area, third side, diagonals or perimeter asked, or
a side written with a letter found from a measure told.

"Two sides of a triangle are 8 and 5 and the angle between them is $60^\\circ$. Find the
area.", "A parallelogram has adjacent sides 6 and 10 that meet at a $30^\\circ$ angle: what is
its area?", "A parallelogram has sides of $s$ and $2s$ forming a 45-degree angle; its area is
$8\\sqrt2$. What is $s$?". The area is ab sin C (half of it for a triangle), the third side
and the diagonals come from the law of cosines (the parallelogram's other angle is 180 - C).
Only angles whose sine and cosine are known exactly (multiples of 15 or 18 degrees) are read,
strictly between 0 and 180; an unknown word, a third number, or a letter in more than one way
declines. Confirmed on coordinates at 40 digits: the figure is built from its sides and angle
(cos, sin in floating point), its area measured by the shoelace formula and its lengths as
distances between corners."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_question_words import one_unit
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.geometry.shoelace import shoelace_area
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words

_P = r"@(\d+)@"
_UNIT = (r"(?:units?|inches|inch|feet|foot|centimeters?|meters?|cm|m|mm|millimeters?|yards?|"
         r"miles?|km|kilometers?)")
_NORMAL: list[tuple[str, str]] = [
    (r"\b(?:square|sq\.?) " + _UNIT + r"\b", " "),
    (r"\b" + _UNIT + r"\b", " "),
    (r"(?:,\s*)?\bin\s*(?=[,.?]|$)", " "),
    (r"\b(?:the|a|an|its|his|her|their|each|one of)\b", " "),
    (r"\blength of\b", " "),
    (r"(?<=@) ?-? ?degrees?\b", " deg"),
    (r"\b(?:lengths?|measuring|measures?|measure|of length)\b|(?<!how )\blong\b", " "),
    (r"\b(?:adjacent|consecutive|two)\b", " "),
    (r"\b(?:included angle|angle between (?:them|these sides|those sides|sides))\b",
     " angle "),
    (r"\b(?:that|which) (?:meet|form|make|include)\b|\bforming\b|\bmaking\b|\bmeeting\b|"
     r"\bthat meet at\b|\bmeeting at\b|\bmeet at\b", " at "),
    (r"\bat at\b", "at"),
]
# a triangle's angle said to be the one between the two sides (any angle of a parallelogram
# or rhombus is between two of its sides)
_BETWEEN = re.compile(r"\bincluded angle\b|\bangle between (?:them|these|those|the two)|"
                      r"\b(?:meet|form|make|include|forming|making|meeting|enclose|enclosing)\b")
_FIGURE = re.compile(r"\b(triangle|parallelogram|rhombus)\b")
_ANGLE = re.compile(_P + r"(?: deg)?(?: angle)?")
_ASKS: list[tuple[str, str]] = [
    (r"(?:what is|find|compute|determine|how (?:many|much) is) area(?: of (?:triangle|"
     r"parallelogram|rhombus))?", "area"),
    (r"(?:what is|find|compute|how long is) (?:third side|remaining side|other side)", "third"),
    (r"(?:what is|find|compute|how long is) (?:longer|longest) diagonal", "long_diagonal"),
    (r"(?:what is|find|compute|how long is) (?:shorter|shortest) diagonal", "short_diagonal"),
    (r"(?:what is|find|compute) perimeter(?: of (?:triangle|parallelogram|rhombus))?",
     "perimeter"),
    (r"(?:what is|find|compute|determine) (?:value of )?" + _P, "letter"),
]
_TOLD = re.compile(r"(?P<what>area|perimeter)(?: of (?:triangle|parallelogram|rhombus))? "
                   r"(?:is|equals|of) " + _P)
_GLUE = frozenset("has have with sides side are is and of at angle angles between them they one "
                  "deg triangle parallelogram rhombus whose interior".split())


def _side(src: str) -> sp.Expr:
    v = number(src)
    if v is not None:
        if not v.is_positive:
            raise Decline("positive side lengths")
        return v
    e = parse_latex(src)
    if not isinstance(e, sp.Expr) or len(e.free_symbols) != 1 or not e.is_polynomial() or \
            sp.degree(e, *e.free_symbols) != 1 or e.subs(next(iter(e.free_symbols)), 0) != 0:
        raise Decline("a side a number or a multiple of one letter")
    return e


def _degrees(src: str) -> sp.Rational | None:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:\^\s*\{?\s*\\circ\s*\}?)?\s*", src)
    return sp.Rational(m.group(1)) if m else None


def read_included_angle(split: Split, template: str) -> Result | None:
    figures = set(_FIGURE.findall(template))
    if len(figures) != 1 or not re.search(r"\bangle", template):
        return None
    kind = figures.pop()
    one_unit(words(template))  # "2 feet" and "6 inches" would need a conversion
    if kind == "triangle" and not _BETWEEN.search(template.lower()):
        raise Decline("a triangle's angle must be the one between the two sides")
    text = re.sub(r"@(\d+)@ sides", lambda m: "two sides" if split.maths[int(m.group(1))]
                  .strip() == "2" else m.group(0), template.lower())
    for pattern, repl in _NORMAL:
        text = re.sub(pattern, repl, text)
    text = re.sub(r"\s+", " ", text).strip()
    sentences = [s.strip(" .?") for s in re.split(r"(?<=[.?!;])\s+", text) if s.strip(" .?")]
    if not sentences:
        return None
    asks = [(m, how) for pattern, how in _ASKS
            for m in [re.search(pattern, sentences[-1])] if m is not None]
    if len(asks) < 1:
        return None
    m, how = asks[0]
    body = " . ".join(sentences[:-1] + [sentences[-1][:m.start()] + " " +
                                        sentences[-1][m.end():]])
    told = [(t.group("what"), int(t.group(2))) for t in _TOLD.finditer(body)]
    body = _TOLD.sub(" ", body)
    angles = [int(a.group(1)) for a in _ANGLE.finditer(body)
              if _degrees(split.maths[int(a.group(1))]) is not None and (
                  " deg" in a.group(0) or "circ" in split.maths[int(a.group(1))] or
                  "angle" in a.group(0))]
    if len(angles) != 1:
        return None
    angle = _degrees(split.maths[angles[0]])
    body = re.sub(rf"@{angles[0]}@(?: deg)?", " ", body, count=1)
    sides = [_side(split.maths[int(k)]) for k in re.findall(_P, body)]
    left = set(re.findall(r"[a-z']+", re.sub(_P, " ", body))) - _GLUE
    if left:
        raise Decline(f"the word '{sorted(left)[0]}' is not one the two-sides reader knows")
    if kind == "rhombus":  # one side, told once
        sides = sides * 2 if len(sides) == 1 else []
    if len(sides) != 2 or angle is None or not 0 < angle < 180:
        raise Decline("two sides and the angle between them")
    if how == "third" and kind != "triangle" or how.endswith("diagonal") and kind == "triangle":
        raise Decline(f"a {kind} has no such length")
    letter = sp.Symbol(split.maths[int(m.group(1))].strip()) if how == "letter" else None
    return _solve(split, kind, sides, angle, how, told, letter)


def _measures(kind: str, a: sp.Expr, b: sp.Expr, angle: sp.Rational) -> dict[str, sp.Expr]:
    c = sp.pi * angle / 180
    area = a * b * sp.sin(c) * (sp.Rational(1, 2) if kind == "triangle" else 1)
    one = sp.sqrt(a**2 + b**2 - 2 * a * b * sp.cos(c))
    other = sp.sqrt(a**2 + b**2 + 2 * a * b * sp.cos(c))
    out = {"area": area, "third": one,
           "perimeter": a + b + one if kind == "triangle" else 2 * (a + b)}
    if kind != "triangle":
        out["long_diagonal"], out["short_diagonal"] = (other, one) if angle < 90 else (one, other)
    return {k: sp.radsimp(sp.simplify(v)) for k, v in out.items()}


def _solve(split: Split, kind: str, sides: list[sp.Expr], angle: sp.Rational, how: str,
           told: list[tuple[str, int]], letter: sp.Symbol | None) -> Result:
    c = sp.pi * angle / 180
    if sp.sin(c).atoms(sp.sin, sp.cos) or sp.cos(c).atoms(sp.sin, sp.cos):
        raise Decline("an angle whose sine is not known exactly")
    a, b = sides
    measures = _measures(kind, a, b, angle)
    letters = a.free_symbols | b.free_symbols
    if len(letters) > 1 or (how == "letter") != bool(letters) or len(told) != len(letters):
        raise Decline("one letter fixed by one measure told")
    sol: dict[sp.Symbol, sp.Expr] = {}
    eqs = []
    if letters:
        x = letters.pop()
        if letter is None or letter.name != x.name:
            raise Decline("the letter asked is not the one in the sides")
        what, k = told[0]
        v = number(split.maths[k])
        if v is None or not v.is_positive:
            raise Decline("a positive measure told")
        eqs = [sp.Eq(measures[what], v)]
        roots = [r for r in sp.solve(eqs[0], x) if r.is_positive]
        if len(roots) != 1:
            raise Decline("the measure told does not fix the letter")
        sol = {x: sp.radsimp(roots[0])}
        value = sol[x]
    else:
        value = measures[how]
    if value.free_symbols or not value.is_positive:
        raise Decline("the answer is not one positive number")
    _confirm(kind, [sp.N(s.subs(sol), 45) for s in sides], angle, how, told, split,
             value if how != "letter" else None)
    return value, _steps(kind, sides, angle, how, measures, sol, eqs, value)


def _confirm(kind: str, sides: list[sp.Expr], angle: sp.Rational, how: str,
             told: list[tuple[str, int]], split: Split, value: sp.Expr | None) -> None:
    with mpmath.workdps(40):
        a, b = (mpmath.mpf(str(s)) for s in sides)
        t = mpmath.mpf(str(sp.N(angle, 45))) * mpmath.pi / 180
        p, q, r = (0, 0), (a, 0), (b * mpmath.cos(t), b * mpmath.sin(t))
        pts = [p, q, r] if kind == "triangle" else [p, q, (q[0] + r[0], q[1] + r[1]), r]

        def dist(u: tuple, v: tuple) -> mpmath.mpf:
            return mpmath.sqrt((u[0] - v[0]) ** 2 + (u[1] - v[1]) ** 2)

        area = shoelace_area(pts, mpmath.fsum)
        seen = {"area": area, "perimeter": mpmath.fsum(dist(pts[k - 1], pts[k])
                                                       for k in range(len(pts)))}
        if kind == "triangle":
            seen["third"] = dist(q, r)
        else:
            d1, d2 = dist(p, pts[2]), dist(q, r)
            seen["long_diagonal"], seen["short_diagonal"] = max(d1, d2), min(d1, d2)

        def near(x: mpmath.mpf, y: mpmath.mpf) -> bool:
            return bool(abs(x - y) < mpmath.mpf(10) ** -25 * max(1, abs(y)))

        ok = all(near(seen[w], mpmath.mpf(str(sp.N(number(split.maths[k]), 45))))
                 for w, k in told)
        if value is not None:
            ok = ok and near(seen[how], mpmath.mpf(str(sp.N(value, 45))))
    confirm.check(ok, f"the {kind} built on coordinates from its sides and angle has the "
                      "measures told and the one found")


def _steps(kind: str, sides: list[sp.Expr], angle: sp.Rational, how: str,
           measures: dict[str, sp.Expr], sol: dict, eqs: list[sp.Eq],
           value: sp.Expr) -> list[Step]:
    a, b = (latex(s) for s in sides)
    half = "\\frac{1}{2} \\cdot " if kind == "triangle" else ""
    sin = sp.sin(sp.pi * angle / 180)
    area = f"{half}{a} \\cdot {b} \\cdot \\sin {latex(angle)}^\\circ"
    steps: list[Step] = []
    if eqs:
        x, root = next(iter(sol.items()))
        claim = f"{latex(eqs[0].lhs)} = {latex(eqs[0].rhs)}"
        steps.append(step("write the measure told", f"With $\\sin {latex(angle)}^\\circ = "
                          f"{latex(sin)}$, the {kind}'s measure in ${latex(x)}$.", f"${claim}$",
                          claim))
        steps.append(step("solve", f"Take the positive root: ${latex(x)} = {latex(root)}$.",
                          f"${latex(x)} = {latex(root)}$", f"{latex(x)} = {latex(root)}"))
        return steps
    if how == "area":
        claim = f"{area} = {latex(value)}"
        steps.append(step("area from two sides and the angle between them", "The area is "
                          f"{'half ' if half else ''}the product of the two sides and the sine of "
                          f"the angle between them, $\\sin {latex(angle)}^\\circ = {latex(sin)}$.",
                          f"${claim}$", claim))
        return steps
    cos = sp.cos(sp.pi * angle / 180)
    third = measures.get("third", value)
    rule = f"{a}^2 + {b}^2 - 2 \\cdot {a} \\cdot {b} \\cdot ({latex(cos)})"
    claim = f"\\sqrt{{{rule}}} = {latex(third)}"
    steps.append(step("law of cosines", f"The side facing the ${latex(angle)}^\\circ$ angle, "
                      f"with $\\cos {latex(angle)}^\\circ = {latex(cos)}$.", f"${claim}$", claim))
    if how in ("long_diagonal", "short_diagonal"):
        claim = f"\\sqrt{{{a}^2 + {b}^2 + 2 \\cdot {a} \\cdot {b} \\cdot ({latex(cos)})}} = " \
                f"{latex(measures['long_diagonal' if angle < 90 else 'short_diagonal'])}"
        steps.append(step("the other diagonal", "It faces the other angle, "
                          f"$180^\\circ - {latex(angle)}^\\circ$, whose cosine is the opposite.",
                          f"${claim}$", claim))
    if how == "perimeter":
        claim = f"{latex(measures['perimeter'])} = {latex(value)}"
        steps.append(step("perimeter", "Add the sides.", f"${claim}$", claim))
    return steps


__all__ = ["read_included_angle"]
