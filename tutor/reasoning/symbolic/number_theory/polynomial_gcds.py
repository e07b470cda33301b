"""The greatest common divisor of two integer polynomials' values at an integer that runs over
a told set: "Given that $a$ is a multiple of $360$, find the greatest common divisor of
$a^2 + 5a + 72$ and $a$.", "Given that $x$ is an odd multiple of $35$, what is
$\\gcd(x^2 + 12x + 35, x + 5)$?", "Let $n$ be a positive integer. What is the greatest
possible value of $\\gcd(n + 7, 2n + 1)$?".

The letter runs over the integers, the positive ones, those above a bound, or the (odd,
even) multiples of N. With no common polynomial factor, gcd(P(v), Q(v)) divides the
resultant R of P and Q (R = UP + VQ with integer polynomials U, V), so it depends only on v
modulo |R|: one period of the allowed values gives every value the gcd takes. "Find the gcd"
needs that to be one value; "the greatest (least) possible value" takes the largest
(smallest). Confirmed a second way by computing the gcd directly at allowed values far out
(random, up to 10^15), which the period argument does not use.
"""

from __future__ import annotations

import math
import random
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_PERIOD = 10**6
_GCD = r"(?:the )?(?:greatest common (?:divisor|factor)|gcd) of @(?P<p>\d+)@ and @(?P<q>\d+)@"
_ASK = re.compile(r"(?:(?:what|which) is|find|compute|determine|evaluate) (?:the )?(?:(?P<ext>"
                  r"greatest|largest|maximum|least|smallest|minimum) possible value of )?(?:"
                  + _GCD + r"|@(?P<g>\d+)@)")
_LETTER = r"@(?P<v>\d+)@"
_CONDITIONS = [
    ("mult", re.compile(r"(?:given that |suppose (?:that )?|if )?" + _LETTER + r" is an? "
                        r"(?P<par>odd |even )?multiple of @(?P<n>\d+)@")),
    ("int", re.compile(r"(?:let " + _LETTER + r" be|(?:given that |suppose (?:that )?|if )?"
                       + _LETTER.replace("v", "v2") + r" is) an? (?P<pos>positive )?integer"
                       r"(?: greater than @(?P<lo>\d+)@)?")),
    ("int", re.compile(r"(?:as |suppose (?:that )?|if |when )?" + _LETTER + r" (?:runs|ranges|"
                       r"varies|goes) (?:over|through) (?:all )?(?:the )?(?P<pos>positive )?"
                       r"integers")),
    ("int", re.compile(r"for (?:a |any |every |each )?(?:given )?(?P<pos>positive )?integer "
                       + _LETTER + r"(?: greater than @(?P<lo>\d+)@)?")),
]
_VOCAB = frozenset("given that suppose if let be is an a odd even multiple of positive integer "
                   "greater than for any every each what which find compute determine evaluate "
                   "the greatest largest maximum least smallest minimum possible value common "
                   "divisor factor gcd and as runs ranges varies goes over through all integers "
                   "when".split())


class _Runs:
    """The integers the letter runs over: v = start + step * k, k = 0, 1, 2, ..."""

    def __init__(self) -> None:
        self.mod, self.rest = 1, 0
        self.lo: int | None = None
        self.said = "any integer"

    def first(self) -> int:
        lo = self.lo if self.lo is not None else 0
        return lo + (self.rest - lo) % self.mod


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\bgcd\b|greatest common (?:divisor|factor)", template + " ".join(
            split.maths)) or not words_within(template, _VOCAB):
        return None
    text = re.sub(r"\s+", " ", template).strip().rstrip(" ?.")
    runs, letter, used = _Runs(), None, set()
    for kind, pattern in _CONDITIONS:
        for m in list(pattern.finditer(text)):
            name = split.maths[int(m.group("v") if m.groupdict().get("v") else m.group("v2"))]
            bound = re.fullmatch(r"\s*([a-zA-Z])\s*(>|\\geq?)\s*(.+)", name)
            if bound:  # "for a positive integer $n > 2^3$"
                low = parse_latex(bound.group(3))
                if not low.is_integer:
                    raise Decline("a whole-number bound")
                low_int = int(low) + (1 if bound.group(2) == ">" else 0)
                runs.lo = low_int if runs.lo is None else max(runs.lo, low_int)
                name = bound.group(1)
            if letter not in (None, name.strip()):
                raise Decline("conditions on two letters")
            letter = name.strip()
            used.add(int(m.group("v") if m.groupdict().get("v") else m.group("v2")))
            _condition(runs, kind, m, split, used)
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    ask = _ASK.search(text)
    if ask is None or letter is None:
        return None
    if set(re.findall(r"[a-z@\d]+", text[:ask.start()] + text[ask.end():])) - {"then", "and"}:
        return None  # words no condition read
    pair = _pair(split, ask)
    used |= {int(x) for x in ask.groups()[1:] if x}
    if used != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    v = sp.Symbol(letter)
    p, q = (_poly(e, v) for e in pair)
    return _solve(p, q, v, runs, ask.group("ext"))


