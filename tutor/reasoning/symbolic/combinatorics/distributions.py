"""Reader of distributions: n balls (candies, books ...) into k boxes (children, bags ...),
each side distinguishable or not as the problem says, optionally with every box getting
at least m.

Phrasings reached: "How many ways are there to put 5 balls in 3 boxes if the balls are
distinguishable but the boxes are not?", "In how many ways can 7 identical candies be
distributed among 3 children if each child gets at least one candy?", "How many ways
are there to place 6 indistinguishable balls into 2 indistinguishable boxes?" ...
Whether the balls (and boxes) can be told apart must be said; children, people and
friends always can. Counted by a formula (powers, stars and bars, Stirling numbers,
partitions) and again by listing every assignment and keeping one per arrangement that
cannot be told apart.
"""

from __future__ import annotations

from itertools import product
from math import comb

import sympy as sp
from sympy.functions.combinatorial.numbers import stirling

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ITEMS = (r"(?:balls|things|candies|cookies|marbles|pieces of candy|apples|coins|books|toys|"
          r"pencils|stickers|letters|gifts|presents|items|objects|pens|erasers|rocks|pebbles|flowers|"
          r"chocolates|donuts|photos|stamps)")
_BOXES = (r"(?:boxes|bins|bags|sacks|jars|baskets|mailboxes|drawers|envelopes|shelves|"
          r"sheets of paper|sheets|pages|cups|vases|piles|pockets|plates|trays|children|kids|"
          r"people|friends|students)")
_PEOPLE = {"children", "kids", "people", "friends", "students"}
_KIND = r"(?:(?P<{0}>distinguishable|indistinguishable|identical|different|distinct) )?"
_SPLIT = (r" (?:(?:put|place|distribute|give|divide|split|share)s? )?(?:#(?P<n>\d+) "
          + _KIND.format("ik") + r"(?P<items>" + _ITEMS + r")|them) (?:be )?(?:put |placed |"
          r"distributed |given |divided |split |shared |go )?(?:in|into|on|onto|among|to|"
          r"between) "
          r"#(?P<k>\d+) " + _KIND.format("bk")
          + r"(?P<boxes>" + _BOXES + r")\b")
_SAID = (r" (?:if |and |but |,)*the (?P<who>balls|boxes|" + _ITEMS[3:-1] + r"|" + _BOXES[3:-1]
         + r") are (?P<not>not )?(?P<kind>distinguishable|indistinguishable|identical|different"
         r"|distinct)\b| (?:and|but) the (?P<who2>boxes|" + _BOXES[3:-1] + r") are(?P<not2> not)?"
         r"(?=[.?,]| ;)| (?:and|but) (?P<so>so|neither) are the (?P<who3>boxes|" + _BOXES[3:-1]
         + r")\b")
_ONE_BOX = (r"(?:box|bin|bag|sack|jar|basket|mailbox|envelope|drawer|shelf|sheet|page|cup|"
            r"vase|pile|pocket|plate|tray)")
_LEAST = (r" (?:if |so that |and |such that )?(?:each|every) (?:" + _ONE_BOX[3:-1] + r"|child|kid|"
          r"person|friend|student) (?:gets|receives|contains|has|must get|must contain|must "
          r"have|must receive) at least #(?P<m>\d+)(?: \w+)?\b| (?:if |so that |and |such that )?"
          r"(?:no|neither) " + _ONE_BOX + r" (?:is|may be|can be|must be|will be) (?:left )?"
          r"empty\b| with no " + _ONE_BOX + r" (?:left )?empty\b")
_ASK = r" (?:in )?how many (?:different )?ways\b| the number of ways\b"
# no lower bound said outright: "if each student can receive any number of books", "(a box
# may be left empty)"
_ANY = (r" \(?(?:if |so that |and |where )?(?:each|every|a|any) (?:box|bin|bag|jar|basket|child|"
        r"kid|person|friend|student) (?:can|may) (?:receive|get|contain|hold|have|be given) any "
        r"number of (?:them|the [a-z]+|[a-z]+)(?: \((?:including|even) (?:none|zero|#0)\))?\b"
        r"\)?| \(?(?:and |where |if |assuming (?:that )?)?(?:a|some|any|one or more)(?: of the)? "
        r"(?:" + _ONE_BOX[3:-1] + r"|" + _BOXES[3:-1] + r") (?:can|may|might|could) be "
        r"(?:left )?empty\b\)?"
        # "assuming he might leave some of the bags empty"
        r"| \(?(?:and |if |assuming (?:that )?)?(?:he|she|they|we|you|i) (?:can|may|might|could) "
        r"leave (?:a|some|any|one or more)(?: of the)? (?:" + _ONE_BOX[3:-1] + r"|" + _BOXES[3:-1]
        + r") empty\b\)?"
        # "if some children may get no candy", "(a child may receive nothing)"
        r"| \(?(?:if |and |where )?(?:some|a|any|one or more) (?:child|children|kid|kids|person|"
        r"people|friend|friends|student|students) (?:can|may|might) (?:get|receive|be given) "
        r"(?:none|nothing|zero|no [a-z]+)(?: at all)?\b\)?")


