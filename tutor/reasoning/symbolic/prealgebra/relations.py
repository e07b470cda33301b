"""Stated relations solved exactly, then confirmed by a second evaluation in Fractions.

A reader turns each sentence of a word problem into an equation over exact rationals
(`sp.Eq`). `solve` finds every solution with SymPy, keeps the ones the stated
qualifiers allow (positive, whole numbers), and requires the asked quantity to have one
value over all of them (two readings: decline). The answer is then confirmed
independently: every stated equation is evaluated again with Python's `Fraction`
arithmetic by walking the expression (`exact_value`), not by SymPy's simplification.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.patterns import Result


def exact_value(e: sp.Basic, values: dict[sp.Symbol, Fraction]) -> Fraction:
    """`e` evaluated with Fractions (rational numbers, + , x and integer powers only)."""
    if isinstance(e, sp.Symbol):
        return values[e]
    if isinstance(e, sp.Rational):
        return Fraction(int(e.p), int(e.q))
    if isinstance(e, sp.Add):
        return sum((exact_value(a, values) for a in e.args), Fraction(0))
    if isinstance(e, sp.Mul):
        out = Fraction(1)
        for a in e.args:
            out *= exact_value(a, values)
        return out
    if isinstance(e, sp.Pow) and isinstance(e.exp, sp.Integer):
        base = exact_value(e.base, values)
        if base == 0 and e.exp < 0:
            raise Decline("a division by zero")
        return base ** int(e.exp)
    raise Decline("a relation that is not rational arithmetic")


def times(a: sp.Basic | int | Fraction, b: sp.Basic | int | Fraction) -> sp.Basic:
    """`a` times `b` kept as a product, so the step shows it worked out: a story's "the 5 add
    up to 5 times 12" is written `S = 5 \\cdot 12 = 60`, a product the checker confirms."""
    def number(v: sp.Basic | int | Fraction) -> sp.Basic:
        if isinstance(v, Fraction):
            return sp.Rational(v.numerator, v.denominator)
        return sp.Integer(v) if isinstance(v, int) else v
    x, y = number(a), number(b)
    return y if x == 1 else x if y == 1 else sp.Mul(x, y, evaluate=False)  # never `1 \\cdot 150`


def worked(eq: sp.Eq) -> str:
    """An equation's LaTeX, with a side that is arithmetic in numbers alone (`5 \\cdot 12`)
    followed by its value (`= 60`): the working is a claim the checker can confirm."""
    shown = latex(eq)
    side = eq.rhs
    if isinstance(eq.rhs, sp.Symbol) and eq.lhs.is_number and not eq.lhs.is_Atom:
        side = eq.lhs  # "15 percent of 80": `x = \\frac{3}{20} \\cdot 80 = 12`
        shown = f"{latex(eq.rhs)} = {latex(eq.lhs)}"
    if isinstance(side, sp.Basic) and side.is_number and not side.is_Atom:
        value = sp.simplify(side)
        if isinstance(value, sp.Rational) and latex(value) != latex(side):
            shown = f"{shown} = {latex(value)}"
    return shown


def fraction(v: sp.Basic) -> Fraction | None:
    return Fraction(int(v.p), int(v.q)) if isinstance(v, sp.Rational) else None


def _readable(said: str) -> str:
    """The story's words for a step, or "" when they still hold the maths' placeholders
    (`The mean of @0@, @1@ and @2@ is @3@`) or TeX outside `$...$` (a reader's rewriting,
    `a = \\frac{1}{3} \\times b`): the equation alone says it then. A number token of the
    readers (`#4`, `#2 times`) is shown as the number ("4", "2 times")."""
    if re.search(r"@\d+@", said) or re.search(r"\\[a-zA-Z]", re.sub(r"\$[^$]*\$", " ", said)):
        return ""
    return re.sub(r"#(?=\d)", "", said)


