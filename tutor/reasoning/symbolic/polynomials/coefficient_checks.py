"""Equations for the unknown coefficients of a polynomial, from its roots, factors and
remainders, solved and then checked numerically (see `root_conditions`)."""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.confirm import DISAGREES
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.polynomials.reading import Letters, complex_value, numeric_roots

_NAMED = re.compile(r"^\s*[A-Za-z]\s*\(\s*[a-z]\s*\)\s*=(?!.*=)")
_VARIABLES = ("x", "z", "t", "w", "y")
_MAX_UNKNOWNS = 5


class Polynomial:
    """A polynomial in x whose coefficients hold unknown letters."""

    def __init__(self, src: str, letters: Letters) -> None:
        self.letters = letters
        src = _NAMED.sub("", src)
        e = letters.parse(src)
        if isinstance(e, sp.Equality):
            e = e.lhs - e.rhs
        if not isinstance(e, sp.Expr):
            raise Decline("a polynomial")
        e = e.xreplace({sp.Symbol("i"): sp.I})
        x = next((s for v in _VARIABLES for s in e.free_symbols if str(s) == v), None)
        if x is None:
            raise Decline("a polynomial in x")
        self.x, self.expr = x, sp.expand(e)
        self.unknowns = sorted(e.free_symbols - {x}, key=str)
        if not 1 <= len(self.unknowns) <= _MAX_UNKNOWNS or not self.expr.is_polynomial(x):
            raise Decline("a polynomial with a few unknown coefficients")
        self.poly = sp.Poly(self.expr, x)
        if not all(c.is_polynomial(*self.unknowns) for c in self.poly.all_coeffs()):
            raise Decline("coefficients polynomial in the unknowns")

    def known_coefficients(self) -> list[sp.Expr]:
        return [c for c in self.poly.all_coeffs() if not c.free_symbols]


def unknown_kinds(kinds: dict[str, set[str]], unknowns: list[sp.Symbol],
                  parse: Callable[[str], sp.Basic]) -> dict[sp.Symbol, set[str]]:
    """The kind said of each unknown ("*": of every coefficient)."""
    out: dict[sp.Symbol, set[str]] = {u: set() for u in unknowns}
    for ref, said in kinds.items():
        named = unknowns if ref == "*" else _letters(parse(ref))
        for u in named:
            if u not in out:
                raise Decline("a qualifier on a letter that is not a coefficient")
            out[u] |= said
    return out


def _letters(e: sp.Basic) -> list[sp.Symbol]:
    parts = list(e) if isinstance(e, sp.FiniteSet | sp.Tuple) else [e]
    if not all(isinstance(p, sp.Symbol) for p in parts):
        raise Decline("a list of letters")
    return [p for p in parts if isinstance(p, sp.Symbol)]


