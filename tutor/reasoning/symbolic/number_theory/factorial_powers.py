"""Powers that divide a factorial: "How many zeros does $25!$ end with?", "What is the
largest integer $k$ such that $2^k$ divides $20!$?", "What is the exponent of 3 in the
prime factorization of $24!$?", "What is the largest power of 2 that divides $20!$?", and
the least n whose factorial a number divides: "What is the smallest positive integer $n$
such that $990$ is a factor of $n!$?"

Counted by Legendre's formula (the multiples of p, of p^2, ... up to n), a base that is not
prime by its prime powers; confirmed on the factorial itself (dividing it out, or its
digits), which is kept to n <= 3000.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIMIT = 3000
_M = r"@(\d+)@"
_ZEROS = [re.compile(r"how many (?:trailing )?zero(?:e)?s (?:are (?:there )?)?(?:at the end of|in "
                     r"the end of) " + _M),
          re.compile(r"how many (?:trailing )?zero(?:e)?s does " + _M + r" (?:end with|end in|have"
                     r"(?: at the end)?)"),
          re.compile(r"(?:the number )?" + _M + r" ends? (?:with|in) how many zero(?:e)?s"
                     r"(?:,? when (?:it is )?(?:expressed|written)(?: out)?(?: as an integer)?)?"),
          re.compile(r"(?:what is |find |compute |determine )?the number of (?:trailing "
                     r"zero(?:e)?s|zero(?:e)?s at the end) (?:in|of) " + _M)]
_EXPONENT = [re.compile(r"(?:what is |find |compute )?the (?:largest|greatest) (?:positive )?"
                        r"integer " + _M + r" (?:such that|for which|so that) " + _M
                        + r" (?:divides|is a factor of|is a divisor of) " + _M),
             re.compile(r"(?:what is |find )?the exponent of " + _M + r" in the prime "
                        r"factorization of " + _M),
             re.compile(r"how many factors of " + _M + r" are (?:there )?in the prime "
                        r"factori[sz]ation of " + _M),
             re.compile(r"how many times does (?:the (?:prime )?(?:factor|number) )?" + _M
                        + r" (?:appear|occur) (?:as a factor )?in the prime factori[sz]ation of "
                        + _M)]
# "How many factors of 10 are in 100!?": the largest k with 10^k dividing it, any base
_TIMES_IN = re.compile(r"how many factors of " + _M + r" are (?:there )?in " + _M)
_POWER = re.compile(r"(?:what is |find )?the (?:largest|greatest|highest) power of " + _M
                    + r" that (?:divides|is a factor of|divides into) " + _M)
_LEAST = re.compile(r"(?:what is |find )?the (?:least|smallest) positive integer " + _M
                    + r" (?:such that|for which|so that) (?:" + _M + r" (?:is a factor of|is a "
                    r"divisor of|divides) " + _M + r"|" + _M + r" is (?:divisible by|a multiple "
                    r"of) " + _M + r")")

# "the smallest positive integer n such that n! ends in (at least) 10 zeros": 10^10 divides n!
_LEAST_ZEROS = re.compile(r"(?:what is |find )?the (?:least|smallest) positive integer " + _M
                          + r" (?:such that|for which|so that) " + _M + r" (?:ends? (?:in|with)|"
                          r"has) (?P<least>at least )?" + _M + r" (?:trailing )?zero(?:e)?s"
                          r"(?: at the end)?")


def _factorial(src: str) -> int | None:
    m = re.fullmatch(r"\s*\(?(\d+)\)?\s*!\s*", src)
    return int(m.group(1)) if m else None


def _whole(src: str) -> int:
    """A whole number written as digits or as a power of digits ('2^{10}')."""
    m = re.fullmatch(r"\s*(\d+)\s*(?:\^\s*\{?\s*(\d+)\s*\}?\s*)?", src)
    if m is None or m.group(2) and int(m.group(2)) > 60:
        raise Decline("a whole number")
    return int(m.group(1)) ** int(m.group(2) or 1)


def legendre(n: int, p: int) -> int:
    """The exponent of the prime p in n!: n // p + n // p^2 + ..."""
    total, q = 0, p
    while q <= n:
        total += n // q
        q *= p
    return total


