"""A root of a monomial in simplest radical form: $\\sqrt{50x^4} = 5x^2\\sqrt{2}$,
$\\sqrt[3]{-54x^6y^4} = -3x^2y\\sqrt[3]{2y}$, $\\sqrt{2} \\cdot \\sqrt{9y^4} = 3y^2\\sqrt{2}$.

The roots (all of one index n) are multiplied as one root, then each n-th power inside comes
out: the number's largest n-th power factor and, for each letter x^e, x^(e div n), leaving
x^(e mod n) inside. The result is kept only when it equals the original at every test
point, negative letters included (principal roots, as `confirm.identity` tests it): so
sqrt(x^4) = x^2 and the real cube root come out, while sqrt(x^2), which is |x|, and
sqrt(x^3) = x sqrt(x), true only for x >= 0, stay as they are. SymPy leaves sqrt(x^4) as it
is, its letters being complex.
"""

from __future__ import annotations

import random

import sympy as sp

from tutor.reasoning.symbolic import numeric
from tutor.verify.real_roots import RealRoot

_POINTS = 6


def pulled_out(e: sp.Basic) -> sp.Basic | None:
    """`e` (a number times roots of monomials, all of one index) with the powers taken
    out, or None."""
    coeff, n, inside = sp.Integer(1), 0, sp.Integer(1)
    real_root = False
    for factor in sp.Mul.make_args(e):
        if factor.is_Rational:
            coeff *= factor
            continue
        if isinstance(factor, RealRoot):
            base, index, real_root = factor.args[0], int(factor.args[1]), True
        elif factor.is_Pow and factor.exp.is_Rational and not factor.exp.is_Integer \
                and factor.exp > 0:
            base, index = factor.base ** factor.exp.p, int(factor.exp.q)
        else:
            return None
        if n and index != n:
            return None
        n, inside = index, inside * base
    if not n or not coeff:
        return None
    number, letters = sp.Integer(1), dict[sp.Symbol, int]()
    for factor in sp.Mul.make_args(sp.expand_power_base(inside)):
        if factor.is_Integer:
            number *= factor
        elif factor.is_Symbol:
            letters[factor] = letters.get(factor, 0) + 1
        elif factor.is_Pow and factor.base.is_Symbol and factor.exp.is_Integer \
                and factor.exp > 0:
            letters[factor.base] = letters.get(factor.base, 0) + int(factor.exp)
        else:
            return None
    if not letters or all(power < n for power in letters.values()):
        return None
    if number < 0 and n % 2 == 0:
        return None
    sign = -1 if number < 0 else 1
    out_number, in_number = _split_number(abs(int(number)), n)
    outside, left = sp.Integer(sign * out_number), sp.Integer(in_number)
    for x, power in letters.items():
        k, r = divmod(power, n)
        outside *= x**k
        left *= x**r
    if left == 1:
        root = sp.Integer(1)
    elif n % 2 and (real_root or left.free_symbols):
        root = RealRoot(left, sp.Integer(n), evaluate=False)
    else:
        root = sp.Pow(left, sp.Rational(1, n))
    pulled = coeff * outside * root
    return pulled if _same_everywhere(e, pulled) else None


def _split_number(m: int, n: int) -> tuple[int, int]:
    """m = a^n * b with b free of n-th powers: (a, b)."""
    a, b = 1, 1
    for p, e in sp.factorint(m).items():
        a *= p ** (e // n)
        b *= p ** (e % n)
    return a, b


def _same_everywhere(before: sp.Basic, after: sp.Basic) -> bool:
    """Equal at test points of both signs, principal values compared as `confirm.identity`
    compares them (`numeric.to_mp`, `numeric.near`); a point either side cannot be evaluated
    at counts against."""
    letters = sorted(before.free_symbols, key=str)
    rng = random.Random(len(letters))
    for _ in range(_POINTS):
        point = {x: sp.Rational(rng.choice([-1, 1]) * rng.randint(1, 97), rng.randint(1, 13))
                 for x in letters}
        a, b = (numeric.to_mp(v.subs(point)) for v in (before, after))
        if a is None or b is None or not numeric.near(a, b, 1e-20):
            return False
    return True


__all__ = ["pulled_out"]
