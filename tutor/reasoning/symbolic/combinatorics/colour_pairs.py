"""Reader of two things chosen from distinguishable things of several colours, both of the
same colour or of two different colours: how many ways.

Phrasings reached: "I have 12 distinguishable socks in my drawer: 5 white, 4 black and 3
red. In how many ways can I choose a pair of socks, provided that I get two socks of the
same colour?", "A box holds 6 red, 4 green and 5 yellow pens, all different. In how many
ways can I pick two pens of different colours?" ...
The things must be said to be told apart (distinguishable, all different): socks alike
within a colour would count one way per colour. Same colour: the sum of C(c, 2); different
colours: the sum of c_i c_j over pairs of colours, confirmed by listing every pair.
"""

from __future__ import annotations

import re
from itertools import combinations
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.selections import ASK
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_COLOUR = (r"(?:red|blue|green|yellow|white|black|purple|orange|pink|brown|gray|grey|silver|"
           r"gold|tan|violet|magenta|cyan|maroon|teal|navy|beige)")
_NOUN = (r"(?:socks|pens|pencils|shirts|marbles|balls|beads|cards|gloves|hats|scarves|ties|"
         r"markers|crayons|blocks|tiles|flowers|cubes|chips)")
_TOLD = r"(?:distinguishable|different|distinct)"
_BOX = r"(?:drawer|box|bag|jar|basket|bin|closet|pile|case|cup)"
_PARTS = (r"(?P<parts>#\d+ " + _COLOUR + r"(?:,? (?:and )?#\d+ " + _COLOUR + r")+)")
_STOCK = [
    # "12 distinguishable socks in my drawer: 5 white, 4 black and 3 red"
    r" #(?P<n>\d+) (?P<told>" + _TOLD + r" )?(?P<noun>" + _NOUN + r")(?: in (?:my|the|a|his|"
    r"her|our) " + _BOX + r")?[:,;]? " + _PARTS + r"(?: (?P=noun))?\b",
    # "a box holds 6 red, 4 green and 5 yellow pens, all different"
    r" " + _PARTS + r" (?P<told2>" + _TOLD + r" )?(?P<noun2>" + _NOUN + r")(?:,? (?P<all>all "
    r"(?:of them )?(?:" + _TOLD + r"|told apart)))?\b",
]
_HOLDER = (r" (?:i|we|you|he|she|they|[a-z]+) (?:have|has)(?= #)|(?:^ | ;\.? |[.?!] )(?:a|the|"
           r"my|our|his|her) " + _BOX + r" (?:holds|has|contains|with)(?= #)")
_TAKE = (r" (?:choose|pick|select|take|draw|grab) (?:a pair of|#2|two) (?P<noun>" + _NOUN
         + r")\b")
_KIND = (r",? (?:(?:provided|so|given) that |if |such that )(?:(?:i|we|you) (?:get|have) )?"
         r"(?:(?:the|both|#2) (?:" + _NOUN + r" )?)?(?:are |is )?(?:of )?(?P<how>the same|"
         r"different|#2 different) colours?\b"
         r"|,? (?:provided|so|given) that (?:i|we|you|he|she|they) (?:get|gets) #2 " + _NOUN
         + r" of (?P<how2>the "
         r"same|different|#2 different) colours?\b"
         r"| (?:that are|which are|of) (?P<how3>the same|different|#2 different) colours?\b")
_GLUE = frozenset("can i we you he she they in ways the there my our do does a choose"
                  .split())


def colour_pairs(split: Split, template: str) -> Result | None:
    if not quick(template, "colour", "color") or not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    kind, take = w.take(_KIND), w.take(_TAKE)
    w.take(_HOLDER)
    stock, ask = [m for p in _STOCK for m in w.take(p)], w.take(ASK)
    if len(kind) != 1 or len(take) != 1 or len(stock) != 1 or len(ask) != 1 \
            or not w.only_glue(_GLUE):
        return None
    s = stock[0]
    gd = s.groupdict()
    noun = gd.get("noun") or gd.get("noun2")
    if take[0].group("noun") != noun:
        raise Decline("the things chosen are not the things there are")
    if not (gd.get("told") or gd.get("told2") or gd.get("all")):
        raise Decline("things of one colour may be alike")
    parts = [(int(c), name) for c, name in re.findall(r"#(\d+) (\w+)", s.group("parts"))]
    counts = [c for c, _ in parts]
    if len({name for _, name in parts}) != len(parts) or min(counts) < 1 or sum(counts) > 500:
        raise Decline("each colour once, a modest number of things")
    if gd.get("n") and int(s.group("n")) != sum(counts):
        raise Decline("the colours do not add up to the things")
    k = kind[0]
    same = next(g for g in (k.group("how"), k.group("how2"), k.group("how3")) if g) == "the same"
    if same:
        v = sum(comb(c, 2) for c in counts)
        claim = " + ".join(f"\\binom{{{c}}}{{2}}" for c in counts) + f" = {v}"
        hint = "Choose the colour, then two of the things of that colour; add over the colours."
    else:
        v = sum(a * b for a, b in combinations(counts, 2))
        claim = " + ".join(f"{a} \\cdot {b}" for a, b in combinations(counts, 2)) + f" = {v}"
        hint = ("Choose the two colours, then one thing of each; add over the pairs of "
                "colours.")
    colour = [i for i, c in enumerate(counts) for _ in range(c)]
    confirm.count(v, lambda: sum(1 for x, y in combinations(range(sum(counts)), 2)
                                 if (colour[x] == colour[y]) == same),
                  "pairs (listing every pair of the things)")
    return sp.Integer(v), [step("split by colour", hint, f"${claim}$", claim)]


__all__ = ["colour_pairs"]
