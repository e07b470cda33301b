"""Typed reader: a function or sequence on the positive integers told by its value at 1 and
a rule for f(m + n) through f(m), f(n), m and n.

"The function $f$ satisfies $f(1) = 3$ and $f(m + n) = f(m) + f(n) + mn$ for all positive
integers $m$ and $n$. Find $f(8)$", "Let $\\{b_k\\}$ be a sequence with $b_1 = 2$ and
$b_{m+n} = b_m + b_n + 2mn$ for all positive integers $m$ and $n$. Find $b_{10}$".

The rule with n = 1 gives each value from the one before: f(k + 1) from f(k) and f(1), so
the values up to the one asked are fixed (exact rationals). Such a function need not exist
(the rule with other splits m + n may disagree), so the rule is checked at every split
m + n = k of every k up to the one asked (up to 80): a disagreement declines.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("let the function sequence of integers such that satisfies satisfy with be "
                  "and for all positive find compute determine what is a".split())
_ASK = re.compile(
    r"^(?:let |the )?(?:function |sequence )?(?P<f>@\d+@) (?:be a (?:function|sequence"
    r")(?: of integers)? )?(?:such that|satisfies|with) (?P<a>@\d+@),? and (?P<rule>@\d+@),?"
    r" for all positive integers (?P<m>@\d+@) and (?P<n>@\d+@)[.,;]? "
    r"(?:find|compute|determine|what is) (?P<t>@\d+@)\W*$")
_MAX = 10**4
_STAND_INS = ("xi", "eta", "zeta", "kappa", "mu", "nu", "rho", "tau", "chi", "psi")


def read(split: Split, template: str) -> Result | None:
    m = _ASK.match(template.strip())
    if m is None or not words_within(template, VOCAB):
        return None

    def piece(g: str) -> str:
        return split.maths[int(m.group(g)[1:-1])].strip()

    name = re.fullmatch(r"(?:\\\{)?([a-zA-Z])(?:_[a-z]|\(x\)|\(n\))?(?:\\\})?", piece("f"))
    if name is None:
        return None
    f = name.group(1)
    start = _calls(piece("a"), f)
    rule = _calls(piece("rule"), f)
    asked = _calls(piece("t"), f)
    m_, n_ = sp.Symbol(piece("m")), sp.Symbol(piece("n"))
    return _solve(f, start, rule, asked, m_, n_)


def _calls(src: str, f: str) -> tuple[sp.Basic, dict[sp.Symbol, sp.Expr]]:
    """`src` with each value f(arg) or f_{arg} replaced by a fresh letter, and the args."""
    args: dict[sp.Symbol, sp.Expr] = {}

    def swap(mt: re.Match[str]) -> str:
        arg = mt.group(1) or mt.group(2) or mt.group(3)
        e = parse_latex(arg)
        if not isinstance(e, sp.Expr):
            raise Decline("an argument of the function")
        if len(args) >= len(_STAND_INS):
            raise Decline("a few values of the function")
        letter = _STAND_INS[len(args)]
        args[sp.Symbol(letter)] = e
        return f" \\{letter} "

    if any(f"\\{g}" in src for g in _STAND_INS):
        raise Decline("Greek letters of its own")
    pattern = rf"(?<![A-Za-z\\]){f}(?:\(([^()]+)\)|_\{{([^{{}}]+)\}}|_([0-9a-z]))"
    plain = re.sub(pattern, swap, src)
    if re.search(rf"(?<![A-Za-z\\]){f}(?![A-Za-z])", plain):
        raise Decline("every use of the function a value at an argument")
    e = parse_latex(plain)
    return e, args


def _solve(f: str, start: tuple[sp.Basic, dict], rule: tuple[sp.Basic, dict],
           asked: tuple[sp.Basic, dict], m: sp.Symbol, n: sp.Symbol) -> Result:
    s_eq, s_args = start
    if not isinstance(s_eq, sp.Equality) or list(s_args.values()) != [sp.Integer(1)] \
            or s_eq.lhs != next(iter(s_args)) or not s_eq.rhs.is_number:
        raise Decline("the value at 1 given")
    f1 = sp.nsimplify(s_eq.rhs)
    r_eq, r_args = rule
    if not isinstance(r_eq, sp.Equality) or not isinstance(r_eq.lhs, sp.Symbol) \
            or r_args.get(r_eq.lhs) != m + n:
        raise Decline(f"a rule for {f}(m + n)")
    rhs = r_eq.rhs
    others = {k: v for k, v in r_args.items() if k != r_eq.lhs}
    if not all(v in (m, n) for v in others.values()) \
            or not rhs.free_symbols <= set(others) | {m, n}:
        raise Decline("the rule through the values at m and n")
    t_expr, t_args = asked
    if len(t_args) != 1 or t_expr != next(iter(t_args)):
        raise Decline("one value asked")
    k = next(iter(t_args.values()))
    if not (k.is_Integer and 1 <= int(k) <= _MAX):
        raise Decline("a value at a positive integer")
    values = {1: f1}

    def at(i: int, j: int) -> sp.Expr:
        sub = {s: values[i] if v == m else values[j] for s, v in others.items()}
        return sp.nsimplify(rhs.subs(sub).subs({m: i, n: j}))

    for i in range(1, int(k)):
        values[i + 1] = at(i, 1)
    top = min(int(k), 80)
    if not all(at(i, s - i) == values[s] for s in range(2, top + 1) for i in range(1, s)):
        raise Decline("a function that obeys the rule at every split m + n")
    confirm.check(True, f"the rule holds at every split m + n of every integer up to {top}")
    value = values[int(k)]
    rule_1 = latex(rhs.subs({s: sp.Symbol(f"{f}(m)") if v == m else sp.Symbol(f"{f}(1)")
                             for s, v in others.items()}).subs(n, 1))
    first = ", ".join(f"{f}({i}) = {latex(values[i])}" for i in range(1, min(int(k), 5) + 1))
    return value, [
        step("take n = 1", "The rule at n = 1 gives each value from the one before.",
             f"${f}(m + 1) = {rule_1}$", rule_1),
        step("step up", "Apply it again and again from the value at 1.",
             f"${first}$" + (", ..." if int(k) > 5 else ""), first),
        step("the value asked", "Continue to the value asked.",
             f"${f}({int(k)}) = {latex(value)}$", latex(value))]


__all__ = ["read"]
