"""Typed reader: one angle told through its complement and supplement.

"The supplement of an angle is three times its complement. What is the measure of the
angle?", "An angle measures 12 degrees more than twice its complement. Find its supplement.":
the angle is x, its complement 90 - x, its supplement 180 - x; each clause is one linear
relation between two of them ("is k times", "n degrees more / less than (k times)", a
value). The asked one must come out as one value with the angle between 0 and 90 degrees
(0 and 180 without a complement). Confirmed by putting the angle back into every clause in
exact fractions. "What is the complement of 28 degrees?" tells the angle and asks its
complement."""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

x = sp.Symbol("x", positive=True)
_TERMS = {"t_x": x, "t_c": 90 - x, "t_s": 180 - x}
_SAYS = {"t_x": "the angle", "t_c": "its complement", "t_s": "its supplement"}
_MULT = {"twice": sp.Integer(2), "double": sp.Integer(2), "thrice": sp.Integer(3),
         "half": sp.Rational(1, 2)}
_REWRITES = [
    (r"\b(?:the )?(?:degree )?(?:measure of )?(?:its|the angle's|an angle's|the|this angle's|"
     r"whose) (complement|supplement)(?: of (?:the|an|this|that) angle)?\b",
     lambda m: "t_c" if m.group(1) == "complement" else "t_s"),
    (r"\b(?:the )?(?:degree )?(?:measure of )?(?:an|the|this|that) angle\b|\bits measure\b",
     "t_x"),
    (r"\bhow many degrees are in\b|\bwhat is the number of degrees in\b", "what is"),
    (r",? in degrees\b,?", ""),  # "what is the measure, in degrees, ..." names the unit only
    (r"\b(?:what is|find|determine|compute) (?:the )?(?:degree )?(?:measure of )?", "ask "),
    (r"\bdegrees?\b", ""),
    # "the complement of 28 degrees", "the supplement of a 65 degree angle": the angle's value
    (r"\b(t_[cs]) of (?:an? )?(num_\d+)(?:\s+angle)?\b", r"\1 . t_x is \2"),
]
_NUM = r"(num_\d+)"
_TERM = r"(t_[xcs])"
_CLAUSE = re.compile(r"^" + _TERM + r" (?:is|measures|equals|=) (?:" + _NUM + r" (more|less|"
                     r"greater|fewer) than )?(?:(twice|double|thrice|half|" + _NUM + r" times) "
                     r"(?:the measure of )?)?" + _TERM + r"$")
_VALUE = re.compile(r"^" + _TERM + r" (?:is|measures|equals|=) " + _NUM + r"$")


def read_complements(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:complement|supplement)\b", template) or "angles" in template:
        return None
    nums: list[sp.Rational] = []

    def piece(m: re.Match[str]) -> str:
        src = re.sub(r"\^\s*\{?\s*\\circ\s*\}?", "", split.maths[int(m.group(1))])
        v = number(src)
        if v is None or not v.is_Rational or not v.is_positive:
            raise Decline("a number of degrees expected")
        nums.append(v)
        return f"num_{len(nums) - 1}"

    text = re.sub(r"@(\d+)@", piece, template)
    for pattern, repl in _REWRITES:
        text = re.sub(pattern, repl, text)  # type: ignore[call-overload]
    eqs: list[tuple[sp.Expr, str]] = []
    asked: str | None = None
    text = re.sub(r"\b(t_[xcs]) (t_[cs])\b", r"\1 . \2", text)  # "an angle whose supplement"
    for clause in re.split(r"\s*(?:[.?;,]|\band\b|\bif\b|\bthen\b)\s*", text):
        clause = re.sub(r"\s+", " ", clause).strip()
        if not clause:
            continue
        if re.fullmatch(r"ask " + _TERM, clause):
            if asked is not None:
                raise Decline("one angle asked expected")
            asked = clause[4:]
            continue
        eqs.append(_relation(clause, nums))
    if asked is None or not eqs:
        return None
    return _solve(eqs, asked, "complement" in template)


def _relation(clause: str, nums: list[sp.Rational]) -> tuple[sp.Expr, str]:
    v = _VALUE.match(clause)
    if v:
        left, value = _TERMS[v.group(1)], nums[int(v.group(2)[4:])]
        return left - value, f"{latex(left)} = {latex(value)}"
    m = _CLAUSE.match(clause)
    if not m or m.group(1) == m.group(6):
        raise Decline(f"a clause the complement reader does not know: '{clause}'")
    shift = nums[int(m.group(2)[4:])] if m.group(2) else 0
    if m.group(3) in ("less", "fewer"):
        shift = -shift
    mult = m.group(4)
    factor = sp.Integer(1) if not mult else _MULT[mult] if mult in _MULT else \
        nums[int(mult.split()[0][4:])]
    left, right = _TERMS[m.group(1)], factor * _TERMS[m.group(6)] + shift
    return left - right, f"{latex(left)} = {latex(right)}"


def _solve(eqs: list[tuple[sp.Expr, str]], asked: str, has_complement: bool) -> Result:
    sols = sp.solve([e for e, _ in eqs], [x], dict=True)
    if len(sols) != 1 or x not in sols[0]:
        raise Decline("the clauses do not fix the angle")
    angle = sols[0][x]
    top = 90 if has_complement else 180
    if not (angle.is_Rational and 0 < angle < top):
        raise Decline(f"the angle is not between 0 and {top} degrees")
    value = _TERMS[asked].subs(x, angle)
    a = Fraction(int(angle.p), int(angle.q))  # again in fractions: every clause holds
    ok = all(e.subs(x, sp.Rational(a.numerator, a.denominator)) == 0 for e, _ in eqs)
    confirm.check(ok, "the angle found satisfies every clause, in fractions")
    return value, _steps(eqs, angle, asked, value)


def _steps(eqs: list[tuple[sp.Expr, str]], angle: sp.Rational, asked: str,
           value: sp.Basic) -> list[Step]:
    facts = "; ".join(f"${what}$" for _, what in eqs)
    steps = [step("write the clauses", "Call the angle x: its complement is 90 - x and its "
                  "supplement 180 - x.", facts),
             step("solve for the angle", "Solve the linear equation.",
                  f"$x = {latex(angle)}$", f"x = {latex(angle)}")]
    if asked != "t_x":
        claim = f"{90 if asked == 't_c' else 180} - {latex(angle)} = {latex(value)}"
        steps.append(step(f"find {_SAYS[asked]}", "Subtract the angle.", f"${claim}$", claim))
    return steps


__all__ = ["read_complements"]
