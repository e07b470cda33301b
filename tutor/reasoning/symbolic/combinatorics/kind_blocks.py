"""Reader of rows of different things of two to four kinds with each kind kept together:
"In how many ways can 3 different math books and 4 different English books be put on a
shelf if all the math books must stay together and all the English books must stay
together?", "... if books on the same subject must be kept together?".

Each kind is one block: the blocks in k! orders, each block's own things in n_i! orders,
k! n_1! n_2! ... in all. Confirmed by listing every order of the kinds' labels (the things
of one kind not told apart) and keeping those where each kind is one run, times the orders
inside the blocks.
"""

from __future__ import annotations

import re
from math import factorial, prod

import sympy as sp
from sympy.utilities.iterables import multiset_permutations

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.arrangements import ASK, IN_A_ROW, THINGS
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

# things more often stacked than seated
_OBJECTS = (THINGS + r"|mugs|cds|dvds|records|games|magazines|comics|comic books|posters|stamps|"
            r"novels|albums|textbooks|notebooks|dictionaries")
# a kind by its adjective ("3 different red books") or by its own noun ("4 different novels")
_PART = r"#(?P<n{0}>\d+) (?P<d{0}>different |distinct )?(?:(?P<adj{0}>[a-z]+) )?(?P<noun{0}>" \
    + _OBJECTS + r")\b"
_KINDS = (r" " + _PART.format(1) + r"(?:, " + _PART.format(2) + r")?(?:,? and " + _PART.format(3)
          + r")")
_TOGETHER = (r"(?:must |have to |are to |should |will )?(?:also )?(?:stay|be|remain|be kept|be "
             r"placed|be grouped|are kept|are grouped|are) (?:all )?(?:together|next to each "
             r"other|in a block|grouped together)")
# each kind said by name: "all the math books must stay together"
_EACH = (r"(?: (?:if|so that|such that|where|and))? (?:all )?(?:of )?the (?:(?P<adj>[a-z]+) )?"
         r"(?P<noun>" + _OBJECTS + r") " + _TOGETHER + r"\b")
# all kinds at once: "books on the same subject must be kept together"
_ALL = (r" (?:if |so that |such that |where )?(?:the |all )?(?:" + _OBJECTS + r") (?:on|of|in) "
        r"(?:the same|each) (?:subject|kind|type|colour|topic|language|genre) " + _TOGETHER
        + r"\b")
# a pile instead of a row: "stacked in a pile", "when she stacks them", "how many stacks"
_STACK = (r" (?:when )?(?:(?:she|he|they|i|we|you) )?(?:stacks?|stacked)(?: them)?(?: (?:in|into|"
          r"on) a (?:pile|stack|tower))?\b| (?:in|into) a (?:pile|stack)\b")
_STACKS = r" how many (?:different |distinct |possible )*(?:stacks|piles)\b"
# who owns the things: "ana has 3 different ...", "i have 4 different ..."
_OWNER = r"(?:(?<=^ )|(?<=[.?!] ))(?:i|we|you|[a-z]+) (?:has|have|owns|own)(?= #\d)"
_DIFFERENT = (r" \((?:the )?[a-z]+ (?:" + THINGS + r") are all different(?:,)? and so are the "
              r"[a-z]+ (?:" + THINGS + r")\.?\)"
              r"|,? \(?(?:the|all the) (?:[a-z]+ )?(?:" + THINGS + r") are all different\.?\)?")
_VERBS = frozenset("put place placed arranged arrange be can we i you they stacked lined up "
                   "there are to line them when pile stack".split())
_LIST = 2_000_000


def kind_blocks(split: Split, template: str) -> Result | None:
    if not quick(template, "together", "block", "next to each other") or not quick(
            template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    w.pronoun_i()
    different = w.take(_DIFFERENT)
    w.take(_OWNER)
    kinds, each, every = w.take(_KINDS), w.take(_EACH), w.take(_ALL)
    ask, row, stack = w.take(ASK) + w.take(_STACKS), w.take(IN_A_ROW), w.take(_STACK)
    if len(kinds) != 1 or len(ask) != 1 or len(row) > 1 or not (row or stack) or \
            not (each or every) or \
            (each and every) or not w.only_glue(_VERBS):
        return None
    m = kinds[0]
    parts = [(m.group("adj" + i) or m.group("noun" + i), int(m.group("n" + i)),
              bool(m.group("d" + i))) for i in "123" if m.group("n" + i)]
    names = [name for name, _, _ in parts]
    nouns = [m.group("noun" + i) for i in "123" if m.group("n" + i)]
    bare = [m.group("noun" + i) for i in "123" if m.group("n" + i) and not m.group("adj" + i)]
    if len(set(names)) != len(names) or (len(set(nouns)) != 1 if not bare else
                                          len(set(nouns)) != len(nouns)):
        raise Decline("kinds of one thing, or things each of their own kind, each named once")
    told = {a for d in different for a in re.findall(r"([a-z]+) (?:" + THINGS + r")\b", d.group(0))}
    if told - set(names) - {"the"}:
        raise Decline("things said to be different that are not the kinds there are")
    if not different and not all(d for _, _, d in parts):
        raise Decline("things that may be identical")
    if each and sorted(e.group("adj") or e.group("noun") for e in each) != sorted(names):
        return None  # some kinds kept together, not all: another count
    sizes = [n for _, n, _ in parts]
    if not all(1 <= n <= 12 for n in sizes):
        raise Decline("a modest number of things")
    k = len(sizes)
    v = factorial(k) * prod(factorial(n) for n in sizes)
    runs = one_run_orders(sizes, _LIST)
    confirm.count(v, lambda: runs * prod(factorial(n) for n in sizes),
                  "orders (listing the orders of the kinds, times the orders in each block)")
    claim = f"{k}! \\cdot " + " \\cdot ".join(f"{n}!" for n in sizes) + f" = {v}"
    return sp.Integer(v), [step("treat each kind as a block", f"The {k} blocks can be put in "
                                f"{k}! orders; inside each block its things can be in any "
                                "order.", f"${claim}$", claim)]


def one_run_orders(sizes: list[int], most: int) -> int:
    """Listing every order of the kinds' labels (things of one kind not told apart), how many
    keep each kind in one run; Decline when there are more than `most` orders to list."""
    labels = [i for i, n in enumerate(sizes) for _ in range(n)]
    if factorial(len(labels)) // prod(factorial(n) for n in sizes) > most:
        raise Decline("too many orders to list")
    return sum(1 for p in multiset_permutations(labels)
               if sum(1 for a, b in zip(p, p[1:], strict=False) if a != b) == len(sizes) - 1)


__all__ = ["kind_blocks", "one_run_orders"]
