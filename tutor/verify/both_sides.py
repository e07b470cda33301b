"""An equation that follows from an earlier one by doing the same thing to both sides
(worker side, verify only): taking logarithms (`4^a = 5` gives `a \\log 4 = \\log 5`,
`2^{3d} = 8` gives `\\log_2(2^{3d}) = \\log_2 8`) or raising a base to each side
(`\\log_2 x + \\log_2(x - 2) = 3` gives `x(x - 2) = 8`, `\\log_8 x = \\log_2 x` gives
`8^{\\log_2 x} = x`), or raising both sides to a whole power from 3 to 12
(`x^{3} = t + 1` gives `x^{9} = (t + 1)^3`); and the negative sign of a square root taken
of both sides (`\\frac{1}{x^2} = \\frac{1}{(4 - x)^2}` gives `\\frac{1}{x} = -\\frac{1}{4 - x}`:
the claim's sides squared give the earlier equation, so each of its solutions solves
it; the positive sign is `rewrites`' or `elimination`'s).

If L = R then f(L) = f(R) for any function f, so the claim follows from the earlier
equation when its two sides differ by a constant multiple of f(L) - f(R) (denominators
cleared); this is compared at random points at 40 digits (`rewrites.proportionality_constant`).
The functions tried are the natural logarithm (a logarithm to any base is a constant
multiple of it), b^(.) for each base b the two equations write as a logarithm's base
or a power's base, and (.)^k for each whole exponent k from 3 to 12 the claim writes.
Nothing here refutes: a claim that matches no such function may still follow for a
reason not written down (squaring is `rewrites`' own).
"""

from __future__ import annotations

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import is_zero_exact, too_high_to_expand
from tutor.verify.rewrites import constant_ratio, polynomial_in, proportionality_constant
from tutor.verify.verdict import ClaimResult, Verdict

Pair = tuple[sympy.Expr, sympy.Expr]
_MAX_EARLIER = 4
_MAX_BASES = 4
_MAX_DEGREE = 8
_MAX_POWER = 12


def _bases(*exprs: sympy.Expr) -> list[sympy.Expr]:
    """The numbers used as a logarithm's base (`log_2 x` reads log(x)/log(2)) or as a
    power's base (`8^{...}`), and e, in a fixed order."""
    found: set[sympy.Expr] = {sympy.E}
    for expr in exprs:
        for log in expr.atoms(sympy.log):  # log(x, 2) as the broad reader leaves it
            base = log.args[-1]
            if base.is_Rational and base > 1:
                found.add(base)
        for power in expr.atoms(sympy.Pow):
            base = power.base
            if base.is_Rational and base > 1 and power.exp.free_symbols:
                found.add(base)
    return sorted(found, key=sympy.default_sort_key)[:_MAX_BASES + 1]


def _powers(expr: sympy.Expr) -> list[int]:
    """The whole-number exponents from 3 to 12 that the claim writes (each side of an
    earlier equation cubed, or raised to the tenth power; squares are `rewrites`')."""
    found = {int(p.exp) for p in expr.atoms(sympy.Pow)
             if p.exp.is_Integer and 3 <= p.exp <= _MAX_POWER}
    return sorted(found)[:_MAX_BASES]


def _has_log_or_power(expr: sympy.Expr) -> bool:
    """A logarithm, or a power with a letter in its exponent: what these functions undo."""
    return bool(expr.atoms(sympy.log)) or any(
        p.exp.free_symbols for p in expr.atoms(sympy.Pow))


def _undone(base: sympy.Expr, side: sympy.Expr) -> sympy.Expr | None:
    """base^side without logarithms when `side` is a sum of rational multiples of
    logarithms to that base and rational numbers (`3 log_5 x` gives x^3), else None."""
    side = side.replace(lambda e: isinstance(e, sympy.log) and len(e.args) == 2,
                        lambda e: sympy.log(e.args[0]) / sympy.log(e.args[1]))
    value = sympy.Integer(1)
    for term in sympy.Add.make_args(sympy.expand(side * sympy.log(base))):
        c, rest = term.as_coeff_Mul()
        if not c.is_Rational:
            return None
        if rest == sympy.log(base) or rest == 1 and base is sympy.E:
            value *= base**c
        elif isinstance(rest, sympy.log) and (rest.args[0].free_symbols
                                              or rest.args[0].is_positive):
            value *= rest.args[0] ** c
        else:
            return None
    return value


