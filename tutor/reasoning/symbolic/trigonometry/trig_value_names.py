"""Typed reader: a number asked as a trigonometric function at a whole number of degrees.

"Simplify $\\frac{\\sin 10^\\circ + \\sin 50^\\circ}{\\cos 10^\\circ + \\cos 50^\\circ}.$  Enter
your answer as a trigonometric function evaluated at an integer, such as "sin 7".  (The angle
should be positive and as small as possible.)"

The expression (numbers and trigonometric functions of rational multiples of pi) is
evaluated at 50 digits and compared with sin, cos, tan, cot, sec and csc at every whole
degree from 1 to 359; the match with the smallest angle is taken (two functions matching at
that angle decline: which one is meant?). Confirmed exactly, without decimals: the
difference of the two must have minimal polynomial x (SymPy's `minimal_polynomial`,
which works in the field of the roots of unity), so it is 0. That field must be small (the
angles' common denominator as parts of pi at most 36, e.g. multiples of 5 or 10 degrees),
or the check would be too slow and the problem declines.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("simplify compute find enter your answer as is a trigonometric function "
                  "evaluated at an integer such the angle should be positive and small "
                  "possible".split())
_ASKED = re.compile(r"(?:simplify|compute|find) @(\d+)@")
_INSTRUCTION = re.compile(r"trigonometric function evaluated at an integer")
_MOST_DENOMINATOR = 36
_FUNCTIONS = {"sin": (sp.sin, mpmath.sin), "cos": (sp.cos, mpmath.cos),
              "tan": (sp.tan, mpmath.tan), "cot": (sp.cot, mpmath.cot),
              "sec": (sp.sec, mpmath.sec), "csc": (sp.csc, mpmath.csc)}


def _value(src: str) -> sp.Expr:
    e = parse_latex(src.strip().rstrip(".,"))
    if not isinstance(e, sp.Expr) or e.free_symbols or not e.is_real:
        raise Decline("a real number written with trigonometric functions")
    for f in e.atoms(sp.Function):
        if not isinstance(f, sp.sin | sp.cos | sp.tan | sp.cot | sp.sec | sp.csc) or not (
                f.args[0] / sp.pi).is_Rational:
            raise Decline("trigonometric functions of rational multiples of pi")
    return e


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower())
    if not _INSTRUCTION.search(body):
        return None
    body = re.sub(r'such as "?\w+ @\d+@ ?"?', " ", body)  # the example "sin 7"
    asked = _ASKED.search(body)
    if asked is None or not words_within(body, VOCAB):
        return None
    value = _value(split.maths[int(asked.group(1))])
    with mpmath.workdps(50):
        target = mpmath.mpf(sp.N(value, 60))
        tiny = mpmath.mpf(10) ** -40
        found = []
        for n in range(1, 360):
            angle = mpmath.pi * n / 180
            for name, (_, fn) in _FUNCTIONS.items():
                try:
                    got = fn(angle)
                except ZeroDivisionError:
                    continue
                if abs(got) < mpmath.mpf(10) ** 30 and abs(got - target) < tiny * (1 + abs(target)):
                    found.append((n, name))
            if found:
                break
    if not found:
        raise Decline("no trigonometric function at a whole degree gives this value")
    if len(found) > 1:
        raise Decline("two functions give the value at the same angle")
    n, name = found[0]
    exact = _FUNCTIONS[name][0](sp.pi * n / 180)
    common = sp.ilcm(*[sp.Rational(f.args[0] / sp.pi).q for f in (value - exact).atoms(
        sp.Function)], 1)
    if common > _MOST_DENOMINATOR:
        raise Decline("angles too fine to confirm exactly in time")
    x = sp.Dummy("x")
    confirm.check(sp.minimal_polynomial(value - exact, x) == x,
                  "the difference has minimal polynomial x, so it is exactly 0")
    answer = f"\\{name} {n}^\\circ"
    return answer, [step("compare with the trigonometric values", "Evaluate the expression "
                         "and find the function and the smallest whole angle that give it.",
                         f"${latex(value)} = {answer}$", "")]


__all__ = ["read"]
