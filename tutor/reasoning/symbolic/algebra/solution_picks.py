"""Typed reader: a value picked from the real solutions of one equation in one unknown.

"What non-zero value of $x$ satisfies $(2x)^3 = (4x)^2$?", "Find the negative solution of
$x^2 + x = 12$", "If $3a^2 + 2a = 1$, what is the largest possible value of $a + 4$?",
"What is the greatest possible value of $x$ if $|x - 3| = 8$?", "Find the average of all the
possible values of $y$ if $\\sqrt{y^2 + 3} = 2$", "$n$ is a positive integer and ...;
what is $n$?". The question names what is picked: adjectives (positive, negative, nonzero,
nonnegative, integer, real), an extreme (largest, smallest ...) or a combination (sum,
product, average) of the values of the unknown or of an expression in it; conditions said
of the unknown (in words or as `x > 0`) are applied to the solutions first. The solutions
come from `equations.solve_equation`, each confirmed by substitution (and their number
by Sturm sequences for a polynomial); each value asked for is recomputed numerically.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import numeric
from tutor.reasoning.symbolic.algebra import clauses, equations, systems
from tutor.reasoning.symbolic.algebra.expressions import (
    final_value,
    in_order,
    shown,
    sign_claims,
)
from tutor.reasoning.symbolic.model import Decline, evaluated, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words

_KINDS = {"positive": "positive", "negative": "negative", "nonzero": "nonzero",
          "non-zero": "nonzero", "nonnegative": "nonnegative", "non-negative": "nonnegative",
          "integer": "integer", "integral": "integer", "real": "real"}
_EXTREMES = {w: "max" for w in "largest greatest biggest maximum highest".split()} | {
    w: "min" for w in "smallest least minimum lowest".split()}
_AGGREGATES = {"sum": "sum", "product": "product", "average": "mean", "mean": "mean"}
_ADJ = "|".join(sorted([*_KINDS, *_EXTREMES, "possible", "distinct"], key=len, reverse=True))
_NOUNS = r"values?|solutions?|numbers?|roots?"
_PICK = re.compile(
    r"(?:the )?(?:(?P<agg>sum|product|average|(?:arithmetic )?mean) of (?:all )?(?:of )?"
    r"(?:the |these )?)?(?P<adjs>(?:(?:" + _ADJ + r"),? (?:and )?)*)"
    r"(?:(?P<noun>" + _NOUNS + r")(?: (?:of|for) (?:the equation )?@(?P<t>\d+)@)?"
    r"|(?:" + "|".join(f"(?<={w} )" for w in _EXTREMES) + r")@(?P<bare>\d+)@)")
# words around the pick that only join the equation and the question
_JOIN = frozenset(
    "what is are find determine compute calculate give state which that satisfies satisfy "
    "satisfying solves solve such for where when if given makes make true equation holds "
    "hold the of a an to it its then let suppose and number numbers real do does with "
    "knowing know we assume assuming inequality all what's".split())
# "Use interval notation to express your answer.": the form an inequality's answer takes
_INTERVAL_FORM = re.compile(
    r",?\s*(?:(?:use|using|in|with) interval notation(?: to express your answer)?|express "
    r"(?:your|the) answer (?:using|in) interval notation|answer in interval notation)\b\.?")
_BARE_ASK = re.compile(r"(?:what is|what's|find|determine|compute) @(?P<bare>\d+)@\W*$")
VOCAB = frozenset([*_KINDS, *_EXTREMES, *_AGGREGATES, "possible", "distinct", "all",
                   "arithmetic", "value", "values", "solution", "solutions", "root",
                   "roots", "numbers", "non", "zero"]) | _JOIN | clauses.QUALIFIER_WORDS


def read_solution_pick(split: Split, template: str) -> Result | None:
    template = _INTERVAL_FORM.sub("", template).strip()
    if re.search(r"\bnumber of\b", template):
        return None  # "the number of real solutions": a count, not the solutions
    w = words(template)
    if w - VOCAB - {c for c in w if len(c) == 1} or not w & (
            set(_KINDS) | set(_EXTREMES) | set(_AGGREGATES) | {"possible", "all"}):
        return None
    picks = [m for m in _PICK.finditer(template)
             if (m.group("agg") or m.group("noun") or m.group("adjs").strip())
             and not (m.group("noun") or "").startswith("number") or m.group("t")]
    if not picks and (bare := _BARE_ASK.search(template)):
        picks = [bare]  # "... is negative, and ... What is $p$?": the conditions pick
    if len(picks) != 1:
        return None
    m = picks[0]
    adjs = re.findall(r"[a-z-]+", m.groupdict().get("adjs") or "")
    rest = template[:m.start()] + " @p@ " + template[m.end():]
    rest, qualified = clauses.take_qualifiers(rest, split.maths)
    if words(rest) - _JOIN - {c for c in words(rest) if len(c) == 1}:
        return None
    t = m.groupdict().get("t") or m.group("bare")
    others = [int(i) for i in re.findall(r"@(\d+)@", rest)]
    if any(not _is_relation(split.maths[i]) and not clauses.is_letters(split.maths[i])
           for i in others):
        # "If t is the negative solution of ..., what is t^3 + 2t?": an expression asked
        # besides the pick, which this reader would leave out (it answered t itself)
        return None
    noun = m.groupdict().get("noun") or ""
    if not any("=" in split.maths[i] for i in others + ([int(t)] if t else [])):
        if m.groupdict().get("agg") or set(adjs) - {"possible", "real"} or not noun.endswith("s"):
            return None
        return _inequality(split.maths, others + ([int(t)] if t else []), qualified)
    eq, x, conds = _condition_pieces(split.maths, others + ([int(t)] if t else []), qualified)
    target: sp.Basic = x
    if t is not None and not _is_relation(split.maths[int(t)]):
        target = evaluated(parse_latex(split.maths[int(t)]))
        if not isinstance(target, sp.Expr) or target.free_symbols - {x}:
            raise Decline("the value asked for is not in the equation's unknown")
    said = (m.groupdict().get("agg") or "").split()
    agg = _AGGREGATES.get(said[-1]) if said else None
    if agg and noun.startswith("root"):
        raise Decline("a repeated root would count twice in a sum of roots")
    return _pick(eq, x, conds, target, adjs, agg, plural=noun.endswith("s"))


def _inequality(maths: list[str], pieces: list[int],
                qualified: list[tuple[list[int], set[str]]]) -> Result:
    """Every value of the unknown allowed by one inequality (and the kinds said of it)."""
    relations = [i for i in pieces if _is_relation(maths[i])]
    if any(i not in relations and not clauses.is_letters(maths[i]) for i in pieces):
        # "x^2 - 5x + 6 < 0 ... all possible values of x^2 + 5x + 6": the values of an
        # expression over the solution set, not the solution set itself
        raise Decline("the values of an expression where an inequality holds")
    conds = clauses.conditions(maths, relations, qualified)
    if len(conds.inequalities) != 1 or len(conds.inequalities[0].free_symbols) != 1:
        raise Decline("one inequality in one unknown")
    rel = conds.inequalities[0]
    x = next(iter(rel.free_symbols))
    named = {s for i in pieces if clauses.is_letters(maths[i]) for s in clauses.letters(maths[i])}
    kinds = conds.kinds.get(x, set()) - {"real"}
    if named - {x} or set(conds.kinds) - {x} or kinds - set(_SIDES):
        raise Decline("a condition the inequality's solution does not take in")
    parts = [rel, *(sp.Rel(x, 0, _SIDES[k]) for k in sorted(kinds))]
    return systems.solve_inequality(sp.And(*parts) if len(parts) > 1 else rel)


_SIDES = {"positive": ">", "negative": "<", "nonnegative": ">="}
_REAL_KINDS = frozenset({"positive", "negative", "nonnegative", "real", "integer"})


def _is_relation(src: str) -> bool:
    return bool(re.search(r"=|<|>|\\[lg]eq?(?![a-z])|\\neq?(?![a-z])", src))


def _condition_pieces(maths: list[str], pieces: list[int],
                      qualified: list[tuple[list[int], set[str]]]
                      ) -> tuple[sp.Equality, sp.Symbol, clauses.Conditions]:
    """The one equation, its unknown, and the conditions said of that unknown."""
    relations = [i for i in pieces if _is_relation(maths[i])]
    conds = clauses.conditions(maths, relations, qualified)
    if len(conds.equations) != 1:
        raise Decline("the question is about one equation")
    eq = evaluated(conds.equations[0])
    if not isinstance(eq, sp.Equality) or len(eq.free_symbols) != 1:
        raise Decline("one equation in one unknown")
    x = next(iter(eq.free_symbols))
    named = {s for i in pieces if clauses.is_letters(maths[i]) for s in clauses.letters(maths[i])}
    if named - {x} or set(conds.kinds) - {x} or any(
            r.free_symbols - {x} for r in conds.inequalities):
        raise Decline("a letter that is not the equation's unknown")
    return eq, x, conds


def _pick(eq: sp.Equality, x: sp.Symbol, conds: clauses.Conditions, target: sp.Basic,
          adjs: list[str], agg: str | None, plural: bool) -> Result:
    # a sign, 'real' or 'integer' said of the values: only real solutions are meant, so
    # non-real roots of a polynomial do not make the question ambiguous
    said = {_KINDS[a] for a in adjs if a in _KINDS} | set(conds.kinds.get(x, set()))
    roots, steps = equations.solve_equation(eq, x, over_reals=bool(said & _REAL_KINDS))
    kept = [r for r in roots if conds.holds({x: r})]
    if len(kept) != len(roots):
        claim = ", ".join(latex(r) for r in kept) or "none"
        steps.append(step("apply the conditions", "Keep only the solutions the question allows.",
                          f"Of ${', '.join(latex(r) for r in roots)}$, the ones meeting the "
                          f"conditions on ${latex(x)}$: ${claim}$.", ""))
    values: list[sp.Basic] = []
    for r in kept:
        v = final_value(target.subs(x, r))
        approx = numeric.at(target, x, sp.N(r, 60) if not r.is_Rational else r)
        if not v.is_real or approx is None or not numeric.near(numeric.to_mp(v), approx, 1e-25):
            raise Decline("a value that cannot be confirmed")
        if target != x:
            claim = f"{shown(target, {x: r})} = {latex(v)}"
            steps.append(step("substitute the solution", f"Put ${latex(x)} = {latex(r)}$ into "
                              "the expression asked about.", f"${claim}$", claim))
        if v not in values:
            values.append(v)
    kinds = {_KINDS[a] for a in adjs if a in _KINDS} - {"real"}
    test = clauses.Conditions(kinds={x: kinds})
    chosen = [v for v in values if test.holds({x: v})]
    if kinds and chosen != values:
        listed = ", ".join(latex(v) for v in chosen) or "none"
        signs = sign_claims(values) if kinds <= {"positive", "negative"} else ""
        steps.append(step(f"keep the {' '.join(sorted(kinds))} values",
                          "Only values of that kind are asked for.",
                          f"Of ${', '.join(latex(v) for v in values)}$, the "
                          f"{' and '.join(sorted(kinds))} ones: ${listed}$"
                          + (f", as ${signs}$." if signs else "."), signs))
    if not chosen:
        raise Decline("no solution with the property asked for")
    chosen.sort(key=lambda v: float(v))
    extremes = {_EXTREMES[a] for a in adjs if a in _EXTREMES}
    if len(extremes) > 1 or extremes and agg:
        raise Decline("two picks at once")
    if extremes:
        best = chosen[-1] if extremes == {"max"} else chosen[0]
        word = "largest" if extremes == {"max"} else "smallest"
        chain = in_order(chosen)
        steps.append(step(f"take the {word}", "Compare the possible values.",
                          f"The possible values are ${', '.join(latex(v) for v in chosen)}$; "
                          f"the {word} is ${latex(best)}$"
                          + (f", since ${chain}$." if chain else "."), chain))
        return best, steps
    if agg:
        total = sp.Add(*chosen) if agg != "product" else sp.Mul(*chosen)
        value = final_value(total / len(chosen) if agg == "mean" else total)
        op = " \\cdot " if agg == "product" else " + "
        claim = op.join(f"\\left({latex(v)}\\right)" for v in chosen) + f" = {latex(total)}"
        steps.append(step(f"combine: {agg}", "Combine the values as asked.", f"${claim}$", claim))
        if agg == "mean":
            claim = f"\\frac{{{latex(total)}}}{{{len(chosen)}}} = {latex(value)}"
            steps.append(step("divide by how many", "An average is the sum over the count.",
                              f"${claim}$", claim))
        return value, steps
    if len(chosen) != 1 and not plural:
        raise Decline("the question expects one value, the equation gives several")
    return ", ".join(latex(v) for v in chosen), steps


__all__ = ["VOCAB", "read_solution_pick"]
