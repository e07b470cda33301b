"""Typed reader: the interior angles of one polygon told as expressions or as a chain, their
sum fixed by the number of sides.

"The angles of a pentagon are $x$, $2x$, $2x$, $3x$ and $4x$ degrees. What is the largest
angle?", "A quadrilateral has angles measuring $3x^\\circ$, ..., $6x^\\circ$: the smallest
angle?", "In quadrilateral $PQRS$, $\\angle P = 3\\angle Q = 2\\angle R = 6\\angle S$. What is
the measure of $\\angle P$?". The angles of a polygon with n sides add up to 180(n - 2)
degrees; every angle must be listed (n expressions in one letter, each linear) or every
vertex must be in the chain. Asked: the letter, the largest or smallest angle, or a named
angle. Each angle must come out positive, less than 360 degrees (less than 180 in a
triangle or a polygon said to be convex). Every other word declines. Confirmed by adding the
angles found again in exact fractions and comparing with the angle sum."""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_measures import POLYGON_SIDES
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import number_words
from tutor.reasoning.symbolic.typed import FILLER

_P = r"@(\d+)@"
_POLY = re.compile(r"\b(" + "|".join(POLYGON_SIDES) + r")\b")
_LIST = re.compile(rf"{_P}(?:,? {_P})*,? and {_P}")
_ASKS = [(r"(?:what is )?(?:the )?(?:degree )?(?:measure of )?(?:the |its )?(?P<which>largest|"
          r"greatest|biggest|smallest|least) (?:interior )?angle", "size"),
         (r"(?:how many degrees are in (?:the measure of )?|(?:what is )?(?:the )?(?:degree )?"
          rf"measure of (?:the )?(?:angle )?){_P}(?= ?(?:in degrees)? ?[.?]? ?$)", "piece"),
         (rf"(?:what is )?(?:the )?value of {_P}", "piece"),
         (rf"(?:what is|find|determine|solve for|compute) {_P}(?= ?[.?]? ?$)", "piece")]
_GLUE = FILLER | frozenset(
    "angles angle interior measure measures measuring degree degrees with in how many has "
    "have convex its respectively each of".split()) | frozenset(POLYGON_SIDES)
_COUNTS = number_words([*range(3, 11), 12])
_CHAIN_TERM = re.compile(r"\s*(\d*)\s*(?:m\s*)?\\angle\s*\{?\s*([A-Z])\s*\}?\s*")


def _expr(src: str) -> sp.Expr:
    src = re.sub(r"\^\s*\{?\s*\\circ\s*\}?", "", src)
    e = parse_latex(src)
    if not isinstance(e, sp.Expr) or len(e.free_symbols) > 1 or not e.is_polynomial() or (
            e.free_symbols and sp.degree(e, *e.free_symbols) > 1):
        raise Decline("each angle a number or a linear expression in one letter")
    return e


def read_polygon_angles(split: Split, template: str) -> Result | None:
    kinds = set(_POLY.findall(template))
    if "angle" not in template + " ".join(split.maths) or len(kinds) != 1:
        return None
    kind = kinds.pop()
    n = POLYGON_SIDES[kind]
    asks = [(m, how) for pattern, how in _ASKS for m in re.finditer(pattern, template)]
    if len(asks) != 1:
        return None
    m, how = asks[0]
    text = template[:m.start()] + " ; " + template[m.end():]
    named = [i for i in map(int, re.findall(_P, text))
             if re.fullmatch(r"\s*[A-Z]{3,12}\s*", split.maths[i])]
    for i in named:
        text = text.replace(f"@{i}@", " ", 1)
    angles: dict[str, sp.Expr]
    chains = [i for i in map(int, re.findall(_P, text)) if split.maths[i].count("=") >= 2]
    if chains:
        if len(chains) != 1 or len(named) != 1:
            return None
        angles = _chain(split.maths[chains[0]], split.maths[named[0]].strip())
        text = text.replace(f"@{chains[0]}@", " ", 1)
    else:
        lists = list(_LIST.finditer(text))
        if len(lists) != 1:
            return None
        pieces = [int(i) for i in re.findall(_P, lists[0].group(0))]
        angles = {str(k): _expr(split.maths[i]) for k, i in enumerate(pieces)}
        text = text.replace(lists[0].group(0), " ", 1)
    said = set(re.findall(r"[a-z]+", text))
    if "@" in text or said - _GLUE - set(_COUNTS):
        return None
    if any(_COUNTS[w] != n for w in said & set(_COUNTS)):
        raise Decline(f"a {kind} has {n} angles")
    if len(angles) != n:
        raise Decline(f"the {n} angles of the {kind}")
    return _solve(split, m, how, angles, n, kind, "convex" in template)


def _chain(src: str, name: str) -> dict[str, sp.Expr]:
    """"\\angle P = 3\\angle Q = 2\\angle R": each angle t/k of one common value t."""
    t = sp.Symbol("t", positive=True)
    out: dict[str, sp.Expr] = {}
    for part in src.split("="):
        m = _CHAIN_TERM.fullmatch(part)
        if m is None or m.group(2) in out:
            raise Decline("a chain of multiples of the angles")
        out[m.group(2)] = t / int(m.group(1) or 1)
    if set(out) != set(name) or len(name) != len(out):
        raise Decline("every angle of the polygon in the chain")
    return out


def _solve(split: Split, m: re.Match[str], how: str, angles: dict[str, sp.Expr], n: int,
           kind: str, convex: bool) -> Result:
    total = 180 * (n - 2)
    letters = set().union(*(a.free_symbols for a in angles.values()))
    if len(letters) != 1:
        raise Decline("one unknown in the angles")
    letter = letters.pop()
    sols = sp.solve(sp.Eq(sp.Add(*angles.values()), total), letter)
    if len(sols) != 1:
        raise Decline("the angle sum does not fix the angles")
    value_of = {k: sp.radsimp(a.subs(letter, sols[0])) for k, a in angles.items()}
    top = 180 if convex or n == 3 else 360
    if any(not (0 < v < top) or v == 180 for v in value_of.values()):
        raise Decline("an angle out of range")
    if how == "size":
        pick = max if m.group("which") in ("largest", "greatest", "biggest") else min
        value = pick(value_of.values())
    else:
        src = split.maths[int(m.group(1))].strip()
        angle = _CHAIN_TERM.fullmatch(src)
        if angle and not angle.group(1) and angle.group(2) in value_of:
            value = value_of[angle.group(2)]
        elif sp.Symbol(src) == letter or (src == str(letter)):
            value = sp.radsimp(sols[0])
        else:
            raise Decline("the angle or the letter asked")
    again = sum(Fraction(str(v)) for v in value_of.values())
    confirm.check(again == total, "the angles found add up to the angle sum again")
    claim = f"{' + '.join(latex(a) for a in angles.values())} = {total}"
    found = ", ".join(latex(v) for v in value_of.values())
    steps = [step("the angle sum", f"The interior angles of a {kind} add up to "
                  f"$180^\\circ({n} - 2) = {total}^\\circ$.", f"${claim}$", claim),
             step("solve", f"Solve for ${latex(letter)}$: ${latex(letter)} = "
                  f"{latex(sols[0])}$; the angles are ${found}$.", f"${latex(letter)} = "
                  f"{latex(sols[0])}$", f"{latex(letter)} = {latex(sols[0])}")]
    return value, steps


__all__ = ["read_polygon_angles"]
