"""A few more shapes: Fibonacci remainders, a repeating decimal as a fraction, identical
objects in a row, toppings, intersections of circles or lines, and dice products."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.readers import N, all_slots, count, whole
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.number_theory.integers import ORDINALS
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import END, Handler, M, Result, maths


def _one(rule: str, hint: str, claim: str) -> Step:
    return step(rule, hint, f"${claim}$", claim)


def _ordinal(src: str) -> int:
    m = re.fullmatch(r"\s*(\d+)\s*(?:\^\s*\{\s*\\(?:mathrm|text)\s*\{\s*(?:st|nd|rd|th)\s*\}\s*\}"
                     r"|st|nd|rd|th)\s*", src)
    if m:
        return int(m.group(1))
    if src.strip() in ORDINALS:
        return ORDINALS[src.strip()]
    raise Decline("not an ordinal")


def fibonacci(s: Split, m: re.Match[str]) -> Result:
    """Remainder of the n-th Fibonacci number (1, 1, 2, ...) on division by k."""
    all_slots(s, m)
    listed = [maths(s, g).strip() for g in re.findall(M, m.group("list"))]
    if not listed or not re.fullmatch(r"\\[lc]?dots", listed[-1]):
        raise Decline("a listed sequence ending in dots")
    terms = [int(t) if re.fullmatch(r"\d+", t) else -1 for t in listed[:-1]]
    fib = [1, 1]
    while len(fib) < len(terms):
        fib.append(fib[-1] + fib[-2])
    if len(terms) < 3 or terms != fib[:len(terms)]:
        raise Decline("not the Fibonacci numbers from 1, 1")
    n = _ordinal(maths(s, m.group("n")) if m.group("n") else m.group("word"))
    k = whole(s, m.group("k"))
    if not 1 <= n <= 2000 or k < 2:
        raise Decline("a modest term")
    f = int(sp.fibonacci(n))
    q, r = divmod(f, k)
    return sp.Integer(r), [_one("find the term and divide", f"Term {n} of the sequence, then "
                                f"divide by {k}.", f"{f} = {k} \\cdot {q} + {r}")]


def repeating_sum(s: Split, m: re.Match[str]) -> Result:
    """"If 0.\\overline{1331} = a/b in lowest terms, what is a + b?"."""
    all_slots(s, m)
    dec = re.fullmatch(r"\s*0\.(\d*)\\overline\{(\d+)\}\s*", maths(s, m.group(1)))
    frac, a, b, one, ask = (maths(s, m.group(i)).replace(" ", "") for i in (2, 3, 4, 5, 6))
    if not dec or frac != f"\\frac{{{a}}}{{{b}}}" or ask != f"{a}+{b}" or one != "1":
        raise Decline("the fraction and the question do not match")
    head, rep = dec.group(1), dec.group(2)
    num = int(head + rep) - (int(head) if head else 0)
    den = int("9" * len(rep) + "0" * len(head))
    v = sp.Rational(num, den)
    return sp.Integer(v.p + v.q), [
        _one("write the repeat as a fraction", f"The {len(rep)} repeating digits go over "
             f"{'9' * len(rep)}; reduce to lowest terms.",
             f"\\frac{{{num}}}{{{den}}} = {latex(v)}"),
        _one("add numerator and denominator", "Now the fraction is in lowest terms.",
             f"{v.p} + {v.q} = {v.p + v.q}"),
    ]


def identical_row(s: Split, m: re.Match[str]) -> Result:
    all_slots(s, m)
    a, b = count(s, m.group(1)), count(s, m.group(3))
    if m.group(2) == m.group(4) or not (1 <= a <= 50 and 1 <= b <= 50):
        raise Decline("two different kinds")
    v = sp.binomial(a + b, a)
    return v, [_one("choose the places", f"Choose which {a} of the {a + b} places hold the "
                    "first kind.", f"\\binom{{{a + b}}}{{{a}}} = {v}")]


def toppings(s: Split, m: re.Match[str]) -> Result:
    all_slots(s, m)
    k, n = count(s, m.group(1)), count(s, m.group(2))
    if not 1 <= k <= n <= 100:
        raise Decline("too many toppings")
    v = sp.binomial(n, k)
    return v, [_one("choose the toppings", "The order of the toppings does not matter.",
                    f"\\binom{{{n}}}{{{k}}} = {v}")]


def intersections(s: Split, m: re.Match[str]) -> Result:
    n = count(s, m.group(1))
    if not 2 <= n <= 100:
        raise Decline("a few figures")
    circles = m.group(2) == "circles"
    v = (2 if circles else 1) * sp.binomial(n, 2)
    times = "2 \\cdot " if circles else ""
    claim = f"{times}\\binom{{{n}}}{{2}} = {v}"
    hint = ("Two circles meet in at most 2 points, and every pair can do so at different "
            "points." if circles else "Two lines meet in at most one point.")
    return v, [_one("count the pairs", hint, claim)]


def common_divisors(s: Split, m: re.Match[str]) -> Result:
    """How many positive integers divide both a and b: the divisors of their gcd."""
    all_slots(s, m)
    a, b = whole(s, m.group(1)), whole(s, m.group(2))
    if not 1 <= a <= 10**12 or not 1 <= b <= 10**12:
        raise Decline("positive integers")
    g = int(sp.gcd(a, b))
    f = sorted(sp.factorint(g).items())
    first = _one("the greatest common divisor", "A common divisor of both is a divisor of the "
                 "gcd.", f"{a} = {g} \\cdot {a // g}, \\quad {b} = {g} \\cdot {b // g}")
    if g == 1:
        return sp.S.One, [first]
    fac = " \\cdot ".join(f"{p}^{{{k}}}" if k > 1 else str(p) for p, k in f)
    prod = " \\cdot ".join(f"({k} + 1)" for _, k in f)
    v = int(sp.divisor_count(g))
    return sp.Integer(v), [first, _one("count the divisors of the gcd", "Each exponent can be "
                                       "chosen from 0 up to its value.",
                                       f"{g} = {fac}, \\quad {prod} = {v}")]


TEMPLATES: list[tuple[str, Handler]] = [
    (r"the fibonacci sequence is the sequence (?P<list>(?:" + M + r",? )+" + M + r") where each "
     r"term is the sum of the previous two terms\. what is the remainder when the (?:@(?P<n>\d+)@"
     r"|(?P<word>\w+)) term of the sequence is divided by @(?P<k>\d+)@" + END, fibonacci),
    (r"if " + M + r" is written as a fraction " + M + r" with " + M + r" and " + M + r" being "
     r"positive integers with a greatest common divisor of " + M + r", what is " + M + END,
     repeating_sum),
    (r"[a-z ]+ wishes to put " + N + r" of (?:his|her) indistinguishable ([a-z ]+?) and " + N
     + r" of (?:his|her) indistinguishable ([a-z ]+?) in one row\. how many distinct "
     r"arrangements are possible" + END, identical_row),
    (r"[a-z]+ wants to order a pizza with " + N + r" different toppings\. (?:he|she) has " + N
     + r" different toppings to choose from\. how many different pizzas could (?:he|she) order"
     + END, toppings),
    (N + r" distinct (circles|lines) are drawn in a plane\. what is the maximum number of points "
     r"where at least two of the \2 intersect" + END, intersections),
    (r"how many positive divisors do " + M + r" and " + M + r" have in common" + END,
     common_divisors),
    (r"[a-z]+ is thinking of a positive factor of " + M + r" and [a-z]+ is thinking of a "
     r"positive factor of " + M + r"\. if [a-z]+ and [a-z]+ are thinking of the same number, how "
     r"many possible numbers could they be thinking of" + END, common_divisors),
]


__all__ = ["TEMPLATES"]
