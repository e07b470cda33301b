"""The tests behind `value_conditions`, each two independent ways: a property of an exact
fraction (an integer, prime, a perfect square or cube, a multiple, a remainder, a
palindrome, a terminating decimal), the value of a rational function by Horner's rule on
integer polynomials and by walking the formula as written, and the bound "is an integer"
sets: Q(n) divides P(n) only where |Q(n)| <= |R(n)| or R(n) = 0, R the pseudo-remainder of
P on division by Q."""

from __future__ import annotations

import math
from collections.abc import Callable
from fractions import Fraction
from functools import partial

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import integer_properties
from tutor.reasoning.symbolic.number_theory.primality import is_prime_by_trial

_BOUND_LIMIT = 10**5
# a prime tested the second way, by trial division, is at most 10^12 (else: Decline)
_prime_by_trial = partial(is_prime_by_trial, most=10**12)


def _plain(kind: str, a: int, b: int, n: int) -> bool:
    """A remainder, a multiple, a divisor or a power, by subtraction and integer roots."""
    if kind == "mod":
        return n - b * (n // b) == a
    if kind == "div":
        return n - a * (n // a) == 0
    if kind == "factor":
        return n != 0 and a - n * (a // n) == 0
    return n >= 0 and bool(sp.integer_nthroot(n, a)[1])


def second_test(conditions: list[tuple[str, int, int]], values: list[Callable[[int], bool]]
                ) -> Callable[[int], bool]:
    """Every condition on n tested the second way, with the value tests `values` (for a
    confirmation)."""
    checks: list[Callable[[int], bool]] = list(values)
    for kind, a, b in conditions:
        if kind in ("mod", "div", "factor", "power"):
            checks.append(partial(_plain, kind, a, b))
        elif kind == "prime":
            checks.append(_prime_by_trial)
        elif kind in integer_properties.KINDS:
            checks.append(integer_properties.again(kind, a, b))
        else:
            raise Decline(f"no second test of {kind}")
    return lambda n: all(c(n) for c in checks)


def value_property(kind: str, a: int, b: int, second: bool) -> Callable[[Fraction], bool]:
    """The property of a value (an exact fraction), the first or the second way."""
    def whole(v: Fraction) -> int | None:
        if second:
            q, r = divmod(v.numerator, v.denominator)
            return q if r == 0 else None
        return int(v) if v.denominator == 1 else None

    def integral(test: Callable[[int], bool]) -> Callable[[Fraction], bool]:
        return lambda v: (w := whole(v)) is not None and test(w)
    if kind == "int":
        return lambda v: whole(v) is not None
    if kind == "posint":
        return integral(lambda k: k > 0)
    if kind == "notint":
        return lambda v: whole(v) is None
    if kind == "term":
        return _terminates_second if second else _terminates
    if kind in ("prime", "notprime", "composite"):
        is_prime = _prime_by_trial if second else (lambda k: bool(sp.isprime(k)))
        if kind == "prime":
            return integral(is_prime)
        if kind == "composite":
            return integral(lambda k: k > 1 and not is_prime(k))
        return integral(lambda k: not is_prime(k))
    if kind in ("square", "cube"):
        return integral(partial_power(2 if kind == "square" else 3, second))
    if kind in ("div", "notdiv"):
        def divides(k: int) -> bool:
            if k == 0:
                raise Decline("a value of 0: is it a multiple?")
            return (k - a * (k // a) if second else k % a) == 0
        return integral(divides if kind == "div" else lambda k: not divides(k))
    if kind == "mod":
        return integral(lambda k: (k - b * (k // b) if second else k % b) == a)
    if kind == "pal":
        test = integer_properties.again("pal", 0, 0) if second else \
            integer_properties.test("pal", 0, 0)
        return integral(test)
    raise Decline(f"a property not read: {kind}")


def partial_power(k: int, second: bool) -> Callable[[int], bool]:
    def holds(n: int) -> bool:
        if n < 0:
            if k == 3:
                raise Decline("a negative value: is it a perfect cube?")
            return False
        if second:
            return bool(sp.integer_nthroot(n, k)[1])
        r = math.isqrt(n) if k == 2 else round(n ** (1 / 3))
        return any((r + d) ** k == n for d in (-1, 0, 1))
    return holds


def _terminates(v: Fraction) -> bool:
    d = v.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def _terminates_second(v: Fraction) -> bool:
    """A terminating decimal: v times some 10^k is an integer (k up to the denominator's
    number of binary digits)."""
    return any((v.numerator * 10**k) % v.denominator == 0
               for k in range(v.denominator.bit_length() + 1))


def integer_polynomials(expr: sp.Expr, x: sp.Symbol) -> tuple[list[int], list[int]]:
    """P and Q with integer coefficients, expr = P/Q (common factors kept)."""
    num, den = sp.fraction(sp.together(expr))
    try:
        p, q = sp.Poly(num, x), sp.Poly(den, x)
    except sp.PolynomialError as exc:
        raise Decline("a value that is not a quotient of polynomials") from exc
    coeffs = p.all_coeffs() + q.all_coeffs()
    if not all(isinstance(c, sp.Rational) for c in coeffs):
        raise Decline("coefficients that are not rational")
    scale = math.lcm(*(int(c.q) for c in coeffs))
    return ([int(c * scale) for c in p.all_coeffs()], [int(c * scale) for c in q.all_coeffs()])


def horner(coeffs: list[int], n: int) -> int:
    total = 0
    for c in coeffs:
        total = total * n + c
    return total


def walk(e: sp.Basic, x: sp.Symbol, n: int) -> Fraction | None:
    """The formula as written, at x = n, in exact fractions (None where it divides by 0)."""
    if e == x:
        return Fraction(n)
    if isinstance(e, sp.Rational):
        return Fraction(int(e.p), int(e.q))
    parts = [walk(a, x, n) for a in e.args]
    if any(p is None for p in parts):
        return None
    vals = [p for p in parts if p is not None]
    if isinstance(e, sp.Add):
        return sum(vals, Fraction(0))
    if isinstance(e, sp.Mul):
        return math.prod(vals, start=Fraction(1))
    if isinstance(e, sp.Pow) and isinstance(e.exp, sp.Integer):
        base, k = vals[0], int(e.exp)
        if k < 0 and base == 0:
            return None
        return base**k
    raise Decline("a formula not evaluated exactly")


def integer_bound(expr: sp.Expr, x: sp.Symbol) -> tuple[int, int] | None:
    """[-N, N] holding every integer n at which P(n)/Q(n) is an integer, or None."""
    num, den = integer_polynomials(expr, x)
    p, q = sp.Poly(num, x), sp.Poly(den, x)
    if q.degree() < 1:
        return None
    r = p.prem(q) if p.degree() >= q.degree() else p  # lc(Q)^k P = S Q + R, S and R integral
    if r.is_zero:
        return None  # Q divides P: an integer for every n
    bound = max(cauchy_bound(q - r), cauchy_bound(q + r),
                cauchy_bound(r) if r.degree() > 0 else 0) + 1
    if bound > _BOUND_LIMIT:
        raise Decline("too many candidates to test")
    return -bound, bound


def cauchy_bound(f: sp.Poly) -> int:
    """Every real root of f is at most this in size (Cauchy's bound)."""
    c = [abs(int(a)) for a in f.all_coeffs()]
    if len(c) < 2:
        return 0
    return 1 + math.ceil(max(Fraction(a, c[0]) for a in c[1:]))


__all__ = ["cauchy_bound", "horner", "integer_bound", "integer_polynomials", "second_test",
           "value_property", "walk"]
