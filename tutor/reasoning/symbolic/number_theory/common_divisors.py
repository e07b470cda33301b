"""The greatest integer that must divide every member of an infinite family: "What is the
greatest whole number that must divide the product of any four consecutive positive
integers?", "the largest integer that divides $n^3 - n$ for every integer $n$", "the greatest
common divisor of all numbers of the form $n^2 + n$ where $n$ is a positive odd integer",
"Let $S$ be the set of all numbers that can be written as the sum of five consecutive
integers. What is the greatest common divisor of all numbers in $S$?", and of a finite one:
"all three-digit palindromes".

A family is a polynomial f(n) over the integers (n = 2m or 2m + 1 for even or odd n). The
gcd of all its values is the gcd of its forward differences at one point (every value is an
integer combination of f(n0), ..., f(n0 + deg) by Newton's formula, and each difference is
a combination of values); it is found that way, and again as the gcd of the first 60
values. Palindromes are listed by reading every k-digit number backwards, and again built
from their first half.
"""

from __future__ import annotations

import math
import re
from functools import reduce

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.integer_properties import number_word
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import number_words
from tutor.reasoning.symbolic.typed import words_within

_K = r"(?P<k>@\d+@|" + "|".join(number_words(range(2, 11))) + ")"
_KIND = (r"(?P<pos>positive |natural )?(?P<par>even |odd )?(?:integers?|whole numbers?|natural "
         r"numbers?|numbers?)")
_HEAD = (r"^(?:what is |find |determine |compute )?the (?:greatest|largest) (?:positive )?(?:"
         r"(?:integer|whole number|natural number|number) (?:that |which )?(?:must divide|must "
         r"be a (?:divisor|factor) of|(?:always )?divides|is (?:always |guaranteed to be )?a "
         r"(?:divisor|factor) of|is guaranteed to divide)|common (?:divisor|factor) of(?: all)?) ")
_CONSECUTIVE = re.compile(_HEAD + r"(?:the )?(?P<op>product|sum) of (?:any |every |all )?" + _K
                          + r" consecutive " + _KIND + r"$")
_FORM = re.compile(_HEAD + r"(?:(?:all |the )?(?:numbers|integers|values) of the form )?"
                   r"(?P<e>@\d+@)(?:,? (?:for (?:all|every|any|each)|(?:where|when|if) (?:@\d+@|n) "
                   r"is (?:any|a|an)) " + _KIND + r"(?: @\d+@)?)?$")
_PALINDROMES = re.compile(_HEAD + r"(?:all (?:of )?|every one of |each of |the )?(?:the )?(?P<d>"
                          + "|".join(
    number_words(range(2, 7))) + r")-digit palindromes$")
_SET = re.compile(r"^let (?P<s>@\d+@) be the set of (?:all )?(?:the )?(?:positive )?(?:numbers|"
                  r"integers) (?:which|that) can be (?:represented|written|expressed) as (?P<f>"
                  r"[^.]+)\. (?:what is|find) the greatest common (?:divisor|factor) of (?:all )?"
                  r"(?:the )?(?:numbers|elements|members|integers) (?:in|of) (?P<s2>@\d+@)$")
_VOCAB = frozenset(
    "greatest largest positive integer integers whole number numbers natural that which must "
    "divide divides divisor factor always guaranteed common all product sum any every each "
    "consecutive even odd form for where when if values let set can represented written "
    "expressed elements members digit palindromes palindrome in one".split())
