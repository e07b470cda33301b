"""Typed reader: a value built from the real solutions of one equation - their sum, product,
mean, sum of squares, positive difference, the larger or smaller one, or an expression in
letters that name them.

"The quadratic $x^2 - 2x = 15$ has two solutions. What is the positive difference between
these solutions?", "What is the sum of the two solutions to the equation ...?", "Find the
absolute value of the difference of the solutions of ...", "Find the larger of the two
distinct solutions to ...", "the sum of the squares of the solutions of ...", "Let $d$ and
$e$ denote the solutions of $2x^2 - 3x - 5 = 0$. What is $(d + 1)(e + 1)$?", "The roots of
... are $p$ and $q$, with $p > q$. Find $p - 2q$." (an expression the same whichever letter
names which solution, or with an order told: "with $p > q$", "If $p < q$"). The solutions
are found and confirmed by substitution, their number by Sturm sequences
(`equations.solve_equation`); a repeated root with "roots" is declined.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.algebra import clauses, equations
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_NOUN = r"(?:the |these |its )?(?:two )?(?:distinct )?(?:real )?(?:solutions|roots)"
# "Solve E. Enter the larger root.", "Find the solutions of E and give the smaller one."
_PICK = r"(?:[.,] |,? and )(?:enter|give|write|report|state) (?:only )?the "
_ONE = r" (?:one|root|solution)\s*[.?]?\s*$"  # the last thing asked
_ASKS = [
    ("squares", re.compile(r"the sum of the squares of " + _NOUN)),
    ("sum", re.compile(r"the sum of (?:all )?" + _NOUN)),
    ("product", re.compile(r"the product of (?:all )?" + _NOUN)),
    ("mean", re.compile(r"the (?:mean|average) of (?:all )?" + _NOUN)),
    ("difference", re.compile(r"the (?:positive|nonnegative|non-negative) difference between "
                              + _NOUN + r"|the absolute value of the difference (?:of|between) "
                              + _NOUN)),
    ("larger", re.compile(r"the (?:larger|greater|bigger) of " + _NOUN + r"|" + _PICK
                          + r"(?:larger|greater|bigger)" + _ONE)),
    ("smaller", re.compile(r"the (?:smaller|lesser) of " + _NOUN + r"|" + _PICK
                           + r"(?:smaller|lesser)" + _ONE)),
]
_ORDER = r"(?:,? (?:with|where|and) @(?P<o>\d+)@)?"
_ASKED = (r"\.?,? (?:if @(?P<o2>\d+)@,? )?(?:what is|find|compute|evaluate|determine) "
          r"(?:the value of )?@(?P<t>\d+)@")
_LETTERS = [
    # "Let $d$ and $e$ denote the solutions of E. What is ...?"
    re.compile(r"let @(?P<a>\d+)@ and @(?P<b>\d+)@ (?:denote|be) " + _NOUN + r" (?:of|to) "
               r"(?:the equation )?@(?P<e>\d+)@" + _ORDER + _ASKED),
    # "The solutions of E are $p$ and $q$. What is ...?", "If the roots of E are ..."
    re.compile(r"(?:(?:if|suppose) )?" + _NOUN + r" (?:of|to) (?:the equation )?@(?P<e>\d+)@ "
               r"are @(?P<a>\d+)@ and @(?P<b>\d+)@" + _ORDER + _ASKED),
]
# the same with the question first: "Find $r + s$ if $r$ and $s$ are the roots of ..."
_LETTERS_AFTER = re.compile(r"(?:what is|find|compute|evaluate) (?:the value of )?@(?P<t>\d+)@,? "
                            r"(?:if|where|when|given that) @(?P<a>\d+)@ and @(?P<b>\d+)@ are "
                            + _NOUN + r" (?:of|to) (?:the equation )?@(?P<e>\d+)@\W*$")
VOCAB = frozenset(
    "the quadratic equation has have two real distinct solutions roots what sum product of "
    "these positive nonnegative non negative difference between absolute value larger greater "
    "bigger smaller lesser find mean average all squares let and denote be for to compute "
    "evaluate its when if where given that are with suppose determine".split())
# a combination named outside the one asked wraps it or asks another beside it
_ANOTHER_COMBINATION = re.compile(r"\b(?:sum|product|mean|average|difference|squares|larger|"
                                  r"greater|bigger|smaller|lesser|absolute)\b")
# words only a pick said after the solving may bring ("Solve E. Enter the larger root.")
_PICK_WORDS = frozenset("solve enter give write report state only one root solution".split())


def _narrowed(rest: str, eq: int) -> bool:
    """Words beside the ask that pick some solutions or ask more: "(the product of the
    solutions of E) that are negative", "... if x is positive", "... and their product"."""
    tail = rest.split(f"@{eq}@", 1)[-1]
    return bool(re.search(r"\b(?:positive|negative|integer|whole|odd|even|prime)\b", rest)
                or re.search(r"\b(?:that|which|whose|if|when|where|and|with|given|but|except|"
                             r"other)\b", tail))


