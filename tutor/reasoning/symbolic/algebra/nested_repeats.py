"""Typed reader: an expression nested in itself without end.

"Find the value of $\\sqrt{6 + \\sqrt{6 + \\sqrt{6 + \\cdots}}}$", "Evaluate
$1 + \\frac{1}{1 + \\frac{1}{1 + \\cdots}}$", "$\\sqrt{2\\sqrt{2\\sqrt{2\\cdots}}}$".
The written part before the dots is one unit U repeated at least twice (then possibly the
start of U again), and after the dots only the brackets U opened are closed. The value X is
then a fixed point of F(X) = U X (closed), found exactly by solving F(X) = X. The expression
means the limit of its truncations, so the root is chosen by iterating F numerically (60
digits) from two starting values until the steps fall below 10^-40: both must reach the same
limit, and exactly one exact root must agree with it to 30 digits; otherwise it declines.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_DOTS = re.compile(r"\\(?:cdots|dotsb|dotsm|ldots|dots)(?![a-zA-Z])|\.\.\.")
_ASK = re.compile(r"(?:find|evaluate|compute|determine|calculate|what is)(?: the (?:exact )?"
                  r"value of)? @(\d+)@(?:,? assuming (?:that )?it (?:is positive|converges))?"
                  r"\W*")
_OPEN = {"{": "}", "(": ")"}


def _unit(prefix: str) -> tuple[str, int] | None:
    """The shortest unit the prefix repeats (at least twice, then a start of it again)."""
    for p in range(1, len(prefix) // 2 + 1):
        u = prefix[:p]
        k = 0
        while prefix.startswith(u, k * p):
            k += 1
        if k >= 2 and u.startswith(prefix[k * p:]):
            return u, k
    return None


def _closer(u: str) -> str | None:
    """The brackets the unit leaves open, closed in order (None if it closes one it did not
    open)."""
    stack: list[str] = []
    for ch in u:
        if ch in _OPEN:
            stack.append(_OPEN[ch])
        elif ch in ")}":
            if not stack or stack.pop() != ch:
                return None
    return "".join(reversed(stack))


def read(split: Split, template: str) -> Result | None:
    m = _ASK.fullmatch(template.strip())
    if m is None:
        return None
    src = split.maths[int(m.group(1))].replace("\\left", "").replace("\\right", "")
    if len(_DOTS.findall(src)) != 1:
        return None
    src = re.sub(r"\s+", "", src)
    before, after = _DOTS.split(src)
    if re.search(r"[a-zA-Z]", re.sub(r"\\[a-zA-Z]+", "", before + after)):
        return None  # letters: not a number nested in itself
    found = _unit(before)
    if found is None:
        return None
    u, _ = found
    close = _closer(u)
    if not close:
        return None  # nothing nested: a sum or product written term by term
    rest = _closer(before)
    if rest is None or after != rest:
        raise Decline("the brackets after the dots do not close the repeated unit")
    x = sp.Symbol("t")
    f = parse_latex(u + "t" + close)
    if not isinstance(f, sp.Expr) or f.free_symbols != {x}:
        raise Decline("the repeated unit is not a formula in the rest")
    roots = [r for r in sp.solve(sp.Eq(f, x), x) if r.is_real]
    limit = _limit(f, x)
    with mpmath.workdps(60):
        near = [r for r in roots
                if abs(mpmath.mpf(str(sp.N(r, 55))) - limit) < mpmath.mpf(10) ** -30]
    confirm.check(len(near) == 1, "iterating the unit from two starts reaches the same "
                  "number, one exact root of X = F(X)")
    value = sp.radsimp(near[0])
    eq = f"{latex(f.subs(x, sp.Symbol('X')))} = X"
    return value, [
        step("name the value", "The expression contains a copy of itself after its first unit.",
             f"Call the value $X$: then ${eq}$.", ""),
        step("solve for X", "Solve, and keep the root the truncations approach.",
             f"The real solutions are ${', '.join(latex(r) for r in roots)}$; the truncations "
             f"approach ${latex(value)}$.", f"{latex(f.subs(x, value))} = {latex(value)}")]


def _limit(f: sp.Expr, x: sp.Symbol) -> mpmath.mpf:
    g = sp.lambdify(x, f, "mpmath")
    ends = []
    with mpmath.workdps(60):
        for start in (mpmath.mpf(1), mpmath.mpf(5) / 2):
            v = start
            for _ in range(3000):
                nxt = g(v)
                if not isinstance(nxt, mpmath.mpf):
                    raise Decline("a truncation is not a real number")
                if abs(nxt - v) < mpmath.mpf(10) ** -40:
                    break
                v = nxt
            else:
                raise Decline("the truncations do not settle")
            ends.append(nxt)
        if abs(ends[0] - ends[1]) > mpmath.mpf(10) ** -35:
            raise Decline("the truncations depend on where they start")
    return ends[0]


__all__ = ["read"]
