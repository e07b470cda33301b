"""Reader of the subsets of a set of n elements, all of them or those of one size: "How many
subsets does a set with 6 elements have?", "How many 3-element subsets of a set of 7 elements
are there?", "How many nonempty proper subsets does {a, b, c, d} have?", "What is 9 choose 4?".

All subsets: 2^n (less the empty set or the whole set when left out), confirmed by adding the
subsets of each size; of one size: the binomial coefficient (`choice_counts.binomial`).
"""

from __future__ import annotations

import re
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.choice_counts import binomial
from tutor.reasoning.symbolic.combinatorics.wording import Wording, set_members
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

SET = (r" (?:a |an |the )?(?:set|collection) (?:with|of|containing|that has|having) "
        r"#(?P<n>\d+) (?:different |distinct )?elements\b| (?:a |an )?#(?P<n2>\d+)-element set\b"
        r"| (?:of )?the set (?P<lit>@\d+@)| (?:of|does) (?P<lit2>@\d+@)")
_SIZE = (r" (?:with|of size|containing|contain|have|that (?:have|contain)|having) (?:exactly )?"
         r"#(?P<k>\d+) "
         r"elements\b")


def set_size(w: Wording, m: re.Match[str]) -> int:
    """The number of elements of the set `SET` matched: said, or listed."""
    lit = m.group("lit") or m.group("lit2")
    return _size(w.maths[int(lit.strip("@"))]) if lit else int(m.group("n") or m.group("n2"))


def _size(src: str) -> int:
    """The number of elements of a listed set: {a, b, c} or {1, 2, ..., 9}."""
    body = re.fullmatch(r"\s*\\\{(.*)\\\}\s*", src)
    if not body:
        raise Decline("a listed set")
    if re.search(r"\\[lc]?dots", body.group(1)):
        return len(set_members(src))
    items = [p.strip() for p in body.group(1).split(",")]
    if not all(re.fullmatch(r"-?\d+|[a-zA-Z]", p) for p in items) or len(set(items)) != len(items):
        raise Decline("a set of distinct numbers or letters")
    return len(items)


def subsets(split: Split, template: str) -> Result | None:
    if "subset" not in template and "choose" not in template:
        return None
    w = Wording.of(split, template)
    plain = w.take(r" #(\d+) choose #(\d+)\b")
    if plain:
        if len(plain) != 1 or not w.only_glue():
            return None
        return binomial(int(plain[0].group(1)), int(plain[0].group(2)), "choices")
    kinds = w.take(r" (?:how many|the number of) (?:different |distinct )?((?:(?:nonempty|"
                   r"non-empty|proper) )*)(?:#(\d+)-element )?subsets\b")
    sets = w.take(SET)
    size = w.take(_SIZE)
    if len(kinds) != 1 or len(sets) != 1 or len(size) > 1 or not w.only_glue(
            {"does", "have", "has", "can", "be", "formed", "are", "there", "of"}):
        return None
    n = set_size(w, sets[0])
    words = kinds[0].group(1).split()
    if size or kinds[0].group(2):
        if words or (size and kinds[0].group(2)):
            raise Decline("a size and another condition")
        return binomial(n, int(size[0].group("k") if size else kinds[0].group(2)), "subsets")
    if not 0 <= n <= 60 or len(words) != len(set(words)):
        raise Decline("a set of modest size")
    drop = [] if not words else ["the empty set"] if "proper" not in words else \
        ["the whole set"] if len(words) == 1 else ["the empty set", "the whole set"]
    v = 2**n - len(drop)
    if n == 0 and drop:
        raise Decline("the empty set has no such subsets")
    by_sizes = sum(comb(n, j) for j in range(n + 1)) - len(drop)
    confirm.count(v, lambda: by_sizes, "subsets (adding the subsets of each size)")
    claim = f"2^{{{n}}}" + "".join(" - 1" for _ in drop) + f" = {v}"
    hint = "Each element is either in the subset or not."
    if drop:
        hint += " Leave out " + " and ".join(drop) + "."
    return sp.Integer(v), [step("count the subsets", hint, f"${claim}$", claim)]


__all__ = ["SET", "set_size", "subsets"]
