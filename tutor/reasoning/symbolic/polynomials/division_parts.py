"""Typed reader: values of the quotient and the remainder of a polynomial division, named
as functions.

"Let $q(x)$ and $r(x)$ be the quotient and remainder when $x^4 + 1$ is divided by
$x^2 - x + 2$. Find $q(2) + r(1)$", "Let $f(x) = ...$ and $g(x) = ...$. If
$f(x) = q(x)g(x) + r(x)$ for some polynomials $q(x)$ and $r(x)$ where $\\deg r < \\deg g$,
calculate $q(1) + r(-1)$". The quotient and remainder come from long division (SymPy's
`div`); they are confirmed as the only pair that fits: P = QD + R holds exactly at random
rational points and R has a smaller degree than D.
"""

from __future__ import annotations

import random
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import functions
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_N = r"@\d+@"
_ASK = re.compile(rf"(?:find|compute|calculate|evaluate|determine|what is) (?:the value of )?"
                  rf"(?P<t>{_N})\W*$")
_NAMED = re.compile(rf"(?:let )?(?P<q>{_N}) and (?P<r>{_N}) (?:be|are|denote) the quotient "
                    rf"and (?:the )?remainder when (?P<p>{_N}) is divided by (?P<d>{_N})")
_WRITTEN = re.compile(rf"if (?P<eq>{_N}) for some polynomials (?P<q>{_N}) and (?P<r>{_N})"
                      rf"(?: where (?P<deg>{_N}))?")
_DEF = re.compile(r"^\s*([A-Za-z])\s*\(\s*([a-z])\s*\)\s*=\s*(.+)$")
_CALL = re.compile(r"^\s*([A-Za-z])\s*\(\s*([a-z])\s*\)\s*$")
_SPLIT = re.compile(r"^\s*([A-Za-z])\(([a-z])\)\s*=\s*([A-Za-z])\(\2\)\s*(?:\\cdot)?\s*"
                    r"([A-Za-z])\(\2\)\s*\+\s*([A-Za-z])\(\2\)\s*$")


def read(split: Split, template: str) -> Result | None:
    if "quotient" not in template and "for some polynomials" not in template:
        return None
    ask = _ASK.search(template)
    if ask is None:
        return None
    piece = {f"@{i}@": m for i, m in enumerate(split.maths)}
    defs = {m.group(1): (m.group(2), m.group(3)) for ref, src in piece.items()
            if (m := _DEF.match(src)) and not _SPLIT.match(src)}
    named = _NAMED.search(template)
    written = _WRITTEN.search(template)
    if named:
        q, r = _name(piece[named.group("q")]), _name(piece[named.group("r")])
        p_src, d_src = _body(piece[named.group("p")], defs), _body(piece[named.group("d")], defs)
        used = set(re.findall(_N, named.group(0)))
    elif written:
        parts = _SPLIT.match(piece[written.group("eq")])
        if parts is None:
            raise Decline("the division written as f(x) = q(x)d(x) + r(x)")
        f_name, _, a, b, r = parts.groups()
        q = _name(piece[written.group("q")])
        d_name = b if a == q else a
        if {a, b} != {q, d_name} or r != _name(piece[written.group("r")]) \
                or f_name not in defs or d_name not in defs:
            raise Decline("a quotient, a divisor and a remainder named")
        deg = written.group("deg")
        if deg and not re.fullmatch(rf"\s*\\deg\s*{r}\s*<\s*\\deg\s*{d_name}\s*",
                                    piece[deg]):
            raise Decline("the remainder's degree below the divisor's")
        p_src, d_src = defs[f_name][1], defs[d_name][1]
        used = set(re.findall(_N, written.group(0)))
    else:
        return None
    used |= {ask.group("t")} | {ref for ref, src in piece.items() if _DEF.match(src)}
    if used != set(piece) or q == r:
        return None
    x = sp.Symbol("x")
    p, d = parse_latex(p_src), parse_latex(d_src)
    if not isinstance(p, sp.Expr) or not isinstance(d, sp.Expr) or \
            not p.free_symbols <= {x} or d.free_symbols != {x} or \
            not (p.is_polynomial(x) and d.is_polynomial(x)):
        raise Decline("polynomials in x")
    quotient, remainder = sp.div(sp.expand(p), sp.expand(d), x)
    _confirm(p, d, quotient, remainder, x)
    table = functions.Table([f"{q}(x) = {latex(quotient)}", f"{r}(x) = {latex(remainder)}",
                             *(f"{n}({v}) = {b}" for n, (v, b) in defs.items()
                               if n not in (q, r))])
    steps: list[Step] = []
    value = table.evaluate(piece[ask.group("t")], steps)
    if not isinstance(value, sp.Expr) or value.free_symbols:
        raise Decline("a number from the quotient and the remainder")
    value = sp.nsimplify(sp.expand(value))
    div = f"{q}(x) = {latex(quotient)}, {r}(x) = {latex(remainder)}"
    return value, [step("divide", "Long division gives the quotient and the remainder, whose "
                        "degree is below the divisor's.", f"${div}$", div),
                   *steps,
                   step("combine", "Put the values together.",
                        f"${piece[ask.group('t')]} = {latex(value)}$", latex(value))]


def _name(src: str) -> str:
    m = _CALL.match(src) or re.fullmatch(r"\s*([A-Za-z])\s*", src)
    if m is None:
        raise Decline("a polynomial named like q(x)")
    return m.group(1)


def _body(src: str, defs: dict[str, tuple[str, str]]) -> str:
    call = _CALL.match(src)
    if call and call.group(1) in defs:
        return defs[call.group(1)][1]
    return src


def _confirm(p: sp.Expr, d: sp.Expr, q: sp.Expr, r: sp.Expr, x: sp.Symbol) -> None:
    rng = random.Random(5)
    points = [sp.Rational(rng.randint(-50, 50), rng.randint(1, 9)) for _ in range(6)]
    holds = all((p - q * d - r).subs(x, t) == 0 for t in points)
    smaller = r == 0 or sp.degree(r, x) < sp.degree(d, x)
    confirm.check(holds and smaller, "P = QD + R at random points and R has a smaller "
                  "degree than D")


__all__ = ["read"]
