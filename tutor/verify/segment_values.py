"""Segments of a figure with known lengths (worker side, verify only).

`AB \\cdot BC = 12 \\cdot 5` after "AB = 12 and BC = 5": the strict reader takes `AB` for
the product A·B, so the values the chain gave to `AB` and `BC` never reached the claim. A
segment (two or three capitals, `context.SEGMENT`) whose latest value is a number
(`Context.values`) is put in, as that number in parentheses, and the claim that results is
checked again (exact arithmetic, then 40 digits); segments left without a value stay
names. Only verifies: a segment's name may have been reused for another figure, and a
claim whose segments do not all have values may still be right for a reason not written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tutor.verify.claims import RawClaim
from tutor.verify.context import SEGMENT, Context
from tutor.verify.exact import strict
from tutor.verify.verdict import ClaimResult, Verdict

Check = Callable[[RawClaim, Context], ClaimResult]


def _segment_values(ctx: Context) -> dict[str, str]:
    """The segments whose latest value reads strictly as a number."""
    known: dict[str, str] = {}
    for name, value in ctx.values:
        name = name.strip()
        if not SEGMENT.fullmatch(name):
            continue
        parsed = strict(value)
        if parsed is not None and not parsed.expr.free_symbols:
            known[name] = value.strip()
        else:
            known.pop(name, None)
    return known


def _put_in(text: str, known: dict[str, str]) -> tuple[str, int]:
    count = 0

    def value(match: object) -> str:
        nonlocal count
        name = match.group(0)  # type: ignore[attr-defined]
        if name not in known:
            return str(name)
        count += 1
        return f"({known[name]})"

    return SEGMENT.sub(value, text), count


def segment_value_claim(claim: RawClaim, ctx: Context, check: Check) -> ClaimResult | None:
    """Verified when the claim holds with the known segment lengths put in, else None."""
    if claim.relation != "=" or claim.supposed:
        return None
    known = _segment_values(ctx)
    if not known:
        return None
    lhs, left = _put_in(claim.lhs, known)
    rhs, right = _put_in(claim.rhs, known)
    if not left + right:
        return None
    names = sorted({m for m in SEGMENT.findall(claim.lhs + " " + claim.rhs) if m in known})
    put = replace(claim, lhs=lhs, rhs=rhs, comparable=False)
    result = check(put, replace(ctx, values=tuple(
        (name, value) for name, value in ctx.values if name.strip() not in known)))
    if result.verdict is not Verdict.VERIFIED:
        return None
    given = ", ".join(f"{name} = {known[name]}" for name in names)
    return ClaimResult(claim.source, Verdict.VERIFIED, f"with {given} found earlier",
                       "substitution", method="the segment lengths found earlier put in, "
                       f"then {result.method}")
