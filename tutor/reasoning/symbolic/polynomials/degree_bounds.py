"""Typed reader: the degrees a polynomial can have, told by a division or an asymptote.

"When a polynomial is divided by $3x^3 - x + 5$, what are the possible degrees of the
remainder?" (0, 1 and 2: a remainder has a lower degree than the divisor); "The graph of
the rational function $\\frac{p(x)}{x^4 - 2x + 7}$ has a horizontal asymptote. What is the
largest possible degree of $p(x)$?" (4: the top's degree at most the bottom's); "The graph
of $\\frac{2x^5 + x - 1}{q(x)}$ has a horizontal asymptote. What is the smallest possible
degree of $q(x)$?" (5).

Read only when the whole question is that, with the known polynomial's coefficients numbers.
Each answer is confirmed another way: for the remainder, an example dividend for every degree
is divided by the divisor (SymPy's `div`) and leaves a remainder of exactly that degree; for
the asymptote, a top (or bottom) of the degree found gives a finite limit at infinity
(SymPy's `limit`) and one degree beyond gives an infinite one. Any other degree asked (the
smallest top, the largest bottom: no bound), a slant or vertical asymptote, a constant
divisor, or a second letter decline.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_X = sp.Symbol("x")
_ASK = r"(?:what (?:is|are)|what's|whats|find|determine|give|list|state)"
_SEP = r"(?:,|\.|\?)? ?"
_ENTER = r"(?:enter (?:all )?(?:the )?(?:possible )?(?:values|degrees|answers?)(?:,)? " \
         r"separated by commas\W*)?"
_DIVIDED = r"(?:when|if) (?:a|any) polynomial is divided by @(?P<d>\d+)@"
_DEGREES = r"(?:the )?possible degrees? of the remainder"
_REMAINDER = [
    re.compile(rf"{_DIVIDED}{_SEP}{_ASK} {_DEGREES}\W*{_ENTER}"),
    re.compile(rf"{_ASK} {_DEGREES},? {_DIVIDED}\W*{_ENTER}"),
    re.compile(rf"{_DIVIDED}{_SEP}what degrees? (?:can|could|might) the remainder have\W*"
               rf"{_ENTER}"),
]
_GRAPH = r"(?:the )?graph of (?:the )?(?:rational )?(?:function )?(?:@\d+@ = )?@(?P<f>\d+)@ " \
         r"has (?:a|one) horizontal asymptote"
_WHICH = r"(?P<ext>largest|greatest|highest|maximum|biggest|smallest|least|lowest|minimum)"
_ASYMPTOTE = [
    re.compile(rf"{_GRAPH}{_SEP}{_ASK} (?:is )?the {_WHICH} possible degree of @(?P<u>\d+)@\W*"),
    re.compile(rf"{_ASK} (?:is )?the {_WHICH} possible degree of @(?P<u>\d+)@,? (?:if|given "
               rf"that) {_GRAPH}\W*"),
]
_UNKNOWN = re.compile(r"\s*([a-z])\s*\(\s*x\s*\)\s*")


def _known(src: str) -> sp.Poly:
    """A polynomial in x with number coefficients, written out."""
    e = parse_latex(src.strip().rstrip(".,?"))
    if not isinstance(e, sp.Expr) or e.free_symbols != {_X} or not e.is_polynomial(_X):
        raise Decline("a polynomial in x written out")
    poly = sp.Poly(sp.expand(e), _X)
    if not all(c.is_Rational for c in poly.all_coeffs()):
        raise Decline("a polynomial with rational coefficients")
    return poly


def _remainder(split: Split, m: re.Match[str]) -> Result:
    divisor = _known(split.maths[int(m.group("d"))])
    n = divisor.degree()
    if n < 1:
        raise Decline("a divisor of degree at least one")
    d = divisor.as_expr()
    for k in range(n):  # a dividend leaving a remainder of each degree below n
        dividend = sp.expand(d * (_X + 1) + _X**k + 1)
        _, rem = sp.div(dividend, d, _X)
        confirm.check(sp.Poly(rem, _X).degree() == k,
                      f"an example dividend leaves a remainder of degree {k}")
    listed = ", ".join(str(k) for k in range(n))
    return listed, [step(
        "compare degrees", "A remainder always has a lower degree than the divisor.",
        f"The divisor ${latex(d)}$ has degree ${n}$, so the remainder has degree less than "
        f"${n}$: it can have degree ${listed}$.", f"\\deg = {n}")]


def _fraction(src: str) -> tuple[str, str]:
    """The top and bottom of a written fraction: \\frac{top}{bottom} or top/(bottom)."""
    src = re.sub(r"^\s*[a-z]\s*\(\s*x\s*\)\s*=", "", src.strip().rstrip(".,?")).strip()
    if m := re.fullmatch(r"\\[dt]?frac\s*(\{.*\})", src):
        top, bottom = _split_at(m.group(1), None)
        if top.startswith("{") and top.endswith("}") and bottom.startswith("{") \
                and bottom.endswith("}"):
            return top[1:-1], bottom[1:-1]
        raise Decline("a fraction with braces")
    top, bottom = _split_at(src, "/")
    return _unwrapped(top), _unwrapped(bottom)


def _split_at(src: str, sign: str | None) -> tuple[str, str]:
    """Two parts at the one sign outside brackets (None: after the first group closes)."""
    depth, cuts = 0, []
    for i, ch in enumerate(src):
        depth += 1 if ch in "({[" else -1 if ch in ")}]" else 0
        if sign is None and depth == 0:
            return src[:i + 1], src[i + 1:].strip()
        if depth == 0 and ch == sign:
            cuts.append(i)
    if len(cuts) != 1:
        raise Decline("one fraction bar")
    return src[:cuts[0]].strip(), src[cuts[0] + 1:].strip()


def _unwrapped(side: str) -> str:
    """A side without the brackets round all of it."""
    if side.startswith("(") and side.endswith(")") and _split_at(side, None)[1] == "":
        return side[1:-1]
    return side


def _asymptote(split: Split, m: re.Match[str]) -> Result:
    top, bottom = _fraction(split.maths[int(m.group("f"))])
    unknown = _UNKNOWN.fullmatch(split.maths[int(m.group("u"))])
    if unknown is None:
        raise Decline("the degree of a polynomial named like p(x)")
    name = unknown.group(1)
    largest = m.group("ext") in ("largest", "greatest", "highest", "maximum", "biggest")
    named_top = _UNKNOWN.fullmatch(top)
    named_bottom = _UNKNOWN.fullmatch(bottom)
    if named_top and named_top.group(1) == name and largest and not named_bottom:
        known = _known(bottom)
        n = known.degree()
        finite, beyond = _X**n / known.as_expr(), _X**(n + 1) / known.as_expr()
        said = "top"
    elif named_bottom and named_bottom.group(1) == name and not largest and not named_top:
        known = _known(top)
        n = known.degree()
        finite, beyond = known.as_expr() / _X**n, known.as_expr() / _X**max(n - 1, 0)
        said = "bottom"
    else:
        raise Decline("the largest degree of the top or the smallest of the bottom")
    if n < 1 and said == "bottom":
        raise Decline("a top of degree at least one")
    confirm.check(sp.limit(finite, _X, sp.oo).is_finite is True,
                  f"a {said} of degree {n} gives a finite limit at infinity")
    confirm.check(n == 0 or sp.limit(beyond, _X, sp.oo).is_infinite is True,
                  f"a {said} of another degree gives an infinite limit")
    other = "bottom" if said == "top" else "top"
    claim = f"\\deg {name}(x) = {n}"
    return sp.Integer(n), [step(
        "compare degrees", "A rational function has a horizontal asymptote exactly when its "
        "top's degree is at most its bottom's.",
        f"The {other} ${latex(known.as_expr())}$ has degree ${n}$, so ${name}(x)$ on the {said} "
        f"can have degree {'at most' if said == 'top' else 'at least'} ${n}$: ${claim}$.",
        claim)]


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower()).strip()
    if m := next((f.fullmatch(body) for f in _REMAINDER if f.fullmatch(body)), None):
        return _remainder(split, m)
    if m := next((f.fullmatch(body) for f in _ASYMPTOTE if f.fullmatch(body)), None):
        return _asymptote(split, m)
    return None


__all__ = ["read"]
