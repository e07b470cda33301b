"""Reader of a walk told leg by leg in compass directions: "From point A, Sam walked 30 meters
north, 50 meters east, 10 meters south and 35 meters west to point B. What is the length of
AB?", "Tom walked 5 miles north, then 3 miles east, then 1 mile south. How far is Tom from his
starting point?", "Nina walks 8 blocks north and then 4 blocks west. Each block is 0.25 miles.
How many miles did she walk?".

Each leg is a length with its unit and one of north, south, east or west ("due" allowed), or
"turned (due) east and walked 24 feet". The question asks the distance from the start ("how
far ... from the starting point", "how many feet away from where she started", the length of
the segment from the first named point to the last) or the length walked in all. Lengths in
units of one kind are converted exactly (`units.factor`); blocks need "each block is ...".
The distance from the start is sqrt(east^2 + north^2), exact; confirmed by walking the legs
again as points in exact fractions and checking the squared distance, and at 30 digits. The
length walked is the sum of the legs, added again in fractions. Any other word (a turn by an
angle, "northeast", "back", "half") leaves the walk unread.
"""

from __future__ import annotations

import re
from fractions import Fraction

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.wording import NUM

_DIRS = {"north": (0, 1), "south": (0, -1), "east": (1, 0), "west": (-1, 0)}
_DIR = r"(?:due )?(?P<d>north|south|east|west)\b"
_GO = (r"(?:walk|walks|walked|run|runs|ran|jog|jogs|jogged|drive|drives|drove|ride|rides|rode|"
       r"hike|hikes|hiked|sail|sails|sailed|fly|flies|flew|bike|bikes|biked|swim|swims|swam|"
       r"go|goes|went|travel|travels|traveled|travelled|moved|moves|move|crawls|crawled)")
_LEGS = [rf"(?P<n>{NUM}) (?P<u>[a-z]+) {_DIR}",
         rf"turn(?:s|ed)? {_DIR} and {_GO} (?P<n>{NUM}) (?P<u>[a-z]+)"]
_BLOCK = rf"(?:if )?each block is (?P<n>{NUM}) (?:of an? )?(?P<u>[a-z]+)"
_WHO = r"(?:he|she|they|it|i|you|(?:the )?[a-z]+)"
_AWAY = (r"(?:(?:(?:his|her|their|its|my|the|your) )?(?:original )?(?:starting (?:point|place|"
         r"position)|start|point of departure)|where (?:he|she|they|it|i|you) started)")
_ASK_FAR = [
    rf"how (?:far|many (?P<u>[a-z]+)) (?:away )?(?:is|was|are|were) {_WHO} (?:away )?from "
    rf"{_AWAY}(?: in (?P<u2>[a-z]+))?",
    rf"how (?:far|many (?P<u>[a-z]+)) (?:away )?from {_AWAY} (?:is|was|are|were) {_WHO}",
    r"what is the (?:length|distance)(?: in (?P<u>[a-z]+))? (?:of|from) (?P<seg>@\d+@|"
    r"[a-z]{2}|[a-z] to [a-z])",
]
_ASK_ALL = [rf"how (?:far|many (?P<u>[a-z]+)) did {_WHO} {_GO}"
            r"(?: in all| altogether| in total)?"]
_GLUE = frozenset("and then he she they it i you first next finally after that".split())


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:north|south|east|west)\b", template):
        return None
    text = wording.of(split, nw.word_fractions(template)).text
    text = re.sub(r"\s+", " ", text).strip().rstrip(" ?.")
    legs = []
    for p in _LEGS:
        for m in re.finditer(p, text):
            u = units.unit(m.group("u")) or ("block" if m.group("u") in ("block", "blocks")
                                               else None)
            if u is None:
                return None
            legs.append((m.start(), wording.value(m.group("n")), u, _DIRS[m.group("d")]))
        text = re.sub(p, " ; ", text)
    if len(legs) < 2:
        return None
    walk = [(n, u, d) for _, n, u, d in sorted(legs)]
    block = re.search(_BLOCK, text)
    text = re.sub(_BLOCK, " ; ", text)
    start = re.match(r"(?:from (?:point )?(?P<a>[a-z]|@\d+@),? )", text)
    end = re.search(r" to (?:point )?(?P<b>[a-z]|@\d+@)(?= ;|[.,]|$)", text)
    if start:
        text = text[start.end():]
    if end:
        text = re.sub(r" to (?:point )?(?:[a-z]|@\d+@)(?= ;|[.,]|$)", " ; ", text, count=1)
    asks = list(re.finditer(r"(?:^|[.,?!;] )(?=(?:how|what) )", text))
    if not asks:
        return None
    question = re.sub(r",? in (?P<u>[a-z]+),? ", r" in \g<u> ", text[asks[-1].end():])
    question = question.strip(" ;,.")
    far = next((f for p in _ASK_FAR if (f := re.fullmatch(p, question))), None)
    whole = next((w for p in _ASK_ALL if (w := re.fullmatch(p, question))), None)
    if (far is None) == (whole is None):
        return None
    rest = text[:asks[-1].start()]
    rest = re.sub(rf"\b{_GO}\b", " ", rest)
    rest = re.sub(r"^\s*(?:a |an |the )?[a-z]+(?=[\s;]*$|\s*;)", " ", rest)  # who walks
    if set(re.findall(r"[a-z@#\d]+", rest)) - _GLUE:
        return None
    if far is not None and far.groupdict().get("seg") and not _segment(
            far.group("seg"), start, end, split):
        return None
    got = far or whole
    assert got is not None
    asked = got.groupdict().get("u") or got.groupdict().get("u2")
    lengths = _in_one_unit(walk, block, asked)
    if lengths is None:
        return None
    unit, moves = lengths
    return _distance(moves, unit) if far is not None else _walked(moves, unit)


