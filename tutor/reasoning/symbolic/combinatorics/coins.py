"""Probability reader for flips of fair coins: the sample space of every sequence of
flips is counted exactly (by listing when small), and again by binomial coefficients.

Phrasings reached: "A fair coin is tossed 6 times. What is the probability of getting
at least 4 heads?", "If I flip 5 fair coins, what is the probability that all of them
come up tails?" ...
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product
from math import comb

from tutor.reasoning.symbolic.combinatorics.chance import ASK, FAIR, ROLL_GLUE, answer
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

COINS = [r" (?:a|an|one|#1) " + FAIR + r"coin (?:is |was )?(?:flipped|tossed) #(?P<n>\d+) times\b",
          r" (?:flips?|toss(?:es)?|flipping|tossing) (?:a|an|one|#1) " + FAIR
          + r"coin #(?P<n>\d+) times\b",
          r" #(?P<n>\d+) " + FAIR + r"coins (?:are |were )?(?:to be )?(?:simultaneously |all )?"
          r"(?:flipped|tossed)\b",
          r" (?:flips?|toss(?:es)?|flipping|tossing) #(?P<n>\d+) " + FAIR + r"coins\b",
          r" (?:in|on|from|with|after) #(?P<n>\d+) (?:flips|tosses) of (?:a|an|one|#1|the) " + FAIR
          + r"coin\b"]
_HEADS = (r" (?:(?:we|you|i|it|they|he|she) )?(?:gets? |obtains? |sees? |lands? |comes? up |"
          r"shows? |getting |of getting |obtaining |)(?:(?P<cmp>exactly|at least|at most|more "
          r"than|fewer than|less than) )?#(?P<j>\d+) (?P<side>heads?|tails?)\b"
          r"| (?P<cmp2>exactly|at least|at most) #(?P<j2>\d+) (?:of them |of the (?:coins|flips|"
          r"tosses) |coins? |flips? |toss(?:es)? )?"
          r"(?:comes? up|lands?(?: on)?|shows?|is|are) (?P<side2>heads|tails)\b"
          r"| (?:(?:we|you|i|he|she|they) (?:will )?)?(?:gets? |getting |of getting )?"
          r"(?P<side3>heads|tails) (?:in|on) (?P<cmp3>exactly|at least|"
          r"at most) #(?P<j3>\d+) of the #(?P<of>\d+) (?:flips|tosses)\b"
          r"| (?:(?:we|you|i|he|she|they) (?:will )?)?(?:shows?|lands?(?: on)?|comes? up|turns? "
          r"up|gets?|getting|of getting|obtaining|sees?) (?P<side4>heads|tails)(?: up)? "
          r"(?:(?P<cmp4>exactly|at least|at most) )?(?P<times>once|twice|#\d+ times)\b"
          r"| (?P<side6>heads|tails) (?:(?:appears?|occurs?|comes? up|shows? up|turns? up|lands?|"
          r"is (?:flipped|tossed|obtained|shown|seen|the result)) )(?:(?P<cmp6>exactly|at least|"
          r"at most) )?(?P<times6>once|twice|#\d+ times)\b"
          r"| (?:(?:we|you|i|he|she|they) (?:will )?)?(?:gets? |getting |of getting |obtaining |"
          r"sees? |seeing )?no (?P<side7>heads|tails)\b"
          r"| (?P<side5>heads|tails) (?:are |is )?(?:showing|shown|showing up|coming up) on "
          r"(?P<cmp5>exactly|at least|at most) #(?P<j5>\d+) of them\b")
_ALL = (r" (?:all|each|every one|(?P<both>both)) (?:of )?(?:the |them |the #(?P<all3>\d+) |"
        r"#(?P<all4>\d+) )?"
        r"(?:coins |flips |tosses )?(?:will )?(?:be |lands? |land on |comes? up |come up |shows? |"
        r"are |is |)(?:on )?(?P<side>heads|tails)\b"
        r"| (?:it )?(?:lands?(?: on)?|comes? up|shows?|turns? up|is|gets?|getting|of getting)"
        r" (?P<side2>heads|tails) (?:(?:all|every|each) (?:#(?P<all>\d+) )?times?|on (?:every|"
        r"each|all)(?: #(?P<all2>\d+))? (?:flips?|toss(?:es)?))\b")
_MORE = (r" (?:(?!(?:no|not|never|nobody|neither)\b)[a-z]+ (?:gets?|sees?|will get) |(?:of )?"
         r"getting )?(?P<more>more|fewer|less) (?P<side>heads|tails) than (?P<other>heads|tails)"
         r"(?: (?:will )?(?:come|comes|turn|turns|show|shows) up)?\b"
         # "the number of heads is greater than the number of tails"
         r"| the number of (?P<side2>heads|tails) (?:is|will be) (?P<more2>greater|more|less|"
         r"smaller|fewer) than the number of (?P<other2>heads|tails)\b")
_SPLIT = (r" (?:(?:we|you|i) (?:get|see) |getting |of getting )?(?:exactly )?#(?P<a>\d+) (?P<s1>"
          r"heads?|tails?) and (?:exactly )?#(?P<b>\d+) (?P<s2>heads?|tails?)\b")
_EVEN = (r" (?:(?:we|you|i) (?:get|see) )?(?:the same number of heads and tails|as many heads "
         r"as tails|an equal number of heads and tails)\b")


_COMPARE: dict[str, Callable[[int], Callable[[int], bool]]] = {
    "exactly": lambda j: lambda h: h == j, "at least": lambda j: lambda h: h >= j,
    "at most": lambda j: lambda h: h <= j, "more than": lambda j: lambda h: h > j,
    "fewer than": lambda j: lambda h: h < j, "less than": lambda j: lambda h: h < j}


# "at most 2 heads appear", "exactly 3 heads occur": the event said to happen
_HAPPEN = frozenset({"will", "appear", "appears", "occur", "occurs", "result", "results",
                     "getting", "get"})


def coins(split: Split, template: str) -> Result | None:
    if "coin" not in template or not quick(template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    w.take_name("flips|tosses")
    # "a coin is flipped twice": two flips
    w.text = re.sub(r"(\bcoin (?:is |was )?(?:flipped|tossed)|(?:flips?|toss(?:es)?) (?:a|one) "
                    + FAIR + r"coin) twice\b", r"\1 #2 times", w.text)
    setup = [m for p in COINS for m in w.take(p)]
    ask = w.take(ASK)
    w.take(r" (?:the|this) coin(?= (?:lands|comes|shows|turns|is|will)\b)")
    w.take(r" (?:at the same time|simultaneously|at once|together)\b")
    split_ = w.take(_SPLIT)
    heads, every, more, even = w.take(_HEADS), w.take(_ALL), w.take(_MORE), w.take(_EVEN)
    # "all heads or all tails": the two outcomes where every coin agrees
    either = len(every) == 2 and bool(w.take(r";\s+or\s+;"))
    if len(setup) != 1 or len(ask) != 1 or len(split_) + len(heads) + len(every) - either \
            + len(more) + len(even) != 1 or not w.only_glue(ROLL_GLUE | _HAPPEN):
        return None
    n = int(setup[0].group("n"))
    if not 1 <= n <= 40:
        raise Decline("a modest number of coins")
    if either:
        return _all_alike(n, every)
    # h counts the side the event names (a fair coin: heads and tails are symmetric)
    j, cmp = n, "exactly"
    if split_:  # "2 tails and 1 head" of 3 coins: exactly 2 tails
        s = split_[0]
        if s.group("s1").rstrip("s") == s.group("s2").rstrip("s") or \
                int(s.group("a")) + int(s.group("b")) != n:
            raise Decline("heads and tails that do not add up to the coins")
        j, side = int(s.group("a")), s.group("s1")
        what = f"{j} {side} and {s.group('b')} {s.group('s2')}"
    elif heads:
        h = heads[0]
        if h.group("of") and int(h.group("of")) != n:
            raise Decline("the flips counted are not the flips made")
        said = h.group("times") or h.group("times6") or ""
        times = {"once": "1", "twice": "2"}.get(said, said)
        j = 0 if h.group("side7") else int(h.group("j") or h.group("j2") or h.group("j3")
                                             or h.group("j5") or times.strip("# times"))
        cmp = h.group("cmp") or h.group("cmp2") or h.group("cmp3") or h.group("cmp4") or \
            h.group("cmp5") or h.group("cmp6") or "exactly"
        side = h.group("side") or h.group("side2") or h.group("side3") or h.group("side4") or \
            h.group("side5") or h.group("side6") or h.group("side7")
        what = f"{cmp} {j} {side}"
    elif every:
        said = every[0].group("all") or every[0].group("all2") or every[0].group("all3") or \
            every[0].group("all4")
        if said and int(said) != n or every[0].group("both") and n != 2:
            raise Decline("'all' counts other flips than were made")
        side = every[0].group("side") or every[0].group("side2")
        what = f"all {side}"
    elif more:
        g = more[0]
        side = g.group("side") or g.group("side2")
        word = g.group("more") or ("more" if g.group("more2") in ("greater", "more") else "fewer")
        other = g.group("other") or g.group("other2")
        if other == side:
            raise Decline("a side compared with itself")
        what = f"{word} {side} than {other}"
        # more heads than tails: h > n - h; fewer: h < n - h
        cmp, j = ("more than", n // 2) if word == "more" else ("fewer than", (n + 1) // 2)
    else:
        side, what = "heads", "as many heads as tails"
        if n % 2:
            raise Decline("an odd number of flips cannot split evenly")
        j = n // 2
    if j > n:
        raise Decline("more heads or tails than flips")
    test = _COMPARE[cmp](j)
    good = sum(comb(n, h) for h in range(n + 1) if test(h))
    total = 2**n
    if n <= 16:
        second = sum(1 for f in product((0, 1), repeat=n) if test(sum(f)))
        how = "listing every sequence of flips"
    else:
        second = total - sum(comb(n, h) for h in range(n + 1) if not test(h))
        how = "counting the complement"
    counted = " + ".join(f"\\binom{{{n}}}{{{h}}}" for h in range(n + 1) if test(h)) or "0"
    hint = (f"Each of the $2^{{{n}}}$ sequences is equally likely; count those with {what} "
            f"by choosing which flips are {side.rstrip('s')}s: ${counted} = {good}$.")
    return answer(good, total, what, second, how, hint, f"2^{{{n}}}")


__all__ = ["COINS", "coins"]


def _all_alike(n: int, every: list[re.Match[str]]) -> Result:
    """'All heads or all tails': two sequences of the 2^n, counted again by listing."""
    sides = {e.group("side") or e.group("side2") for e in every}
    said = [e.group(k) for e in every for k in ("all", "all2", "all3", "all4") if e.group(k)]
    if len(sides) != 2 or any(int(x) != n for x in said):
        raise Decline("'all' of another number of coins, or the same side twice")
    second = sum(1 for f in product((0, 1), repeat=n) if len(set(f)) == 1) if n <= 16 else 2
    return answer(2, 2**n, "all heads or all tails", second, "listing every sequence of flips",
                  "Only two sequences have every coin alike: all heads and all tails.",
                  f"2^{{{n}}}")
