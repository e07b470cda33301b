"""Reader of how many digits are written in all when a list of integers is written out: the
integers from a to b, the first n positive (even, odd) integers or multiples of k, or the
page numbers of a book of n pages.

Phrasings reached: "How many digits are used to number the pages of a book with 250
pages?", "What is the total number of digits used when the first 500 positive odd integers
are written?", "How many digits are written in total when the integers from 1 to 300 are
written down?", "How many digits are needed to write the page numbers of a 120-page book?".

Every integer of the list is written and its digits counted; the count is made again block
by block: the members with d digits (those in [10^(d-1), 10^d - 1], counted by division)
times d.
"""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST_AT_MOST = 10**6
_ASK = (r" (?:how many (?:total )?digits|what is the (?:total )?number of digits|find the (?:total "
        r")?number of digits)\b")
_LISTS = [
    # "the integers from 1 to 300", "all the whole numbers from 10 through 99, inclusive"
    r" (?:all (?:of )?)?the (?:positive )?(?:integers|whole numbers|numbers|page numbers) from "
    r"#(?P<a>\d+) (?:to|through) #(?P<b>\d+)(?:,? inclusive)?(?=[ .,;?])",
    # "the first 500 positive odd integers", "the first 40 positive multiples of 3"
    r" the first #(?P<n>\d+) (?:positive )?(?:(?P<parity>even|odd) )?(?:integers|whole numbers|"
    r"numbers|counting numbers|natural numbers)(?=[ .,;?])",
    r" the first #(?P<n>\d+) (?:positive )?multiples of #(?P<k>\d+)(?=[ .,;?])",
    # "the pages of a book with 250 pages", "the page numbers of a 120-page book"
    r" (?:the )?(?:pages|page numbers) (?:of|in) (?:a|an|the) (?:(?P<pages>#\d+) ?-?page book|"
    r"book (?:with|that has|of) (?P<pages2>#\d+) pages)(?=[ .,;?])",
]
_GLUE = frozenset("are were will be used written needed required printed typed in total all "
                  "altogether to when write writing number numbering print printing type "
                  "typing list listing out down if".split())


def digits_written(split: Split, template: str) -> Result | None:
    if "digits" not in template:
        return None
    w = Wording.of(split, template)
    ask = w.take(_ASK)
    lists = [m for p in _LISTS for m in w.take(p)]
    if len(ask) != 1 or len(lists) != 1 or not w.only_glue(_GLUE):
        return None
    start, step_, count, said = _progression(lists[0].groupdict())
    if not 1 <= count <= _LIST_AT_MOST or start < 0:
        raise Decline("a list of modest length")
    last = start + step_ * (count - 1)
    listed = sum(len(str(start + step_ * i)) for i in range(count))
    blocks = []  # (digits, how many members have them)
    for d in range(1, len(str(last)) + 1):
        lo, hi = max(10 ** (d - 1) if d > 1 else 0, start), min(10**d - 1, last)
        if lo <= hi:  # members start + step_*i in [lo, hi]
            first = -(-(lo - start) // step_)
            if (hi - start) // step_ >= first:
                blocks.append((d, (hi - start) // step_ - first + 1))
    by_blocks = sum(d * n for d, n in blocks)
    confirm.count(listed, lambda: by_blocks, "digits (block by block of equal length)")
    claim = " + ".join(f"{n} \\cdot {d}" for d, n in blocks) + f" = {listed}"
    if len(blocks) == 1:
        claim = f"{blocks[0][1]} \\cdot {blocks[0][0]} = {listed}"
    return sp.Integer(listed), [step(
        "count by number of digits", f"Group {said} by how many digits each has: a "
        "d-digit number uses d digits.", f"${claim}$", claim)]


def _progression(g: dict[str, str | None]) -> tuple[int, int, int, str]:
    """(first member, step, how many, words) of the list."""
    if g.get("a") is not None:
        a, b = int(g["a"] or 0), int(g["b"] or 0)
        if b < a:
            raise Decline("an empty range")
        return a, 1, b - a + 1, f"the integers from {a} to {b}"
    if g.get("k") is not None:
        k, n = int(g["k"] or 0), int(g["n"] or 0)
        if k < 1:
            raise Decline("multiples of a positive integer")
        return k, k, n, f"the first {n} multiples of {k}"
    if g.get("n") is not None:
        n, parity = int(g["n"] or 0), g.get("parity")
        first = {"even": 2, "odd": 1}.get(parity or "", 1)
        return first, 2 if parity else 1, n, f"the first {n} {parity + ' ' if parity else ''}" \
            "positive integers"
    pages = int((g.get("pages") or g.get("pages2") or "#0")[1:])
    return 1, 1, pages, f"the page numbers 1 to {pages}"


__all__ = ["digits_written"]
