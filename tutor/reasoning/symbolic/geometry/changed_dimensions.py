"""Typed reader: a circle, square or equilateral triangle told by one measure, then its side
(radius, diameter) made longer or shorter by an amount; the change in a measure, or the new
measure, asked.

"An equilateral triangle has an area of $64\\sqrt{3}$. If each side is decreased by 4, by
how much is the area decreased?", "The side of a square is 6. Each side is increased by 2:
what is the new area?", "A circle has radius 5; its radius is increased by 3. By how much
does its circumference increase?". The figure's dimension is solved from the measure told
(positive), moved by the amount (it must stay positive), and the asked measure compared
before and after; asking for an increase when it falls (or the reverse) declines. Confirmed
by building both figures on coordinates at 40 digits and measuring them there
(`two_figures.measured`: distances, shoelace areas, a circle by numerical integration)."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.geometry.figure_question_words import one_unit
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.geometry.two_figure_measures import TABLE, measured
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words

_UNIT = (r"(?:units?|inches|inch|feet|foot|centimeters?|meters?|cm|m|mm|millimeters?|yards?|"
         r"miles?|km|kilometers?)")
_NORMAL: list[tuple[str, str]] = [
    (r"\bequilateral triangle\b", "eqtriangle"),
    (r"\b(?:square|sq\.?) " + _UNIT + r"\b", " "),
    (r"\b" + _UNIT + r"\b", " "),
    (r"(?:,\s*)?\bin\s*(?=[,.?]|$)", " "),
    (r"\b(?:the|a|an|its|each|of each)\b", " "),
    (r"\bsides\b|\bside lengths?\b|\bedges?\b", "side"),
    (r"\blengthened\b|\bextended\b", "increased"),
    (r"\bshortened\b|\breduced\b", "decreased"),
]
_UNIT_PIECE = re.compile(r"\s*\\(?:text|mbox|mathrm)\s*\{\s*([a-z]+)\s*\}\s*"
                         r"(?:\^\s*\{?\s*[23]\s*\}?)?\s*")
_KINDS = {"circle": "circle", "square": "square", "eqtriangle": "eqtriangle"}
_MEAS = r"(radius|diameter|circumference|area|side|perimeter|diagonal|height)"
_TOLD = re.compile(r"(?:(?P<fig>circle|square|eqtriangle) (?:has|with) )?" + _MEAS.replace(
    "(", "(?P<m>", 1) + r"(?: of (?:circle|square|eqtriangle))?(?: is| of| =| measures)? "
    r"@(?P<v>\d+)@")
_MOVE = re.compile(r"(?:if |when |then )?(?P<d>side|radius|diameter)(?: of (?:circle|square|"
                   r"eqtriangle))? (?:is |are |were |was )?(?P<way>increased|decreased) by "
                   r"@(?P<v>\d+)@")
_ASKS = [
    (re.compile(r"by how (?:much|many) (?:does|is|will|would) " + _MEAS.replace("(", "(?P<m>", 1) +
                r"(?: of (?:circle|square|eqtriangle))? (?:be )?(?P<way>increased?|decreased?)"),
     "change"),
    (re.compile(r"(?<!by )how much (?:does|is|will|would) " + _MEAS.replace("(", "(?P<m>", 1) +
                r"(?: of (?:circle|square|eqtriangle))? (?:be )?(?P<way>increased?|decreased?)"
                r"(?: by)?"), "change"),
    (re.compile(r"(?:what is|find|compute) new " + _MEAS.replace("(", "(?P<m>", 1) +
                r"(?: of (?:circle|square|eqtriangle))?"), "new"),
]
_GLUE = frozenset("has have with is are and then if when of circle square eqtriangle".split())


def read_changed_dimension(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:increased|decreased|lengthened|shortened|reduced|extended)\b",
                     template):
        return None
    text = template.lower()
    for k in map(int, re.findall(r"@(\d+)@", text)):  # "$\text{cm}^2$": a unit
        unit = _UNIT_PIECE.fullmatch(split.maths[k])
        if unit:
            text = text.replace(f"@{k}@", f" {unit.group(1)} ", 1)
    one_unit(words(text))  # "2 feet" and "6 inches" would need a conversion
    for pattern, repl in _NORMAL:
        text = re.sub(pattern, repl, text)
    text = re.sub(r"\s+", " ", text).strip()
    if "eqtriangle" in text:  # "an equilateral triangle ... the triangle": one figure
        text = re.sub(r"\btriangle\b", "eqtriangle", text)
    kinds = set(re.findall(r"\b(circle|square|eqtriangle|triangle|rectangle|cube|sphere)s?\b",
                           text))
    if len(kinds) != 1 or next(iter(kinds)) not in _KINDS:
        return None
    kind = kinds.pop()
    asks = [(m, how) for pattern, how in _ASKS for m in [pattern.search(text)] if m]
    moves = list(_MOVE.finditer(text))
    if len(asks) != 1 or len(moves) != 1:
        return None
    ask, how = asks[0]
    move = moves[0]
    rest = text.replace(ask.group(0), " . ").replace(move.group(0), " . ")
    told = list(_TOLD.finditer(rest))
    if len(told) != 1:
        raise Decline("one measure told of the figure")
    left = set(re.findall(r"[a-z]+", _TOLD.sub(" ", rest))) - _GLUE - {"what", "is", "by",
                                                                       "how", "much"}
    if left:
        raise Decline(f"the word '{sorted(left)[0]}' is not one the changed-figure reader knows")
    values: list[sp.Basic] = []
    for g in (told[0].group("v"), move.group("v")):
        v = number(split.maths[int(g)])
        if v is None or not v.is_positive:
            raise Decline("positive numbers for the measure and the change")
        values.append(v)
    return _solve(kind, told[0].group("m"), values[0], move.group("d"),
                  values[1] if move.group("way") == "increased" else -values[1],
                  ask.group("m"), how, ask.group("way") if how == "change" else "")


def _solve(kind: str, told_m: str, told_v: sp.Basic, moved: str, delta: sp.Basic,
           asked: str, how: str, way: str) -> Result:
    table = TABLE[kind]
    if told_m not in table or asked not in table or moved not in table:
        raise Decline(f"a measure a {kind} is not read with here")
    (dim,) = table[told_m].free_symbols
    roots = [r for r in sp.solve(sp.Eq(table[told_m], told_v), dim) if r.is_positive]
    if len(roots) != 1:
        raise Decline("the measure told does not fix the figure")
    old = roots[0]
    step_size = delta / 2 if moved == "diameter" else delta
    new = sp.radsimp(old + step_size)
    if not new.is_positive:
        raise Decline("the figure would vanish")
    before = sp.radsimp(table[asked].subs(dim, old))
    after = sp.radsimp(table[asked].subs(dim, new))
    if how == "new":
        value = after
    else:
        change = sp.radsimp(after - before)
        if way.startswith("increase") != bool(change.is_positive) or change == 0:
            raise Decline("the measure does not change the way the question says")
        value = sp.radsimp(abs(change))
    with mpmath.workdps(40):
        name = str(dim)
        a = measured(kind, {name: mpmath.mpf(str(sp.N(old, 45)))})
        b = measured(kind, {name: mpmath.mpf(str(sp.N(new, 45)))})
        got = b[asked] if how == "new" else abs(b[asked] - a[asked])
        tell = mpmath.mpf(str(sp.N(told_v, 45)))
        ok = abs(a[told_m] - tell) < mpmath.mpf(10) ** -25 * max(1, tell) and \
            abs(got - mpmath.mpf(str(sp.N(value, 45)))) < mpmath.mpf(10) ** -25 * max(1, abs(got))
    confirm.check(ok, "the figures built on coordinates before and after the change have the "
                      "measure told and give the answer again")
    f = table[asked]
    steps = [step("the figure before", f"From the {told_m} told: ${latex(dim)} = {latex(old)}$.",
                  f"${shown(table[told_m], {dim: old})} = {latex(told_v)}$",
                  f"{shown(table[told_m], {dim: old})} = {latex(told_v)}"),
             step("the figure after", f"The {moved} moves by ${latex(delta)}$: "
                  f"${latex(dim)} = {latex(new)}$; the {asked} is "
                  f"${shown(f, {dim: new})} = {latex(after)}$.",
                  f"${shown(f, {dim: new})} = {latex(after)}$",
                  f"{shown(f, {dim: new})} = {latex(after)}")]
    if how == "change":
        claim = f"\\left|{latex(after)} - ({latex(before)})\\right| = {latex(value)}"
        steps.append(step("the change", f"Before, the {asked} was ${latex(before)}$.",
                          f"${claim}$", claim))
    return value, steps


__all__ = ["read_changed_dimension"]
