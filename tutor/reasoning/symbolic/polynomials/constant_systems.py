"""Unknown constants from statements that hold for every x: a divisor leaves a stated
remainder (any of the three may hold unknowns) or two expressions are identically equal.

Each statement gives polynomial equations in the unknowns: the coefficients (in x) of the
remainder of P - R on division by D, or of the numerator of LHS - RHS over one denominator.
SymPy's `solve` finds every solution of the system (a zero-dimensional polynomial system is
solved completely, by Groebner bases); the solutions that fit what is said of the unknowns
(integer, real, positive) are kept, and each is confirmed a second way before its value is
used: numerically at 40 digits at every root of the divisor (P and R agree there: no
division), and exactly at random rational points for an identity.
"""

from __future__ import annotations

import random

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.confirm import DISAGREES
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.polynomials.reading import numeric_roots

_MAX_UNKNOWNS = 5
_MAX_DEGREE = 200


class Facts:
    """The statements about polynomials in `x` with unknown letters."""

    def __init__(self, x: sp.Symbol) -> None:
        self.x = x
        self.equations: list[sp.Expr] = []
        self.divisions: list[tuple[sp.Expr, sp.Expr, sp.Expr]] = []
        self.identities: list[tuple[sp.Expr, sp.Expr]] = []
        self.steps: list[Step] = []

    def unknowns(self) -> set[sp.Symbol]:
        found: set[sp.Symbol] = set()
        for p, d, r in self.divisions:
            found |= (p.free_symbols | d.free_symbols | r.free_symbols)
        for a, b in self.identities:
            found |= a.free_symbols | b.free_symbols
        return {s for s in found if isinstance(s, sp.Symbol)} - {self.x}

    def _polynomial(self, e: sp.Expr) -> sp.Poly:
        e = sp.expand(e)
        if not e.is_polynomial(self.x):
            raise Decline("polynomials in x")
        p = sp.Poly(e, self.x)
        if p.degree() > _MAX_DEGREE:
            raise Decline("a polynomial of smaller degree")
        return p

    def divides(self, p: sp.Expr, d: sp.Expr, r: sp.Expr) -> None:
        dp = self._polynomial(d)
        if dp.degree() < 1 or not dp.LC().is_number or dp.LC() == 0:
            raise Decline("a divisor in x with a number as its leading coefficient")
        pp, rp = self._polynomial(p), self._polynomial(r)
        if rp.degree() >= dp.degree():
            raise Decline("a remainder of smaller degree than the divisor")
        rem = sp.rem(pp - rp, dp)
        self.divisions.append((p, d, r))
        said = f"dividing ${latex(p)}$ by ${latex(d)}$ leaves ${latex(r)}$"
        self._equations(rem.as_expr(), said, f"the remainder of ${latex(sp.expand(p))}$ on "
                        f"division by ${latex(d)}$ is ${latex(sp.rem(pp, dp).as_expr())}$")

    def identity(self, lhs: sp.Expr, rhs: sp.Expr) -> None:
        num, _ = sp.fraction(sp.together(lhs - rhs))  # where a denominator vanishes is
        # checked with the solution, at random points
        self.identities.append((lhs, rhs))
        self._equations(self._polynomial(num).as_expr(),
                        f"${latex(lhs)} = {latex(rhs)}$ for every ${latex(self.x)}$", "")

    def _equations(self, e: sp.Expr, said: str, how: str) -> None:
        eqs = [c for c in sp.Poly(e, self.x).all_coeffs() if c != 0] if e.has(self.x) \
            else ([e] if e != 0 else [])
        if any(not q.free_symbols for q in eqs):
            raise Decline("the conditions cannot all hold")
        self.equations += eqs
        shown = ", ".join(f"{latex(q)} = 0" for q in eqs)
        self.steps.append(step("match coefficients", "A polynomial that is zero for every "
                               f"${latex(self.x)}$ has every coefficient zero.",
                               f"Since {said}" + (f" ({how})" if how else "")
                               + f": ${shown}$", shown))

    def solve(self, kinds: dict[sp.Symbol, set[str]], target: sp.Basic
              ) -> tuple[list[sp.Basic], list[Step]]:
        unknowns = sorted(self.unknowns(), key=str)
        if not 1 <= len(unknowns) <= _MAX_UNKNOWNS or not self.equations:
            raise Decline("a few unknown constants")
        if not target.free_symbols <= set(unknowns):
            raise Decline("an expression in the unknown constants")
        found = sp.solve(self.equations, unknowns, dict=True)
        sols = []
        for sol in found:
            if set(sol) != set(unknowns) or any(v.free_symbols for v in sol.values()):
                raise Decline("the constants are not all determined")
            if all(_fits(v, kinds.get(u, set())) for u, v in sol.items()):
                sols.append(sol)
        if not sols:
            raise Decline("no constants satisfy every condition")
        for sol in sols:
            self._confirm(sol)
        values: list[sp.Basic] = []
        for sol in sols:
            v = _value(target, sol)
            if not any(sp.simplify(v - w) == 0 if isinstance(v, sp.Expr) else v == w
                       for w in values):
                values.append(v)
        shown = "; ".join(", ".join(f"{latex(u)} = {latex(v)}" for u, v in sol.items())
                          for sol in sols)
        confirm.check(True, "the constants found make every statement hold (numerically at "
                      "the divisor's roots, exactly at random points for an identity)")
        return values, self.steps + [step("solve for the constants", "Solve the equations "
                                          "together, keeping what the problem allows.",
                                          f"${shown}$", shown)]

    def _confirm(self, sol: dict[sp.Symbol, sp.Expr]) -> None:
        x = self.x
        for p, d, r in self.divisions:
            dp = sp.Poly(sp.expand(d.subs(sol)), x)
            if sp.degree(sp.gcd(dp, dp.diff()), x) > 0:
                raise Decline("a divisor with a repeated root")
            for z in numeric_roots(dp):
                got, want = numeric.at(p.subs(sol), x, z), numeric.at(r.subs(sol), x, z)
                if got is None or want is None or not numeric.near(got, want, 1e-25):
                    raise Decline(f"{DISAGREES}: the polynomial at a root of the divisor")
        rng = random.Random(7)
        for lhs, rhs in self.identities:
            a, b = lhs.subs(sol), rhs.subs(sol)
            checked = 0
            for _ in range(12):
                t = sp.Rational(rng.randint(-90, 90), rng.randint(1, 13))
                u, v = a.subs(x, t), b.subs(x, t)
                if u.has(sp.zoo, sp.nan) or v.has(sp.zoo, sp.nan):
                    continue
                if sp.nsimplify(u - v) != 0 and sp.simplify(u - v) != 0:
                    raise Decline(f"{DISAGREES}: the identity at x = {t}")
                checked += 1
            if checked < 5:
                raise Decline("the identity is defined at too few points")


def _fits(v: sp.Expr, said: set[str]) -> bool:
    tests = {"real": v.is_real, "rational": v.is_rational, "integer": v.is_integer,
             "positive": v.is_positive}
    return all(tests[k] is True for k in said)


def _value(target: sp.Basic, sol: dict[sp.Symbol, sp.Expr]) -> sp.Basic:
    if isinstance(target, sp.Tuple):
        return sp.Tuple(*(sp.radsimp(t.subs(sol)) for t in target))
    return sp.radsimp(sp.expand(target.subs(sol)))


__all__ = ["Facts"]
