"""Typed reader: integers that satisfy inequalities.

"What is the greatest integer that satisfies $6 - 2x > -9$?", "Find the least integer $n$
with $n^2 > 50$", "How many positive integers $x$ satisfy $x^2 < 30$ and $x > 2$?",
"For how many integer values of $t$ is $|t - 1| \\le 4$ true?": the inequalities in one
unknown are solved exactly (`systems.solve_inequality`, itself confirmed on a grid), then
the integers are counted or the extreme one picked. Confirmed independently by testing
the integers themselves in the original inequalities: every integer at and around each
boundary, and every integer of the range when it is short.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import clauses, floor_equations, systems
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.algebra.integer_runs import (
    ENUMERATE,
    combine,
    listed_integers,
    members,
    tested,
)
from tutor.reasoning.symbolic.model import Decline, Step, evaluated, latex, operand, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.typed import FILLER, words

Result = tuple[sp.Basic | str, list[Step]]

VOCAB = frozenset(
    "how many integer integers positive negative nonnegative non greatest largest least "
    "smallest biggest satisfy satisfies satisfying such that for which is are there solution "
    "solutions set in of to true the do does both inequality inequalities what find with "
    "where holds hold possible value values whole sum product all count lie lies list "
    "contained belong within can take when solve solves solving average mean arithmetic will"
    .split())
_EXTREME = {"greatest": "max", "largest": "max", "biggest": "max", "least": "min",
            "smallest": "min"}


def _question(template: str) -> tuple[str, str | None] | None:
    """("count" | "sum" | "product" | "max" | "min", sign qualifier or None) from the
    question's words."""
    w = words(template)
    if "integral" in w:  # "the largest integral value of x"
        w = w - {"integral"} | {"integer"}
    whole = bool(re.search(r"\bwhole numbers?\b", template))
    if whole:  # the greatest whole number is the greatest positive integer, 0 or 1 first
        w = w - {"whole", "number", "numbers"} | {"integer"}
    if "integer" not in w and "integers" not in w:
        return None
    if w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    asks = {_EXTREME[x] for x in w if x in _EXTREME} | ({"count"} if re.search(
        r"\bhow many\b|\b(?:the|what) number of\b|^count\b", template) else set()) | (
        {"sum", "product"} & w) | ({"mean"} if w & {"average", "mean"} else set())
    if not asks and w & {"all", "list"}:
        asks = {"list"}  # "Find all integer solutions of ...", "List the integers ..."
    if len(asks) != 1 or ("all" in w and asks & {"max", "min"}):
        return None
    signs: list[str] = [s for s in ("positive", "negative", "nonnegative") if s in w]
    if whole:
        if asks not in ({"max"}, {"min"}) or signs:
            return None  # the count of whole numbers depends on whether 0 is one
        # the greatest is a positive integer's; the least is one too unless 0 is a solution
        signs = ["positive" if asks == {"max"} else "whole"]
    if "non" in w:
        if not re.search(r"\bnon-negative\b", template) or signs != ["negative"]:
            return None
        signs = ["nonnegative"]
    if len(signs) > 1:
        return None
    return asks.pop(), (signs[0] if signs else None)


def _integers(sol: sp.Set) -> tuple[int, int] | None:
    """The least and greatest integer of a bounded set (None if it holds none)."""
    if not (sol.inf.is_finite and sol.sup.is_finite):
        raise Decline("infinitely many integers")
    lo, hi = int(sp.ceiling(sol.inf)), int(sp.floor(sol.sup))
    while lo <= hi and sp.Integer(lo) not in sol:
        lo += 1
    while hi >= lo and sp.Integer(hi) not in sol:
        hi -= 1
    return (lo, hi) if lo <= hi else None


def read_integer_bound(split: Split, template: str) -> Result | None:
    if words(template) & clauses.SAID_WORDS - FILLER - VOCAB:
        template, maths = clauses.said_relations(template, split.maths)
        split = Split(template, maths)
    got = _question(template)
    if got is None:
        return None
    ask, sign = got
    rels: list[sp.Basic] = []
    bracketed: list[sp.Basic] = []  # floor(E) = c, solved as c <= E < c + 1, tested as said
    named: list[sp.Symbol] = []
    for src in (split.maths[int(i)] for i in re.findall(r"@(\d+)@", template)):
        if clauses.is_letters(src):
            named += clauses.letters(src)
            continue
        for r in clauses.relations(src):
            if (unbracketed := floor_equations.as_bounds(r)) is not None:
                rels += unbracketed
                bracketed.append(r)
                continue
            if isinstance(r, sp.Equality) or not isinstance(r, sp.core.relational.Relational):
                raise Decline("integer bounds come from inequalities")
            rels.append(r)
    syms = set().union(*(r.free_symbols for r in rels)) if rels else set()
    if len(syms) != 1:
        raise Decline("inequalities in one unknown")
    x = syms.pop()
    letters = {c for c in words(template) if len(c) == 1} - {"a"}
    if any(n != x for n in named) or letters - {str(x)}:
        raise Decline("the letter asked about is not the inequality's")
    if any(r.has(sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc, sp.exp, sp.log) for r in rels):
        raise Decline("inequalities with trigonometric, exponential or log terms")  # slow
    rels = [sp.Rel(evaluated(r.lhs), evaluated(r.rhs), r.rel_op) for r in rels]
    bounds = [r for r in rels if not isinstance(r, sp.Ne)]
    rels += bracketed
    if not bounds:
        raise Decline("no inequality that bounds the unknown")
    sol, steps = systems.solve_inequality(sp.And(*bounds) if len(bounds) > 1 else bounds[0])
    for r in rels:
        if isinstance(r, sp.Ne):  # "x != 3": remove the values where the sides are equal
            zeros = sp.solveset(r.lhs - r.rhs, x, sp.S.Reals)
            if not isinstance(zeros, sp.FiniteSet):
                raise Decline("the excluded values are not a finite list")
            sol -= zeros
            steps.append(step("leave out the excluded values", "A condition with $\\ne$ "
                              "removes single points.", f"Without ${latex(r)}$: ${latex(x)} "
                              f"\\in {latex(sol)}$.", ""))
    if sign == "whole":
        if sp.Integer(0) in sol:
            raise Decline("whether 0 is a whole number decides the least one")
        sign = "positive"  # 0 not a solution: the least whole number is the least positive
    if sign:
        keep = {"positive": sp.Interval.open(0, sp.oo), "negative": sp.Interval.open(-sp.oo, 0),
                "nonnegative": sp.Interval(0, sp.oo)}[sign]
        rels.append({"positive": x > 0, "negative": x < 0, "nonnegative": x >= 0}[sign])
        sol = sol & keep
        steps.append(step(f"keep the {sign} numbers", f"Only {sign} integers are asked for.",
                          f"With ${latex(rels[-1])}$ as well: ${latex(x)} \\in {latex(sol)}$.",
                          ""))
    if ask in ("count", "sum", "product", "list", "mean"):
        return _count(rels, x, sol, steps, ask)
    return _extreme(rels, x, sol, steps, ask)


