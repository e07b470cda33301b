"""Typed reader: a number written in a radical form with letters, the letters fixed by the
form's rules, then a combination of them asked. "Rationalize the denominator of ... The
answer can be written as (A sqrt B + C)/D, where D is positive, B is not divisible by the
square of any prime and gcd(A, C, D) = 1. Find A + B + C + D.", "When the cube root of 250
is simplified, the result is a cbrt(b) with b as small as possible ...", "sqrt(7 + 4 sqrt 3)
can be written as a + b sqrt c ...", "If we write ... in the form (a sqrt 3 + b sqrt 2)/c
with c as small as possible ...".

The number is put in its one simplest writing (`simplest_terms`: a rational part and
rational multiples of k-th roots of k-th-power-free integers), and the form's terms are
matched with it: a letter alone is the rational part, a letter times a root of a letter is
one root term (several such terms are told apart only by a stated order such as B < D), a
letter times a root of a number is that root's term, and a letter below is the least
common denominator (the rules stated must ask for lowest terms, the smallest denominator
or a positive one, the convention that reads "C is positive" as the fraction in lowest
terms; and for simplest radicands when a radicand is a letter). Every word must be
one the reader knows, so an unread rule is never skipped. Confirmed by putting the letters
into the form and comparing it with the number at 40 digits, and by checking each rule
(radicands free of k-th powers by trial division, the gcd, the stated order and signs).
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from itertools import permutations

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within
from tutor.verify.real_roots import RealRoot

_VOCAB = frozenset(
    "rationalize denominator answer can be written as in form where are integers integer is "
    "positive not divisible by square cube any prime if greatest common divisor find when "
    "simplified result small possible what has have no factors which perfect other than write "
    "your lowest terms all radicals simplest radical such we express expressed may fraction "
    "both nonzero simplify solutions after rationalizing with left below factor factors that "
    "compute determine over one equals given let gives two solving rationalized root everything "
    "rational".split())
_SIMPLE_RADICAND = re.compile(r"not divisible by the (?:square|cube) of any (?:prime|integer)|"
                              r"simplest radicals?(?: form)?|perfect square|as small as possible|"
                              r"square-?free|cube-?free|no factors? (?:that|which) (?:is|are) "
                              r"an? (?:perfect )?(?:square|cube)")
_LOWEST = re.compile(r"lowest terms|greatest common divisor|as small as possible|"
                     r"simplest form")
Term = tuple[int, int]  # (radicand, index); (1, 1) for the rational part


def read_radical_form(split: Split, template: str) -> Result | None:
    if "\\sqrt" not in "".join(split.maths) or not words_within(template, _VOCAB):
        return None
    pieces = [(i, src) for i, src in enumerate(split.maths)]
    parsed = {}
    for i, src in pieces:
        try:
            parsed[i] = parse_latex(src)
        except Exception:
            return None
    values = [i for i, e in parsed.items() if isinstance(e, sp.Expr) and not e.free_symbols
              and "\\sqrt" in split.maths[i]]
    forms = [i for i, e in parsed.items() if isinstance(e, sp.Expr) and e.free_symbols
             and "\\sqrt" in split.maths[i]]
    if len(forms) == 2 and not values and re.search(r"\bsolutions\b", template):
        return _solutions_form(split, template, parsed, forms)
    if len(values) != 1 or len(forms) != 1 or any(
            isinstance(e, sp.Equality) for e in parsed.values()):
        return None
    asked = re.search(r"@(\d+)@\s*\??\s*\.?\s*$", template)
    if not asked or not isinstance(parsed[int(asked.group(1))], sp.Expr):
        return None
    value, form, goal = parsed[values[0]], parsed[forms[0]], parsed[int(asked.group(1))]
    letters = form.free_symbols
    if not goal.free_symbols or not goal.free_symbols <= letters:
        return None
    orders = [e for e in parsed.values() if isinstance(e, sp.core.relational.Relational)]
    if any(not o.free_symbols <= letters for o in orders):
        return None
    positive_all = bool(re.search(r"are positive integers", template))
    found = _match(form, simplest_terms(value), template, orders, positive_all)
    answer = sp.nsimplify(goal.subs(found))
    if not answer.is_Rational:
        raise Decline("the asked combination of the letters is not a rational number")
    confirm.number(numeric.to_mp(form.subs(found)), value,
                   "the form with the letters put in, at 40 digits")
    shown = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in sorted(found.items(), key=str))
    steps = [
        step("simplify the number", "Rationalize, simplify the radicals and combine terms.",
             f"${latex(value)} = {latex(_written(simplest_terms(value)))}$"),
        step("match the form", "Read each letter off the simplest writing.", f"${shown}$",
             shown),
        step("answer the question", "Put the letters into the asked expression.",
             f"${latex(goal)} = {latex(answer)}$", latex(answer)),
    ]
    return answer, steps


def _solutions_form(split: Split, template: str, parsed: dict, forms: list[int]) -> Result | None:
    """"The solutions of x(3x - 5) = 1 may be expressed as (m + sqrt n)/p and (m - sqrt n)/p"."""
    eqs = [e for e in parsed.values() if isinstance(e, sp.Equality)]
    if len(eqs) != 1 or len(eqs[0].free_symbols) != 1:
        return None
    x = next(iter(eqs[0].free_symbols))
    roots = sp.solve(eqs[0], x)
    asked = re.search(r"@(\d+)@\s*\??\s*\.?\s*$", template)
    if len(roots) != 2 or not asked or any(not r.is_real for r in roots):
        return None
    goal = parsed[int(asked.group(1))]
    first, second = parsed[forms[0]], parsed[forms[1]]
    if not isinstance(goal, sp.Expr) or not goal.free_symbols <= first.free_symbols:
        return None
    fits = []
    for r, other in ((roots[0], roots[1]), (roots[1], roots[0])):
        try:
            got = _match(first, simplest_terms(r), template, [], False)
        except Decline:
            continue
        if numeric.near(numeric.to_mp(second.subs(got)), numeric.to_mp(other)):
            fits.append(got)
    if len(fits) != 1:
        raise Decline("the solutions do not fill the two forms in one way")
    found = fits[0]
    confirm.solutions(eqs[0], x, [first.subs(found), second.subs(found)])
    answer = sp.nsimplify(goal.subs(found))
    shown = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in sorted(found.items(), key=str))
    return answer, [
        step("solve the equation", "Use the quadratic formula.",
             f"$x = {latex(roots[0])}$ or $x = {latex(roots[1])}$"),
        step("match the form", "Read each letter off the solutions.", f"${shown}$", shown),
        step("answer the question", "Put the letters into the asked expression.",
             f"${latex(goal)} = {latex(answer)}$", latex(answer))]


def simplest_terms(value: sp.Expr) -> dict[Term, Fraction]:
    """The number as a rational part plus rational multiples of roots of k-th-power-free
    integers, or Decline."""
    try:
        w = sp.expand(sp.sqrtdenest(sp.radsimp(value)))
    except Exception as exc:
        raise Decline("the number could not be simplified") from exc
    out: dict[Term, Fraction] = {}
    for t in sp.Add.make_args(w):
        q, rest = t.as_coeff_Mul()
        if not q.is_Rational:
            raise Decline("a term that is not a rational multiple of a root")
        key: Term = (1, 1)
        if rest != 1:
            radicand, index = 1, 0
            for f in sp.Mul.make_args(rest):
                if not (f.is_Pow and f.base.is_Integer and f.base > 0 and f.exp.is_Rational):
                    raise Decline("a term that is not a rational multiple of a root")
                if index and f.exp.q != index:
                    raise Decline("roots of two different indices in one term")
                index = int(f.exp.q)
                radicand *= int(f.base) ** int(f.exp.p)
            key = (radicand, index)
        out[key] = out.get(key, Fraction(0)) + Fraction(int(q.p), int(q.q))
    return {k: v for k, v in out.items() if v != 0}


def _written(terms: dict[Term, Fraction]) -> sp.Expr:
    return sp.Add(*(sp.Rational(v.numerator, v.denominator) * sp.root(r, k, evaluate=True)
                    if k > 1 else sp.Rational(v.numerator, v.denominator)
                    for (r, k), v in terms.items()))


def _root_of(f: sp.Basic) -> tuple[sp.Basic, int] | None:
    """(radicand, index) of a root factor of the form: sqrt(B), cbrt(B), sqrt(5)."""
    if isinstance(f, RealRoot):
        return f.args[0], int(f.args[1])
    if f.is_Pow and f.exp.is_Rational and f.exp.p == 1 and f.exp.q > 1:
        return f.base, int(f.exp.q)
    return None


def _match(form: sp.Expr, terms: dict[Term, Fraction], template: str,
           orders: list, positive_all: bool) -> dict[sp.Symbol, sp.Integer]:
    num, den = sp.fraction(sp.together(form))
    found: dict[sp.Symbol, sp.Integer] = {}
    scale = 1
    if den != 1:
        if not isinstance(den, sp.Symbol) or not (_LOWEST.search(template) or re.search(
                r"\bis positive\b|\bpositive integers\b", template)):
            raise Decline("a denominator not fixed by the stated rules")
        scale = math.lcm(*(v.denominator for v in terms.values()))
        found[den] = sp.Integer(scale)
    constant: sp.Symbol | None = None
    fixed: dict[Term, sp.Symbol | int] = {}
    lettered: dict[int, list[tuple[sp.Symbol | int, sp.Symbol]]] = {}
    for t in sp.Add.make_args(sp.expand(num)):
        coef: sp.Symbol | int = 1
        root = None
        for f in sp.Mul.make_args(t):
            if isinstance(f, sp.Symbol) and coef == 1:
                coef = f
            elif (got := _root_of(f)) is not None and root is None:
                root = got
            else:
                raise Decline("a form with a term this reader does not read")
        if root is None:
            if not isinstance(coef, sp.Symbol) or constant is not None:
                raise Decline("a form with a fixed number in it")
            constant = coef
        elif isinstance(root[0], sp.Symbol):
            lettered.setdefault(root[1], []).append((coef, root[0]))
        elif root[0].is_Integer:
            fixed[(int(root[0]), root[1])] = coef
        else:
            raise Decline("a form with a term this reader does not read")
    if any(isinstance(c, sp.Symbol) for slots in lettered.values() for c, _ in slots) and \
            not _SIMPLE_RADICAND.search(template):
        raise Decline("the radicands are not said to be in simplest form")
    left = dict(terms)

    def put(coef: sp.Symbol | int, v: Fraction) -> None:
        got = v * scale
        if got.denominator != 1 or isinstance(coef, int) and got != coef:
            raise Decline("the number does not have this form with integers")
        if isinstance(coef, sp.Symbol):
            found[coef] = sp.Integer(got.numerator)

    for key, coef in fixed.items():
        put(coef, left.pop(key, Fraction(0)))
    if constant is not None:
        put(constant, left.pop((1, 1), Fraction(0)))
    options = []
    for index, slots in lettered.items():
        keys = sorted(k for k in left if k[1] == index)
        if len(keys) != len(slots):
            raise Decline("the number's root terms do not match the form's")
        options.append([(list(zip(p, keys, strict=True))) for p in permutations(slots)])
        for k in keys:
            left.pop(k)
    if left:
        raise Decline("a term of the number has no place in the form")
    fits = []
    for choice in _product(options):
        trial = dict(found)
        for (coef, letter), key in choice:
            trial[letter] = sp.Integer(key[0])
            amount = terms[key] * scale
            if amount.denominator != 1 or isinstance(coef, int) and amount <= 0:
                break
            if isinstance(coef, int):  # "sqrt n" alone: n takes the coefficient in
                trial[letter] = sp.Integer(amount.numerator ** key[1] * key[0])
            if isinstance(coef, sp.Symbol):
                trial[coef] = sp.Integer(amount.numerator)
        else:
            if all(bool(o.subs(trial)) for o in orders) and not (
                    positive_all and any(v <= 0 for v in trial.values())):
                fits.append(trial)
    if len(fits) != 1:
        raise Decline("the stated rules leave more than one way to fill the form")
    _check_rules(fits[0], lettered, den)
    return fits[0]


def _product(options: list[list]) -> list[list]:
    out: list[list] = [[]]
    for o in options:
        out = [a + b for a in out for b in o]
    return out


def _check_rules(found: dict, lettered: dict, den: sp.Basic) -> None:
    for index, slots in lettered.items():
        for coef, letter in slots:
            if not isinstance(coef, sp.Symbol):
                continue
            r = int(found[letter])
            free = r > 1 and all(r % (p ** index) for p in range(2, math.isqrt(r) + 2))
            confirm.check(free, f"{latex(letter)} = {r} has no factor that is a {index}th "
                                "power (trial division)")
    if isinstance(den, sp.Symbol):
        radicands = {letter for slots in lettered.values() for _c, letter in slots}
        g = math.gcd(*(int(v) for k, v in found.items() if k not in radicands))
        confirm.check(g == 1 and found[den] > 0, "the fraction is in lowest terms, "
                      "its denominator positive")


__all__ = ["read_radical_form", "simplest_terms"]
