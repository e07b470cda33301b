"""Typed reader: a modulus, real part or imaginary part that is the same at every point of
the circle a complex number lies on.

"Let $z$ be a nonreal complex number such that $|z| = 1$. Find the real part of
$\\frac{1}{1 - z}$.", "If $w$ is a complex number with $|w| = 3$, what is $w \\overline{w}$?"
(a conjugate makes the letter complex without the word), "... compute $|z^2 - 4z|$" when it
does not change. The quantity is written as a function of t on the circle (as in
`complex_circle_extremes`); it is the answer only when its derivative is identically 0.
Confirmed independently: z = c + r e^{i theta} at 60 angles with mpmath all give the value
(points where the expression is undefined are skipped, at most two). A quantity that
changes on the circle declines.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.complex_circle_extremes import (
    around,
    circle_setting,
    function_of_t,
)
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.complex_equations import CONJUGATE
from tutor.reasoning.symbolic.typed import words, words_within

_ASK = re.compile(r"(?:find|compute|determine|what is|evaluate|calculate)(?: the value of)? "
                  r"(?:the (?P<part>real|imaginary) part of )?@(?P<e>\d+)@[\s.?!]*$")
VOCAB = frozenset("complex nonreal number such with satisfying satisfies where given be on "
                  "lies".split())
T = sp.Symbol("t", real=True)


def read(split: Split, template: str) -> Result | None:
    template = re.sub(r"\s+", " ", template.lower()).replace("non-real", "nonreal")
    m = _ASK.search(template)
    plain = template[:m.start()] if m else ""
    if m is None or not words_within(plain, VOCAB):
        return None
    k = int(m.group("e"))
    barred = re.search(CONJUGATE.replace("NAME", "[a-hj-z]"), split.maths[k])
    if "complex" not in words(plain) and not barred:
        return None
    got = circle_setting(split, [k])
    if got is None:
        return None
    centres, (target,) = got
    if len(centres) != 1:
        return None
    (z, (c, r)), = centres.items()
    part = m.group("part") or ""
    if not part and not isinstance(target, sp.Abs) and not barred:
        return None
    if isinstance(target, sp.Abs):
        if part:
            return None
        target = target.args[0]
    elif not part:
        part = "self"  # z times its conjugate: a real value, read as its real part
    if target.has(sp.Abs) or z not in target.free_symbols:
        raise Decline("one expression in the complex number")
    f = function_of_t(target, z, c, r, "" if part == "" else "real", T)
    if part == "self" and function_of_t(target, z, c, r, "imaginary", T) != 0:
        raise Decline("a value that is not real")
    if part == "imaginary":
        f = function_of_t(target, z, c, r, "imaginary", T)
    if sp.cancel(sp.diff(f, T)) != 0:
        raise Decline("the quantity changes around the circle")
    value = final_value(sp.sqrt(f) if part == "" else f)
    _confirm(target, z, c, r, part, value)
    where = f"{latex(z)} = {latex(c) + ' + ' if c != 0 else ''}{latex(r)}e^{{i\\theta}}"
    return value, [step("the circle", "Write the number on its circle by one angle.",
                        f"${where}$", ""),
                   step("the same at every angle", "The quantity does not depend on the "
                        "angle, so it has one value.", f"It is ${latex(value)}$ for every "
                        "angle.", "")]


def _confirm(target: sp.Expr, z: sp.Symbol, c: sp.Expr, r: sp.Expr, part: str,
             value: sp.Expr) -> None:
    at = around(target, z, c, r)
    want = mpmath.mpf(str(sp.N(value, 40)))
    seen, skipped = 0, 0
    for k in range(60):
        try:
            v = at(2 * mpmath.pi * (k + mpmath.mpf("0.5")) / 60)
        except ZeroDivisionError:
            skipped += 1
            continue
        got = {"": abs(v), "real": v.real, "self": v.real, "imaginary": v.imag}[part]
        seen += abs(got - want) < mpmath.mpf("1e-25") * max(1, abs(want))
    confirm.check(skipped <= 2 and seen == 60 - skipped,
                  "60 points of the circle give the same value")


__all__ = ["read"]
