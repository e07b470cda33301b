"""The checker's fast paths give what the slow paths they stand in for give.

* `elimination._combination` on rational coefficients solves by exact elimination over
  the rationals instead of `Matrix.gauss_jordan_solve`: the same weights (free unknowns
  taken as 0), or None when there is no solution.
* `rewrites._spread` compares complex ratios at their 40-digit values instead of
  through SymPy's `abs` of unevaluated quotients.
"""

from __future__ import annotations

import random

import sympy

from tutor.verify.elimination import _combination, linear_combination
from tutor.verify.exact import NEGLIGIBLE
from tutor.verify.rewrites import _spread, constant_ratio, proportionality_constant

x, y = sympy.symbols("x y")


def _slow_combination(target: dict, basis: list[dict]) -> list | None:
    monomials = sorted(set(target).union(*basis))
    matrix = sympy.Matrix([[b.get(m, 0) for b in basis] for m in monomials])
    vector = sympy.Matrix([target.get(m, 0) for m in monomials])
    try:
        solution, params = matrix.gauss_jordan_solve(vector)
    except ValueError:
        return None
    if params.shape[0]:
        solution = solution.subs({p: 0 for p in params})
    return list(solution)


def test_rational_combinations_match_gauss_jordan() -> None:
    rng = random.Random(46)
    solved = unsolvable = 0
    for _ in range(300):
        monomials = [(i, j) for i in range(rng.randint(1, 3)) for j in range(2)]
        basis = [{m: sympy.Rational(rng.randint(-4, 4), rng.randint(1, 3))
                  for m in monomials if rng.random() < 0.7} for _ in range(rng.randint(1, 4))]
        target = {m: sympy.Rational(rng.randint(-4, 4), rng.randint(1, 2))
                  for m in monomials if rng.random() < 0.6}
        if not set(target).union(*basis):
            continue
        fast, slow = _combination(target, basis), _slow_combination(target, basis)
        assert fast == slow
        solved += fast is not None
        unsolvable += fast is None
    assert solved > 20 and unsolvable > 20  # both outcomes were exercised


def test_irrational_coefficients_take_the_general_path() -> None:
    root = sympy.sqrt(2)
    target = {(1,): 2 * root, (0,): sympy.Integer(2)}
    basis = [{(1,): root, (0,): sympy.Integer(1)}]
    assert _combination(target, basis) == [2]


def test_linear_combinations_still_found() -> None:
    # (x + y = 5) - (x - y = 1) gives 2y = 4; (x + y = 5) alone does not give x = 3
    previous = [(x + y, sympy.Integer(5)), (x - y, sympy.Integer(1))]
    assert linear_combination(2 * y - 4, previous)
    assert linear_combination(sympy.Rational(1, 2) * x + sympy.Rational(1, 2) * y
                              - sympy.Rational(5, 2), previous)
    assert not linear_combination(x - 3, previous[:1])
    # x = 2 and x = 3 contradict each other: the later one is not combined
    assert not linear_combination(y - 7, [(x, sympy.Integer(2)), (x, sympy.Integer(3))])


def _slow_spread(ratios: list[sympy.Expr]) -> bool:
    first = ratios[0]
    return any(abs(r - first) > abs(first) * NEGLIGIBLE for r in ratios[1:])


def test_complex_ratios_spread_as_before() -> None:
    z = sympy.Float("1.2345678901234567890", 40) + sympy.Float("0.75", 40) * sympy.I
    w = sympy.Float("-0.5", 40) + sympy.Float("2.125", 40) * sympy.I
    same = [(3 * z) / z, (3 * w) / w, (3 * z * w) / (z * w)]
    different = [(3 * z) / z, (3 * w + sympy.Float("1e-10", 40)) / w]
    for ratios in (same, different, [z / w, z / w], [z / w, w / z]):
        assert _spread(ratios) == _slow_spread(ratios)
    assert not _spread(same)
    assert _spread(different)


def test_real_ratios_unchanged() -> None:
    values = [sympy.Float(2.5, 40), sympy.Float(2.5, 40), sympy.Float(2.5000001, 40)]
    assert _spread(values) == _slow_spread(values)
    assert not _spread(values[:2])


def test_multiples_with_complex_values_at_the_points() -> None:
    # sqrt of a negative value at some sample points: complex values, same ratio 3
    a = sympy.sqrt(x - 5) + y
    ratio = constant_ratio(a, 3 * a)
    assert ratio is not None and abs(complex(sympy.N(ratio - 3, 40))) < 1e-30
    assert constant_ratio(a, a + 1) is None
    double = proportionality_constant(x ** 2 - 4, 2 * x ** 2 - 8)
    assert double is not None and abs(float(double) - 2) < 1e-12