def _base_exponent(n: int, base: int) -> int:
    """The largest k with base^k dividing n!, from the prime powers of the base."""
    if base < 2:
        raise Decline("a base of at least 2")
    return min(legendre(n, p) // e for p, e in sp.factorint(base).items())


def _divided_out(n: int, base: int) -> int:
    """The same exponent on the factorial itself: divide by the base while it goes."""
    value, k = math.factorial(n), 0
    while value % base == 0:
        value //= base
        k += 1
    return k


def read(split: Split, template: str) -> Result | None:
    if "!" not in "".join(split.maths) or not re.search(
            r"zero|exponent|factor|power|divides|divisor|divisible|multiple", template):
        return None
    body = re.sub(r"\s+", " ", template).strip().rstrip(" .?")
    slots = set(range(len(split.maths)))
    for z in _ZEROS:
        if (m := z.fullmatch(body)) is not None and slots == {int(m.group(1))}:
            n = _factorial(split.maths[int(m.group(1))])
            return None if n is None else _exponent(n, 10, "zeros")
    for e in _EXPONENT:
        m = e.fullmatch(body)
        if m is None or {int(g) for g in m.groups()} != slots:
            continue
        if len(m.groups()) == 3:
            power = re.fullmatch(r"\s*(\d+)\s*\^\s*\{?\s*([a-zA-Z])\s*\}?\s*",
                                 split.maths[int(m.group(2))])
            if power is None or power.group(2) != split.maths[int(m.group(1))].strip():
                return None
            base, n = int(power.group(1)), _factorial(split.maths[int(m.group(3))])
        else:
            base, n = _whole(split.maths[int(m.group(1))]), _factorial(split.maths[int(m.group(2))])
            if not sp.isprime(base):
                raise Decline("the exponent of a prime")
        return None if n is None else _exponent(n, base, "exponent")
    if (m := _TIMES_IN.fullmatch(body)) is not None and {int(g) for g in m.groups()} == slots:
        n, base = _factorial(split.maths[int(m.group(2))]), _whole(split.maths[int(m.group(1))])
        if base < 2:
            raise Decline("factors of a whole number above 1")
        return None if n is None else _exponent(n, base, "exponent")
    if (m := _POWER.fullmatch(body)) is not None and {int(g) for g in m.groups()} == slots:
        n = _factorial(split.maths[int(m.group(2))])
        base = _whole(split.maths[int(m.group(1))])
        if n is None:
            return None
        k, steps = _exponent(n, base, "exponent")
        value = sp.Integer(base) ** int(k)  # type: ignore[arg-type]
        return value, [*steps, step("the power", "Raise the base to that exponent.",
                                    f"${base}^{{{k}}} = {value}$", f"{base}^{{{k}}} = {value}")]
    if (m := _LEAST.fullmatch(body)) is not None:
        return _least(split, m, slots)
    if (m := _LEAST_ZEROS.fullmatch(body)) is not None and {int(m.group(i)) for i in (1, 2, 4)} \
            == slots and re.fullmatch(r"\s*" + re.escape(split.maths[int(m.group(1))].strip())
                                      + r"\s*!\s*", split.maths[int(m.group(2))]):
        k = _whole(split.maths[int(m.group(4))])
        if not 1 <= k <= 500:
            raise Decline("a modest number of zeros")
        need = _least_for(5, k)  # 2s are never scarcer than 5s in a factorial
        if not m.group("least") and legendre(need, 5) != k:
            raise Decline(f"no factorial ends in exactly {k} zeros")
        confirm.check(_zeros_written(need) >= k > _zeros_written(need - 1), "the factorial "
                      "itself has that many zeros, the one before fewer")
        said = _legendre_sum(need, 5)
        return sp.Integer(need), [
            step("count the factors 5", "Each zero at the end is a factor 10, that is 2 times 5, "
                 "and factors 2 are the more plentiful: count the factors 5.", f"${said}$", said),
            step("the least factorial", f"{need - 1}! has only {legendre(need - 1, 5)}.",
                 f"The least is ${need}!$.", "")]
    return None


def _exponent(n: int, base: int, what: str) -> Result:
    if not 1 <= n <= _LIMIT:
        raise Decline("a factorial small enough to check")
    k = _base_exponent(n, base)
    again = _divided_out(n, base) if what == "exponent" else _zeros_written(n)
    confirm.check(again == k, "dividing the factorial itself gives the same count")
    parts = []
    for p in sp.factorint(base):
        said = _legendre_sum(n, p)
        parts.append(step(f"count the factors {p}", f"Multiples of {p} up to {n} each give one "
                          f"factor {p}, multiples of {p}^2 one more, and so on.", f"${said}$",
                          said))
    hint = "Each factor of the base needs its prime factors; the scarcest decides."
    return sp.Integer(k), [*parts, step("the fewest", hint, f"{n}! has {k} such factors.", "")]


def _legendre_sum(n: int, p: int) -> str:
    """Legendre's count of the factors p in n! written out: floor(n/p) + floor(n/p^2) + ..."""
    terms, q = [], p
    while q <= n:
        terms.append(f"\\left\\lfloor \\frac{{{n}}}{{{q}}} \\right\\rfloor")
        q *= p
    return (" + ".join(terms) if terms else "0") + f" = {legendre(n, p)}"


def _zeros_written(n: int) -> int:
    """The zeros at the end of n! as its digits are written (the independent count)."""
    digits = str(math.factorial(n))
    return len(digits) - len(digits.rstrip("0"))


def _least(split: Split, m: re.Match[str], slots: set[int]) -> Result | None:
    g = m.groups()
    name, number, fact = (g[0], g[1], g[2]) if g[1] is not None else (g[0], g[4], g[3])
    if {int(name), int(number), int(fact)} != slots:
        return None
    letter = split.maths[int(name)].strip()
    if re.fullmatch(r"\s*" + re.escape(letter) + r"\s*!\s*", split.maths[int(fact)]) is None:
        return None
    target = _whole(split.maths[int(number)])
    if not 1 <= target <= 10**12:
        raise Decline("a number small enough to factor")
    need = max((_least_for(p, e) for p, e in sp.factorint(target).items()), default=1)
    if need > _LIMIT:
        raise Decline("a factorial too large to check")
    confirm.check(math.factorial(need) % target == 0 and (need == 1 or math.factorial(
        need - 1) % target != 0), "the factorial itself is divisible, the one before is not")
    factored = " \\cdot ".join(f"{p}^{{{e}}}" if e > 1 else str(p)
                               for p, e in sp.factorint(target).items())
    return sp.Integer(need), [
        step("factor the number", "Each prime power must divide the factorial.",
             f"${target} = {factored}$", f"{target} = {factored}"),
        step("the least factorial", "For each prime power, the first factorial holding it; "
             "the largest of these is the answer.", f"The least is ${need}!$.", "")]


def _least_for(p: int, e: int) -> int:
    n = p
    while legendre(n, p) < e:
        n += p
    return n


__all__ = ["legendre", "read"]
