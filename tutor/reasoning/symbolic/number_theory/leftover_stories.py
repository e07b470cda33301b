"""Things pooled from several people and packed in full groups of the same size, asked how
many are left over: "Ana has 37 eggs, Ben has 49 eggs and Cy has 14 eggs. If eggs can only be
sold in cartons of 12, how many eggs will be left over if all full cartons are sold?".

Each amount is told as "<name> has N <things>" with one kind of thing; the group as
"<things> are (sold/packed/put) in <cartons/boxes/...> of K"; the question asks how many
<things> are left over. The remainder of the total on division by K is the answer, confirmed
by taking out full groups one at a time.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw

_HAS = re.compile(r"(?:^|, |and |\. )(?:if )?(?P<who>[a-z]+) has (?P<n>#\d+) (?P<thing>[a-z]+)")
_GROUP = re.compile(r"(?:if |since |but )?(?:the )?(?P<thing>[a-z]+) (?:can only be|can be|are|"
                    r"will be|must be|are only) (?:sold|packed|put|placed|packaged|shipped|"
                    r"stored|bundled) (?:only )?in (?P<box>[a-z]+) of (?P<k>#\d+)")
_ASK = re.compile(r"how many (?P<thing>[a-z]+) (?:will be|would be|are|is) left(?: over)?(?: if "
                  r"all (?:the )?(?:full )?(?P<box>[a-z]+) are (?:sold|packed|filled|used))?")
_FILLER = frozenset("and , . ; if their they combine together to sell them at the market "
                    "all".split())


def read(split: Split, template: str) -> Result | None:
    if "left" not in template or " has " not in template:
        return None
    w, places, form = nw.read_story(split, template)
    if "@" in w or places is not None or form is not None:
        return None
    w = re.sub(r"\s+", " ", w).strip().rstrip("?. ")
    ask = _ASK.search(w)
    group = _GROUP.search(w)
    if ask is None or group is None or ask.end() != len(w):
        return None
    thing = ask.group("thing")
    if group.group("thing") != thing or (ask.group("box") and ask.group("box") !=
                                         group.group("box")):
        return None
    amounts = list(_HAS.finditer(w[:group.start()]))
    if len(amounts) < 2 or any(m.group("thing") != thing for m in amounts):
        return None
    rest = w
    for m in sorted([*amounts, group, ask], key=lambda m: m.start(), reverse=True):
        rest = rest[:m.start()] + " " + rest[m.end():]
    names = {m.group("who") for m in amounts}  # "Ana, Ben and Cy combine their marbles"
    if set(re.findall(r"[a-z#][\w/.]*|[,;.]", rest)) - _FILLER - names - {thing}:
        return None
    counts = [int(m.group("n")[1:]) for m in amounts]
    k = int(group.group("k")[1:])
    if k < 2:
        raise Decline("groups of at least 2")
    total = sum(counts)
    left = total % k
    again = total
    while again >= k:
        again -= k
    confirm.check(again == left, "taking out full groups one at a time leaves the same number")
    added = " + ".join(str(c) for c in counts)
    return sp.Integer(left), [
        step("put them together", "Add what each one has.", f"${added} = {total}$",
             f"{added} = {total}"),
        step("full groups and the rest", f"Divide by {k}; the remainder is what is left over.",
             f"${total} = {k} \\cdot {total // k} + {left}$", f"{total} = {k} \\cdot "
             f"{total // k} + {left}")]


__all__ = ["read"]
