"""Typed reader: the least or greatest value of an expression in one or more real variables,
with sign qualifiers and equations that tie the variables.

"Find the minimum value of $x^2 + xy + 2y^2 - 4y$ over all real numbers $x$ and $y$",
"Let $a$ and $b$ be positive real numbers with $a + b = 1$. What is the largest possible
value of $a^2 b$?", "Find the smallest value of $\\frac{p}{q} + \\frac{4q}{p}$ where $p$ and
$q$ are positive reals", "... for $t > 0$".

Found exactly: an equation is used to write one variable through the others; an expression
unchanged when positive variables are all scaled gets one variable set to 1; the critical
point is found exactly (`exact_critical`: every partial derivative vanishes there, shown
exactly) and a variable allowed to be 0 may sit on that edge. Confirmed independently by a
numerical search over the whole region (`numeric_search`): it must reach the same value and
never beat it. An extreme that is only approached (at an edge or far away) never matches an
exact critical point, so it is declined.
"""

from __future__ import annotations

import math
import re

import sympy as sp
from sympy.core.relational import Relational

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import clauses
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Decline, Step, evaluated, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials import numeric_search
from tutor.reasoning.symbolic.polynomials.exact_critical import critical_point, is_zero
from tutor.reasoning.symbolic.polynomials.extreme_reductions import (
    KINDS,
    full_point,
    kind,
    objective_of,
    reductions,
)
from tutor.reasoning.symbolic.polynomials.piecewise_linear import extreme_of_corners
from tutor.reasoning.symbolic.typed import words, words_within

_WHICH = {"minimum": "min", "least": "min", "smallest": "min", "lowest": "min",
          "minimal": "min", "maximum": "max", "greatest": "max", "largest": "max",
          "highest": "max", "maximal": "max"}
_ASK = re.compile(r"(?:the )?(?P<which>" + "|".join(_WHICH) + r")(?: possible)?"
                  r"(?: (?:value|values) (?:of|for|that)| of)(?: the (?:expression|sum|"
                  r"product|quantity|function))? @(?P<t>\d+)@")
VOCAB = frozenset(_WHICH) | frozenset(
    "possible value of over all real numbers number reals positive nonnegative non negative "
    "nonzero zero let be such that where with satisfy satisfying satisfies satisfied given sum "
    "expression product quantity function and are is can take takes attain attains "
    "when for any every as ranges range varies vary achieve achieves respectively denote "
    "difference quotient ratio calculate".split())
_DEFINED = re.compile(r"^\s*[a-zA-Z]\s*\(\s*[a-z]\s*(?:,\s*[a-z]\s*)*\)\s*=(?P<body>[^=]+)$")
_RANGES = re.compile(r"\b(?:as|where|when) (@\d+@) (?:ranges|varies) over (?:all )?(?:the )?"
                     r"real numbers")
_PAIR = re.compile(r"\blet @(?P<a>\d+)@ and @(?P<b>\d+)@ (?:be|denote) the (?P<w1>" +
                   "|".join(_WHICH) + r") and (?:the )?(?P<w2>" + "|".join(_WHICH) +
                   r")(?: possible)? values of (?:the (?:expression|sum|product) )?"
                   r"@(?P<t>\d+)@,?(?: respectively)?")
_PAIR_ASK = re.compile(r"\b(?:find|compute|determine|calculate|evaluate|what is)(?: the "
                       r"(?:value|product|sum|difference|quotient|ratio))?(?: of)? @(?P<q>\d+)@"
                       r"\W*$")
_SIGN_RELATION = {(">", True, True): "positive", (">=", True, True): "nonnegative",
                  ("<", True, True): "negative"}
_MAX_VARIABLES = 4


def read(split: Split, template: str) -> Result | None:
    w = words(template)
    if not w & set(_WHICH):
        return None
    split, template = _letter_product(*_article_letter(split, template))
    w = words(template)
    template = re.sub(r"\breals\b|\breal values of\b", "real numbers", template)
    template = _RANGES.sub(r"over all real numbers \1", template)
    if not words_within(template, VOCAB | {c for c in w if len(c) == 1 and c not in "ai"}):
        return None
    pair = _PAIR.search(template)
    if pair:
        return _pair(split, template, pair)
    found = list(_ASK.finditer(template))
    if len(found) != 1:
        return None
    m = found[0]
    conds = _conditions(split, template[:m.start()] + " " + template[m.end():])
    return extreme(_target(split.maths[int(m.group("t"))]), conds, _WHICH[m.group("which")])


_BARE_PRODUCT = re.compile(r"\b(?:" + "|".join(_WHICH) + r")(?: possible)?(?: (?:value|values))? "
                           r"of (?:the product )?(?P<w>[a-z]{2,4})(?=\W*$)")
