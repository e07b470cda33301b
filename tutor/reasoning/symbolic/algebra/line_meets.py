"""Typed reader: lines given by their equations, and where they meet.

"Find the point where the lines $3x + y = 7$ and $x - 2y = 0$ cross", "The lines $y = 2x - 1$
and $x + y = 8$ intersect. What is $y$ at the point of intersection?", "The lines $y = ax + 2$
and $y = 5x + c$ meet at $(1, 4)$; what is $a + c$?", "The lines $y = x + 1$, $y = 3x - 5$
and $y = kx + 7$ pass through the same point. Find $k$." Every line is an equation of degree
one in x and y (its coefficients may hold letters); the point they share (told, or unknown)
and every letter are solved for together, and the one solution is confirmed by putting it
back into each equation, and, for two lines with numbers for coefficients, by Cramer's rule.
The question asks the point, one of its coordinates, the sum of its coordinates, or a letter
or an expression in the letters.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.line_facts import X, Y, point_of, settled
from tutor.reasoning.symbolic.geometry.reading import COMMON, axis_words, without_example
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_MEET = frozenset("intersect intersects intersection meet meets cross crosses concurrent".split())
# the equations named are all lines: a question about where they meet
VOCAB = COMMON | _MEET | frozenset(
    "line lines graph graphs equations equation two three point points at same all pass "
    "through coordinate coordinates sum where and defined by given value drawn plane "
    "common fraction they their one".split())
_CONSTANTS = re.compile(r",? where @\d+@(?:,? (?:and )?@\d+@)* (?:are|is) (?:real )?"
                        r"(?:constants?|numbers?)\b")


def _line(src: str) -> sp.Expr | None:
    """a x + b y + c for a line's equation, or None when the piece is not one."""
    if "=" not in src:
        return None
    e = parse_latex(src)
    if not isinstance(e, sp.Equality):
        return None
    f = sp.expand(e.lhs - e.rhs)
    if not {X, Y} & f.free_symbols or not f.is_polynomial(X, Y) \
            or sp.Poly(f, X, Y).total_degree() != 1:
        return None
    return f


def _cramer(f: sp.Expr, g: sp.Expr) -> tuple[sp.Expr, sp.Expr] | None:
    (a1, b1, c1), (a2, b2, c2) = ((e.coeff(X), e.coeff(Y), e.subs({X: 0, Y: 0})) for e in (f, g))
    det = a1 * b2 - a2 * b1
    if det == 0:
        return None
    return (b1 * c2 - b2 * c1) / det, (a2 * c1 - a1 * c2) / det


def read_line_meeting(split: Split, template: str) -> Result | None:
    try:
        return _read(split, template)
    except (TypeError, ValueError, AttributeError) as exc:  # maths of another shape
        raise Decline("maths that is not a line's") from exc


def _read(split: Split, template: str) -> Result | None:
    text = without_example(axis_words(split.maths, template), split.maths)
    w = words(text)
    relation = w & {"parallel", "perpendicular"}
    if relation and not w & _MEET:
        return _related(split, _CONSTANTS.sub(" ", text), relation)
    if not w & _MEET and not re.search(r"\bsame point\b", text):
        return None
    text = _CONSTANTS.sub(" ", text)
    lines: list[sp.Expr] = []
    told: list[tuple[sp.Expr, sp.Expr]] = []
    asked: list[sp.Expr] = []
    for i in dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", text)):
        src = split.maths[i]
        if (f := _line(src)) is not None:
            lines.append(f)
        elif (p := point_of(src)) is not None:
            told.append(p)
        else:
            v = parse_latex(src)
            if not isinstance(v, sp.Expr) or not v.free_symbols:
                return None
            asked.append(v)
    text = re.sub(r"@\d+@", " ", text)
    if len(lines) < 2 or len(told) > 1 or len(asked) > 1 or not words_within(
            re.sub(r"\b[xy]-(coordinates?)\b", r"\1", text), VOCAB):
        return None
    if len(lines) > 2 and not re.search(r"\bsame point\b|\bconcurrent\b", text):
        raise Decline("which lines meet is not clear")
    letters = set().union(*(f.free_symbols for f in lines),
                          *(c.free_symbols for p in told for c in p)) - {X, Y}
    eqs = list(lines) + ([X - told[0][0], Y - told[0][1]] if told else [])
    unknowns = [X, Y, *sorted(letters, key=str)]
    sols = [settled(s) for s in sp.solve(eqs, unknowns, dict=True)]
    sols = [s for s in sols
            if all(k in s and s[k].is_real and not s[k].free_symbols for k in unknowns)]
    if len(sols) != 1:
        raise Decline("not one point where the lines meet")
    sol = sols[0]
    at = sp.Tuple(sol[X], sol[Y])
    value, what = _asked(text, w, asked, sol, at, bool(told))
    ok = all(sp.simplify(f.subs(sol)) == 0 for f in lines)
    if not any(f.free_symbols - {X, Y} for f in lines):
        ok = ok and _cramer(lines[0], lines[1]) == (sol[X], sol[Y])
    confirm.check(ok, "the point and the letters found satisfy every line's equation")
    shown = ", ".join(f"{latex(k)} = {latex(sol[k])}" for k in unknowns)
    claim = shown.split(", ")[0]
    how = ("Every line passes through the point they share: put it into each equation and "
           "solve the equations together.")
    if told:  # the point put into each line's equation
        eqs = [sp.expand(f.subs({X: told[0][0], Y: told[0][1]})) for f in lines]
    return value, [step("solve the equations together", how, "; ".join(
        f"${latex(sp.Eq(f, 0))}$" for f in eqs) + f". So ${shown}$.", claim),
        step("answer", "Read off what is asked.", f"{what}: ${latex(value)}$.", "")]


