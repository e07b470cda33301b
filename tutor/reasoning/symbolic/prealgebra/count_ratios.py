"""Reader of the ratio of two counts that are told: "A class has 12 boys and 18 girls. What is
the ratio of boys to girls?", "There are 14 cats and 21 dogs at a shelter. What is the ratio of
dogs to cats in simplest form?", "a box has 9 red pens and 6 blue pens whats the ratio of
blue pens to red pens".

The problem is two sentences: the counts ("there are", "a/the <place> has/contains/holds",
"<name> has", each count a whole number and a plural noun, optionally "in/at/on the
<place>"), then the question "what is the ratio of <noun> to <noun>", with "in simplest form"
or "as a fraction" allowed. Both nouns asked must be the two nouns told (as written), each
once. The answer is written "a:b" in simplest form (or the fraction a/b when asked as a
fraction), found and confirmed as in `simplest_ratios`.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra.simplest_ratios import confirmed_simplest

# "boys", "red pens", "sheep": a plural noun, with one word before it
_KIND = (r"(?:[a-z]+ )?(?:[a-z]+s|sheep|fish|deer|people|children|men|women|geese|mice"
         r"|oxen|teeth|feet)")
_PLACE = r"(?:in|at|on) (?:a|an|the|her|his|their|my|our) [a-z]+"
_TOLD = re.compile(
    rf"(?:there are|(?:a|an|the|her|his|their|my|our) [a-z]+ (?:has|had|contains|holds)|"
    rf"[a-z]+ (?:has|had))"
    rf" @(?P<a>\d+)@ (?P<x>{_KIND}),? and @(?P<b>\d+)@ (?P<y>{_KIND})(?: {_PLACE})?")
_ASKED = re.compile(
    rf"(?:what is|what's|find|give) the ratio of (?:the )?(?:number of )?(?P<p>{_KIND}) to "
    rf"(?:the )?(?:number of )?(?P<q>{_KIND})(?P<form>,? (?:in (?:simplest|lowest) "
    rf"(?:form|terms)|as a (?:common )?fraction))?")


def read(split: Split, template: str) -> Result | None:
    if "ratio" not in template:
        return None
    text = re.sub(r"\s+", " ", template.lower()).strip().rstrip(" ?.!")
    parts = re.split(r"(?<=[a-z])[.;]? (?=what is|what's|find|give)|[.;] ", text)
    if len(parts) != 2:
        return None
    told, asked = _TOLD.fullmatch(parts[0]), _ASKED.fullmatch(parts[1])
    if told is None or asked is None:
        return None
    kinds = {told.group("x"): split.maths[int(told.group("a"))],
             told.group("y"): split.maths[int(told.group("b"))]}
    p, q = asked.group("p"), asked.group("q")
    if len(kinds) != 2 or {p, q} != set(kinds):
        raise Decline("the things in the ratio are not the two counts told")
    if not all(re.fullmatch(r"\d+", v) for v in kinds.values()):
        return None
    a, b = int(kinds[p]), int(kinds[q])
    if a <= 0 or b <= 0:
        raise Decline("a ratio of counts that are not positive")
    whole = confirmed_simplest([sp.Integer(a), sp.Integer(b)], [Fraction(a), Fraction(b)])
    fraction = "fraction" in (asked.group("form") or "")
    value = sp.Rational(whole[0], whole[1])
    said = sp.latex(value) if fraction else f"{whole[0]}:{whole[1]}"
    shown = f"\\frac{{{a}}}{{{b}}} = {said}" if fraction else f"{a}:{b} = {said}"
    hint = f"The ratio of {p} to {q} is {a} to {b}; divide both by their greatest common divisor."
    return (value if fraction else said), [step("write the ratio", hint, f"${shown}$", shown)]


__all__ = ["read"]
