"""A factor written beside a binomial coefficient, multiplied explicitly.

latex2sympy reads a number written before `\\binom` (or a fraction after one) the way it
reads a mixed number, `2\\frac{1}{2}` = 5/2: `2\\binom{4}{2}` came out 8,
`\\binom{7}{3}\\binom{4}{2}` 41, `\\binom{4}{2}\\frac{1}{2}` 13/2 and `\\binom{4}{2}(3)` 9. No
book writes a mixed number with a binomial coefficient: what stands beside one multiplies it,
so a `\\cdot` is put between them. A limit of a sum or product (`\\sum_{k=0}^{n}\\binom{n}{k}`,
`\\sum_{k=0}^5 \\binom{5}{k}`) and a subscript (`\\log_2`) are left as they are."""

from __future__ import annotations

import re

from tutor.verify.run_edges import closing_parenthesis

_BINOM = re.compile(r"\\[dt]?binom(?![a-zA-Z])")
_TWO_GROUPS = re.compile(r"\\[dt]?(?:binom|frac)\s*$")
_AFTER = re.compile(r"\s*(?:\d|\(|\\left\s*\(|\\[dt]?(?:frac|binom)(?![a-zA-Z]))")


def _group_start(s: str, close: int) -> int | None:
    depth = 0
    for k in range(close, -1, -1):
        depth += {"}": 1, "{": -1}.get(s[k], 0)
        if depth == 0:
            return k
    return None


def _factor_before(s: str, i: int) -> bool:
    """Whether what ends just before s[i] is a factor a mixed-number reading would add."""
    head = s[:i].rstrip()
    if not head:
        return False
    last = head[-1]
    if last.isdigit():
        digits = head.rstrip("0123456789")
        return not digits.endswith(("^", "_"))  # `^5`, `_2`: a limit or a subscript
    if last in ")]!":
        return True
    if last == "}":  # only the second argument of a fraction or a binomial coefficient
        second = _group_start(head, len(head) - 1)
        if second is None or not head[:second].rstrip().endswith("}"):
            return False
        first_close = len(head[:second].rstrip()) - 1
        first = _group_start(head, first_close)
        return first is not None and bool(_TWO_GROUPS.search(head[:first]))
    return False


def _braced_pair_end(s: str, i: int) -> int | None:
    """End of the two braced arguments that start at s[i] (spaces allowed), or None."""
    first = s.find("{", i)
    if first < 0 or s[i:first].strip():
        return None
    end1 = closing_parenthesis(s, first, "{}")
    second = s.find("{", end1 + 1) if end1 >= 0 else -1
    if end1 < 0 or second < 0 or s[end1 + 1:second].strip():
        return None
    end2 = closing_parenthesis(s, second, "{}")
    return end2 if end2 >= 0 else None


def explicit_products(s: str) -> str:
    """`s` with `\\cdot` between a binomial coefficient and a factor written beside it."""
    if "binom" not in s:
        return s
    cuts: set[int] = set()  # where a `\cdot` goes: just after the factor before it
    for m in _BINOM.finditer(s):
        if _factor_before(s, m.start()):
            cuts.add(len(s[:m.start()].rstrip()))
        end = _braced_pair_end(s, m.end())
        if end is not None and _AFTER.match(s, end + 1):
            cuts.add(end + 1)
    out, last = [], 0
    for cut in sorted(cuts):
        out += [s[last:cut], " \\cdot "]
        last = cut
    return "".join(out) + s[last:]


__all__ = ["explicit_products"]
