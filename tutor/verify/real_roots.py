"""The real odd root: `\\sqrt[3]{-8}` is -2 in school, not SymPy's principal root 1 + i√3.

`RealRoot(u, q)` is the real q-th root of u for odd q. It evaluates to a number when u is
one, prints as `\\sqrt[q]{u}`, and evaluates numerically at any real point; SymPy's solvers
do not know it, so an equation holding one of a variable is declined rather than solved
with the principal root (which loses the solutions where u < 0).
"""

from __future__ import annotations

from typing import Any

import sympy as sp


class RealRoot(sp.Function):
    """The real q-th root of u, q odd."""

    nargs = 2

    def __new__(cls, u: sp.Basic, q: sp.Basic, **options: Any) -> Any:
        # Evaluated here rather than in SymPy's `eval` hook: a number gives its root.
        if options.pop("evaluate", True):
            if u.is_nonnegative:
                return sp.Pow(u, sp.Rational(1, q))
            if u.is_number and u.is_negative:
                return -sp.Pow(-u, sp.Rational(1, q))
        return super().__new__(cls, u, q, evaluate=False, **options)

    def _eval_evalf(self, prec: int) -> sp.Basic | None:
        u = self.args[0]._eval_evalf(prec)
        if u is None or not u.is_real:
            return None
        root = sp.Pow(abs(u), sp.Rational(1, self.args[1]))._eval_evalf(prec)
        return root if u >= 0 else -root

    def _latex(self, printer: Any, exp: Any = None) -> str:
        body = f"\\sqrt[{self.args[1]}]{{{printer._print(self.args[0])}}}"
        return f"\\left({body}\\right)^{{{exp}}}" if exp else body


def is_odd_root(e: sp.Basic) -> bool:
    return bool(e.is_Pow and e.exp.is_Rational and not e.exp.is_Integer and e.exp.q % 2)


def real_odd_root(e: sp.Pow) -> sp.Basic:
    """u^(p/q), q odd, as (real q-th root of u)^p; unchanged when u >= 0 is known."""
    if e.base.is_nonnegative:
        return e
    root = RealRoot(e.base, sp.Integer(e.exp.q), evaluate=False)
    return root if e.exp.p == 1 else sp.Pow(root, e.exp.p, evaluate=False)


def real_odd_roots(expr: sp.Basic) -> sp.Basic:
    """Every odd root in `expr` read as the real root."""
    return expr.replace(is_odd_root, real_odd_root) if expr.has(sp.Pow) else expr