# who acts, at the start of a sentence: "a store clerk puts ...", "henry's little brother has
# ..."; never a word that could say how ("never", "randomly", "also", "can't")
_WHO = (r"(?:^|(?<=[.!?])) (?:(?!(?:not|no|never|each|every|only|if|some|all|none|how|what|in|"
        r"also|always|sometimes|either|neither|nor|and|or|but|then|than|to|can|will|must|should|"
        r"may|might|could|would|cannot|wants|tries|just|still|again|each)\b|[a-z']*(?:ly|n't)\b)"
        r"[a-z']+ ){1,4}?")
_VERBS = r"(?:puts|places|distributes|gives|divides|splits)"
# the things owned in one sentence, moved in another: "Ann has 9 identical pencils and 3
# identical cups. How many ways are there to put (all of) the pencils in the cups?"
_OWNED = (_WHO + r"(?:has|have|had|owns|bought) #(?P<n>\d+) " + _KIND.format("ik") + r"(?P<items>"
          + _ITEMS + r") and #(?P<k>\d+) " + _KIND.format("bk") + r"(?P<boxes>" + _BOXES + r")\b")
_MOVE_THE = (r" (?:(?:put|place|distribute|give|divide|split|stick)s? (?:all (?:of )?)?the "
             r"(?P<items>" + _ITEMS + r")|(?:all (?:of )?)?the (?P<items2>" + _ITEMS + r") be "
             r"(?:put|placed|distributed|divided|split))"
             r" (?:in|into|on|onto|among|between|to) the (?P<boxes>" + _BOXES + r")\b")
# "if only the number of stickers on each sheet matters": the things cannot be told apart
_ONLY_COUNT = (r",? (?:if |since |as )?only the number of (?P<items>" + _ITEMS + r") (?:in|on|"
               r"inside|under) each " + _ONE_BOX + r" matters\b")
_THIS = (r" (?:can|could|may) (?:this|it) be done\b| (?:can|could) (?:he|she|they|we|you|i) do "
         r"(?:this|it|so)\b| for (?:him|her|them|me|us|you)(?= to\b)")


def _setting(w: Wording) -> dict[str, str | None] | None:
    """How many things into how many boxes, and what is said of each: in one phrase ("put 5
    identical balls into 3 boxes") or owned in one sentence and moved in the next."""
    owned = w.take(_OWNED)
    w.take(_WHO + r"(?=" + _VERBS + r" #\d)")
    moved = w.take(_SPLIT)
    if not owned:
        return moved[0].groupdict() if len(moved) == 1 and moved[0].group("n") else None
    back = w.take(_MOVE_THE)
    if moved or len(owned) != 1 or len(back) != 1 or (back[0].group("items") or back[0].group(
            "items2")) != owned[0].group("items") or back[0].group("boxes") != owned[0].group(
            "boxes"):
        return None
    return owned[0].groupdict()


def _distinct(word: str | None) -> bool | None:
    return None if word is None else word in ("distinguishable", "different", "distinct")