@dataclass
class Story:
    """Unknowns, the stated relations (each with the words it came from) and conditions."""

    unknowns: list[sp.Symbol]
    relations: list[tuple[sp.Eq, str]] = field(default_factory=list)
    positive: bool = False
    whole: bool = False
    allowed: Callable[[dict[sp.Symbol, sp.Basic]], bool] | None = None  # e.g. "odd"

    def state(self, lhs: sp.Basic, rhs: sp.Basic, said: str) -> None:
        eq = sp.Eq(lhs, rhs, evaluate=False)
        self.relations.append((eq, said))

    def solve(self, target: Callable[[dict[sp.Symbol, sp.Basic]], sp.Basic],
              asked: str) -> Result:
        """`target(solution)` is the asked quantity as an expression in the unknowns (it may
        depend on the solution: "the larger number")."""
        eqs = [sp.Eq(e.lhs, e.rhs) for e, _ in self.relations]
        if any(e is sp.false for e in eqs):
            raise Decline("the stated relations contradict each other")
        eqs = [e for e in eqs if e is not sp.true]
        found = sp.solve(eqs, self.unknowns, dict=True)
        keep = []
        for sol in found:
            vals = [sol.get(u) for u in self.unknowns]
            if any(v is None or not isinstance(v, sp.Rational) for v in vals):
                continue  # not determined, or not rational (irrational or complex)
            if self.positive and any(v <= 0 for v in vals):
                continue
            if self.whole and any(not v.is_integer for v in vals):
                continue
            if self.allowed is None or self.allowed(sol):
                keep.append(sol)
        if not keep:
            raise Decline("no solution meets the stated conditions")
        answers = {target(sol).subs(sol) for sol in keep}
        if len(answers) != 1:
            raise Decline("the story fits more than one answer")
        answer = answers.pop()
        sol = keep[0]
        self._confirm(sol, target, answer)
        return answer, self._steps(sol, asked, answer, target(sol))

    def solve_list(self, targets: list[Callable[[dict[sp.Symbol, sp.Basic]], sp.Basic]],
                   asked: str) -> Result:
        """Several asked quantities at once ("What are they?"), each solved and confirmed as
        by `solve`, answered as a list in the order given."""
        values: list[sp.Basic] = []
        steps: list = []
        for target in targets:
            value, steps = self.solve(target, asked)
            values.append(value)
        claim = ", ".join(latex(v) for v in values)
        steps[-1] = step("answer the question", f"The question asks for {asked}.",
                         f"{asked[0].upper() + asked[1:]}: ${claim}$", claim)
        return claim, steps

    def _confirm(self, sol: dict, target: Callable, answer: sp.Basic) -> None:
        got = {u: fraction(sol[u]) for u in self.unknowns}
        values = {u: v for u, v in got.items() if v is not None}
        if len(values) != len(got):
            raise Decline("a rational solution")
        for eq, said in self.relations:
            confirm.check(exact_value(eq.lhs, values) == exact_value(eq.rhs, values),
                          f"'{said}' holds for the solution (checked in exact fractions)")
        again = exact_value(target(sol), values)
        confirm.check(fraction(answer) == again, "the asked quantity, recomputed in fractions")

    def _steps(self, sol: dict, asked: str, answer: sp.Basic, expr: sp.Basic) -> list:
        out = [step("write the story as equations", f"'{said}'" if said else "Write what the "
                    "story says as an equation.",
                    f"{said[:1].upper()}{said[1:]}: ${worked(eq)}$" if said else f"${worked(eq)}$",
                    worked(eq))
               for eq, said in ((eq, _readable(said)) for eq, said in self.relations)]
        got = ", ".join(f"{latex(u)} = {latex(sol[u])}" for u in self.unknowns)
        out.append(step("solve the equations", "Solve them together.", f"${got}$", got))
        claim = latex(answer)
        if expr.free_symbols and expr.free_symbols <= set(self.unknowns):
            claim = f"{latex(expr)} = {claim}"  # "Son's age: a_{son} = 14", checked by the values
        out.append(step("answer the question", f"The question asks for {asked}.",
                        f"{asked[0].upper() + asked[1:]}: ${claim}$", claim))
        return out


__all__ = ["Story", "exact_value", "fraction", "times", "worked"]
