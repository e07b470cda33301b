"""Place value in other bases: a fraction written in base b with a radix point, and the
base in which an equation of numerals holds ("In what base is 25 + 36 = 63?").

A fraction's digits come from repeated multiplication by the base and are confirmed by
reading them back as a sum of powers of the base with exact fractions. A base is found
by solving the equation as a polynomial in b and confirmed by a search over every base
from 2 to 36 with Python's own `int(digits, base)`.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm, handlers
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.integers import DIGITS, integer
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_NAMED = {"binary": 2, "ternary": 3, "octal": 8, "hexadecimal": 16}
_MAX_PLACES = 60


def fraction_in_base(value: sp.Rational, base: int) -> Result:
    """A terminating expansion of a non-negative rational in `base`, with a radix point."""
    if not 2 <= base <= 36 or value < 0:
        raise Decline("a non-negative number and a base from 2 to 36")
    whole, frac = divmod(Fraction(int(value.p), int(value.q)), 1)
    if any(base % p for p in sp.primefactors(frac.denominator)):
        raise Decline("the expansion does not terminate in this base")
    head = ""
    w = int(whole)
    while True:
        w, r = divmod(w, base)
        head = DIGITS[r] + head
        if w == 0:
            break
    places, lines, f = "", [], frac
    while f and len(places) < _MAX_PLACES:
        f *= base
        d = int(f)
        lines.append(f"{_show(f - d + d)} \\to {d}")
        places += DIGITS[d]
        f -= d
    if f:
        raise Decline("too many places")
    back = int(head, base) + sum(Fraction(DIGITS.index(c), base ** (i + 1))
                                 for i, c in enumerate(places))
    confirm.check(back == Fraction(int(value.p), int(value.q)),
                  "reading the digits back as powers of the base gives the number")
    digits = head + ("." + places if places else "")
    claim = f"{latex(value)} = " + " + ".join(
        f"\\frac{{{DIGITS.index(c)}}}{{{base}^{{{i + 1}}}}}" for i, c in enumerate(places)
        if c != "0") if places else f"{latex(value)} = {head}"
    return f"{digits}_{{{base}}}", [
        step("multiply by the base", f"Multiply the fractional part by {base} again and again; "
             "the whole parts are the digits after the point.",
             "$" + "$, $".join(lines[:12]) + "$" if lines else "", ""),
        step("read the digits", "Each digit counts a power of the base.", f"${claim}$",
             claim if places else ""),
    ]


def _show(f: Fraction) -> str:
    return str(f.numerator) if f.denominator == 1 else \
        f"\\frac{{{f.numerator}}}{{{f.denominator}}}"


_CONVERT = re.compile(r"(?:convert|express|write) @0@ (?:to|in|into|as a) (?:base @1@|(binary|"
                      r"ternary|octal|hexadecimal))(?: number| numeral)?")
_CONVERT_VOCAB = frozenset("convert express write to in into as a base binary ternary octal "
                           "hexadecimal number numeral with radix point answer your".split())


def read_fraction(split: Split, template: str) -> Result | None:
    """"Convert 3/16 to base 2", "Write 0.625 in binary"."""
    if "base" not in template and not any(w in template for w in _NAMED):
        return None
    if not words_within(template, _CONVERT_VOCAB):
        return None
    body = re.sub(r"[.,]? ?express your answer in (?:binary|base @\d+@)(?: with a radix "
                  r"point)?\.?$", "", template.rstrip(" .?"))
    m = _CONVERT.fullmatch(body.rstrip(" .?"))
    if not m or len(split.maths) > 3:
        return None
    value = parse_latex(split.maths[0])
    if not isinstance(value, sp.Basic) or not value.is_Rational or value.is_Integer:
        return None  # whole numbers: the integer conversion elsewhere
    base = _NAMED[m.group(1)] if m.group(1) else integer(split.maths[1])
    return fraction_in_base(value, base)


_FIND_BASE = re.compile(r"(?:in (?:what|which) base (?:is|does|do|would) @0@(?: hold| true| "
                        r"valid| make sense)?|(?:find|what is) the base (?:in which|for which|"
                        r"such that) @0@(?: holds| is true)?)")


def read_base(split: Split, template: str) -> Result | None:
    """"In what base does 44 · 55 = 3506?": the one base where the numerals' equation holds."""
    if "base" not in template or len(split.maths) != 1:
        return None
    if not words_within(template, frozenset("in what which base is does do would hold true "
                                            "valid make sense find the for such that holds"
                                            .split())):
        return None
    if not _FIND_BASE.fullmatch(template.rstrip(" .?")):
        return None
    src = split.maths[0]
    if not re.fullmatch(r"[\d\s+\-=()]+", re.sub(r"\\(?:times|cdot)", " ", src)):
        raise Decline("numerals and operations only")
    numerals = re.findall(r"\d+", src)
    low = max(int(c) for n in numerals for c in n) + 1
    b = sp.Symbol("b")
    as_poly = re.sub(r"\d+", lambda m: "(" + " + ".join(
        f"{d} b^{{{len(m.group(0)) - 1 - i}}}" for i, d in enumerate(m.group(0))) + ")", src)
    eq = parse_latex(as_poly)
    if not isinstance(eq, sp.Equality):
        raise Decline("not an equation")
    if sp.expand(eq.lhs - eq.rhs) == 0:
        raise Decline("the equation holds in every base")
    roots = [int(r) for r in sp.solve(eq.lhs - eq.rhs, b) if r.is_Integer and max(2, low) <= r]
    by_search = [k for k in range(max(2, low), 37)
                 if _holds(src, numerals, k)]
    confirm.check(sorted(roots) == by_search, "trying every base from 2 to 36 finds the same")
    if len(roots) != 1:
        raise Decline("not exactly one base")
    k = roots[0]
    claim = latex(sp.Eq(eq.lhs.subs(b, k), eq.rhs.subs(b, k), evaluate=False))
    return sp.Integer(k), [step("write the numerals in base b", "Each digit counts a power of "
                                "the base; the equation becomes a polynomial equation in b.",
                                f"${latex(eq)}$", latex(eq)),
                           step("check the base", f"In base {k} both sides agree.",
                                f"${claim}$", claim)]


