"""A sum or product written with dots inside a larger problem, worked out and put in:
"Compute $\\frac{2 \\cdot 4 \\cdot 6 \\cdots 20}{1 \\cdot 2 \\cdot 3 \\cdots 10}$", "If
$1 \\cdot 50 + 2 \\cdot 49 + \\cdots + 50 \\cdot 1 = 50 \\cdot 51 \\cdot x$, find $x$", "the
greatest integer less than $\\log_2 \\frac{2}{1} + \\cdots + \\log_2 \\frac{100}{99}$".

A run is the stretch of maths around one set of dots up to the bracket that holds it or a
relation (`=`, `<`, a comma). Its terms (or factors) follow one pattern
(`number_theory.dotted_pattern.pattern`: the numbers that change go up by a constant step, every
written term, the last included, is the pattern at a whole index); a first or last term
written in a simpler form ("(1 + 17)" before "(1 + \\frac{17}{2})", "a" after "(a - 1)") must
equal the pattern one step before or after. The run's value is the exact sum or product of
every term, confirmed a second way (50-digit decimals, or exact fractions at a test point for a
product in one letter such as x^1 x^2 \\cdots x^{15}). A run's value must be a number, or
for a product a polynomial in one letter (written out up to degree 24).

The problem is then solved again with each run replaced by its value in brackets, and must
come back confirmed. Questions about the terms themselves (how many terms, the largest factor,
the sequence) are not rewritten: the words name no term, factor, sequence or list.
"""

from __future__ import annotations

import bisect
import math
import re
from fractions import Fraction

import mpmath
import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm, numeric, tex
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory import dotted_pattern, finite_sums
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials import dotted_terms
from tutor.reasoning.symbolic.question_text import WholeSolver, named

_MATHS = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\[(.+?)\\\]|\\\((.+?)\\\)", re.S)
_DOTS = re.compile(r"\\(?:c|l)?dots[bcm]?(?![a-zA-Z])|\.\.\.")
_TOKEN = re.compile(r"\\[a-zA-Z]+|\\.|.", re.S)
_OPEN = {"(", "[", "{", "\\{", "\\lfloor", "\\lceil"}
_CLOSE = {")", "]", "}", "\\}", "\\rfloor", "\\rceil"}
_STOP = {"=", "<", ">", ",", ";", "&", ":", "|", "\\le", "\\ge", "\\leq", "\\geq", "\\ne",
         "\\neq", "\\lt", "\\gt", "\\equiv", "\\pmod", "\\mod", "\\bmod", "\\quad", "\\qquad",
         "\\text", "\\approx", "\\\\", "\\sum", "\\prod", "\\in", "\\mid"}
# words about the terms themselves, not the value: such a question is not rewritten
_ABOUT_TERMS = re.compile(r"\b(?:terms?|factors?|summands?|addends?|sequences?|lists?|"
                          r"patterns?|missing|omitted|written|arguments?|each|every)\b", re.I)
_TIMES = r"(?:\\cdot(?![a-zA-Z])|\\times)"
_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")  # as `dotted_pattern.pattern` reads them
_MAX_TERMS = 20_000
_MOST_DEGREE = 24  # a product in one letter is written out up to this degree
_I = sp.Symbol("i")  # the imaginary unit when it is the only letter of a sum's terms


def _tidy(maths: str) -> str:
    maths = re.sub(r"\\left(?=[(\[|.]|\\\{)|\\right(?=[)\]|.]|\\\})", "", maths)
    return re.sub(r"\\[dt]frac(?![a-zA-Z])", r"\\frac", maths)


def runs(maths: str) -> list[tuple[int, int]]:
    """The spans of `maths` (tidied) that are runs around a set of dots."""
    tokens = [(m.start(), m.group(0)) for m in _TOKEN.finditer(maths)]
    starts = [at for at, _ in tokens]
    out = []
    for dots in _DOTS.finditer(maths):
        first, last = starts.index(dots.start()), bisect.bisect_left(starts, dots.end()) - 1
        lo, hi = _edge(tokens, first, -1), _edge(tokens, last, 1)
        out.append((tokens[lo][0], tokens[hi][0] + len(tokens[hi][1])))
    return out


