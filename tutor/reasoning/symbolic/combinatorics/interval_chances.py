"""Reader of one real number chosen at random from an interval, with an event that is an
inequality in that number: "A number x is chosen at random from the interval [0, 5]. What
is the probability that x < 2?", "A real number x is selected uniformly at random from
[0, 10]; find the probability that x^2 < 16", "A real number is picked at random between 1
and 7. What is the probability that it is greater than 3?".

The probability is the length of the part of the interval where the inequality holds over
the interval's length. The part is solved exactly (SymPy's inequality solver, kept inside
the interval); it is confirmed point by point against the inequality (`confirm.inequality`),
and its length again by counting, among 20000 evenly spaced points of the interval, those
where the inequality holds.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.clauses import relations
from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.random_points import interval
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_POINTS = 20_000
_CHOSEN = (r"(?:is )?(?:randomly |uniformly )?(?:picked|chosen|selected|drawn)(?: (?:uniformly )?"
           r"(?:at random|randomly)| uniformly)?")
# "between 1 and 7" only for a real number: "a number between 1 and 7" may be an integer
_ONE = (r" (?:a |the )?(?:(?P<real>real )?number (?P<x>@\d+@ )?" + _CHOSEN + r" (?:from|in|on) "
        r"(?:the )?(?:interval |closed interval |open interval )?(?P<i>@\d+@)|real number "
        r"(?P<x2>@\d+@ )?" + _CHOSEN + r" (?:from|in|on|between) (?:the )?(?:interval )?"
        r"#(?P<lo>\d+) (?:and|to) #(?P<hi>\d+)(?:,? inclusive)?"
        # "pick a random real number between 0 and 10", "a random real number from 2 to 5 is
        # chosen"
        r"|(?<=^ )(?:pick|choose|select|take) (?:a )?random real number (?P<x4>@\d+@ )?(?:from|"
        r"in|between) (?:the )?(?:interval )?#(?P<lo3>\d+) (?:and|to) #(?P<hi3>\d+)(?:,? "
        r"inclusive)?"
        r"|random real number (?P<x5>@\d+@ )?(?:from|in|between) (?:the )?(?:interval )?"
        r"#(?P<lo4>\d+) (?:and|to) #(?P<hi4>\d+)(?:,? inclusive)? (?:is|was) " + _CHOSEN
        # "a point is chosen at random on the number line between 0 and 8": a real number
        + r"|point (?P<x3>@\d+@ )?" + _CHOSEN + r" (?:on|from) (?:the |a )?(?:number line|real "
        r"line|line segment|segment)(?: (?:between|from) #(?P<lo2>\d+) (?:and|to) #(?P<hi2>\d+)"
        r"| (?P<i2>@\d+@))(?:,? inclusive)?)(?!\w)")
# the event in words: "(that) it is less than 3", "the number is between 2 and 5"
_SAID = (r" ?(?:it|the (?:number|point)(?: chosen| selected| picked)?)(?: is|'s) (?:(?P<cmp>less "
         r"than|smaller than|greater than|larger than|bigger than|more than|at least|at most) "
         r"#(?P<n>\d+)|between "
         r"#(?P<a>\d+) and #(?P<b>\d+)|(?P<near>closer to|nearer to|farther from|further from) "
         r"#(?P<c>\d+) than (?:it is )?(?:to |from )?#(?P<d>\d+))(?!\w)")
_GLUE = frozenset("randomly uniformly express your answer common fraction as".split())
_WORDS = {"less than": "<", "smaller than": "<", "greater than": ">", "larger than": ">",
          "bigger than": ">",
          "more than": ">", "at least": "\\ge", "at most": "\\le"}


def _event(w: Wording, ask: re.Match[str], said: list[re.Match[str]],
           x: sp.Symbol) -> tuple[list[sp.Basic], str]:
    """The event's inequalities in x and how they are written."""
    if said:
        m = said[0]
        c, d = m.group("c"), m.group("d")
        src = f"{x} {_WORDS[m.group('cmp')]} {m.group('n')}" if m.group("cmp") else \
            f"|{x} - {c}| {'<' if m.group('near').endswith('to') else '>'} |{x} - {d}|" \
            if m.group("near") else f"{m.group('a')} < {x} < {m.group('b')}"
    else:
        src = w.maths[int(ask.group("e")[1:-1])]
    rels = relations(src)
    if not rels or any(not isinstance(r, (sp.StrictLessThan, sp.StrictGreaterThan,
                                          sp.LessThan, sp.GreaterThan)) for r in rels):
        raise Decline("an event that is an inequality")
    if any(not r.free_symbols or not r.free_symbols <= {x} for r in rels):
        raise Decline("an inequality in the chosen number only")
    return rels, src


