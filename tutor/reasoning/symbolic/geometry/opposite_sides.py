"""Typed reader: the sides of a named parallelogram (rectangle, rhombus, square) written as
numbers and expressions in letters, a letter or an expression in them asked.

"In parallelogram $ABCD$, $AB = 20$ cm, $BC = 2y + 2$ cm, $CD = 3x - 1$ cm and $AD = 12$ cm.
What is $x + y$?", "In rectangle PQRS, PQ = 4x + 2, QR = 10, RS = 18 and SP = y - 3. What is
the product of x and y?": a parallelogram's opposite sides are equal (a rhombus's and a
square's four sides all are), which gives one equation for each pair of sides told. The
sides must be named by consecutive vertices of the figure's name, each side told once; the
equations are solved over the reals, every side must come out positive, and the asked value
must be one number. Confirmed by building the figure on coordinates (a parallelogram with an
angle of 60 degrees, a rectangle or a square with right angles) from two of its sides and
measuring all four sides there at 40 digits, against the values the text gives them."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_KINDS = ("parallelogram", "rectangle", "rhombus", "square")
_FIGURE = re.compile(r"\b(?:in|for) (?:the )?(parallelogram|rectangle|rhombus|square) (?:@(\d+)@|"
                     r"([a-z]{4})),? ")  # "in parallelogram abcd": its name typed as a word
_SIDE = re.compile(r"\s*(?:\\overline\s*\{\s*)?([A-Z])([A-Z])\s*\}?\s*=\s*(.+?)\s*(?:\\text\s*\{"
                   r"\s*(?:cm|m|units?|inches|in|ft|feet)\s*\}\s*)?")
_ASK = re.compile(r"\b(?:what is|find|compute|determine) (?:the value of )?(?:(the product|"
                  r"the sum) of @(\d+)@ and @(\d+)@|@(\d+)@)\s*[?.]?\s*$")
_GLUE = FILLER | frozenset("cm units unit inches feet ft m meters centimeters".split())


def _sides(split: Split, name: str, pieces: list[int]) -> dict[int, sp.Expr]:
    """Side k (0 for the first two vertices, ...) -> its expression."""
    out: dict[int, sp.Expr] = {}
    for k in pieces:
        m = _SIDE.fullmatch(split.maths[k])
        if m is None:
            raise Decline("each piece a side and its length")
        a, b = name.find(m.group(1)), name.find(m.group(2))
        if a < 0 or b < 0 or (b - a) % 4 not in (1, 3):
            raise Decline("a side named by two neighbouring vertices")
        side = min(a, b) if abs(a - b) == 1 else 3
        if side in out:
            raise Decline("each side told once")
        e = parse_latex(m.group(3))
        if not isinstance(e, sp.Expr) or not e.is_polynomial() or any(
                len(str(s)) != 1 for s in e.free_symbols):
            raise Decline("each side a number or a polynomial in letters")
        out[side] = e
    return out


def read_opposite_sides(split: Split, template: str) -> Result | None:
    if not any(k in template for k in _KINDS):
        return None
    fig = _FIGURE.search(template)
    ask = _ASK.search(template)
    if fig is None or ask is None:
        return None
    name = split.maths[int(fig.group(2))].strip() if fig.group(2) else fig.group(3).upper()
    if not re.fullmatch(r"[A-Z]{4}", name) or len(set(name)) != 4:
        return None
    body = template[fig.end():ask.start()]
    pieces = [int(k) for k in re.findall(r"@(\d+)@", body)]
    if words(re.sub(r"@\d+@", " ", body)) - _GLUE or words(template[:fig.start()]) - FILLER:
        return None
    sides = _sides(split, name, pieces)
    kind = fig.group(1)
    pairs = [(0, 2), (1, 3)] if kind in ("parallelogram", "rectangle") else [
        (0, 1), (1, 2), (2, 3)]
    eqs = [sp.Eq(sides[a], sides[b]) for a, b in pairs if a in sides and b in sides]
    if kind in ("rhombus", "square"):
        told = sorted(sides)
        eqs = [sp.Eq(sides[a], sides[b]) for a, b in zip(told, told[1:], strict=False)]
    letters = sorted(set().union(*(e.free_symbols for e in sides.values())), key=str)
    if not letters or not eqs:
        raise Decline("letters in the sides and two sides that are equal")
    if ask.group(1):
        x, y = (parse_latex(split.maths[int(ask.group(k))]) for k in (2, 3))
        target = x * y if ask.group(1) == "the product" else x + y
    else:
        target = parse_latex(split.maths[int(ask.group(4))])
    if not isinstance(target, sp.Expr) or not target.free_symbols <= set(letters) or \
            not target.free_symbols:
        raise Decline("the value asked in the sides' letters")
    sols = [s for s in sp.solve(eqs, letters, dict=True)
            if set(s) == set(letters) and all(v.is_real for v in s.values())]
    sols = [s for s in sols if all(e.subs(s).is_positive for e in sides.values())]
    values = {sp.nsimplify(sp.simplify(target.subs(s))) for s in sols}
    if len(values) != 1:
        raise Decline("the sides fix one value")
    value, sol = values.pop(), sols[0]
    lengths = {k: sp.simplify(e.subs(sol)) for k, e in sides.items()}
    _confirm(kind, lengths)
    rule = ("opposite sides of a parallelogram are equal" if kind in ("parallelogram",
            "rectangle") else f"the four sides of a {kind} are equal")
    eq_text = ", \\quad ".join(f"{latex(e.lhs)} = {latex(e.rhs)}" for e in eqs)
    found = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in sol.items())
    claim = f"{latex(target)} = {latex(value)}"
    return value, [
        step("equal sides", f"In a {kind}, {rule}.", f"${eq_text}$"),
        step("solve", "Solve for the letters (every side positive).", f"${found}$"),
        step("the value asked", "Put the letters in.", f"${claim}$", claim)]


def _confirm(kind: str, lengths: dict[int, sp.Expr]) -> None:
    """The figure drawn from its first two sides (their lengths from what was told), the four
    sides measured and compared with every side the text gave."""
    with mpmath.workdps(40):
        ab = mpmath.mpf(str(sp.N(next(lengths[k] for k in (0, 2, 1, 3) if k in lengths), 45)))
        bc = ab if kind in ("rhombus", "square") else mpmath.mpf(str(sp.N(next(
            lengths[k] for k in (1, 3, 0, 2) if k in lengths), 45)))
        turn = mpmath.pi / 2 if kind in ("rectangle", "square") else mpmath.pi / 3
        a, b = mpmath.matrix([0, 0]), mpmath.matrix([ab, 0])
        c = b + mpmath.matrix([bc * mpmath.cos(turn), bc * mpmath.sin(turn)])
        d = a + (c - b)
        pts = [a, b, c, d]
        measured = [mpmath.norm(pts[(k + 1) % 4] - pts[k]) for k in range(4)]
        ok = all(abs(measured[k] - mpmath.mpf(str(sp.N(v, 45)))) < mpmath.mpf(10) ** -30
                 for k, v in lengths.items())
    confirm.check(ok, "every side told, measured on the figure drawn with coordinates")


__all__ = ["read_opposite_sides"]
