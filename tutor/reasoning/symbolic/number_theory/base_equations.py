"""An unknown base b from numerals written in it: "Find the value of b that satisfies
161_b + 134_b = 315_b", "In a certain base b, the square of 22_b is 514_b. What is b?",
"The base six number 53_6 is equal to the base b number 113_b. What is b?", and "the
smallest integer b > 3 for which the base-b number 23_b is a perfect square".

Each numeral in base b is a polynomial in b (its digits must all be below b); the equation's
whole roots are found by SymPy and confirmed by trying every base from the smallest possible
up to `_TRY` with Horner's rule; a perfect-square search is confirmed with SymPy's
`integer_nthroot`.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.bases import horner
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_TRY = 1000
_WORD_BASES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10}
_LETTER_NUMERAL = re.compile(r"(?<![\\\w])(\d+)_\{?([a-z])\}?")
_FIXED_NUMERAL = re.compile(r"(?<![\\\w])(\d+)_\{?(\d+)\}?")
_ASKS = [
    # "if 25_b = 23_10, what is the base b?", "in what base b is 25_b = 23_10?"
    ("eq", re.compile(r"(?:if|given that) @(?P<eq>\d+)@,? (?:what is|find|determine) (?:the "
                      r"(?:positive )?(?:value of )?(?:the )?(?:base )?)?@(?P<b>\d+)@")),
    ("eq", re.compile(r"in (?:what|which) base @(?P<b>\d+)@ (?:is|does|do) (?:it true that )?"
                      r"@(?P<eq>\d+)@(?: hold| true)?")),
    ("eq", re.compile(r"(?:find|what is|determine) (?:the (?:positive )?(?:value of )?)?(?:the )?"
                      r"(?:base )?@(?P<b>\d+)@ "
                      r"(?:that satisfies|which satisfies|such that|for which|in which|if) (?:the "
                      r"equation )?@(?P<eq>\d+)@(?: holds| is true| is valid)?")),
    ("power", re.compile(r"in (?:a certain|some) base @(?P<b>\d+)@,? the (?P<pow>square|cube) of "
                         r"@(?P<x>\d+)@ is @(?P<y>\d+)@\.? (?:what is|find) (?:the value of )?"
                         r"@(?P<b2>\d+)@")),
    ("same", re.compile(r"the base (?P<w>[a-z]+|@\d+@) number @(?P<x>\d+)@ is equal to the base "
                        r"@(?P<b>\d+)@ number @(?P<y>\d+)@\.? (?:what is|find) the (?:positive )?"
                        r"value of @(?P<b2>\d+)@")),
    ("square", re.compile(r"what is the (?:smallest|least) integer @(?P<cond>\d+)@ for which the "
                          r"base @(?P<b>\d+)@ number @(?P<x>\d+)@ is a perfect (?P<pow>square|"
                          r"cube)")),
]
_VOCAB = frozenset(
    "find what is determine the positive value of that which satisfies such for if equation "
    "holds true in a certain some base square cube number equal to smallest least integer "
    "perfect does do it hold valid".split()) | set(_WORD_BASES)


def read(split: Split, template: str) -> Result | None:
    if not (any(_LETTER_NUMERAL.search(m) for m in split.maths) or re.search(
            r"\bbase @\d+@", template)) or not words_within(template, _VOCAB):
        return None
    body = re.sub(r"\bbase- ?", "base ", template).strip().rstrip(" .?")
    for kind, pattern in _ASKS:
        m = pattern.fullmatch(body)
        if m:
            return _answer(split, kind, m)
    return None


def _answer(split: Split, kind: str, m: re.Match[str]) -> Result:
    g = m.groupdict()
    slots = {int(v) for v in re.findall(r"@(\d+)@", m.group(0))}
    if slots != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    letter = split.maths[int(g["b"])].strip()
    if not re.fullmatch(r"[a-z]", letter) or any(
            split.maths[int(g[k])].strip() != letter for k in ("b2",) if g.get(k)):
        raise Decline("one letter for the base")
    b = sp.Symbol(letter)
    if kind == "square":
        return _least_power(split, g, b)
    if kind == "eq":
        src = split.maths[int(g["eq"])]
        if src.count("=") != 1:
            raise Decline("one equation")
        if not _LETTER_NUMERAL.search(src) and not _FIXED_NUMERAL.search(src):
            # "In what base b is 4 · 12 = 103?": every numeral is written in base b
            if not re.fullmatch(r"[\d\s+\-=()]+", re.sub(r"\\(?:times|cdot)", " ", src)):
                raise Decline("numerals and operations only")
            src = re.sub(r"\d+", lambda n: f"{n.group(0)}_{letter}", src)
        left, right = src.split("=")
    else:
        left, right = split.maths[int(g["x"])], split.maths[int(g["y"])]
        if kind == "power":
            left = f"({left})^{{{2 if g['pow'] == 'square' else 3}}}"
        else:
            named = g["w"]
            base = _WORD_BASES.get(named) or (integer(split.maths[int(named.strip('@'))])
                                              if named.startswith("@") else 0)
            fixed = _FIXED_NUMERAL.fullmatch(left.strip())
            if not fixed or int(fixed.group(2)) != base:
                raise Decline("the numeral's base is not the base named")
    return _solve(left, right, b)


def _polynomial(src: str, b: sp.Symbol) -> tuple[sp.Basic, int, str]:
    """The side as a polynomial in b, the least base its digits allow, its LaTeX with numbers."""
    digits_seen = [int(c) for d, x in _LETTER_NUMERAL.findall(src) if x == b.name for c in d]
    if any(x != b.name for _d, x in _LETTER_NUMERAL.findall(src)):
        raise Decline("numerals in two unknown bases")
    plain = _LETTER_NUMERAL.sub(lambda n: "(" + " + ".join(
        f"{c} \\cdot {b.name}^{{{len(n.group(1)) - 1 - i}}}" for i, c in enumerate(n.group(1)))
        + ")", src)
    plain = _FIXED_NUMERAL.sub(lambda n: str(horner(n.group(1), int(n.group(2)))), plain)
    if re.search(r"[a-zA-Z]", re.sub(r"\\(?:cdot|times)", "", plain).replace(b.name, "")):
        raise Decline("letters that are not the base")
    rest = re.sub(r"\^\s*\{?\d+\}?", "", _FIXED_NUMERAL.sub("", _LETTER_NUMERAL.sub("", src)))
    if re.search(r"\d", rest):
        raise Decline("a plain number beside numerals in base b: in which base?")
    return parse_latex(plain), max(digits_seen, default=1) + 1, plain


def _solve(left: str, right: str, b: sp.Symbol) -> Result:
    lp, low1, _ = _polynomial(left, b)
    rp, low2, _ = _polynomial(right, b)
    low = max(2, low1, low2)
    diff = sp.expand((lp - rp).doit())  # the parsed sides are unevaluated sums
    if diff == 0 or b not in diff.free_symbols:
        raise Decline("the equation holds in every base or names no base")
    roots = sorted(int(r) for r in sp.solve(diff, b) if r.is_Integer and r >= low)
    tried = [k for k in range(low, _TRY + 1) if diff.subs(b, k) == 0]
    confirm.check(roots == tried or roots == tried + [r for r in roots if r > _TRY],
                  "trying every base from the smallest possible gives the same")
    if len(roots) != 1:
        raise Decline("not exactly one base")
    k = roots[0]
    claim = f"{latex(lp.subs(b, k))} = {latex(rp.subs(b, k))}"
    return sp.Integer(k), [
        step("write the numerals in base b", "Each digit counts a power of the base; the "
             "equation becomes a polynomial equation in the base.",
             f"${latex(sp.Eq(lp, rp))}$", ""),
        step("check the base", f"Its digits allow any base from {low}; in base {k} both sides "
             "agree.", f"${claim}$", claim)]


def _least_power(split: Split, g: dict[str, str | None], b: sp.Symbol) -> Result:
    cond = split.maths[int(g["cond"] or 0)].replace(" ", "")
    bound = re.fullmatch(re.escape(b.name) + r"(>|\\geq)(\d+)", cond)
    if bound is None:
        raise Decline("a lower bound on the base")
    poly, low, _ = _polynomial(split.maths[int(g["x"] or 0)], b)
    start = max(low, int(bound.group(2)) + (bound.group(1) == ">"))
    n = 2 if g["pow"] == "square" else 3
    for k in range(start, start + 10**5):
        v = int(poly.subs(b, k))
        root = math.isqrt(v) if n == 2 else round(v ** (1 / 3))
        if root**n == v:
            confirm.check(bool(sp.integer_nthroot(v, n)[1]) and not any(
                sp.integer_nthroot(int(poly.subs(b, t)), n)[1] for t in range(start, k)),
                "SymPy's whole roots agree: the first perfect power")
            claim = f"{latex(poly.subs(b, k))} = {v} = {root}^{{{n}}}"
            return sp.Integer(k), [step("try the bases in order", f"From base {start} up, the "
                                        "numeral's value is first a perfect "
                                        f"{g['pow']} here.", f"${claim}$", claim)]
    raise Decline("no base in a searchable range")


__all__ = ["read"]
