"""Typed reader: a logarithm written through given logarithms named by letters.

"If $\\log_{10} 2 = a$ and $\\log_{10} 3 = b$, express $\\log_{10} 12$ in terms of $a$ and
$b$", "Given $\\log_5 2 = x$ and $\\log_5 3 = y$, write $\\log_5 \\frac{9}{50}$ in terms of
$x$ and $y$", "Let $\\ln 2 = p$ and $\\ln 5 = q$. Express $\\ln 40$ in terms of $p$ and $q$."

Every number is split into primes; the asked number must be the base to some power times
the given numbers to rational powers, c_0 + sum c_k log(n_k) with the c found by solving the
exponents of each prime (a linear system); the combination must be the only one. A bare
\\log or \\ln needs no base unless the base itself is used (c_0 not 0): then it is
declined. Confirmed numerically: the letters replaced by their logarithms at 30 digits give
the asked logarithm.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LOG = (r"\s*\\(?:log(?:_\s*\{?\s*(?P<base>\d+)\s*\}?)?|ln)\s*(?:\\left)?\s*[({]?\s*"
        r"(?P<arg>\d+|\\frac\s*\{\s*\d+\s*\}\s*\{\s*\d+\s*\})\s*(?:\\right)?\s*[)}]?\s*")
_GIVEN = re.compile(_LOG + r"=\s*(?P<name>[a-z])\s*$")
_TARGET = re.compile(_LOG + r"$")
_ASK = re.compile(r"^(?:if|given(?: that)?|let|suppose(?: that)?) (?P<given>@\d+@(?:,? and @\d+@|, "
                  r"@\d+@)*)[,.;]? (?:then )?(?:express|write|find|what is) (?P<t>@\d+@) in "
                  r"terms of @\d+@(?:,? (?:and )?@\d+@)*\W*$")


def _number(src: str) -> sp.Rational:
    m = re.fullmatch(r"\\frac\s*\{\s*(\d+)\s*\}\s*\{\s*(\d+)\s*\}", src.strip())
    return sp.Rational(int(m.group(1)), int(m.group(2))) if m else sp.Rational(int(src))


def _kind(m: re.Match[str]) -> str:
    return "ln" if "\\ln" in m.group(0) else m.group("base") or "log"


def read(split: Split, template: str) -> Result | None:
    if "terms of" not in template:
        return None
    ask = _ASK.match(template.lower().strip())
    if ask is None:
        return None
    given = [_GIVEN.fullmatch(split.maths[int(i)])
             for i in re.findall(r"@(\d+)@", ask.group("given"))]
    target = _TARGET.fullmatch(split.maths[int(ask.group("t")[1:-1])])
    if target is None or not given or any(g is None for g in given):
        return None
    gs = [g for g in given if g is not None]
    kinds = {_kind(g) for g in gs} | {_kind(target)}
    if len(kinds) != 1:
        raise Decline("logarithms to one base")
    kind = kinds.pop()
    names = [sp.Symbol(g.group("name")) for g in gs]
    nums = [_number(g.group("arg")) for g in gs]
    goal = _number(target.group("arg"))
    if len(set(names)) != len(names) or any(n <= 0 or n == 1 for n in nums) or goal <= 0:
        raise Decline("a letter for each logarithm of a positive number other than 1")
    base = None if kind == "log" else sp.E if kind == "ln" else sp.Integer(int(kind))
    columns = [*nums, *([base] if base not in (None, sp.E) else [])]
    primes = sorted({p for n in [*columns, goal] for part in sp.fraction(n)
                     for p in sp.factorint(part)})

    def exponents(n: sp.Rational) -> list[int]:
        top, bottom = (sp.factorint(part) for part in sp.fraction(n))
        return [top.get(p, 0) - bottom.get(p, 0) for p in primes]

    cs = sp.symbols(f"c0:{len(columns)}")
    system = [sum((c * e for c, e in zip(cs, col, strict=True)), sp.Integer(0)) - want
              for col, want in zip(zip(*(exponents(n) for n in columns), strict=True),
                                   exponents(goal), strict=True)]
    if any(not eq.free_symbols and eq != 0 for eq in system):
        raise Decline("a prime of the number is in none of the given numbers")
    sols = list(sp.linsolve(system, cs))
    if len(sols) != 1 or any(v.free_symbols for v in sols[0]):
        raise Decline("not one way to write the number through the given ones")
    coeffs = sols[0]
    answer = sp.Add(*(c * n for c, n in zip(coeffs, names, strict=False)))
    if len(columns) > len(names):
        answer += coeffs[-1]  # the base's own logarithm is 1
    with mpmath.workdps(30):
        logb = (lambda v: mpmath.log(v) / mpmath.log(int(kind))) if base not in (None, sp.E) \
            else mpmath.log
        got = sum((mpmath.mpf(str(sp.N(c, 30))) * logb(mpmath.mpf(n.p) / n.q)
                   for c, n in zip(coeffs, nums, strict=False)), mpmath.mpf(0))
        if len(columns) > len(names):
            got += mpmath.mpf(str(sp.N(coeffs[-1], 30)))
        want = logb(mpmath.mpf(goal.p) / goal.q)
    confirm.check(abs(got - want) < mpmath.mpf(10) ** -25,
                  "the letters replaced by their logarithms give the asked logarithm")
    parts = " \\cdot ".join(f"{latex(n)}^{{{latex(c)}}}" for c, n in zip(coeffs, columns,
                                                                         strict=True) if c)
    return answer, [step("split into the given numbers", "Write the number as a product of "
                         "powers of the given numbers (and the base).",
                         f"${latex(goal)} = {parts}$", ""),
                    step("take logarithms", "The logarithm of a product is the sum of the "
                         "logarithms; a power comes down as a factor.",
                         f"The logarithm is ${latex(answer)}$", "")]


__all__ = ["read"]
