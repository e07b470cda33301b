"""Typed reader: a circle whose area and circumference are named by letters and tied by one
equation ("A circle's area is $x$ square units and its circumference is $y$ units. The value
of $x + y$ is $80\\pi$. What is the radius?", "... If $x = 3y$, find the diameter.").

The area is pi r^2 and the circumference 2 pi r; the equation in the two letters becomes one
in r, which must have exactly one positive root. The asked radius, diameter, area or
circumference follows. Confirmed by putting the letters' values back into the equation at
30 digits."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = COMMON | frozenset(
    "circle circle's certain area circumference radius diameter value of its and is what if "
    "the a find".split())
_AREA = re.compile(r"\barea(?: of (?:a|the) circle)? (?:is|=) @(\d+)@")
_AROUND = re.compile(r"\bcircumference (?:is|=) @(\d+)@")
_VALUE = re.compile(r"(?:the value of )?@(\d+)@ (?:is|=|equals) @(\d+)@")
_ASK = re.compile(r"\b(?:what is|find|compute) (?:the |its )(radius|diameter|area|circumference)"
                  r"(?: of the circle)?\b")
r = sp.Symbol("r", positive=True)


def read_circle_letters(split: Split, template: str) -> Result | None:
    if "circle" not in template or "circumference" not in template or "area" not in template:
        return None
    a, c = _AREA.findall(template), _AROUND.findall(template)
    asks = _ASK.findall(template)
    if len(a) != 1 or len(c) != 1 or len(asks) != 1 or not words_within(template, VOCAB):
        return None
    x, y = (parse_latex(split.maths[int(k)]) for k in (a[0], c[0]))
    if not (isinstance(x, sp.Symbol) and isinstance(y, sp.Symbol)) or x == y:
        return None
    used = {int(a[0]), int(c[0])}
    rest = [int(k) for k in re.findall(r"@(\d+)@", template) if int(k) not in used]
    value = _VALUE.search(template)
    if value and {int(value.group(1)), int(value.group(2))} == set(rest):
        left, right = (parse_latex(split.maths[int(value.group(k))]) for k in (1, 2))
        eq = sp.Eq(left, right)
    elif len(rest) == 1:
        eq = parse_latex(split.maths[rest[0]])
    else:
        raise Decline("one equation between the area and the circumference")
    if not isinstance(eq, sp.Equality) or eq.free_symbols - {x, y} or \
            not eq.free_symbols <= {x, y} or not eq.free_symbols:
        raise Decline("an equation in the two letters")
    in_r = (eq.lhs - eq.rhs).subs({x: sp.pi * r**2, y: 2 * sp.pi * r})
    roots = [s for s in sp.solve(in_r, r) if s.is_real and s.is_positive]
    if len(roots) != 1:
        raise Decline("the equation does not fix the radius")
    radius = sp.nsimplify(roots[0])
    asked = {"radius": radius, "diameter": 2 * radius, "area": sp.pi * radius**2,
             "circumference": 2 * sp.pi * radius}[asks[0]]
    point = {x: sp.N(sp.pi * radius**2, 30), y: sp.N(2 * sp.pi * radius, 30)}
    confirm.check(abs(sp.N((eq.lhs - eq.rhs).subs(point), 30)) < 1e-20,
                  "the area and circumference of this circle satisfy the equation")
    claim = f"{latex(eq.lhs.subs({x: sp.pi * r**2, y: 2 * sp.pi * r}))} = " \
            f"{latex(eq.rhs.subs({x: sp.pi * r**2, y: 2 * sp.pi * r}))}"
    steps = [step("write the letters with r", f"The area is ${latex(x)} = \\pi r^2$ and the "
                  f"circumference ${latex(y)} = 2\\pi r$.", f"${claim}$", ""),
             step("solve for the radius", "The radius is the positive root.",
                  f"$r = {latex(radius)}$", "")]
    if asks[0] != "radius":
        steps.append(step(f"find the {asks[0]}", f"From the radius, the {asks[0]}.",
                          f"${latex(asked)}$", ""))
    return asked, steps


__all__ = ["VOCAB", "read_circle_letters"]
