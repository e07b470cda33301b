"""Does a claim follow from the earlier equations taken together? Verify only
(worker side):

* a linear combination: the claim is c₁·(earlier 1) + c₂·(earlier 2) + ... with
  constant cᵢ, denominators cleared ("subtract the second equation from the first",
  "set the two expressions for y equal"). The cᵢ come from exact linear algebra on
  the coefficients; the combination is then confirmed at random points (40 digits).
  Only equations that do not contradict one another are combined (a chain that
  tries the cases x = 2 and x = 3 would otherwise "prove" anything);
* a substitution: an earlier `v = E` (or `v² = E`) put into the claim leaves an
  identity, or a multiple of another earlier equation. Confirmed by exact
  expansion and again at random points.
"""

from __future__ import annotations

import time
from functools import lru_cache

import sympy
from sympy import QQ
from sympy.polys.matrices import DomainMatrix

from tutor.verify.claims import RawClaim
from tutor.verify.exact import (
    NEGLIGIBLE,
    PRECISION,
    is_identity,
    random_points,
    too_high_to_expand,
)
from tutor.verify.verdict import ClaimResult, Verdict

_MAX_EQUATIONS = 8
_MAX_SYMBOLS = 6
_MAX_MONOMIALS = 80
_MAX_OPS = 150
_SECONDS = 0.3  # substitutions are tried only when the combinations were quick

Pair = tuple[sympy.Expr, sympy.Expr]


def follows_by_elimination(claim: RawClaim, diff: sympy.Expr, previous: list[Pair]
                           ) -> ClaimResult | None:
    """Verified when the equation `diff = 0` follows from the earlier equations by a
    linear combination or a substitution (see module doc), else None."""
    if claim.relation != "=" or not diff.free_symbols or not previous:
        return None
    started = time.monotonic()
    if linear_combination(diff, previous):
        return ClaimResult(claim.source, Verdict.VERIFIED, "follows from earlier equations",
                           "rewrite", method="a combination of earlier equations (exact "
                           "coefficients), confirmed at random points (40 digits)")
    if factor_of_earlier(diff, previous):
        return ClaimResult(claim.source, Verdict.VERIFIED, "a factor of an earlier equation",
                           "rewrite", method="exact division of an earlier equation, "
                           "confirmed at random points (40 digits)")
    if time.monotonic() - started < _SECONDS and by_substitution(diff, previous):
        return ClaimResult(claim.source, Verdict.VERIFIED, "follows by substitution",
                           "rewrite", method="an earlier equation substituted (exact "
                           "expansion), confirmed at random points (40 digits)")
    return None


@lru_cache(maxsize=512)
def numerator_polynomial(expr: sympy.Expr) -> sympy.Expr | None:
    """The polynomial numerator of `expr` (denominators cleared), or None."""
    if sympy.count_ops(expr) > _MAX_OPS or too_high_to_expand(expr):
        return None
    numer = sympy.expand(sympy.fraction(sympy.together(expr))[0])
    symbols = numer.free_symbols
    if not symbols or len(symbols) > _MAX_SYMBOLS or not numer.is_polynomial(*symbols):
        return None
    return numer


def _coefficients(poly_exprs: list[sympy.Expr], gens: list[sympy.Symbol]
                  ) -> list[dict[tuple[int, ...], sympy.Expr]] | None:
    rows = []
    for expr in poly_exprs:
        try:
            poly = sympy.Poly(expr, *gens)
        except sympy.PolynomialError:
            return None
        if any(not c.is_number for c in poly.coeffs()):
            return None
        rows.append(dict(poly.terms()))
    return rows


def _combination(target: dict[tuple[int, ...], sympy.Expr],
                 basis: list[dict[tuple[int, ...], sympy.Expr]]) -> list[sympy.Expr] | None:
    """Constants c with target = Σ cᵢ·basisᵢ (as coefficient maps), or None."""
    monomials = sorted(set(target).union(*basis))
    if not basis or len(monomials) > _MAX_MONOMIALS:
        return None
    columns = [[b.get(m, 0) for b in basis] + [target.get(m, 0)] for m in monomials]
    if columns and all(isinstance(c, int) or getattr(c, "is_Rational", False) for row in columns
           for c in row):
        return _rational_combination(columns, len(basis))
    matrix = sympy.Matrix([[b.get(m, 0) for b in basis] for m in monomials])
    vector = sympy.Matrix([target.get(m, 0) for m in monomials])
    try:
        solution, params = matrix.gauss_jordan_solve(vector)
    except ValueError:  # no solution
        return None
    if params.shape[0]:
        solution = solution.subs({p: 0 for p in params})
    return list(solution)


def _rational_combination(rows: list[list[sympy.Expr]], unknowns: int
                          ) -> list[sympy.Expr] | None:
    """`_combination` for rational coefficients, by exact elimination over the
    rationals (SymPy's DomainMatrix, many times faster than `Matrix.gauss_jordan_solve`):
    the same solution, the free unknowns taken as 0, or None when there is none."""
    augmented = DomainMatrix([[QQ(int(c.p), int(c.q)) if not isinstance(c, int) else QQ(c)
                               for c in row] for row in rows], (len(rows), unknowns + 1), QQ)
    reduced, pivots = augmented.rref()
    if unknowns in pivots:
        return None  # a row 0 = 1: no solution
    entries = reduced.to_list()
    solution = [sympy.Integer(0)] * unknowns
    for row, column in enumerate(pivots):
        solution[column] = sympy.Rational(int(entries[row][unknowns].numerator),
                                          int(entries[row][unknowns].denominator))
    return solution


