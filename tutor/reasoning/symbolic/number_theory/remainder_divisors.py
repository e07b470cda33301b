"""The divisors that leave a given remainder: "How many different counting numbers will each
leave a remainder of 5 when divided into 47?", "How many positive integers leave a remainder
of 3 when 59 is divided by them?", "For how many positive integers $d$ does $59$ leave a
remainder of $3$ when divided by $d$?".

N leaves remainder r on division by d exactly when d divides N - r and d > r: so the
divisors are those of N - r above r (a remainder is smaller than its divisor). Found from the
divisors of N - r and confirmed by dividing N by every d from 1 to N + 1 (every larger d
leaves N itself, so r = N, with infinitely many divisors, is declined).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIMIT = 10**6
_SLOT = r"@(\d+)@"
_WHO = (r"(?:different |distinct )?(?:positive integers|counting numbers|natural numbers|"
        r"positive whole numbers)(?: @\d+@)?")
_REMAINDER = r"(?:will )?(?:each )?leave (?:a )?remainder (?:of )?" + _SLOT
_ASKS = [
    re.compile(r"^how many " + _WHO + r" " + _REMAINDER + r" when (?:they are |it is )?divided "
               r"into " + _SLOT + r"$"),
    re.compile(r"^how many " + _WHO + r" " + _REMAINDER + r" when " + _SLOT + r" is divided by "
               r"(?:them|each of them|it)$"),
]
_FOR = re.compile(r"^for how many " + _WHO + r" (?:does|will) " + _SLOT + r" leave (?:a )?"
                  r"remainder (?:of )?" + _SLOT + r" when (?:it is )?divided by (?:@\d+@|it|"
                  r"them)$")


def read(split: Split, template: str) -> Result | None:
    if "remainder" not in template or "how many" not in template:
        return None
    body = re.sub(r"\s+", " ", template).strip().rstrip(" .?")
    m = next((p.match(body) for p in _ASKS if p.match(body)), None)
    if m is not None:
        r_slot, n_slot = m.group(1), m.group(2)
    elif (f := _FOR.match(body)) is not None:
        n_slot, r_slot = f.group(1), f.group(2)
    else:
        return None
    letters = [s for s in re.findall(_SLOT, body) if s not in (r_slot, n_slot)]
    named = {split.maths[int(s)].strip() for s in letters}
    if len(named) > 1 or any(not re.fullmatch(r"[a-z]", x) for x in named) or \
            len(split.maths) != 2 + len(letters):
        return None
    n, r = integer(split.maths[int(n_slot)]), integer(split.maths[int(r_slot)])
    if not 0 <= r < n <= _LIMIT:
        raise Decline("a remainder below a modest positive number")
    found = [int(d) for d in sp.divisors(n - r) if d > r]
    tried = [d for d in range(1, n + 2) if n % d == r]
    confirm.check(found == tried, "dividing the number by every candidate divisor")
    shown = ", ".join(map(str, found)) if found else "none"
    return sp.Integer(len(found)), [
        step("divisors of the difference", f"If {n} leaves remainder {r} on division by d, "
             f"then d divides {n} - {r} = {n - r}, and d must be larger than {r}.",
             f"The divisors of ${n - r}$ above ${r}$: ${shown}$", ""),
        step("count them", "Each of them leaves that remainder.",
             f"${len(found)}$ divisors", str(len(found)))]


__all__ = ["read"]
