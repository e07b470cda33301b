"""Steps of the Euclidean algorithm on expressions: `\\gcd(12n + 5, 5n + 2) =
\\gcd(5n + 2, (12n + 5) - 2(5n + 2))`. Worker side, verify only.

For every whole-number value of the letters, gcd(A, B) = gcd(C, D) when (C, D) is
M·(A, B) for a 2×2 matrix M of integers with determinant ±1 (each pair is an integer
combination of the other, so they have the same common divisors). The claim is verified
when both pairs are polynomials with integer coefficients and such an M is found by
equating coefficients (exactly, with SymPy's linear solver on rational numbers)."""

from __future__ import annotations

import re

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.parse_limits import ParseError
from tutor.verify.strict_parser import parse_strict
from tutor.verify.verdict import ClaimResult, Verdict

_GCD_CALL = re.compile(r"^\s*\\gcd\s*(?:\\left)?\((.*)(?:\\right)?\)\s*$", re.DOTALL)
_METHOD = "equal pairs up to an integer matrix of determinant ±1 (the Euclidean algorithm)"
_MAX_DEGREE = 6


def _arguments(side: str) -> tuple[str, str] | None:
    m = _GCD_CALL.match(side)
    if not m:
        return None
    inner, depth, cut = m.group(1).replace("\\right", ""), 0, -1
    for i, ch in enumerate(inner):
        depth += (ch in "({[") - (ch in ")}]")
        if depth < 0:
            return None  # `\gcd(a, b) + \gcd(c, d)`: not one call
        if ch == "," and depth == 0:
            if cut >= 0:
                return None  # three arguments
            cut = i
    if cut < 0 or depth != 0:
        return None
    return inner[:cut], inner[cut + 1:]


def _polynomials(texts: tuple[str, ...], whole: str) -> list[sympy.Expr] | None:
    """The four arguments as polynomials with integer coefficients in the letters of
    the claim (a constant among them is fine, but some letter must be there)."""
    try:
        exprs = [parse_strict(t, whole).expr for t in texts]
    except (ParseError, ValueError, ZeroDivisionError, TypeError, OverflowError):
        return None
    symbols = sorted(set().union(*(e.free_symbols for e in exprs)), key=str)
    if not symbols:
        return None
    polys = [sympy.Poly(sympy.expand(e), *symbols) for e in exprs]
    if any(p.total_degree() > _MAX_DEGREE or not all(c.is_Integer for c in p.coeffs())
           for p in polys):
        return None
    return [p.as_expr() for p in polys]


def _combination(target: sympy.Expr, a: sympy.Expr, b: sympy.Expr) -> tuple[sympy.Expr, ...]:
    """The one pair of constants (p, q) with target = p·a + q·b, or ()."""
    p, q = sympy.symbols("p_gcd q_gcd")
    symbols = sorted((target - a - b).free_symbols | a.free_symbols | b.free_symbols, key=str)
    residue = sympy.Poly(sympy.expand(target - p * a - q * b), *symbols)
    found = sympy.linsolve(residue.coeffs(), [p, q])
    if not isinstance(found, sympy.FiniteSet) or len(found) != 1:
        return ()
    pair = tuple(next(iter(found)))
    return pair if all(v.is_Integer for v in pair) else ()


def gcd_step_claim(claim: RawClaim) -> ClaimResult | None:
    """Verified when the right side's pair is the left side's under a unimodular integer
    matrix (see module doc); None when the claim is not of that form or not confirmed."""
    if claim.relation != "=":
        return None
    left, right = _arguments(claim.lhs), _arguments(claim.rhs)
    if left is None or right is None:
        return None
    whole = " + ".join(f"({t})" for t in (*left, *right))  # `n(n + 1)`: n is a letter here
    polys = _polynomials((*left, *right), whole)
    if polys is None:
        return None
    a, b, c, d = polys
    first, second = _combination(c, a, b), _combination(d, a, b)
    if not first or not second:
        return None
    determinant = first[0] * second[1] - first[1] * second[0]
    if determinant not in (1, -1):
        return None
    return ClaimResult(claim.source, Verdict.VERIFIED, "", "identity", method=_METHOD)