def _edge(tokens: list[tuple[int, str]], k: int, way: int) -> int:
    """The index of the last token of the run from the dots at k going `way`."""
    depth, i = 0, k
    opens, closes = (_CLOSE, _OPEN) if way < 0 else (_OPEN, _CLOSE)
    while 0 <= i + way < len(tokens):
        tok = tokens[i + way][1]
        if tok in closes:
            if depth == 0:
                break
            depth -= 1
        elif tok in opens:
            depth += 1
        elif depth == 0 and tok in _STOP:
            break
        i += way
    return i


def _product_form(run: str) -> str | None:
    """The run as `a \\cdot b \\cdot \\cdots \\cdot z` when it is a product (no `+` or `-`
    between its factors), else None."""
    depth = 0
    for i, c in enumerate(run):
        depth += {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}.get(c, 0)
        if depth == 0 and c in "+-" and run[:i].strip():
            return None
    run = re.sub(r"\)\s*(?=\()", r") \\cdot ", run)  # (..)(..): a product of brackets
    run = re.sub(rf"\s*{_TIMES}?\s*(?:{_DOTS.pattern})\s*{_TIMES}?\s*", r" \\cdot \\cdots \\cdot ",
                 run)
    return run


def _terms(src: str, product: bool) -> tuple[list[sp.Expr], sp.Expr, sp.Symbol]:
    """Every term of the run (the pattern continued from the written terms) and the
    pattern; a first or last term in a simpler form must be the pattern one step out."""
    try:
        f, n, count = dotted_pattern.pattern(src, product, _MAX_TERMS)
        return [f.subs(n, k) for k in range(count)], f, n
    except Decline:
        sides = (dotted_pattern.PRODUCT_DOTS if product else
                 re.compile(r"\s*\+\s*\\cdots\s*\+\s*")).split(src, maxsplit=1)
        if len(sides) != 2:  # "1 + 2r + 4r^2 + \cdots": no last term
            raise Decline("dots between written terms") from None
        head_src, tail_src = sides
        head = dotted_pattern.terms_of(head_src, product)
        tail = dotted_pattern.terms_of(tail_src, product)
        join = " \\cdot " if product else " + "
        dots = " \\cdot \\cdots \\cdot " if product else " + \\cdots + "
        if len(head) >= 3:
            f, n, count = dotted_pattern.pattern(join.join(head[1:]) + dots + join.join(tail),
                                              product, _MAX_TERMS)
            _same(f.subs(n, -1), head[0])
            return [f.subs(n, k) for k in range(-1, count)], f.subs(n, n - 1), n
        if len(head) == 2 and (first := _first_in_pattern(head[0], head[1], tail[-1])):
            f, n, count = dotted_pattern.pattern(first + join + head[1] + dots + join.join(tail),
                                              product, _MAX_TERMS)
            _same(f.subs(n, 0), head[0])
            return [f.subs(n, k) for k in range(count)], f, n
        if len(tail) >= 2:
            f, n, count = dotted_pattern.pattern(join.join(head) + dots + join.join(tail[:-1]),
                                              product, _MAX_TERMS)
            _same(f.subs(n, count), tail[-1])
            return [f.subs(n, k) for k in range(count + 1)], f, n
        raise


