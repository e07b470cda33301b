"""A mixed number: a whole number with a proper fraction beside it, `7 1/2` or `2\\frac{5}{8}`.

One rule for every reader (a step's arithmetic, a result said in words, a typed answer): the
fraction must be proper. `2 7/4` is no mixed number, and it is never read as 2 + 7/4 nor as 2.
"""

from __future__ import annotations


def mixed_number(whole: str, num: str, den: str, *, sign: str = "",
                 latex: bool = False) -> str | None:
    """`whole num/den` as one bracketed sum, `(7 + 1/2)` (`\\frac` when `latex`); None when the
    fraction is not proper. The parts may carry TeX's braces (`{5}`)."""
    n, d = int(num.strip("{} ")), int(den.strip("{} "))
    if not 0 <= n < d:
        return None
    fraction = f"\\frac{{{n}}}{{{d}}}" if latex else f"{n}/{d}"
    return f"{sign}({whole} + {fraction})"
