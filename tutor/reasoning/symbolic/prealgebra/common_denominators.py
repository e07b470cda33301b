"""Reader of the least common denominator of listed fractions: "What is the least common
denominator of 1/6 and 3/8?", "Find the LCD of $\\frac{5}{12}$, $\\frac{1}{9}$ and
$\\frac{7}{10}$.", "What is the lowest common denominator for 2/15 and 4/25?".

Each listed number must be a fraction written in lowest terms (2/4 and 1/6 have the common
denominator 12 as written, but 6 once 2/4 is reduced: declined), with a positive denominator.
The answer is the least common multiple of the denominators, found by prime factorisations
(`integers.gcd_lcm`) and confirmed by Python's `math.lcm`; the steps rewrite each fraction over
it.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ASK = re.compile(r"(?:(?:what is|find|determine|compute|calculate) )?the (?:least|lowest|"
                  r"smallest) common denominator (?:of|for) (?:the fractions )?(?P<list>@\d+@"
                  r"(?:(?:,|,? and) @\d+@)+)|(?:(?:what is|find|determine|compute|calculate) )?"
                  r"the lcd (?:of|for) (?:the fractions )?(?P<list2>@\d+@(?:(?:,|,? and) "
                  r"@\d+@)+)")
_FRACTION = re.compile(r"\s*(?:\\[dt]?frac\{(?P<p>\d+)\}\{(?P<q>\d+)\}|(?P<p2>\d+)\s*/\s*"
                       r"(?P<q2>\d+))\s*")


def read(split: Split, template: str) -> Result | None:
    if "denominator" not in template and "lcd" not in template:
        return None
    m = _ASK.fullmatch(re.sub(r"\s+", " ", template).strip().rstrip(" ?."))
    if m is None:
        return None
    slots = [int(s) for s in re.findall(r"@(\d+)@", m.group("list") or m.group("list2"))]
    if sorted(slots) != list(range(len(split.maths))) or len(slots) > 8:
        return None
    fractions: list[tuple[int, int]] = []
    for s in slots:
        f = _FRACTION.fullmatch(split.maths[s])
        if f is None:
            return None
        p, q = int(f.group("p") or f.group("p2")), int(f.group("q") or f.group("q2"))
        if q == 0 or math.gcd(p, q) != 1:
            raise Decline("fractions in lowest terms (a reducible one has two denominators)")
        fractions.append((p, q))
    dens = [q for _, q in fractions]
    lcm, steps = integers.gcd_lcm("lcm", dens)
    confirm.check(int(lcm) == math.lcm(*dens), "Python's lcm of the denominators agrees")
    n = int(lcm)
    over = ", ".join(f"\\frac{{{p}}}{{{q}}} = \\frac{{{p * (n // q)}}}{{{n}}}"
                     for p, q in fractions)
    confirm.check(all(Fraction(p * (n // q), n) == Fraction(p, q) for p, q in fractions),
                  "each fraction rewritten over it keeps its value")
    return sp.Integer(n), [*steps, step("rewrite over the common denominator", "Each fraction "
                                        f"over {n}.", f"${over}$", "")]


__all__ = ["read"]
