"""The readings of a story's relations solved, and the answer confirmed a second way.

Each reading is a list of relations (two sides and the words they came from). A reading
with no solution is a misreading and is dropped; a reading whose solutions leave the asked
amount open (two values, or a free unknown in it) makes the whole story decline, since
another reading cannot be trusted over it. When every unknown is fixed, `Story` solves and
confirms (every relation evaluated again in exact fractions). When the asked amount is fixed
though the unknowns are not ("Ann and Bo weigh 260 pounds, Bo and Cy 245 ... how much do
Ann and Cy weigh together?" fixes a sum, not each weight), a particular solution with
positive (or whole) values is found on a small grid, every relation is checked at it in
exact fractions, and the asked amount recomputed there must equal the one SymPy found for
all solutions.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from itertools import islice, product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra.relations import Story, exact_value
from tutor.reasoning.symbolic.prealgebra.word_grammar import Node

Reading = list[tuple[Node, Node, str]]
_GRID = 4000  # particular solutions tried at most


def _constant(e: sp.Expr) -> Callable[[dict], sp.Basic]:
    return lambda _sol: e


def solve_readings(readings: list[Reading], asked: sp.Expr, kind: str | None
                   ) -> Result | None:
    """The one answer every solvable reading gives (None: no reading solves; Decline: two
    answers, or a reading that leaves the answer open)."""
    if not asked.free_symbols:
        return None  # the question names no amount of the story ("how much does one cost")
    answers: dict[str, Result] = {}
    open_reading = False
    for reading in readings:
        unknowns = sorted(set().union(*(a.exact.free_symbols | b.exact.free_symbols
                                        for a, b, _ in reading)), key=str)
        if not asked.free_symbols <= set(unknowns):
            continue
        story = Story(list(unknowns))
        story.positive = kind is not None
        story.whole = kind in ("age", "hold")
        for a, b, said in reading:
            story.state(a.exact, b.exact, said)
        found = sp.solve([sp.Eq(a.exact, b.exact) for a, b, _ in reading], unknowns, dict=True)
        values = {asked.subs(sol) for sol in found}
        if any(not isinstance(v, sp.Rational) for v in values) or len(values) > 1:
            open_reading = True  # this reading leaves the answer open: never pick another
            continue
        try:
            if len(found) == 1 and set(found[0]) != set(unknowns) or any(
                    v.free_symbols for v in found[0].values()):
                got = _fixed_amount(story, found[0], asked)
            else:
                got = story.solve(_constant(asked), "the amount asked")
        except Decline:
            continue
        answers.setdefault(str(got[0]), got)
    if open_reading and answers:
        raise Decline("one reading of the story leaves the answer open")
    if not answers:
        return None
    if len(answers) > 1:
        raise Decline("the story reads two ways with two different answers")
    return next(iter(answers.values()))


def _fixed_amount(story: Story, general: dict, asked: sp.Expr) -> Result:
    """The asked amount is the same for every solution (`general` has free unknowns)."""
    answer = asked.subs(general)
    free = sorted({u for u in story.unknowns if u not in general} |
                  set().union(*(v.free_symbols for v in general.values())), key=str)
    if not free or len(free) > 3:
        raise Decline("too many free unknowns")
    for point in islice(product(range(1, 41), repeat=len(free)), _GRID):
        at = dict(zip(free, (sp.Integer(p) for p in point), strict=True))
        sol = {u: general.get(u, u).subs(at) for u in story.unknowns}
        vals = list(sol.values())
        if not all(isinstance(v, sp.Rational) for v in vals):
            continue
        if story.positive and any(v <= 0 for v in vals) or story.whole and any(
                not v.is_integer for v in vals):
            continue
        exact = {u: Fraction(int(v.p), int(v.q)) for u, v in sol.items()}
        for eq, said in story.relations:
            confirm.check(exact_value(eq.lhs, exact) == exact_value(eq.rhs, exact),
                          f"'{said}' holds at a particular solution (exact fractions)")
        again = exact_value(asked, exact)
        confirm.check(again == Fraction(int(answer.p), int(answer.q)),
                      "the asked amount, recomputed at a particular solution")
        out = [step("write the story as equations", f"'{said}'", f"${latex(eq)}$", latex(eq))
               for eq, said in story.relations]
        claim = f"{latex(asked)} = {latex(answer)}"
        out.append(step("combine the equations", "The equations do not fix every unknown, "
                        "but they fix the amount asked.", f"${claim}$", claim))
        return answer, out
    raise Decline("no solution meets the stated conditions")


__all__ = ["Reading", "solve_readings"]
