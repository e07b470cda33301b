"""Typed reader: the endless sum of a sequence given by its first terms and a linear rule with
constant coefficients, each term possibly weighted by a power.

"A sequence $a_1, a_2, \\dots$ is defined by $a_1 = 2$, $a_2 = 1$ and, for $k \\ge 3$,
$a_k = \\frac{1}{2} a_{k - 1} + \\frac{1}{5} a_{k - 2}$. Evaluate $a_1 + a_2 + a_3 + \\dotsb$",
"Let $F_1 = F_2 = 1$ and $F_{n + 2} = F_{n + 1} + F_n$ for $n \\ge 1$. Find
$\\sum_{n = 1}^\\infty \\frac{F_n}{3^n}$".

With weights K q^m, the sum T = sum of a_m q^m from the first term on satisfies
T (1 - sum c_j q^j) = (the first terms' part), from a_m = sum c_j a_{m - j}; it converges
when every root of the characteristic polynomial is less than 1/|q| in size (else the
problem declines). Confirmed independently: the terms are computed one by one from the rule
and summed at 40 digits until the tail is far below the precision, and the partial sum
must agree with the exact value.
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
from tutor.reasoning.symbolic.polynomials.recurrences import VOCAB as RULE_WORDS
from tutor.reasoning.symbolic.polynomials.recurrences import (
    rule_expression,
    term_re,
    told_terms,
)
from tutor.reasoning.symbolic.typed import words_within

VOCAB = RULE_WORDS | frozenset("evaluate sum".split())
_ASK = re.compile(r"\b(?:evaluate|find|compute|determine|what is)(?: the value of| the sum)? "
                  r"@(\d+)@\W*$")
_DOTS = r"(?:\\[lc]?dots[bc]?|\\ldots|\.\.\.)"
_SUM = re.compile(r"\s*\\sum_\{?\s*(?P<v>[a-z])\s*=\s*(?P<lo>\d+)\s*\}?\s*\^\s*\{?\s*\\infty\s*\}?"
                  r"\s*(?P<body>.+)", re.S)
_N = sp.Symbol("n")
_A = sp.Symbol("omega")  # the term, while the weight is read


def read(split: Split, template: str) -> Result | None:
    m = _ASK.search(template)
    if m is None or "=" not in "".join(split.maths) or not words_within(template, VOCAB):
        return None
    asked = split.maths[int(m.group(1))]
    if "\\infty" not in asked and not re.search(_DOTS + r"\s*$", asked):
        return None
    read_series = _series(asked)
    if read_series is None:
        return None
    name, lo, scale, ratio = read_series
    term = term_re(name)
    given, rules, start, var, _ = told_terms(split, template, int(m.group(1)), name)
    if len(rules) != 1 or not given or var not in (None, rules[0][1]):
        raise Decline("the first terms and one rule between terms, with its indices")
    expr, offsets = rule_expression(rules[0][0], term, rules[0][1])
    if start is None:  # "a_1 = a_2 = 1 and a_{n+2} = a_{n+1} + a_n": from the first term
        start = min(given) - min(offsets)
    coeffs, top = _linear(expr, offsets, rules[0][1])
    first, from_m = min(given), start + top  # the rule gives every term from from_m on
    if from_m - len(coeffs) < first or any(k not in given for k in range(first, from_m)) \
            or lo < first or max(given) >= from_m + len(coeffs) + 40:
        raise Decline("the first terms the rule needs are not all given")
    return _solved(name, given, coeffs, first, from_m, lo, scale, ratio)


def _series(asked: str) -> tuple[str, int, sp.Rational, sp.Rational] | None:
    """(name, first index, K, q) for the sum of K q^m a_m from m = first index on; None
    when no term of a sequence is summed."""
    dotted = re.fullmatch(rf"\s*([a-zA-Z])_\{{?(\d+)\}}?((?:\s*\+\s*\1_\{{?\d+\}}?)*)\s*\+\s*"
                          rf"{_DOTS}\s*", asked)
    if dotted:
        nums = [int(dotted.group(2)), *map(int, re.findall(r"_\{?(\d+)", dotted.group(3)))]
        if len(nums) < 2 or nums != list(range(nums[0], nums[0] + len(nums))):
            raise Decline("terms added one after another")
        return dotted.group(1), nums[0], sp.Integer(1), sp.Integer(1)
    s = _SUM.fullmatch(asked)
    if s is None:
        raise Decline("an endless sum of the sequence's terms")
    v, body = s.group("v"), s.group("body")
    index = rf"_(?:\{{\s*{v}\s*\}}|{v}(?![A-Za-z0-9]))"
    names = set(re.findall(rf"(?<![\\A-Za-z])([a-zA-Z]){index}", body))
    if not names:
        return None
    if len(names) != 1 or re.search(r"[A-Za-z]_\{?\s*" + v + r"\s*[+-]", body):
        raise Decline("one term of the sequence in the sum")
    name = names.pop()
    if "\\omega" in body:
        raise Decline("a Greek letter in the sum")
    e = parse_latex(re.sub(rf"(?<![\\A-Za-z]){name}{index}", r" \\omega ", body))
    if not isinstance(e, sp.Expr):
        raise Decline("a sum of weighted terms")
    e = e.subs(sp.Symbol(v), _N)
    weight = sp.simplify(e / _A)
    if _A in weight.free_symbols or weight.free_symbols - {_N}:
        raise Decline("each term times a power")
    ratio = sp.simplify(weight.subs(_N, _N + 1) / weight)
    scale = sp.simplify(weight.subs(_N, 0))
    if not (isinstance(ratio, sp.Rational) and isinstance(scale, sp.Rational)) or ratio == 0:
        raise Decline("a weight that is a number times a rational power")
    return name, int(s.group("lo")), scale, ratio


def _linear(expr: sp.Expr, offsets: dict[int, sp.Symbol], n: sp.Symbol
            ) -> tuple[list[sp.Rational], int]:
    """c_1 ... c_d of a_m = c_1 a_{m-1} + ... + c_d a_{m-d}, and the top offset."""
    top = max(offsets)
    if n in expr.free_symbols:
        raise Decline("a rule with n in it")
    poly = sp.Poly(expr, *offsets.values())
    if poly.total_degree() != 1 or poly.coeff_monomial(1) != 0:
        raise Decline("a linear rule without a constant")
    lead = poly.coeff_monomial(offsets[top])
    d = top - min(offsets)
    coeffs = [-poly.coeff_monomial(offsets[top - j]) / lead if top - j in offsets
              else sp.Integer(0) for j in range(1, d + 1)]
    if d == 0 or lead == 0 or not all(isinstance(c, sp.Rational) for c in coeffs):
        raise Decline("a rule with rational coefficients")
    return coeffs, top


def _solved(name: str, given: dict[int, sp.Rational], coeffs: list[sp.Rational], first: int,
            from_m: int, lo: int, scale: sp.Rational, q: sp.Rational) -> Result:
    lam = sp.Symbol("lambda")
    d = len(coeffs)
    char = lam**d - sum(c * lam ** (d - j) for j, c in enumerate(coeffs, 1))
    try:  # the square-free part: a repeated root slows the numerical roots down
        roots = sp.Poly(char, lam).sqf_part().nroots(n=30, maxsteps=200)
    except mpmath.libmp.libhyper.NoConvergence as exc:
        raise Decline("the roots of the rule's characteristic polynomial") from exc
    rho = max(abs(complex(r)) for r in roots) * abs(float(q))
    if not rho < 1 - 1e-9:
        raise Decline("the sum does not converge")
    known = {m: given[m] for m in range(first, from_m)}
    head = sum(v * q**m for m, v in known.items())
    shifted = sum(c * q**j * sum(v * q**m for m, v in known.items() if m < from_m - j)
                  for j, c in enumerate(coeffs, 1))
    whole = (head - shifted) / (1 - sum(c * q**j for j, c in enumerate(coeffs, 1)))
    terms = _terms(given, coeffs, first, from_m, lo - 1)
    value = sp.nsimplify(scale * (whole - sum(terms[m] * q**m for m in range(first, lo))))
    _confirm(given, coeffs, first, from_m, lo, scale, q, rho, value)
    return value, _steps(name, coeffs, q, scale, whole, value)


def _terms(given: dict[int, sp.Rational], coeffs: list[sp.Rational], first: int,
           from_m: int, last: int) -> dict[int, sp.Rational]:
    out = dict(given)
    for m in range(from_m, last + 1):
        made = sum(c * out[m - j] for j, c in enumerate(coeffs, 1))
        if m in out and out[m] != made:
            raise Decline("a given term breaks the rule")
        out[m] = made
    return out


def _confirm(given: dict[int, sp.Rational], coeffs: list[sp.Rational], first: int,
             from_m: int, lo: int, scale: sp.Rational, q: sp.Rational, rho: float,
             value: sp.Basic) -> None:
    count = int(60 * math.log(10) / -math.log(rho)) + 60 if rho > 0 else 60
    if count > 60_000:
        raise Decline("the sum converges too slowly to check")
    with mpmath.workdps(45):
        terms = {m: mpmath.mpf(int(v.p)) / int(v.q) for m, v in given.items()}
        cs = [mpmath.mpf(int(c.p)) / int(c.q) for c in coeffs]
        qq = mpmath.mpf(int(q.p)) / int(q.q)
        total = mpmath.mpf(0)
        for m in range(first, first + count):
            if m >= from_m:
                made = mpmath.fsum(c * terms[m - j] for j, c in enumerate(cs, 1))
                if m in terms and abs(terms[m] - made) > mpmath.mpf(10) ** -30:
                    raise Decline("a given term breaks the rule")
                terms[m] = made
            if m >= lo:
                total += terms[m] * qq**m
        total *= mpmath.mpf(int(scale.p)) / int(scale.q)
        want = mpmath.mpf(sp.N(value, 50))
        ok = abs(total - want) <= mpmath.mpf(10) ** -25 * (1 + abs(want))
    confirm.check(ok, f"the first {count} terms, computed from the rule and added at 45 "
                      "digits, give the same sum")


def _steps(name: str, coeffs: list[sp.Rational], q: sp.Rational, scale: sp.Rational,
           whole: sp.Basic, value: sp.Basic) -> list[Step]:
    rule = " + ".join(f"{latex(c)} {name}_{{m - {j}}}" for j, c in enumerate(coeffs, 1) if c)
    weight = "" if q == 1 else f"{latex(q)}^m "
    return [
        step("the rule", "The rule adds fixed multiples of earlier terms.",
             f"${name}_m = {rule}$", ""),
        step("sum the rule", "Multiply the rule by the weight of its term and add over every "
             "term it gives: the whole sum T appears on both sides, shifted.",
             f"$T = \\sum {weight}{name}_m = {latex(whole)}$", latex(whole)),
        step("the sum asked", "Take off the terms before the first one asked and multiply by "
             "the constant factor." if scale != 1 else "Take off any terms before the first "
             "one asked.", f"${latex(value)}$", latex(value))]


__all__ = ["VOCAB", "read"]
