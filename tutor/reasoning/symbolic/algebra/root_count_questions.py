"""Typed reader: the values of a letter for which an equation has a given number of
solutions.

"Find all real numbers $a$ such that $x^3 - ax^2 - 2ax + a^2 - 1 = 0$ has exactly one real
solution in $x$", "For which values of $c$ does $x^4 - 2x^2 + c = 0$ have exactly two real
solutions?", "Compute the value of $k$ such that $\\frac{x + 2}{kx - 1} = x$ has exactly
one solution", "Find all $p$ for which $x^4 + 2px^3 + x^2 + 2px + 1 = 0$ has at least two
distinct negative real roots", "If $x^3 - 3x + m = 0$ has three distinct real roots, what
are the possible values of $m$?".

The count is read from the words (exactly / only / no / at least / at most; distinct,
positive, negative, real), and solved by `root_count_parameters` (critical values of the
letter, an exact count on each piece, confirmed numerically). Where the words leave a
choice open the answer is found under each reading and must be the same: "solutions"
without "real" (real ones, or complex ones too), "roots" without "distinct" (each once, or
with multiplicity). "The value" must be one value.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.algebra.root_count_parameters import (
    Counting,
    Equation,
    Wanted,
    cleared,
    confirm_values,
    count_at,
    values_with,
)
from tutor.reasoning.symbolic.answer_forms import answer_latex
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within
from tutor.reasoning.symbolic.written_denominators import denominators

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8}
_N = r"(?:one|two|three|four|five|six|seven|eight|@\d+@)"
_COUNT = (rf"(?:(?P<exact>(?:exactly |only |precisely |just )?(?P<n>{_N}))"
          rf"|(?P<unique>a unique|a single|one and only one|only a single)"
          rf"|(?P<none>no)|at least (?P<lo>{_N})|at most (?P<hi>{_N})|(?P<some>(?=real)))"
          r"(?(some)|\s)"
          r"(?P<adj>(?:(?:distinct|different|positive|negative|real) )*)"
          r"(?P<what>solutions?|roots?|zeros?|points?)(?: (?:in|for) @(?P<x>\d+)@)?")
_OBJECT = r"(?:the (?:equation|polynomial|cubic|quadratic|quartic) )?@(?P<e>\d+)@"
_NOUN = (r"(?P<pq>positive |negative )?(?:real )?(?:(?:(?P<single>value|number|constant)|values|"
         r"numbers|constants)(?: of)? )?(?:the (?:constant|parameter) )?@(?P<p>\d+)@")
_ASKS = [
    re.compile(rf"(?:find|determine|give|list|what are) (?:all|the) (?:possible )?{_NOUN} "
               rf"(?:such that|for which|so that|where|if) {_OBJECT} (?:has|have|will have) "
               rf"{_COUNT}"),
    re.compile(rf"for (?:what|which) {_NOUN} (?:does|do|will) {_OBJECT} have {_COUNT}"),
    re.compile(rf"(?P<one>(?:find|compute|determine|what is) the (?:real )?(?:value|number) "
               rf"(?:of )?@(?P<p>\d+)@ (?:such that|for which|so that|if) {_OBJECT} "
               rf"(?:has|will have) {_COUNT})"),
    re.compile(rf"(?P<sum>(?:find|compute|determine|what is) the sum of (?:all )?(?:the )?"
               rf"(?:possible )?values of @(?P<p>\d+)@ (?:such that|for which|so that) "
               rf"{_OBJECT} (?:has|will have) {_COUNT})"),
    re.compile(rf"(?:for (?:what|which)|(?:find|determine) (?:all|the)(?: possible)?) {_NOUN} "
               rf"(?:do|does|will|such that|for which|so that) the (?P<graphs>graphs) of "
               rf"@(?P<e>\d+)@ and @(?P<f>\d+)@ (?:intersect|meet) (?:at|in) {_COUNT}"),
    re.compile(rf"(?P<many>for how many (?:real )?values of @(?P<p>\d+)@ (?:does|do|will) "
               rf"{_OBJECT} have {_COUNT})"),
    re.compile(rf"if {_OBJECT} (?:has|have) {_COUNT},? (?:find|what are|determine) "
               r"(?:all )?(?:the )?(?:possible )?values of @(?P<p>\d+)@"),
]
_NAMED = re.compile(r"\s*[A-Za-z]\s*\(\s*([a-z])\s*\)\s*=\s*(.+)", re.S)
_CLOSING = re.compile(r"[.,]? ?(?:express your answer in interval notation|enter (?:all )?"
                      r"(?:the )?(?:possible )?(?:values|solutions|your answer)(?:, separated "
                      r"by commas)?)\W*$")
VOCAB = frozenset(
    "find determine give list what are all the possible positive negative real value values "
    "number numbers constant constants of such that for which so where if equation "
    "polynomial cubic quadratic quartic has have will exactly only precisely just one two "
    "three four five six seven eight a unique single and no at least most distinct different "
    "solution solutions root roots zero zeros in compute is sum does do graphs intersect meet "
    "point points how many parameter".split())


def read(split: Split, template: str) -> Result | None:
    tmpl = _CLOSING.sub("", re.sub(r"\s+", " ", template.lower()).strip())
    tmpl = tmpl.rstrip(" ?.")
    m = next((m for p in _ASKS if (m := p.fullmatch(tmpl))), None)
    if m is None or not words_within(tmpl, VOCAB):
        return None
    if (m.group("what").startswith("point")) != bool(m.groupdict().get("graphs")):
        return None
    letter = parse_latex(split.maths[int(m.group("p"))])
    src = split.maths[int(m.group("e"))].strip().rstrip(".,")
    named = _NAMED.fullmatch(src)  # "the polynomial p(x) = ...": its roots
    src = named.group(2) if named else src
    if re.search(r"/|\\div|\\over(?![a-z])|\\[dt]?frac\s*[^\s{]", src):
        raise Decline("a division written other than as \\frac{A}{B}")  # SymPy may cancel it
    e = parse_latex(src)
    if not isinstance(letter, sp.Symbol) or not isinstance(e, sp.Expr | sp.Equality):
        return None
    if m.groupdict().get("graphs"):
        e, src = _meeting(e, split.maths[int(m.group("f"))].strip().rstrip(".,"), src)
    expr = e.lhs - e.rhs if isinstance(e, sp.Equality) else e
    if not isinstance(expr, sp.Expr) or letter not in expr.free_symbols:
        return None
    x = _unknown(split, m, expr, letter)
    if named and named.group(1) != str(x):
        raise Decline("the polynomial's variable is not its unknown")
    wanted, said = _wanted(split, m)
    adjectives = set(m.group("adj").split()) | ({"real"} if m.group("what").startswith("point")
                                               else set())
    if "distinct" in adjectives or "different" in adjectives or m.group("what")[:3] in ("sol",
                                                                                       "poi"):
        distinct = [True]
    else:
        distinct = [True, False]
    side = next((s for s in ("positive", "negative") if s in adjectives), "")
    real = [True] if "real" in adjectives or side else [True, False]
    eq = cleared(expr, denominators(src), x, letter)
    answers = []
    for d in distinct:
        for r in real:
            how = Counting(distinct=d, real=r, side=side)
            found, crit = values_with(eq, how, wanted)
            confirm_values(eq, how, wanted, found, crit)
            answers.append((found, crit, how))
    if any(found != answers[0][0] for found, _, _ in answers):
        raise Decline("the readings of the count (real or complex, each root once or with "
                      "multiplicity) give different values")
    found, crit, how = answers[0]
    sign = m.groupdict().get("pq")
    if sign:
        found = sp.Intersection(found, sp.Interval.open(0, sp.oo) if sign == "positive "
                                else sp.Interval.open(-sp.oo, 0))
    return _answer(m, found, letter), _steps(eq, how, crit, found, said, src)


def _meeting(first: sp.Basic, other_src: str, src: str) -> tuple[sp.Equality, str]:
    """Two graphs y = f(x) and y = g(x) meet where f(x) = g(x)."""
    other = parse_latex(other_src)
    if not (isinstance(first, sp.Equality) and isinstance(other, sp.Equality)
            and isinstance(first.lhs, sp.Symbol) and first.lhs == other.lhs
            and first.lhs not in (first.rhs.free_symbols | other.rhs.free_symbols)):
        raise Decline("two graphs written y = f(x) and y = g(x)")
    return sp.Eq(first.rhs, other.rhs), f"{src}, {other_src}"


def _unknown(split: Split, m: re.Match[str], expr: sp.Expr, letter: sp.Symbol) -> sp.Symbol:
    others = expr.free_symbols - {letter}
    if m.group("x") is not None:
        x = parse_latex(split.maths[int(m.group("x"))])
        if not isinstance(x, sp.Symbol) or others != {x}:
            raise Decline("the unknown named is not the equation's other letter")
    if len(others) != 1 or str(next(iter(others))) == "i":
        raise Decline("an equation in one unknown and the letter")
    return next(iter(others))


def _number(split: Split, word: str) -> int:
    if word in _NUMBERS:
        return _NUMBERS[word]
    n = parse_latex(split.maths[int(word.strip("@"))])
    if not isinstance(n, sp.Integer) or not 0 <= n <= 12:
        raise Decline("a small whole number of solutions")
    return int(n)


def _wanted(split: Split, m: re.Match[str]) -> tuple[Wanted, str]:
    if m.group("some") is not None:
        if m.group("what")[-1] != "s":
            raise Decline("a real root: one, or at least one?")
        return (lambda n: n is not None and n >= 1), "at least one"
    if m.group("none"):
        return (lambda n: n == 0), "no"
    if m.group("unique"):
        return (lambda n: n == 1), "exactly one"
    if m.group("lo"):
        k = _number(split, m.group("lo"))
        return (lambda n: n is not None and n >= k), f"at least {k}"
    if m.group("hi"):
        k = _number(split, m.group("hi"))
        return (lambda n: n is not None and n <= k), f"at most {k}"
    k = _number(split, m.group("n"))
    return (lambda n: n == k), f"exactly {k}"


def _answer(m: re.Match[str], found: sp.Set, letter: sp.Symbol) -> sp.Basic | str:
    if found.is_empty:
        raise Decline(f"no value of {letter} gives that number of solutions")
    finite = isinstance(found, sp.FiniteSet)
    if m.groupdict().get("one") or m.groupdict().get("single"):
        if not finite or len(found) != 1:
            raise Decline("the value asked is not the only one")
        return next(iter(found))
    if m.groupdict().get("many"):
        if not finite:
            raise Decline("infinitely many values")
        return sp.Integer(len(found))
    if m.groupdict().get("sum"):
        if not finite:
            raise Decline("infinitely many values to add")
        return sp.Add(*found)
    if finite:
        return ", ".join(latex(v) for v in sorted(found, key=lambda v: float(v)))
    return shown_set(found)


def shown_set(found: sp.Set) -> str:
    """A union of intervals and points in interval notation, left to right."""
    pieces = sorted(sp.Union.make_args(found), key=lambda p: float(p.inf) if p.inf.is_finite
                    else -1e300)
    out = []
    for p in pieces:
        if isinstance(p, sp.FiniteSet):
            out += [f"\\left\\{{{latex(v)}\\right\\}}" for v in p]
        elif isinstance(p, sp.Interval):
            out.append(answer_latex(p))
        else:
            raise Decline("a set of values that is not intervals and points")
    return " \\cup ".join(out)


def _steps(eq: Equation, how: Counting, crit: list[sp.Expr], found: sp.Set, said: str,
           src: str) -> list:
    a = latex(eq.a)
    table = "; ".join(f"at ${a} = {latex(c)}$ the count is {count_at(eq, c, how)}"
                      for c in crit)
    return [
        step("where the count can change", "Clear the denominators; the number of solutions "
             "changes only where the leading coefficient vanishes, two roots meet (the "
             "discriminant is zero), a root meets a denominator's zero or passes through "
             "0 when a sign is asked.",
             f"For ${src}$ these values of ${a}$ are "
             + (", ".join(f"${latex(c)}$" for c in crit) or "none") + ".", ""),
        step("count on each piece", "Between two neighbouring values the count stays the "
             "same: count the " + how.words() + " at one point of each piece and at each "
             "value itself.", table or "The count is the same for every value.", ""),
        step("the values asked", f"Keep the values of ${a}$ for which the count is {said}.",
             f"${a} \\in {latex(found)}$", latex(found))]


__all__ = ["VOCAB", "read", "shown_set"]