# "for positive real numbers a and $b$" typed plainly: the letter a is read as the article,
# so it stays a word; beside "and" and another letter it is a letter of the list
_ARTICLE_LETTER = re.compile(r"\ba(?= and @(?P<next>\d+)@)|(?<=@(?P<prev>\d)@ and )a\b"
                             r"|(?<=@(?P<prev2>\d\d)@ and )a\b")


def _article_letter(split: Split, template: str) -> tuple[Split, str]:
    """The word "a" made a maths piece where it is listed with other letters ("a and @1@")
    and the expressions of the problem use the letter a; otherwise the template as it is."""
    m = _ARTICLE_LETTER.search(template)
    if m is None:
        return split, template
    beside = split.maths[int(m.group("next") or m.group("prev") or m.group("prev2"))]
    used = any(re.search(r"(?<![A-Za-z\\])a(?![A-Za-z])", piece) for piece in split.maths
               if not clauses.is_letters(piece))
    if not clauses.is_letters(beside) or not used:
        return split, template
    n = len(split.maths)
    template = template[:m.start()] + f"@{n}@" + template[m.end():]
    return type(split)(template, [*split.maths, "a"]), template


def _letter_product(split: Split, template: str) -> tuple[Split, str]:
    """"... find the maximum value of xy" typed without dollars: a bare word whose letters
    are all different letters the problem names as its variables ("let x and y be ...") is
    their product; it becomes a maths piece. Any other word is left as it is."""
    m = _BARE_PRODUCT.search(template)
    if m is None:
        return split, template
    word = m.group("w")
    named = {str(x) for i in map(int, re.findall(r"@(\d+)@", template[:m.start()]))
             if clauses.is_letters(split.maths[i]) for x in clauses.letters(split.maths[i])}
    if len(set(word)) != len(word) or not set(word) <= named:
        return split, template
    n = len(split.maths)
    return (type(split)(template[:m.start("w")] + f"@{n}@" + template[m.end("w"):],
                        [*split.maths, " ".join(word)]),
            template[:m.start("w")] + f"@{n}@" + template[m.end("w"):])


def _target(src: str) -> sp.Expr:
    named_fn = _DEFINED.match(src)  # "f(x) = x + 1/x": the expression is the right side
    target = parse_latex(named_fn.group("body") if named_fn else src)
    if isinstance(target, Relational) or not isinstance(target, sp.Expr):
        raise Decline("the question is not about an expression")
    return evaluated(target)


def _conditions(split: Split, rest: str) -> clauses.Conditions:
    """The conditions said in the problem outside its question."""
    rest, qualified = clauses.take_qualifiers(rest, split.maths)
    if re.search(r"\b(?:numbers?|reals?)\b", rest):
        raise Decline("a number said of something that is not a list of letters")
    others = [int(i) for i in re.findall(r"@(\d+)@", rest)]
    named = {i for idx, _ in qualified for i in idx}
    for i in others:
        if i not in named and clauses.is_letters(split.maths[i]):
            raise Decline("a letter named without a condition")
    conds = clauses.conditions(split.maths, others, qualified)
    for rel in list(conds.inequalities):  # x > 0, y >= 0: sign qualifiers written as maths
        sign = _SIGN_RELATION.get((rel.rel_op, rel.lhs.is_Symbol, rel.rhs == 0))
        if sign and not conds.kinds.get(rel.lhs, set()) & set(KINDS):
            conds.kinds.setdefault(rel.lhs, set()).add(sign)
            conds.inequalities.remove(rel)
    return conds


def _pair(split: Split, template: str, pair: re.Match[str]) -> Result:
    """"Let m and M be the minimum and maximum values of E. Find mM": both extremes, then
    the expression in their names."""
    names = [clauses.letters(split.maths[int(pair.group(k))]) for k in ("a", "b")]
    if any(len(n) != 1 for n in names) or names[0] == names[1]:
        raise Decline("one letter for each extreme value")
    ask = _PAIR_ASK.search(template)
    if ask is None or ask.start() < pair.end():
        raise Decline("what is asked of the two extreme values")
    query = parse_latex(split.maths[int(ask.group("q"))])
    symbols = {names[0][0], names[1][0]}
    if not isinstance(query, sp.Expr) or not query.free_symbols <= symbols:
        raise Decline("the question is not about the two extreme values")
    rest = template[:pair.start()] + " " + template[pair.end():ask.start()] + " " + \
        template[ask.end():]
    target = _target(split.maths[int(pair.group("t"))])
    values, steps = {}, []
    for name, which in zip(names, (pair.group("w1"), pair.group("w2")), strict=True):
        value, more = extreme(target, _conditions(split, rest), _WHICH[which])
        values[name[0]] = value
        steps += more
    if _WHICH[pair.group("w1")] == _WHICH[pair.group("w2")]:
        raise Decline("both extremes of the same kind")
    answer = sp.radsimp(sp.simplify(evaluated(query).subs(values)))
    claim = f"{shown(evaluated(query), values)} = {latex(answer)}"
    return answer, steps + [step("combine", "Put the two extreme values into the expression "
                                 "asked for.", f"${claim}$", claim)]


