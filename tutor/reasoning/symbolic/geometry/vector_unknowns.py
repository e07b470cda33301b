"""Typed reader: the value of a letter that makes two vectors orthogonal (perpendicular)
or parallel. "Find $a$ so that the vectors $\\begin{pmatrix} 2 \\\\ a \\end{pmatrix}$ and
$\\begin{pmatrix} 3 \\\\ -1 \\end{pmatrix}$ are orthogonal." Also "... form an angle of
$90^\\circ$", two lines $P + t D$ perpendicular or parallel (their directions D), and "the
equation $P + t D = Q + s E$ has no solutions in $t$ and $s$" (parallel directions, and Q - P
not along them: distinct parallel lines).

Orthogonal: the dot product is 0; parallel: every 2 by 2 minor of the two columns is 0.
The letter's value must be unique; it is confirmed by putting it back and recomputing the
dot product (or the cross ratios) with plain fractions."""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON, places
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_COLUMN = re.compile(r"^\s*\\begin\{[pb]matrix\}(.*?)\\end\{[pb]matrix\}\s*$", re.S)
_COL = r"(\\begin\{[pb]matrix\}.*?\\end\{[pb]matrix\})"
_LINE = re.compile(rf"^\s*{_COL}\s*\+\s*[a-z]\s*{_COL}\s*$", re.S)  # P + t D
_LINES_MEET = re.compile(rf"^\s*{_COL}\s*\+\s*([a-z])\s*{_COL}\s*=\s*{_COL}\s*\+\s*([a-z])\s*"
                         rf"{_COL}\s*$", re.S)  # P + t D = Q + s E
_RIGHT_ANGLE = re.compile(r"^\s*90\s*\^\s*\{?\s*\\circ\s*\}?\s*$")
# "a unit vector perpendicular to ...": a second condition, never skipped as a unit
VOCAB = (COMMON - {"unit", "units"}) | frozenset(
    "vectors vector orthogonal perpendicular parallel so that are value of find such the "
    "and each other to all values real numbers for which lines line described by form an angle "
    "between is there exists equation has no solutions solution in".split())
# "does not have any solutions": the one place "not" may stand ("are not parallel" declines)
_NO_SOLUTIONS = re.compile(r"\b(?:has|have) no solutions?\b|\bdoes not have any solutions?\b")


def _column(src: str) -> list[sp.Expr] | None:
    m = _COLUMN.match(src)
    if m is None or "&" in m.group(1):
        return None
    # "\\ " reaches here as "\ " (parsing._clean reads "\ " as a space)
    entries = [parse_latex(e) for e in re.split(r"\\{1,2}(?=\s|$)", m.group(1)) if e.strip()]
    if any(not isinstance(e, sp.Expr) for e in entries):
        raise Decline("vector entries")
    return entries


def _fraction(v: sp.Basic) -> Fraction:
    return Fraction(int(v.p), int(v.q))


def _relation(w: set[str], template: str) -> set[str]:
    """The relation asked: orthogonal, perpendicular or parallel; "has no solutions" of an
    equation of two lines reads as parallel."""
    relation = w & {"orthogonal", "perpendicular", "parallel"}
    if _NO_SOLUTIONS.search(template):
        relation |= {"parallel"}
    return relation


