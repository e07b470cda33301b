"""Digit puzzles: an addition in which letters stand for digits, or whose base is unknown,
written as a column addition or inline (`numeral_puzzles`), with the question about the
letters or the base:

    "If S, H and E are distinct non-zero digits less than 5 and [column addition in base 5]
     holds, find S + H + E, expressing your answer in base 5."
    "Find the value of h such that the following addition in base h is true: [array]"
    "If A, B and C are non-zero distinct digits in base 6 such that
     \\overline{ABC}_6 + \\overline{BCA}_6 + \\overline{CAB}_6 = \\overline{AAA0}_6, find B + C."
    "Find the absolute value of the difference of single-digit integers A and B such that ..."

The words are read by phrases (`digit_puzzle_words`): every letter must be declared a digit,
every condition ("distinct", "non-zero", "less than 5", "in base 6") is applied, and a
word the reader does not know declines the problem. Every assignment of digits allowed is
tried, with the numerals' values by place value; the solutions are found again by adding
the columns with carries, digit by digit, and the two lists must agree. The asked value
must be the same for every solution, or the problem is declined.
"""

from __future__ import annotations

import itertools
import math

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.number_theory.digit_puzzle_words import Puzzle, read_puzzle
from tutor.reasoning.symbolic.number_theory.integers import to_base
from tutor.reasoning.symbolic.number_theory.numeral_puzzles import Addition, Numeral
from tutor.reasoning.symbolic.patterns import Result

_MAX_TRIES = 400_000
_MAX_BASE = 1000
_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz"


def read(text: str) -> Result | None:
    """A digit puzzle's answer, or None when the text is not one."""
    puzzle = read_puzzle(text)
    if puzzle is None:
        return None
    return solve(puzzle)


def answer(text: str) -> Result:
    """`read`, declining when the text is not a digit puzzle."""
    got = read(text)
    if got is None:
        raise Decline("not a digit puzzle")
    return got


def solve(p: Puzzle) -> Result:
    letters = sorted(set().union(*(n.letters() for a in p.additions for n in a.numerals())))
    if set(letters) != p.declared:
        raise Decline("every letter in the numerals must be declared a digit, and only those")
    mixed = len({n.base or p.base for a in p.additions for n in a.numerals()}) > 1
    if mixed and not all(n.base.isdigit() or n.plain and len(n.symbols) == 1
                         for a in p.additions for n in a.numerals()):
        raise Decline("numerals in several bases, not each one written")
    if p.asked == "base" and p.base.isdigit():
        raise Decline("the base is asked but written")
    if p.base.isdigit():
        bases = [int(p.base)]
    elif letters:
        raise Decline("letters for digits in an unknown base")
    else:
        bases = _bases_by_roots(p)
    solutions = []
    for b in bases:
        for values in _assignments(letters, b, p):
            if all(_by_place_value(a, b, values) for a in p.additions):
                solutions.append((b, values))
    second = _by_int_parse if mixed else _by_columns
    again = [(b, v) for b in bases for v in _assignments(letters, b, p)
             if all(second(a, b, v) for a in p.additions)]
    confirm.check(again == solutions, "reading each numeral again (Python's int in its base, or "
                  "adding the columns with carries) finds the same solutions")
    if not solutions:
        raise Decline("no digits satisfy the puzzle")
    answers = {_asked(p, b, v) for b, v in solutions}
    if len(answers) != 1:
        raise Decline("the puzzle has solutions with different answers")
    value = answers.pop()
    return _answer(p, value, solutions)


def _bases_by_roots(p: Puzzle) -> list[int]:
    """The bases in which the additions (digits only, base unknown) hold: whole roots of the
    polynomial in the base, checked against a search of every base up to `_MAX_BASE`."""
    least = max(2, 1 + max(int(s) for a in p.additions for n in a.numerals() for s in n.symbols))
    b = sp.Symbol("b")
    roots: set[int] | None = None
    for a in p.additions:
        poly = sp.expand(sum(s * _polynomial(n, b) for s, n in a.left)
                         - sum(s * _polynomial(n, b) for s, n in a.right))
        if poly == 0:
            raise Decline("the addition holds in every base")
        found = {int(r) for r in sp.roots(sp.Poly(poly, b), filter="Z") if int(r) >= least}
        roots = found if roots is None else roots & found
    if any(r > _MAX_BASE for r in roots or set()):
        raise Decline("a base beyond the bases tried")
    tried = [k for k in range(least, _MAX_BASE + 1)
             if all(_by_place_value(a, k, {}) for a in p.additions)]
    confirm.check(sorted(roots or set()) == tried, "the polynomial's whole roots are the bases "
                  "found by trying each one")
    return tried


def _polynomial(n: Numeral, b: sp.Symbol) -> sp.Expr:
    return sum((int(s) * b**k for k, s in enumerate(reversed(n.symbols))), sp.Integer(0))


