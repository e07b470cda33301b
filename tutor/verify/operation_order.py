"""A student's steps that work out a problem's sum with the operations in the wrong order
("what is 2 + 3 * 4": "2 + 3 = 5", then "5 * 4 = 20"), in the app's own-steps path
(`check_step`). Each line is true arithmetic; the value the steps arrive at is not the
problem's.

A step's arithmetic is traced back through the earlier steps: a number in it that an
earlier step worked out (`5`, from `2 + 3 = 5`) may stand for that step's sum. When every
way of reading the step this way that uses exactly the problem's numbers (each as often
as the problem has it) gives a value other than the problem's, the step states the
student's value of the whole problem, and it is wrong: refuted, with a message that says
the arithmetic itself is right ("5 · 4 = 20 is right, but it works out (2 + 3) · 4;
2 + 3 · 4 = 14"). A line with only that number, or `= 20`, is the same value stated again.

Certain only: the problem is a plain sum of whole numbers ("what is", "evaluate",
"compute", "calculate", "work out"; no letters, no unary minus, no multiplication by
juxtaposition, no tower of powers, which may each be read two ways), its value and each
reading's are exact (the strict parser) and differ again at 40 digits."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

import sympy

from tutor.verify.claims import extract_claims
from tutor.verify.exact import NEGLIGIBLE, PRECISION, strict
from tutor.verify.messages import value_text
from tutor.verify.notation import maths_text
from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["wrong_grouping"]

_ASKS = re.compile(
    r"^\s*(?:what\s+is|what's|whats|evaluate|compute|calculate|work\s+out|find)\s*:?\s*"
    r"(?P<e>[\d\s+\-*/×÷·^()]+?)\s*[?.!]?\s*$", re.IGNORECASE)
_ARITHMETIC = re.compile(r"^[\d\s+\-*/×÷·^()]+$")
_NUMBER = re.compile(r"\d+")
_UNARY = re.compile(r"(?:^|[+\-*/×÷·^(])\s*-")
_JUXTAPOSED = re.compile(r"\d\s*\(|\)\s*[\d(]|\d\s+\d")
_TOWER = re.compile(r"\^[^+\-*/×÷·()]*\^")
_MAX_READINGS = 64


def wrong_grouping(problem: str, previous: Sequence[str], step: str) -> ClaimResult | None:
    """Refuted: the step's arithmetic, read back through the earlier steps, is the
    problem's numbers combined otherwise, with another value; None otherwise."""
    asked = _ASKS.match(problem)
    if asked is None or not _plain(asked.group("e")):
        return None
    target_text = asked.group("e").strip()
    target = strict(_python(target_text))
    if target is None or target.expr.free_symbols or not target.expr.is_Rational:
        return None
    numbers = Counter(_NUMBER.findall(target_text))
    worked = _worked(previous)
    for side in _step_sums(step):
        readings = _readings(side, worked, numbers)
        values = [strict(_python(r)) for r in readings]
        if not readings or any(v is None or not v.expr.is_Rational for v in values):
            return None
        for value in values:
            assert value is not None
            gap = sympy.N(value.expr - target.expr, PRECISION)
            if value.expr == target.expr or not gap.is_number or abs(gap) <= NEGLIGIBLE:
                return None  # one reading is the problem's own value: not certain
        shown = values[0]
        assert shown is not None
        reading = _unwrapped(readings[0])
        said = f"{side} is the value of {maths_text(reading)}" if _NUMBER.fullmatch(side) \
            else f"{maths_text(side)} = {value_text(shown.expr)} is right, but it works out " \
            f"{maths_text(reading)}"
        return ClaimResult(
            f"{maths_text(target_text)} = {value_text(shown.expr)}", Verdict.REFUTED,
            f"{said}, not {maths_text(target_text)}: {maths_text(target_text)} = "
            f"{value_text(target.expr)} (powers first, then × and ÷, then + and −)", "answer",
            method="the steps traced back, exact arithmetic + 40-digit numeric")
    return None


def _plain(text: str) -> bool:
    return bool(_ARITHMETIC.match(text)) and not (_UNARY.search(text) or _JUXTAPOSED.search(
        text) or _TOWER.search(text)) and len(text) <= 80


def _unwrapped(text: str) -> str:
    """`((2 + 3) * 4)` without the brackets round the whole."""
    while text.startswith("(") and text.endswith(")") and strict(_python(text[1:-1])):
        inner, depth = text[1:-1], 0
        for char in inner:
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth < 0:
                return text
        text = inner
    return text


def _python(text: str) -> str:
    return text.replace("×", "*").replace("·", "*").replace("÷", "/")


def _worked(previous: Sequence[str]) -> dict[str, list[str]]:
    """Each number an earlier step worked out, with the sums it came from."""
    found: dict[str, list[str]] = {}
    for earlier in previous:
        for claim in extract_claims(str(earlier)):
            lhs, rhs = claim.lhs.strip(), claim.rhs.strip()
            if claim.relation == "=" and _NUMBER.fullmatch(rhs) and _plain(lhs) \
                    and not _NUMBER.fullmatch(lhs):
                found.setdefault(rhs, []).append(lhs)
    return found


def _step_sums(step: str) -> list[str]:
    """The sides of the step to read back: the left side of each true line of plain
    arithmetic, or the number of a line that is only a number (or `= 20`)."""
    text = step.strip().lstrip("=").strip()
    if _NUMBER.fullmatch(text):
        return [text]
    sums = []
    for claim in extract_claims(step):
        lhs, rhs = claim.lhs.strip(), claim.rhs.strip()
        if claim.relation != "=" or not (_plain(lhs) and _NUMBER.fullmatch(rhs)):
            return []
        value = strict(_python(lhs))
        if value is None or value.expr != sympy.Integer(rhs):
            return []  # false arithmetic is refuted as such
        sums.append(lhs)
    return sums[-1:]


def _readings(side: str, worked: dict[str, list[str]], numbers: Counter[str]) -> list[str]:
    """Every reading of `side` whose numbers, traced back, are the problem's own."""
    parts = re.split(r"(\d+)", side)
    choices = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            choices.append([part])
        else:
            choices.append([part, *(f"({t})" for t in _expansions(part, worked, 3))])
    readings = []
    for combo in itertools.islice(itertools.product(*choices), _MAX_READINGS):
        reading = "".join(combo)
        if Counter(_NUMBER.findall(reading)) == numbers:
            readings.append(reading)
    return readings


def _expansions(number: str, worked: dict[str, list[str]], depth: int) -> list[str]:
    """The sums an earlier step worked out to `number`, themselves traced back."""
    if depth == 0:
        return []
    out: list[str] = []
    for source in worked.get(number, []):
        parts = re.split(r"(\d+)", source)
        choices = [[p] if i % 2 == 0 else [p, *(f"({t})" for t in _expansions(
            p, worked, depth - 1) if t != source)] for i, p in enumerate(parts)]
        out.extend("".join(c) for c in itertools.islice(itertools.product(*choices), 16))
    return out