def _consistent(basis: list[dict[tuple[int, ...], sympy.Expr]], n_gens: int) -> bool:
    """No combination of the equations gives `0 = 1`."""
    one = {(0,) * n_gens: sympy.Integer(1)}
    return _combination(one, basis) is None


def zero_at_random_points(expr: sympy.Expr) -> bool:
    for point in random_points(expr.free_symbols, seed=11):
        value = expr.evalf(PRECISION, subs=point)
        if not value.is_number or value.has(sympy.nan, sympy.zoo) or abs(value) > NEGLIGIBLE:
            return False
    return True


def linear_combination(diff: sympy.Expr, previous: list[Pair]) -> bool:
    """The claim `diff = 0` is a constant combination of earlier equations."""
    target = numerator_polynomial(diff)
    if target is None:
        return False
    numerators = []
    for lhs, rhs in previous[:_MAX_EQUATIONS]:
        numer = numerator_polynomial(lhs - rhs)
        if numer is not None:
            numerators.append(numer)
    gens = sorted(target.free_symbols.union(*(n.free_symbols for n in numerators)), key=str)
    if not numerators or len(gens) > _MAX_SYMBOLS:
        return False
    rows = _coefficients([target, *numerators], gens)
    if rows is None:
        return False
    # Recent equations first; skip one that contradicts those already kept.
    kept: list[int] = []
    for index in range(1, len(rows)):
        if _consistent([rows[i] for i in [*kept, index]], len(gens)):
            kept.append(index)
    basis = [rows[i] for i in kept]
    weights = _combination(rows[0], basis)
    if weights is None or all(w == 0 for w in weights):
        return False
    combined = sum((w * numerators[i - 1] for w, i in zip(weights, kept, strict=True)),
                   sympy.Integer(0))
    return zero_at_random_points(target - combined)


def factor_of_earlier(diff: sympy.Expr, previous: list[Pair]) -> bool:
    """`n² - 4 = 0` after `3n(n² - 4) = 0`: the claim's side is a factor of an earlier
    equation's (exact division), so each of its solutions solves the earlier one."""
    factor = numerator_polynomial(diff)
    if factor is None or factor.is_number:
        return False
    for lhs, rhs in previous[:_MAX_EQUATIONS]:
        whole = numerator_polynomial(lhs - rhs)
        if whole is None or whole.is_number or not factor.free_symbols <= whole.free_symbols:
            continue
        gens = sorted(whole.free_symbols, key=str)
        try:
            quotient, remainder = sympy.div(whole, factor, *gens)
        except (sympy.PolynomialError, ZeroDivisionError):
            continue
        if remainder == 0 and not quotient.is_number and \
                zero_at_random_points(whole - quotient * factor):
            return True
    return False


def _solved_for(pair: Pair) -> list[tuple[sympy.Expr, sympy.Expr]]:
    """`v = E`, `v² = E` (or the same written the other way round): what to put in."""
    found = []
    for side, other in (pair, pair[::-1]):
        base = side.base if isinstance(side, sympy.Pow) and side.exp == 2 else side
        if isinstance(base, sympy.Symbol) and base not in other.free_symbols \
                and other.free_symbols:
            found.append((side, other))
    return found


def _identity_twice(expr: sympy.Expr) -> bool:
    """Zero by exact expansion and at random points."""
    numer = numerator_polynomial(expr)
    return numer is not None and numer == 0 and is_identity(expr)


def by_substitution(diff: sympy.Expr, previous: list[Pair]) -> bool:
    """Putting an earlier `v = E` into the claim leaves an identity, or a constant
    multiple of another earlier equation with the same substitution made."""
    for index, pair in enumerate(previous[:_MAX_EQUATIONS]):
        for old, new in _solved_for(pair):
            if sympy.count_ops(new) > _MAX_OPS:
                continue
            after = diff.subs(old, new)
            if after.has(*old.free_symbols):
                continue  # e.g. `v` left over where only `v²` was known
            if diff.has(old) and _identity_twice(after):
                return True
            for other_index, other in enumerate(previous[:_MAX_EQUATIONS]):
                other_diff = other[0] - other[1]
                if other_index == index or not (diff.has(old) or other_diff.has(old)):
                    continue
                substituted = other_diff.subs(old, new)
                if not substituted.has(*old.free_symbols) and _multiple(substituted, after):
                    return True
    return False


def _multiple(before: sympy.Expr, after: sympy.Expr) -> bool:
    """`after` = c·`before` for a non-zero constant c, numerators compared: exact
    cancellation, then random points."""
    a, b = numerator_polynomial(before), numerator_polynomial(after)
    if a is None or b is None or a == 0 or b == 0:
        return False
    ratio = sympy.cancel(b / a)
    if ratio.free_symbols or ratio == 0:
        return False
    return zero_at_random_points(b - ratio * a)
