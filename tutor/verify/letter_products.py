"""A letter times a number in brackets, `b(2)`, `a(-5)`, `B(4)`, read as a product where
the letter is a plain unknown of an earlier equation (worker side, verify only).

"For $t = 2$: $2(2)^2 + b(2) - 36 = 0$" after $2t^2 + bt - 36 = 0$: a value put in for
t, with b the equation's other unknown. Alone, `b(2)` could be a function's value (as
`f(2)` is), so the strict reader takes a letter before a bracket as a product only when
the same claim also writes it alone (`2x(x + 2) = x`). Here the earlier equations decide:
every letter written before a bracketed number must stand alone in an earlier equation
(the problem's or the chain's), must never stand before a bracket there, and must not
name a function defined earlier. The claim so read is verified only as an equation
follows from the earlier ones (equations.equation_claim); nothing here refutes.
"""

from __future__ import annotations

import re

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.strict_parser import Parsed, parse_strict

# `b(2)`, `a(-1)`, `B\left(4\right)`, `c(2 \cdot 1994)`: a letter, then numbers in brackets
_CALLED = re.compile(r"(?<![\\a-zA-Z])([a-zA-Z])\s*(?:\\left\s*)?\(\s*-?[\d.\s]+"
                     r"(?:(?:\\cdot|\\times|[-+*/])\s*-?[\d.\s]+)*(?:\\right\s*)?\)")
# Earlier equations with their words and commands blanked (`\\left(` keeps its bracket):
# a letter stands alone, or in a product of letters (`bt`), when no bracket follows it
_WORDS = re.compile(r"\\(?:text|mathrm|operatorname|textbf)\s*\{[^{}]*\}|\\[a-zA-Z]+")
_ANY_CALL = r"{0}\s*\("
_ALONE = r"{0}(?![_(])(?!\s*\()"


def products_of_known_letters(claim: RawClaim, ctx: Context) -> tuple[Parsed, Parsed] | None:
    """Both sides read with each bracketed number after a known unknown a product (see
    the module doc), or None."""
    called = set(_CALLED.findall(f"{claim.lhs} {claim.rhs}"))
    if not called or called & {name for name, _, _ in ctx.functions}:
        return None
    earlier = _WORDS.sub(" ", " ; ".join(f"{lhs} = {rhs}"
                                         for lhs, rhs in (*ctx.archive, *ctx.previous)))
    calls = _CALLED.sub(" ", earlier)  # an earlier `b(2)` put in like this one is no call
    for letter in called:
        if not re.search(_ALONE.format(letter), earlier) \
                or re.search(_ANY_CALL.format(letter), calls):
            return None
    whole = " + ".join([claim.lhs, claim.rhs, *sorted(called)])
    try:
        return parse_strict(claim.lhs, whole), parse_strict(claim.rhs, whole)
    except Exception:  # noqa: BLE001 - any reading the strict parser declines
        return None


__all__ = ["products_of_known_letters"]
