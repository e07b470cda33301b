"""Typed reader: a number asked as a power of a base, "The expression (fourth root of 3)/(cube
root of 3) equals 3 raised to what power?", "What power of 2 is sqrt 8?", "To what power must
5 be raised to get 1/125?".

The exponent is log_b(number), found by SymPy, and must be a rational number; it is
confirmed by raising the base to it and comparing with the number at 40 digits.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_ASKS = [  # (pattern, the group of the number, the group of the base)
    (re.compile(r"^(?:the (?:expression|number) )?@(\d+)@ (?:equals|is equal to|is) "
                r"@(\d+)@ (?:raised )?to (?:what|which) power\s*\??\s*$"), 1, 2),
    (re.compile(r"^(?:what|which) power of @(\d+)@ (?:equals|is equal to|is|gives) "
                r"@(\d+)@\s*\??\s*$"), 2, 1),
    (re.compile(r"^to (?:what|which) power must @(\d+)@ be raised to (?:get|give|equal|obtain) "
                r"@(\d+)@\s*\??\s*$"), 2, 1),
]


def read_power_question(split: Split, template: str) -> Result | None:
    found = [(m, v, b) for pattern, v, b in _ASKS if (m := pattern.match(template.strip()))]
    if not found:
        return None
    m, v, b = found[0]
    try:
        value, base = (parse_latex(split.maths[int(m.group(k))]) for k in (v, b))
    except Exception:
        return None
    if not isinstance(value, sp.Expr) or not isinstance(base, sp.Expr) or \
            value.free_symbols or base.free_symbols:
        return None
    if not (base.is_positive and base != 1 and value.is_positive):
        raise Decline("the base or the number is not a positive number other than 1")
    k = sp.nsimplify(sp.simplify(sp.expand_log(sp.log(value) / sp.log(base), force=True)))
    if not k.is_Rational:
        raise Decline("the exponent is not a rational number")
    confirm.number(numeric.to_mp(base ** k), value,
                   f"{latex(base)} raised to {latex(k)}, at 40 digits")
    return k, [
        step("write each root as a power", "A k-th root is the power 1/k; dividing subtracts "
             "exponents.", f"${latex(value)} = {latex(base)}^{{{latex(k)}}}$",
             f"{latex(base)}^{{{latex(k)}}}"),
        step("answer the question", "The exponent asked.", f"The power is ${latex(k)}$.",
             latex(k)),
    ]


__all__ = ["read_power_question"]
