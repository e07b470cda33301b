"""A name's value given as a decimal after its exact value was found: "x = 7/3, so
x ≈ 2.33", "x = ln5/2 ... so x ≈ 0.8047".

The exact value is the latest one an earlier equation (or this step) gave the name
(the recent equations, `Context.previous`, then the longer-kept `Context.values`; a
value with a function, `x = ln 3`, is read through its LaTeX reading); the decimal must
be that value rounded or cut off at the places written (`written_precision`: the
value at 50 digits against the decimal read exactly).
Verify only: a name may have been reused for another quantity, so a decimal that does
not agree leaves the claim to the other readers (never refuted here).
"""

from __future__ import annotations

import re

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.exact import strict
from tutor.verify.lenient_parser import parse_lenient_expr
from tutor.verify.plain_functions import as_latex
from tutor.verify.verdict import ClaimResult, Verdict
from tutor.verify.written_precision import PLAIN_DECIMAL, agrees_at_written_places

__all__ = ["approximate_value_claim"]

_NAME = re.compile(r"[A-Za-z](?:_\{?[A-Za-z0-9]{1,3}\}?)?")


def approximate_value_claim(claim: RawClaim, ctx: Context) -> ClaimResult | None:
    """`x ≈ 2.33` verified when x's exact value from before is 2.33 at two places."""
    name, written = claim.lhs.strip(), claim.rhs.strip()
    if claim.relation != "≈" or not _NAME.fullmatch(name) \
            or not PLAIN_DECIMAL.fullmatch(written):
        return None
    # the latest equation for the name among the recent ones ("x = ln 3" too), else the
    # latest value a longer memory kept
    value = next((v for n, v in reversed(ctx.previous) if n.strip() == name), None) \
        or next((v for n, v in reversed(ctx.values) if n.strip() == name), None)
    if value is None or PLAIN_DECIMAL.fullmatch(value.strip()):
        return None  # no value, or a decimal itself (rounded already)
    read = strict(value)
    expr = read.expr if read is not None and not read.decimals else None
    if expr is None and read is None:
        latex = as_latex(value)
        expr = parse_lenient_expr(latex) if latex is not None else None
    if expr is None or getattr(expr, "free_symbols", True):
        return None
    if agrees_at_written_places(expr, written, cut_off=not ctx.rounding_asked) is not True:
        return None
    return ClaimResult(claim.source, Verdict.VERIFIED,
                       f"{name} = {value} found before, at the places written", "approximation",
                       method=f"the exact value of {name} from before, at 50 digits")