def divided_on_domain(base: sympy.Expr, left: sympy.Expr, right: sympy.Expr,
                      diff: sympy.Expr) -> bool:
    """`3 log_5 x = log_5(4x)` gives x^3 = 4x, written `x^2 = 4`: the claim times a
    polynomial whose every real root makes a logarithm's argument of the earlier
    equation zero or negative (so no solution of it is lost), exactly."""
    symbols = diff.free_symbols
    up, down = _undone(base, left), _undone(base, right)
    if len(symbols) != 1 or up is None or down is None:
        return False
    var = next(iter(symbols))
    whole, part = polynomial_in(up - down, var), polynomial_in(diff, var)
    if whole is None or part is None or part.degree() < 1 or whole.degree() > _MAX_DEGREE:
        return False
    quotient, remainder = whole.div(part)
    if not remainder.is_zero or quotient.degree() < 1:
        return False
    arguments = [a.args[0] for a in (left - right).atoms(sympy.log)]
    for root in sympy.real_roots(quotient):
        if not any(is_zero_exact(a.subs(var, root)) is True
                   or (a.subs(var, root)).is_negative for a in arguments):
            return False
    return True


def follows_on_both_sides(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr,
                          previous: list[Pair]) -> ClaimResult | None:
    """Verified when the claim is an earlier equation (`previous`, the latest first) with
    a logarithm taken of both sides, or a base raised to both (see module doc), else
    None."""
    diff = lhs - rhs
    if claim.relation != "=" or not diff.free_symbols or too_high_to_expand(diff):
        return None
    negated = claim.rhs.lstrip().startswith("-") or claim.lhs.lstrip().startswith("-")
    seen: list[frozenset[sympy.Symbol]] = []
    for left, right in previous[:_MAX_EARLIER]:  # the latest first
        before = left - right
        letters = frozenset(before.free_symbols)
        if letters in seen:  # a later equation in the same letters replaced it (another case)
            continue
        seen.append(letters)
        if negated and before.free_symbols and not too_high_to_expand(before) \
                and constant_ratio(before, lhs**2 - rhs**2) is not None:
            return ClaimResult(claim.source, Verdict.VERIFIED, "one sign of a square root "
                               "taken of both sides of an earlier equation", "rewrite",
                               method="the claim's sides squared give an earlier equation, "
                               "compared at random points (40 digits)")
        if not before.free_symbols or diff.free_symbols - before.free_symbols \
                or not (_has_log_or_power(before) or _has_log_or_power(diff)
                        or _powers(diff)) or too_high_to_expand(before):
            continue
        candidates: list[tuple[str, sympy.Expr]] = [
            ("a logarithm taken of both sides", sympy.log(left) - sympy.log(right))]
        candidates += [(f"{sympy.latex(b)} raised to each side", b**left - b**right)
                       for b in _bases(before, diff)]
        candidates += [(f"each side raised to the power {k}", left**k - right**k)
                       for k in _powers(diff)]
        for how, applied in candidates:  # as written first: numerators cost more
            if constant_ratio(applied, diff) is not None \
                    or proportionality_constant(applied, diff) is not None:
                return ClaimResult(claim.source, Verdict.VERIFIED,
                                   f"an earlier equation with {how}", "rewrite",
                                   method=f"{how} of an earlier equation, compared at "
                                   "random points (40 digits)")
        for base in _bases(before, diff):
            if divided_on_domain(base, left, right, diff):
                return ClaimResult(claim.source, Verdict.VERIFIED, "an earlier equation "
                                   f"with {sympy.latex(base)} raised to each side, divided by "
                                   "what its logarithms keep from zero", "rewrite",
                                   method="exact polynomial division; each root of the "
                                   "divisor puts a logarithm's argument at or below zero")
    return None
