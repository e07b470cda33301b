"""The gcd of two whole numbers asked by Euclid's algorithm: "Use the Euclidean algorithm to
find gcd(252, 198)", "find the gcd of 81 and 153 using euclid's algorithm", "Apply the
Euclidean algorithm to 1071 and 462".

The steps are the algorithm's divisions, one a line (a = q·b + r, then b and r in their
place), until the remainder is 0: the last remainder that is not 0 is the gcd. Confirmed
independently: the gcd from the two prime factorisations (each prime to its lower power)
is the same number, and it divides both.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_METHOD = (r"(?:the )?(?:euclidean algorithm|euclid'?s algorithm|euclidean method|euclid'?s "
           r"method|euclidean division algorithm|algorithm of euclid|method of euclid)")
_GCD_NAME = (r"(?:gcd|gcf|hcf|greatest common (?:divisor|factor)|highest common factor"
             r"|largest common (?:divisor|factor))")
_GCD = r"(?:the )?" + _GCD_NAME
# the two numbers: "of @0@ and @1@", "gcd( @0@, @1@ )", "gcd @0@" holding "(a, b)", or one
# slot holding "\gcd(a, b)"
_PAIR = (r"(?:" + _GCD + r" (?:of |for |between )?(?:@(?P<a>\d+)@ and @(?P<b>\d+)@|@(?P<t>\d+)@)"
         r"|gcd ?\( ?@(?P<a2>\d+)@ ?, ?@(?P<b2>\d+)@ ?\)|@(?P<g>\d+)@)")
_ASK = r"(?:find|compute|calculate|determine|work out|get|what is)"
_ASKS = [re.compile(p) for p in (
    r"(?:use|using|apply|applying|with|by) " + _METHOD + r",? (?:to )?" + _ASK + r" " + _PAIR,
    _ASK + r" " + _PAIR + r",? (?:using|by|with|via|through|by using) " + _METHOD,
    r"(?:use|apply|run|perform) " + _METHOD + r" (?:on|to|for|with) (?P<a3>@\d+@) and "
    r"(?P<b3>@\d+@)(?: to find (?:their|the) " + _GCD_NAME + r")?",
)]
_NOTATION = re.compile(r"\s*(?:\\gcd|\\operatorname\{gcd\}|\\text\{gcd\}|gcd)?\s*\(\s*(\d+)\s*,"
                       r"\s*(\d+)\s*\)\s*")
_LIMIT = 10**18
_SHOWN = 40  # more divisions than this are summed up


def read(split: Split, template: str) -> Result | None:
    if "euclid" not in template:
        return None
    body = re.sub(r"\s+", " ", template.lower()).strip().rstrip(" .?")
    m = next((m for p in _ASKS if (m := p.fullmatch(body))), None)
    if m is None:
        return None
    a, b = _numbers(split, m.groupdict())
    return _euclid(a, b)


def _numbers(split: Split, groups: dict[str, str | None]) -> tuple[int, int]:
    slots = [s for k in ("a", "b", "a2", "b2", "a3", "b3") if (s := groups.get(k))]
    if slots:
        used = [int(s.strip("@")) for s in slots]
        if sorted(used) != list(range(len(split.maths))):
            raise Decline("maths the question does not use")
        return integers.integer(split.maths[used[0]]), integers.integer(split.maths[used[1]])
    slot = groups.get("t") or groups.get("g")
    if slot is None or len(split.maths) != 1:
        raise Decline("maths the question does not use")
    pair = _NOTATION.fullmatch(split.maths[int(slot)])
    if pair is None:
        raise Decline("not a pair of whole numbers")
    return int(pair.group(1)), int(pair.group(2))


def _euclid(a: int, b: int) -> Result:
    if not (1 <= a <= _LIMIT and 1 <= b <= _LIMIT):
        raise Decline("two positive whole numbers up to 10^18")
    big, small = max(a, b), min(a, b)
    lines: list[str] = []
    while small:
        q, r = divmod(big, small)
        lines.append(f"{big} = {q} \\cdot {small} + {r}")
        big, small = small, r
    g = big
    by_primes = math.prod(p ** min(e, sp.factorint(b).get(p, 0))
                          for p, e in sp.factorint(a).items())
    confirm.check(by_primes == g and a % g == 0 and b % g == 0,
                  "the gcd from the prime factorisations is the same and divides both")
    shown = lines if len(lines) <= _SHOWN else [*lines[:_SHOWN - 1], lines[-1]]
    steps: list[Step] = [
        step("divide the larger by the smaller" if i == 0 else "divide again",
             "Write the larger as a multiple of the smaller plus a remainder." if i == 0 else
             "Divide the last divisor by the last remainder.", f"${line}$", line)
        for i, line in enumerate(shown)]
    claim = f"\\gcd({a}, {b}) = {g}"
    steps.append(step("the last remainder that is not 0", "When the remainder is 0, the "
                      "divisor of that line is the gcd.", f"${claim}$", claim))
    return sp.Integer(g), steps


__all__ = ["read"]
