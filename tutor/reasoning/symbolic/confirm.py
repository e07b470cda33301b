"""Independent confirmation of an answer, by a method other than the one that produced it.

A solver finds its answer symbolically (SymPy's summation, integration, solve ...);
before the answer is shown as verified, one of these checks recomputes it another way:

- values (sums, products, integrals, limits, plain arithmetic): numerically with mpmath,
  sums by Richardson/Levin extrapolation of partial sums (`mpmath.nsum`), definite
  integrals by quadrature, limits by evaluating close to the point;
- antiderivatives by differentiating back, derivatives by a numerical difference;
- solutions of an equation by substitution, and for a polynomial the number of distinct
  roots by Sturm sequences (`Poly.count_roots`);
- counts and probabilities by enumeration when the space is small (`count`).

Each check either records what it confirmed (`confirmations()`), raises `Decline` when
the two methods disagree (the answer is never shown), or does nothing when it cannot
tell (too slow, oscillating, not real): the answer then stays "unconfirmed".
Terms are evaluated with `evalf(subs=...)`: no code is generated from the problem.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import numeric
from tutor.reasoning.symbolic.model import Decline

_LOG: list[str] = []


def reset() -> None:
    """Forget earlier confirmations (one solve per process, but tests solve many)."""
    _LOG.clear()


def confirmations() -> list[str]:
    """What the current solve has confirmed independently, in words."""
    return list(_LOG)


def _record(what: str) -> None:
    _LOG.append(what)


def record_again(*logs: list[str]) -> None:
    """Start a fresh log holding what earlier logs confirmed: a question solved on its own
    (a part, or the problem rewritten) starts a new log, and the whole answer keeps what
    each confirmed."""
    reset()
    for log in logs:
        _LOG.extend(log)


DISAGREES = "an independent check disagrees"


def _disagree(what: str) -> None:
    raise Decline(f"{DISAGREES}: {what}")


def value(problem: sp.Basic, answer: sp.Basic, what: str = "the value") -> bool:
    """Confirm that `answer` is the value of the closed expression `problem`."""
    answer = sp.Integer(answer) if isinstance(answer, int) else answer
    if not isinstance(answer, sp.Basic) or answer.free_symbols:
        return False
    got, want = numeric.estimate(problem), numeric.to_mp(answer)
    if got is None or want is None:
        return False
    if not numeric.near(got, want):
        shown = mpmath.nstr(got.real if got.imag == 0 else got, 12)
        _disagree(f"{what} is about {shown}, not {sp.latex(answer)}")
    _record(f"{what} agrees with a numerical evaluation")
    return True


def number(got: mpmath.mpc | mpmath.mpf | None, answer: sp.Basic, what: str) -> bool:
    """Confirm `answer` against a number the caller computed another way (mpmath,
    Python Fractions); `what` says how. Nothing is recorded when `got` is None."""
    want = numeric.to_mp(answer) if isinstance(answer, sp.Basic) else None
    if got is None or want is None:
        return False
    if not numeric.near(mpmath.mpc(got), want):
        shown = mpmath.nstr(got.real if mpmath.mpc(got).imag == 0 else got, 12)
        _disagree(f"{what} gives about {shown}, not {sp.latex(answer)}")
    _record(f"the answer agrees with {what}")
    return True


def substituted(e: sp.Basic, point: dict[sp.Symbol, sp.Basic], answer: sp.Basic,
                how: str = "the expression evaluated numerically at the given values") -> bool:
    """Confirm the value of `e` at `point` by evaluating it numerically there
    (`evalf(subs=...)`, floating point through the expression), not by exact algebra."""
    try:
        got = numeric.to_mp(e.evalf(numeric.DPS + 10, subs=point))
    except (TypeError, ValueError, ZeroDivisionError, ArithmeticError):
        return False
    return number(got, answer, how)


# -- calculus ---------------------------------------------------------------------------

_POINTS = (sp.Rational(3, 7), sp.Rational(11, 10), sp.Rational(-5, 3))


def antiderivative(f: sp.Basic, x: sp.Symbol, F: sp.Basic) -> bool:
    """Confirm d/dx F = f at a few points (differentiation checks integration)."""
    dF = sp.diff(F, x)
    seen = 0
    for t in _POINTS:
        a, b = numeric.at(dF, x, t), numeric.at(f, x, t)
        if a is None or b is None:
            continue
        if not numeric.near(a, b):
            _disagree("the derivative of the antiderivative is not the integrand")
        seen += 1
    if seen:
        _record("the antiderivative differentiates back to the integrand")
    return bool(seen)


def derivative(f: sp.Basic, x: sp.Symbol, d: sp.Basic) -> bool:
    """Confirm a derivative against a numerical difference quotient."""
    seen = 0
    for t in _POINTS:
        want = numeric.at(d, x, t)
        if want is None or numeric.at(f, x, t) is None:
            continue
        h = sp.Float("1e-12", numeric.DPS + 20)
        up, down = numeric.at(f, x, t + h), numeric.at(f, x, t - h)
        if up is None or down is None:
            continue
        with mpmath.workdps(numeric.DPS):
            got = (up - down) / (2 * mpmath.mpf("1e-12"))  # central difference, error ~h^2
        if not numeric.near(got, want, 1e-6):
            _disagree("the derivative disagrees with a difference quotient")
        seen += 1
    if seen:
        _record("the derivative agrees with a numerical difference quotient")
    return bool(seen)


def identity(before: sp.Basic, after: sp.Basic, what: str) -> bool:
    """Confirm a rewriting (simplify, expand, factor) at random rational points."""
    letters = sorted(before.free_symbols | after.free_symbols, key=str)
    if not letters or not isinstance(after, sp.Basic):
        return False
    rng = random.Random(20261201)
    seen = 0
    for _ in range(4):
        point = {v: sp.Rational(rng.randint(-97, 97), rng.randint(1, 13)) for v in letters}
        a, b = (numeric.to_mp(e.subs(point)) for e in (before, after))
        if a is None or b is None:
            continue
        if not numeric.near(a, b, 1e-20):
            _disagree(f"the {what} differs from the original at a test point")
        seen += 1
    if seen >= 2:
        _record(f"the {what} equals the original at random points")
    return seen >= 2


# -- equations --------------------------------------------------------------------------


def solutions(eq: sp.Basic, x: sp.Symbol, roots: Iterable[sp.Basic],
              real_only: bool = True, excluded: Iterable[sp.Basic] = ()) -> bool:
    """Confirm each root by substitution and, for a polynomial, that none is missing
    (`excluded`: roots of the polynomial outside the domain, a zero denominator)."""
    roots = [sp.Integer(r) if isinstance(r, int) else r for r in roots]
    expr = eq.lhs - eq.rhs if isinstance(eq, sp.Equality) else eq
    if expr.free_symbols - {x}:
        return False
    sides = (eq.lhs, eq.rhs) if isinstance(eq, sp.Equality) else (expr, sp.S.Zero)
    for r in roots:
        point = sp.N(r, numeric.DPS + 20) if not r.is_Rational else r
        left, right = (numeric.at(side, x, point) for side in sides)
        if left is None or right is None or not numeric.near(left, right, 1e-25):
            _disagree(f"substituting {sp.latex(r)} does not satisfy the equation")
    what = "each solution satisfies the equation when substituted"
    try:
        poly = sp.Poly(sp.together(expr).as_numer_denom()[0], x)
    except sp.PolynomialError:
        poly = None
    if poly is not None and poly.degree() > 0 and not poly.free_symbols - {x} \
            and sp.together(expr).as_numer_denom()[1].free_symbols == set():
        square_free = sp.Poly(sp.quo(poly, sp.gcd(poly, poly.diff(x))), x)
        count = square_free.count_roots() if real_only else square_free.degree()
        count -= len({r for r in excluded if square_free.eval(r) == 0})
        if all(r.is_real for r in roots) and real_only and count != len(set(roots)):
            _disagree(f"the equation has {count} distinct real solutions, not {len(roots)}")
        what += f", and the equation has {count} distinct real solution" + "s" * (count != 1)
    _record(what)
    return True


def system(eqs: list[sp.Basic], values: dict) -> bool:
    """Confirm a system's solution by substituting it numerically into every equation."""
    for e in eqs:
        left, right = (numeric.to_mp(side.subs(values)) for side in (e.lhs, e.rhs))
        if left is None or right is None or not numeric.near(left, right, 1e-25):
            _disagree(f"the values do not satisfy ${sp.latex(e)}$")
    _record("the values satisfy every equation when substituted")
    return True


