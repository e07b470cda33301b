"""Typed reader: a term, or a sum of the first terms, of a sequence given by a formula in n.

"What is the 10th term of the sequence $a_n = 3n - 1$?", "If $b_n = n^2 + 1$, find $b_5$.",
"the nth term of a sequence is 4n + 3. what is the 20th term?", "what is the sum of the first
10 terms of a_n = 2n + 1". The formula is the sequence's n-th term written in n alone
(`a_n = ...`, `a_{n} = ...`, or "the nth term is ..."); the first term is the one at n = 1,
as these wordings mean. A term asked by its place is the formula at that n; a sum of the
first k terms (k at most 1000) adds them one by one.

Confirmed independently: a term is evaluated numerically at its n (floating point through
the formula, not exact algebra); a sum added term by term with exact fractions is compared
with SymPy's closed form of the sum, and with a numerical evaluation of it.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_N = sp.Symbol("n")
_MAX_TERMS = 1000
# `a_n = 3n - 1`, `a_{n} = 2^n`: the sequence's letter and its formula
_DEFINED = re.compile(r"^\s*(?P<x>[a-zA-Z])_\{?\s*n\s*\}?\s*=\s*(?P<f>.+)$", re.S)
_PLACE = r"(?P<k>\d+|@\d+@) ?-?(?:st|nd|rd|th)"
_SEQ = r"(?:(?:an? |the )?(?:given |following )?sequence(?: (?:defined|given) by)? )?"
_ASK = r"^(?:what is|find|compute|determine|evaluate|calculate|give) "
_END = r"\s*[.?]?$"
_ASKS = [
    # "what is the 10th term (of the sequence @0@)"
    re.compile(rf"{_ASK}the {_PLACE} term(?: of {_SEQ}(?:@(?P<f>\d+)@)?)?{_END}"),
    # "find @1@", "what is the value of @1@"
    re.compile(rf"{_ASK}(?:the value of )?@(?P<t>\d+)@{_END}"),
    # "what is the sum of the first 10 terms (of @0@)"
    re.compile(rf"{_ASK}the sum of the first (?P<s>\d+|@\d+@) terms(?: of {_SEQ}"
               rf"(?:@(?P<f>\d+)@)?)?{_END}"),
]
# the formula said before the question: "if @0@, ...", "@0@. what is ...", "let @0@. ..."
_GIVEN = re.compile(r"^(?:(?:if|given(?: that)?|let|suppose) )?@(?P<f>\d+)@[.,;]? (?:then )?"
                    r"(?P<rest>.+)$")
# "the nth term of a sequence is (given by) @0@." before the question
_NTH_SAID = re.compile(r"^(?:the )?(?:nth|n ?-?th|@(?P<n>\d+)@ ?-?th|general) term of (?:an? |the )"
                       r"sequence is (?:given by )?@(?P<f>\d+)@[.,;]? (?P<rest>.+)$")


def _integer(split: Split, said: str) -> int | None:
    if said.isdigit():
        return int(said)
    got = parse_latex(split.maths[int(said.strip("@"))])
    return int(got) if isinstance(got, sp.Integer) else None


def _formula(text: str) -> tuple[str, sp.Expr] | None:
    """The letter and formula of `a_n = f(n)`, with n its only letter."""
    m = _DEFINED.match(text)
    if m is None:
        return None
    f = parse_latex(m["f"])
    if not isinstance(f, sp.Expr) or f.free_symbols != {_N}:
        return None
    return m["x"], f


def read(split: Split, template: str) -> Result | None:
    tmpl = re.sub(r"\s+", " ", template.lower()).strip()
    letter: str | None = None
    f: sp.Expr | None = None
    said, given = _NTH_SAID.match(tmpl), _GIVEN.match(tmpl)
    if said is not None:
        if said["n"] and parse_latex(split.maths[int(said["n"])]) != _N:
            return None
        f = parse_latex(split.maths[int(said["f"])])
        if not isinstance(f, sp.Expr) or f.free_symbols != {_N}:
            return None
        tmpl = said["rest"]
    elif given is not None and (got := _formula(split.maths[int(given["f"])])) is not None:
        (letter, f), tmpl = got, given["rest"]
    for ask in _ASKS:
        m = ask.match(tmpl)
        if m is None:
            continue
        piece = m.groupdict().get("f")
        if (piece is None) == (f is None):
            return None  # no formula, or two
        if piece is not None:
            if (got := _formula(split.maths[int(piece)])) is None:
                return None
            letter, f = got
        assert f is not None
        if m.groupdict().get("t"):
            asked = re.fullmatch(r"\s*([a-zA-Z])_\{?\s*(\d+)\s*\}?\s*", split.maths[int(m["t"])])
            if asked is None or asked[1] != letter:
                return None
            return _term(f, int(asked[2]), letter)
        if m.groupdict().get("k"):
            k = _integer(split, m["k"])
            return None if k is None else _term(f, k, letter)
        count = _integer(split, m["s"])
        return None if count is None else _sum(f, count, letter)
    return None


def _name(letter: str | None, k: sp.Expr | int) -> str:
    return f"{letter}_{{{k}}}" if letter else f"a_{{{k}}}"


def _term(f: sp.Expr, k: int, letter: str | None) -> Result:
    if not 1 <= k <= 10**6:
        raise Decline("a term from the first to the millionth")
    value = sp.radsimp(f.doit().xreplace({_N: sp.Integer(k)}))
    if not value.is_number or value.has(sp.zoo, sp.nan, sp.oo):
        raise Decline("the formula has no value there")
    confirm.substituted(f, {_N: k}, value, "the formula evaluated numerically at n")
    claim = f"{_name(letter, k)} = {latex(f.subs(_N, sp.Symbol(str(k))))} = {latex(value)}"
    return value, [step("put n into the formula", "The n-th term is the formula at n.",
                        f"${claim}$", claim)]


def _sum(f: sp.Expr, count: int, letter: str | None) -> Result:
    if not 1 <= count <= _MAX_TERMS:
        raise Decline(f"a sum of at most {_MAX_TERMS} terms")
    whole = f.doit()  # the parsed tree evaluated once, so each term comes out exact
    terms = [whole.xreplace({_N: sp.Integer(k)}) for k in range(1, count + 1)]
    if not all(t.is_Rational for t in terms):
        raise Decline("terms that are not all fractions")
    added = sum((Fraction(int(t.p), int(t.q)) for t in terms), Fraction(0))
    total = sp.Rational(added.numerator, added.denominator)
    closed = sp.summation(f, (_N, 1, count))
    confirm.check(sp.nsimplify(closed) == total, "SymPy's closed form of the sum")
    confirm.value(sp.Sum(f, (_N, 1, count)), total, "the sum")
    name = letter or "a"
    claim = f"\\sum_{{n=1}}^{{{count}}} \\left({latex(f)}\\right) = {latex(total)}"
    return total, [step("add the first terms", f"Add {name}_1 to {name}_{count}.",
                        f"${claim}$", claim)]


__all__ = ["read"]
