"""Does a claim follow from earlier equations with polynomial multipliers? Verify
only (worker side).

After `a + b = 5` and `ab = 6`, the step `(a + b)^2 - 2ab = 5^2 - 2 \\cdot 6` holds
because (a + b)² - 2ab - 13 = (a + b + 5)·(a + b - 5) - 2·(ab - 6): the claim is a sum
of the earlier equations, each times a polynomial. The usual moves of symmetric
functions and Vieta's formulas (`ab(a + b) = 6 \\cdot 5`, `(a+b)^3 - 3ab(a+b) = 125 -
90`) are of this kind, which a constant combination (see elimination) cannot reach.

The multipliers are found by exact linear algebra over the rationals
(`DomainMatrix`), with each multiplier's degree bounded by the claim's; the identity
claim = Σ multiplierᵢ·earlierᵢ is then confirmed at random points (40 digits), a
check independent of the solve. Equations that contradict those already kept (a
chain that tries the cases x = 2 and x = 3) are never combined: with such a pair
any claim would follow.
"""

from __future__ import annotations

import itertools

import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from tutor.verify.claims import RawClaim
from tutor.verify.elimination import numerator_polynomial, zero_at_random_points
from tutor.verify.exact import is_zero_exact
from tutor.verify.verdict import ClaimResult, Verdict

Pair = tuple[sympy.Expr, sympy.Expr]
_MAX_EQUATIONS = 6
_MAX_SYMBOLS = 4
_MAX_DEGREE = 2  # of a multiplier
_MAX_COLUMNS = 120
_MAX_ROWS = 220


def _monomials(gens: list[sympy.Symbol], degree: int) -> list[sympy.Expr]:
    """Every monomial in `gens` of total degree at most `degree`."""
    found: list[sympy.Expr] = [sympy.Integer(1)]
    for d in range(1, degree + 1):
        found.extend(sympy.Mul(*c) for c in itertools.combinations_with_replacement(gens, d))
    return found


def _terms(expr: sympy.Expr, gens: list[sympy.Symbol]) -> dict[tuple[int, ...], object] | None:
    """Rational coefficients of `expr` by monomial, or None (other coefficients)."""
    try:
        poly = sympy.Poly(expr, *gens, domain=QQ)
    except (sympy.PolynomialError, sympy.CoercionFailed):
        return None
    return dict(poly.terms())


def _solve(columns: list[dict[tuple[int, ...], object]],
           target: dict[tuple[int, ...], object]) -> list[object] | None:
    """Rationals w with Σ wⱼ·columnⱼ = target (free ones 0), or None when there are none."""
    monomials = sorted(set(target).union(*columns))
    if len(monomials) > _MAX_ROWS:
        return None
    rows = [[column.get(m, QQ(0)) for column in columns] + [target.get(m, QQ(0))]
            for m in monomials]
    reduced, pivots = DomainMatrix(rows, (len(rows), len(columns) + 1), QQ).rref()
    if len(columns) in pivots:
        return None  # the target is not in the span
    weights: list[object] = [QQ(0)] * len(columns)
    dense = reduced.to_Matrix()
    for row, column in enumerate(pivots):
        weights[column] = dense[row, len(columns)]
    return weights


def follows_with_multipliers(diff: sympy.Expr, previous: list[Pair]) -> bool:
    """The claim `diff = 0` is a sum of earlier equations times polynomials (see
    module doc)."""
    target = numerator_polynomial(diff)
    if target is None or len(target.free_symbols) > _MAX_SYMBOLS:
        return False
    equations = [n for lhs, rhs in previous[:_MAX_EQUATIONS]
                 if (n := numerator_polynomial(lhs - rhs)) is not None
                 and n.free_symbols & target.free_symbols]
    gens = sorted(target.free_symbols.union(*(n.free_symbols for n in equations)), key=str)
    if not equations or len(gens) > _MAX_SYMBOLS:
        return False
    degree = sympy.Poly(target, *gens).total_degree()
    one = {(0,) * len(gens): QQ(1)}
    kept: list[sympy.Expr] = []
    columns: list[dict[tuple[int, ...], object]] = []
    for equation in equations:  # recent first; skip one that contradicts those kept
        own = sympy.Poly(equation, *gens).total_degree()
        multiplied = [m * equation for m in _monomials(gens, min(_MAX_DEGREE,
                                                                 max(degree - own, 0)))]
        new = [_terms(sympy.expand(e), gens) for e in multiplied]
        if any(t is None for t in new) or len(columns) + len(new) > _MAX_COLUMNS:
            continue
        trial = columns + [t for t in new if t is not None]
        if _solve(trial, one) is None:
            columns, kept = trial, kept + multiplied
    goal = _terms(target, gens)
    weights = _solve(columns, goal) if columns and goal is not None else None
    if weights is None:
        return False
    combined = sum((sympy.Rational(QQ.to_sympy(w)) * e
                    for w, e in zip(weights, kept, strict=True) if w),
                   sympy.Integer(0))
    return combined != 0 and zero_at_random_points(target - combined)


def multiplier_claim(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr, previous: list[Pair]
                     ) -> ClaimResult | None:
    """Verified when the claim gives an expression a value other than 0 and follows
    from the earlier equations with polynomial multipliers, else None.

    Only a value: `(x - r)(x + 5) = 0` after `x = r` would "follow" whatever the second
    factor is, and a wrong factoring or expansion must not pass for a consequence."""
    if claim.relation != "=" or not previous or not _gives_a_value(lhs, rhs) \
            or not follows_with_multipliers(lhs - rhs, previous):
        return None
    return ClaimResult(claim.source, Verdict.VERIFIED, "follows from earlier equations",
                       "rewrite", method="earlier equations times polynomials (exact linear "
                       "algebra), confirmed at random points (40 digits)")


def _gives_a_value(lhs: sympy.Expr, rhs: sympy.Expr) -> bool:
    """One side has names and the other is a number other than 0."""
    for side, other in ((lhs, rhs), (rhs, lhs)):
        if side.free_symbols and not other.free_symbols and other.is_number:
            return is_zero_exact(other) is False
    return False