def _first_in_pattern(first: str, second: str, last: str) -> str | None:
    """The first term written in the pattern of the second and last (`1 + 19` before `1 +
    \\frac{19}{2}` and `1 + \\frac{19}{17}` is `1 + \\frac{19}{1}`): the one number of steps
    from the second to the last whose term one step before the second has the written first
    term's value; None when no such term, or more than one, exists."""
    second, last = tex.braced(second), tex.braced(last)
    if _NUMBER.sub("#", second) != _NUMBER.sub("#", last):
        return None
    b = [Fraction(x) for x in _NUMBER.findall(second)]
    diffs = [Fraction(z) - y for y, z in zip(b, _NUMBER.findall(last), strict=True)]
    if not any(diffs) or any(d.denominator != 1 for d in diffs):
        return None
    target = parse_latex(first)
    found = []
    for m in sp.divisors(math.gcd(*(int(d) for d in diffs))):
        a = [y - d / m for y, d in zip(b, diffs, strict=True)]
        if any(x < 0 or x.denominator != 1 for x in a):
            continue
        pieces = _NUMBER.split(second)
        candidate = "".join(p + (str(x) if i < len(a) else "")
                            for i, (p, x) in enumerate(zip(pieces, [*a, 0], strict=True)))
        if sp.simplify(parse_latex(candidate) - target) == 0:
            found.append(candidate)
    return found[0] if len(found) == 1 else None


def _same(value: sp.Expr, written: str) -> None:
    if sp.simplify(value - parse_latex(written)) != 0:
        raise Decline("a term at the end in another form is not the pattern")


def product_value(src: str) -> Result:
    """The value of a product written with dots, every factor multiplied."""
    terms, f, n = _terms(src, True)
    value = sp.Mul(*terms)
    letters = value.free_symbols
    if not letters:
        if not value.is_Rational:
            value = sp.nsimplify(sp.simplify(value))
        with mpmath.workdps(50):
            got = mpmath.fprod(numeric.to_mp(t) for t in terms)
        confirm.number(got, value, "multiplying the factors as 50-digit decimals")
    else:
        x = next(iter(letters))
        if len(letters) != 1 or not value.is_polynomial(x):
            raise Decline("a product that is not a polynomial in one letter")
        if len(sp.Add.make_args(sp.expand(value))) > 1:
            value = sp.expand(value)
            if sp.degree(value, x) > _MOST_DEGREE:
                raise Decline("a product of too high a degree to write out")
        at = Fraction(7, 3)
        exact = Fraction(1)
        for t in terms:
            v = t.subs(x, sp.Rational(7, 3))
            if not v.is_Rational:
                raise Decline("a factor that is not rational at a test point")
            exact *= Fraction(int(v.p), int(v.q))
        want = value.subs(x, sp.Rational(at.numerator, at.denominator))
        confirm.check(want == sp.Rational(exact.numerator, exact.denominator),
                      f"multiplying the factors as fractions at ${latex(x)} = 7/3$")
    return value, _steps(sp.Product(f, (n, 0, len(terms) - 1)), value)


def _sum_value(src: str) -> Result:
    """A sum whose first or last term is written in a simpler form, every term added."""
    terms, f, n = _terms(src, False)
    if set().union(*(t.free_symbols for t in terms)) == {_I}:  # i + i^2 + \cdots + i^{10}
        terms, f = [t.xreplace({_I: sp.I}) for t in terms], f.xreplace({_I: sp.I})
    if any(t.free_symbols for t in terms):
        raise Decline("a sum of terms in letters")
    value = sp.nsimplify(sp.Add(*terms)) if all(t.is_Rational for t in terms) else \
        sp.simplify(sp.Add(*terms))
    with mpmath.workdps(50):
        got = mpmath.fsum(numeric.to_mp(t) for t in terms)
    confirm.number(got, value, "adding the terms as 50-digit decimals")
    return value, _steps(sp.Sum(f, (n, 0, len(terms) - 1)), value, src)


def _steps(whole: sp.Sum | sp.Product, value: sp.Expr, src: str = "") -> list[Step]:
    """Find the pattern, then add or multiply the terms. A sum as written (`src`) is said
    equal to the sum by its pattern, which the checker confirms by value."""
    f, last = whole.function, whole.limits[0][2]
    count = int(last) + 1
    claim = f"{latex(whole)} = {latex(value)}"
    if isinstance(whole, sp.Product):
        told = f"The product has {count} factors; factor $n$"
        last_step = step("multiply", "Multiply the factors (neighbouring ones often cancel).",
                         f"${claim}$", claim)
    else:
        told = f"The sum has {count} terms; term $n$"
        last_step = step("add the terms", "Add them (or use the formula for the sum).",
                         f"${claim}$", claim)
    said = f"{src} = {latex(whole)}" if src and isinstance(whole, sp.Sum) else latex(whole)
    return [step("find the pattern", f"{told} (from $n = 0$) is ${latex(f)}$.", f"${said}$",
                 ""), last_step]


