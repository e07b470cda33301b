"""Number-theory and decimal shapes; each template is a whole sentence (see recognise.py)
and each handler declines anything it does not fully understand."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import handlers
from tutor.reasoning.symbolic.combinatorics import enumerations
from tutor.reasoning.symbolic.combinatorics.readers import (
    integer_satisfies,
    inverse,
    set_probability,
    zeros,
)
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import congruences, divisors, integers
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import END, Handler, M, Result, maths


def _add_decimals(s: Split, m: re.Match[str]) -> Result:
    """"Add 4.75 to 20.8. Express the result as a decimal.": the sum, written as a decimal."""
    v, steps = handlers.evaluate(f"{maths(s, m.group(1))} + {maths(s, m.group(2))}")
    if not isinstance(v, sp.Rational) or set(sp.factorint(v.q)) - {2, 5}:
        raise Decline("not a terminating decimal")
    k = max(sp.factorint(v.q).values(), default=0)
    scaled = abs(int(v * 10**k))
    digits = str(scaled).rjust(k + 1, "0")
    text = ("-" if v < 0 else "") + (digits[:-k] + "." + digits[-k:] if k else digits)
    if k:
        claim = f"{sp.latex(v)} = {text}"
        steps.append(step("write it as a decimal", "The denominator divides a power of 10.",
                          f"${claim}$", claim))
    return text, steps


TEMPLATES: list[tuple[str, Handler]] = [
    # number theory
    (r"(?:determine|find|compute|what is) the remainder of " + M + r" ?\((?:mod|modulo) " + M
     + r" ?\)" + END, lambda s, m: integers.remainder(maths(s, m.group(1)), maths(s, m.group(2)))),
    (r"(?:determine|find|compute|what is) the (?:modulo|mod) " + M + r" remainder of the "
     r"following sum:? " + M + END,
     lambda s, m: integers.remainder(maths(s, m.group(2)), maths(s, m.group(1)))),
    (r"(?:what integer " + M + r" satisfies|find the (?:unique )?integer " + M + r"(?: that "
     r"satisfies|,)) " + M + r",? and " + M + END,
     integer_satisfies),
    (r"(?:compute|find|what is) " + M + r"(?: (?:modulo|mod) " + M + r")?[.,]? express your "
     r"answer as (?:an integer|a residue) from " + M + r" to " + M + r"(?:,? inclusive)?\."
     r"(?: \(you may find it helpful to consider the fact that " + M + r"\.?\))?", inverse),
    (r"how many (?:zeroes|zeros) are (?:there )?at the end of (?:the number )?" + M
     + r"(?: \( ?" + M + r" factorial\))?" + END + r"(?: \(reminder:[^()]*\))?", zeros),
    (r"what is the probability that a randomly (?:selected|chosen) integer in the set " + M
     + r" is divisible by " + M + r"(?: and not divisible by " + M + r")?" + END,
     set_probability),
    # decimals
    (r"add " + M + r" to " + M + r"\. express the result as a decimal" + END,
     _add_decimals),
]

TEMPLATES += divisors.TEMPLATES + enumerations.TEMPLATES + congruences.TEMPLATES

__all__ = ["TEMPLATES"]
