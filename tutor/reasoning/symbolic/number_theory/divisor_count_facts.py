"""The number of divisors of c·n^k when only the number of divisors of n is told: "A number
m has exactly 5 positive factors. How many positive factors does m^3 have?", "Let n be an
odd integer with 7 divisors; find the number of divisors of 4n^2".

When n has a prime number p of divisors, n = q^(p-1) for a prime q (a product of the
exponents plus one is prime only with one exponent). Then c·n^k = c·q^(k(p-1)), and when
q does not divide c its divisor count is d(c)·(k(p-1) + 1). "odd" rules out q = 2, "even"
fixes q = 2; a q that may divide c otherwise declines (the count would depend on q), and so
does a divisor count that is not prime. Confirmed by counting divisors directly: every n up
to 20000 with p divisors (and the parity told) is such a prime power and gives the same
count, and so do the first admissible primes q.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_ADJ = r"(?P<adj>(?:(?:positive|odd|even|natural|whole) )*)"
_KIND = r"(?:integer|number|whole number|natural number)"
_HAS = r"(?:exactly )?(?P<p>@\d+@) (?:positive )?(?:divisors|factors)"
_FACTS = [
    re.compile(r"(?:let |suppose (?:that )?|take )?(?P<n>@\d+@) (?:to )?(?:be|is) (?:a |an )?"
               + _ADJ + _KIND + r" (?:with|that has|having|which has) " + _HAS),
    re.compile(r"(?:suppose (?:that )?)?(?:a |an |the )?" + _ADJ + _KIND + r" (?P<n>@\d+@) "
               r"has " + _HAS),
    re.compile(r"(?:suppose (?:that )?)?(?P<n>@\d+@) is (?:a |an )?" + _ADJ + _KIND + r",? and "
               r"(?:it )?has " + _HAS),
    re.compile(r"(?:suppose (?:that )?)?the number of (?:positive )?(?:divisors|factors) of "
               r"(?:the |a |an )?" + _ADJ + r"(?:" + _KIND + r" )?(?P<n>@\d+@) is (?P<p>@\d+@)"),
]
_ASKS = [
    re.compile(r"how many (?P<pos>positive )?(?:divisors|factors) does (?P<e>@\d+@) have"),
    re.compile(r"(?:determine |find |say )?how many (?P<pos>positive )?(?:divisors|factors) "
               r"(?P<e>@\d+@) has"),
    re.compile(r"(?:what is |find |determine |compute )?the number of (?P<pos>positive )?"
               r"(?:divisors|factors) (?:of|that) (?P<e>@\d+@)(?: has)?"),
]


def read(split: Split, template: str) -> Result | None:
    if "divisors" not in template and "factors" not in template:
        return None
    body = re.sub(r"\s+", " ", template.strip().rstrip(" ?.")).lower()
    for fact in _FACTS:
        for ask in _ASKS:
            for joined in (fact.pattern + r"[.;,]? " + ask.pattern,
                           r"(?:if|given that) " + fact.pattern + r", " + ask.pattern):
                m = re.fullmatch(joined, body)
                if m is not None:
                    return _solve(split, m)
    return None


def _solve(split: Split, m: re.Match[str]) -> Result | None:
    name = split.maths[int(m.group("n")[1:-1])].strip()
    if not re.fullmatch(r"[a-zA-Z]", name):
        return None
    adj = set(m.group("adj").split())
    if {"odd", "even"} <= adj:
        raise Decline("a number both odd and even")
    p = integer(split.maths[int(m.group("p")[1:-1])])
    n = sp.Symbol(name)
    e = parse_latex(split.maths[int(m.group("e")[1:-1])])
    if e.free_symbols != {n}:
        return None
    poly = sp.Poly(sp.expand(e), n)
    if len(poly.terms()) != 1:
        raise Decline("a constant times a power of the number")
    ((k,), c) = poly.terms()[0]
    if not (c.is_Integer and c >= 1 and k >= 1):
        raise Decline("a positive whole constant times a power of the number")
    c = int(c)
    if p < 2 or not sp.isprime(p):
        raise Decline("a prime number of divisors (otherwise n can have several shapes)")
    if k * (p - 1) > 200 or c > 10 ** 12:
        raise Decline("numbers of modest size")
    exp = k * (p - 1)
    if "even" in adj:
        q_shown = "2"
        v2 = sp.multiplicity(2, c)
        odd_part = sp.divisor_count(c // 2 ** v2)
        answer = odd_part * (v2 + exp + 1)
        tail = f"{odd_part} \\cdot ({v2} + {exp} + 1) = {answer}"
    else:
        bad = [q for q in sp.primefactors(c) if not (q == 2 and "odd" in adj)]
        if bad:
            raise Decline("the count would depend on whether the prime divides the constant")
        q_shown = "q"
        answer = sp.divisor_count(c) * (exp + 1)
        tail = f"{sp.divisor_count(c)} \\cdot ({exp} + 1) = {answer}"
    _confirm(c, k, p, adj, int(answer))
    shape = f"{name} = {q_shown}^{{{p - 1}}}"
    steps: list[Step] = [
        step("a prime number of divisors", f"The number of divisors is a product of "
             f"(exponent + 1) over the primes; {p} is prime, so {name} is a single prime to "
             f"the power {p - 1}" + (" (odd, so the prime is not 2)." if "odd" in adj else "."),
             f"${shape}$", shape),
        step("count the divisors", f"The expression is {c} times that prime to the power "
             f"{exp}, and the prime does not divide {c}: its divisor count is the count for "
             f"{c} times ({exp} + 1)." if q_shown == "q" else f"The expression is {c} times "
             f"2 to the power {exp}: the odd part's divisor count times (the power of 2 + 1).",
             f"${tail}$", tail)]
    return sp.Integer(answer), steps


def _confirm(c: int, k: int, p: int, adj: set[str], answer: int) -> None:
    """Count divisors directly: every n up to 20000 with p divisors and the parity told,
    and the first few admissible primes q as n = q^(p-1)."""
    top = 20000
    d = [0] * (top + 1)
    for i in range(1, top + 1):
        for j in range(i, top + 1, i):
            d[j] += 1
    seen = [n for n in range(1, top + 1) if d[n] == p
            and not ("odd" in adj and n % 2 == 0) and not ("even" in adj and n % 2)]
    for n in seen:
        confirm.check(len(sp.factorint(n)) == 1, f"{n}, with {p} divisors, is a prime power")
        confirm.check(sp.divisor_count(c * n ** k) == answer, f"counting the divisors for "
                      f"n = {n} gives the same number")
    primes = [2] if "even" in adj else [q for q in sp.primerange(2, 40)
                                        if not ("odd" in adj and q == 2)][:4]
    for q in primes:
        n = q ** (p - 1)
        confirm.check(sp.divisor_count(n) == p and sp.divisor_count(c * n ** k) == answer,
                      f"counting the divisors for n = {q}^{p - 1} gives the same number")


__all__ = ["read"]
