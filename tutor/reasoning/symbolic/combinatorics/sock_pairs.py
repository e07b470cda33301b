"""Reader of socks drawn from pairs of different colours: "Gretchen has eight socks, two of each
color: magenta, cyan, black, and white. She randomly draws four socks. What is the probability
that she has exactly one pair of socks with the same color?", "A drawer contains 5 pairs of
socks, each pair a different colour. If 4 socks are drawn at random, what is the probability
that there is no matching pair?" ("at least one matching pair", "exactly two pairs" ...).

Every hand of m socks of the 2c is listed (at most 200,000) and the pairs in it counted; the
count is made again by choosing the colours that make pairs, the colours of the single socks
and which sock of each: C(c, j) C(c - j, m - 2j) 2^(m - 2j) hands with j pairs.
"""

from __future__ import annotations

import re
from itertools import combinations
from math import comb

from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 200_000
_COLOUR = r"(?:colou?r|shade)"
_OWNER = r"(?:[a-z]+ (?:has|owns)|(?:i|we|you|they) (?:have|own)|(?:he|she) (?:has|owns))"
_BOX = r"(?:a|the|[a-z]+'s|his|her|my|our|their) (?:drawer|box|bag|basket|pile)"
_SETUP = [
    rf" {_OWNER} #(?P<total>\d+) socks,? #2 of each {_COLOUR}(?:: (?P<names>[a-z]+(?:, [a-z]+)*,? "
    r"and [a-z]+))?(?=[.;,])",
    rf" (?:{_BOX} (?:contains|has|holds)|{_OWNER}|there are) #(?P<pairs>\d+) pairs of socks,? "
    rf"(?:(?:in {_BOX}),? )?(?:each (?:pair )?(?:of )?(?:a|in a) different {_COLOUR}|(?:all )?"
    rf"(?:of |in )?different {_COLOUR}s|no #2 (?:pairs )?(?:of )?the same {_COLOUR})",
]
_DRAW = [
    r" (?:she|he|i|you|we|they|[a-z]+) (?:randomly )?(?:draws?|picks?|takes?|pulls? out|"
    r"selects?|chooses?|grabs?) #(?P<m>\d+) socks(?: (?:at random|randomly|without looking|"
    r"from (?:the|a|her|his|my) (?:drawer|box|bag)))*",
    r" (?:if )?#(?P<m>\d+) socks are (?:randomly )?(?:drawn|chosen|picked|selected|taken|pulled "
    r"out)(?: (?:at random|randomly|without looking|from the (?:drawer|box|bag)))*",
]
_HOLDER = r"(?:(?:she|he|i|you|we|they) (?:has|have|gets?|will have)|there (?:is|are|will be))"
_EVENT = [
    rf" (?:{_HOLDER} )?(?P<cmp>exactly|at least|at most) #(?P<j>\d+) (?:matching )?pairs?"
    rf"(?: of (?:matching )?socks)?(?: (?:with|of|in) the same {_COLOUR})?",
    rf" (?:{_HOLDER} )?(?P<none>no) (?:matching )?pairs?(?: of (?:matching )?socks)?(?: (?:with|"
    rf"of|in) the same {_COLOUR})?",
    rf" (?:{_HOLDER} )?(?P<some>a) (?:matching )?pair(?: of (?:matching )?socks)?(?: (?:with|of|"
    rf"in) the same {_COLOUR})?",
    rf" (?P<apart>no #2 (?:of the )?socks (?:match|are (?:of )?the same {_COLOUR})|(?:all|the) "
    rf"(?:#\d+ )?socks (?:are )?(?:all )?(?:of |in )?different {_COLOUR}s)",
]
_TESTS = {"exactly": lambda h, j: h == j, "at least": lambda h, j: h >= j,
          "at most": lambda h, j: h <= j}


def sock_pairs(split: Split, template: str) -> Result | None:
    if not quick(template, "sock") or not quick(template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    setup = [m for p in _SETUP for m in w.take(p)]
    draw = [m for p in _DRAW for m in w.take(p)]
    ask = w.take(ASK)
    event = [m for p in _EVENT for m in w.take(p)]
    if len(setup) != 1 or len(draw) != 1 or len(ask) != 1 or len(event) != 1 or not w.only_glue(
            {"if", "she", "he", "they", "then", "that"}):
        return None
    g = setup[0].groupdict()
    if g.get("total"):
        total = int(g["total"])
        if total % 2:
            raise Decline("two socks of each colour make an even number of socks")
        colours = total // 2
        names = re.split(r",? and |, ", g["names"]) if g.get("names") else []
        if names and (len(names) != colours or len(set(names)) != len(names)):
            raise Decline("the colours named are not one for each pair")
    else:
        colours = int(g["pairs"])
    m = int(draw[0].group("m"))
    if not 1 <= m <= 2 * colours or comb(2 * colours, m) > _LIST:
        raise Decline("more hands than I can list")
    e = event[0].groupdict()
    if e.get("cmp"):
        cmp, j = e["cmp"], int(e["j"])
        words = f"{cmp} {j} pair" + ("s" if j != 1 else "")
    elif e.get("some"):
        if m >= 4:  # two pairs are possible
            raise Decline("'a pair' reads as at least one pair or exactly one")
        cmp, j, words = "at least", 1, "a pair"
    else:
        cmp, j, words = "exactly", 0, "no pair"

    def hit(h: int) -> bool:
        return bool(_TESTS[cmp](h, j))
    good = sum(1 for hand in combinations(range(2 * colours), m)
               if hit(m - len({s // 2 for s in hand})))
    second = sum(comb(colours, p) * comb(colours - p, m - 2 * p) * 2 ** (m - 2 * p)
                 for p in range(m // 2 + 1) if hit(p))
    total_hands = comb(2 * colours, m)
    return answer(good, total_hands, f"{words} among {m} socks", second,
                  "choosing the colours of the pairs and of the single socks",
                  f"Of the {total_hands} equally likely hands of {m} socks from {colours} pairs, "
                  f"{good} have {words}.", f"\\binom{{{2 * colours}}}{{{m}}}")


__all__ = ["sock_pairs"]