class Conditions:
    """The equations the statements give, and what to check the answer against."""

    def __init__(self, poly: Polynomial, kinds: dict[sp.Symbol, set[str]]) -> None:
        self.p, self.kinds = poly, kinds
        self.equations: list[sp.Expr] = []
        self.roots: list[sp.Expr] = []
        self.divisors: list[tuple[sp.Expr, sp.Expr]] = []
        self.stated: list[sp.Expr] = []  # differences that must vanish
        self.steps: list[Step] = []

    def _all(self, kind: set[str]) -> bool:
        return all(self.kinds[u] & kind for u in self.p.unknowns)

    def add_root(self, src: str) -> None:
        r = complex_value(src, self.p.letters)
        x, known = self.p.x, self.p.known_coefficients()
        self.roots.append(r)
        if self._all({"rational", "integer"}) and all(c.is_rational for c in known):
            m = sp.minimal_polynomial(r, x)
            why = "the coefficients are rational, so every conjugate of the root is a root"
        elif self._all({"real", "rational", "integer"}) and all(c.is_real for c in known) \
                and r.is_real is False:
            m = sp.expand((x - r) * (x - sp.conjugate(r)))
            why = "the coefficients are real, so the complex conjugate is a root too"
        else:
            self._equations(sp.expand(self.p.expr.subs(x, r)), f"${latex(r)}$ is a root")
            return
        if sp.degree(m, x) == 1:
            self._equations(sp.expand(self.p.expr.subs(x, r)), f"${latex(r)}$ is a root")
            return
        self._divides(m, sp.S.Zero, f"{why}: ${latex(m)}$ divides the polynomial")

    def add_values(self, parts: list[str], calls: list[bool]) -> None:
        """`p(a) = p(b) = v`: each part a value of the polynomial (`calls`) or a number; a
        value 0 at a point is a root (with its conjugates when the coefficients are)."""
        x = self.p.x
        vals = []
        for src, is_call in zip(parts, calls, strict=True):
            v = complex_value(src, self.p.letters)
            vals.append(sp.expand(self.p.expr.subs(x, v)) if is_call else v)
        for k in range(len(parts) - 1):
            if calls[k] and not calls[k + 1] and vals[k + 1] == 0:
                self.add_root(parts[k])
                continue
            diff = sp.expand(vals[k] - vals[k + 1])
            self.stated.append(diff)
            self._equations(diff, f"${latex(vals[k])} = {latex(vals[k + 1])}$")

    def add_divisor(self, d_src: str, r_src: str) -> None:
        x = self.p.x
        d = sp.expand(self.p.letters.parse(d_src))
        r = self.p.letters.parse(r_src)
        if not isinstance(d, sp.Expr) or not isinstance(r, sp.Expr) or not d.has(x) \
                or not d.is_polynomial(x) or not r.is_polynomial(x) \
                or not sp.Poly(d, x).LC().is_number \
                or (d.free_symbols | r.free_symbols) - {x} - set(self.p.unknowns) \
                or sp.degree(r, x) >= sp.degree(d, x):
            raise Decline("a divisor and a remainder in x")
        self.divisors.append((d, r))
        self._divides(d, r, f"dividing by ${latex(d)}$ leaves ${latex(r)}$")

    def _divides(self, d: sp.Expr, r: sp.Expr, why: str) -> None:
        rem = sp.expand(sp.rem(self.p.expr, d, self.p.x) - r)
        self._equations(rem, why, whole=f"the remainder of the division by ${latex(d)}$ is "
                        f"${latex(sp.rem(self.p.expr, d, self.p.x))}$")

    def _equations(self, e: sp.Expr, why: str, whole: str = "") -> None:
        x = self.p.x
        parts = sp.Poly(e, x).all_coeffs() if e.has(x) else [e]
        if not self._all({"real", "rational", "integer"}) or any(
                not c.is_real for c in self.p.known_coefficients()):
            eqs = [c for c in parts if c != 0]
        else:
            real = {u: sp.Symbol(str(u), real=True) for u in self.p.unknowns}
            back = {v: u for u, v in real.items()}
            eqs = [q.xreplace(back) for c in parts
                   for q in sp.expand_complex(c.xreplace(real)).as_real_imag() if q != 0]
        if any(not q.free_symbols for q in eqs):
            raise Decline("the conditions cannot all hold")
        self.equations += eqs
        shown = ", ".join(f"{latex(q)} = 0" for q in eqs)
        self.steps.append(step("write the condition as equations", "Each condition on the "
                               "polynomial is an equation in its unknown coefficients.",
                               f"Since {why}" + (f" ({whole})" if whole else "")
                               + f": ${shown}$", shown))

    def solve(self) -> tuple[dict[sp.Symbol, sp.Expr], list[Step]]:
        sols = sp.solve(self.equations, self.p.unknowns, dict=True)
        sols = [s for s in sols if set(s) == set(self.p.unknowns)
                and all(not v.free_symbols and self._fits(u, v) for u, v in s.items())]
        if len(sols) != 1:
            raise Decline("the coefficients are not determined uniquely")
        sol = {u: sp.radsimp(v) for u, v in sols[0].items()}
        self._check(sol)
        shown = ", ".join(f"{latex(u)} = {latex(v)}" for u, v in sol.items())
        return sol, self.steps + [step("solve for the coefficients", "Solve the equations "
                                       "together.", f"${shown}$", shown)]

    def _fits(self, u: sp.Symbol, v: sp.Expr) -> bool:
        said = self.kinds[u]
        tests = {"real": v.is_real, "rational": v.is_rational, "integer": v.is_integer,
                 "positive": v.is_positive, "negative": v.is_negative,
                 "nonzero": v.is_nonzero}
        return all(tests[k] is True for k in said)

    def _check(self, sol: dict[sp.Symbol, sp.Expr]) -> None:
        """The polynomial found vanishes at every root said and leaves every remainder
        said, evaluated numerically (no division)."""
        x, p = self.p.x, self.p.expr.subs(sol)
        points = [(r, sp.S.Zero) for r in self.roots]
        for d, r in self.divisors:
            dp = sp.Poly(d.subs(sol), x)
            if sp.degree(sp.gcd(dp, dp.diff()), x) > 0:
                raise Decline("a divisor with a repeated root")
            points += [(z, r.subs(sol)) for z in numeric_roots(dp)]
        for point, want in points:
            got, w = numeric.at(p, x, point), numeric.at(want, x, point)
            if got is None or w is None or not numeric.near(got, w, 1e-20):
                raise Decline(f"{DISAGREES}: the polynomial found at ${latex(point)}$")
        for diff in self.stated:
            got = numeric.to_mp(diff.subs(sol))
            if got is None or not numeric.near(got, numeric.to_mp(sp.S.Zero), 1e-20):
                raise Decline(f"{DISAGREES}: a stated value of the polynomial found")
        confirm.check(True, "the polynomial found takes the stated values at the roots and "
                      "at the roots of each divisor (numerically)")

    def other_root(self, sol: dict[sp.Symbol, sp.Expr], which: str
                   ) -> tuple[sp.Expr, list[Step]]:
        x = self.p.x
        p = sp.Poly(sp.expand(self.p.expr.subs(sol)), x)
        if which == "real":
            found = [r for r in sp.roots(p, x) if r.is_real]
            if p.count_roots() != 1 or len(found) != 1:
                raise Decline("not exactly one real root")
            root = found[0]
        else:
            q, rem = sp.div(p, sp.Poly(sp.Mul(*(x - r for r in self.roots)), x))
            if rem != 0 or q.degree() != 1 or not self.roots:
                raise Decline("not exactly one more root")
            root = sp.radsimp(-q.TC() / q.LC())
        got = numeric.at(p.as_expr(), x, root)
        if got is None or not numeric.near(got, numeric.to_mp(sp.S.Zero), 1e-20):
            raise Decline(f"{DISAGREES}: the root found does not satisfy the polynomial")
        confirm.check(True, "the root found satisfies the polynomial when substituted")
        claim = f"{latex(p.as_expr())} = 0"
        return root, [step("find the root asked for", "Put the coefficients back and factor.",
                           f"The polynomial is ${claim}$; its {which} root is "
                           f"${latex(x)} = {latex(root)}$.", claim)]


__all__ = ["Conditions", "Polynomial", "unknown_kinds"]
