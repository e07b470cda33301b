"""Reading the maths of a polynomial question: a polynomial written as an equation
(`x^3 - 2x + 5 = 0`), an expression or a named function (`f(x) = x^3 + 1`); letters
with subscripts (`r_1, r_2`), which the LaTeX parser does not read, stand in for fresh
Greek letters; and the roots of a polynomial computed numerically with mpmath (the
independent check of an answer found symbolically).
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import numeric
from tutor.reasoning.symbolic.algebra.expressions import imaginary
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex

_NAMED = re.compile(r"^\s*([A-Za-z])\s*\(\s*([a-z])\s*\)\s*=(?!.*=)")
_SUBSCRIPTED = re.compile(r"(?<![\\A-Za-z])([A-Za-z])_\{?(\d)\}?")
_STAND_INS = ("xi", "eta", "zeta", "kappa", "mu", "nu", "rho", "tau", "chi", "psi")
MAX_DEGREE = 12


class Letters:
    """Subscripted letters of a problem (`r_1`) read as fresh Greek letters."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}

    def tex(self, src: str) -> str:
        """`src` with each subscripted letter replaced by its stand-in."""
        def swap(m: re.Match[str]) -> str:
            key = f"{m.group(1)}_{m.group(2)}"
            if key not in self.names:
                if len(self.names) >= len(_STAND_INS) or f"\\{_STAND_INS[len(self.names)]}" \
                        in src:
                    raise Decline("too many subscripted letters")
                self.names[key] = _STAND_INS[len(self.names)]
            return f"\\{self.names[key]} "
        return _SUBSCRIPTED.sub(swap, src)

    def parse(self, src: str) -> sp.Basic:
        return parse_latex(self.tex(src))

    def shown(self) -> dict[sp.Symbol, str]:
        """Symbol names for `latex(symbol_names=...)`: the stand-ins as written."""
        return {sp.Symbol(v): f"{k[0]}_{{{k[2:]}}}" for k, v in self.names.items()}


def polynomial(src: str, letters: Letters | None = None) -> tuple[sp.Poly, str | None]:
    """The polynomial of a piece (`p(x) = 0`, `p(x)`, `f(x) = p(x)`) in its one letter,
    with exact numeric coefficients, and the name of its function if it has one."""
    name = None
    m = _NAMED.match(src)
    if m:
        name, src = m.group(1), src[m.end():]
    e = (letters or Letters()).parse(src)
    if isinstance(e, sp.Equality):
        if e.rhs != 0 and e.lhs != 0:
            e = e.lhs - e.rhs
        else:
            e = e.lhs if e.rhs == 0 else e.rhs
    if not isinstance(e, sp.Expr) or len(e.free_symbols) != 1:
        raise Decline("a polynomial in one letter")
    x = next(iter(e.free_symbols))
    if str(x) == "i":
        raise Decline("i is the imaginary unit here")
    expanded = sp.expand(e)
    if not expanded.is_polynomial(x):
        raise Decline("not a polynomial")
    p = sp.Poly(expanded, x)
    if not 1 <= p.degree() <= MAX_DEGREE or not all(c.is_number for c in p.all_coeffs()):
        raise Decline("a polynomial of small degree with numeric coefficients")
    return p, name


def numeric_roots(p: sp.Poly, dps: int = 40) -> list[sp.Expr]:
    """All complex roots of `p` (as `dps`-digit SymPy numbers), repeated by multiplicity,
    by mpmath's Durand-Kerner iteration (no symbolic algebra)."""
    with mpmath.workdps(dps):
        coeffs = [numeric.to_mp(c) for c in p.all_coeffs()]
        if any(c is None for c in coeffs):
            raise Decline("coefficients that are numbers")
        try:
            roots = mpmath.polyroots(coeffs, maxsteps=400, extraprec=4 * dps)
        except mpmath.libmp.NoConvergence as exc:
            raise Decline("the roots could not be computed numerically") from exc
        return [sp.Float(mpmath.nstr(mpmath.re(r), dps), dps)
                + sp.I * sp.Float(mpmath.nstr(mpmath.im(r), dps), dps) for r in roots]


def complex_value(src: str, letters: Letters | None = None) -> sp.Expr:
    """A complex number written with i (`3 - 2i`, `1 + i\\sqrt{3}`)."""
    e = imaginary((letters or Letters()).parse(src))
    if not isinstance(e, sp.Expr) or e.free_symbols:
        raise Decline("a number")
    return sp.expand(e)


def value_at(call_src: str, name: str | None, p: sp.Expr, x: sp.Symbol, what: str
             ) -> tuple[sp.Expr, Step]:
    """The value asked as `P(2)` of the polynomial `p` called `name`, with its step."""
    call = re.fullmatch(r"\s*([A-Za-z])\s*\((.+)\)\s*", call_src)
    if not call or call.group(1) != name:
        raise Decline(f"a value of the {what}")
    arg = parse_latex(call.group(2))
    if not isinstance(arg, sp.Expr) or arg.free_symbols:
        raise Decline("a value at a number")
    value = sp.expand(p.subs(x, arg))
    claim = f"{call_src} = {latex(value)}"
    return value, step("evaluate", f"Substitute into the {what}.", f"${claim}$", latex(value))


__all__ = ["Letters", "complex_value", "numeric_roots", "polynomial", "value_at"]