def _holds(rels: list[sp.Basic], x: sp.Symbol, t: sp.Rational) -> bool:
    """Every inequality is true at x = t (undefined there counts as false)."""
    try:
        return all(r.subs(x, t) is sp.true for r in rels)
    except (TypeError, ZeroDivisionError):  # a comparison with zoo: undefined at t
        return False


def inequality(rels: list[sp.Basic], x: sp.Symbol, solution: sp.Set,
               excluded: Iterable[sp.Basic] = ()) -> bool:
    """Confirm a solution set point by point: near each boundary and on a grid, a point is
    in the set exactly when every inequality holds there (`excluded`: points where a
    written denominator is zero, which the cancelled inequality cannot see)."""
    excluded = set(excluded)
    edges = [b for b in solution.boundary if b.is_finite and b.is_real] \
        if solution.boundary.is_FiniteSet else []
    points = {sp.Rational(k, 4) for k in range(-200, 201, 23)}
    for b in edges:
        for d in (0, sp.Rational(1, 10**6), -sp.Rational(1, 10**6)):
            points.add(b + d if b.is_Rational else sp.Rational(str(sp.N(b + d, 30))))
    for t in sorted(points):
        if t in excluded:
            if solution.contains(t) is sp.true:
                _disagree(f"the answer contains ${sp.latex(x)} = {sp.latex(t)}$, where the "
                          "inequality is undefined")
            continue
        if _holds(rels, x, t) != bool(solution.contains(t)):
            _disagree(f"at ${sp.latex(x)} = {sp.latex(t)}$ the inequality and the answer differ")
    _record(f"the answer agrees with the inequality at {len(points)} test points")
    return True


