"""Reader of an entry picked at random from the first (top) n rows of Pascal's triangle, every
entry equally likely, and a property of its value; and how many entries of those rows have
the property.

Phrasings reached: "An element is chosen at random from the first 12 rows of Pascal's
triangle. What is the probability that it is 1?", "What is the probability that a number
chosen at random from the top 8 rows of Pascal's Triangle is even?", "How many of the
entries in the first 20 rows of Pascal's triangle are greater than 100?".

"The first n rows" are the n rows from the top (the single 1 and the n - 1 below it), so the
count does not depend on whether the top row is called row 0 or row 1. The rows are built by
addition (each entry the sum of the two above it) and every entry tested; the count is made
again from the binomial coefficients C(r, k) computed by `math.comb`.
"""

from __future__ import annotations

from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ROWS = r"(?:the )?(?:first|top) #(?P<n>\d+) rows of pascal'?s triangle"
_ENTRY = r"(?:an? |#1 )?(?:element|entry|number|value)"
_RANDOM = r"(?:(?:is |was )?(?:randomly )?(?:chosen|selected|picked)(?: at random| randomly)?)"
_PICKED = [
    # "an element is chosen at random from the first 10 rows of pascal's triangle"
    r"(?:^|(?<=[.;] )) ?" + _ENTRY + r" " + _RANDOM + r" (?:from )?(?:among )?" + _ROWS
    + r"(?=[ .,;?])",
    # "... that an element chosen at random from the first 10 rows of pascal's triangle"
    r" (?:an? |the )?(?:randomly (?:chosen|selected|picked) )?(?:element|entry|number) "
    r"(?:" + _RANDOM + r" )?(?:from )?(?:among )?" + _ROWS + r"(?=[ .,;?])"]
_ITS = r" (?:it|the (?:element|entry|number)(?: chosen| selected| picked)?|its value|the value of "\
    r"the (?:element|entry|number)(?: chosen| selected| picked)?)(?=[ .,;?])"
_EVENT = r" " + PROPERTY
_HOW_MANY = (r" how many (?:of )?(?:the )?(?:entries|elements|numbers) (?:in|of) " + _ROWS
             + r" (?:are|is) ")
_LIMIT = 200


def pascal_chances(split: Split, template: str) -> Result | None:
    if "pascal" not in template or "rows" not in template:
        return None
    w = Wording.of(split, template)
    how_many = w.take(_HOW_MANY)
    ask = w.take(ASK)
    picked = [m for p in _PICKED for m in w.take(p)]
    w.take(_ITS)
    event = w.take(_EVENT)
    if len(event) != 1 or not w.only_glue():
        return None
    if how_many and not (ask or picked):
        n = int(how_many[0].group("n"))
    elif len(ask) == 1 and len(picked) == 1 and not how_many:
        n = int(picked[0].group("n"))
    else:
        return None
    if not 1 <= n <= _LIMIT:
        raise Decline("a modest number of rows")
    test, words = predicate(event[0])
    rows, row = [], [1]
    for _ in range(n):
        rows.append(row)
        row = [1] + [a + b for a, b in zip(row, row[1:], strict=False)] + [1]
    good = sum(1 for r in rows for v in r if test(v))
    again = sum(1 for r in range(n) for k in range(r + 1) if test(comb(r, k)))
    total = n * (n + 1) // 2
    if how_many:
        confirm.count(good, lambda: again, f"entries {words} (by math.comb)")
        return sp.Integer(good), [step(
            "build the rows", f"Build the first {n} rows by addition ({total} entries) and "
            f"test each.", f"Of the {total} entries, {good} are {words}.")]
    return answer(good, total, f"an entry {words}", again, "binomial coefficients by math.comb",
                  f"The first {n} rows hold 1 + 2 + ... + {n} = {total} entries; {good} of "
                  f"them are {words}.")


__all__ = ["pascal_chances"]
