"""Two numbers known by their gcd and lcm, in words: "The least common multiple of two
integers is 36 and 6 is their greatest common divisor. What is the product of the two
numbers?", "... Given that one of the numbers is 180, what is the other number?".

gcd(a, b) · lcm(a, b) = a · b gives the answer; it is confirmed on the actual pairs: every
pair of divisors of the lcm with that gcd and lcm is listed, and the product (or the other
number) must be the same for each and for at least one pair.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_LCM = r"(?:least common multiple|lowest common multiple|lcm)"
_GCD = r"(?:greatest common (?:divisor|factor)|gcd|gcf|highest common factor)"
_TWO = r"(?:the )?two (?:positive )?(?:integers|numbers)"
_FACTS = [
    ("lcm", re.compile(r"the " + _LCM + r" of " + _TWO + r" is @(\d+)@")),
    ("gcd", re.compile(r"the " + _GCD + r" of " + _TWO + r" is @(\d+)@")),
    ("lcm", re.compile(r"(?:and )?(?:their|the) " + _LCM + r" is @(\d+)@")),
    ("gcd", re.compile(r"(?:and )?(?:their|the) " + _GCD + r" is @(\d+)@")),
    ("gcd", re.compile(r"(?:and )?@(\d+)@ is their " + _GCD)),
    ("lcm", re.compile(r"(?:and )?@(\d+)@ is their " + _LCM)),
    ("one", re.compile(r"(?:given that |if )?one of the (?:two )?(?:integers|numbers) is @(\d+)@")),
]
_ASK = re.compile(r"(?:what is|find) the (?P<ask>product of the two (?:integers|numbers)|other "
                  r"(?:integer|number|one))")
_VOCAB = frozenset(
    "the least lowest common multiple lcm of two positive integers numbers is and their greatest "
    "divisor factor gcd gcf highest given that if one what find product other".split())


def read(split: Split, template: str) -> Result | None:
    if "common" not in template and not re.search(r"\b(?:gcd|lcm|gcf)\b", template) or \
            not words_within(template, _VOCAB):
        return None
    text = re.sub(r"\s+", " ", template).strip().rstrip(" .?")
    facts: dict[str, int] = {}
    used: set[int] = set()
    rest = text
    while rest:
        rest = rest.lstrip(" .,")
        ask = _ASK.fullmatch(rest)
        if ask:
            break
        hit = next(((k, m) for k, p in _FACTS if (m := p.match(rest))), None)
        if hit is None:
            return None
        kind, m = hit
        if kind in facts:
            raise Decline("the same fact stated twice")
        facts[kind] = integer(split.maths[int(m.group(1))])
        used.add(int(m.group(1)))
        rest = rest[m.end():]
    else:
        return None
    if used != set(range(len(split.maths))) or not {"lcm", "gcd"} <= set(facts):
        raise Decline("the gcd and the lcm of the two numbers")
    g, lcm = facts["gcd"], facts["lcm"]
    if g < 1 or lcm < 1 or lcm % g or lcm > 10**6:
        raise Decline("a gcd that divides the lcm")
    pairs = [(a, b) for a in sp.divisors(lcm) for b in sp.divisors(lcm)
             if a <= b and sp.gcd(a, b) == g and sp.ilcm(a, b) == lcm]
    if ask.group("ask").startswith("product"):
        if "one" in facts:
            raise Decline("a number given but not asked about")
        v = g * lcm
        confirm.check(bool(pairs) and all(a * b == v for a, b in pairs),
                      "every pair with that gcd and lcm has the same product")
        claim = f"{g} \\cdot {lcm} = {v}"
        return sp.Integer(v), [step("gcd times lcm", "For two positive integers, the gcd times "
                                    "the lcm is their product.", f"${claim}$", claim)]
    if "one" not in facts:
        raise Decline("which number is known?")
    a = facts["one"]
    if (g * lcm) % a:
        raise Decline("no such pair")
    other = g * lcm // a
    confirm.check(sp.gcd(a, other) == g and sp.ilcm(a, other) == lcm,
                  "the two numbers have the stated gcd and lcm")
    claim = f"\\frac{{{g} \\cdot {lcm}}}{{{a}}} = {other}"
    return sp.Integer(other), [step("gcd times lcm", "The gcd times the lcm is the product of "
                                    "the two numbers; divide by the one known.", f"${claim}$",
                                    claim)]


__all__ = ["read"]
