"""A letter times a bracket, `b(2)`, `a(-5)`, `A(x + 2)`, read as a product where the
letter is a plain unknown of an earlier equation (worker side, verify only).

"For $t = 2$: $2(2)^2 + b(2) - 36 = 0$" after $2t^2 + bt - 36 = 0$: a value put in for
t, with b the equation's other unknown. Alone, `b(2)` could be a function's value (as
`f(2)` is), so the strict reader takes a letter before a bracket as a product only when
the same claim also writes it alone (`2x(x + 2) = x`). Here the earlier equations decide:
every letter written before a bracket must stand alone in an earlier equation (the
problem's or the chain's), must never stand there before its argument's name (`a(x)`),
and must not name a function defined earlier. The claim so read is verified only as an
equation follows from the earlier ones (equations.equation_claim); nothing here refutes.
"""

from __future__ import annotations

import re

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.strict_parser import Parsed, parse_strict

# `b(2)`, `a(-1)`, `B\\left(4\\right)`, `A(x + 2)`: one letter right before a bracket
_CALLED = re.compile(r"(?<![\\a-zA-Z])([a-zA-Z])\s*(?:\\left\s*)?\(")
# A letter put in like this one earlier (`b(2)`, `A(x + 2)`) is no call; a letter before
# its argument's name (`f(x)`, `g(s, t)`) is a function, and never a product here
# (commands blanked), or before an inverse's `^{-1}` or a derivative's prime (`q^{-1}(2)`)
_FUNCTION = r"(?<![\\a-zA-Z]){0}\s*(?:\(\s*[a-zA-Z](?:\s*,\s*[a-zA-Z])*\s*\)|\^\s*\{{?\s*-\s*1|')"
# Earlier equations with their words and commands blanked (`\\left(` keeps its bracket):
# a letter stands alone, or in a product of letters (`bt`), when no bracket follows it
_WORDS = re.compile(r"\\(?:text|mathrm|operatorname|textbf)\s*\{[^{}]*\}|\\[a-zA-Z]+")
_ALONE = r"(?<!\\){0}(?![_(])(?!\s*(?:\\left\s*)?\()"


def products_of_known_letters(claim: RawClaim, ctx: Context) -> tuple[Parsed, Parsed] | None:
    """Both sides read with each bracket after a known unknown a product (see the module
    doc), or None."""
    called = set(_CALLED.findall(f"{claim.lhs} {claim.rhs}"))
    if not called or called & {name for name, _, _ in ctx.functions}:
        return None
    earlier = _WORDS.sub(" ", " ; ".join(f"{lhs} = {rhs}"
                                         for lhs, rhs in (*ctx.archive, *ctx.previous)))
    written = _WORDS.sub(" ", f"{claim.lhs} = {claim.rhs}")
    for letter in called:
        if not re.search(_ALONE.format(letter), earlier) \
                or re.search(_FUNCTION.format(letter), f"{earlier} ; {written}"):
            return None
    whole = " + ".join([claim.lhs, claim.rhs, *sorted(called)])
    try:
        return parse_strict(claim.lhs, whole), parse_strict(claim.rhs, whole)
    except Exception:  # noqa: BLE001 - any reading the strict parser declines
        return None


__all__ = ["products_of_known_letters"]
