"""Two numbers known by two of their gcd, lcm and product, in words: "The least common
multiple of two integers is 36 and 6 is their greatest common divisor. What is the product
of the two numbers?", "The product of two positive integers is 432 and their gcd is 6. What
is their lcm?", "... Given that one of the numbers is 180, what is the other number?", and
by a ratio and one of them: "If the lcm of A and B is 120 and the ratio of A to B is 3:4,
what is their gcd?" (the numbers are 3k and 4k, so the gcd is k and the lcm 12k).

gcd(a, b) · lcm(a, b) = a · b gives the answer; it is confirmed on the actual pairs: every
pair of divisors of the lcm (or the product) with the stated facts is listed, and the value
asked (or the other number) must be the same for each and for at least one pair.
"""

from __future__ import annotations

import math
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
_TWO = r"(?:(?:the )?two (?:positive )?(?:integers|numbers)|@\d+@ and @\d+@)"
_FACTS = [
    ("lcm", re.compile(r"the " + _LCM + r" of " + _TWO + r" is @(\d+)@")),
    ("gcd", re.compile(r"the " + _GCD + r" of " + _TWO + r" is @(\d+)@")),
    ("lcm", re.compile(r"(?:and )?(?:their|the) " + _LCM + r" is @(\d+)@")),
    ("gcd", re.compile(r"(?:and )?(?:their|the) " + _GCD + r" is @(\d+)@")),
    ("gcd", re.compile(r"(?:and )?@(\d+)@ is their " + _GCD)),
    ("lcm", re.compile(r"(?:and )?@(\d+)@ is their " + _LCM)),
    ("one", re.compile(r"(?:given that |if )?one (?:of the (?:two )?(?:integers|numbers)|"
                       r"integer|number|of them) is @(\d+)@")),
    ("product", re.compile(r"the product of " + _TWO + r" is @(\d+)@")),
    ("product", re.compile(r"(?:and )?their product is @(\d+)@")),
    # "two numbers have a gcd of 4 and an lcm of 48", "... have gcd 4 and product 300"
    *((kind, re.compile(r"(?:(?:(?:the )?two (?:positive )?(?:integers|numbers) have )?an? "
                        + name + r" of|(?:(?:the )?two (?:positive )?(?:integers|numbers) have )?"
                        + name + r") @(\d+)@"))
      for kind, name in (("gcd", _GCD), ("lcm", _LCM), ("product", "product"))),
]
# "the ratio of A to B is 3:4": A = 3k and B = 4k for the gcd k (3 and 4 coprime)
_RATIO = re.compile(r"(?:the ratio of (?P<a>@\d+@) to (?P<b>@\d+@)|(?:their|the) ratio(?: of "
                    r"(?:the )?two (?:positive )?(?:integers|numbers))?) is "
                    r"(?:@(?P<p>\d+)@ ?: ?@(?P<q>\d+)@|@(?P<r>\d+)@|(?P<p2>\d+) ?: ?(?P<q2>\d+))")
_ASK = re.compile(r"(?:then )?(?:what is|find) (?:the|their) (?P<ask>product|other(?: (?:integer|"
                  r"number|one))?|" + _LCM + "|" + _GCD + r")(?: of (?:the two (?:integers|"
                  r"numbers)|(?P<of>@\d+@ and @\d+@)))?")
_VOCAB = frozenset(
    "the least lowest common multiple lcm of two positive integers numbers is and their greatest "
    "divisor factor gcd gcf highest given that if one what find product other ratio to then "
    "their them integer number".split())


# the same facts in maths: "If a and b are positive integers with gcd(a,b) = 6 and
# lcm(a,b) = 180, what is ab?"
_SHAPE = re.compile(r"(?:if |let |suppose )?@(?P<a>\d+)@ and @(?P<b>\d+)@ (?:are|be) (?:two )?"
                    r"positive integers (?:with|such that|so that|where|for which) @(?P<f1>\d+)@"
                    r",? and @(?P<f2>\d+)@[,.]? (?:then )?(?:what is|find|compute) @(?P<q>\d+)@")
