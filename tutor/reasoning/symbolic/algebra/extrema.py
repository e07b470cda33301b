"""Typed reader: the least or greatest value of an expression in one real variable.

"What is the minimum value of $2x^2 - 8x + 3$?", "Find the largest possible value of $y$
if $y = -x^2 + 4x$", "In the equation $k = (x + 2)(x - 6)$, what is the least possible value
for $k$?", "the maximum of $x^3 - 3x$ on the interval $[-2, 3]$" or "... for $0 \\le x \\le 3$",
and with two letters tied by one equation: "If $a + b = 8$, what is the greatest possible
value of $ab$?". Found exactly (vertex form, or critical points and the ends of the
range) and confirmed numerically: the function sampled densely over the range, the best
sample refined locally with mpmath, must reach the same value and never beat it.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp
from sympy.calculus.util import continuous_domain

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import clauses
from tutor.reasoning.symbolic.algebra.expressions import final_value, shown
from tutor.reasoning.symbolic.model import Decline, Step, evaluated, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.typed import FILLER, words

Result = tuple[sp.Basic | str, list[Step]]

_WHICH = {"minimum": "min", "least": "min", "smallest": "min", "lowest": "min",
          "maximum": "max", "greatest": "max", "largest": "max", "highest": "max"}
_KINDS = r"(?:expression|function|quadratic|polynomial|quadratic function|quadratic expression)"
_ASK = re.compile(r"(?:the )?(?P<which>" + "|".join(_WHICH) + r")(?:(?: possible)? (?:value|"
                  r"number) (?:of|for|that|(?:attained|taken|reached) by)| of) (?:the " + _KINDS
                  + r" )?@(?P<t>\d+)@"
                  # "f(x) = ... has a minimum value. What is it?"
                  r"|@(?P<t2>\d+)@ (?:has|attains|reaches|takes) (?:a|an|its) "
                  r"(?P<which2>" + "|".join(_WHICH) + r")(?: possible)? value")
# "y = x^2 - 6x + 13", "f(x) = 2x^2 + 8x + 3": the function asked about, by its formula
_DEFINED = re.compile(r"^\s*(?:[a-z]|[a-zA-Z]\s*\(\s*[a-z]\s*\))\s*=\s*(.+)$", re.S)
VOCAB = frozenset(_WHICH) | frozenset(
    "possible value number for of over all real numbers on interval in equation where "
    "when with function expression can take takes attain attains have has whose and "
    "positive nonnegative non negative quadratic polynomial reaches attained taken reached by "
    "as ranges varies subject".split())
_SAMPLES = 600


def read_extremum(split: Split, template: str) -> Result | None:
    # "be two positive numbers": the count is checked against the letters by take_qualifiers
    w = words(re.sub(rf"\b(be|are) (?:two|three|four) (?={clauses.ADJ})", r"\1 ", template))
    if not (w & set(_WHICH)) or w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    found = list(_ASK.finditer(template))
    if len(found) != 1:
        return None
    m = found[0]
    which = _WHICH[m.group("which") or m.group("which2")]
    t_piece = int(m.group("t") or m.group("t2"))
    rest = template[:m.start()] + " " + template[m.end():]
    got = reduced(split, rest, split.maths[t_piece])
    if got is None:
        return None
    e, x, box, steps, _ = got
    value, more = extreme(e, x, box, which)
    return value, steps + more


def reduced(split: Split, rest: str, src: str
            ) -> tuple[sp.Expr, sp.Symbol, sp.Set, list[Step], clauses.Conditions] | None:
    """The expression `src` as a function of one variable, its allowed range, the steps that
    got there and the conditions read, from the problem without its question (`rest`)."""
    rest, qualified = clauses.take_qualifiers(rest, split.maths)
    if re.search(r"\bnumbers?\b", rest) and not re.search(r"\breal numbers?\b", rest):
        return None
    others = [int(i) for i in re.findall(r"@(\d+)@", rest)]
    defined = _DEFINED.match(src)
    if defined and not re.search(r"[a-z]\s*\(", defined.group(1)):
        src = defined.group(1)  # the formula of the function named on the left
    target = parse_latex(src)
    if isinstance(target, sp.core.relational.Relational) or not isinstance(target, sp.Expr):
        raise Decline("the question is not about an expression")
    conds = clauses.conditions(split.maths, [i for i in others if not clauses.is_letters(
        split.maths[i]) and not _interval(split.maths[i])], qualified)
    region = [_interval(split.maths[i]) for i in others if _interval(split.maths[i])]
    bare = [i for i in others if clauses.is_letters(split.maths[i])
            and not any(i in idx for idx, _ in qualified)]
    e, x, steps = _one_variable(target, conds)
    if any(set(clauses.letters(split.maths[i])) - {x} for i in bare):
        raise Decline("a letter that is not the variable")
    rels = [r for r in conds.inequalities if r.free_symbols == {x}]
    if len(rels) != len(conds.inequalities) or len(region) > 1:
        raise Decline("conditions on other letters")
    box = region[0] if region else sp.S.Reals
    for r in rels:
        box &= sp.solve_univariate_inequality(r, x, relational=False)
    for kind in conds.kinds.get(x, set()):
        box &= {"positive": sp.Interval.open(0, sp.oo), "nonnegative": sp.Interval(0, sp.oo),
                "negative": sp.Interval.open(-sp.oo, 0)}.get(kind, sp.S.Reals)
        if kind in ("integer", "nonzero"):
            raise Decline("an integer or nonzero variable")
    return e, x, box, steps, conds


def _interval(src: str) -> sp.Interval | None:
    """`[a, b]`, `(a, b]`, ... as an interval of numbers, else None."""
    m = re.fullmatch(r"\s*(\\left)?\s*([\[(])(.+),(.+?)(\\right)?\s*([\])])\s*", src)
    if not m:
        return None
    try:
        lo, hi = parse_latex(m.group(3)), parse_latex(m.group(4))
    except Decline:
        return None
    if lo.free_symbols or hi.free_symbols or not (lo.is_real and hi.is_real) or lo >= hi:
        return None
    return sp.Interval(lo, hi, m.group(2) == "(", m.group(6) == ")")


def _one_variable(target: sp.Expr, conds: clauses.Conditions
                  ) -> tuple[sp.Expr, sp.Symbol, list[Step]]:
    """The target as a function of one variable: through `y = f(x)`, or by solving the one
    equation that ties two letters for one of them."""
    target = evaluated(target)
    steps: list[Step] = []
    eqs = list(conds.equations)
    if isinstance(target, sp.Symbol):
        defs = [e for e in eqs if target in (e.lhs, e.rhs) and len(e.free_symbols) == 2]
        if len(defs) == 1 and len(eqs) == 1:
            d = defs[0]
            target = evaluated(d.rhs if d.lhs == target else d.lhs)
            if target.has(d.lhs if d.rhs == target else d.rhs):
                raise Decline("the letter is on both sides")
            eqs = []
    if len(eqs) > 1 or (eqs and len(target.free_symbols) != 2):
        raise Decline("one equation may tie two letters")
    if eqs:
        eq = eqs[0]
        for v in sorted(target.free_symbols, key=str, reverse=True):
            sols = sp.solve(eq, v)
            if len(sols) == 1 and not (eq.free_symbols - target.free_symbols):
                kinds = conds.kinds.pop(v, set())
                conds.inequalities = [r.subs(v, sols[0]) for r in conds.inequalities]
                conds.inequalities += [{"positive": sols[0] > 0, "nonnegative": sols[0] >= 0,
                                        "negative": sols[0] < 0}[k] for k in kinds
                                       if k in ("positive", "nonnegative", "negative")]
                if kinds - {"positive", "nonnegative", "negative"}:
                    raise Decline("an integer or nonzero letter")
                claim = f"{latex(v)} = {latex(sols[0])}"
                steps.append(step("use the equation", f"Write ${latex(v)}$ through the other "
                                  "letter, so there is one variable.", f"From "
                                  f"${latex(eq)}$, ${claim}$.", claim))
                target = sp.expand(target.subs(v, sols[0]))
                break
        else:
            raise Decline("the equation does not give one letter through the other")
    if len(target.free_symbols) != 1:
        raise Decline("a function of one variable")
    return target, next(iter(target.free_symbols)), steps


def _at(e: sp.Expr, x: sp.Symbol, t: sp.Basic) -> sp.Basic:
    return final_value(e.subs(x, t))


def extreme(e: sp.Expr, x: sp.Symbol, box: sp.Set, which: str) -> Result:
    """The least or greatest value of e(x) over `box`, exactly, then confirmed."""
    if e.has(sp.Abs, sp.floor, sp.ceiling, sp.Piecewise, sp.Max, sp.Min):
        raise Decline("corners where the derivative does not exist")
    dom = continuous_domain(e, x, sp.S.Reals) & box
    if not isinstance(dom, sp.Interval):
        raise Decline("one interval only")
    sign = 1 if which == "max" else -1
    d = sp.together(sp.diff(e, x))
    if sp.solveset(sp.denom(d), x, dom.interior) != sp.S.EmptySet:  # the ends are candidates
        raise Decline("the derivative is undefined inside the range")
    top = sp.numer(d)
    if top.is_polynomial(x) and any(sp.degree(f, x) > 2 for f, _ in sp.factor_list(top)[1]):
        raise Decline("critical points that need cubic or quartic radicals")
    found = sp.solveset(top, x, dom)
    if not isinstance(found, sp.FiniteSet) and found is not sp.S.EmptySet or len(found) > 6:
        raise Decline("critical points not found")
    crit = list(found)
    cands = {p: _at(e, x, p) for p in crit}
    ends = [(dom.start, not dom.left_open, "+"), (dom.end, not dom.right_open, "-")]
    for end, closed, _ in ends:
        if closed:
            cands[end] = _at(e, x, end)
    if not cands:
        raise Decline("no critical point and no closed end")
    best = max(cands, key=lambda p: sign * float(sp.N(cands[p], 30)))
    value = cands[best]
    for end, closed, side in ends:
        if closed:
            continue
        lim = sp.limit(e, x, end, side)
        if lim.is_extended_real is not True or (lim.is_finite and sign * (lim - value) >= 0):
            raise Decline("the extreme value is approached at an end, not reached")
        if not lim.is_finite and sign * lim > 0:
            raise Decline("unbounded")
    _confirm(e, x, dom, value, which)
    return value, _steps(e, x, d, crit, best, value, which)


def _steps(e: sp.Expr, x: sp.Symbol, d: sp.Basic, crit: list[sp.Basic], best: sp.Basic,
           value: sp.Basic, which: str) -> list[Step]:
    word = "largest" if which == "max" else "smallest"
    c3 = f"{shown(e, {x: best})} = {latex(value)}"
    if e.is_polynomial(x) and sp.degree(e, x) == 2 and best in crit:
        a = sp.Poly(e, x).LC()
        lead = {1: "", -1: "-"}.get(a, latex(a) + " ")
        claim = f"{latex(sp.expand(e))} = {lead}\\left({latex(x - best)}\\right)^{{2}} " \
            f"+ {latex(value)}".replace("+ -", "- ")
        return [step("complete the square", "Write the quadratic in vertex form.",
                     f"${claim}$", claim),
                step("read off the vertex", f"The square is never negative, so the {word} "
                     f"value is at ${latex(x)} = {latex(best)}$.", f"${c3}$", c3)]
    c1 = f"\\frac{{d}}{{d{latex(x)}}}\\left({latex(e)}\\right) = {latex(d)}"
    first = step("differentiate", "The extreme values are at critical points or at the "
                 "ends of the range.", f"${c1}$", c1)
    last = step("compare the values", "Compare the values at the critical points and "
                "the ends of the range.", f"${c3}$ is the {word} value.", c3)
    if not crit:
        last.text = (f"The derivative is never zero in the range, so the {word} value is at "
                     f"an end: " + last.text)
        return [first, last]
    checks = ", ".join(f"${shown(d, {x: p})} = 0$" for p in crit)
    return [first, step("find the critical points", "Solve f'(x) = 0 in the allowed range.",
                        f"Critical points: {checks}", checks.split("$")[1]), last]


def _confirm(e: sp.Expr, x: sp.Symbol, dom: sp.Interval, value: sp.Basic, which: str) -> None:
    """Dense sampling over the range, then a local refinement of the best sample."""
    sign = 1 if which == "max" else -1
    lo, hi = dom.start, dom.end

    def point(k: int) -> mpmath.mpf:
        u = mpmath.mpf(k + 1) / (_SAMPLES + 2)  # inside (0, 1)
        if lo.is_finite and hi.is_finite:
            return mpmath.mpf(str(sp.N(lo, 30))) + u * mpmath.mpf(str(sp.N(hi - lo, 30)))
        if lo.is_finite:
            return mpmath.mpf(str(sp.N(lo, 30))) + u / (1 - u) * 10
        if hi.is_finite:
            return mpmath.mpf(str(sp.N(hi, 30))) - u / (1 - u) * 10
        return (2 * u - 1) / (1 - (2 * u - 1) ** 2) * 10

    def f(t: mpmath.mpf) -> mpmath.mpf | None:
        v = e.evalf(30, subs={x: sp.Float(str(t), 30)})
        if not v.is_number or not v.is_real or v.has(sp.zoo, sp.nan):
            return None
        return mpmath.mpf(str(v))

    want = mpmath.mpf(str(sp.N(value, 30)))
    samples: list[tuple[mpmath.mpf, mpmath.mpf]] = []
    for t in [point(k) for k in range(_SAMPLES)] + [
            mpmath.mpf(str(sp.N(end, 30))) for end, closed in
            ((lo, not dom.left_open), (hi, not dom.right_open)) if closed and end.is_finite]:
        if (v := f(t)) is not None:
            samples.append((t, v))
    if len(samples) < _SAMPLES // 2:
        raise Decline("the function could not be sampled")
    tol = mpmath.mpf("1e-9") * max(1, abs(want))
    if any(sign * (v - want) > tol for _, v in samples):
        confirm.check(False, "a sampled value beats the extreme value found")
    samples.sort()
    k0 = max(range(len(samples)), key=lambda k: sign * samples[k][1])
    a = samples[max(k0 - 1, 0)][0]  # the best sample's neighbours bracket the extreme
    b = samples[min(k0 + 1, len(samples) - 1)][0]
    golden = (mpmath.sqrt(5) - 1) / 2
    for _ in range(120):  # golden-section search for the local extreme near the best sample
        c, d = b - golden * (b - a), a + golden * (b - a)
        fc, fd = f(c), f(d)
        if fc is None or fd is None:
            break
        if sign * fc > sign * fd:
            b = d
        else:
            a = c
    got = f((a + b) / 2)
    if lo.is_finite and not dom.left_open or hi.is_finite and not dom.right_open:
        got = max([g for g in (got, *(v for _, v in samples)) if g is not None],
                  key=lambda g: sign * g)
    confirm.check(got is not None and abs(got - want) <= mpmath.mpf("1e-7") * max(1, abs(want)),
                  "the extreme value agrees with dense sampling and a local numerical search")


__all__ = ["extreme", "read_extremum", "reduced"]