def _log_sum(src: str) -> Result | None:
    """A sum of logarithms of rational numbers to one base (`\\log_2 \\frac{2}{1} + \\cdots +
    \\log_2 \\frac{2010}{2009}`): the logarithm of the product of the numbers, the product
    taken exactly; None when the terms are not such logarithms."""
    f, n, count = dotted_pattern.pattern(src, False, _MAX_TERMS)
    coeff, rest = f.as_independent(n, as_Add=False)
    if not isinstance(rest, sp.log) or coeff.free_symbols:
        return None
    numbers = [rest.args[0].xreplace({n: sp.Integer(k)}) for k in range(count)]
    if not all(g.is_Rational and g > 0 for g in numbers):
        return None
    product = math.prod((Fraction(int(g.p), int(g.q)) for g in numbers), start=Fraction(1))
    value = coeff * sp.log(sp.Rational(product.numerator, product.denominator))
    with mpmath.workdps(50):
        got = numeric.to_mp(coeff) * mpmath.fsum(mpmath.log(mpmath.mpf(int(g.p)) / int(g.q))
                                                 for g in numbers)
    confirm.number(got, value, "adding the logarithms as 50-digit decimals")
    return value, _steps(sp.Sum(f, (n, 0, count - 1)), value, src)


def run_value(run: str) -> Result:
    """The value of one run: a product, a sum by its pattern, or an alternating sum."""
    if len(_DOTS.findall(run)) != 1:
        raise Decline("one set of dots in a run")
    product = _product_form(run)
    if product is not None:
        return product_value(product)
    src = _DOTS.sub(r"\\cdots", run)
    if re.search(r"\\(?:log|ln)(?![a-zA-Z])", src) and (logs := _log_sum(src)) is not None:
        return logs
    signed = dotted_pattern.signed_terms(src, _DOTS)
    try:
        if signed is not None and min(signed[2], *(s for s, _ in [*signed[0], *signed[1]])) < 0:
            try:
                value, steps = dotted_terms.alternating(*signed)
            except Decline:
                value, steps = finite_sums.dotted(src)
        else:
            value, steps = finite_sums.dotted(src)
    except Decline:
        value, steps = _sum_value(src)
    if not (isinstance(value, sp.Expr) and value.is_number and value.is_finite):
        raise Decline("a sum with no numerical value")
    return value, steps


def read(text: str, solve_whole: WholeSolver) -> tuple[sp.Basic | str, list[Step]]:
    """`text` with each run worked out and put in; Decline otherwise."""
    if _ABOUT_TERMS.search(_MATHS.sub(" ", text)):
        raise Decline("a question about the terms of a sum, not its value")
    steps: list[Step] = []
    found = 0

    def rewrite(m: re.Match[str]) -> str:
        nonlocal found
        body = next(g for g in m.groups() if g is not None)
        maths = _tidy(body)
        spans = runs(maths)
        if not spans:
            return m.group(0)
        for start, end in reversed(spans):
            run = maths[start:end].strip()
            value, run_steps = run_value(run)
            steps[:0] = named(run_steps, f"This is the value of ${run}$.")
            maths = f"{maths[:start]}\\left({latex(value)}\\right){maths[end:]}"
            found += 1
        return m.group(0).replace(body, maths, 1)

    rewritten = _MATHS.sub(rewrite, text)
    if not found or _DOTS.search("".join(g or "" for m in _MATHS.finditer(rewritten)
                                          for g in m.groups())):
        raise Decline("no run of terms to work out, or dots left over")
    mine = confirm.confirmations()
    answer, outer_steps, outer_checks = solve_whole(rewritten)
    confirm.record_again(mine, outer_checks)
    return answer, [*steps, *outer_steps]


__all__ = ["product_value", "read", "run_value", "runs"]