def read_solution_combo(split: Split, template: str) -> Result | None:
    tmpl = template.lower()
    w = words(tmpl)
    extra = w - FILLER - VOCAB - {c for c in w if len(c) == 1}
    if not w & {"solutions", "roots", "solution", "root"} or extra and not (
            extra <= _PICK_WORDS and re.search(_PICK + r"(?:larger|greater|bigger|smaller|"
                                               r"lesser)" + _ONE, tmpl)):
        return None
    for pattern in _LETTERS:
        if lm := pattern.search(tmpl):
            order = lm.group("o") or lm.group("o2")
            return _named(split, [lm.group(k) for k in "abet"], w,
                          split.maths[int(order)] if order else None)
    la = _LETTERS_AFTER.search(tmpl)
    if la:
        return _named(split, [la.group(k) for k in "abet"], w, None)
    found = [(kind, m) for kind, p in _ASKS for m in p.finditer(tmpl)]
    if len(found) != 1 and not (len(found) == 2 and found[0][0] == "squares"):
        return None
    kind, asked = found[0]
    if _ANOTHER_COMBINATION.search(tmpl[:asked.start()] + " " + tmpl[asked.end():]):
        return None  # "the product of the sum and (the product of the roots)": more asked
    pieces = [int(i) for i in re.findall(r"@(\d+)@", tmpl)]
    eqs = [i for i in pieces if not clauses.is_letters(split.maths[i])]
    if len(eqs) != 1 or _narrowed(tmpl[:asked.start()] + " " + tmpl[asked.end():], eqs[0]):
        return None
    roots, steps = _solutions(split.maths[eqs[0]], bool(w & {"roots", "root"}),
                              [x for i in pieces if clauses.is_letters(split.maths[i])
                               for x in clauses.letters(split.maths[i])])
    if "two" in w and len(roots) != 2:
        raise Decline("not two solutions")
    rs = sorted(roots, key=lambda r: float(r))
    if kind in ("difference", "larger", "smaller") and len(rs) != 2:
        raise Decline("two solutions")
    value = final_value({
        "sum": lambda: sp.Add(*rs), "product": lambda: sp.Mul(*rs),
        "mean": lambda: sp.Add(*rs) / len(rs), "squares": lambda: sp.Add(*[r**2 for r in rs]),
        "difference": lambda: rs[1] - rs[0], "larger": lambda: rs[-1],
        "smaller": lambda: rs[0]}[kind]())
    listed = ", ".join(latex(r) for r in rs)
    steps.append(step(f"the {kind} asked for", "Combine the solutions as asked.",
                      f"From ${listed}$: ${latex(value)}$", ""))
    return value, steps


def _solutions(src: str, roots_word: bool, named: list[sp.Symbol]
               ) -> tuple[list[sp.Basic], list[Step]]:
    e = parse_latex(src)
    if isinstance(e, sp.Expr) and not isinstance(e, sp.core.relational.Relational):
        e = sp.Eq(e, 0)
    if not isinstance(e, sp.Equality) or len(e.free_symbols) != 1:
        raise Decline("one equation in one unknown")
    x = next(iter(e.free_symbols))
    if named and set(named) != {x}:
        raise Decline("the letter asked about is not the equation's")
    num = sp.numer(sp.together(e.lhs - e.rhs))
    if roots_word and (not num.is_polynomial(x)
                       or sp.degree(sp.gcd(num, sp.diff(num, x)), x) > 0):
        raise Decline("repeated roots: counted once or twice?")
    roots, steps = equations.solve_equation(e, x)
    if not all(r.is_real for r in roots):
        raise Decline("solutions that are not real")
    return list(dict.fromkeys(roots)), steps


def _named(split: Split, lm: list[str], w: set[str], order: str | None) -> Result:
    """`lm`: the pieces of the two letters, the equation and the expression asked; `order`
    the piece that orders the letters ("p > q"), if any."""
    pieces = [split.maths[int(lm[k])] for k in (0, 1)]
    names = [clauses.letters(p) if clauses.is_letters(p) else [] for p in pieces]
    if [len(n) for n in names] != [1, 1] or names[0] == names[1]:
        raise Decline("two letters for the solutions")  # `p`, `q`: one letter each
    a, b = names[0][0], names[1][0]
    roots, steps = _solutions(split.maths[int(lm[2])], "roots" in w, [])
    if len(roots) != 2:
        raise Decline("two solutions")
    target = parse_latex(split.maths[int(lm[3])])
    if sp.Symbol("e") in (a, b):  # the letter e names a solution here, not Euler's number
        target = target.xreplace({sp.E: sp.Symbol("e")})
    if not isinstance(target, sp.Expr) or not target.free_symbols <= {a, b}:
        raise Decline("an expression in the two letters")
    r1, r2 = sorted(roots, key=lambda r: float(r))
    way = "either way round"
    if order is not None:
        if _ordered(order, a, b):  # "p > q": the first letter is the larger
            r1, r2, way = r2, r1, f"${latex(a)} > {latex(b)}$"
        elif _ordered(order, b, a):
            way = f"${latex(a)} < {latex(b)}$"
        else:
            raise Decline("the order of the two letters")
    v1 = final_value(target.subs({a: r1, b: r2}, simultaneous=True))
    v2 = final_value(target.subs({a: r2, b: r1}, simultaneous=True))
    if order is None and sp.simplify(v1 - v2) != 0:
        raise Decline("the value depends on which solution each letter names")
    claim = f"{latex(target)} = {latex(v1)}"
    steps.append(step("put in the solutions", f"Here ${latex(a)} = {latex(r1)}$ and "
                      f"${latex(b)} = {latex(r2)}$ ({way}).", f"${claim}$", ""))
    return v1, steps


def _ordered(src: str, big: sp.Symbol, small: sp.Symbol) -> bool:
    """Whether the piece says `big` > `small` ("p > q" or "q < p")."""
    m = re.fullmatch(r"\s*([a-zA-Z])\s*(>|<)\s*([a-zA-Z])\s*", src)
    if m is None:
        return False
    left, right = sp.Symbol(m.group(1)), sp.Symbol(m.group(3))
    return (left, right) == ((big, small) if m.group(2) == ">" else (small, big))


__all__ = ["read_solution_combo"]
