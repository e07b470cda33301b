"""Typed reader: a right triangle told by relations between its sides.

"The longer leg of a right triangle is 2 feet longer than twice the shorter leg, and the
area is 24 square feet: the hypotenuse?", "The legs of a right triangle are consecutive
whole numbers and the hypotenuse is 25: the sum of the legs?", "... the longer leg is 7 more
than the shorter leg and the hypotenuse is 13: the area?".

The unknowns are the shorter leg s, the longer leg l and the hypotenuse h, with
s^2 + l^2 = h^2 and 0 < s <= l (s < l when a shorter or longer leg is named). Each clause
is one equation: a side's value, the area or the perimeter, "k more / less than (m times)
the other leg", "m times the other leg", legs that are consecutive whole (even, odd)
numbers. The asked measure must come out as one positive value over every solution (and a
whole number for legs said to be whole numbers). Every word must be read; another declines.
Confirmed by putting the sides found back into every clause and Pythagoras at 30 digits."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import figure_wording as fw
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER

s, g, h = sp.symbols("s l h", positive=True)  # the shorter leg, the longer, the hypotenuse
_P = r"@(\d+)@"
_UNIT = r"(?: (?:square )?(?:units?|feet|foot|inches|inch|cm|meters?|centimeters?|m))?"
_SIDE = r"(?:the (?:length of the )?)?(?P<{}>shorter leg|longer leg|hypotenuse)"
_TIMES = r"(?P<times>twice|three times|@\d+@ times|half)"
_MEASURE = {"shorter leg": s, "longer leg": g, "hypotenuse": h}
_CLAUSES = [
    (_SIDE.format("a") + rf"(?: of (?:a|the) right triangle)? is {_P}{_UNIT} (?P<dir>longer|"
     rf"shorter|more|less) than (?:{_TIMES} )?" + _SIDE.format("b"), "offset"),
    (_SIDE.format("a") + rf"(?: of (?:a|the) right triangle)? is {_TIMES} (?:as long as )?"
     + _SIDE.format("b"), "times"),
    (_SIDE.format("a") + rf"(?: of (?:a|the) right triangle)? (?:is|measures|has length) {_P}",
     "value"),
    # "legs in the ratio 3:4 and hypotenuse 25", "with a hypotenuse of 10"
    (rf"(?:has |with |and )(?:a |an )?(?P<a>shorter leg|longer leg|hypotenuse) (?:of (?:length )?"
     rf"|length )?{_P}", "value"),
    (rf"(?:the|its) (?P<w>area|perimeter)(?: of the triangle)? is {_P}", "whole"),
    (rf"(?:has |with |and )(?:a |an )?(?P<w>area|perimeter) (?:of )?{_P}", "whole"),
    # "the legs are in the ratio 3:4", "the ratio of the legs is 5:12", "legs in the ratio 3 to 4"
    (r"(?:(?:the|its) legs(?: of (?:a|the) right triangle)? (?:are|have lengths) in (?:the |a )?"
     r"ratio(?: of)?|(?:the )?ratio of (?:the|its) legs(?: of (?:a|the) right triangle)? is|"
     r"(?:has |with )?legs in (?:the |a )?ratio(?: of)?) (?P<r>@\d+@(?: ?: ?| to )@\d+@|@\d+@)",
     "ratio"),
    (r"(?:the|its) legs(?: of (?:a|the) right triangle)? are consecutive (?P<k>whole numbers|"
     r"integers|positive integers|even (?:whole )?numbers|even integers|odd (?:whole )?numbers|"
     r"odd integers)", "consecutive"),
]
_ASKS = [(r"(?:what is|find|compute|determine|how long is) (?:the length of )?"
          + _SIDE.format("a"), "side"),
         (r"(?:what is|find|compute|determine) (?:the |its )(?P<w>area|perimeter)(?: of the "
          r"triangle)?", "whole"),
         (r"(?:what is|find|compute|determine) the sum of the (?:lengths of the )?(?:two )?legs",
          "legs")]
# the same sides told other ways: its longest side is the hypotenuse, its shortest the shorter
# leg; "the hypotenuse of a right triangle whose legs are consecutive ... is 29" is two facts
_SAME_SIDES = [
    (r"\b(?:the )?longest side\b", "the hypotenuse"),
    (r"\b(?:the )?shortest side\b", "the shorter leg"),
    (r"\bits (shorter leg|longer leg)\b", r"the \1"),
    (r"\bthe hypotenuse of a right triangle whose legs are (consecutive [a-z ]+?) (?:is|measures)"
     r" (@\d+@)", r"the legs are \1 ; the hypotenuse is \2"),
]
_GLUE = FILLER | frozenset("in right triangle units unit square feet foot inches cm meters how "
                           "long".split())


def _factor(split: Split, word: str | None) -> sp.Basic:
    if word is None:
        return sp.Integer(1)
    if word.startswith("@"):
        v = number(split.maths[int(word.split("@")[1])])
        if v is None or not v.is_positive:
            raise Decline("a positive multiple")
        return v
    return {"twice": sp.Integer(2), "three times": sp.Integer(3), "half": sp.Rational(1, 2)}[word]


def read_right_triangle_relations(split: Split, template: str) -> Result | None:
    if "right triangle" not in template or not re.search(
            r"\bleg|\bhypotenuse\b|\b(?:longest|shortest) side\b", template):
        return None
    template = re.sub(r"\bthe two legs\b", "the legs", template)  # "two" is no value here
    split, text = fw.spelled_numbers(split, re.sub(r"\s+", " ", template))
    for pattern, repl in _SAME_SIDES:
        text = re.sub(pattern, repl, text)
    asks = [(m, how) for pattern, how in _ASKS for m in re.finditer(pattern, text)]
    if len(asks) != 1:
        return None
    ask, how = asks[0]
    text = text[:ask.start()] + " ; " + text[ask.end():]
    eqs: list[sp.Expr] = []
    whole = False
    for pattern, kind in _CLAUSES:
        for m in list(re.finditer(pattern, text)):
            text = text.replace(m.group(0), " ; ", 1)
            if kind == "offset":
                k = number(split.maths[int(m.group(2))])
                if k is None or not k.is_positive:
                    raise Decline("a positive difference")
                sign = 1 if m.group("dir") in ("longer", "more") else -1
                eqs.append(_MEASURE[m.group("a")] - _factor(split, m.group("times")) *
                           _MEASURE[m.group("b")] - sign * k)
            elif kind == "times":
                eqs.append(_MEASURE[m.group("a")] - _factor(split, m.group("times")) *
                           _MEASURE[m.group("b")])
            elif kind == "value":
                eqs.append(_MEASURE[m.group("a")] - _positive(split, m.group(2)))
            elif kind == "whole":
                measure = s * g / 2 if m.group("w") == "area" else s + g + h
                eqs.append(measure - _positive(split, m.group(2)))
            elif kind == "ratio":
                small, large = sorted(_ratio(split, m.group("r")))
                eqs.append(s * large - g * small)
            else:
                whole = True
                eqs.append(g - s - (2 if m.group("k").startswith(("even", "odd")) else 1))
    if "@" in text or set(re.findall(r"[a-z]+", text)) - _GLUE:
        return None
    if len(eqs) != 2:
        raise Decline("two facts about the right triangle")
    return _solve(eqs, how, ask, whole)


def _ratio(split: Split, src: str) -> tuple[sp.Basic, sp.Basic]:
    """The two terms of "a:b" (one piece, or two numbers with ":" or "to" between)."""
    idx = re.findall(r"@(\d+)@", src)
    parts = split.maths[int(idx[0])].split(":") if len(idx) == 1 else \
        [split.maths[int(i)] for i in idx]
    terms = [number(t) for t in parts]
    if len(terms) != 2 or any(t is None or not t.is_positive for t in terms):
        raise Decline("a ratio of two positive numbers")
    return terms[0], terms[1]  # type: ignore[return-value]


def _positive(split: Split, i: str) -> sp.Basic:
    v = number(split.maths[int(i)])
    if v is None or not v.is_positive:
        raise Decline("a positive measure")
    return v


def _solve(eqs: list[sp.Expr], how: str, ask: re.Match[str], whole: bool) -> Result:
    system = [*eqs, s**2 + g**2 - h**2]
    sols = [sol for sol in sp.solve(system, [s, g, h], dict=True)
            if all(v.is_real and v > 0 for v in sol.values()) and sol[s] <= sol[g]]
    if whole:
        sols = [sol for sol in sols if sol[s].is_integer and sol[g].is_integer]
    if how == "side":
        target = _MEASURE[ask.group("a")]
    elif how == "whole":
        target = s * g / 2 if ask.group("w") == "area" else s + g + h
    else:
        target = s + g
    values = {sp.radsimp(sp.simplify(target.subs(sol))) for sol in sols}
    if len(values) != 1:
        raise Decline("the facts do not fix the answer")
    value = values.pop()
    sol = sols[0]
    point = {k: sp.N(v, 30) for k, v in sol.items()}
    ok = all(abs(sp.N(e.subs(point), 30)) < 1e-20 for e in system) and abs(
        sp.N(target.subs(point), 30) - sp.N(value, 30)) < 1e-20
    confirm.check(ok, "the sides found satisfy every fact and the Pythagorean theorem")
    sides = f"s = {latex(sol[s])}, l = {latex(sol[g])}, h = {latex(sol[h])}"
    claim = f"{_sq(sol[s])} + {_sq(sol[g])} = {_sq(sol[h])}"
    steps = [step("write the facts as equations", "Call the legs $s \\le l$ and the hypotenuse "
                  "$h$: " + ", ".join(f"${latex(e)} = 0$" for e in eqs) + ", and "
                  "$s^2 + l^2 = h^2$.", f"${sides}$", sides),
             step("check with Pythagoras", "The sides found make a right triangle.",
                  f"${claim}$", claim),
             step("the answer", "Put the sides into the measure asked.",
                  f"${latex(target)} = {latex(value)}$", f"{latex(target.subs(sol))} = "
                  f"{latex(value)}")]
    return value, steps


def _sq(v: sp.Basic) -> str:
    """A side squared, bracketed unless it is a whole number."""
    return f"{latex(v)}^2" if v.is_Integer else f"\\left({latex(v)}\\right)^2"


__all__ = ["read_right_triangle_relations"]