_KIND = (r"(?P<k>\\gcd|\\lcm|(?:\\mathop\s*\{\s*)?\\(?:text|mathrm|operatorname)\s*\{\s*(?:gcd|lcm)"
         r"\s*\}\s*\}?)\s*[(\[]\s*(?P<x>[a-z])\s*,\s*(?P<y>[a-z])\s*[)\]]")
_PRODUCT = r"(?P<x>[a-z])\s*(?:\\cdot|\\times)?\s*(?P<y>[a-z])"


def _maths_told(split: Split, template: str) -> tuple[Split, str] | None:
    """The facts and the question written in maths, said in the words `_FACTS` read."""
    m = _SHAPE.fullmatch(re.sub(r"\s+", " ", template).strip().rstrip(" .?"))
    if m is None:
        return None
    a, b = (split.maths[int(m.group(g))].strip() for g in ("a", "b"))
    maths, said = [a, b], []
    for slot in (m.group("f1"), m.group("f2")):
        src = split.maths[int(slot)]
        f = re.fullmatch(r"\s*(?:" + _KIND + "|" + _PRODUCT.replace("?P<x>", "?P<x2>").replace(
            "?P<y>", "?P<y2>") + r")\s*=\s*(?P<v>\d+)\s*", src)
        if f is None or {f.group("x") or f.group("x2"), f.group("y") or f.group("y2")} != {a, b}:
            return None
        maths.append(f.group("v"))
        kind = ("product" if f.group("x2") else "gcd" if "gcd" in f.group("k") else "lcm")
        said.append(f"the {kind} of @0@ and @1@ is @{len(maths) - 1}@")
    q = split.maths[int(m.group("q"))]
    if (asked := re.fullmatch(r"\s*" + _KIND + r"\s*", q)) is not None:
        ask = "gcd" if "gcd" in asked.group("k") else "lcm"
        names = {asked.group("x"), asked.group("y")}
    elif (asked := re.fullmatch(r"\s*" + _PRODUCT + r"\s*", q)) is not None:
        ask, names = "product", {asked.group("x"), asked.group("y")}
    else:
        return None
    if names != {a, b}:
        return None
    told = " and ".join(said) + f". what is the {ask} of @0@ and @1@?"
    return Split(told, maths), told


def read(split: Split, template: str) -> Result | None:
    if "@" in template and any(re.search(r"gcd|lcm", m) for m in split.maths) and (
            told := _maths_told(split, template)) is not None:
        split, template = told
    if "common" not in template and not re.search(r"\b(?:gcd|lcm|gcf)\b", template) or \
            not words_within(template, _VOCAB):
        return None
    text = re.sub(r"\s+", " ", template).strip().rstrip(" .?")
    facts: dict[str, int] = {}
    # "2 numbers" where the respelling wrote the word "two" as a digit
    used = {int(k) for k in re.findall(r"@(\d+)@(?= (?:positive )?(?:integers|numbers)\b)", text)
            if split.maths[int(k)].strip() == "2"}
    text = re.sub(r"@(\d+)@(?= (?:positive )?(?:integers|numbers)\b)",
                  lambda m: "two" if int(m.group(1)) in used else m.group(0), text)
    names: list[str] = []
    ratio: tuple[int, int] | None = None
    rest = text
    while rest:
        rest = re.sub(r"^(?:[ .,]|if |given that |and )+", "", rest)
        ask = _ASK.fullmatch(rest)
        if ask:
            asked_of = re.findall(r"@(\d+)@", ask.group("of") or "")
            names += [split.maths[int(i)].strip() for i in asked_of]
            used |= {int(i) for i in asked_of}
            break
        if (r := _RATIO.match(rest)) is not None and ratio is None:
            ratio = _ratio(split, r)
            names += [split.maths[int(g[1:-1])].strip() for g in (r.group("a"), r.group("b")) if g]
            used |= {int(i) for i in re.findall(r"@(\d+)@", r.group(0))}
            rest = rest[r.end():]
            continue
        hit = next(((k, m) for k, p in _FACTS if (m := p.match(rest))), None)
        if hit is None:
            return None
        kind, m = hit
        if kind in facts:
            raise Decline("the same fact stated twice")
        facts[kind] = integer(split.maths[int(m.group(1))])
        slots = {int(i) for i in re.findall(r"@(\d+)@", m.group(0))}
        names += [split.maths[i].strip() for i in slots - {int(m.group(1))}]
        used |= slots
        rest = rest[m.end():]
    else:
        return None
    if any(not re.fullmatch(r"[A-Za-z]", n) for n in names) or len(set(names)) > 2 or (
            ratio is not None and names and len(set(names)) != 2):
        raise Decline("the two numbers named by two letters")
    if used != set(range(len(split.maths))) or \
            len({"lcm", "gcd", "product"} & set(facts)) != (1 if ratio else 2):
        raise Decline("two of the gcd, the lcm, the product and the ratio of the two numbers")
    said = ask.group("ask")
    asked = ("product" if said.startswith("product") else "other" if said.startswith("other")
             else "lcm" if re.fullmatch(_LCM, said) else "gcd")
    if asked != "other" and ("one" in facts or asked in facts):
        raise Decline("a number given but not asked about")
    if ratio is not None:
        if asked == "other":
            raise Decline("a ratio and one of the numbers")
        return _with_ratio(facts, ratio, asked)
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


