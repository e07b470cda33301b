"""Combinations and permutations asked on their own in calculator notation or in the
textbook's words, written as TeX for the readers: "C(10, 3)", "What is P(6, 2)?", "10C3",
"8P2", "nCr(10, 3)", "binomial(12, 5)", "the number of permutations of 6 objects taken 2 at
a time". A point named C or P is always in a longer sentence, so it is never read here; a
count of k things out of n with k > n is left unread (conventions differ).
"""

from __future__ import annotations

import re

# "C(10, 3)", "What is P(6, 2)?", "10C3", "8P2", "nCr(10, 3)", "binomial(12, 5)" asked on
# their own: combinations and permutations in calculator notation (a point named C or P is
# always in a longer sentence)
_COUNT_NOTATION = re.compile(r"\s*(?:(?:what is|compute|evaluate|find|calculate)\s+)?(?:([CP]|"
                             r"nCr|nPr|binomial|binom|comb|perm)\(\s*(\d+)\s*,\s*(\d+)\s*\)|"
                             r"(\d+)\s*([CP])\s*(\d+))\s*[.?]?\s*",
                             re.IGNORECASE)

# the textbook's words for the same: "the number of permutations of 6 objects taken 2 at a time"
_TAKEN_AT_A_TIME = re.compile(
    r"\s*(?:(?:what is|find|compute|calculate|evaluate)\s+the number of|how many) (?P<kind>"
    r"permutations|combinations) (?:are there )?of (?P<n>\d+) (?:different |distinct )?(?:objects"
    r"|things|items|elements) taken (?P<k>\d+) at a time(?: are there)?\s*[.?]?\s*", re.I)


def as_tex(text: str) -> str | None:
    """"Compute $\\binom{n}{k}$." or "Compute $\\frac{n!}{(n - k)!}$." for a count asked in
    this notation; None for any other text."""
    counted = _COUNT_NOTATION.fullmatch(text)
    taken = _TAKEN_AT_A_TIME.fullmatch(text)
    notation = (counted.group(1) or counted.group(5), counted.group(2) or counted.group(4),
                counted.group(3) or counted.group(6)) if counted else \
        (taken["kind"][0], taken["n"], taken["k"]) if taken else None
    if notation is None:
        return None
    kind = "P" if notation[0].lower() in ("p", "npr", "perm") else "C"
    n, k = notation[1], notation[2]
    if int(k) > int(n):
        return text  # no k of n things when k > n: conventions differ, not read
    return (f"Compute $\\binom{{{n}}}{{{k}}}$." if kind == "C" else
            f"Compute $\\frac{{{n}!}}{{({n} - {k})!}}$.")


__all__ = ["as_tex"]
