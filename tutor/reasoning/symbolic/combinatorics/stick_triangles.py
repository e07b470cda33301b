"""Reader of sticks of listed lengths, three of them chosen: the chance that they make a
triangle, or how many triangles three of them make.

Phrasings reached: "Six sticks with lengths 1, 2, 4, 5, 7 and 8 inches are placed in a box.
Three of the sticks are randomly selected. What is the probability that a triangle can be
formed by joining the endpoints of the sticks?", "Five straws have lengths 3, 4, 6, 9 and
10 cm. If three of them are chosen at random, what is the probability that they can form a
triangle?", "How many different triangles can be formed using three of the sticks as sides?".

Three lengths make a triangle (of positive area) when the longest is shorter than the sum
of the other two. Every choice of three sticks is listed and tested so; the count is found
again by Heron's formula: 16 A^2 = (a+b+c)(-a+b+c)(a-b+c)(a+b-c) must be positive. Counting
triangles asks for different triangles, so the lengths must all differ (two sticks of one
length would make the same triangle twice).
"""

from __future__ import annotations

import re
from itertools import combinations
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_STICKS = r"(?:sticks|rods|straws|pieces of wire|wooden sticks|toothpicks)"
_UNIT = r"(?: (?:inches|inch|cm|centimeters|meters|feet|units|mm|millimeters))?"
_LENGTHS = r"(?P<ls>#\d+(?:(?:,|, and| and) #\d+)+)"
_SETUP = (r"(?:^|(?<=[.;] )) ?(?:#(?P<n>\d+) |(?:there are )?)" + _STICKS
          + r"(?: (?:with|of|having|that have|have|has)(?: the)? lengths?| (?:are|measure|"
          r"measuring)|,? whose lengths are) " + _LENGTHS + _UNIT + r"(?:,? (?:respectively|are "
          r"(?:placed |put )?(?:in|into) a (?:box|bag|jar|hat)))?(?=[ .,;?])")
_CHOSEN = (r"(?:^|(?<=[.;,] )|(?<= if )) ?#3 (?:of (?:the|them|these) )?(?:" + _STICKS
           + r" )?(?:are|is) (?:randomly |then )?(?:selected|chosen|picked|drawn)(?: at random| "
           r"randomly)?(?: from the (?:box|bag|jar|hat))?\b")
_EVENT = (r" (?:a triangle can be formed(?: by joining the endpoints of the " + _STICKS + r"| "
          r"with them(?: as sides)?| from them)?|(?:the (?:#3 )?(?:" + _STICKS + r"|lengths)|they)"
          r" (?:can |will )?(?:form|make) a triangle|(?:the (?:#3 )?(?:" + _STICKS + r"|lengths)"
          r"|they) (?:can be|are) the (?:side lengths|sides|lengths of the sides) of a "
          r"triangle)(?= ?[.;,?])")
_HOW_MANY = (r" how many (?:different |distinct |non-congruent )?triangles (?:can be formed|can be "
             r"made|are possible) (?:using|with|from) (?:#3 of (?:the|these) " + _STICKS + r"|#3 "
             + _STICKS + r")(?: as (?:its |their )?sides)?(?= ?[.;,?])")
_GLUE = frozenset("positive area of".split())


def stick_triangles(split: Split, template: str) -> Result | None:
    if "triangle" not in template or not quick(template, "stick", "straw", "rod", "wire",
                                                  "toothpick"):
        return None
    w = Wording.of(split, template)
    setup = w.take(_SETUP)
    ask, event, chosen = w.take(ASK), w.take(_EVENT), w.take(_CHOSEN)
    how_many = w.take(_HOW_MANY)
    if len(setup) != 1 or not w.only_glue(_GLUE):
        return None
    lengths = [int(x) for x in re.findall(r"#(\d+)", setup[0].group("ls"))]
    if setup[0].group("n") and int(setup[0].group("n")) != len(lengths):
        raise Decline("the count of sticks disagrees with their lengths")
    if not 3 <= len(lengths) <= 60 or min(lengths) < 1:
        raise Decline("three or more sticks of positive length")
    triples = list(combinations(lengths, 3))
    good = sum(1 for t in triples if 2 * max(t) < sum(t))
    by_heron = sum(1 for a, b, c in triples if (a + b + c) * (-a + b + c) * (a - b + c)
                   * (a + b - c) > 0)
    if len(how_many) == 1 and not (ask or event or chosen):
        if len(set(lengths)) != len(lengths):
            raise Decline("sticks of one length make the same triangle twice")
        confirm.count(good, lambda: by_heron, "triangles, by Heron's formula")
        said = (f"Of the $\\binom{{{len(lengths)}}}{{3}} = {comb(len(lengths), 3)}$ choices of "
                f"three sticks, {good} make a triangle.")
        return sp.Integer(good), [step("test every choice", "Three lengths make a triangle "
                                       "when the longest is shorter than the other two "
                                       "together.", said)]
    if len(ask) != 1 or len(event) != 1 or len(chosen) != 1 or how_many:
        return None
    return answer(good, len(triples), "three lengths that make a triangle", by_heron,
                  "Heron's formula: a positive area", "Three lengths make a triangle when the "
                  "longest is shorter than the other two together.",
                  f"\\binom{{{len(lengths)}}}{{3}}")


__all__ = ["stick_triangles"]
