"""Counts of bases in which one number has a property: "For how many bases from 3 to 10
inclusive does 400 end in the digit 4?", "When 250 is written in base b it has 3 digits;
how many values can b take?", "the largest base in which 90 has 3 digits".

Two properties are read: the last digit is d (N leaves remainder d on division by b, so b
divides N - d and b > d), and the numeral has k digits (b^(k-1) <= N < b^k, found by
integer k-th roots). Each count is confirmed by writing the number out in every base of
the range (repeated division) and looking at the numeral itself. A range said with
"between" but not "inclusive" declines (its ends are ambiguous), and so does a digit count
of 1 (every base above N would do).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.number_theory.integers import base_numerals, integer
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_N = (r"(?:the (?:base-? ?ten |decimal )?(?:number|integer) )?"
      r"(?:the (?:representation|numeral) of )?")
_LAST = (r"(?:have|has) (?:a |the )?(?:final|last|units|ones|rightmost) digit (?:of |equal to )?"
         r"|end (?:in|with) (?:the digit |a )?")
_RANGE = (r"(?:between (?P<lo>@\d+@) and (?P<hi>@\d+@)(?P<inc>,? inclusive)?"
          r"|from (?P<lo2>@\d+@) (?:to|through) (?P<hi2>@\d+@)(?:,? inclusive)?"
          r"|(?:with |where |such that )?(?P<ineq>@\d+@))")
# "2 \le b \le 9" (or with <): the ends of a range of bases written in maths
_INEQ = re.compile(r"\s*(\d+)\s*(\\leq?|<)\s*[a-z]\s*(\\leq?|<)\s*(\d+)\s*")
_HOW = r"^(?:for |in )?how many (?:of the )?bases(?: @\d+@)?,? " + _RANGE + r",? "
_LAST_ASKS = [
    re.compile(_HOW + r"does " + _N + r"(?P<n>@\d+@),? (?:when )?(?:(?:written|expressed) |)"
               r"(?:" + _LAST + r")(?P<d>@\d+@)(?: when (?:it is )?(?:written|expressed) in "
               r"(?:that )?base (?:@\d+@)?)?$"),
    re.compile(_HOW + r"(?:does|will) (?:writing |the base-? ?(?:@\d+@ )?(?:representation|"
               r"numeral) of )(?P<n>@\d+@) (?:" + _LAST + r")(?P<d>@\d+@)$"),
]
_WRITTEN = r"(?:is )?(?:written|expressed|converted|represented)(?: to| in)? base (?P<b>@\d+@)"
_FACT = [
    re.compile(r"(?:when|if) (?P<n>@\d+@) " + _WRITTEN + r",? (?:the resulting |its |the |it )?"
               r"(?:representation|numeral|result)? ?(?:has|uses) (?:exactly )?(?P<k>@\d+@) "
               r"digits"),
    re.compile(r"(?P<n>@\d+@) has (?:exactly )?(?P<k>@\d+@) digits (?:when (?:it is )?)?"
               r"(?:written|expressed|represented) in base (?P<b>@\d+@)"),
]
_PRE = re.compile(r"^(?:suppose (?:that )?|let )?(?P<b>@\d+@) (?:is|be) (?:a |an )?"
                  r"(?:positive )?(?:integer|whole number)(?: (?:greater than or equal to|"
                  r"at least) (?P<lo>@\d+@))?[,.;]? ")
_COUNT_ASK = re.compile(r"^[,.;]? ?(?:what is |find |determine )?(?:(?P<count>the number of "
                        r"(?:possible |different )?(?:values|bases) (?:for|of) (?P<b1>@\d+@)|how "
                        r"many (?:possible |different )?(?:values of (?P<b2>@\d+@)|bases "
                        r"(?P<b3>@\d+@)?) (?:are (?:there|possible)|can there be))|(?P<ext>the "
                        r"(?:largest|greatest|smallest|least) (?:possible )?(?:value of |base )"
                        r"(?P<b4>@\d+@)))$")
_SUCH = re.compile(r"^(?:what is |find |determine )?(?:the (?P<ext>largest|greatest|smallest|"
                   r"least) (?:possible )?(?:base|value of) (?P<b1>@\d+@)|how many "
                   r"(?:possible |different )?(?:bases|values of) (?P<b2>@\d+@)(?: are there)?) "
                   r"(?:such that|for which|so that) (?P<n>@\d+@) has (?:exactly )?"
                   r"(?P<k>@\d+@) digits (?:when (?:it is )?(?:written|expressed) )?in base "
                   r"(?P<b>@\d+@)$")


def read(split: Split, template: str) -> Result | None:
    if "base" not in template:
        return None
    body = re.sub(r"\s+", " ", template.strip().rstrip(" ?.")).lower()
    for pattern in _LAST_ASKS:
        m = pattern.match(body)
        if m is not None:
            return _last_digit(split, m)
    return _digit_count(split, body) if "digits" in body else None


def _digits(n: int, base: int) -> list[int]:
    """The digits of n >= 0 in the base, most significant first, by repeated division."""
    out = [n % base]
    while n >= base:
        n //= base
        out.insert(0, n % base)
    return out


def _num(split: Split, piece: str) -> int:
    src, _ = base_numerals(split.maths[int(piece[1:-1])])
    return integer(src)


def _last_digit(split: Split, m: re.Match[str]) -> Result:
    if m.group("lo") is not None and m.group("inc") is None:
        raise Decline("a range of bases with both ends said to be included")
    if m.group("ineq") is not None:
        q = _INEQ.fullmatch(split.maths[int(m.group("ineq")[1:-1])])
        if q is None:
            raise Decline("a range of bases written as two inequalities")
        lo = int(q.group(1)) + (q.group(2) == "<")
        hi = int(q.group(4)) - (q.group(3) == "<")
    else:
        lo = _num(split, m.group("lo") or m.group("lo2"))
        hi = _num(split, m.group("hi") or m.group("hi2"))
    n, d = _num(split, m.group("n")), _num(split, m.group("d"))
    if not 2 <= lo <= hi <= 36 or n < 0 or d < 0:
        raise Decline("bases from 2 to 36 and a whole number")
    diff = n - d
    if diff <= 0:
        raise Decline("a number larger than its last digit")
    found = [b for b in sp.divisors(diff) if lo <= b <= hi and b > d]
    listed = [b for b in range(lo, hi + 1) if d < b and _digits(n, b)[-1] == d]
    confirm.check(found == listed, "writing the number out in every base of the range "
                  "gives the same bases")
    claim = f"{n} - {d} = {diff}"
    steps: list[Step] = [
        step("last digit as a remainder", f"{n} ends in {d} in base b exactly when b > {d} "
             f"and b divides {n} - {d}.", f"${claim}$", claim),
        step("divisors in the range", f"The divisors of {diff} from {lo} to {hi} that are "
             f"above {d} are {', '.join(map(str, found)) or 'none'}.",
             f"There are ${len(found)}$ such bases.", f"{len(found)}")]
    return sp.Integer(len(found)), steps


def _digit_count(split: Split, body: str) -> Result | None:
    lo = 2
    such = _SUCH.match(body)
    if such is not None:
        b = split.maths[int(such.group("b")[1:-1])].strip()
        asked = split.maths[int((such.group("b1") or such.group("b2"))[1:-1])].strip()
        if not re.fullmatch(r"[a-z]", b) or asked != b:
            return None
        return _count_bases(_num(split, such.group("n")), _num(split, such.group("k")), lo,
                            such.group("ext"))
    pre = _PRE.match(body)
    letter: str | None = None
    if pre is not None:
        letter = split.maths[int(pre.group("b")[1:-1])].strip()
        if pre.group("lo") is not None:
            lo = max(lo, _num(split, pre.group("lo")))
        body = body[pre.end():]
    for pattern in _FACT:
        m = pattern.match(re.sub(r"^(?:suppose (?:that )?)", "", body))
        if m is None:
            continue
        rest = re.sub(r"^(?:suppose (?:that )?)", "", body)[m.end():]
        ask = _COUNT_ASK.match(rest)
        if ask is None:
            return None
        b = split.maths[int(m.group("b")[1:-1])].strip()
        named = [split.maths[int(g[1:-1])].strip() for g in ask.groups()[1:]
                 if g is not None and g.startswith("@")]
        if not re.fullmatch(r"[a-z]", b) or any(x != b for x in named) or letter not in (None, b):
            return None
        n, k = _num(split, m.group("n")), _num(split, m.group("k"))
        ext = ask.group("ext")
        return _count_bases(n, k, lo, None if ext is None else ext.split()[1])
    return None


def _count_bases(n: int, k: int, lo: int, extreme: str | None) -> Result:
    if k < 2 or n < 1 or n > 10 ** 5:
        raise Decline("at least two digits, and a number of modest size")
    top = sp.integer_nthroot(n, k - 1)[0]  # b^(k-1) <= n
    above = int(sp.integer_nthroot(n, k)[0]) + 1  # the least b with b^k > n
    first = max(above, lo)
    found = list(range(first, int(top) + 1))
    listed = [b for b in range(lo, n + 1) if len(_digits(n, b)) == k]
    confirm.check(found == listed, "writing the number out in every base gives the same bases")
    if not found:
        raise Decline("no base gives that many digits")
    steps: list[Step] = [
        step("digits and powers", f"{n} has {k} digits in base b exactly when "
             f"b^{k - 1} <= {n} < b^{k}.",
             f"${top}^{{{k - 1}}} = {top ** (k - 1)} \\le {n}$ and "
             f"${first}^{{{k}}} = {first ** k} > {n}$",
             f"{top ** (k - 1)} <= {n}"),
        step("the bases", f"So b runs from {first} to {top}.",
             f"The bases are {', '.join(map(str, found))}.", f"{len(found)}")]
    if extreme in ("largest", "greatest"):
        return sp.Integer(found[-1]), steps
    if extreme in ("smallest", "least"):
        return sp.Integer(found[0]), steps
    return sp.Integer(len(found)), steps


__all__ = ["read"]
