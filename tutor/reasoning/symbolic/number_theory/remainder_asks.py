"""One reader for a remainder, a units digit or an inverse modulo m, however it is worded:
the divisor (or modulus) is found where it is said ("divided by 7", "on division by 7",
"modulo 7", "divide 1234 by 7"), what is asked by its words ("remainder", "left over",
"units digit", "ones digit", "inverse"), and the number it is asked of is the one integer or
expression left, in any clause order:

    "1234 divided by 7 leaves what remainder?"       "Divide 1234 by 7: what is left over?"
    "When 3^20 is written out, what is its units digit?"  "Modulo 11, what is 3's inverse?"
    "What is the remainder of 2^50 / 3?"
    "What digit is in the ones place of 7^{35}?"     "Dividing five hundred by nine gives ..."

Everything else must be glue; an unknown word ("quotient", "sum", "first") leaves the
problem to other readers. The arithmetic and its independent confirmation are the
existing solvers' (`digits.remainder`, `inverse_questions.inverse`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import answer_ranges, digits, integers
from tutor.reasoning.symbolic.number_theory.integer_questions import expression
from tutor.reasoning.symbolic.number_theory.inverse_questions import inverse
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_QUICK = ("remainder", "left", "digit", "inverse", "modulo", "mod ", "remain")
T = r"(#\d+|@\d+@)"
_THE = r"(?:the (?:number|integer|expression|product|sum|power|quantity) )?"
# (pattern, groups): "d" the divisor, "n" the number divided
_DIVISIONS: list[tuple[str, str]] = [
    (r"\b(?:divide|dividing|divides) " + _THE + T + r" by " + T, "n d"),
    (r"\bdivision of " + _THE + T + r" by " + T, "n d"),
    (r"(?:\b(?:is|are|gets|get|being|when|if) )?\b(?:divided|split) (?:evenly )?by " + T, "d"),
    (r"\b(?:up)?on division by " + T, "d"),
    (r"\b(?:modulo|mod) " + T, "d"),
]
_REMAINDER = (r"\b(?:remainder|remainders|left over|leftover|is left|are left|remains|is the "
              r"residue|remain)\b")
# a remainder told, not asked: the number it is of is what is wanted (another question)
_TOLD = re.compile(r"\b(?:leaves?|leaving|has|have|having|gives?|giving|with|gets?|getting)"
                   r" (?:a |the )?remainders? (?:of|equal to) ")
_UNITS = (r"\b(?:units|unit|ones|last|final|rightmost|right-most) digit\b|\bdigit (?:is )?in "
          r"the (?:units|ones) place\b|\bends? (?:in|with) (?:what|which) digit\b")
_INVERSE = r"\b(?:modular |multiplicative )?inverse\b"
_WRITTEN = (r"\b(?:is|are) (?:written out|multiplied out|expanded|computed|evaluated|calculated|"
            r"written in full|worked out)\b")
# a number over a whole divisor, with no other division in it: "2^{50} / 3", "100 \\div 7"
_QUOTIENT = re.compile(r"\s*([^/÷]+?)\s*(?:/|\\div|÷)\s*(\d+)\s*")
_GLUE = frozenset(
    "when if what is you we do does get gets got leave leaves left leaving give gives its it "
    "by which digit number integer whole this there over result answer so after how much "
    "working results divides computes finds works calculates he she they".split())


def read(split: Split, template: str) -> Result | None:
    """A remainder, a units digit or a modular inverse, asked in any wording."""
    if not any(k in template for k in _QUICK) or len(template) > 300:
        return None
    if _TOLD.search(template):
        return None  # "What number leaves a remainder of 1 when divided by 3?": told, not asked
    note = answer_ranges.find(split, template) if "@" in template else None
    w = Wording.of(split, template[:note.start] if note else template)
    w.text = re.sub(r"(#\d+|@\d+@) ?'s\b", r"\1", w.text)
    w.take(_WRITTEN)
    w.take_subject("divides|computes|finds|works|calculates")
    units = w.take(_UNITS)
    inv = w.take(_INVERSE)
    divisions = [(m, how) for pattern, how in _DIVISIONS for m in w.take(pattern)]
    w.take(r"\bthe (?:number|integer|expression|product|sum|quantity|power|value) (?=#|@)")
    asked = w.take(_REMAINDER)
    if len(divisions) > 1 or bool(units) + bool(inv) + bool(asked) != 1 or (
            units and (divisions or note)) or len(units) > 1 or len(inv) > 1:
        return None
    number = [m.group(1) for m, how in divisions if how == "n d"]
    divisor = [m.groups()[-1] for m, _how in divisions]
    rest = re.findall(r"#\d+|@\d+@", w.text)
    if asked and not divisions and len(rest) == 1 and rest[0].startswith("@") and (
            quotient := _QUOTIENT.fullmatch(split.maths[int(rest[0].strip("@"))])):
        # "the remainder of 2^50 / 3": the division written as one piece of maths
        split = Split(split.template, [*split.maths, quotient.group(1), quotient.group(2)])
        w.text = w.text.replace(rest[0], " ")
        rest, divisor = [f"@{len(split.maths) - 2}@"], [f"@{len(split.maths) - 1}@"]
    if len(number) + len(rest) != 1:
        return None  # every piece of maths is read: the number and the divisor
    n_src = (number or rest)[0]
    w.text = w.text.replace(n_src, " ")
    if not w.only_glue(_GLUE):
        return None
    if units:
        e = _value(split, n_src)
        if not (e.is_nonnegative or e.is_Integer and e >= 0):
            raise Decline("digits of a negative number")
        return digits.remainder(e, 10, "last digits")
    if not divisor:
        return None
    mod = _integer(split, divisor[0])
    answer_ranges.check(note, mod)
    if inv:
        return inverse(_integer(split, n_src), mod)
    if mod < 2:
        raise Decline("a divisor of at least 2")
    return digits.remainder(_value(split, n_src), mod)


def _value(split: Split, token: str) -> sp.Basic:
    if token.startswith("#"):
        return sp.Integer(int(token[1:]))
    return expression(split, token.strip("@"))


def _integer(split: Split, token: str) -> int:
    if token.startswith("#"):
        return int(token[1:])
    return integers.integer(split.maths[int(token.strip("@"))])


__all__ = ["read"]
