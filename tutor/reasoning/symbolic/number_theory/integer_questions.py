"""Typed readers for questions about one integer expression: its units, tens or last
digits, its number of digits, its digit sum, its remainder on division by m, and the least
integer divisible by each of several numbers (the modular inverse: `inverse_questions`).

Each reader names the phrases of its question (a small set of ordinary wordings) and
accepts a problem only when every other word is in its vocabulary.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import evaluate_steps
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import (
    answer_ranges,
    digits,
    dotted_pattern,
    integers,
)
from tutor.reasoning.symbolic.parsing import Split, parse_latex, sum_at_top
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

S = r"@(\d+)@"
ASK = r"(?:(?:what is|what are|what.s|find|compute|determine|calculate|give) )?"
# "the base 4 number 1203_4", "the product", "the number": words naming the expression
THING = (r"(?:the (?:(?:base " + S + r" )?(?:number|integer|numeral|product|sum|expression"
         r"|quantity|value|result)(?: of)?|(?:whole-number |decimal |base-ten )?"
         r"(?:representation|expansion) of) )?")
_NUMERAL = re.compile(r"^\s*([0-9A-Za-z]+)_\{?(\d+)\}?\s*$")
VOCAB = frozenset(
    "units unit ones tens digit digits last two three remainder when divided by division "
    "upon modulo mod how many does have there whole-number whole number integer base "
    "representation product sum numeral expression quantity value result positive "
    "decimal written out write gives leaves inverse modular residue as between inclusive "
    "answer express your all expansion ten multiplicative from rightmost out multiplied "
    "expanded notation place form calculate expressed".split())


def expression(split: Split, slot: str, base_slot: str | None = None) -> sp.Basic:
    """The integer expression in a slot; a base-b numeral (`1203_4`) becomes its value."""
    src = split.maths[int(slot)]
    m = _NUMERAL.match(src)
    if m:
        base = int(m.group(2))
        if base_slot is not None and integers.integer(split.maths[int(base_slot)]) != base:
            raise Decline("the numeral's base differs from the base named")
        return sp.Integer(integers.from_base(m.group(1), base))
    if base_slot is not None:
        raise Decline("a base named without a numeral")
    if re.search(r"\\(?:c|l)?dots|\.\.\.", src):  # 1! + 2! + \cdots + 50!: add the terms
        product = bool(dotted_pattern.PRODUCT_DOTS.search(src))  # 3 \times 13 \times \cdots
        f, n, count = dotted_pattern.pattern(src, product, dotted_pattern.MANY_TERMS)
        terms = dotted_pattern.integer_terms(f, n, count)
        return sp.Integer(math.prod(terms) if product else sum(terms))
    e = parse_latex(src)
    try:
        return digits.integer_tree(e)
    except Decline:  # a quotient or a root that is still a whole number: its value
        value, _ = evaluate_steps(e)
        if not value.is_Integer:
            raise
        return value


_DOTS = re.compile(r"\\(?:c|l)?dots|\.\.\.")
_WRITTEN_DIGITS = 200  # a longer sum is not written out: its last digits term by term


def _dotted_last_digits(src: str, m: int) -> Result | None:
    """The last digits of a long written-out sum or product (`1^{99} + 2^{99} + \\cdots +
    99^{99}`) too large to write: the exact total modulo m, confirmed by reducing each term
    modulo m on its own (powers by repeated squaring) and combining the remainders; None
    when the total is small enough for the usual reading."""
    product = bool(dotted_pattern.PRODUCT_DOTS.search(src))
    f, n, count = dotted_pattern.pattern(src, product, dotted_pattern.MANY_TERMS)
    terms = dotted_pattern.integer_terms(f, n, count)
    total = math.prod(terms) if product else sum(terms)
    if total < 0 or total.bit_length() < _WRITTEN_DIGITS * 3.33:
        return None
    r = total % m
    again = 1 if product else 0
    for k in range(count):
        with sp.evaluate(False):
            term = f.subs(n, sp.Integer(k))
        left = digits.modulo(term, m)
        again = again * left % m if product else (again + left) % m
    confirm.check(again == r, "each term reduced on its own gives the same last digits")
    op = "product" if product else "sum"
    claim = f"{src.strip()} \\equiv {r} \\pmod{{{m}}}"
    return sp.Integer(r), [step("work modulo " + str(m), f"Only each term's remainder on "
                                f"division by {m} matters; combine the {count} remainders "
                                f"(the {op} itself has over {_WRITTEN_DIGITS} digits).",
                                f"${claim}$", "")]


def check_used(split: Split, *slots: str | None) -> None:
    """Every maths piece of the problem is one the question reads."""
    if {int(s) for s in slots if s is not None} != set(range(len(split.maths))):
        raise Decline("maths the question does not use")


_ANSWER_BASE = re.compile(r"[.,]? ?express your answer in base " + S + r"\.?$")


def _base_ten(split: Split, template: str) -> tuple[str, str | None]:
    """The template without "Express your answer in base 10." (another base: Decline)."""
    m = _ANSWER_BASE.search(template)
    if not m:
        return template, None
    if integers.integer(split.maths[int(m.group(1))]) != 10:
        raise Decline("an answer in another base")
    return template[:m.start()].strip() + ".", m.group(1)


_DECIMAL = (r"(?: (?:is|when) (?:multiplied out|written out|expanded|expressed in decimal "
            r"notation))?")
_DIGIT_QUESTIONS = [
    ("units", re.compile(ASK + r"the (?:units|unit|ones|last|rightmost) digit (?:of|in) "
                         r"(?:the sum,? )?" + THING + S)),
    ("units", re.compile(ASK + r"the (?:units|unit|ones) digit when " + S + _DECIMAL)),
    ("units", re.compile(ASK + r"the digit in the (?:units|ones) place (?:of " + S + r"|when " + S
                         + _DECIMAL + ")")),
    ("tens", re.compile(ASK + r"the tens digit (?:of|in) " + THING + S)),
    ("tens", re.compile(ASK + r"the digit in the tens place (?:of " + S + r"|when " + S
                        + _DECIMAL + ")")),
    ("both", re.compile(ASK + r"the sum of the (?:tens digit and the (?:units|ones) digit|(?:last|"
                        r"rightmost) two digits) (?:of|in) "
                        r"(?:the (?:decimal representation|integer form|value) of )?" + S)),
    ("last2", re.compile(ASK + r"the (?:last|rightmost) two digits (?:of|in) " + THING + S)),
    ("last3", re.compile(ASK + r"the (?:last|rightmost) three digits (?:of|in) " + THING + S)),
    ("count", re.compile(r"how many digits (?:are (?:there )?in|does) " + THING + S
                         + r"(?: have)?(?: when written out| in base " + S + r")?")),
    ("count", re.compile(ASK + r"the number of digits (?:in|of) " + THING + S)),
    ("sum", re.compile(ASK + r"the sum of (?:all )?(?:the )?digits (?:of|in) " + THING + S)),
    ("product", re.compile(ASK + r"the product of (?:all )?(?:the )?digits (?:of|in) " + THING
                           + S)),
]
_REMAINDER = [
    re.compile(ASK + r"the (?:whole number |whole-number )?remainder (?:when|if) " + THING + S
               + r" is divided by " + S),
    re.compile(ASK + r"the remainder (?:of|on dividing|after dividing) " + THING + S
               + r" (?:(?:up)?on division by|divided by|by|modulo|mod) " + S),
    re.compile(r"when " + THING + S + r" is divided by " + S + r",? what is the remainder"),
    re.compile(ASK + r"the (?:residue of|value of) " + THING + S + r",? (?:modulo|mod) " + S),
    re.compile(ASK + S + r" (?:modulo|mod) " + S),
]


def _answer_word(template: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    m = pattern.fullmatch(template.rstrip(" .?"))
    return m


def read_digits(split: Split, template: str) -> Result | None:
    """Units / tens / last digits, the number of digits and the digit sum."""
    if "digit" not in template or not words_within(template, VOCAB):
        return None
    if any(_NUMERAL.match(m) for m in split.maths):
        raise Decline("digits of a numeral in another base: digits in which base?")
    body, ten = _base_ten(split, template)
    for kind, pattern in _DIGIT_QUESTIONS:
        m = _answer_word(body, pattern)
        if not m:
            continue
        groups = m.groups()
        if len(groups) == 1 or "place" in m.re.pattern:  # no base named: (slot,) or (a, b)
            groups = (None, next(g for g in groups if g is not None))
        base_slot, slot = groups[0], groups[1]
        if kind == "count" and len(groups) > 2 and groups[2] is not None:
            if integers.integer(split.maths[int(groups[2])]) != 10:
                raise Decline("digits in another base")
        check_used(split, base_slot, slot, ten, *(groups[2:] if kind == "count" else ()))
        if kind in ("units", "last2", "last3") and base_slot is None and _DOTS.search(
                split.maths[int(slot)]):
            huge = _dotted_last_digits(split.maths[int(slot)],
                                       {"units": 10, "last2": 100, "last3": 1000}[kind])
            if huge is not None:
                return huge
        e = expression(split, slot, base_slot)
        if kind == "count":
            return digits.digit_count(e)
        if kind in ("sum", "product"):
            return digits.digit_sum(e) if kind == "sum" else digits.digit_product(e)
        if kind == "tens":
            return digits.tens_digit(e)
        if kind == "both":
            if not (e.is_nonnegative or e.is_Integer and e >= 0):
                raise Decline("digits of a negative number")
            last, steps = digits.remainder(e, 100, "last digits")
            total = int(last) // 10 + int(last) % 10
            claim = f"{int(last) // 10} + {int(last) % 10} = {total}"
            return sp.Integer(total), steps + [step("add the two digits", "The last two digits "
                                                    "are the tens and the units digit.",
                                                    f"${claim}$", claim)]
        if not (e.is_nonnegative or e.is_Integer and e >= 0):
            raise Decline("digits of a negative number")
        mod = {"units": 10, "last2": 100, "last3": 1000}[kind]
        value, steps = digits.remainder(e, mod, "last digits")
        if kind == "units":
            return value, steps
        return f"{int(value):0{len(str(mod)) - 1}d}", steps  # "01": the two digits written
    return None


_PMOD = re.compile(r"^(.+?)\s*\\(?:pmod|bmod|mod)\s*\{?\s*(\d+)\s*\}?\s*$")



# "the modulo 13 residue of 247 + 5 \cdot 39": the modulus first
_MOD_FIRST = re.compile(ASK + r"the (?:modulo|mod) " + S + r" (?:residue|remainder) of " + THING
                        + S)
def read_remainder(split: Split, template: str) -> Result | None:
    note = answer_ranges.find(split, template) if "@" in template else None
    notes = note.slots if note else []
    if note:
        template = template[:note.start]
    pmod = _PMOD.match(split.maths[0]) if len(split.maths) == 1 + len(notes) else None
    if pmod and re.fullmatch(ASK + r"(?:the (?:residue|remainder|value) of )?@0@",
                             template.rstrip(" .?")):  # "What is 2^{40} \pmod 7?"
        if "^{-1}" in pmod.group(1).replace(" ", "") or "^-1" in pmod.group(1):
            return None  # an inverse: read_inverse
        if "pmod" not in pmod.group(0) and sum_at_top(pmod.group(1)):
            raise Decline("a sum before a binary 'mod': of the sum or of its last term?")
        answer_ranges.check(note, int(pmod.group(2)))
        return digits.remainder(digits.integer_tree(parse_latex(pmod.group(1))),
                                int(pmod.group(2)))
    if not re.search(r"remainder|modulo|\bmod\b", template) or \
            not words_within(template, VOCAB):
        return None
    body, ten = _base_ten(split, template)
    first = _MOD_FIRST.fullmatch(body.rstrip(" .?"))
    if first:
        mod_slot, slot = first.group(1), first.group(first.lastindex or 2)
        check_used(split, mod_slot, slot, ten, *(first.groups()[1:-1]), *map(str, notes))
        e = expression(split, slot, first.groups()[1])
        mod = integers.integer(split.maths[int(mod_slot)])
        answer_ranges.check(note, mod)
        return digits.remainder(e, mod)
    for pattern in _REMAINDER:
        m = _answer_word(body, pattern)
        if not m:
            continue
        groups = m.groups()  # (base,) number, divisor: the last two always take part
        base_slot = groups[0] if len(groups) == 3 else None
        slot, mod_slot = groups[-2:]
        if (pattern is _REMAINDER[-1] or "value of" in m.group(0)) and sum_at_top(
                split.maths[int(slot)]):  # "what is 3 + 4 mod 5": 2, or 3 + 4?
            raise Decline("a sum before 'mod': of the sum or of its last term?")
        check_used(split, base_slot, slot, mod_slot, ten, *map(str, notes))
        e = expression(split, slot, base_slot)
        mod = integers.integer(split.maths[int(mod_slot)])
        if mod < 2:
            raise Decline("a divisor of at least 2")
        answer_ranges.check(note, mod)
        return digits.remainder(e, mod)
    return None


_LCM = re.compile(ASK + r"the (?:least|smallest) positive (?:integer|number|whole number) "
                  r"(?:that is )?(?:divisible by|a multiple of) (?:each of|all of|every one of"
                  r"|all|both) (?:the numbers )?((?:" + S + r",? )+(?:and " + S + r"))")
_LCMVOCAB = frozenset("least smallest positive integer number whole divisible multiple each "
                       "all every one numbers by both".split())


def read_lcm(split: Split, template: str) -> Result | None:
    """"The least positive integer divisible by each of 4, 6 and 10": their lcm."""
    if "divisible" not in template and "multiple" not in template:
        return None
    if not words_within(template, _LCMVOCAB):
        return None
    m = _LCM.fullmatch(template.rstrip(" .?"))
    if not m:
        return None
    slots = re.findall(S, m.group(1))
    check_used(split, *slots)
    nums = [integers.integer(split.maths[int(g)]) for g in slots]
    if any(n < 1 for n in nums):
        raise Decline("positive numbers")
    value, steps = integers.gcd_lcm("lcm", nums)
    v = int(value)
    if v <= 10**6:
        first = next(k for k in range(1, v + 1) if all(k % n == 0 for n in nums))
        confirm.check(first == v, "a search from 1 upwards finds the same least multiple")
    return value, steps


__all__ = ["ASK", "S", "VOCAB", "expression", "read_digits", "read_lcm", "read_remainder",
           "check_used"]