def _holds(src: str, numerals: list[str], base: int) -> bool:
    values = iter(int(n, base) for n in numerals)
    plain = re.sub(r"\d+", lambda _m: str(next(values)), src)
    e = parse_latex(plain)
    if isinstance(e, sp.Equality):
        return bool(sp.simplify(e.lhs - e.rhs) == 0)
    return e is sp.true


_NUMERAL = re.compile(r"([0-9A-Za-z]+)_\{?(\d+)\}?")
_TARGET = (r"(?:[.,]? (?:and )?(?:express(?:ing)? (?:your|the) answer|(?:give|write) (?:your|the) "
           r"answer)? ?(?:in|as a) base (@\d+@|ten)(?: (?:integer|number|numeral))?)")
_OPS = {"sum": "+", "add": "+", "product": "\\cdot", "multiply": "\\cdot",
        "difference": "-", "subtract": "-"}
_TWO = re.compile(r"(?:(?:find|compute|what is|evaluate|calculate) )?(?:the )?(sum|product|"
                  r"difference) of @(\d+)@ and @(\d+)@" + _TARGET)
_VERB = re.compile(r"(add|sum|multiply|subtract) @(\d+)@ (and|to|by|from) @(\d+)@" + _TARGET)
_ONE = re.compile(r"(?:(?:find|compute|what is|evaluate|calculate|express|write|add|subtract"
                  r"|multiply) )?@(\d+)@"
                  + _TARGET)
_ARITH_VOCAB = frozenset("find compute what is evaluate calculate express expressing write give "
                         "your answer the sum product difference of and add multiply subtract "
                         "to by from in as a base ten integer number numeral".split())


def horner(digits: str, base: int) -> int:
    value = 0
    for c in digits.upper():
        d = DIGITS.index(c)
        if d >= base:
            raise Decline(f"the digit {c} is not a digit in base {base}")
        value = value * base + d
    return value


def read_arithmetic(split: Split, template: str) -> Result | None:
    """"Sum 154_6 and 25_8, expressing your answer in base 6", "Express 213_8 - 142_7 as a
    base 10 integer": numerals in other bases, combined, answered in the base asked."""
    if "base" not in template or not any(_NUMERAL.search(m) for m in split.maths):
        return None
    if not words_within(template, _ARITH_VOCAB):
        return None
    body = template.rstrip(" .?")
    m2, mv, m1 = _TWO.fullmatch(body), _VERB.fullmatch(body), _ONE.fullmatch(body)
    if m2:
        src = f"{split.maths[int(m2.group(2))]} {_OPS[m2.group(1)]} {split.maths[int(m2.group(3))]}"
        target, used = m2.group(4), {m2.group(2), m2.group(3)}
    elif mv:
        a, b = split.maths[int(mv.group(2))], split.maths[int(mv.group(4))]
        if mv.group(1) == "subtract" and mv.group(3) == "from":
            a, b = b, a
        elif (mv.group(1), mv.group(3)) not in (("add", "and"), ("add", "to"), ("sum", "and"),
                                                ("multiply", "and"), ("multiply", "by")):
            raise Decline("an operation and a preposition that do not go together")
        src, target, used = f"{a} {_OPS[mv.group(1)]} {b}", mv.group(5), {mv.group(2), mv.group(4)}
    elif m1:
        src, target, used = split.maths[int(m1.group(1))], m1.group(2), {m1.group(1)}
    else:
        return None
    base = 10 if target == "ten" else integer(split.maths[int(target[1:-1])])
    used |= {target[1:-1]} if target != "ten" else set()
    if {int(u) for u in used} != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    plain = re.sub(r"[\s+\-()]|\\cdot|\\times", "", _NUMERAL.sub("", src))
    if plain or not _NUMERAL.search(src):
        raise Decline("numerals in bases and + - \\times only")
    by_horner = _NUMERAL.sub(lambda n: str(horner(n.group(1), int(n.group(2)))), src)
    value = parse_latex(by_horner).doit()
    if not value.is_Integer or value < 0:
        raise Decline("a non-negative whole result")
    answer, steps = handlers.in_base(src, base)
    confirm.check(horner(str(answer).split("_")[0], base) == int(value),
                  "place values computed digit by digit give the same number")
    return (sp.Integer(int(value)), steps) if base == 10 else (answer, steps)


__all__ = ["fraction_in_base", "horner", "read_arithmetic", "read_base", "read_fraction"]