# -- counting and integers -------------------------------------------------------------


def check(holds: bool, what: str) -> bool:
    """Record a definitional check computed another way (`what` says which); a failed
    one declines."""
    if not holds:
        _disagree(what)
    _record(what)
    return True


def divisors_listed(n: int) -> list[int]:
    """Every positive divisor of n > 0, in order, by trial division up to its square root."""
    small = [d for d in range(1, math.isqrt(n) + 1) if n % d == 0]
    return sorted(set(small) | {n // d for d in small})


def smallest_factor(n: int) -> int | None:
    """The least divisor of n > 1 from 2 up to its square root by trial division, None when
    there is none (n is prime)."""
    return next((d for d in range(2, math.isqrt(n) + 1) if n % d == 0), None)


def divisors_by_trial(n: int) -> int | None:
    """The number of divisors of n by trial division (n up to 10^10), else None."""
    if not 0 < n <= 10**10:
        return None
    return len(divisors_listed(n))



def count(answer: sp.Basic | int, enumerate_all: Callable[[], int], what: str) -> bool:
    """Confirm a count by enumerating the objects (the caller keeps the space small)."""
    got = enumerate_all()
    want = answer if isinstance(answer, sp.Basic) else sp.Integer(answer)
    if sp.Integer(got) != want:
        _disagree(f"enumerating gives {got} {what}, not {answer}")
    _record(f"the number of {what} agrees with an enumeration")
    return True


def probability(answer: sp.Basic, favourable: int, total: int, what: str) -> bool:
    """Confirm a probability by enumerating the whole sample space."""
    if sp.Rational(favourable, total) != answer:
        _disagree(f"enumeration gives {favourable}/{total} for {what}")
    _record(f"the probability of {what} agrees with an enumeration of all outcomes")
    return True
