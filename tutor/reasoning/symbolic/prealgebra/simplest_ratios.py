"""Reader of a ratio to be written in simplest form: "simplify the ratio 24 to 36", "Write
12:18:24 in simplest form.", "express the ratio 1.5 : 2.5 in lowest terms", "What is the
ratio of 2/3 to 5/6 in simplest form?", "reduce 45:60".

The whole question is the request and the ratio: two or more positive numbers (whole,
decimal or fractions, read by the engine's TeX parser) joined by ":" (or "to" between two).
A ratio is asked for by the word "ratio", by "simplest form" / "lowest terms", or by the verb
"simplify" or "reduce" before numbers joined by ":". Its parts are multiplied by the least
common multiple of their denominators and divided by the greatest common divisor (Python
Fractions and `math`); the answer is confirmed in SymPy: each part of the answer over the
first part equals the same quotient of the ratio given, and the parts share no factor.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_NUMBER = r"(?:\d+(?:\.\d+)?|\.\d+)(?:\s*/\s*\d+)?|\\[dt]?frac\{\d+\}\{\d+\}"
_FORM = r"(?:in|to)\s+(?:its\s+)?(?:simplest|lowest|reduced)\s+(?:form|terms)"
_RATIO = re.compile(
    rf"(?P<ask>simplify|reduce|write|express|give|find|what\s+is|what's|rewrite)?\s*"
    rf"(?P<noun>the\s+ratio\s+(?:of\s+)?|ratio\s+(?:of\s+)?)?"
    rf"(?P<parts>(?:{_NUMBER})(?:\s*(?::|\bto\b)\s*(?:{_NUMBER}))+)"
    rf"\s*(?P<form>{_FORM})?")


def _text(split: Split, template: str) -> str:
    out = re.sub(r"@(\d+)@", lambda m: split.maths[int(m.group(1))], template)
    return re.sub(r"\s+", " ", out).strip().rstrip(" .?!").lower()


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"ratio|simplest|lowest|simplify|reduce", template):
        return None
    m = _RATIO.fullmatch(_text(split, template))
    if m is None:
        return None
    said = m.group("parts")
    has_to = re.search(r"\bto\b", said) is not None
    pieces = re.split(r"\s*(?::|\bto\b)\s*", said)
    if has_to and (":" in said or len(pieces) != 2):
        return None  # "2 to 3:4" is not one ratio
    ask, noun, form = m.group("ask"), m.group("noun"), m.group("form")
    if not (noun or form or ask in ("simplify", "reduce") and not has_to):
        return None  # "what is 24:36" may ask for a quotient
    if ask is None and not (noun or form):
        return None
    values = [parse_latex(p.replace(" ", "")) for p in pieces]
    if not all(isinstance(v, sp.Rational) for v in values):
        return None
    parts = [Fraction(int(v.p), int(v.q)) for v in values]
    if any(p <= 0 for p in parts):
        raise Decline("a ratio of positive numbers")
    whole = confirmed_simplest(values, parts)
    given = ":".join(pieces)
    answer = ":".join(str(n) for n in whole)
    steps = []
    if any(p.denominator != 1 for p in parts):
        scale = math.lcm(*(p.denominator for p in parts))
        scaled = ":".join(str(p * scale) for p in parts)
        steps.append(step("clear fractions", f"Multiply every part by {scale} so that all "
                          "parts are whole numbers.", f"${given} = {scaled}$",
                          f"{given} = {scaled}"))
        given = scaled
    g = math.gcd(*(int(p * math.lcm(*(q.denominator for q in parts))) for p in parts))
    steps.append(step("divide by the greatest common divisor", f"Every part is divisible by "
                      f"{g}; dividing by it leaves parts with no common factor.",
                      f"${given} = {answer}$", f"{given} = {answer}"))
    return answer, steps


def confirmed_simplest(values: list[sp.Rational], parts: list[Fraction]) -> list[int]:
    """The ratio of positive `parts` (the same numbers as SymPy `values`) in whole numbers with
    no common factor, confirmed in SymPy."""
    scale = math.lcm(*(p.denominator for p in parts))
    whole = [int(p * scale) for p in parts]
    g = math.gcd(*whole)
    whole = [n // g for n in whole]
    confirm.check(all(sp.Integer(w) * values[0] == sp.Integer(whole[0]) * v
                      for w, v in zip(whole, values, strict=True)),
                  "each part over the first is the same in the ratio given and the answer")
    confirm.check(sp.igcd(*whole) == 1 and all(w > 0 for w in whole),
                  "the parts of the answer share no common factor")
    return whole


__all__ = ["confirmed_simplest", "read"]
