"""Short word problems with one exact computation: consecutive integers with a product,
unit chains, two overlapping groups, a weighted mean, polygon angle facts, seatings with
blocks or gaps, and a missing last digit."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.readers import (
    ROTATION,
    ROTATION_NOTE,
    N,
    all_slots,
    count,
    whole,
)
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import END, Handler, M, Result, maths


def _one(rule: str, hint: str, claim: str) -> Step:
    return step(rule, hint, f"${claim}$", claim)


def _rat(s: Split, g: str | None) -> sp.Rational:
    v = parse_latex(maths(s, g))
    if not v.is_Rational:
        raise Decline("a number")
    return sp.Rational(v)


def consecutive_product(s: Split, m: re.Match[str]) -> Result:
    """Two consecutive positive (even/odd) integers with a given product."""
    all_slots(s, m)
    kind, ask = m.group(1), m.group(3)
    gap = 1 if not kind else 2
    n = whole(s, m.group(2))
    roots = [k for k in range(1, sp.integer_nthroot(max(n, 0), 2)[0] + 1) if k * (k + gap) == n]
    if len(roots) != 1:
        raise Decline("no such pair")
    a = roots[0]
    if (kind == "even " and a % 2) or (kind == "odd " and a % 2 == 0):
        raise Decline("the pair is not of that parity")
    v = {"greater": a + gap, "larger": a + gap, "smaller": a, "lesser": a, "sum": 2 * a + gap}[ask]
    steps = [_one("find the pair", f"Near $\\sqrt{{{n}}}$; check the product.",
                  f"{a} \\cdot {a + gap} = {n}")]
    if ask == "sum":
        steps.append(_one("add them", "Add the two integers.", f"{a} + {a + gap} = {v}"))
    return sp.Integer(v), steps


def unit_chain(s: Split, m: re.Match[str]) -> Result:
    """"If 3 zips = 5 zaps and 2 zaps = 7 zops, how many zips equal 70 zops?"."""
    all_slots(s, m)
    u1, u2, u3, u4, want, have = (m.group(i) for i in (2, 4, 6, 8, 9, 11))
    if u2 != u3 or want != u1 or have != u4 or len({u1, u2, u4}) != 3:
        raise Decline("the units do not chain")
    a, b, c, d, e = (_rat(s, m.group(i)) for i in (1, 3, 5, 7, 10))
    if 0 in (a, b, c, d):
        raise Decline("zero amounts")
    v = e * c / d * a / b
    claim = (f"{latex(e)} \\cdot \\frac{{{latex(c)}}}{{{latex(d)}}} \\cdot "
             f"\\frac{{{latex(a)}}}{{{latex(b)}}} = {latex(v)}")
    return v, [_one("convert step by step", f"Turn {have} into {u2}, then {u2} into {want}.",
                    claim)]


def overlap(s: Split, m: re.Match[str]) -> Result:
    """Two groups in a class with some in neither: how many are in both."""
    all_slots(s, m)
    if m.group(3) == m.group(5) or {m.group(3), m.group(5)} != {m.group(7), m.group(8)}:
        raise Decline("the activities do not match")
    total, a, b, none = (whole(s, m.group(i)) for i in (1, 2, 4, 6))
    both = a + b - (total - none)
    if not 0 <= both <= min(a, b) or none > total:
        raise Decline("inconsistent numbers")
    claim = f"{a} + {b} - ({total} - {none}) = {both}"
    return sp.Integer(both), [_one("count with inclusion-exclusion", f"{total - none} are in at "
                                   "least one; adding both groups counts the overlap twice.",
                                   claim)]


def all_but_one(s: Split, m: re.Match[str]) -> Result:
    """Sides of a convex polygon when all but one interior angle sum to S degrees."""
    d = re.fullmatch(r"\s*(\d+)\s*(?:\^\s*\{?\s*\\circ\s*\}?)?\s*", maths(s, m.group(1)))
    if not d:
        raise Decline("an angle sum in degrees")
    total = int(d.group(1))
    n = total // 180 + 3
    miss = (n - 2) * 180 - total
    if not 0 < miss < 180:
        raise Decline("no convex polygon")
    return sp.Integer(n), [_one("add the missing angle", "The full sum $(n-2) \\cdot 180$ "
                                "exceeds the given sum by less than 180° (convex).",
                                f"({n} - 2) \\cdot 180 - {total} = {miss}, \\quad 0 < {miss} "
                                "< 180")]


_POLYGONS = {"triangle": 3, "square": 4, "pentagon": 5, "hexagon": 6, "heptagon": 7,
             "octagon": 8, "nonagon": 9, "decagon": 10, "dodecagon": 12}


def rotation(_s: Split, m: re.Match[str]) -> Result:
    n = _POLYGONS.get(m.group(1))
    if n is None:
        raise Decline("an unknown polygon")
    v = sp.Rational(360, n)
    return v, [_one("divide the full turn", f"A regular polygon with {n} sides looks the same "
                    f"after each $\\frac{{1}}{{{n}}}$ of a turn.", f"\\frac{{360}}{{{n}}} = "
                    f"{latex(v)}")]


def units_digit(s: Split, m: re.Match[str]) -> Result:
    """The nonzero last digit that makes a number divisible by k (must be unique)."""
    letter = maths(s, m.group(1)).strip()
    num = re.fullmatch(r"\s*(\d+)([A-Z])\s*", maths(s, m.group(2)))
    if not num or num.group(2) != letter or maths(s, m.group(3)).strip() != letter:
        raise Decline("a number ending in the letter")
    k = whole(s, m.group(4))
    good = [d for d in range(1, 10) if int(num.group(1) + str(d)) % k == 0]
    if len(good) != 1 or k < 2:
        raise Decline("not exactly one digit works")
    v = int(num.group(1) + str(good[0]))
    return sp.Integer(good[0]), [_one("try the digits", f"Only one nonzero digit makes a "
                                      f"multiple of {k}.", f"{v} = {k} \\cdot {v // k}")]


def party_table(s: Split, m: re.Match[str]) -> Result:
    all_slots(s, m)
    sizes = [whole(s, g) for g in re.findall(M, m.group(1))]
    if len(sizes) < 2 or any(x < 1 for x in sizes):
        raise Decline("parties of members")
    p = len(sizes)
    v = sp.factorial(p - 1) * sp.prod([sp.factorial(x) for x in sizes])
    facts = " \\cdot ".join(f"{x}!" for x in sizes)
    return v, [_one("arrange blocks, then members", f"The {p} party blocks go round the table "
                    f"in ({p} - 1)! ways; each block orders its members.",
                    f"({p} - 1)! \\cdot {facts} = {v}")]


def square_table(s: Split, m: re.Match[str]) -> Result:
    all_slots(s, m)
    n, k = count(s, m.group(1)), count(s, m.group(2))
    if n != 4 * k or not 1 <= n <= 40:
        raise Decline("the seats do not match the people")
    v = sp.factorial(n) / 4
    return v, [_one("divide by the rotations", "A square has 4 rotations, each giving a "
                    "different seating here.", f"\\frac{{{n}!}}{{4}} = {v}")]


_PEOPLE = r"(?:people|students|persons)"

TEMPLATES: list[tuple[str, Handler]] = [
    (r"the product of two consecutive positive (even |odd )?integers is " + M + r"\. what is "
     r"the (greater|larger|smaller|lesser|sum) of the two integers" + END, consecutive_product),
    (r"if " + M + r" ([a-z]+) = " + M + r" ([a-z]+),? and " + M + r" ([a-z]+) = " + M
     + r" ([a-z]+),? how many ([a-z]+) equal " + M + r" ([a-z]+)" + END, unit_chain),
    (r"in a class of " + M + r" students, " + M + r" participate in ([a-z ]+), " + M
     + r" participate in ([a-z ]+), and " + M + r" students participate in neither\. how many "
     r"students participate in both ([a-z ]+) and ([a-z ]+)" + END,
     overlap),
    (r"how many sides would there be in a convex polygon if the sum of all but one of its "
     r"interior angles is " + M + END, all_but_one),
    (r"a regular ([a-z]+) is rotated (?:counterclockwise|clockwise) about its center\. what is "
     r"the minimum number of degrees it must be rotated until it coincides with its original "
     r"position" + END, rotation),
    (r"let " + M + r" be the units digit of the number " + M + r"\. which nonzero value of " + M
     + r" makes this number divisible by " + M + END, units_digit),
    (r"a senate committee has ((?:" + M + r" [a-z]+,? (?:and )?)*" + M + r" [a-z]+)\. in how "
     r"many ways can they sit around a circular table if all the members of each party all "
     r"sit next to each other" + END + ROTATION, party_table),
    (r"in how many ways can " + N + r" people be seated around a square table with " + N
     + r" people on a side" + END + ROTATION_NOTE, square_table),
]


__all__ = ["TEMPLATES"]
