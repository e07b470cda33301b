"""Two numbers known by two of their gcd, lcm and product, in words: "The least common
multiple of two integers is 36 and 6 is their greatest common divisor. What is the product
of the two numbers?", "The product of two positive integers is 432 and their gcd is 6. What
is their lcm?", "... Given that one of the numbers is 180, what is the other number?".

gcd(a, b) · lcm(a, b) = a · b gives the answer; it is confirmed on the actual pairs: every
pair of divisors of the lcm (or the product) with the stated facts is listed, and the value
asked (or the other number) must be the same for each and for at least one pair.
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
    ("product", re.compile(r"the product of " + _TWO + r" is @(\d+)@")),
    ("product", re.compile(r"(?:and )?their product is @(\d+)@")),
]
_ASK = re.compile(r"(?:what is|find) (?:the|their) (?P<ask>product(?: of the two (?:integers|"
                  r"numbers))?|other(?: (?:integer|number|one))?|" + _LCM + "|" + _GCD + ")")
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
    if used != set(range(len(split.maths))) or len({"lcm", "gcd", "product"} & set(facts)) != 2:
        raise Decline("two of the gcd, the lcm and the product of the two numbers")
    said = ask.group("ask")
    asked = ("product" if said.startswith("product") else "other" if said.startswith("other")
             else "lcm" if re.fullmatch(_LCM, said) else "gcd")
    if asked != "other" and ("one" in facts or asked in facts):
        raise Decline("a number given but not asked about")
    pairs = _pairs(facts)
    if not pairs:
        raise Decline("no two positive integers have these")
    if asked == "other":
        return _other(facts, pairs)
    g, lcm, prod = (facts.get(k) for k in ("gcd", "lcm", "product"))
    if asked == "product":
        assert g is not None and lcm is not None
        v, claim = g * lcm, f"{g} \\cdot {lcm} = {g * lcm}"
    elif asked == "lcm":
        assert g is not None and prod is not None
        v, claim = prod // g, f"\\frac{{{prod}}}{{{g}}} = {prod // g}"
    else:
        assert lcm is not None and prod is not None
        v, claim = prod // lcm, f"\\frac{{{prod}}}{{{lcm}}} = {prod // lcm}"
    values = {a * b if asked == "product" else (sp.ilcm(a, b) if asked == "lcm" else sp.gcd(a, b))
              for a, b in pairs}
    confirm.check(values == {v}, "every pair of numbers with these facts gives the same value")
    return sp.Integer(v), [step("gcd times lcm", "For two positive integers, the gcd times the "
                                "lcm is their product.", f"${claim}$", claim)]


def _pairs(facts: dict[str, int]) -> list[tuple[int, int]]:
    """Every pair a <= b of positive integers with the stated gcd, lcm and product, listed
    from the divisors of the lcm or of the product."""
    g, lcm, prod = (facts.get(k) for k in ("gcd", "lcm", "product"))
    top = lcm if lcm is not None else prod
    assert top is not None
    if top < 1 or top > 10**6 or any(v is not None and v < 1 for v in (g, lcm, prod)):
        raise Decline("positive numbers of a moderate size")
    divs = sp.divisors(top)
    return [(a, b) for a in divs for b in divs if a <= b
            and (g is None or sp.gcd(a, b) == g) and (lcm is None or sp.ilcm(a, b) == lcm)
            and (prod is None or a * b == prod)]


def _other(facts: dict[str, int], pairs: list[tuple[int, int]]) -> Result:
    if "one" not in facts:
        raise Decline("which number is known?")
    a = facts["one"]
    others = {y if x == a else x for x, y in pairs if a in (x, y)}
    if len(others) != 1:
        raise Decline("no such pair" if not others else "more than one other number")
    other = others.pop()
    g, lcm, prod = (facts.get(k) for k in ("gcd", "lcm", "product"))
    total = prod if prod is not None else g * lcm  # type: ignore[operator]
    confirm.check(total % a == 0 and total // a == other,
                  "the other number is the product divided by the one known")
    claim = (f"\\frac{{{prod}}}{{{a}}} = {other}" if prod is not None
             else f"\\frac{{{g} \\cdot {lcm}}}{{{a}}} = {other}")
    return sp.Integer(other), [step("gcd times lcm", "The gcd times the lcm is the product of "
                                    "the two numbers; divide by the one known.", f"${claim}$",
                                    claim)]


__all__ = ["read"]
