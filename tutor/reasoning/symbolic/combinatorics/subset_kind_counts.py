"""Reader of subsets of a listed set that hold exactly (at least, at most) j members of a kind:
"How many subsets of {1, 2, ..., 8} contain exactly 2 even numbers?", "How many non-empty
subsets of {1, ..., 10} have at most one prime number?", "How many 4-element subsets of
{1, ..., 9} contain at least 2 multiples of 3?".

Counted by a formula, choosing i of the P members of the kind and any of the others:
sum of C(P, i) 2^(n - P) (or C(n - P, k - i) when the size k is said) over the i allowed, the
empty and the whole set removed when asked; confirmed by listing every subset (at most 2^16).
"""

from __future__ import annotations

from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.subset_conditions import (
    listed_subsets,
    one_rule_question,
)
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_CMP = {"exactly": lambda i, j: i == j, "at least": lambda i, j: i >= j,
        "at most": lambda i, j: i <= j, "no more than": lambda i, j: i <= j,
        "no fewer than": lambda i, j: i >= j, "no": lambda i, j: i == 0}
# the verb may have gone with the set: "subsets of {...} have at most one prime"
_RULE = (r"(?:(?: (?:that|which))? (?:contain|contains|include|includes|have|has))? "
         r"(?P<cmp>exactly|at least|at most|no more than|no fewer than|no)(?: #(?P<j>\d+))? "
         r"(?:(?P<kind>even|odd|prime) (?:numbers?|integers?|elements?|members?)|multiples? of "
         r"#(?P<m>\d+))\b")


def subset_kind_counts(split: Split, template: str) -> Result | None:
    if "subset" not in template or not quick(template, "even", "odd", "prime", "multiple"):
        return None
    q = one_rule_question(Wording.of(split, template), _RULE)
    if q is None:
        return None
    members, k, words, r = q.members, q.k, q.kinds, q.rule
    cmp = r.group("cmp")
    if (cmp == "no") != (r.group("j") is None):
        return None
    j = int(r.group("j") or 0)
    if r.group("m"):
        m = int(r.group("m"))
        if m < 1:
            raise Decline("multiples of a positive integer")
        kind = {x for x in members if x % m == 0}
    else:
        test = {"even": lambda x: x % 2 == 0, "odd": lambda x: x % 2 == 1,
                "prime": lambda x: bool(sp.isprime(x))}[r.group("kind")]
        kind = {x for x in members if test(x)}
    n, p = len(members), len(kind)
    if n > 16:
        raise Decline("more subsets than I can list")
    nonempty, proper = bool({"non-empty", "nonempty"} & set(words)), "proper" in words
    ok = _CMP[cmp]
    terms = [(i, comb(p, i) * (2 ** (n - p) if k is None else comb(n - p, k - i) if k >= i
                                else 0)) for i in range(p + 1) if ok(i, j)]
    count = sum(t for _, t in terms)
    count -= nonempty * (k in (None, 0) and ok(0, j)) + proper * (k in (None, n) and ok(p, j))
    if count <= 0:
        raise Decline("no subset qualifies: a misreading is more likely")

    def keep(s: set) -> bool:
        return ok(len(kind & s), j) and not (nonempty and not s) and not (proper and len(s) == n)
    confirm.count(count, lambda: listed_subsets(members, k, keep), "subsets (listing them)")
    def others(i: int) -> str:
        return f"2^{{{n - p}}}" if k is None else f"\\binom{{{n - p}}}{{{k - i}}}"
    shown = " + ".join(f"\\binom{{{p}}}{{{i}}} \\cdot {others(i)}" for i, _ in terms)
    dropped = sum(t for _, t in terms) - count
    claim = f"{shown} - {dropped} = {count}" if dropped else f"{shown} = {count}"
    return sp.Integer(count), [step(
        "choose the members of the kind, then the others", f"{p} of the {n} members are of the "
        f"kind; choose how many of them, then any of the other {n - p}.", f"${claim}$", claim)]


__all__ = ["subset_kind_counts"]