def _related(split: Split, text: str, relation: set[str]) -> Result | None:
    """Two lines, one with a letter, said to be parallel or perpendicular: the letter."""
    pieces = list(dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", text)))
    lines = [f for i in pieces if (f := _line(split.maths[i])) is not None]
    others = [parse_latex(split.maths[i]) for i in pieces if _line(split.maths[i]) is None]
    bare = re.sub(r"@\d+@", " ", text)
    if len(relation) != 1 or len(lines) != 2 or len(others) != 1 or not words_within(
            bare, VOCAB | {"parallel", "perpendicular", "to", "each", "other", "so", "solve",
                           "for"}) \
            or re.search(r"\bnot\b", bare):
        return None
    asked = others[0]
    letters = set().union(*(f.free_symbols for f in lines)) - {X, Y}
    if not isinstance(asked, sp.Expr) or len(letters) != 1 or asked.free_symbols != letters:
        return None
    k = letters.pop()
    (a1, b1), (a2, b2) = ((f.coeff(X), f.coeff(Y)) for f in lines)
    parallel = "parallel" in relation
    cond = sp.expand(a1 * b2 - a2 * b1 if parallel else a1 * a2 + b1 * b2)
    values = [v for v in sp.solve(cond, k) if v.is_real]
    values = [v for v in values if all((f.coeff(X).subs(k, v), f.coeff(Y).subs(k, v)) != (0, 0)
                                       for f in lines)]
    if len(values) != 1:
        raise Decline("not one value of the letter")
    v = values[0]
    g1, g2 = (sp.expand(f.subs(k, v)) for f in lines)
    if parallel and sp.Matrix([[g.coeff(X), g.coeff(Y), g.subs({X: 0, Y: 0})]
                               for g in (g1, g2)]).rank() < 2:
        raise Decline("the two lines are the same line")
    # a second way: two points of each line give its direction; compare the directions
    d1, d2 = (_direction(g) for g in (g1, g2))
    ok = (d1[0] * d2[1] - d1[1] * d2[0] == 0) if parallel else \
        (d1[0] * d2[0] + d1[1] * d2[1] == 0)
    confirm.check(bool(ok), "two points of each line give directions that are " + (
        "parallel" if parallel else "perpendicular"))
    value = sp.simplify(asked.subs(k, v))
    claim = f"{latex(k)} = {latex(v)}"
    how = ("Parallel lines a_1x + b_1y = c_1 and a_2x + b_2y = c_2 have a_1b_2 = a_2b_1." if
           parallel else "Perpendicular lines have a_1a_2 + b_1b_2 = 0.")
    return value, [step("the condition", how, f"${latex(sp.Eq(cond, 0))}$, so ${claim}$.",
                        claim), step("answer", "Read off what is asked.",
                                     f"${latex(asked)} = {latex(value)}$.", "")]


def _direction(g: sp.Expr) -> tuple[sp.Expr, sp.Expr]:
    """The difference of two points of the line g = 0."""
    if g.coeff(Y) != 0:
        p, q = ((t, sp.solve(g.subs(X, t), Y)[0]) for t in (0, 1))
    else:
        p, q = ((sp.solve(g.subs(Y, t), X)[0], t) for t in (0, 1))
    return q[0] - p[0], q[1] - p[1]


def _asked(text: str, w: set[str], asked: list[sp.Expr], sol: dict[sp.Symbol, sp.Expr],
           at: sp.Tuple, told: bool) -> tuple[sp.Basic, str]:
    if asked:
        e = asked[0]
        if e.free_symbols - set(sol):
            raise Decline("an expression the lines do not fix")
        return sp.simplify(e.subs(sol)), f"${latex(e)}$"
    if told:
        raise Decline("the point is told; nothing else is asked")
    axes = set(re.findall(r"\b([xy])-coordinate", text))
    if "sum" in w and "coordinates" in w and not axes:
        return at[0] + at[1], "The sum of the coordinates"
    if "sum" in w or len(axes) > 1:
        raise Decline("what is asked of the point is not clear")
    if axes:
        axis = axes.pop()
        return (at[0] if axis == "x" else at[1]), f"The ${axis}$-coordinate"
    if "point" in w or "intersection" in w or "pair" in w:
        return at, "The point where the lines meet"
    raise Decline("what is asked of the lines is not clear")


__all__ = ["read_line_meeting"]
