"""Claims the built-in engine's confirmed answer settles (verify only): when the
problem asks for one quantity ("Find $x$.", "Find $a + b$.") and the engine solved it
with its own confirmation, a claim that gives that quantity a number equal to the
answer (`a + b = 4 + 12` for 16), or an equation in the asked letter alone whose only
solution is the answer (`3x + 2 = 23`, `x = 7` for 7), is consistent with an
independent solution. One solution means: the numerator is a polynomial with exactly one distinct
root (over the complex numbers), the denominator is not zero there, and the root
equals the answer exactly and again at 40 digits."""

from __future__ import annotations

import re

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import PRECISION, is_zero_exact, strict, too_high_to_expand
from tutor.verify.notation import maths_text
from tutor.verify.verdict import ClaimResult, Verdict

# "Find $x$.", "What is the value of $n$?", "solve for \\(k\\)", "Compute $a + b$."
_ASKS_FOR = re.compile(
    r"\b(?:find|compute|determine|calculate|evaluate|solve\s+for|what\s+is|what's)\s+"
    r"(?:the\s+)?(?:(?:positive\s+|real\s+|integer\s+)?value\s+of\s+)?"
    r"(?:\$|\\\()([^$]{1,60}?)(?:\$|\\\))\s*(?:[.?]|$)",
    re.IGNORECASE,
)
_LETTER = re.compile(r"^[a-zA-Z]$")
_MATHS = re.compile(r"\$\$?([^$]*)\$|\\\((.*?)\\\)|\\\[(.*?)\\\]", re.DOTALL)
_NAMES = re.compile(r"(?<![\\a-zA-Z])[a-zA-Z](?![a-zA-Z])")
_WRITING = re.compile(r"\s+|\\left|\\right|\\[,;!]")


def asked_for(problem: str) -> str | None:
    """The one quantity (a letter, or maths such as `a + b`) the problem's question asks
    for; "" when its question names no maths; None when it asks for two."""
    found = {_written(m.group(1)) for m in _ASKS_FOR.finditer(problem[-600:])}
    found.discard("")
    if found:
        return found.pop() if len(found) == 1 else None
    question = re.split(r"(?<=[.!?])\s+", problem.strip())[-1]
    return None if re.search(r"\$|\\[(\[]", question) else ""


def _written(text: str) -> str:
    """Maths as written, without spaces and sizing commands (to compare two writings)."""
    return _WRITING.sub("", text)


def engine_answer(problem: str, answer: str | None) -> tuple[str, str, str] | None:
    """(what is asked for, the answer, the letters the problem's maths uses) when the
    engine's confirmed answer is a single number; else None."""
    asked = asked_for(problem) if answer else None
    if asked is None or answer is None:
        return None
    written = answer.strip()
    if _LETTER.match(asked):
        written = re.sub(rf"^{asked}\s*=\s*", "", written)
    if not written or len(written) > 200 or "," in written:
        return None
    maths = " ".join(part for m in _MATHS.finditer(problem) for part in m.groups() if part)
    return asked, written, "".join(sorted(set(_NAMES.findall(maths))))


def _only_root(diff: sympy.Expr, var: sympy.Symbol) -> sympy.Expr | None:
    """The one distinct solution of `diff = 0` in `var`, or None."""
    if too_high_to_expand(diff):
        return None
    numer, denom = sympy.fraction(sympy.together(diff))
    try:
        poly = sympy.Poly(numer, var)
    except sympy.PolynomialError:
        return None
    if poly.free_symbols - {var} or poly.degree() < 1:
        return None
    if all(c.is_Rational for c in poly.all_coeffs()):
        poly = sympy.Poly(sympy.quo(poly, sympy.gcd(poly, poly.diff(var))), var)
    if poly.degree() != 1:
        return None
    a, b = poly.all_coeffs()
    root = -b / a
    if is_zero_exact(denom.subs(var, root)) is not False:
        return None
    return root


def answer_settles(claim: RawClaim, diff: sympy.Expr,
                   answer: tuple[str, str, str] | None) -> ClaimResult | None:
    """Verified when the claim gives the quantity asked for the engine's confirmed
    answer (`a + b = 4 + 12` for 16), or is an equation in one letter whose only
    solution is that answer: the asked letter, or, when the question asks in words, a
    letter the solution brought in (not one of the problem's) in an equation that is
    more than the bare value (`2w + 3 = 17`, not `w = 7`)."""
    if answer is None or claim.relation != "=" or claim.supposed or claim.approximate:
        return None
    asked, written, problem_letters = answer
    value = strict(written)
    if value is None or value.expr.free_symbols:
        return None
    shown = maths_text(written)
    sides = {_written(claim.lhs): claim.rhs, _written(claim.rhs): claim.lhs}
    if asked in sides:
        other = strict(sides[asked])
        if other is None or other.expr.free_symbols or not _same(other.expr, value.expr):
            return None
        return ClaimResult(claim.source, Verdict.VERIFIED,
                           f"{maths_text(asked)} = {shown} agrees with an independent solution",
                           "solution",
                           method="the asked quantity compared with an independent solution")
    if len(diff.free_symbols) != 1:
        return None
    var = next(iter(diff.free_symbols))
    bare = any(_written(side) == str(var) for side in (claim.lhs, claim.rhs))
    if str(var) != asked and (asked or str(var) in problem_letters or bare):
        return None
    root = _only_root(diff, var)
    if root is None or not _same(root, value.expr):
        return None
    return ClaimResult(claim.source, Verdict.VERIFIED,
                       f"its only solution, {var} = {shown}, agrees with an independent "
                       "solution", "solution",
                       method="the one solution compared with an independent solution")


def _same(a: sympy.Expr, b: sympy.Expr) -> bool:
    """Equal exactly, and again at 40 digits."""
    if is_zero_exact(a - b) is not True:
        return False
    gap = sympy.N(a - b, PRECISION)
    return bool(gap.is_number and abs(gap) <= sympy.Float(10) ** (-PRECISION // 2))