def _condition(runs: _Runs, kind: str, m: re.Match[str], split: Split, used: set[int]) -> None:
    g = m.groupdict()
    if kind == "mult":
        if runs.mod != 1:
            raise Decline("two 'multiple of' conditions")
        n = integer(split.maths[int(g["n"])])
        used.add(int(g["n"]))
        if n < 1:
            raise Decline("a multiple of a positive integer")
        if g.get("par") == "odd ":
            runs.mod, runs.rest, runs.said = 2 * n, n, f"the odd multiples of {n}"
        elif g.get("par") == "even ":
            runs.mod, runs.rest, runs.said = 2 * n, 0, f"the even multiples of {n}"
        else:
            runs.mod, runs.rest, runs.said = n, 0, f"the multiples of {n}"
        return
    if g.get("pos"):
        runs.lo = max(runs.lo if runs.lo is not None else 1, 1)
    if g.get("lo"):
        used.add(int(g["lo"]))
        bound = integer(split.maths[int(g["lo"])]) + 1
        runs.lo = bound if runs.lo is None else max(runs.lo, bound)


def _pair(split: Split, ask: re.Match[str]) -> tuple[sp.Expr, sp.Expr]:
    if ask.group("g"):
        m = re.fullmatch(r"\s*\\(?:gcd|operatorname\{gcd\})\s*\\?\(\s*(.+?)\s*,\s*(.+?)\s*\\?\)\s*",
                         split.maths[int(ask.group("g"))])
        if m is None:
            raise Decline("a gcd of two expressions")
        return parse_latex(m.group(1)), parse_latex(m.group(2))
    return parse_latex(split.maths[int(ask.group("p"))]), \
        parse_latex(split.maths[int(ask.group("q"))])


def _poly(e: sp.Basic, v: sp.Symbol) -> sp.Poly:
    if e.free_symbols - {v}:
        raise Decline("expressions in the one letter")
    try:
        p = sp.Poly(sp.expand(e), v)
    except sp.PolynomialError as exc:
        raise Decline("polynomials in the letter") from exc
    if not all(c.is_integer for c in p.all_coeffs()) or p.is_zero:
        raise Decline("polynomials with integer coefficients")
    return p


def _solve(p: sp.Poly, q: sp.Poly, v: sp.Symbol, runs: _Runs, ext: str | None) -> Result:
    if sp.degree(sp.gcd(p, q), v) > 0:
        raise Decline("the two share a factor: their gcd grows without bound")
    res = abs(int(sp.resultant(p.as_expr(), q.as_expr(), v)))
    period = res // math.gcd(runs.mod, res)
    if res == 0 or period > _PERIOD:
        raise Decline("too long a period to list")
    start = runs.first()
    values: dict[int, int] = {}
    for k in range(period):
        x = start + runs.mod * k
        values.setdefault(_gcd_at(p, q, x), x)
    if ext is None and len(values) != 1:
        raise Decline("the gcd takes more than one value")
    pick = max if ext in (None, "greatest", "largest", "maximum") else min
    answer = pick(values)
    _confirm(p, q, runs, values, answer, ext is None)
    at = values[answer]
    pv, qv = int(p.eval(at)), int(q.eval(at))
    claim = f"\\gcd({pv}, {qv}) = {answer}"
    return sp.Integer(answer), [
        step("the resultant", "A common divisor of the two values divides every integer "
             "combination of the polynomials, in particular their resultant.",
             f"The resultant of ${latex(p.as_expr())}$ and ${latex(q.as_expr())}$ is "
             f"${res}$, so the gcd divides ${res}$ and depends only on ${v}$ modulo ${res}$.",
             ""),
        step("one period", f"Let ${v}$ run over {runs.said}"
             + (f" from {runs.lo}" if runs.lo is not None else "") + " for one period.",
             f"The gcd takes the values ${', '.join(str(g) for g in sorted(values))}$; for "
             f"example at ${v} = {at}$: ${claim}$", claim)]


def _gcd_at(p: sp.Poly, q: sp.Poly, x: int) -> int:
    return math.gcd(int(p.eval(x)), int(q.eval(x)))


def _confirm(p: sp.Poly, q: sp.Poly, runs: _Runs, values: dict[int, int], answer: int,
             constant: bool) -> None:
    rng = random.Random(20260)
    start = runs.first()
    pc = [int(c) for c in p.all_coeffs()]
    qc = [int(c) for c in q.all_coeffs()]

    def horner(cs: list[int], x: int) -> int:
        out = 0
        for c in cs:
            out = out * x + c
        return out

    ok = True
    for _ in range(200):
        x = start + runs.mod * rng.randrange(10**15)
        g = math.gcd(horner(pc, x), horner(qc, x))
        ok &= g in values and (g == answer if constant else True)
        ok &= g <= answer if answer == max(values) else g >= answer
    confirm.check(ok, "the gcd computed directly at 200 allowed values far out (up to 10^15) "
                      "takes no value outside those found")


__all__ = ["read"]
