"""Number-theory shapes: divisor sums and prime factors, binomial coefficients of an
expansion, an integer in a chain of inequalities."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.readers import all_slots, whole
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import END, Handler, M, Result, maths


def _one(rule: str, hint: str, claim: str) -> Step:
    return step(rule, hint, f"${claim}$", claim)


def _factor_tex(n: int) -> str:
    return " \\cdot ".join(f"{p}^{{{k}}}" if k > 1 else str(p)
                           for p, k in sorted(sp.factorint(n).items()))


def primes_by_trial(n: int) -> list[int]:
    """The distinct primes of n by trial division (n up to 10^12)."""
    out, d = [], 2
    while d * d <= n:
        if n % d == 0:
            out.append(d)
            while n % d == 0:
                n //= d
        d += 1 if d == 2 else 2
    return out + [n] * (n > 1)


def _sigma_steps(n: int) -> tuple[int, Step]:
    f = sorted(sp.factorint(n).items())
    parts = "".join("(" + " + ".join(["1"] + [f"{p}^{{{i}}}" if i > 1 else str(p)
                                              for i in range(1, k + 1)]) + ")" for p, k in f)
    v = int(sp.divisor_sigma(n))
    if n <= 10**10:
        confirm.check(sum(confirm.divisors_listed(n)) == v,
                      "the divisors listed by trial division add up to the same sum")
    return v, _one("sum the divisors", f"With ${n} = {_factor_tex(n)}$, each divisor takes "
                   "one power of each prime.", f"{parts} = {v}")


def divisor_sum(s: Split, m: re.Match[str]) -> Result:
    n = whole(s, m.group(1))
    if not 2 <= n <= 10**9:
        raise Decline("a modest integer")
    v, st = _sigma_steps(n)
    return sp.Integer(v), [st]


def prime_part(n: int, ask: str) -> Result:
    """Sum, count, largest or smallest of the distinct prime factors of n."""
    if not 2 <= n <= 10**12:
        raise Decline("a modest integer")
    ps = sorted(sp.factorint(n))
    confirm.check(primes_by_trial(n) == ps, "trial division finds the same prime factors")
    first = _one("prime factorisation", "Split the number into primes.",
                 f"{n} = {_factor_tex(n)}")
    if ask == "sum":
        v = sum(ps)
        if len(ps) == 1:
            return sp.Integer(v), [first]
        return sp.Integer(v), [first, _one("add the distinct primes", "Each prime counts once.",
                                           " + ".join(map(str, ps)) + f" = {v}")]
    v = {"count": len(ps), "largest": ps[-1], "smallest": ps[0]}[ask]
    return sp.Integer(v), [first]


def expansion_coefficient(src: str, target_src: str | None) -> Result:
    """Coefficient of a monomial (or the constant term) in (a + b)^n, term by term."""
    e = parse_latex(src)
    if not (e.is_Pow and e.exp.is_Integer and 1 <= e.exp <= 30 and e.base.is_Add
            and len(e.base.args) == 2):
        raise Decline("a binomial to a whole power")
    n, (a, b) = int(e.exp), e.base.args
    target = parse_latex(target_src) if target_src else sp.S.One
    syms = e.free_symbols
    if not syms or not target.free_symbols <= syms or not (target.is_Symbol or target.is_Pow
                                                           or target.is_Mul or target == 1):
        raise Decline("a monomial in the expansion's letters")
    found = []
    for k in range(n + 1):
        term = sp.expand(sp.binomial(n, k) * a ** (n - k) * b**k)
        ratio = sp.simplify(term / target)
        if ratio.is_number and not ratio.free_symbols:
            found.append((k, ratio))
    if len(found) != 1:
        raise Decline("the monomial does not come from exactly one term")
    k, v = found[0]
    expanded = sp.expand(e).as_coefficients_dict()
    confirm.check(expanded.get(target, sp.S.Zero) == v if target != 1 else
                  sp.expand(e).as_independent(*syms)[0] == v,
                  "multiplying the whole power out gives the same coefficient")
    claim = (f"\\binom{{{n}}}{{{k}}} \\left({latex(a)}\\right)^{{{n - k}}} "
             f"\\left({latex(b)}\\right)^{{{k}}} = {latex(v * target)}")
    return v, [_one("pick the right term", "Term $k$ of the binomial expansion is "
                    "$\\binom{n}{k} a^{n-k} b^k$; choose $k$ so the powers match.", claim)]


def integer_between(s: Split, m: re.Match[str]) -> Result:
    """The one integer x with a < f(x) < b for a linear f."""
    all_slots(s, m)
    x = parse_latex(maths(s, m.group(1)))
    chain = parse_latex(maths(s, m.group(2)))
    if not isinstance(x, sp.Symbol) or not isinstance(chain, sp.And) or len(chain.args) != 2:
        raise Decline("a two-sided inequality")
    rels = list(chain.args)
    if any(not isinstance(r, sp.StrictLessThan | sp.LessThan | sp.StrictGreaterThan
                          | sp.GreaterThan) or r.free_symbols != {x} for r in rels):
        raise Decline("inequalities in the letter")
    if any(sp.degree(r.lhs - r.rhs, x) != 1 for r in rels):
        raise Decline("linear inequalities only")
    sol = sp.Intersection(*(sp.solve_univariate_inequality(r, x, relational=False)
                            for r in rels))
    if not isinstance(sol, sp.Interval) or not (sol.inf.is_finite and sol.sup.is_finite):
        raise Decline("not a bounded interval")
    ints = [k for k in range(int(sp.floor(sol.inf)), int(sp.ceiling(sol.sup)) + 1)
            if sol.contains(k) is sp.true]
    if len(ints) != 1:
        raise Decline("not exactly one integer")
    v = ints[0]
    good = ", \\quad ".join(latex(r.func(r.lhs.subs(x, v), r.rhs.subs(x, v), evaluate=False))
                            for r in rels)
    bad = []
    for w in (v - 1, v + 1):
        r = next(r for r in rels if r.subs(x, w) is sp.false)
        bad.append(latex(r.negated.func(r.lhs.subs(x, w), r.rhs.subs(x, w), evaluate=False)))
    return sp.Integer(v), [
        _one("try the candidate", f"${latex(x)} = {v}$ satisfies both inequalities.", good),
        _one("check the neighbours", "The solutions form an interval, so if both neighbours "
             "fail, no other integer works.", ", \\quad ".join(bad)),
    ]


_ASKN = r"(?:what is|find|compute|determine)"

TEMPLATES: list[tuple[str, Handler]] = [
    (_ASKN + r" the sum of (?:all )?(?:of )?(?:the )?(?:positive )?(?:integer |whole-number )?"
     r"(?:divisors|factors) of " + M + END, divisor_sum),
    (_ASKN + r" the sum of the (?:distinct )?prime (?:factors|divisors) of " + M + END,
     lambda s, m: prime_part(whole(s, m.group(1)), "sum")),
    (r"how many (?:distinct|different) prime (?:factors|divisors) does " + M + r" have" + END,
     lambda s, m: prime_part(whole(s, m.group(1)), "count")),
    (_ASKN + r" the constant term in the expansion of " + M + END,
     lambda s, m: expansion_coefficient(maths(s, m.group(1)), None)),
    (r"what is the coefficient of " + M + r" in the expansion of " + M + END,
     lambda s, m: expansion_coefficient(maths(s, m.group(2)), maths(s, m.group(1)))),
    (r"what integer " + M + r" satisfies " + M + END, integer_between),
]


__all__ = ["TEMPLATES", "expansion_coefficient", "prime_part", "primes_by_trial"]
