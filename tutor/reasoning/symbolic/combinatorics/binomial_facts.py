"""Readers of binomial coefficients told or asked in general: values given beside the one
asked ("Given that C(15, 6) = 5005 and C(15, 7) = 6435, find C(16, 7)"), and a
coefficient with a letter asked for every n ("What is C(n, 2) for any positive integer
n?").

Told values are checked (a false one declines) and used by Pascal's rule, C(n, k) =
C(n - 1, k - 1) + C(n - 1, k), with C(n, k) = C(n, n - k); the answer is confirmed by the
factorial formula. A coefficient in n is rewritten as a polynomial in n and confirmed by
the coefficients of n = 1, ..., 9 counted directly.
"""

from __future__ import annotations

import re
from math import comb, factorial

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_BINOM = r"\\[dt]?binom\s*\{\s*(\d+)\s*\}\s*\{\s*(\d+)\s*\}"
_TOLD = re.compile(r" ?(?:given|if|knowing|suppose)(?: that)? (?P<g>@\d+@(?:(?:,|,? and) @\d+@)*)"
                   r",? (?:find|compute|calculate|evaluate|determine|what is(?: the value of)?) "
                   r"(?P<x>@\d+@) ?[.?]? ?")
_ANY_N = re.compile(r" ?(?:what is|find|simplify|compute|evaluate|express) (?P<x>@\d+@)(?: in "
                    r"terms of (?P<t>@\d+@))? (?:for|where) (?:any|every|all|each|an?)? ?"
                    r"(?:positive |nonnegative |non-negative )?integers? (?P<n>@\d+@) ?[.?]?"
                    r"(?: ?\(answer in terms of (?P<t2>@\d+@) ?\.?\)\.?)? ?")
_N_FIRST = re.compile(r" ?for (?:any|every|each|all) (?:positive |nonnegative |non-negative )?"
                      r"integers? (?P<n>@\d+@),? (?:write|express|simplify|find|what is) "
                      r"(?P<x>@\d+@)(?: (?:as a polynomial in|in terms of) (?P<t>@\d+@))? ?"
                      r"[.?]? ?")


def _facts(src: str) -> list[tuple[int, int, int]]:
    out = []
    for part in re.split(r",|\\text\{\s*and\s*\}|\\quad", src):
        if not part.strip():
            continue
        m = re.fullmatch(r"\s*" + _BINOM + r"\s*=\s*(\d+(?:\{,\}\d{3}|,\d{3})*)\s*", part)
        if not m:
            raise Decline("a told value that is not one binomial coefficient")
        out.append((int(m.group(1)), int(m.group(2)), int(re.sub(r"\D", "", m.group(3)))))
    return out


def told_values(split: Split, template: str) -> Result | None:
    m = _TOLD.fullmatch(template)
    if not m or "binom" not in "".join(split.maths):
        return None
    target = re.fullmatch(r"\s*" + _BINOM + r"\s*", split.maths[int(m.group("x").strip("@"))])
    if not target:
        return None
    known: dict[tuple[int, int], int] = {}
    for idx in re.findall(r"@(\d+)@", m.group("g")):
        for n, k, v in _facts(split.maths[int(idx)]):
            if k > n or comb(n, k) != v:
                raise Decline("a told value of a binomial coefficient is not right")
            known[(n, k)] = v
    n, k = int(target.group(1)), int(target.group(2))
    if k > n or n > 1000:
        raise Decline("a coefficient with k <= n of modest size")
    steps: list[Step] = []
    got = _pascal(n, k, known, steps, 3)
    value = got if got is not None else comb(n, k)
    by_factorials = factorial(n) // (factorial(k) * factorial(n - k))
    confirm.count(value, lambda: by_factorials, "the coefficient (n!/(k!(n-k)!))")
    if got is None:
        claim = f"\\binom{{{n}}}{{{k}}} = \\frac{{{n}!}}{{{k}! \\, {n - k}!}} = {value}"
        steps = [step("the factorial formula", "The told values do not lead to this one by "
                      "Pascal's rule in a few steps.", f"${claim}$", claim)]
    return sp.Integer(value), steps


def _pascal(n: int, k: int, known: dict[tuple[int, int], int], steps: list[Step],
            depth: int) -> int | None:
    """C(n, k) from the told values by Pascal's rule (and symmetry), with its steps."""
    for key in ((n, k), (n, n - k)):
        if key in known:
            if key != (n, k):
                claim = f"\\binom{{{n}}}{{{k}}} = \\binom{{{n}}}{{{n - k}}} = {known[key]}"
                steps.append(step("symmetry", "C(n, k) = C(n, n - k).", f"${claim}$", claim))
            return known[key]
    if k in (0, n):
        return 1
    if depth == 0 or n == 0:
        return None
    trial: list[Step] = []
    left = _pascal(n - 1, k - 1, known, trial, depth - 1)
    right = _pascal(n - 1, k, known, trial, depth - 1) if left is not None else None
    if left is None or right is None:
        return None
    steps.extend(trial)
    v = left + right
    claim = (f"\\binom{{{n}}}{{{k}}} = \\binom{{{n - 1}}}{{{k - 1}}} + \\binom{{{n - 1}}}{{{k}}}"
             f" = {left} + {right} = {v}")
    steps.append(step("Pascal's rule", "Each coefficient is the sum of the two above it in "
                      "Pascal's triangle.", f"${claim}$", claim))
    return v


def any_n(split: Split, template: str) -> Result | None:
    m = _ANY_N.fullmatch(template) or _N_FIRST.fullmatch(template)
    if not m or "binom" not in split.maths[int(m.group("x").strip("@"))]:
        return None
    letter = split.maths[int(m.group("n").strip("@"))].strip()
    said = [split.maths[int(t.strip("@"))].strip()
            for t in (m.group("t"), m.groupdict().get("t2")) if t]
    if not re.fullmatch(r"[a-z]", letter) or any(t != letter for t in said):
        return None
    whole = re.fullmatch(r"\s*\\[dt]?binom\s*\{([^{}]+)\}\s*\{([^{}]+)\}\s*",
                         split.maths[int(m.group("x").strip("@"))])
    if not whole:
        return None
    top, low = parse_latex(whole.group(1)), parse_latex(whole.group(2))
    n = sp.Symbol(letter)
    if (top.free_symbols | low.free_symbols) != {n} or not all(
            x.is_polynomial(n) and sp.Poly(x, n).degree() <= 1 for x in (top, low)):
        return None
    value = sp.factor(sp.expand_func(sp.binomial(top, low)))
    if not value.is_polynomial(n):
        raise Decline("a coefficient that is not a polynomial in n")
    agree = checked = 0
    for t in range(1, 10):
        a, b = top.subs(n, t), low.subs(n, t)
        if not (a.is_integer and b.is_integer) or a < 0 or b < 0:
            continue
        checked += 1
        agree += sp.Integer(comb(int(a), int(b))) == value.subs(n, t)
    confirm.check(checked >= 5 and agree == checked, f"the formula agrees with the "
                  f"coefficients counted directly at {checked} whole numbers n")
    shown = f"\\binom{{{latex(top)}}}{{{latex(low)}}}"
    claim = f"{shown} = {latex(value)}"
    return value, [step("write the coefficient out", "C(n, k) = n(n - 1)...(n - k + 1)/k!, "
                        "and C(n, k) = C(n, n - k).", f"${claim}$", claim)]


__all__ = ["any_n", "told_values"]
