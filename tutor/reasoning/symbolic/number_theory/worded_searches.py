"""Integers searched by a condition on a function defined in words (`worded_functions`'s
definitions), when the phrase is one of the usual arithmetic functions: the sum or number
of the positive divisors, the sum or product of the digits, the remainder on division by a
number.

    "Let $f(n)$ be the sum of the positive divisors of $n$. How many integers $n$ with
     $1 \\le n \\le 100$ satisfy $f(n) = n + 1$?"
    "For each positive integer $n$, let $S(n)$ denote the sum of the digits of $n$. What is
     the smallest positive integer $n$ such that $S(n) = 20$?"

The range must be given as maths ($a \\le n \\le b$, $n < b$ for positive n) or the question
asks for the smallest positive integer (searched up to `_LIMIT`). Each candidate is tested
with the function computed by SymPy (`divisor_sigma`, digits of `str`) and the whole search
is done again with the function computed another way (trial division, `divmod` digits); the
two must agree. Calls inside calls are not read.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.worded_functions import definition

_LIMIT = 20_000
_SLOW_LIMIT = 3_000  # a condition that needs SymPy at each integer (a root, a fraction)
_OPS: dict[str, Callable[[int], bool]] = {
    "==": lambda d: d == 0, "!=": lambda d: d != 0, ">": lambda d: d > 0, "<": lambda d: d < 0,
    ">=": lambda d: d >= 0, "<=": lambda d: d <= 0}
Fn = Callable[[int], int]


def _sigma(n: int) -> int:
    return int(sp.divisor_sigma(n))


def _digits_divmod(n: int) -> list[int]:
    out = []
    while n:
        n, r = divmod(n, 10)
        out.append(r)
    return out or [0]


_DIVISORS = (r"(?:positive )?(?:integer )?(?:divisors|factors) of (?:the (?:positive )?integer )?")
# phrase -> (what it is, the function, the same computed another way)
_KNOWN: list[tuple[str, str, Fn, Fn]] = [
    (r"the sum of (?:all )?(?:of )?(?:the )?" + _DIVISORS + "V", "the sum of the divisors",
     _sigma, lambda n: sum(confirm.divisors_listed(n))),
    (r"the number of (?:the )?" + _DIVISORS + "V", "the number of divisors",
     lambda n: int(sp.divisor_count(n)), lambda n: len(confirm.divisors_listed(n))),
    (r"the sum of (?:all )?(?:of )?the digits of V", "the digit sum",
     lambda n: sum(map(int, str(n))), lambda n: sum(_digits_divmod(n))),
    (r"the product of (?:all )?(?:of )?the digits of V", "the digit product",
     lambda n: math.prod(map(int, str(n))), lambda n: math.prod(_digits_divmod(n))),
]
_X = r"\$(?P<x>[a-z])\$"
_REL = r"\$(?P<rel>[^$]+)\$"
_RANGE = r"\$(?P<range>[^$]+)\$"
_INTEGERS = r"(?P<positive>positive )?integers " + _X
_ASKS = [
    ("count", r"how many " + _INTEGERS + r" (?:are there |exist )?(?:such that|with|satisfy) "
     + _RANGE + r",? (?:and|satisfy|such that) " + _REL + r"\s*\?"),
    ("count", r"for how many " + _INTEGERS + r",? (?:with|where|such that) " + _RANGE
     + r",? is " + _REL + r"(?: true)?\s*\?"),
    ("sum", r"(?:what is|find) the sum of all " + _INTEGERS + r" (?:with|such that) " + _RANGE
     + r",? (?:and|such that|for which) " + _REL + r"\s*[.?]"),
    ("least", r"(?:what is|find) the (?:smallest|least) positive integer " + _X + r" (?:such "
     r"that|for which|with) " + _REL + r"\s*[.?]"),
    ("least", r"(?:what is|find) the sum of the (?P<k>two|three|four|five|six|seven|eight|nine|"
     r"ten|\d+) (?:smallest|least) positive integers " + _X + r" (?:such that|for which|that "
     r"satisfy|that are solutions to|with) " + _REL + r"\s*[.?]"),
]
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}


def read(text: str) -> Result:
    """A count, sum or least integer by a condition on a worded function; Decline otherwise."""
    name, v, phrase, rest = definition(text)
    found = [(what, f, g) for pattern, what, f, g in _KNOWN
             if re.fullmatch(pattern.replace("V", re.escape(f"${v}$")), phrase.strip(), re.I)]
    if len(found) != 1:
        raise Decline("a phrase that is not a known arithmetic function")
    what, f, g = found[0]
    asks = [(kind, m) for kind, pattern in _ASKS if (m := re.fullmatch(pattern, rest.strip(),
                                                                         re.I))]
    if len(asks) != 1:
        raise Decline("a question not read")
    kind, m = asks[0]
    x = m.group("x")
    lo, hi = (1, _LIMIT) if kind == "least" else _bounds(m.group("range"), x)
    if kind != "least" and not m.group("positive") and not re.match(
            r"\s*-?\d", m.group("range")):
        raise Decline("integers with no lower bound")
    test_f, limit = _condition(m.group("rel"), name, x, f)
    test_g, _limit = _condition(m.group("rel"), name, x, g)
    if hi - lo > limit:
        if kind != "least":
            raise Decline("a range too long to search")
        hi = lo + limit
    if kind == "least":
        k = m.groupdict().get("k") or "1"
        wanted = _COUNTS.get(k.lower()) or int(k)
        hits = _first(test_f, lo, hi, wanted)
        again = _first(test_g, lo, hits[-1] if len(hits) == wanted else hi, wanted)
    else:
        hits = [n for n in range(lo, hi + 1) if test_f(n)]
        again = [n for n in range(lo, hi + 1) if test_g(n)]
    confirm.check(hits == again, f"{what} computed a second way picks the same integers")
    shown = ", ".join(map(str, hits[:12])) + (", ..." if len(hits) > 12 else "")
    if kind == "count":
        value = sp.Integer(len(hits))
    elif kind == "sum":
        value = sp.Integer(sum(hits))
    else:
        if len(hits) != wanted or not 1 <= wanted <= 100:
            raise Decline("not as many found in the range searched")
        value = sp.Integer(sum(hits))
    return value, [step("search", f"${name}({x})$ is {what} of ${x}$; try each ${x}$ "
                        f"from {lo} to {hi if kind != 'least' else value}.",
                        f"The integers that satisfy ${m.group('rel')}$: {shown or 'none'}.", "")]


def _first(test: Callable[[int], bool], lo: int, hi: int, wanted: int) -> list[int]:
    """The first `wanted` integers from lo to hi that pass the test (fewer when there are
    not so many)."""
    found: list[int] = []
    for n in range(lo, hi + 1):
        if len(found) == wanted:
            break
        if test(n):
            found.append(n)
    return found


def _bounds(src: str, x: str) -> tuple[int, int]:
    s = re.sub(r"\s+", "", src).replace("\\leq", "\\le").replace("\\lt", "<")
    m = re.fullmatch(r"(?:(-?\d+)(\\le|<))?" + x + r"(\\le|<)(\d+)", s)
    if m is None:
        raise Decline("a range not read")
    lo = 1 if m.group(1) is None else int(m.group(1)) + (m.group(2) == "<")
    hi = int(m.group(4)) - (m.group(3) == "<")
    if lo < 1 or hi - lo > _LIMIT:
        raise Decline("a range of positive integers that can be searched")
    return lo, hi


def _condition(src: str, name: str, x: str, f: Fn) -> tuple[Callable[[int], bool], int]:
    """The relation with each call of the function a symbol, tested at n exactly."""
    call = re.compile(rf"(?<![\\A-Za-z]){re.escape(name)}\s*\(([^()]*)\)")
    args: list[sp.Basic] = []
    spare = [c for c in "QKJWVZUT" if c not in src]

    def mark(m: re.Match[str]) -> str:
        if len(args) == len(spare):
            raise Decline("too many calls")
        args.append(parse_latex(m.group(1)))
        return f"({spare[len(args) - 1]})"
    body = call.sub(mark, src)
    if not args or re.search(rf"(?<![\\A-Za-z]){re.escape(name)}(?![A-Za-z])", body):
        raise Decline("the function inside a call, or named without a call")
    relation = parse_latex(body)
    if not isinstance(relation, sp.core.relational.Relational):
        raise Decline("a condition that is not a relation")
    named = {s.name: s for s in relation.free_symbols}
    for a in args:
        named |= {s.name: s for s in a.free_symbols}
    if set(named) - {x, *spare[:len(args)]} or any({s.name for s in a.free_symbols} - {x}
                                                  for a in args):
        raise Decline("letters in the condition that are not the integer")
    xs = named.get(x, sp.Symbol(x))
    marks = [named.get(c, sp.Symbol(c)) for c in spare[:len(args)]]
    fast = _integer_polynomial(relation.lhs - relation.rhs, [xs, *marks])
    if fast is not None and all(_integer_polynomial(a, [xs]) for a in args):
        difference = sp.lambdify([xs, *marks], relation.lhs - relation.rhs, modules=[{}])
        where = [sp.lambdify([xs], a, modules=[{}]) for a in args]
        holds = _OPS[relation.rel_op]

        def quick(n: int) -> bool:
            at = [int(w(n)) for w in where]
            if not all(a > 0 for a in at):
                raise Decline("a call at a number where the function is not defined")
            return holds(difference(n, *(f(a) for a in at)))
        return quick, _LIMIT

    numeric = sp.lambdify([xs, *marks], relation.lhs - relation.rhs, modules="mpmath")
    holds = _OPS[relation.rel_op]

    def test(n: int) -> bool:
        at = [a.subs(xs, n) for a in args]
        if not all(a.is_Integer and a > 0 for a in at):
            raise Decline("a call at a number where the function is not defined")
        values = [f(int(a)) for a in at]
        with mpmath.workdps(50):  # the sign at 50 digits when clearly away from 0
            d = numeric(n, *values)
            if not isinstance(d, mpmath.mpf):
                raise Decline("a condition that is not real")
            if abs(d) > mpmath.mpf(10) ** -30:
                return holds(1 if d > 0 else -1)
        got = relation.subs({xs: n, **dict(zip(marks, values, strict=True))})
        if got not in (sp.true, sp.false):
            raise Decline("a condition not settled exactly")
        return bool(got)
    return test, _SLOW_LIMIT


def _integer_polynomial(e: sp.Basic, symbols: list[sp.Symbol]) -> bool | None:
    """True when `e` is a polynomial in `symbols` with whole coefficients (Python's integers
    then work it out exactly); None otherwise."""
    try:
        return True if all(c.is_Integer for c in sp.Poly(e, *symbols).coeffs()) else None
    except sp.PolynomialError:
        return None


__all__ = ["read"]