def _assignments(letters: list[str], b: int, p: Puzzle) -> list[dict[str, int]]:
    low = 1 if p.nonzero else 0
    high = min(b, p.below or b)
    lead = {n.symbols[0] for a in p.additions for n in a.numerals() if len(n.symbols) > 1}
    if any(s.isdigit() and int(s) >= _base(n, b) for a in p.additions for n in a.numerals()
           for s in n.symbols):
        return []
    def top(x: str) -> int:  # a digit of every numeral it is written in
        return min([high] + [_base(n, b) for a in p.additions for n in a.numerals()
                             if x in n.symbols])
    pools = [range(max(low, 1 if x in lead else 0), top(x)) for x in letters]
    size = math.prod(len(r) for r in pools)
    if size > _MAX_TRIES:
        raise Decline("too many digits to try")
    chosen = itertools.product(*pools)
    return [dict(zip(letters, c, strict=True)) for c in chosen
            if not p.distinct or len(set(c)) == len(c)]


def _base(n: Numeral, b: int) -> int:
    """The numeral's own base where written, else the puzzle's base `b`."""
    return int(n.base) if n.base.isdigit() else b


def _digits(n: Numeral, values: dict[str, int]) -> list[int]:
    return [values[s] if s.isalpha() else int(s) for s in n.symbols]


def _by_place_value(a: Addition, b: int, values: dict[str, int]) -> bool:
    def side(terms: tuple[tuple[int, Numeral], ...]) -> int:
        return sum(sign * _value(n, _base(n, b), values) for sign, n in terms)
    return side(a.left) == side(a.right)


def _value(n: Numeral, b: int, values: dict[str, int]) -> int:
    return sum(d * b**k for k, d in enumerate(reversed(_digits(n, values))))


def _by_int_parse(a: Addition, b: int, values: dict[str, int]) -> bool:
    """Each numeral read by Python's `int(text, base)` from its digits written out."""
    def side(terms: tuple[tuple[int, Numeral], ...]) -> int:
        return sum(sign * int("".join(_CHARS[d] for d in _digits(n, values)), _base(n, b))
                   for sign, n in terms)
    return side(a.left) == side(a.right)


def _by_columns(a: Addition, b: int, values: dict[str, int]) -> bool:
    """Each side's numerals (those taken away moved to the other side) added column by
    column with carries; the two rows of digits must be the same."""
    plus = [n for s, n in a.left if s > 0] + [n for s, n in a.right if s < 0]
    minus = [n for s, n in a.right if s > 0] + [n for s, n in a.left if s < 0]
    return _column_sum(plus, b, values) == _column_sum(minus, b, values)


def _column_sum(numerals: list[Numeral], b: int, values: dict[str, int]) -> list[int]:
    rows = [list(reversed(_digits(n, values))) for n in numerals]
    out: list[int] = []
    carry, k = 0, 0
    while k < max(len(r) for r in rows) or carry:
        total = carry + sum(r[k] for r in rows if k < len(r))
        out.append(total % b)
        carry, k = total // b, k + 1
    while len(out) > 1 and out[-1] == 0:
        out.pop()
    return out


def _asked(p: Puzzle, b: int, values: dict[str, int]) -> int:
    if p.asked == "base":
        return b
    if p.asked == "number":
        digits = [values[x] for x in p.asked_letters]
        if digits[0] == 0 or any(d > 9 for d in digits):
            raise Decline("the letters do not make a numeral in base ten")
        return int("".join(map(str, digits)))
    assert p.asked_expr is not None
    known = {sp.Symbol(x): v for x, v in values.items()}
    if not p.base.isdigit():
        known[sp.Symbol(p.base)] = b
    got = p.asked_expr.subs(known)
    if not got.is_Integer:
        raise Decline("the asked value is not a whole number")
    return int(got)


def _answer(p: Puzzle, value: int, solutions: list[tuple[int, dict[str, int]]]) -> Result:
    b, values = solutions[0]
    shown = ", ".join(f"${p.names.get(x, x)} = {v}$" for x, v in values.items())
    claims = []
    for a in p.additions:
        def side(terms: tuple[tuple[int, Numeral], ...]) -> str:
            text = ""
            for sign, n in terms:
                v = _value(n, _base(n, b), values)
                text += (" - " if sign < 0 else (" + " if text else "")) + str(v)
            return text.lstrip()
        claims.append(f"{side(a.left)} = {side(a.right)}")
    one_base = len({n.base or p.base for a in p.additions for n in a.numerals()}) == 1
    found = (f"base {b}" + (f" and {shown}" if shown else "")) if one_base else shown
    how = "one solution" if len(solutions) == 1 else f"{len(solutions)} solutions, with one answer"
    steps: list[Step] = [
        step("read the puzzle", "Each numeral is a sum of its digits times powers of the base; "
             "the letters are digits with the conditions told.", f"Trying every digit allowed "
             f"gives {how}: {found}.", ""),
        *(step("check the addition", "In base ten the addition reads:", f"${c}$", c)
          for c in claims)]
    if p.answer_base:
        if p.answer_base > 10:
            raise Decline("an answer in a base with letters for digits")
        written, division = to_base(value, p.answer_base)
        steps += division
        return f"{written}_{{{p.answer_base}}}", steps
    return sp.Integer(value), steps


__all__ = ["answer", "read", "solve"]