def _midpoints(rels: list[sp.Basic], x: sp.Symbol, lo: float, hi: float) -> int:
    """How many of _POINTS evenly spaced midpoints of [lo, hi] satisfy every inequality
    (in floating point: a point next to an edge may be counted wrongly, hence the margin)."""
    tests = []
    for r in rels:
        f = sp.lambdify(x, r.lhs - r.rhs, "math")
        strict = isinstance(r, (sp.StrictLessThan, sp.StrictGreaterThan))
        less = isinstance(r, (sp.StrictLessThan, sp.LessThan))
        tests.append((f, strict, less))
    width = (hi - lo) / _POINTS
    count = 0
    for k in range(_POINTS):
        t = lo + (k + 0.5) * width
        try:
            values = [(f(t), strict, less) for f, strict, less in tests]
        except (ValueError, ZeroDivisionError, OverflowError):
            continue
        if all((v < 0 if less else v > 0) if strict else (v <= 0 if less else v >= 0)
               for v, strict, less in values):
            count += 1
    return count


def interval_chance(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(
            template, "interval", "between", "random", "uniform"):
        return None
    w = Wording.of(split, template)
    one = w.take(_ONE)
    said = w.take(ASK + _SAID)  # "the probability that it is less than 3"
    ask = said or w.take(ASK + r"\s*(?P<e>@\d+@)")
    if len(one) != 1 or len(ask) != 1 or len(said) > 1 or not w.only_glue(_GLUE):
        return None
    m = one[0]
    slot = m.group("i") or m.group("i2")
    if slot and not re.fullmatch(r"\s*(?:\\left)?[\[(][^{}]*(?:\\right)?[\])]\s*",
                                 w.maths[int(slot[1:-1])]):
        return None  # a set of numbers ("from {1, 2, 3}"), not an interval
    said_x = m.group("x") or m.group("x2") or m.group("x3") or m.group("x4") or m.group("x5")
    name = w.maths[int(said_x.strip()[1:-1])].strip() if said_x else "x"
    if not re.fullmatch(r"[a-z]", name):
        raise Decline("a number named by one letter")
    x = sp.Symbol(name, real=True)
    lo, hi = interval(w, m)
    rels, src = _event(w, ask[0], said, sp.Symbol(name))
    rels = [r.subs(sp.Symbol(name), x) for r in rels]
    try:
        part = sp.Intersection(sp.And(*rels).as_set(), sp.Interval(lo, hi))
    except (NotImplementedError, TypeError, ValueError) as exc:
        raise Decline("an inequality I can solve exactly") from exc
    length = sp.nsimplify(part.measure) if part.measure.is_number else None
    if length is None or not length.is_real:
        raise Decline("a part of the interval with a length")
    v = sp.simplify(length / (hi - lo))
    confirm.inequality([*rels, x >= lo, x <= hi], x, part)
    inside = _midpoints(rels, x, float(lo), float(hi))
    edges = len(part.boundary) if part.boundary.is_FiniteSet else _POINTS
    confirm.check(abs(sp.Rational(inside, _POINTS) - v) <= sp.Rational(edges + 1, _POINTS),
                  f"the length agrees with {_POINTS} evenly spaced points of the interval")
    claim = f"\\frac{{{latex(length)}}}{{{latex(hi - lo)}}} = {latex(v)}"
    return v, [
        step("the sample space", "Every point of the interval is equally likely: probability "
             "is a ratio of lengths.", f"${x}$ is uniform on $[{latex(lo)}, {latex(hi)}]$, of "
             f"length ${latex(hi - lo)}$.", f"{latex(hi - lo)}"),
        step("the event's part", "Solve the inequality and keep the part inside the interval.",
             f"${src}$ holds for ${x} \\in {latex(part)}$, of length ${latex(length)}$.",
             f"{latex(length)}"),
        step("length over length", "Favourable length over total length.", f"${claim}$", claim),
    ]


__all__ = ["interval_chance"]
