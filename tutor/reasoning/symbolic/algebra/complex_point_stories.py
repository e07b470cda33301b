"""Typed reader: two people each place a point in the complex plane; how far apart are they.

"Ana marks the point 3 + 4i on the complex plane and Ben marks -1 + i. How far apart are
their points?", "two friends pick the points 2 - i and 5 + 3i in the complex plane. how far
apart are the two points", "On the complex plane, Mia stands at 1 + i and Leo stands at
4 - 3i. How far is Mia from Leo?".

The story is read only when it names the complex plane (or complex numbers), holds exactly
two pieces of maths, each a number a + bi with no letter but i, each placed by a word that
puts a point (picks, marks, chooses, stands at, ...), and asks how far apart or the distance
between; any other word declines (a point "on the unit circle" is not given). The distance
|z - w| is computed exactly and confirmed with Python's complex arithmetic.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_I = sp.Symbol("i")
# the words that place a point, before its number (with "the point", "the number" between)
_PLACED = re.compile(r"\b(?:picks?|picked|marks?|marked|chooses?|chose|chosen|selects?|selected"
                     r"|plots?|plotted|places?|placed|puts?|stands? at|stood at|is at|are at"
                     r"|locates?|located at)(?: the)?(?: complex)?(?: points?| numbers?)?"
                     r"(?: at)? @(\d+)@")
_LISTED = re.compile(r"@(\d+)@,? and @(\d+)@")
_ASKED = re.compile(r"\bhow far apart\b|\bhow far (?:is|are) [a-z']+ from [a-z']+\b|"
                    r"\bdistance between\b")
_VOCAB = frozenset(
    "complex plane number numbers point points on in at the a and their two friends people "
    "students how far apart is are from what distance between they chose chosen picked "
    "marked plotted placed both his her points each other one another".split())
_VERBS = frozenset(
    "pick picks picked picking mark marks marked marking choose chooses chose chosen choosing "
    "select selects selected selecting plot plots plotted plotting place places placed placing "
    "put puts putting stand stands stood standing locate locates located".split())


def _point(src: str) -> sp.Expr:
    v = parse_latex(src)
    if not isinstance(v, sp.Expr) or v.free_symbols != {_I}:
        raise Decline("a complex number a + bi expected")
    z = sp.expand(v.xreplace({_I: sp.I}))
    re_, im = z.as_real_imag()
    if re_.free_symbols or im.free_symbols or not (re_.is_real and im.is_real):
        raise Decline("a complex number a + bi expected")
    return z


def read(split: Split, template: str) -> Result | None:
    low = template.lower()
    w = words(low)
    if "complex" not in w or not _ASKED.search(low) or not w & _VERBS:
        return None
    places = list(dict.fromkeys(int(p) for p in re.findall(r"@(\d+)@", low)))
    if len(places) != 2:
        return None
    placed = {int(p) for p in _PLACED.findall(low)}
    for m in _LISTED.finditer(low):  # "pick the points 2 - i and 5 + 3i"
        if int(m[1]) in placed:
            placed.add(int(m[2]))
    if placed != set(places):
        return None
    # the people: a word just before a placing word ("ana marks", "mia stands at")
    names = {m[1] for m in re.finditer(r"\b([a-z]+) (?:" + "|".join(_VERBS) + r")\b", low)}
    names |= {n + "'s" for n in names}
    if w - FILLER - _VOCAB - _VERBS - names:
        return None  # another word: a condition or another quantity asked
    a, b = (_point(split.maths[p]) for p in places)
    d = sp.nsimplify(sp.sqrt(sp.expand((sp.re(a) - sp.re(b)) ** 2 + (sp.im(a) - sp.im(b)) ** 2)))
    za = complex(float(sp.re(a)), float(sp.im(a)))
    zb = complex(float(sp.re(b)), float(sp.im(b)))
    confirm.check(abs(float(sp.N(d, 30)) - abs(za - zb)) <= 1e-9 * max(1.0, abs(za - zb)),
                  "the distance agrees with Python's complex arithmetic")
    diff = sp.expand(a - b)
    claim = f"\\left|{latex(diff)}\\right| = {latex(d)}"
    return d, [step("subtract the two points",
                    "The distance between two points of the complex plane is the modulus of "
                    "their difference.",
                    f"$({latex(a)}) - ({latex(b)}) = {latex(diff)}$, and ${claim}$", claim)]


__all__ = ["read"]
