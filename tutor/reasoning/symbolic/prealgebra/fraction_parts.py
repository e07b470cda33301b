"""Reader of a fraction whose numerator and denominator are told by how they relate: "The
denominator of a fraction is 5 more than twice the numerator. If the fraction is equivalent
to 3/7, what is the numerator?", "The numerator of a fraction is 4 less than the denominator.
The fraction is equal to 2/3. What is the denominator?", "The sum of the numerator and
denominator of a fraction is 20, and the fraction equals 1/4. What is the numerator?".

Two statements fix the numerator n and the denominator d: one relating them ("d is 5 more
than 2 times n", "n is 4 less than d", "the sum of n and d is 20") and one giving the value
of the fraction (n / d = p / q, written q n = p d). Every word must be read; the numerator
and denominator found must be whole numbers and the denominator not zero. Solved and
confirmed by `Story` (each statement evaluated again in exact fractions).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.relations import Story

N, D = sp.symbols("n d")
_PART = {"numerator": N, "denominator": D}
_NUM = r"#\d+"
_OF = r"(?: of (?:a|the|this) fraction)?"
_TIMES = r"(?:(?P<k>#\d+) times |(?P<twice>twice|double) |(?P<half>half) )?"
_RELATIONS = [
    # "the denominator of a fraction is 5 more than 2 times the numerator"
    re.compile(rf"\bthe (?P<a>numerator|denominator){_OF} is (?P<m>{_NUM}) (?P<dir>more|less|"
               rf"greater|fewer|smaller) than {_TIMES}the (?P<b>numerator|denominator)\b"),
    # "the denominator is 3 times the numerator"
    re.compile(rf"\bthe (?P<a>numerator|denominator){_OF} is (?:(?P<k>#\d+) times|(?P<twice>"
               rf"twice|double)|(?P<half>half)(?: of)?) the (?P<b>numerator|denominator)\b"),
    # "the sum of the numerator and (the) denominator (of a fraction) is 20"
    re.compile(rf"\bthe sum of (?:the|its) (?P<a>numerator|denominator) and (?:the |its )?"
               rf"(?P<b>numerator|denominator){_OF} is (?P<s>{_NUM})\b"),
]
_VALUE = re.compile(r"\b(?:if )?the (?:fraction|value of the fraction) (?:is equivalent to|is "
                    r"equal to|equals|is) (?P<p>#\d+)/(?P<q>\d+)\b")
_ASK = re.compile(r"\bwhat is (?:the )?(?P<asked>numerator|denominator)(?: of the fraction)?"
                  r"\s*\??\s*$")
_GLUE = frozenset("a the and if then , . ; ? of is this fraction".split())


def fraction_parts(split: Split, template: str) -> Result | None:
    if "numerator" not in template or "denominator" not in template:
        return None
    text = re.sub(r"\s+", " ", wording.of(split, template).text).strip()
    relations = [m for p in _RELATIONS for m in p.finditer(text)]
    values = list(_VALUE.finditer(text))
    ask = _ASK.search(text)
    if len(relations) != 1 or len(values) != 1 or ask is None:
        return None
    rel, value = relations[0], values[0]
    rest = text
    for said in (rel, value, ask):
        rest = rest.replace(said.group(0), " ")
    if set(re.findall(r"[a-z#/\d]+|[,.;?]", rest)) - _GLUE:
        return None
    a, b = _PART[rel.group("a")], _PART[rel.group("b")]
    if a == b:
        return None
    story = Story([N, D], whole=True)
    if rel.groupdict().get("s"):
        story.state(a + b, wording.value(rel.group("s")), rel.group(0))
    else:
        k = sp.Integer(2) if rel.group("twice") else sp.Rational(1, 2) if rel.group("half") \
            else sp.Rational(wording.value(rel.group("k"))) if rel.group("k") else sp.Integer(1)
        more = sp.Rational(wording.value(rel.group("m"))) if rel.groupdict().get("m") else 0
        sign = -1 if rel.groupdict().get("dir") in ("less", "fewer", "smaller") else 1
        story.state(a, k * b + sign * more, rel.group(0))
    p, q = wording.value(value.group("p")), int(value.group("q"))
    if q == 0:
        return None
    story.state(q * N, p * D, f"the fraction n/d equals {p}/{q}, so {q} n = {p} d")
    story.allowed = lambda sol: sol[D] != 0
    asked = _PART[ask.group("asked")]
    return story.solve(lambda _sol: asked, f"the {ask.group('asked')}")


__all__ = ["fraction_parts"]