def _variables(target: sp.Expr, conds: clauses.Conditions) -> list[sp.Symbol]:
    xs: set[sp.Basic] = set(target.free_symbols)
    for rel in [*conds.equations, *conds.inequalities]:
        xs |= rel.free_symbols
    xs |= set(conds.kinds)
    if not xs or len(xs) > _MAX_VARIABLES or any(not isinstance(x, sp.Symbol) for x in xs):
        raise Decline("one to four real variables")
    if target.has(sp.Abs, sp.floor, sp.ceiling, sp.Piecewise, sp.Max, sp.Min):
        raise Decline("corners where the derivative does not exist")
    for x in xs:
        if conds.kinds.get(x, set()) - {*KINDS, "nonzero"}:
            raise Decline("an integer variable")
        if len(conds.kinds.get(x, set()) & set(KINDS)) > 1:
            raise Decline("two sign qualifiers on one variable")
    return sorted(xs, key=str)  # type: ignore[arg-type]


def extreme(target: sp.Expr, conds: clauses.Conditions, which: str) -> Result:
    if target.has(sp.Abs) and len(target.free_symbols) == 1 and not conds.equations \
            and not conds.inequalities and not set(conds.kinds) - target.free_symbols \
            and not any(conds.kinds.values()):
        return extreme_of_corners(target, next(iter(target.free_symbols)), which)
    xs = _variables(target, conds)
    if len(conds.equations) > 2:
        raise Decline("more than two equations tie the variables")
    target = sp.expand(target) if target.is_polynomial() else target
    sign = 1 if which == "min" else -1
    best: tuple[float, dict[sp.Symbol, float]] = (math.inf, {})
    for r in reductions(target, conds.equations, xs, conds):
        kinds = [kind(conds, x) for x in r.free]
        try:
            p, v = numeric_search.least(objective_of(r, conds, sign), kinds)
        except Decline:
            continue  # a branch with no allowed point (z = -sqrt(...) with z positive)
        if v < best[0]:
            best = (v, full_point(r, p))
    best_v, at = best
    if not abs(best_v) < 1e9:
        raise Decline("the expression seems unbounded")
    edge = {x: sp.S.Zero for x in xs if kind(conds, x) == "nonnegative" and abs(at[x]) < 1e-6}
    eqs = [sp.Eq(e.lhs.subs(edge), e.rhs.subs(edge)) for e in conds.equations]
    if any(e is sp.false for e in eqs):
        raise Decline("an edge point breaks an equation")
    rest = [x for x in xs if x not in edge]
    found = [r for r in reductions(target.subs(edge), [e for e in eqs if e is not sp.true],
                                    rest, conds, settled=bool(edge))
             if all(abs(v - at[x]) <= 1e-6 * max(1, abs(at[x]))
                    for x, v in full_point(r, [at[x] for x in r.free]).items())]
    if not found:
        raise Decline("the best point is on no branch of the equations")
    r = found[0]
    point = critical_point(r.f, r.free, [at[x] for x in r.free])
    full = {**edge, **point, **{x: sp.radsimp(sp.simplify(e.subs(point)))
                                for x, e in r.through.items()}}
    _check_region(full, conds)
    value = sp.radsimp(sp.simplify(target.subs(full)))
    if value.free_symbols or not value.is_real:
        raise Decline("the value at the critical point is not a real number")
    exact = float(sp.N(value, 30))
    confirm.check(abs(sign * exact - best_v) <= 1e-8 * max(1.0, abs(exact)),
                  "the extreme value agrees with a numerical search over the whole region")
    return value, r.steps + _steps(target, xs, full, value, which, bool(edge))


def _steps(target: sp.Expr, xs: list[sp.Symbol], full: dict[sp.Symbol, sp.Basic],
           value: sp.Basic, which: str, edge: bool) -> list[Step]:
    word, better = ("smallest", "smaller") if which == "min" else ("largest", "larger")
    where = ", ".join(f"{latex(x)} = {latex(full[x])}" for x in xs)
    c1 = f"{shown(target, full)} = {latex(value)}"
    hint = "Set every partial derivative to zero" + (
        "; a variable allowed to be 0 may also sit at 0." if edge else ".")
    return [step("find the critical point", hint, f"The derivatives vanish at ${where}$.", ""),
            step("evaluate", "Put the point into the expression.", f"${c1}$", c1),
            step("compare", "Check that no allowed point gives a better value.",
                 f"A search over the whole allowed region finds nothing {better}, so the {word} "
                 f"value is ${latex(value)}$.", "")]


def _check_region(full: dict[sp.Symbol, sp.Basic], conds: clauses.Conditions) -> None:
    for eq in conds.equations:
        if not is_zero((eq.lhs - eq.rhs).subs(full)):
            raise Decline("the point does not satisfy the equation")
    if not conds.holds(full):
        raise Decline("the point is outside the allowed region")


__all__ = ["read"]
