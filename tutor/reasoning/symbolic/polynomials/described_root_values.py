"""Typed reader: the value of an expression at a root of a polynomial equation that is only
described, when it is the same at every root so described.

"Let $\\omega$ be a nonreal root of $z^3 = 1$. Compute $(1 + \\omega)(1 + \\omega^2)$",
"Let $z$ be a complex number such that $z^5 = 1$ and $z \\neq 1$. Compute
$z + \\frac{1}{z} + z^2 + \\frac{1}{z^2}$", "If $\\omega^3 = 1$ and $\\omega \\ne 1$, evaluate
$\\omega^{100} + \\omega^{200}$", "Let $\\zeta$ be a primitive seventh root of unity. Find
$\\zeta + \\zeta^2 + \\zeta^4$" (declined: its value differs between the roots).

The polynomial is split into factors irreducible over the rationals; the description keeps
or drops whole factors (nonreal: a factor with no real root; `\\neq a`: the factor x - a;
primitive n-th root of unity: the cyclotomic polynomial), and a factor with both real and
nonreal roots is declined. At the roots of one irreducible factor f the expression is the
remainder of N times the inverse of D modulo f (N/D the expression); a constant remainder
is its value at every root of f, anything else differs from root to root and is declined.
Confirmed independently: every described root found numerically (mpmath), the expression
evaluated there at 40 digits, and the count of roots checked against the kept factors.
"""

from __future__ import annotations

import math
import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.reading import numeric_roots, polynomial
from tutor.reasoning.symbolic.spelled_maths import ORDINALS

_NONREAL = r"(?P<kind>nonreal|non-real|imaginary)"
_ORDER = r"(?P<n>cube|square|[a-z]+th|@\d+@(?:-?th)?)"
_DESCRIBED = [
    # "@0@ be a nonreal root of @1@", "@0@ is an imaginary solution of the equation @1@"
    re.compile(rf"@(?P<x>\d+)@ (?:is|be|denotes?) an? {_NONREAL} (?:complex )?(?:root|solution|"
               r"zero) of (?:the equation |the polynomial )?@(?P<eq>\d+)@"),
    # "@0@ be a nonreal cube root of unity", "a primitive seventh root of unity"
    re.compile(rf"@(?P<x>\d+)@ (?:is|be|denotes?) an? (?:{_NONREAL}|primitive) "
               rf"(?:complex )?{_ORDER} root of unity"),
    # "@0@ be a complex number such that @1@ and @2@" (@2@ says x is not 1)
    re.compile(r"@(?P<x>\d+)@ (?:is|be) an? (?:(?P<kind2>nonreal|non-real) )?(?:complex )?"
               r"(?:number|root) (?:such that|with|"
               r"satisfying|that satisfies|for which) @(?P<eq>\d+)@(?:,? and (?:@(?P<ne>\d+)@|"
               r"(?:@\d+@ is )?(?P<nr>not real|nonreal|non-real)))?"),
    # "if @0@ and @1@," (the letter is the equation's)
    re.compile(r"(?:^|\. )(?:if|given that|suppose(?: that)?|assume(?: that)?) @(?P<eq>\d+)@ "
               r"and @(?P<ne>\d+)@"),
]
_ASK = re.compile(r"(?:compute|find|evaluate|calculate|determine|simplify|what is)"
                  r"(?: the value of)?(?: the expression)? @(?P<t>\d+)@")
_JOIN = frozenset("let suppose assume if given that then and where".split())
_NE = re.compile(r"^\s*(.+?)\s*\\(?:neq|ne)(?![a-zA-Z])\s*(.+?)\s*$")
_MAX_ORDER = 60
_MAX_POWER = 5000
_TINY = mpmath.mpf(10) ** -20


def read(split: Split, template: str) -> Result | None:
    ask = _ASK.search(template)
    if ask is None:
        return None
    found = next(((i, m) for i, p in enumerate(_DESCRIBED) if (m := p.search(template))), None)
    if found is None:
        return None
    index, who = found
    rest = template.replace(who.group(0), " ").replace(ask.group(0), " ")
    if set(re.findall(r"[a-z]+|@\d+@", rest)) - _JOIN:
        return None
    groups = who.groupdict()
    x, poly, how, order = _polynomial(split.maths, groups, renamable=index == 0)
    target = parse_latex(split.maths[int(ask.group("t"))])
    if not isinstance(target, sp.Expr) or target.free_symbols != {x} \
            or not target.is_rational_function(x):
        return None
    excluded = [] if groups.get("ne") is None else [_excluded(split.maths[int(groups["ne"])], x)]
    nonreal = bool(groups.get("kind") or groups.get("kind2") or groups.get("nr"))
    kept = _kept_factors(poly, nonreal, excluded)
    num, den = (sp.Poly(p, x) for p in sp.fraction(sp.together(target)))
    if max(num.degree(), den.degree()) > _MAX_POWER or not all(
            c.is_Rational for c in num.all_coeffs() + den.all_coeffs()):
        raise Decline("an expression with rational coefficients and powers of a fair size")
    values = {_value_at_roots(num, den, f) for f in kept}
    if len(values) != 1:
        raise Decline("the value differs between the roots described")
    value = values.pop()
    _confirm(poly, nonreal, excluded, order, target, x, value, sum(f.degree() for f in kept))
    return value, _steps(x, poly, how, kept, target, value)


