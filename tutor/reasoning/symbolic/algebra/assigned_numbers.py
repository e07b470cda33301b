"""Typed reader: letters given a list of numbers in some order, and the largest or smallest
value an expression in them can take.

"The numbers $a,$ $b,$ $c,$ $d$ are equal to 1, 2, 3, 4, in some order. Find the largest
possible value of $ab + bc + cd + da$.", "Let $p$, $q$, $r$ be the numbers $2$, $5$, $7$ in
some order. What is the smallest possible value of $pq - r$?", "$x_1, x_2, \\dots$ are equal
to the numbers $1, 2, 3, \\dots, 9$ in some order ...".

Every assignment of the numbers to the letters is listed (at most 9 letters) and the
expression, a polynomial, is evaluated on each in exact rational arithmetic from its terms;
the best assignment is then evaluated again by SymPy, exactly and numerically, and must give
the same value.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import permutations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import set_members
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex

Result = tuple[sp.Basic | str, list[Step]]

_LIST = r"@\d+@(?:,? (?:and )?@\d+@)*"
_SETUP = re.compile(
    r"(?:(?:the numbers|let|suppose(?: that)?|if) )?(?P<letters>" + _LIST + r") (?:are|be) "
    r"(?:equal to |the numbers |the values |)(?:the numbers )?(?P<values>" + _LIST
    + r"),? in (?:some|an unknown) order\b")
_WHICH = {"largest": "max", "greatest": "max", "maximum": "max", "smallest": "min",
          "least": "min", "minimum": "min"}
_ASK = re.compile(r"(?:(?:find|what is|compute|determine) )?the (?P<which>" + "|".join(_WHICH)
                  + r") possible value of (?:the expression )?@(?P<t>\d+)@")
_GLUE = frozenset("then".split())
_LETTER = re.compile(r"[a-z](?:_\{?\d\}?)?")
_DOTS = re.compile(r"\\[lc]?dots|\.\.\.")
_NUMBER = re.compile(r"-?\d{1,6}")
_SAFE = "abcfghjkmnpqrstuvwxyz"


def read_assigned_numbers(split: Split, template: str) -> Result | None:
    if "order" not in template or "possible value" not in template:
        return None
    setup, ask = list(_SETUP.finditer(template)), list(_ASK.finditer(template))
    if len(setup) != 1 or len(ask) != 1:
        return None
    rest = _SETUP.sub(" ", _ASK.sub(" ", template))
    if re.search(r"@\d", rest) or set(re.findall(r"[a-z]+", rest)) - _GLUE:
        return None
    names = _pieces(split, setup[0].group("letters"))
    values = _values(split, setup[0].group("values"))
    if not all(_LETTER.fullmatch(p) for p in names) or values is None:
        return None
    letters, target = _read(names, split.maths[int(ask[0].group("t"))])
    if len(letters) != len(values) or len(set(letters)) != len(letters):
        raise Decline("as many different letters as numbers")
    if not 2 <= len(letters) <= 9:
        raise Decline("a modest number of letters")
    if not isinstance(target, sp.Expr) or target.free_symbols != set(letters) \
            or not target.is_polynomial(*letters):
        raise Decline("a polynomial in exactly the letters given the numbers")
    poly = sp.Poly(target, *letters)
    if not poly.domain.is_QQ and not poly.domain.is_ZZ:
        raise Decline("rational coefficients")
    terms = [(e, Fraction(int(c.p), int(c.q))) for e, c in poly.terms()]
    which = _WHICH[ask[0].group("which")]
    best: tuple[Fraction, tuple[int, ...]] | None = None
    orders = set(permutations(values))
    for order in orders:
        v = sum((c * _product(order, e) for e, c in terms), Fraction(0))
        if best is None or (v > best[0] if which == "max" else v < best[0]):
            best = (v, order)
    assert best is not None
    value, order = sp.Rational(best[0].numerator, best[0].denominator), best[1]
    point = {s: sp.Integer(n) for s, n in zip(letters, order, strict=True)}
    confirm.check(target.subs(point) == value,
                  "SymPy's exact value of the expression at the best assignment")
    confirm.substituted(target, point, value, "the expression evaluated numerically at the "
                        "best assignment")
    told = ", ".join(f"${latex(s)} = {n}$" for s, n in point.items())
    word = "largest" if which == "max" else "smallest"
    claim = f"{latex(target)} = {latex(value)}"
    return value, [
        step("list the assignments", "Each way of giving the numbers to the letters is one "
             "case; there are few enough to try them all.",
             f"The {len(letters)} numbers can be given to the letters in {len(orders)} "
             f"ways; evaluate ${latex(target)}$ for each.", ""),
        step(f"take the {word}", f"Compare the values of every case and keep the {word}.",
             f"The {word} value comes from {told}: ${claim}$.", claim)]


def _product(order: tuple[int, ...], powers: tuple[int, ...]) -> Fraction:
    out = Fraction(1)
    for n, k in zip(order, powers, strict=True):
        out *= Fraction(n) ** k
    return out


def _pieces(split: Split, listed: str) -> list[str]:
    return [p.strip() for i in re.findall(r"@(\d+)@", listed)
            for p in split.maths[int(i)].split(",") if p.strip()]


def _read(names: list[str], src: str) -> tuple[list[sp.Symbol], sp.Basic]:
    """The letters as symbols and the expression in them. Each letter is read as a plain
    letter from a safe set (never d, e or i, which the parser may take for a differential,
    Euler's number or the imaginary unit; a subscripted `a_1` likewise) and named back
    after parsing; a letter that was not given a number declines."""
    key = [re.sub(r"[{}\s]", "", n) for n in names]
    if len(set(key)) != len(key):
        raise Decline("as many different letters as numbers")
    renamed = dict(zip(key, _SAFE, strict=False))

    def plain_name(m: re.Match[str]) -> str:
        if m.group(1) is None:
            return m.group(0)  # a command: \frac, \cdot
        k = m.group(1) + (f"_{m.group(2)}" if m.group(2) else "")
        if k not in renamed:
            raise Decline("a letter that was not given a number")
        return " " + renamed[k] + " "

    expr = parse_latex(re.sub(r"\\[a-zA-Z]+|([a-z])(?:_\{?\s*(\d)\s*\}?)?", plain_name, src))
    expr = expr.xreplace({sp.Symbol(v): sp.Symbol(k) for k, v in renamed.items()})
    return [sp.Symbol(k) for k in key], expr


def _values(split: Split, listed: str) -> list[int] | None:
    """Whole numbers, with one `\\dots` between numbers on an even step (1, 2, 3, ..., 9),
    read as the members of a listed set are."""
    pieces = _pieces(split, listed)
    if not all(_NUMBER.fullmatch(p) or _DOTS.fullmatch(p) for p in pieces):
        return None
    if len(pieces) > 12 or any(abs(int(p)) > 10**6 for p in pieces if _NUMBER.fullmatch(p)):
        raise Decline("a short list of modest numbers")
    return set_members("\\{" + ", ".join(pieces) + "\\}")


__all__ = ["read_assigned_numbers"]