def read_vector_unknowns(split: Split, template: str) -> Result | None:
    w = words(template)
    relation = _relation(w, template)
    if not words_within(_NO_SOLUTIONS.sub(" no solutions ", template), VOCAB):
        return None
    columns, letters, offset, params = [], [], None, set()
    for i in dict.fromkeys(places(template)):
        src = split.maths[i]
        if "angle" in w and _RIGHT_ANGLE.match(src):
            relation |= {"orthogonal"}  # "form an angle of 90 degrees"
            continue
        meet = _LINES_MEET.match(src)
        if meet and relation == {"parallel"} and not w & {"orthogonal", "perpendicular"}:
            p, d, q, e = (_column(meet.group(g)) for g in (1, 3, 4, 6))
            params = {sp.Symbol(meet.group(2)), sp.Symbol(meet.group(5))}
            if p is None or d is None or q is None or e is None or len(p) != len(q):
                raise Decline("an equation of two lines")
            columns += [d, e]
            offset = [y - x for x, y in zip(p, q, strict=True)]
            continue
        line = _LINE.match(src)
        col = _column(line.group(2) if line else src)  # a line: its direction
        if col is not None:
            columns.append(col)
        elif isinstance(parse_latex(src), sp.Symbol):
            letters.append(parse_latex(src))
        else:
            return None
    if not relation:
        return None
    if offset is None and not w & {"orthogonal", "perpendicular", "parallel", "angle"}:
        raise Decline("no solutions of an equation that is not two lines")
    if len(columns) != 2 or len(relation) != 1 or len(columns[0]) != len(columns[1]):
        raise Decline("two vectors of one size and one relation")
    if offset is not None and any(e.free_symbols for e in offset):
        raise Decline("a letter in the points of the lines")
    letters = [x for x in letters if x not in params]  # "no solutions in t and s"
    free = set().union(*(e.free_symbols for c in columns for e in c))
    if len(free) != 1 or any(x not in free for x in letters):
        raise Decline("one unknown letter in the vectors")
    t = free.pop()
    tr = sp.Symbol(t.name, real=True)
    a, b = ([e.subs(t, tr) for e in c] for c in columns)
    if relation == {"parallel"}:
        eqs = [sp.expand(a[i] * b[j] - a[j] * b[i]) for i in range(len(a))
               for j in range(i + 1, len(a))]
        sols = {s for s in sp.solve(eqs[0], tr) if s.is_real and all(
            sp.simplify(e.subs(tr, s)) == 0 for e in eqs)} if eqs[0] != 0 else set()
        what = "every 2 by 2 minor of the two vectors is 0"
    else:
        eq = sp.expand(sum(x * y for x, y in zip(a, b, strict=True)))
        sols = {s for s in sp.solve(eq, tr) if s.is_real}
        what = "the dot product is 0"
    if offset is not None:  # no solutions: parallel directions, the lines not one line
        sols = {s for s in sols if any(sp.simplify(
            offset[i] * a[j].subs(tr, s) - offset[j] * a[i].subs(tr, s)) != 0
            for i in range(len(a)) for j in range(i + 1, len(a)))}
    many = "all" in w  # "find all values of k": every solution, listed
    if not sols or (len(sols) != 1 and not many):
        raise Decline("the letter is not fixed by the condition")
    values = sorted(sols, key=float)
    for value in values:
        if not value.is_Rational or any(not e.subs(tr, value).is_Rational for e in a + b):
            raise Decline("a rational value expected")
        u, v = ([_fraction(e.subs(tr, value)) for e in c] for c in (a, b))
        if relation == {"parallel"}:
            ok = all(u[i] * v[j] == u[j] * v[i] for i in range(len(u)) for j in range(len(u)))
        else:
            ok = sum((x * y for x, y in zip(u, v, strict=True)), Fraction(0)) == 0
        confirm.check(ok, f"putting the value back, {what} in plain fractions")
    shown = ", ".join(latex(x) for x in values)
    claim = " + ".join(f"\\left({latex(x)}\\right)\\left({latex(y)}\\right)" for x, y in
                       zip(a, b, strict=True)) + " = 0"
    if relation == {"parallel"}:
        claim = f"{latex(a[0])} \\cdot {latex(b[1])} - {latex(a[1])} \\cdot {latex(b[0])} = 0"
    answer: sp.Basic | str = values[0] if len(values) == 1 else shown
    return answer, [step("write the condition", "Orthogonal vectors have dot product 0; "
                         "parallel ones have proportional entries.",
                         f"${claim}$ gives ${latex(t)} = {shown}$", "")]


__all__ = ["VOCAB", "read_vector_unknowns"]
