"""Pascal's triangle: the k-th number of the row that has m numbers (or of "row n" when the
problem's own diagram shows the top row as Row 0), how many numbers the first m rows hold,
and how many even or odd numbers are in the top m rows.

A number is the binomial coefficient C(n, k-1), confirmed by building the rows by addition
(each number the sum of the two above it); counts of even or odd numbers are confirmed by
Lucas' theorem (C(n, k) is odd exactly when the binary digits of k are among those of n).
"""

from __future__ import annotations

import re
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import ORDINALS

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}
_ORD = r"(?P<ord>\d+(?:st|nd|rd|th)|@\d+@ ?(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")"
_TRI = r"(?:pascal's|pascal) triangle"
_KTH_OF_SIZE = re.compile(r"(?:what is|find) the " + _ORD + r" (?:number|element|entry|term) in "
                          r"the row of " + _TRI + r" that has @(?P<m>\d+)@ numbers")
_KTH_OF_ROW = re.compile(r"(?:the pattern of " + _TRI + r" is (?:illustrated|shown) in the "
                         r"diagram(?: shown)?\. )?(?:what is|find) the " + _ORD + r" (?:number|"
                         r"element|entry|term) in row @(?P<n>\d+)@ of " + _TRI + r"\?? "
                         r"@(?P<table>\d+)@")
# the row named by how it starts: "the row of Pascal's triangle that starts with 1 and then 12"
_START = (r"the row of " + _TRI + r" that (?:starts|begins) (?:with )?@(?P<one>\d+)@(?:,| and then|"
          r" then| and)? @(?P<n>\d+)@")
_KTH_OF_START = re.compile(r"(?:in " + _START + r",? )?(?:what is|find) the " + _ORD
                           + r" (?:number|element|entry|term)(?: in " + _START.replace(
                               "?P<one>", "?P<one2>").replace("?P<n>", "?P<n2>") + r")?")
# "the sum of the numbers in the row of Pascal's triangle that has 9 numbers"
_ROW_SUM = re.compile(r"(?:what is|find) the sum of (?:all )?the (?:numbers|elements|entries) in "
                      r"the row of " + _TRI + r" that has @(?P<m>\d+)@ (?:numbers|elements|"
                      r"entries)")
_FIRST_ROWS = re.compile(r"how many numbers are (?:there )?in the (?:first|top) @(?P<m>\d+)@ rows "
                         r"of " + _TRI + r"(?: \(from the @(?P<a>\d+)@ ?th row to the "
                         r"@(?P<b>\d+)@ ?th row\))?")
_PARITY = re.compile(r"(?:there are (?P<given>[a-z]+|@\d+@) (?P<p0>even|odd) (?:integers|numbers) "
                     r"in the top (?P<top>[a-z]+|@\d+@) rows of " + _TRI + r"\. )?how many "
                     r"(?P<p>even|odd) (?:integers|numbers) are (?:there )?in the top "
                     r"@(?P<m>\d+)@ rows of (?:" + _TRI + r"|the triangle)")


def read(split: Split, template: str) -> Result | None:
    if "pascal" not in template:
        return None
    body = re.sub(r"\s+", " ", template).strip().rstrip(" .?")
    if (m := _KTH_OF_SIZE.fullmatch(body)) is not None:
        _uses(split, m)
        return _entry(integer(split.maths[int(m.group("m"))]) - 1, _ordinal(split, m))
    if (m := _KTH_OF_ROW.fullmatch(body)) is not None:
        _uses(split, m)
        if not _table_starts_at_row_0(split.maths[int(m.group("table"))]):
            raise Decline("which row is row 0?")
        return _entry(integer(split.maths[int(m.group("n"))]), _ordinal(split, m))
    if (m := _KTH_OF_START.fullmatch(body)) is not None:
        _uses(split, m)
        if bool(m.group("n")) == bool(m.group("n2")):
            return None  # the row said twice, or not at all
        one, n = (m.group("one"), m.group("n")) if m.group("n") else (m.group("one2"),
                                                                      m.group("n2"))
        if integer(split.maths[int(one)]) != 1:
            raise Decline("every row starts with 1")
        return _entry(integer(split.maths[int(n)]), _ordinal(split, m))
    if (m := _ROW_SUM.fullmatch(body)) is not None:
        _uses(split, m)
        return _row_sum(integer(split.maths[int(m.group("m"))]) - 1)
    if (m := _FIRST_ROWS.fullmatch(body)) is not None:
        _uses(split, m)
        rows = integer(split.maths[int(m.group("m"))])
        if m.group("a") and (integer(split.maths[int(m.group("a"))]), integer(
                split.maths[int(m.group("b"))])) not in ((0, rows - 1), (1, rows)):
            raise Decline("the rows named are not the first rows")
        return _first_rows(rows)
    if (m := _PARITY.fullmatch(body)) is not None:
        _uses(split, m)
        if m.group("given"):
            top, given = _number(split, m.group("top")), _number(split, m.group("given"))
            if m.group("p0") != m.group("p") or _parity_count(top, m.group("p")) != given:
                raise Decline("the example given does not hold")
        return _parity(integer(split.maths[int(m.group("m"))]), m.group("p"))
    return None


