"""Claims about the solutions of an equation: a value put back into the problem's
equation, and a rewrite of an earlier equation that loses its solutions (certainly wrong,
so refuted) (worker side)."""

from __future__ import annotations

import re

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import is_zero_exact, parse_pair, parse_previous, strict
from tutor.verify.messages import lost_solutions, not_a_solution
from tutor.verify.notation import maths_text
from tutor.verify.parse_limits import numbers_within_size
from tutor.verify.rewrites import polynomial_in
from tutor.verify.strict_parser import Parsed
from tutor.verify.verdict import ClaimResult, Verdict

_DECIMAL = re.compile(r"\d\.\d")


def fails_a_given_equation(var: sympy.Symbol, value: sympy.Expr,
                           given: tuple[tuple[str, str], ...]) -> bool:
    """`t = -5` when the problem says `t^2 - 2t - 24 = 0`: a polynomial equation of the
    problem in `var` alone, of degree 2 or more, is false at the value. Such a value
    may still solve an equation of the chain (a wrong factoring), so it is not
    verified; it is not refuted either, as the chain may have moved on to another
    question about the same name. (A value `t = 6` the problem tells is not used:
    "the other root" differs from it.)"""
    for pair in given:
        parsed = parse_previous(pair)
        if parsed is None:
            continue
        before = parsed[0] - parsed[1]
        poly = polynomial_in(before, var) if before.free_symbols == {var} else None
        if poly is None or poly.degree() < 2 or \
                written_denominator_vanishes(" ".join(pair), var, value):
            continue
        if is_zero_exact(before.subs(var, value)) is False:
            return True
    return False


def restates_a_given_equation(lhs: sympy.Expr, rhs: sympy.Expr,
                              given: tuple[tuple[str, str], ...]) -> bool:
    """`3x - 4y = 12` written again, side for side, when the problem says it: the problem's
    equation, not a claim a step makes (`2x = 8` after `2x + 3 = 11` is a rewrite, checked
    as one)."""
    if any(isinstance(side, sympy.Symbol) and not other.free_symbols
           for side, other in ((lhs, rhs), (rhs, lhs))):
        return False  # `a = 5` is a value, checked as one even when the problem says it
    for pair in given:
        parsed = parse_previous(pair)
        if parsed is None or not (parsed[0] - parsed[1]).free_symbols:
            continue
        for left, right in (parsed, parsed[::-1]):
            if sympy.expand(lhs - left) == 0 and sympy.expand(rhs - right) == 0:
                return True
    return False


def _degree_one_root(expr: sympy.Expr, var: sympy.Symbol) -> sympy.Expr | None:
    """The one solution of `expr = 0` when it is a polynomial of degree 1 in `var`."""
    poly = polynomial_in(expr, var)
    if poly is None or poly.degree() != 1:
        return None
    a, b = poly.all_coeffs()
    return -b / a


def not_implied(claim: RawClaim, diff: sympy.Expr) -> ClaimResult | None:
    r"""`3x + 5 = 20 \Rightarrow 3x = 16`: both determined in the same one variable,
    with different solutions, so the second cannot follow from the first."""
    if not (claim.implied_by and claim.relation == "=" and claim.comparable
            and not claim.approximate and len(diff.free_symbols) == 1):
        return None
    if _DECIMAL.search(claim.source) or _DECIMAL.search(" ".join(claim.implied_by)):
        return None  # `x = 3.33` may round the solution
    source = parse_pair(claim.implied_by)
    var = next(iter(diff.free_symbols))
    if source is None or (source[0] - source[1]).free_symbols != {var}:
        return None
    mine, theirs = _degree_one_root(diff, var), _degree_one_root(source[0] - source[1], var)
    equation = f"{claim.implied_by[0]} = {claim.implied_by[1]}"
    if mine is None or theirs is None:
        return _no_common_root(claim, diff, source[0] - source[1], var, equation)
    if not (mine.is_Rational and theirs.is_Rational) or mine == theirs:
        return None
    if diff == var - mine:  # `x = 4` itself
        left, right = source[0].subs(var, mine), source[1].subs(var, mine)
        reason = not_a_solution(claim.source, equation, left, right)
    else:
        reason = lost_solutions(claim.source, str(var), mine, equation)
    return ClaimResult(claim.source, Verdict.REFUTED, reason, "rewrite", method="substitution")


_MAX_DEGREE = 4


def _no_common_root(claim: RawClaim, diff: sympy.Expr, before: sympy.Expr, var: sympy.Symbol,
                    equation: str) -> ClaimResult | None:
    """`x^2 - 5x + 4 = 0` written as following from `x^2 - 7x + 12 = 0`: polynomials with
    rational coefficients and no root in common (their gcd is a constant, exactly; and no
    numeric root of one is a root of the other), so none of its solutions solves it."""
    mine, theirs = polynomial_in(diff, var), polynomial_in(before, var)
    if mine is None or theirs is None or not 1 <= mine.degree() <= _MAX_DEGREE \
            or not 1 <= theirs.degree() <= _MAX_DEGREE \
            or not all(c.is_Rational for c in (*mine.all_coeffs(), *theirs.all_coeffs())):
        return None
    if sympy.gcd(mine, theirs).degree() != 0:
        return None
    scale = max(abs(c) for c in theirs.all_coeffs())
    for root in mine.nroots(n=30):
        if abs(theirs.eval(root)) < scale * sympy.Rational(1, 10**12):
            return None  # the numbers disagree with the exact gcd: not certain
    reason = f"{maths_text(claim.source)} has no solution in common with {maths_text(equation)}"
    return ClaimResult(claim.source, Verdict.REFUTED, reason, "rewrite",
                       method="exact polynomial gcd + 30-digit roots substituted")


