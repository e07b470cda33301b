"""An integer known only by its remainders, told without a letter, and the remainder of
a calculation on it asked in words: "When a number is divided by 9, the remainder is 4.
What is the remainder when three times the number plus 5 is divided by 9?", "An integer
leaves a remainder of 2 when divided by 6. What remainder does the square of the integer
leave when divided by 3?", "A certain whole number is 3 more than a multiple of 10 ..."

Several facts about the one number are joined (Chinese remainder theorem). The calculation
is read by the phrase grammar of `prealgebra.number_phrases` in every way its words allow;
all its readings must be polynomials with integer coefficients and give the same remainder,
and the divisor asked must divide the modulus known, or the remainder could depend on which
number is meant: then the problem is declined. The remainder is found on the known
remainder and confirmed on actual numbers that leave it.
"""

from __future__ import annotations

import re

import sympy as sp
from sympy.ntheory.modular import solve_congruence

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.number_phrases import X, phrase_readings

_N = r"(#\d+)"
_UNKNOWN = (r"(?:a|an|some|a certain|the|one) (?:positive |nonnegative )?(?:number|integer|"
            r"whole number)")
_FACTS = [  # (pattern, which group is the remainder, which the divisor)
    (re.compile(r"when " + _UNKNOWN + r" is divided by " + _N + r",? (?:the|a) remainder (?:is|"
                r"was|will be) " + _N), 2, 1),
    (re.compile(r"when " + _UNKNOWN + r" is divided by " + _N + r",? (?:it leaves|it has|there "
                r"is) a remainder (?:of )?" + _N), 2, 1),
    (re.compile(_UNKNOWN + r" (?:leaves|has|gives) (?:a )?remainder (?:of )?" + _N + r" when "
                r"(?:it is )?divided by " + _N), 1, 2),
    (re.compile(r"(?:dividing|if you divide|if we divide) " + _UNKNOWN + r" by " + _N
                + r" (?:gives|leaves) (?:a )?remainder (?:of )?" + _N), 2, 1),
    (re.compile(_UNKNOWN + r" is " + _N + r" (more|less) than a multiple of " + _N), 1, 3),
]
# a further fact about the same number, its subject left out: "... and a remainder of 1
# when divided by 3"
_MORE = re.compile(r"(?:it (?:also )?(?:leaves|has|gives) )?(?:a )?remainder (?:of )?" + _N
                   + r" when (?:it is )?divided by " + _N)
_LEAD = re.compile(r"(?:if|suppose|suppose that|given that|we know that|assume that) ")
_JOIN = re.compile(r"(?:,? and|[.;,])? ?")
_ASKS = [
    re.compile(r"(?:then )?(?:what is|find|determine|compute) the remainder (?:when|if) (?P<e>.+?) "
               r"is divided by " + _N + r" ?[?.]?"),
    re.compile(r"(?:then )?what remainder (?:does|do|will) (?P<e>.+?) (?:leave|give|have) when "
               r"(?:it is )?divided by " + _N + r" ?[?.]?"),
    re.compile(r"(?:then )?what remainder is (?:left|obtained) when (?P<e>.+?) is divided by "
               + _N + r" ?[?.]?"),
]


def read(split: Split, template: str) -> Result | None:
    if "remainder" not in template or not re.search(r"\b(?:number|integer)\b", template):
        return None
    w = wording.of(split, template)
    rest = w.text.strip()
    known: list[tuple[int, int]] = []
    while True:
        rest = _LEAD.sub("", rest, count=1) if _LEAD.match(rest) else rest
        ask = next((m for p in _ASKS if (m := p.fullmatch(rest))), None)
        if ask is not None and known:
            break
        fact = next(((m, r, d) for p, r, d in _FACTS if (m := p.match(rest))), None)
        if fact is None and known and (more := _MORE.match(rest)):
            fact = (more, 1, 2)
        if fact is None:
            return None
        m, r_at, d_at = fact
        r, d = _count(m.group(r_at)), _count(m.group(d_at))
        if m.re is _FACTS[-1][0] and m.group(2) == "less":
            r = -r
        if d < 2 or m.re is not _FACTS[-1][0] and not 0 <= r < d:
            raise Decline("a remainder smaller than a divisor of at least 2")
        known.append((r % d, d))
        rest = _JOIN.sub("", rest[m.end():], count=1)
    return _answer(known, ask.group("e"), _count(ask.group(2)))


def _count(token: str) -> int:
    v = wording.value(token)
    if v.denominator != 1:
        raise Decline("a whole number")
    return int(v)


def _answer(known: list[tuple[int, int]], phrase: str, mod: int) -> Result:
    got = solve_congruence(*known)
    if got is None:
        raise Decline("the remainders told cannot all hold")
    r, big = int(got[0]), int(got[1])
    readings = [e for e in phrase_readings(" " + phrase) if X in e.free_symbols]
    if not readings:
        raise Decline("a calculation on the number not understood")
    if mod < 2 or big % mod:
        raise Decline("the divisor asked does not divide the one known: the remainder may "
                      "depend on the number")
    values = set()
    for e in readings:
        if not e.is_polynomial(X) or any(not c.is_Integer for c in sp.Poly(e, X).all_coeffs()):
            raise Decline("a calculation that may not give a whole number")
        coeffs = [int(c) % mod for c in sp.Poly(e, X).all_coeffs()]
        acc = 0
        for c in coeffs:  # Horner's rule on the remainders alone
            acc = (acc * r + c) % mod
        values.add(acc)
    if len(values) != 1:
        raise Decline("the words of the calculation read two ways")
    value = values.pop()
    e = readings[0]
    for k in (1, 3, 8, 21):  # actual numbers that leave the remainders told
        n = r + big * k
        confirm.check(int(e.subs(X, n)) % mod == value, f"the number {n}, which leaves the "
                      "same remainders, gives the same remainder")
    total = int(e.subs(X, r))
    facts = ", \\quad ".join(f"n = {d}q + {rr}" if rr else f"n = {d}q" for rr, d in known)
    n = sp.Symbol("n")
    claim = f"{shown(e.subs(X, n), {n: sp.Integer(r)})} = {total} = {mod} \\cdot " \
        f"\\left({total // mod}\\right) + {value}"
    return sp.Integer(value), [
        step("write the number by its remainder", "Call the number n: each fact says what n "
             "leaves on division.", f"${facts}$, so $n \\equiv {r} \\pmod{{{big}}}$", ""),
        step("replace the number by its remainder", f"{mod} divides {big}, so only the "
             f"remainder {r} matters in ${latex(e.subs(X, n))}$.", f"${claim}$", claim)]


__all__ = ["read"]