def _ratio(split: Split, r: re.Match[str]) -> tuple[int, int]:
    if r.group("r"):
        said = re.fullmatch(r"\s*(\d+)\s*:\s*(\d+)\s*", split.maths[int(r.group("r"))])
        if said is None:
            raise Decline("a ratio like 3:4")
        p, q = int(said.group(1)), int(said.group(2))
    elif r.group("p"):
        p, q = (integer(split.maths[int(r.group(k))]) for k in ("p", "q"))
    else:
        p, q = int(r.group("p2")), int(r.group("q2"))
    if p < 1 or q < 1 or p == q:
        raise Decline("a ratio of two different positive numbers")
    g = math.gcd(p, q)
    return p // g, q // g


def _with_ratio(facts: dict[str, int], ratio: tuple[int, int], asked: str) -> Result:
    """The numbers are p k and q k with p : q in lowest terms, so their gcd is k, their lcm
    p q k and their product p q k^2; k comes from the fact given. The value asked is then
    computed from the two numbers themselves (Euclid's gcd, lcm = product / gcd)."""
    p, q = ratio
    (kind, v), = ((k, facts[k]) for k in ("gcd", "lcm", "product") if k in facts)
    k = v if kind == "gcd" else v // (p * q) if kind == "lcm" else math.isqrt(v // (p * q))
    by_formula = {"gcd": k, "lcm": p * q * k, "product": p * q * k * k}
    if k < 1 or by_formula[kind] != v:
        raise Decline("no two positive integers have these")
    a, b = p * k, q * k
    direct = {"gcd": math.gcd(a, b), "lcm": a * b // math.gcd(a, b), "product": a * b}
    confirm.check(direct[kind] == v and direct[asked] == by_formula[asked],
                  "the two numbers themselves have the fact given and the value asked")
    exprs = {"gcd": "k", "lcm": f"{p * q}k", "product": f"{p * q}k^2"}
    solved = {"gcd": "", "lcm": f"\\frac{{{v}}}{{{p * q}}} = {k}",
              "product": f"\\sqrt{{\\frac{{{v}}}{{{p * q}}}}} = {k}"}[kind]
    steps = [step("write the numbers with the ratio", f"Write the numbers as ${p}k$ and ${q}k$; "
                  f"{p} and {q} have no common factor, so the gcd is $k$, the lcm is ${p * q}k$ "
                  f"and the product is ${p * q}k^2$. Here ${exprs[kind]} = {v}$.",
                  f"$k = {solved or k}$", solved)]
    value = {"gcd": "", "lcm": f"{p * q} \\cdot {k} = {by_formula['lcm']}",
             "product": f"{p * q} \\cdot {k}^2 = {by_formula['product']}"}[asked]
    steps.append(step("find the value asked", f"The numbers are {a} and {b}; the value asked "
                      f"is ${exprs[asked]}$.", f"${value or k}$", value))
    return sp.Integer(by_formula[asked]), steps


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
