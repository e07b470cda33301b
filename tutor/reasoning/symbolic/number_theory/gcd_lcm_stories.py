"""Greatest common divisor and least common multiple told as stories.

- Events that repeat together: "Bus A leaves every 12 minutes and bus B every 18 minutes.
  If both leave at 8:00, after how many minutes will they next leave together?", "Two lights
  flash every 6 seconds and every 10 seconds; if they flash together now, in how many seconds
  will they next flash together?" The answer is the lcm of the periods, in their one unit.
- Identical groups from several amounts: "A teacher has 60 pencils and 84 erasers and makes
  identical kits with none left over. What is the greatest number of kits?" The gcd.
- The least amount that shares out evenly: "Marbles can be split evenly among 4, 5 or 6
  children with none left over. What is the smallest number of marbles?" The lcm.

The events must be said to happen together at the start ("together", "at the same time",
"simultaneously", or both at one named time) and asked to be together again; every number
told is a period, an amount or a group size, besides a clock time for the start. Any other
word that could change the sums ("first", "starting", "after", "more", "left" outside "none
left over", "each", ...) declines. Confirmed by stepping: the lcm is the first multiple of
the largest value that every other value divides, found by counting up; the gcd is the
largest group count that divides every amount, found by counting down.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording

_UNITS = r"(?:seconds|minutes|hours|days|weeks|months|years)"
_EVERY = re.compile(r"\bevery (?P<n>#\d+)(?: (?P<u>seconds|minutes|hours|days|weeks|months|"
                    r"years))?\b")
# periods listed with one unit: "every 12 and 18 minutes", "every 4, 6 and 10 days"
_EVERY_LIST = re.compile(rf"\bevery (?P<ns>#\d+(?:, #\d+)*,? and #\d+) (?P<u>{_UNITS})\b")
_TOGETHER = r"(?:together|at the same time|simultaneously|at once)"
_NEXT = re.compile(rf"\b(?:in|after) how many (?P<u>{_UNITS}) (?:will|would|do|does) "
                   rf"(?:they|both|all|the [a-z]+(?: [a-z]+)?) (?:next |again |first )?"
                   rf"(?:[a-z]+ ){{0,2}}{_TOGETHER}(?: again)?$"
                   rf"|\bhow many (?P<u2>{_UNITS})(?: (?:will pass|pass|later|from now)"
                   rf"[^?]*)? (?:until|before) (?:they|both|all) (?:next |again )?(?:[a-z]+ )"
                   rf"{{0,2}}{_TOGETHER}(?: again)?$")
_START = re.compile(rf"\b(?:if |when )?(?:they|both|all|all (?:#\d+|three|four) of them|the "
                    rf"[a-z]+(?: [a-z]+)?) (?:(?:all|both|just) )?[a-z]+ {_TOGETHER}"
                    rf"(?: (?:now|today|at noon|at midnight|at @clock@))?"
                    rf"|\b(?:if |when )?(?:they |both |all )?[a-z]+ (?:both |all )?"
                    rf"(?:[a-z]+ )?at @clock@")
_BLOCK = re.compile(r"\b(?:first|starting|starts|after|more|less|than|except|not|each other|"
                    r"late|early|earlier|later than|minus|plus|total|sum|half|twice|"
                    r"times)\b")
_KITS = re.compile(r"\b(?:what is )?the (?:greatest|largest|most|maximum) (?:possible )?number "
                   r"of (?:identical |equal |matching |same )?(?P<g>[a-z]+)(?: (?:that )?"
                   r"(?:she|he|they|we|i|you|it) (?:can|could) (?:make|fill|form|prepare|"
                   r"assemble|pack|create))?$")
_AMOUNT = re.compile(r"(?P<n>#\d+) (?P<thing>[a-z]+)")
_EVENLY = re.compile(r"\b(?:split|divided|shared|distributed|arranged|grouped|packed|put)"
                     r"(?: evenly| equally)? (?:among|between|into|in) (?:groups of |rows of |"
                     r"bags of |boxes of |teams of )?(?P<sizes>#\d+(?:,? #\d+)*,? (?:or|and) "
                     r"#\d+)(?: [a-z]+)?")
_LEAST = re.compile(r"\b(?:what is )?the (?:smallest|least|fewest) (?:possible )?number of "
                    r"(?P<thing>[a-z]+)(?: (?:that )?(?:there|she|he|they|it) (?:could|can|"
                    r"might) (?:be|have))?(?: possible)?$")


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"#(\d+)\b", text)]


def _only(text: str, values: list[int]) -> bool:
    """Every number said is one of `values`, but for one count of them ("two lights")."""
    rest = _numbers(text)
    for v in values:
        if v not in rest:
            return False
        rest.remove(v)
    return rest in ([], [len(values)])


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\bevery\b|left over|evenly|equally|identical|remain", template):
        return None
    text = re.sub(r"\s+", " ", wording.of(split, template).text).strip().rstrip(" ?.")
    text = re.sub(r"#\d{1,2}: ?#\d{1,2}(?: ?[ap]\.? ?m\b\.?)?", "@clock@", text)  # "8:00"
    if re.search(r"@\d+@", text):
        return None  # maths the story does not read
    sentences = re.split(r"(?<=[.?!])\s+|,\s+(?=(?:how|what|after|in how)\b)", text)
    question = sentences[-1].strip(" ,")
    told = " ".join(s for s in sentences[:-1])
    if _BLOCK.search(told):
        return None
    if (m := _NEXT.search(question)) is not None:
        return _together(told, question, m)
    if _KITS.search(question) is not None:
        return _kits(told, question)
    if (m := _LEAST.search(question)) is not None:
        return _least(told, m)
    return None


def _each_period(m: re.Match[str]) -> str:
    """"every 12 and 18 minutes" said period by period: "every 12 minutes and every 18
    minutes"."""
    return " and ".join(f"every {n} {m.group('u')}" for n in re.findall(r"#\d+", m.group("ns")))


