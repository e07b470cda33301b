"""Functions typed without LaTeX: `log_2(32) = 5`, `log2(64) = 6`, `ln(1) = 0`,
`sin(30°) = 1/2`, `C(10, 2) = 45`, `gcd(12, 18) = 6`, `LCM(4, 6) = 12`.

A reasoning model's thinking is plain text, and it names functions the way a
calculator does. Such a claim is rewritten in LaTeX (`\\log_{2}(32) = 5`) and
checked by the broad reader, which confirms a value twice (exact, then numeric)
and never refutes. Only a confirmation is kept: a plain-text function claim is
verified or left unchecked, never marked wrong, because the text is ours to
re-read, not the writer's. A bare `log(...)` is natural log to some writers and
base ten to others: it is left alone. One plain claim has a single reading and is
refuted when false: a logarithm of a whole number to a whole base said to be a whole
number or a fraction (`log_2(32) = 6`, `log3(81) = 5`): b^p and n^q compared exactly,
and ln n / ln b at 40 digits, must both disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from fractions import Fraction

import mpmath

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.function_values import CHOOSE
from tutor.verify.lenient_claims import DIFFERS
from tutor.verify.modular import FALSE_HERE
from tutor.verify.segments import PLAIN_FUNCTION
from tutor.verify.verdict import ClaimResult, Verdict

_NAME = re.compile(PLAIN_FUNCTION)  # the names the plain-text runs take in
_BARE_LOG = re.compile(r"(?<![a-zA-Z\\])log\(")
_WHOLE_LOG = re.compile(r"^\s*log_?\{?(?P<base>\d{1,4})\}?\s*\((?P<number>\d{1,12})\)\s*$")
_FRACTION = re.compile(r"^\s*(?P<sign>[-−])?\s*(?P<p>\d{1,3})(?:\s*/\s*(?P<q>\d{1,3}))?\s*$")


_ROOT = re.compile(r"√\s*(\d+(?:\.\d+)?|[a-zA-Z](?![a-zA-Z]))")


def _roots(text: str) -> str:
    """`√3/2` in LaTeX (`\\sqrt{3}/2`): a root sign on a number or one letter only."""
    return _ROOT.sub(lambda m: rf"\sqrt{{{m.group(1)}}}", text)


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
    read = replace(claim, lhs=_roots(lhs or claim.lhs), rhs=_roots(rhs or claim.rhs), latex=True)
    result = lenient(read, ctx)
    if result.verdict is not Verdict.VERIFIED:  # clearly false as read: counts, unrefuted
        # `cos(π/3) = √3/2` beside a true claim: it counts, so the step is not verified
        return wrong_log(claim) or (replace(result, claim=claim.source,
                                             reason=f"{FALSE_HERE}: {DIFFERS}")
                                     if result.reason == DIFFERS else None)
    return replace(result, claim=claim.source)


def wrong_log(claim: RawClaim) -> ClaimResult | None:
    """`log_2(32) = 6` refuted (see the module doc), else None."""
    m = _WHOLE_LOG.match(claim.lhs)
    value = _FRACTION.match(claim.rhs)
    if m is None or value is None or claim.relation != "=" or not claim.comparable \
            or not claim.asserted or claim.supposed or claim.approximate:
        return None
    base, number = int(m["base"]), int(m["number"])
    p, q = int(value["p"]) * (-1 if value["sign"] else 1), int(value["q"] or 1)
    if base < 2 or number < 1 or q < 1 or abs(p) > 200 or q > 200:
        return None
    exact = Fraction(base) ** p == Fraction(number) ** q
    with mpmath.workdps(40):
        gap = abs(mpmath.log(number) / mpmath.log(base) - mpmath.mpf(p) / q)
    if exact or gap < mpmath.mpf(10) ** -20:
        return None
    exponent = next((Fraction(k, d) for d in range(1, 13) for k in range(-60, 61)
                     if Fraction(base) ** k == Fraction(number) ** d), None)
    power = exponent if exponent is None or exponent.denominator == 1 else f"({exponent})"
    true = f"{exponent}, since {base}^{power} = {number}" if exponent is not None else \
        f"{mpmath.nstr(mpmath.log(number) / mpmath.log(base), 6)}…"
    return ClaimResult(claim.source, Verdict.REFUTED, f"log_{base}({number}) = {true}, not "
                       f"{claim.rhs.strip()}", "arithmetic",
                       method="powers compared exactly, and the logarithm at 40 digits")