def distributions(split: Split, template: str) -> Result | None:
    if not quick(template, "boxes", "among", "bins", "bags", "distribut", "give", "put",
                 "into") or not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    ask, least, free = w.take(_ASK), w.take(_LEAST), w.take(_ANY)
    if free and (least or len(free) > 1):
        raise Decline("a lower bound said two ways")
    said, only, _ = w.take(_SAID), w.take(_ONLY_COUNT), w.take(_THIS)
    m = _setting(w)
    if m is None or len(ask) != 1 or len(least) > 1 or len(only) > 1 or not w.only_glue(
            {"are", "there", "to", "be", "can", "if", "and", "but", "each"}):
        return None
    n, k = int(m["n"] or 0), int(m["k"] or 0)
    balls: bool | str | None = _distinct(m["ik"])  # "clash" when said both ways
    boxes: bool | str | None = _distinct(m["bk"])
    if only:  # "only the number of stickers on each sheet matters"
        if only[0].group("items") != m["items"]:
            raise Decline("the count that matters is of other things")
        balls = False if balls in (None, False) else "clash"
    if m["boxes"] in _PEOPLE:
        boxes = True if boxes is None else boxes
    last: bool | None = None  # the adjective of the statement before ("distinguishable")
    for s in said:
        if s.group("so"):  # "and so are the boxes" / "and neither are the boxes"
            which = "boxes"
            value = balls if s.group("so") == "so" else (False if balls is False else None)
        else:
            which = "boxes" if (s.group("who") or s.group("who2")) in (
                "boxes", *_BOXES[3:-1].split("|")) else "balls"
            if s.group("kind"):
                last = _distinct(s.group("kind"))
                value = last != bool(s.group("not"))
            else:  # "but the boxes are (not)": the adjective said before, or its opposite
                value = None if last is None else last != bool(s.group("not2"))
        if value is None:
            raise Decline("what can be told apart is not clear")
        if which == "balls":
            balls = value if balls in (None, value) else "clash"
        else:
            boxes = value if boxes in (None, value) else "clash"
    if balls is None or boxes is None or "clash" in (balls, boxes):
        raise Decline("it is not said whether the balls and boxes can be told apart")
    low = int(least[0].group("m") or 1) if least else 0
    if least and " neither " in least[0].group(0) and k != 2:
        raise Decline("'neither' said of more than two boxes")
    if not 1 <= n <= 40 or not 1 <= k <= 8 or (k**n if balls else (n + 1) ** k) > 600_000:
        raise Decline("small numbers of balls and boxes")
    v = _formula(n, k, bool(balls), bool(boxes), low)
    listed = _listed(n, k, bool(balls), bool(boxes), low)
    confirm.count(v, lambda: listed, "distributions (listing every assignment)")
    kinds = (f"{'distinguishable' if balls else 'identical'} balls, "
             f"{'distinguishable' if boxes else 'identical'} boxes")
    claim = _claim(n, k, bool(balls), bool(boxes), low, v)
    return sp.Integer(v), [step("count the distributions", f"With {kinds}"
                                + (f", at least {low} in each box" if low else "") + ", count "
                                "the ways that can be told apart.", f"${claim}$", claim)]


def _claim(n: int, k: int, balls: bool, boxes: bool, low: int, v: int) -> str:
    """A checkable statement of the count, in the form the formula takes."""
    if balls and boxes:
        if not low:
            return f"{k}^{{{n}}} = {v}"
        terms = [(-1) ** i * comb(k, i) for i in range(k)]
        return " ".join(("" if i == 0 else "- " if c < 0 else "+ ") + (
            f"{abs(c)} \\cdot " if abs(c) != 1 else "") + f"{k - i}^{{{n}}}"
            for i, c in enumerate(terms)) + f" = {v}"
    if boxes:
        free = n - k * low
        return f"\\binom{{{free} + {k} - 1}}{{{k} - 1}} = {v}" if free >= 0 else f"N = {v}"
    if balls:
        parts = [int(stirling(n, j)) for j in (range(k, k + 1) if low else range(1, k + 1))
                 if j <= n]
        return " + ".join(map(str, parts)) + f" = {v}" if len(parts) > 1 else f"N = {v}"
    splits = [" + ".join(str(p) for p, c in sorted(q.items(), reverse=True) for _ in range(c))
              for q in (dict(x) for x in sp.utilities.iterables.partitions(n, m=k))
              if not low or (sum(q.values()) == k and min(q) >= low)]
    others = [x for x in splits if "+" in x]
    return " = ".join([str(n), *others]) if others and len(splits) == v else f"N = {v}"


def _formula(n: int, k: int, balls: bool, boxes: bool, low: int) -> int:
    if balls and boxes:
        if low > 1:
            raise Decline("at least two in each box of distinguishable balls")
        return int(sp.factorial(k) * stirling(n, k)) if low else k**n
    if not balls and boxes:
        free = n - k * low
        return comb(free + k - 1, k - 1) if free >= 0 else 0
    if balls:  # distinguishable balls, identical boxes: set partitions into <= k blocks
        if low > 1:
            raise Decline("at least two in each of identical boxes")
        parts = range(k, k + 1) if low else range(1, k + 1)
        return int(sum(stirling(n, j) for j in parts if j <= n))
    return sum(1 for p in sp.utilities.iterables.partitions(n, m=k) if not low or (
        sum(p.values()) == k and min(p) >= low))


def _listed(n: int, k: int, balls: bool, boxes: bool, low: int) -> int:
    """Every assignment of balls to boxes, one kept per class that cannot be told apart."""
    seen: set[tuple] = set()
    if not balls:  # identical balls: only how many go in each box
        for counts in product(range(n + 1), repeat=k):
            if sum(counts) == n and min(counts) >= low:
                seen.add(counts if boxes else tuple(sorted(counts)))
        return len(seen)
    for f in product(range(k), repeat=n):
        sizes = [f.count(b) for b in range(k)]
        if min(sizes) < low:
            continue
        contents = [frozenset(i for i in range(n) if f[i] == b) for b in range(k)]
        seen.add(tuple(contents) if boxes else tuple(sorted(contents, key=sorted)))
    return len(seen)


__all__ = ["distributions"]