def _lcm_counted(values: list[int]) -> tuple[int, str]:
    """The lcm of `values` and its claim, confirmed by counting up in multiples of the
    largest until every value divides."""
    lcm = math.lcm(*values)
    step_by = max(values)
    t = step_by
    while any(t % v for v in values):
        t += step_by
    confirm.check(t == lcm, "counting up in multiples of the largest")
    return lcm, f"\\operatorname{{lcm}}({', '.join(map(str, values))}) = {lcm}"


def _together(told: str, question: str, m: re.Match[str]) -> Result:
    told = _EVERY_LIST.sub(_each_period, told)
    periods = list(_EVERY.finditer(told))
    unit = m.group("u") or m.group("u2")
    if len(periods) < 2 or any(p.group("u") not in (None, unit) for p in periods) or \
            periods[0].group("u") is None:
        raise Decline("periods in the unit asked")
    if not _START.search(told) and not re.search(_TOGETHER, told):
        raise Decline("a start together")
    values = [int(p.group("n")[1:]) for p in periods]
    if not _only(told + " " + question, values) or min(values) < 1:
        raise Decline("a number that is not a period")
    lcm, claim = _lcm_counted(values)
    return sp.Integer(lcm), [
        step("least common multiple", f"They are together again after a whole number of each "
             f"period: the least common multiple, in {unit}.", f"${claim}$", claim)]


def _kits(told: str, question: str) -> Result:
    amounts = list(_AMOUNT.finditer(told))
    things = [a.group("thing") for a in amounts]
    if len(amounts) < 2 or len(set(things)) != len(things):
        raise Decline("two or more amounts of different things")
    if not re.search(r"\b(?:no|none|nothing) (?:[a-z]+ )?(?:left over|left|remaining|to spare)|"
                     r"\b(?:all|every one) of (?:the|them|her|his|their)|\buse all\b|\bevery\b",
                     told + " " + question):
        raise Decline("every item used")
    values = [int(a.group("n")[1:]) for a in amounts]
    if sorted(_numbers(told + " " + question)) != sorted(values) or min(values) < 1:
        raise Decline("a number that is not an amount")
    g = math.gcd(*values)
    k = min(values)
    while any(v % k for v in values):  # count down from the smallest amount
        k -= 1
    confirm.check(k == g, "counting down to the largest count that divides every amount")
    claim = f"\\gcd({', '.join(map(str, values))}) = {g}"
    each = ", ".join(f"{v // g} {t}" for v, t in zip(values, things, strict=True))
    return sp.Integer(g), [
        step("greatest common divisor", "Each group gets the same share of every item, so the "
             "number of groups divides every amount: the largest is the gcd.", f"${claim}$",
             claim),
        step("check a group", f"Each of the {g} groups gets {each}.", f"{each}", "")]


def _least(told: str, m: re.Match[str]) -> Result:
    even = _EVENLY.search(told)
    if even is None or not re.search(r"\b(?:evenly|equally|no|none|with nothing)\b", told):
        raise Decline("shared out with none left over")
    sizes = [int(n) for n in re.findall(r"#(\d+)", even.group("sizes"))]
    if sorted(_numbers(told)) != sorted(sizes) or min(sizes) < 1:
        raise Decline("a number that is not a group size")
    lcm, claim = _lcm_counted(sizes)
    return sp.Integer(lcm), [
        step("least common multiple", f"The number of {m.group('thing')} is a multiple of "
             "each size; the smallest such is the least common multiple.", f"${claim}$",
             claim)]


__all__ = ["read"]
