"""Typed reader: the sum or product of one coordinate over every solution of a system of two
polynomial equations in x and y.

"In solving the system $y = 5$ and $x^2 + y^2 = 169$, what is the sum of the solutions for
$x$?", "Solve the system $y = x + 1$ and $y = x^2 - 1$. What is the sum of the $x$-values of
the solutions?", "The system $y = 2x$ and $x^2 + y^2 = 20$ has two solutions. What is the
product of the $x$-coordinates of the solutions?".

The solutions are found by SymPy's `solve`; every one must be real (a complex one leaves "the
solutions" unclear) and each is substituted back into both equations exactly. The count is
confirmed independently: eliminating the other letter (a resultant) leaves a polynomial whose
distinct real roots, counted by Sturm sequences, are as many as the distinct values found.
When two solutions share the asked coordinate ("the solutions for x" with x = 3 twice) it is
unclear whether it counts once or twice, and the reader declines.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import axis_words
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

X, Y = sp.symbols("x y")
_SOLUTIONS = r"(?:all )?(?:the )?(?:solutions|solution pairs|points of intersection)"
_ASK = re.compile(
    r"(?:what is|find|compute|determine|give) the (?P<op>sum|product) of (?:all )?(?:the )?"
    r"(?:(?P<a1>[xy])-(?:values|coordinates) of " + _SOLUTIONS + r"|(?:solutions|values) for "
    r"(?P<a2>[xy]))\s*[?.]?\s*$")
VOCAB = frozenset(
    "in solving solve the system of equations equation and what is find compute determine give "
    "sum product values coordinates solutions solution pairs points intersection for has have "
    "two three four real all".split())


def read(split: Split, template: str) -> Result | None:
    if "system" not in template:
        return None
    text = axis_words(split.maths, template)
    # "the solutions for $x$": the letter said as a piece
    text = re.sub(r"\b(solutions|values) for @(\d+)@", lambda m: f"{m.group(1)} for "
                  f"{split.maths[int(m.group(2))].strip()}" if split.maths[int(m.group(2))].strip()
                  in ("x", "y") else m.group(0), text)
    ask = _ASK.search(text)
    if ask is None:
        return None
    w = words(text)
    if w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    pieces = [int(i) for i in dict.fromkeys(re.findall(r"@(\d+)@", text))]
    eqs = [e for i in pieces if isinstance(e := parse_latex(split.maths[i]), sp.Equality)]
    if len(eqs) != 2 or len(pieces) != 2:
        return None
    polys = [sp.expand(e.lhs - e.rhs) for e in eqs]
    if any(p.free_symbols - {X, Y} or not p.is_polynomial(X, Y) for p in polys) or \
            set().union(*(p.free_symbols for p in polys)) != {X, Y}:
        raise Decline("two polynomial equations in x and y")
    axis = X if (ask.group("a1") or ask.group("a2")) == "x" else Y
    other = Y if axis == X else X
    found = sp.solve(polys, [X, Y], dict=True)
    if not found or any(set(s) != {X, Y} for s in found):
        raise Decline("a system with finitely many solutions")
    if any(not (s[X].is_real and s[Y].is_real) for s in found):
        raise Decline("solutions that are not real")
    for s in found:
        confirm.check(all(sp.simplify(p.subs(s)) == 0 for p in polys),
                      "each solution put back into both equations")
    values = [sp.radsimp(s[axis]) for s in found]
    if len({sp.nsimplify(v) for v in values}) != len(values):
        raise Decline("two solutions share the coordinate asked")
    eliminated = sp.Poly(sp.resultant(polys[0], polys[1], other), axis)
    if eliminated.is_zero or eliminated.degree() < 1:
        raise Decline("the equations share a curve")
    square_free = sp.Poly(sp.quo(eliminated, sp.gcd(eliminated, eliminated.diff(axis))), axis)
    confirm.check(square_free.count_roots() == len(values),
                  "eliminating the other letter leaves as many real roots as values found")
    op = ask.group("op")
    value = sp.nsimplify(sp.simplify(sp.Add(*values) if op == "sum" else sp.Mul(*values)))
    pairs = ", ".join(f"\\left({latex(s[X])}, {latex(s[Y])}\\right)" for s in found)
    claim = (" + " if op == "sum" else " \\cdot ").join(
        f"\\left({latex(v)}\\right)" for v in values) + f" = {latex(value)}"
    return value, [
        step("solve the system", "Put one equation into the other and solve.",
             f"The solutions are ${pairs}$.", ""),
        step(f"the {op} asked", f"Take the {op} of the ${latex(axis)}$-values.", f"${claim}$",
             claim)]


__all__ = ["read"]
