"""Typed reader: the third side of a triangle with two sides given, by the triangle
inequality: "Two sides of a triangle are 6 and 10 units long. How many different whole-number
lengths are possible for the third side?", "A triangle has sides of lengths 3 and 8. What is
the largest integer length the third side can have?", "... the smallest possible integer
perimeter?".

A triangle's third side x lies strictly between |a - b| and a + b (a flat triangle is no
triangle). Only whole-number lengths are counted or picked ("integer", "whole-number",
"integral" must be said: real lengths have no largest). Confirmed by trying every whole
number from 1 to a + b against the three triangle inequalities, one by one.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import figure_wording as fw
from tutor.reasoning.symbolic.geometry.reading import COMMON, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_VOCAB = COMMON | frozenset(
    "triangle two sides side of lengths length measure measures are is has have with the third "
    "how many different possible distinct integer integers whole number numbers integral "
    "lengths can could be for what greatest largest longest maximum biggest smallest least "
    "shortest minimum perimeter perimeters long and units unit each its when value values take "
    "it there whose other sum all".split())
_MOST = frozenset("greatest largest longest maximum biggest".split())
_LEAST = frozenset("smallest least shortest minimum".split())


def read_third_side(split: Split, template: str) -> Result | None:
    if "third side" not in template or "triangle" not in template:
        return None
    template = fw.two_sides_told(template)  # "two" is a count, not a length
    split, text = fw.spelled_numbers(split, template)
    text = text.replace("whole-number", "whole number")
    w = words(text)
    if not words_within(text, _VOCAB):
        return None
    found = [int(k) for k in re.findall(r"@(\d+)@", text)]
    # "how many integer values of $x$ ... the third side": one letter names the third side
    letters = {split.maths[k].strip() for k in found if re.fullmatch(r"\s*[a-z]\s*",
                                                                     split.maths[k])}
    if len(letters) > 1:
        return None
    found = [k for k in found if split.maths[k].strip() not in letters]
    if len(found) != 2 or not w & {"integer", "integers", "whole", "integral"}:
        return None
    a, b = (number(split.maths[k]) for k in found)
    if a is None or b is None or not (a.is_positive and b.is_positive):
        raise Decline("two positive side lengths")
    asks = [k for k, ws in (("count", {"many"}), ("most", _MOST), ("least", _LEAST),
                            ("sum", {"sum"})) if w & ws]
    if len(asks) != 1:
        return None
    perimeter = bool(w & {"perimeter", "perimeters"})
    lo, hi = sp.Abs(a - b), a + b
    first, last = int(sp.floor(lo)) + 1, int(sp.ceiling(hi)) - 1
    if last < first:
        raise Decline("no whole-number length fits")
    _confirm(a, b, first, last)
    shown = f"{latex(lo)} < x < {latex(hi)}"
    steps = [step("use the triangle inequality", "Each side is shorter than the other two "
                  "together, so the third side x lies strictly between their difference and "
                  "their sum.", f"${shown}$", shown)]
    if asks[0] in ("count", "sum"):
        if perimeter:
            return None  # the number of perimeters is the number of lengths; not asked so
        count = last - first + 1
        value = sp.Integer(count if asks[0] == "count" else (first + last) * count // 2)
        text = f"$x \\in \\{{{first}, \\ldots, {last}\\}}$: " + (
            f"{count} lengths" if asks[0] == "count" else f"their sum is ${latex(value)}$")
    else:
        x = last if asks[0] == "most" else first
        value = sp.Integer(x) + (a + b if perimeter else 0)
        text = f"$x = {x}$" + (f", so the perimeter is ${latex(a)} + {latex(b)} + {x} = "
                               f"{latex(value)}$" if perimeter else "")
    steps.append(step("pick the whole numbers", "Keep the whole numbers in that range.",
                      text, latex(value)))
    return value, steps


def _confirm(a: sp.Basic, b: sp.Basic, first: int, last: int) -> None:
    """Every whole number 1..a+b tried against the three inequalities, in floats."""
    fa, fb = float(a), float(b)
    fits = [x for x in range(1, math.ceil(fa + fb) + 2)
            if x + fa > fb and x + fb > fa and fa + fb > x]
    confirm.check(fits == list(range(first, last + 1)),
                  "every whole number tried against the triangle inequality")


__all__ = ["read_third_side"]