_SAMPLE = 60


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:divide|divides|divisor|factor)\b", template) or \
            not words_within(template, _VOCAB | set(number_words(range(2, 11)))):
        return None
    body = re.sub(r"\s+", " ", template.strip().rstrip(" .?"))
    told = _SET.match(body)
    if told:
        if split.maths[int(told.group("s")[1:-1])].strip() != \
                split.maths[int(told.group("s2")[1:-1])].strip():
            return None
        body = "the greatest common divisor of all " + told.group("f")
    if m := _PALINDROMES.match(body):
        return _palindromes(number_word(m.group("d")))
    n = sp.Symbol("n", integer=True)
    if m := _CONSECUTIVE.match(body):
        k = _count(split, m.group("k"))
        step_by = 2 if m.group("par") else 1
        first = 2 * n + (1 if m.group("par") == "odd " else 0) if m.group("par") else n
        terms = [first + step_by * i for i in range(k)]
        f = sp.Mul(*terms) if m.group("op") == "product" else sp.Add(*terms)
        return _family(sp.expand(f), n, f"the {m.group('op')} of {k} consecutive "
                       f"{(m.group('par') or '').strip() + ' ' if m.group('par') else ''}integers")
    if m := _FORM.match(body):
        expr = parse_latex(split.maths[int(m.group("e")[1:-1])])
        if not isinstance(expr, sp.Expr) or len(expr.free_symbols) != 1:
            raise Decline("a family in one integer variable")
        x = next(iter(expr.free_symbols))
        named = re.findall(r"@(\d+)@", body[m.start("e") + len(m.group("e")):])
        if any(split.maths[int(s)].strip() != str(x) for s in named):
            return None
        par = m.group("par")
        shape = 2 * n + (1 if par == "odd " else 0) if par else n
        f = sp.expand(expr.subs(x, shape))
        return _family(f, n, f"${latex(expr)}$")
    return None


def _count(split: Split, said: str) -> int:
    k = integer(split.maths[int(said[1:-1])]) if said.startswith("@") else number_word(said)
    if not 2 <= k <= 12:
        raise Decline("a modest number of consecutive integers")
    return k


def _family(f: sp.Expr, n: sp.Symbol, what: str) -> Result:
    if not f.is_polynomial(n) or not all(c.is_rational for c in sp.Poly(f, n).all_coeffs()):
        raise Decline("a family of whole numbers given by a polynomial")
    degree = sp.Poly(f, n).degree()
    if degree > 12 or not all(f.subs(n, v).is_integer for v in range(1, degree + 2)):
        # whole at deg + 1 consecutive integers is whole at every integer
        raise Decline("a family of whole numbers given by a polynomial of modest degree")
    values = [int(f.subs(n, v)) for v in range(1, degree + 2)]
    diffs, row = [], values
    while row:
        diffs.append(row[0])
        row = [b - a for a, b in zip(row, row[1:], strict=False)]
    g = reduce(math.gcd, diffs, 0)
    if g == 0:
        raise Decline("every member is 0")
    sample = reduce(math.gcd, (int(f.subs(n, v)) for v in range(1, _SAMPLE + 1)), 0)
    confirm.check(sample == g, "the gcd of the first 60 members agrees with the gcd of the "
                  "forward differences")
    shown = ", ".join(map(str, values))
    claim = f"\\gcd({shown}) = {g}" if len(values) > 1 else f"{values[0]}"
    factored, expanded = latex(sp.factor(f)), latex(sp.expand(f))
    same = f"{factored} = {expanded}" if factored != expanded else ""
    return sp.Integer(g), [
        step("write the members", f"Each member of {what} is a value of one polynomial.",
             f"The members are $f(n) = {same or factored}$ for $n = 1, 2, 3, \\ldots$", same),
        step("the gcd of a few values", f"Every value of a polynomial of degree {degree} is an "
             f"integer combination of {degree + 1} consecutive values (Newton's forward "
             "differences), so their gcd divides every member, and no larger number can.",
             f"$f(1), \\ldots, f({degree + 1})$ are ${shown}$, and ${claim}$.", claim)]


def _palindromes(d: int) -> Result:
    listed = [v for v in range(10 ** (d - 1), 10**d) if str(v) == str(v)[::-1]]
    half = (d + 1) // 2
    built = sorted(int(str(h) + str(h)[:d - half][::-1]) for h in range(10 ** (half - 1),
                                                                          10**half))
    confirm.check(built == listed, "building the palindromes from their first half lists the "
                  "same numbers")
    g = reduce(math.gcd, listed, 0)
    few = ", ".join(map(str, listed[:4]))
    return sp.Integer(g), [
        step("list them", f"The {d}-digit palindromes run from {listed[0]} to {listed[-1]}.",
             f"${few}, \\ldots, {listed[-1]}$ ({len(listed)} of them)", ""),
        step("their gcd", "The greatest common divisor of all of them.",
             f"$\\gcd({few}, \\ldots, {listed[-1]}) = {g}$", "")]


__all__ = ["read"]
