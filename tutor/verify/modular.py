"""Congruences between whole numbers (worker side): `8 ≡ 1 (mod 7)` is verified,
`195 ≡ 1 (mod 19)` refuted ("195 leaves the remainder 5 when divided by 19").

Both sides are read by the strict parser and must be whole numbers; the remainder
of their difference is computed twice, by SymPy and by Python's own integers, and
the two must agree. A side written with TeX's braceless scripts (`2^10`) has two
readings and is never refuted (see extract.tex_rules).
"""

from __future__ import annotations

import re

import sympy

from tutor.verify.exact import strict
from tutor.verify.extract.claim import RawClaim
from tutor.verify.extract.tex_rules import tex_scripts
from tutor.verify.notation import maths_text
from tutor.verify.verdict import ClaimResult, Verdict

METHOD = "exact integer remainders, by SymPy and by Python integers"
FALSE_HERE = "false as written, but not certain here"
_INVERSE = re.compile(r"\^\s*\{?\s*-\s*1(?![\d.])")


def _whole(text: str) -> int | None:
    parsed = strict(text)
    if parsed is None or not parsed.expr.is_Integer:
        return None
    return int(parsed.expr)


def _inverses_claim(claim: RawClaim, modulus: int) -> ClaimResult:
    """`3^{-1} + 13^{-1} ≡ 16 (mod 19)`: each side a fraction whose denominator has an
    inverse modulo m; the difference p/q is congruent to 0 when m divides p (Python
    integers), and again with the inverse of q found by SymPy. Verify only."""
    lhs, rhs = strict(claim.lhs), strict(claim.rhs)
    if lhs is None or rhs is None or not (lhs.expr.is_Rational and rhs.expr.is_Rational):
        return ClaimResult(claim.source, Verdict.UNCHECKED, "not parsed", "congruence",
                           checkable=False)
    diff = sympy.Rational(lhs.expr - rhs.expr)
    p, q = int(diff.p), int(diff.q)
    if sympy.igcd(q, modulus) != 1:
        return ClaimResult(claim.source, Verdict.UNCHECKED, "no inverse modulo "
                           f"{modulus}", "congruence", checkable=False)
    by_python = p % modulus == 0
    by_sympy = (p * int(sympy.mod_inverse(q, modulus))) % modulus == 0
    if by_python != by_sympy:
        return ClaimResult(claim.source, Verdict.UNCHECKED, "methods disagree", "congruence")
    if by_python == (claim.relation == "≡"):
        return ClaimResult(claim.source, Verdict.VERIFIED, "a^{-1} read as the inverse of a "
                           f"modulo {modulus}", "congruence", method=METHOD)
    return ClaimResult(claim.source, Verdict.UNCHECKED, FALSE_HERE, "congruence")


def congruence_claim(claim: RawClaim) -> ClaimResult:
    """The verdict on `lhs ≡ rhs (mod m)` (or `≢`), see module doc."""
    braceless = claim.latex and (tex_scripts(claim.lhs), tex_scripts(claim.rhs)) != (
        claim.lhs, claim.rhs)
    refutable = claim.comparable and not braceless
    lhs, rhs = _whole(claim.lhs), _whole(claim.rhs)
    modulus = int(claim.modulus) if claim.modulus.isdigit() else 0
    if modulus >= 2 and _INVERSE.search(claim.lhs + claim.rhs) and not refutable:
        return _inverses_claim(claim, modulus)  # `3^{-1}` (the extractor never refutes it)
    if lhs is None or rhs is None or modulus < 2:
        return ClaimResult(claim.source, Verdict.UNCHECKED, "not parsed", "congruence",
                           checkable=False)
    by_sympy = sympy.Mod(sympy.Integer(lhs) - sympy.Integer(rhs), modulus)
    by_python = (lhs - rhs) % modulus
    if int(by_sympy) != by_python:
        return ClaimResult(claim.source, Verdict.UNCHECKED, "methods disagree", "congruence")
    congruent = by_python == 0
    holds = congruent if claim.relation == "≡" else not congruent
    if holds:
        return ClaimResult(claim.source, Verdict.VERIFIED, "", "congruence", method=METHOD)
    if not refutable:  # a trial, a question, or TeX's braceless scripts: never refuted,
        # but a false congruence keeps its step from being verified (it stays a claim)
        return ClaimResult(claim.source, Verdict.UNCHECKED, FALSE_HERE, "congruence")
    if claim.relation == "≡":
        left, right = lhs % modulus, rhs % modulus
        reason = (f"{maths_text(claim.lhs)} leaves the remainder {left} when divided by "
                  f"{modulus}, {maths_text(claim.rhs)} the remainder {right}")
        if lhs == left and rhs == right:
            reason = f"{lhs} ≢ {rhs} (mod {modulus})"
        elif maths_text(claim.lhs).strip() == str(lhs) and rhs == right:
            reason = f"{lhs} leaves the remainder {left} when divided by {modulus}, not {rhs}"
    else:
        reason = f"{maths_text(claim.lhs)} - {maths_text(claim.rhs)} = {lhs - rhs} is a " \
                 f"multiple of {modulus}"
    return ClaimResult(claim.source, Verdict.REFUTED, reason, "congruence", method=METHOD)
