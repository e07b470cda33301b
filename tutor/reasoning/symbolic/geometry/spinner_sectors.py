"""Typed reader: a sector of a circular spinner (or dartboard) from the probability of landing
in it.

"A circular spinner has a radius of 10 cm. The probability of winning on one spin is
$\\frac{2}{5}$. What is the area of the WIN sector?", "... What is the central angle of the red
sector, in degrees?". A spinner lands in a sector with probability equal to the sector's share
of the circle: its area is p pi r^2 and its central angle p 360 degrees. Confirmed another
way: the sector's area from its central angle (theta/360 pi r^2) is compared with the area
found, and the probability recomputed as the sector's area over the circle's."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_THING = r"(?:spinner|dartboard|dart board|target)"
_SIZE = re.compile(r"\b(?:a |the )?circular " + _THING + r"(?: for a game)? (?:has|with) (?:a )?"
                   r"(radius|diameter) (?:of )?@(\d+)@")
_PROB = re.compile(r"\bthe probability (?:of (?:winning|landing (?:on|in) (?:the )?[a-z]+(?: "
                   r"sector| region)?|(?:a dart )?hitting (?:the )?[a-z]+(?: sector| region)?)"
                   r"(?: on (?:one|a single) (?:spin|throw)(?: of (?:this|the) " + _THING +
                   r")?)?) is @(\d+)@")
_ASK = re.compile(r"\bwhat is the (area|(?:degree )?measure of the central angle|central angle)"
                  r"(?:, in [a-z ]+,)? of (?:the )?[a-z]+ (?:sector|region)")
_GLUE = FILLER | frozenset("sq cm square units unit inches inch feet meters centimeters degrees "
                           "in express your answer terms pi win".split())


def read_spinner_sector(split: Split, template: str) -> Result | None:
    if "probability" not in template or not re.search(_THING, template):
        return None
    size, prob, ask = _SIZE.search(template), _PROB.search(template), _ASK.search(template)
    if not (size and prob and ask):
        return None
    rest = template
    for m in (size, prob, ask):
        rest = rest.replace(m.group(0), " ", 1)
    left = words(rest) - _GLUE
    pi_only = all(split.maths[int(i)].strip() == "\\pi" for i in re.findall(r"@(\d+)@", rest))
    if left or not pi_only:
        raise Decline(f"words the spinner reader does not read: {sorted(left)[:3]}")
    r = number(split.maths[int(size.group(2))])
    p = number(split.maths[int(prob.group(1))])
    if r is None or p is None or not r.is_positive or not (p.is_positive and p <= 1):
        raise Decline("a positive size and a probability between 0 and 1")
    r = r if size.group(1) == "radius" else r / 2
    area, angle = p * sp.pi * r**2, p * 360
    confirm.check(sp.simplify(angle / 360 * sp.pi * r**2 - area) == 0 and
                  sp.simplify(area / (sp.pi * r**2) - p) == 0,
                  "the sector's area from its central angle, and the probability back")
    if ask.group(1) == "area":
        claim = f"{latex(p)} \\cdot \\pi \\cdot {latex(r)}^2 = {latex(area)}"
        return area, [step("the sector's share of the circle", "The probability of landing in a "
                           "sector is its share of the circle's area.", f"${claim}$", claim)]
    claim = f"{latex(p)} \\cdot 360 = {latex(angle)}"
    return angle, [step("the sector's share of the full turn", "The probability of landing in a "
                        "sector is its share of the 360 degrees.", f"${claim}$", claim)]


__all__ = ["read_spinner_sector"]
