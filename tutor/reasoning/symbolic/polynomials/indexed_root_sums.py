"""Typed reader: a sum over the roots of a polynomial, the roots named with an index.

"Let $r_1, r_2, \\ldots, r_5$ be the roots of $x^5 - 3x^2 + 1 = 0$. Find
$\\sum_{k=1}^5 r_k^2$.", "Let $a_1,$ $a_2,$ $\\dots,$ $a_{8}$ be the roots of the polynomial
$x^8 + x^7 + \\dots + x^2 + x - 3 = 0$. Compute $\\sum_{n = 1}^{8} \\frac{1}{1 - a_n}$."
A polynomial written with dots may be a run of descending powers with coefficient 1.

The list must name as many roots as the degree, and the polynomial must have no repeated
root. The sum of a rational expression over the roots is found exactly through the
coefficients: the denominator is inverted modulo the polynomial, and the polynomial left is
summed with Newton's power sums. Confirmed
independently: the roots found numerically at 40 digits (degree at most 40), the
expression summed over them.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_ASK = re.compile(r"^let (?P<list>(?:@\d+@,? ?)+) be the (?:\w+ )?(?:complex |distinct )?(?:roots|"
                  r"zeros|solutions) of (?:the )?(?:polynomial |equation )?@(?P<p>\d+)@[.,]? "
                  r"(?:compute|find|evaluate|determine|what is) (?:the value of )?"
                  r"@(?P<s>\d+)@[.?]?$")
_DOTS = r"\\(?:dots|ldots|cdots|dotsb)"
_SUM = re.compile(r"\\sum_\{?([a-z])=1\}?\^\{?(\d+)\}?(.+)")
_MAX_DEGREE = 40
T = sp.Symbol("t")


def _bare(s: str) -> str:
    return re.sub(r"\\left|\\right|\\,|[\s{}]", "", s)


def read(split: Split, template: str) -> Result | None:
    m = _ASK.match(re.sub(r"\s+", " ", template.lower().strip()))
    if m is None:
        return None
    pieces = [int(k) for k in re.findall(r"@(\d+)@", m.group("list"))]
    names = _bare(",".join(split.maths[k].strip().rstrip(",") for k in pieces))
    listed = re.fullmatch(rf"([a-z])_1,\1_2,{_DOTS},\1_(\d+)", names)
    total = _SUM.fullmatch(re.sub(r"\s", "", split.maths[int(m.group("s"))]))
    if listed is None or total is None:
        return None
    letter, count = listed.group(1), int(listed.group(2))
    k, upper, body = total.groups()
    if int(upper) != count:
        raise Decline("the sum runs over every root")
    poly = _polynomial(split.maths[int(m.group("p"))])
    x = poly.gens[0]
    if poly.degree() != count or count > _MAX_DEGREE:
        raise Decline("one name for each root of a polynomial of small degree")
    if sp.degree(sp.gcd(poly, poly.diff(x))) > 0:
        raise Decline("a repeated root")
    term = parse_latex(re.sub(rf"{letter}_(?:{k}|\{{{k}\}})(?![a-z0-9])", " t ", body))
    if not isinstance(term, sp.Expr) or not term.free_symbols <= {T}:
        raise Decline("an expression in one root")
    value = _root_sum(poly, term.subs(T, x))
    with mpmath.workdps(40):
        roots = mpmath.polyroots([int(c) if c.is_Integer else mpmath.mpf(str(sp.N(c, 50)))
                                  for c in poly.all_coeffs()], maxsteps=400, extraprec=200)
        f = sp.lambdify(T, term, "mpmath")
        numeric = mpmath.fsum(f(r) for r in roots)
        exact = sp.N(value, 45)
        want = mpmath.mpc(str(sp.re(exact)), str(sp.im(exact)))
        ok = abs(numeric - want) < mpmath.mpf("1e-25") * max(1, abs(numeric))
    confirm.check(ok, "the roots found numerically give the same sum")
    general = latex(term.subs(T, sp.Symbol("r")))
    claim = f"\\sum_{{\\text{{roots }} r}} {general} = {latex(value)}"
    return value, [step("sum over the roots", "A symmetric expression of the roots is a "
                        "function of the coefficients.", f"For the roots of "
                        f"${latex(poly.as_expr())} = 0$: ${claim}$", "")]


def _root_sum(poly: sp.Poly, term: sp.Expr) -> sp.Expr:
    """The sum of a rational expression over the roots: its denominator inverted modulo the
    polynomial leaves a polynomial of lower degree, summed by Newton's power sums."""
    x = poly.gens[0]
    top, bottom = sp.fraction(sp.together(term))
    if not (top.is_polynomial(x) and bottom.is_polynomial(x)):
        raise Decline("a rational expression in the root")
    monic = poly.monic()
    try:
        inverse = sp.invert(sp.Poly(bottom, x), monic)
    except sp.polys.polyerrors.NotInvertible as exc:
        raise Decline("the expression is undefined at a root") from exc
    rest = (sp.Poly(top, x) * inverse).rem(monic)
    c = monic.all_coeffs()[1:]
    n = monic.degree()
    sums = [sp.Integer(n)]
    for k in range(1, n):
        sums.append(-sum(c[j - 1] * sums[k - j] for j in range(1, k)) - k * c[k - 1])
    return sp.nsimplify(sum(rest.coeff_monomial(x**k) * sums[k] for k in range(n)))


def _polynomial(src: str) -> sp.Poly:
    """The polynomial of `P = 0` or `P`; a run `x^n + x^{n-1} + ... + x` may be dotted."""
    side = src.split("=")
    if len(side) > 2 or len(side) == 2 and parse_latex(side[1]) != 0:
        raise Decline("a polynomial equal to 0")
    text = re.sub(r"\\left|\\right|\\,|\s", "", side[0])  # braces kept for the constant
    run = re.fullmatch(rf"([a-z])\^\{{?(\d+)\}}?\+\1\^\{{?(\d+)\}}?\+{_DOTS}\+\1\^\{{?2\}}?\+\1"
                       r"(?:\+1)?([+-].+)?", text)
    if run:
        v, top, next_ = run.group(1), int(run.group(2)), int(run.group(3))
        if next_ != top - 1 or top < 4:
            raise Decline("a run of powers going down by one")
        low = 0 if re.search(r"\^\{?2\}?\+[a-z]\+1(?:[+-]|$)", text) else 1
        x = sp.Symbol(v)
        tail = parse_latex(run.group(4)) if run.group(4) else sp.Integer(0)
        if not (isinstance(tail, sp.Expr) and tail.is_number):
            raise Decline("a number after the run of powers")
        e = sum(x**j for j in range(low, top + 1)) + tail
    elif re.search(_DOTS, text):
        raise Decline("dots in the polynomial")
    else:
        e = parse_latex(side[0])
    if not isinstance(e, sp.Expr) or len(e.free_symbols) != 1 or not e.is_polynomial():
        raise Decline("a polynomial in one letter")
    poly = sp.Poly(e, *e.free_symbols)
    if not all(c.is_Rational for c in poly.all_coeffs()):
        raise Decline("rational coefficients")
    return poly


__all__ = ["read"]