def _segment(seg: str, start: re.Match[str] | None, end: re.Match[str] | None,
             split: Split) -> bool:
    """The segment asked joins the first point named to the last ("AB", "A to B")."""
    if start is None or end is None:
        return False

    def name(token: str) -> str:
        m = re.fullmatch(r"@(\d+)@", token)
        raw = split.maths[int(m.group(1))] if m else token
        return re.sub(r"\\overline|[{}\s]|\\text", "", raw).lower()
    pair = name(seg).replace("to", "")
    return sorted(pair) == sorted(name(start.group("a")) + name(end.group("b")))


def _in_one_unit(legs: list[tuple[Fraction, str, tuple[int, int]]], block: re.Match[str] | None,
                 asked: str | None) -> tuple[str, list[tuple[Fraction, tuple[int, int]]]] | None:
    """Every leg in one unit: the one asked, else the first leg's (blocks in the block's)."""
    per_block = None
    if block is not None:
        bu = units.unit(block.group("u"))
        if bu is None:
            return None
        per_block = (wording.value(block.group("n")), bu)
    if any(u == "block" for _, u, _ in legs) != (per_block is not None):
        return None
    target = units.unit(asked) if asked else None
    if asked and target is None:
        return None
    plain = [(n * per_block[0], per_block[1]) if u == "block" and per_block else (n, u)
             for n, u, _ in legs]
    target = target or plain[0][1]
    moves = []
    for (n, u), (_, _, d) in zip(plain, legs, strict=True):
        f = units.factor(u, target)
        if f is None:
            raise Decline("lengths of different kinds")
        moves.append((n * f, d))
    return target, moves


def _distance(moves: list[tuple[Fraction, tuple[int, int]]], unit: str) -> Result:
    east = sum((n * d[0] for n, d in moves), Fraction(0))
    north = sum((n * d[1] for n, d in moves), Fraction(0))
    e, n = sp.Rational(east.numerator, east.denominator), sp.Rational(north.numerator,
                                                                       north.denominator)
    answer = sp.sqrt(e ** 2 + n ** 2)
    x = y = Fraction(0)  # walk the legs again as points
    for k, (dx, dy) in moves:
        x, y = x + k * dx, y + k * dy
    square = x * x + y * y
    confirm.check(sp.Rational(square.numerator, square.denominator) == sp.expand(answer ** 2),
                  "the end point, walked again leg by leg, is at this distance squared")
    with mpmath.workdps(30):
        again = mpmath.sqrt(mpmath.mpf(square.numerator) / square.denominator)
        confirm.check(abs(again - mpmath.mpf(str(sp.N(answer, 30)))) < mpmath.mpf(10) ** -25,
                      "the distance at 30 digits")
    return answer, [
        step("add the legs by direction", "Add the moves east (west negative) and north "
             "(south negative).", f"$\\text{{east}} = {latex(e)},\\ \\text{{north}} = "
             f"{latex(n)}$ ({unit}s)", ""),
        step("use the Pythagorean theorem", "The start, the turn point and the end form a right "
             "triangle.", f"$\\sqrt{{({latex(e)})^2 + ({latex(n)})^2}} = {latex(answer)}$",
             latex(answer))]


def _walked(moves: list[tuple[Fraction, tuple[int, int]]], unit: str) -> Result:
    total = sp.Add(*(sp.Rational(k.numerator, k.denominator) for k, _ in moves))
    again = sum((k for k, _ in moves), Fraction(0))
    confirm.check(sp.Rational(again.numerator, again.denominator) == total,
                  "the legs added again in fractions")
    shown = " + ".join(latex(sp.Rational(k.numerator, k.denominator)) for k, _ in moves)
    return total, [step("add the legs", f"The length walked is the sum of the legs, in {unit}s.",
                        f"${shown} = {latex(total)}$", latex(total))]


__all__ = ["read"]