def lost_solution(
    claim: RawClaim,
    lhs: Parsed,
    rhs: Parsed,
    var: sympy.Symbol,
    target: tuple[sympy.Expr, sympy.Expr],
    target_text: tuple[str, str],
) -> ClaimResult | None:
    """`2x = 12` for the problem's `2x + 3 = 11`: both determined, with different
    solutions, so the rewrite lost the problem's only solution. `(x - 3)(x + 2) = 0` for
    the problem's `x^2 + x - 6 = 0`: no solution in common (a wrong factoring), so it is
    neither a rewrite nor one case of it."""
    if not (claim.comparable and claim.single_link and not claim.approximate
            and claim.asserted) or lhs.expr == var:  # `x = c` itself: solution_claim
        return None
    if _DECIMAL.search(claim.source) or _DECIMAL.search(" ".join(target_text)):
        return None  # decimals may round
    solution = _degree_one_root(lhs.expr - rhs.expr, var)
    if _degree_one_root(target[0] - target[1], var) is None or solution is None:
        return _wrong_factoring(claim, lhs.expr, rhs.expr, var, target, target_text)
    if is_zero_exact((target[0] - target[1]).subs(var, solution)) is not False:
        return None
    equation = f"{target_text[0]} = {target_text[1]}"
    reason = lost_solutions(claim.source, str(var), solution, equation)
    return ClaimResult(claim.source, Verdict.REFUTED, reason, "rewrite", method="substitution")


def _wrong_factoring(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr, var: sympy.Symbol,
                     target: tuple[sympy.Expr, sympy.Expr],
                     target_text: tuple[str, str]) -> ClaimResult | None:
    """`(x - 3)(x + 2) = 0` for `x^2 + x - 6 = 0`: a product equal to a number, of the
    target's degree, with no solution in common with it (see _no_common_root)."""
    if not (lhs.is_Mul or lhs.is_Pow) or rhs.free_symbols or "/" in claim.source \
            or any(below == _UNREAD or var in below.free_symbols
                   for below in _written_denominators(target_text)):
        return None
    mine, theirs = polynomial_in(lhs - rhs, var), polynomial_in(target[0] - target[1], var)
    if mine is None or theirs is None or mine.degree() != theirs.degree():
        return None
    equation = f"{target_text[0]} = {target_text[1]}"
    return _no_common_root(claim, lhs - rhs, target[0] - target[1], var, equation)


def _written_denominators(text: tuple[str, str]) -> list[sympy.Expr]:
    """The denominators written in an equation (a symbol stands for one not read)."""
    found = []
    for m in _DENOMINATOR.finditer(" ".join(text)):
        parsed = strict(m.group(1) if m.group(1) is not None else m.group(2))
        found.append(parsed.expr if parsed is not None else _UNREAD)
    return found


_UNREAD = sympy.Symbol("unread")
_DENOMINATOR = re.compile(r"\\frac\s*\{(?:[^{}]|\{[^{}]*\})*\}\s*\{((?:[^{}]|\{[^{}]*\})*)\}"
                          r"|/\s*(\([^()]*\)|[a-zA-Z])")


def written_denominator_vanishes(text: str, var: sympy.Symbol, value: sympy.Expr) -> bool:
    """A denominator written in `text` is zero at `value`, or may be (not read, or
    `value` too long to put in)."""
    if not numbers_within_size(value):
        return True
    for m in _DENOMINATOR.finditer(text):
        below = m.group(1) if m.group(1) is not None else m.group(2)
        if str(var) not in below:
            continue
        parsed = strict(below)
        if parsed is None or is_zero_exact(parsed.expr.subs(var, value)) is not False:
            return True
    return False


def _polynomial_or_bars(expr: sympy.Expr, var: sympy.Symbol, value: sympy.Expr) -> bool:
    """`expr` is a polynomial in `var`, or one in `var` and absolute values of polynomials
    in `var` (`|x - 4| - 7`) with `value` a real number (put into `|x|`, a complex value
    gives its modulus, which a real equation does not mean)."""
    if expr.is_polynomial(var):
        return True
    bars = expr.atoms(sympy.Abs)
    if not bars or not value.is_real or not all(bar.args[0].is_polynomial(var) for bar in bars):
        return False
    stand_in = sympy.Dummy("bar")
    return bool(expr.xreplace({bar: stand_in for bar in bars}).is_polynomial(var))


def solution_claim(
    claim: RawClaim,
    lhs: Parsed,
    rhs: Parsed,
    var: sympy.Symbol,
    target: tuple[sympy.Expr, sympy.Expr],
    target_text: tuple[str, str],
) -> ClaimResult | None:
    """`x = 6` for the problem's `2x + 3 = 11`: substitute back."""
    if lhs.expr != var or rhs.expr.free_symbols:
        return None
    t_lhs, t_rhs = target
    if not _polynomial_or_bars(t_lhs - t_rhs, var, rhs.expr):
        return None
    if written_denominator_vanishes(" ".join(target_text), var, rhs.expr):
        return None  # `(x-5)(x+2)/(x-5) = 0` parses cancelled: x = 5 is not a solution
    at_value = (t_lhs - t_rhs).subs(var, rhs.expr)
    zero = is_zero_exact(at_value)
    if zero:
        return ClaimResult(claim.source, Verdict.VERIFIED, "solves the equation", "solution")
    if (zero is False and claim.comparable and claim.single_link and not claim.approximate
            and claim.asserted):
        left, right = t_lhs.subs(var, rhs.expr), t_rhs.subs(var, rhs.expr)
        reason = not_a_solution(claim.source, f"{target_text[0]} = {target_text[1]}", left, right)
        return ClaimResult(claim.source, Verdict.REFUTED, reason, "solution")
    return None
