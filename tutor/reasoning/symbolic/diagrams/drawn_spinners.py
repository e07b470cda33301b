"""Spinners drawn in the figure: each drawn circle is a spinner and the whole-number labels
inside it are its sections, which the text says are equal ("The spinner has five congruent
sectors", "These two spinners are divided into thirds and quarters, respectively").

Phrasings reached: "Jo and her sister each spin this spinner once. The spinner has four
congruent sectors. What is the probability that the sum of their numbers is odd?", "These
two spinners are divided into halves and thirds, respectively. If each of these spinners is
spun once, what is the probability that the product of the results is even?" The question is
then read as for spinners whose labels are listed (`combinatorics.listed_faces`).

Every label of the figure must be a whole number inside exactly one circle, and each
circle must hold as many labels as the text gives it sections; a drawing whose sections
the text does not call equal declines (a drawing is never measured for it).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.listed_faces import spin_chance
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.diagrams.figure import Circle, Figure, Pair
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_PARTS = {"halves": 2, "thirds": 3, "quarters": 4, "fourths": 4, "fifths": 5, "sixths": 6,
          "eighths": 8}
_PART = r"(?:" + "|".join(_PARTS) + r")"
_SHOWN = r"(?: (?:shown|pictured|drawn))?(?: (?:below|above|here|at (?:the )?right))?"
_ONE = r"(?:this|the) spinner" + _SHOWN
_EQUAL = r"(?:equal|congruent|equal-sized) (?:sections|sectors|regions|parts)"
_SECTIONS = [
    r"(?:^|(?<=[.;,])) (?:if )?" + _ONE + r" (?:has|is divided into) (?:#(?P<n>\d+) " + _EQUAL
    + r"|(?P<part>" + _PART + r"))\b",
    r"(?:^|(?<=[.;,])) (?:these|the) (?:#2 )?spinners" + _SHOWN + r" are (?:each )?divided into "
    r"(?P<a>" + _PART + r") and (?P<b>" + _PART + r")(?:,? respectively)?\b"]
_SPINS = [
    r" (?P<two>[a-z]+ and (?:his |her |their )?[a-z]+) each spin " + _ONE + r" once\b",
    r"(?:^|(?<=[.;,])) (?:if )?(?:you|we|i|[a-z]+) spins? " + _ONE
    + r" (?P<times>once|twice|#\d+ times)\b",
    r"(?:^|(?<=[.;,])) (?:if )?(?:it|" + _ONE + r") is spun (?P<times>once|twice|#\d+ times)\b",
    r"(?:^|(?<=[.;,])) (?:if )?(?P<each>each of (?:these|the) (?:#2 )?spinners is spun once|"
    r"(?:these|the|both) (?:#2 )?spinners" + _SHOWN + r" are (?:each )?spun(?: once)?)\b"]


def drawn_spinners(figure: Figure, split: Split, template: str) -> Result | None:
    if "spinner" not in template or not re.search(r"probability|chance", template):
        return None
    w = Wording.of(split, template)
    sections = [m for p in _SECTIONS for m in w.take(p)]
    spins = [m for p in _SPINS for m in w.take(p)]
    if len(sections) != 1 or len(spins) != 1:
        return None
    said = sections[0].groupdict()
    sizes = [int(said["n"])] if said.get("n") else [_PARTS[said["part"]]] if said.get(
        "part") else [_PARTS[said["a"]], _PARTS[said["b"]]]
    wheels = _wheels(figure, len(sizes))
    if [len(labels) for labels in wheels] != sizes:
        raise Decline("the figure's labels are not one per section the text says")
    how = spins[0].groupdict()
    if how.get("each"):
        if len(wheels) < 2:
            raise Decline("'each spinner' of one spinner")
        return spin_chance(w, wheels)
    if len(wheels) != 1:
        raise Decline("which spinner is spun is not clear")
    times = how.get("times")
    k = 2 if how.get("two") or times == "twice" else 1 if times == "once" else int(
        str(times).split()[0][1:])
    return spin_chance(w, wheels * k)


def _wheels(figure: Figure, count: int) -> list[list[int]]:
    """The labels inside each drawn circle, circles from left to right (then bottom to top)."""
    circles = sorted({(float(c.centre.x), float(c.centre.y), float(c.radius)): c
                      for c in figure.drawn if isinstance(c, Circle)}.values(),
                     key=lambda c: (float(c.centre.x), float(c.centre.y)))
    if len(circles) != count:
        raise Decline("as many circles drawn as spinners told")
    wheels: list[list[int]] = [[] for _ in circles]
    for label in figure.labels:
        text = re.sub(r"[\s$]|\\(?:text|mathrm|textbf)\{|\}", "", label.text)
        if not re.fullmatch(r"\d{1,4}", text) or not isinstance(label.at, Pair):
            raise Decline("a label that is not a whole number")
        inside = [i for i, c in enumerate(circles) if _inside(label.at, c)]
        if len(inside) != 1:
            raise Decline("a label not inside exactly one spinner")
        wheels[inside[0]].append(int(text))
    return wheels


def _inside(p: Pair, c: Circle) -> bool:
    return bool(sp.N((p.x - c.centre.x) ** 2 + (p.y - c.centre.y) ** 2 - c.radius**2) < 0)


__all__ = ["drawn_spinners"]
