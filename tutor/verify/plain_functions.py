"""Functions typed without LaTeX: `log_2(32) = 5`, `log2(64) = 6`, `ln(1) = 0`,
`sin(30°) = 1/2`, `C(10, 2) = 45`, `gcd(12, 18) = 6`, `LCM(4, 6) = 12`.

A reasoning model's thinking is plain text, and it names functions the way a
calculator does. Such a claim is rewritten in LaTeX (`\\log_{2}(32) = 5`) and
checked by the broad reader, which confirms a value twice (exact, then numeric)
and never refutes. Only a confirmation is kept: a plain-text function claim is
verified or left unchecked, never marked wrong, because the text is ours to
re-read, not the writer's. A bare `log(...)` is natural log to some writers and
base ten to others: it is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.function_values import CHOOSE
from tutor.verify.segments import PLAIN_FUNCTION
from tutor.verify.verdict import ClaimResult, Verdict

_NAME = re.compile(PLAIN_FUNCTION)  # the names the plain-text runs take in
_BARE_LOG = re.compile(r"(?<![a-zA-Z\\])log\(")


def as_latex(text: str) -> str | None:
    """The text with its plain function names in LaTeX, or None when there is none
    or one reads two ways. `C(10, 2)` and `P(5, 2)` read the same in LaTeX: the broad
    reader takes them as counts of choices unless C or P was defined."""
    if _BARE_LOG.search(text) or not (_NAME.search(text) or CHOOSE.search(text)):
        return None

    def name(m: re.Match[str]) -> str:
        base = re.search(r"\d+", m.group(0))
        if base:  # log_2, log2, log_{10}
            return rf"\log_{{{base.group(0)}}}"
        return "\\" + m.group(0).lower()

    return _NAME.sub(name, text)


def plain_function_claim(claim: RawClaim, ctx: Context,
                         lenient: Callable[[RawClaim, Context], ClaimResult]) -> ClaimResult | None:
    """The claim confirmed through its LaTeX reading, or None (never a refutation)."""
    lhs, rhs = as_latex(claim.lhs), as_latex(claim.rhs)
    if lhs is None and rhs is None:
        return None
    read = replace(claim, lhs=lhs or claim.lhs, rhs=rhs or claim.rhs, latex=True)
    result = lenient(read, ctx)
    if result.verdict is not Verdict.VERIFIED:
        return None
    return replace(result, claim=claim.source)