def _polynomial(maths: list[str], groups: dict[str, str | None], renamable: bool
                ) -> tuple[sp.Symbol, sp.Poly, str, int | None]:
    """The letter, the polynomial whose roots are described, the words for it, and the
    order of a primitive root of unity (None for any other description)."""
    if groups.get("n") is not None:
        n = _order(groups["n"], maths)
        letter = parse_latex(maths[int(groups["x"] or 0)])
        if not isinstance(letter, sp.Symbol) or str(letter) == "i":
            raise Decline("a letter for the root")
        if groups.get("kind") is None:  # primitive
            return letter, sp.Poly(sp.cyclotomic_poly(n, letter), letter), \
                f"a primitive root of unity of order {n}", n
        return letter, sp.Poly(letter**n - 1, letter), \
            f"a nonreal root of ${latex(letter)}^{{{n}}} = 1$", None
    poly, _name = polynomial(maths[int(groups["eq"] or 0)])
    gen = poly.gen
    letter = gen if groups.get("x") is None else parse_latex(maths[int(groups["x"] or 0)])
    if not isinstance(letter, sp.Symbol) or str(letter) == "i":
        raise Decline("a letter for the root")
    if letter != gen:
        if not renamable:  # "w is a number such that z^3 = 1": not about w
            raise Decline("the letter is not the equation's")
        poly = sp.Poly(poly.as_expr().subs(gen, letter), letter)
    if not all(c.is_Rational for c in poly.all_coeffs()):
        raise Decline("a polynomial with rational coefficients")
    return letter, poly, f"a root of ${latex(poly.as_expr())} = 0$", None


def _order(word: str | None, maths: list[str]) -> int:
    word = word or ""
    if word in ("cube", "square"):
        return 3 if word == "cube" else 2
    if word in ORDINALS:
        return ORDINALS[word]
    m = re.match(r"@(\d+)@", word)
    got = parse_latex(maths[int(m.group(1))]) if m else None
    if isinstance(got, sp.Integer) and 2 <= int(got) <= _MAX_ORDER:
        return int(got)
    raise Decline("the order of the root of unity")


def _excluded(src: str, x: sp.Symbol) -> sp.Rational:
    m = _NE.match(src)
    if m is None or parse_latex(m.group(1)) != x:
        raise Decline("a condition that the letter is not a number")
    a = parse_latex(m.group(2))
    if not isinstance(a, sp.Rational):
        raise Decline("a rational number excluded")
    return a


def _kept_factors(poly: sp.Poly, nonreal: bool, excluded: list[sp.Rational]) -> list[sp.Poly]:
    kept = []
    for f, _mult in poly.factor_list()[1]:
        if f.degree() == 1 and any(f.eval(a) == 0 for a in excluded):
            continue
        if nonreal:
            real = f.count_roots()
            if real == f.degree():
                continue
            if real:
                raise Decline("a factor with both real and nonreal roots")
        kept.append(f)
    if not kept:
        raise Decline("no root is described")
    return kept


def _value_at_roots(num: sp.Poly, den: sp.Poly, f: sp.Poly) -> sp.Rational:
    """The value of num/den at every root of the irreducible f, or a decline."""
    d = den.rem(f)
    if d.is_zero:
        raise Decline("the expression is undefined at a root")
    value = num.rem(f).mul(d.invert(f)).rem(f)
    if value.degree() > 0:
        raise Decline("the value differs between the roots described")
    return sp.Rational(value.as_expr())


def _confirm(poly: sp.Poly, nonreal: bool, excluded: list[sp.Rational], order: int | None,
             target: sp.Expr, x: sp.Symbol, value: sp.Basic, count: int) -> None:
    """Every described root found numerically; the expression there agrees with value."""
    with mpmath.workdps(40):
        if order is not None:  # e^(2 pi i k/n) with k prime to n
            roots = [mpmath.expj(2 * mpmath.pi * k / order) for k in range(1, order)
                     if math.gcd(k, order) == 1]
        else:
            roots = [mpmath.mpc(str(sp.re(r)), str(sp.im(r))) for r in numeric_roots(poly)]
        distinct: list[mpmath.mpc] = []
        for r in roots:
            if all(abs(r - d) > mpmath.mpf(10) ** -15 for d in distinct):
                distinct.append(r)
        kept = [r for r in distinct if not (nonreal and abs(r.imag) < _TINY)
                and all(abs(r - mpmath.mpf(int(a.p)) / int(a.q)) > _TINY for a in excluded)]
        if len(kept) != count:
            raise Decline("the roots found numerically are not the ones described")
        for r in kept:
            point = sp.Float(mpmath.nstr(r.real, 40), 40) + sp.I * sp.Float(
                mpmath.nstr(r.imag, 40), 40)
            got = sp.N(target.subs(x, point), 35)
            confirm.number(mpmath.mpc(str(sp.re(got)), str(sp.im(got))), value,
                           "the expression evaluated at 40 digits at each described root "
                           "found numerically")


def _steps(x: sp.Symbol, poly: sp.Poly, how: str, kept: list[sp.Poly], target: sp.Expr,
           value: sp.Basic) -> list[Step]:
    factors = " \\cdot ".join(f"\\left({latex(f.as_expr())}\\right)" for f, _m in
                              poly.factor_list()[1])
    lead = poly.factor_list()[0]
    shown = f"{latex(lead)} {factors}" if lead != 1 else factors
    rel = ", ".join(f"{latex(f.as_expr())} = 0" for f in kept)
    steps = [step("factor", "Split the polynomial into factors that do not factor further "
                  "over the rationals.", f"${latex(poly.as_expr())} = {shown}$",
                  f"{latex(poly.as_expr())} = {shown}"),
             step("the roots described", f"${latex(x)}$ is {how}; the description leaves the "
                  "roots of these factors.", f"${rel}$", "")]
    claim = f"{latex(target)} = {latex(value)}"
    steps.append(step("reduce", f"Use ${rel}$ to lower the powers of ${latex(x)}$ (and to "
                      "invert the denominator): the same value comes out at every such root.",
                      f"${claim}$", ""))
    return steps


__all__ = ["read"]
