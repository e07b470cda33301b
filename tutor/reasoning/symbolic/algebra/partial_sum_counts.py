"""Typed reader: how many terms of a listed arithmetic or geometric sequence add up to a
stated sum. "The sum of the first $n$ terms in the geometric sequence $\\{3, 1, \\frac13,
\\dots\\}$ is $\\frac{121}{27}$. Find $n$.", "How many terms of the arithmetic sequence
$2, 5, 8, \\dots$ must be added to get a sum of $126$?".

Only sequences whose terms all grow or all shrink and stay positive (first term > 0; a
ratio > 0 other than 1, or a difference > 0) are read, so the running sums rise strictly and
at most one count of terms gives the sum. Found by adding the terms one by one in exact
arithmetic until the sum is reached or passed (passed: no count, declined); confirmed by
the closed form for the sum of the first n terms.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.algebra.sequence_terms import listed_items
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import whole_match

_KIND = r"(?:an? |the )?(?:infinite )?(?P<kind>arithmetic|geometric) (?:sequence|progression)"
_ASKS = [
    re.compile(r"the sum of the first @(?P<n>\d+)@ terms (?:in|of) " + _KIND + r" @(?P<l>\d+)@ "
               r"(?:is|equals) @(?P<s>\d+)@[.,;]? (?:find|what is|determine|compute|solve for)"
               r" (?:the value of )?@(?P<m>\d+)@"),
    re.compile(r"how many terms (?:of|in) " + _KIND + r" @(?P<l>\d+)@ (?:must|should|need to) "
               r"be added(?: together)? (?:to get|to make|to give|for|to reach) (?:a sum|a "
               r"total) of @(?P<s>\d+)@"),
]
_DOTS = re.compile(r"^\s*(?:\\[lc]?dots[bc]?|\.\.\.|…)\s*$")
_BRACES = re.compile(r"^\s*(?:\\left\s*)?\\\{(?P<body>.*)(?:\\right\s*)?\\\}\s*$", re.S)
_MAX_TERMS = 10_000


def _terms(src: str) -> list[sp.Expr]:
    m = _BRACES.match(src)
    body = re.sub(r"\\right\s*$", "", m.group("body").strip()) if m else src
    items = listed_items(body)
    if not items or not _DOTS.match(items[-1]) or any(_DOTS.match(t) for t in items[:-1]):
        raise Decline("a listed start of the sequence, then dots")
    values = []
    for t in items[:-1]:
        v = parse_latex(t)
        if not isinstance(v, sp.Expr) or not v.is_Rational:
            raise Decline("terms that are fractions")
        values.append(final_value(v))
    if len(values) < 3:
        raise Decline("at least three listed terms")
    return values


def read(split: Split, template: str) -> Result | None:
    if "terms" not in template or "sum" not in template:
        return None
    m = whole_match(_ASKS, template)
    if m is None:
        return None
    g = m.groupdict()
    slots = {int(v) for k, v in g.items() if k in ("n", "l", "s", "m") and v is not None}
    if slots != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    if g.get("n") is not None and (split.maths[int(g["n"])].strip() != split.maths[
            int(g["m"])].strip() or not re.fullmatch(r"\s*[a-zA-Z]\s*", split.maths[int(g["n"])])):
        raise Decline("the count named by one letter and asked")
    total = parse_latex(split.maths[int(g["s"])])
    if not isinstance(total, sp.Expr) or not total.is_Rational:
        raise Decline("a sum that is a fraction")
    terms = _terms(split.maths[int(g["l"])])
    a = terms[0]
    if g["kind"] == "geometric":
        r = terms[1] / a
        confirm.check(all(terms[i + 1] == terms[i] * r for i in range(len(terms) - 1)),
                      "the listed terms have a common ratio")
        if not (a > 0 and r > 0 and r != 1):
            raise Decline("positive terms with a ratio other than 1")
    else:
        r = terms[1] - a
        confirm.check(all(terms[i + 1] - terms[i] == r for i in range(len(terms) - 1)),
                      "the listed terms have a common difference")
        if not (a > 0 and r > 0):
            raise Decline("positive, growing terms")
    n, running, term = 0, sp.Integer(0), a
    while running < total and n < _MAX_TERMS:
        running += term
        n += 1
        term = term * r if g["kind"] == "geometric" else term + r
    if running != total:
        raise Decline("no count of terms gives that sum")
    k = sp.Integer(n)
    closed = a * (1 - r**k) / (1 - r) if g["kind"] == "geometric" else k * (2 * a + (k - 1) * r) / 2
    confirm.check(sp.simplify(closed - total) == 0, "the closed form for the sum of the first "
                  "n terms gives the same sum")
    word = "ratio" if g["kind"] == "geometric" else "difference"
    formula = (f"\\frac{{{latex(a)}\\left(1 - \\left({latex(r)}\\right)^{{{n}}}\\right)}}"
               f"{{1 - {latex(r)}}}" if g["kind"] == "geometric"
               else f"\\frac{{{n}\\left(2 \\cdot {latex(a)} + {n - 1} \\cdot "
               f"{latex(r)}\\right)}}{{2}}")
    claim = f"{formula} = {latex(total)}"
    return k, [
        step("first term and step", f"The first term is ${latex(a)}$ and the common {word} is "
             f"${latex(r)}$, so every term is positive and the running sums rise.",
             f"$a = {latex(a)}$, common {word} ${latex(r)}$.", ""),
        step("add terms until the sum is reached", "Add the terms one at a time; the sum "
             f"first reaches ${latex(total)}$ after {n} terms.", f"${claim}$", claim)]


__all__ = ["read"]