def _uses(split: Split, m: re.Match[str]) -> None:
    if {int(v) for v in re.findall(r"@(\d+)@", m.group(0))} != set(range(len(split.maths))):
        raise Decline("maths the question does not use")


def _number(split: Split, word: str) -> int:
    return integer(split.maths[int(word.strip("@"))]) if word.startswith("@") else \
        _WORDS.get(word, -1)


def _ordinal(split: Split, m: re.Match[str]) -> int:
    word = m.group("ord")
    if word.startswith("@"):
        return integer(split.maths[int(word.split("@")[1])])
    return int(word[:-2]) if word[0].isdigit() else ORDINALS[word]


def _rows_by_addition(n: int) -> list[int]:
    row = [1]
    for _ in range(n):
        row = [1] + [a + b for a, b in zip(row, row[1:], strict=False)] + [1]
    return row


def _entry(n: int, k: int) -> Result:
    if not 0 <= n <= 2000 or not 1 <= k <= n + 1:
        raise Decline("a place in the row")
    v = comb(n, k - 1)
    confirm.check(_rows_by_addition(n)[k - 1] == v, "building the rows by addition gives the "
                  "same number")
    claim = f"\\binom{{{n}}}{{{k - 1}}} = {v}"
    return sp.Integer(v), [step("use the binomial coefficients", f"The row with {n + 1} numbers "
                                f"is row {n} (the top row is row 0); its numbers are "
                                f"$\\binom{{{n}}}{{0}}, \\binom{{{n}}}{{1}}, \\dots$, so number "
                                f"{k} is $\\binom{{{n}}}{{{k - 1}}}$.", f"${claim}$", claim)]


def _row_sum(n: int) -> Result:
    """The sum of row n (the row with n + 1 numbers): 2^n, confirmed by adding the row."""
    if not 0 <= n <= 2000:
        raise Decline("a row of modest length")
    v = 2**n
    confirm.check(sum(_rows_by_addition(n)) == v, "adding the numbers of the row gives the same "
                  "sum")
    claim = (f"\\binom{{{n}}}{{0}} + \\binom{{{n}}}{{1}} + \\dots + \\binom{{{n}}}{{{n}}} = "
             f"2^{{{n}}} = {v}")
    return sp.Integer(v), [step("add the row", f"The row with {n + 1} numbers is row {n}; its "
                                f"numbers count the subsets of a {n}-element set by size.",
                                f"${claim}$", claim)]


def _table_starts_at_row_0(src: str) -> bool:
    """A diagram whose rows are labelled from Row 0 and hold the right numbers."""
    rows = re.findall(r"Row\s*(\d+)\}?\s*:?(.*?)(?=\\textrm\{Row|\\text\{Row|Row\s*\d|$)", src,
                      flags=re.S)
    if not rows or int(rows[0][0]) != 0:
        return False
    for label, body in rows:
        nums = [int(x) for x in re.findall(r"(?<![\w.])\d+(?![\w.])",
                                           re.sub(r"\\vspace\{[^}]*\}", "", body))]
        if nums != _rows_by_addition(int(label)):
            return False
    return True


def _first_rows(m: int) -> Result:
    if not 1 <= m <= 10**6:
        raise Decline("a modest number of rows")
    v = m * (m + 1) // 2
    if m <= 2000:
        confirm.check(sum(len(_rows_by_addition(n)) if n < 60 else n + 1 for n in range(m)) == v,
                      "adding the lengths of the rows gives the same count")
    claim = f"1 + 2 + \\dots + {m} = \\frac{{{m} \\cdot {m + 1}}}{{2}} = {v}"
    return sp.Integer(v), [step("count row by row", "Row n holds n + 1 numbers.", f"${claim}$",
                                claim)]


def _parity_count(m: int, parity: str) -> int:
    odd = sum(1 for n in range(m) for k in range(n + 1) if k & n == k)  # Lucas' theorem
    return odd if parity == "odd" else m * (m + 1) // 2 - odd


def _parity(m: int, parity: str) -> Result:
    if not 1 <= m <= 300:
        raise Decline("a modest number of rows")
    rows = [_rows_by_addition(n) for n in range(m)]
    want = 0 if parity == "even" else 1
    v = sum(1 for row in rows for x in row if x % 2 == want)
    confirm.check(_parity_count(m, parity) == v, "Lucas' theorem (binary digits) gives the same "
                  "count")
    return sp.Integer(v), [step("write the rows", f"Build the top {m} rows by addition and count "
                                f"the {parity} numbers.", f"There are {v} {parity} numbers.", "")]


__all__ = ["read"]