def _around(sol: sp.Set) -> set[int]:
    """Integers at and around each finite boundary point of the solution set."""
    out: set[int] = set()
    for b in sol.boundary if sol.boundary.is_FiniteSet else []:
        if b.is_finite and b.is_real:
            out |= set(range(int(sp.floor(b)) - 2, int(sp.ceiling(b)) + 3))
    return out


def _count(rels: list[sp.Basic], x: sp.Symbol, sol: sp.Set, steps: list[Step],
           ask: str = "count") -> Result:
    """How many integers the solution set holds, or their sum or product."""
    pieces = sol.args if isinstance(sol, sp.Union) else (sol,)
    total, parts = 0, []
    for piece in pieces:
        ends = _integers(piece)
        if ends is None:
            continue
        lo, hi = ends
        total += hi - lo + 1
        parts.append((lo, hi))
    if ask == "list":
        return listed_integers(rels, x, parts, steps)
    if ask != "count":
        return combine(rels, x, parts, steps, ask)
    if parts and parts[-1][1] - parts[0][0] <= ENUMERATE:
        confirm.count(total, lambda: len(tested(rels, x, parts)),
                      "integers that satisfy the inequalities")
    else:
        for n in _around(sol):
            confirm.check(members(rels, x, n) == (sp.Integer(n) in sol),
                          "the integers around each boundary agree with the solution set")
    terms = [f"{hi} - {operand(lo)} + 1" for lo, hi in parts]
    sums = terms[0] if len(terms) == 1 else " + ".join(f"\\left({t}\\right)" for t in terms)
    claim = f"{sums} = {total}" if parts else ""
    listed = ", ".join(f"${lo}$ to ${hi}$" for lo, hi in parts) or "none"
    steps.append(step("count the integers", "Count the whole numbers in each interval: "
                      "last minus first, plus one.", f"The integers are {listed}"
                      + (f", so ${claim}$." if claim else "."), claim))
    return sp.Integer(total), steps


def _extreme(rels: list[sp.Basic], x: sp.Symbol, sol: sp.Set, steps: list[Step],
             ask: str) -> Result:
    if sol is sp.S.EmptySet:
        raise Decline("no integer satisfies the inequalities")
    pieces = list(sol.args if isinstance(sol, sp.Union) else (sol,))
    if ask == "max":
        pieces.reverse()
    best = None
    for piece in pieces:
        if not (piece.sup.is_finite if ask == "max" else piece.inf.is_finite):
            raise Decline("no " + ("greatest" if ask == "max" else "least") + " integer")
        ends = _integers(piece) if piece.inf.is_finite and piece.sup.is_finite else None
        if ends is None and not (piece.inf.is_finite and piece.sup.is_finite):
            edge = piece.sup if ask == "max" else piece.inf
            n = int(sp.floor(edge)) if ask == "max" else int(sp.ceiling(edge))
            n += (-1 if ask == "max" else 1) * (sp.Integer(n) not in piece)
            ends = (n, n)
        if ends is not None:
            best = ends[1] if ask == "max" else ends[0]
            break
    if best is None:
        raise Decline("no integer satisfies the inequalities")
    beyond = best + (1 if ask == "max" else -1)
    tested = {beyond, beyond + (1 if ask == "max" else -1)} | {
        n for n in _around(sol) if (n > best if ask == "max" else n < best)}
    confirm.check(members(rels, x, best) and not any(members(rels, x, n) for n in tested),
                  f"${latex(x)} = {best}$ satisfies the inequalities and the integers beyond "
                  "it do not")
    original = rels[0]
    shown_at = [f"{shown(original.lhs, {x: sp.Integer(n)})} = "
                f"{latex(original.lhs.subs(x, n))}" for n in (best, beyond)
                if original.lhs.has(x)]
    claim = shown_at[0] if shown_at else f"{latex(x)} = {best}"
    word = "greatest" if ask == "max" else "least"
    steps.append(step(f"take the {word} integer", "Pick the integer at the end of the "
                      "solution set, and check the next one fails.",
                      f"The {word} integer in the solution set is ${best}$: "
                      + ", ".join(f"${c}$" for c in shown_at) + ".", claim))
    return sp.Integer(best), steps


__all__ = ["read_integer_bound"]
