"""The numerator and denominator of a number written as a fraction in lowest terms, combined:
"When the repeating decimal $0.\\overline{36}$ is expressed as a common fraction in lowest
terms, what is the sum of its numerator and denominator?", "What is the product of the
numerator and the denominator of 0.875 when it is written in lowest terms?".

The number is asked on its own ("What is E?") and must come back answered and confirmed by
its reader as a positive rational number; its numerator m and denominator n in lowest terms
are then combined as asked (sum, product, positive difference). Confirmed exactly: m and n
share no factor and m / n is the number found. Anything else declines.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.reasoning.symbolic.question_text import WholeSolver

_OP = r"(?P<op>sum|product|positive difference)"
_FORM = (r"(?:expressed|written|represented|simplified|reduced|converted) (?:(?:as|to|into) "
         r"an? (?:common |single )?fraction )?(?:in|to) (?:its )?(?:lowest|simplest) (?:terms|"
         r"form)")
_WHEN = re.compile(
    r"(?:when|if) (?:the (?:repeating |terminating )?(?:decimal|number|fraction|quantity) )?"
    rf"(?P<e>.+?) is {_FORM},? (?:what is|find|compute|determine) the {_OP} of (?:its|the) "
    r"numerator and (?:its |the )?denominator\s*[?.]?", re.I | re.S)
_OF = re.compile(
    rf"(?:what is|find|compute|determine) the {_OP} of the numerator and (?:the )?denominator of "
    rf"(?P<e>.+?),? (?:when|if) (?:it is )?{_FORM}\s*[?.]?", re.I | re.S)


def read(text: str, solve_whole: WholeSolver) -> tuple[sp.Basic, list[Step]]:
    """The asked combination of the numerator and denominator; Decline otherwise."""
    m = _WHEN.fullmatch(text.strip()) or _OF.fullmatch(text.strip())
    if m is None:
        raise Decline("no numerator and denominator of a number in lowest terms asked")
    said = m.group("e").strip()
    kept = confirm.confirmations()
    answer, found, checks = solve_whole(f"What is {said}?")
    kept.extend(checks)
    confirm.record_again(kept)
    value = parse_latex(answer) if isinstance(answer, str) else answer
    if not (isinstance(value, sp.Basic) and value.is_Rational and value.is_positive):
        raise Decline("the number is not a positive fraction")
    num, den = int(value.p), int(value.q)
    confirm.check(math.gcd(num, den) == 1 and sp.Rational(num, den) == value,
                  "the numerator and denominator share no factor and give the number")
    op = m.group("op").lower()
    result = {"sum": num + den, "product": num * den,
              "positive difference": abs(num - den)}[op]
    sign = {"sum": "+", "product": "\\cdot", "positive difference": "-"}[op]
    a, b = (den, num) if op == "positive difference" and den > num else (num, den)
    claim = f"{a} {sign} {b} = {result}"
    fraction = f"\\frac{{{num}}}{{{den}}}"
    return sp.Integer(result), [
        *found,
        step("lowest terms", "The numerator and denominator of the fraction in lowest terms.",
             f"In lowest terms the number is ${fraction}$: numerator {num}, denominator {den}.",
             ""),
        step(f"the {op}", f"The {op} of the numerator and the denominator.", f"${claim}$",
             claim)]


__all__ = ["read"]
