"""Readers of Pascal's triangle by parity and by size: "How many of the numbers in row 10 of
Pascal's triangle are odd?", "If a and b are odd integers, how many terms in the expansion of
(a+b)^5 are odd?", "What is the third smallest four-digit number in Pascal's triangle?".

Row n holds C(n, 0), ..., C(n, n); by Lucas' theorem C(n, k) is odd exactly when the binary
digits of k are among those of n, so 2^(ones of n in binary) of them are odd. With a and b odd,
the term C(n, k) a^(n-k) b^k is odd exactly when C(n, k) is. Each count is confirmed by
computing every C(n, k) and testing it. Every whole number m >= 2 is C(m, 1), so the d-digit
numbers in the triangle are all the d-digit numbers and the k-th smallest is 10^(d-1) + k - 1;
confirmed by listing every number below 10^d that the rows hold.

An expansion whose letters are not both said to be odd (one even, other letters) and a kind
of number other than "number" (even, prime ...) are other questions, left unread and declined.
"""

from __future__ import annotations

import re
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import ORDINALS

_TRI = r"(?:pascal'?s|pascal) triangle"
_ROW = [r" how many of the (?:numbers|entries|elements) in row #(?P<n>\d+) of " + _TRI
        + r" are (?P<p>odd|even)\b",
        r" how many (?P<p>odd|even) (?:numbers|entries|elements|integers) are (?:there )?in row "
        r"#(?P<n>\d+) of " + _TRI + r"\b"]
_LETTER = r"(?:@\d+@|[a-z])"
_EXPANSION = (r" how many (?:of the )?terms (?:in|of) the expansion of (?P<e>@\d+@|\([a-z] ?\+ ?"
              r"[a-z]\) ?\^ ?#\d+) are (?P<p>odd|even)\b")
_BOTH_ODD = (r",? (?:if )?(?P<x>" + _LETTER + r") and (?P<y>" + _LETTER + r") are (?:both )?odd"
             r"(?: integers| numbers)?\b")
_POWER = re.compile(r"\(\s*([a-z])\s*\+\s*([a-z])\s*\)\s*\^\s*(?:\{\s*(\d+)\s*\}|#?\s*(\d+))")
_KTH = (r" (?:what is|find) the (?:(?P<ord>" + "|".join(ORDINALS) + r") )?smallest #(?P<d>\d+)"
        r"[- ]digit (?:number|integer|whole number) (?:in|that appears in|of) " + _TRI + r"\b")
_GLUE = {"what", "is", "whats", "if"}
_MOST_ROW = 20_000
_MOST_DIGITS = 4


def pascal_parity(split: Split, template: str) -> Result | None:
    if not quick(template, "odd", "even", "smallest"):
        return None
    w = Wording.of(split, template)
    row = [m for p in _ROW for m in w.take(p)]
    expansion, kth = w.take(_EXPANSION), w.take(_KTH)
    odd = w.take(_BOTH_ODD)
    if len(row) + len(expansion) + len(kth) != 1 or len(odd) != len(expansion) or not w.only_glue(
            _GLUE):
        return None
    if kth:
        return _kth_smallest(kth[0])
    if row:
        n, parity, what = int(row[0].group("n")), row[0].group("p"), "numbers in the row"
    else:
        n, parity, what = _expansion(w, expansion[0], odd[0]), expansion[0].group("p"), "terms"
    if n > _MOST_ROW:
        raise Decline("a row of a modest size")
    ones = bin(n).count("1")
    odds = 2 ** ones
    value = odds if parity == "odd" else n + 1 - odds
    confirm.count(value, lambda: sum(comb(n, k) % 2 == (parity == "odd") for k in range(n + 1)),
                  f"{parity} entries of row {n} (computing each one)")
    claim = f"2^{{{ones}}} = {odds}" if parity == "odd" else f"{n + 1} - 2^{{{ones}}} = {value}"
    return sp.Integer(value), [step("Lucas' theorem", f"{n} is {bin(n)[2:]} in binary, with "
                                    f"{ones} ones; C({n}, k) is odd exactly when the binary "
                                    f"digits of k are among those of {n}, so 2^{ones} of the "
                                    f"{n + 1} {what} are odd.", f"${claim}$", claim)]


def _expansion(w: Wording, e: re.Match[str], odd: re.Match[str]) -> int:
    """The power of (x + y)^n whose letters x and y are both said to be odd."""
    src = e.group("e")
    if src.startswith("@"):
        src = w.maths[int(src.strip("@"))]
    m = _POWER.fullmatch(src.strip())
    if m is None:
        raise Decline("a power of a sum of two letters")
    said = {_letter(w, odd.group("x")), _letter(w, odd.group("y"))}
    if said != {m.group(1), m.group(2)} or m.group(1) == m.group(2):
        raise Decline("both letters of the sum said to be odd")
    return int(m.group(3) or m.group(4))


def _letter(w: Wording, token: str) -> str:
    if token.startswith("@"):
        return w.maths[int(token.strip("@"))].strip()
    return token


def _kth_smallest(m: re.Match[str]) -> Result:
    k, d = ORDINALS[m.group("ord")] if m.group("ord") else 1, int(m.group("d"))
    if not 2 <= d <= _MOST_DIGITS:
        raise Decline("a number of a few digits")
    value = 10 ** (d - 1) + k - 1
    if value >= 10 ** d:
        raise Decline("as many numbers as there are of that size")
    confirm.check(_listed(d)[k - 1] == value, "listing every number the rows hold below 10^d")
    claim = f"10^{{{d - 1}}} + {k - 1} = {value}" if k > 1 else f"10^{{{d - 1}}} = {value}"
    return sp.Integer(value), [step("every number is in row m", f"Every whole number m is "
                                    f"C(m, 1), the second entry of row m, so every {d}-digit "
                                    "number is in the triangle and they come in order from "
                                    f"10^{d - 1}.", f"${claim}$", claim)]


def _listed(d: int) -> list[int]:
    """Every distinct number of d digits in the rows (row n's entries grow up to its
    middle, so a row is read until an entry reaches 10^d)."""
    found: set[int] = set()
    for n in range(1, 10 ** d + 1):
        for k in range(1, n // 2 + 1):
            c = comb(n, k)
            if c >= 10 ** d:
                break
            if c >= 10 ** (d - 1):
                found.add(c)
    return sorted(found)


__all__ = ["pascal_parity"]
