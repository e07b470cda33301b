"""Reader of a row of places each given one colour: "A flag is made of 3 horizontal stripes,
each red, white, blue or green. If no two adjacent stripes can be the same colour, how many
flags are possible?", "How many ways can 5 fence posts in a row be painted using 3 colours
if no two posts next to each other are the same colour?", "In how many ways can a row of 5
squares be coloured using 3 colours?".

The places stand in a row (a flag's stripes, a row of squares, posts or houses in a row);
the colours are a count or a list of colour names. Either neighbours must differ (k choices
for the first place, k - 1 for each next one: k (k - 1)^(n - 1)) or nothing is said, or
neighbours are said to be allowed to match (k^n). Confirmed by listing every colouring
(at most a million). Any other condition (every colour used, the middle stripe red, a
circle of places) leaves words unread and declines.
"""

from __future__ import annotations

import re
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, number, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_NAMES = ("red|white|blue|green|yellow|purple|gold|black|orange|pink|brown|grey|gray|silver|"
          "violet|maroon|teal|cyan|magenta|indigo|tan|navy|crimson|lime|beige|turquoise|lavender")
_LIST = rf"(?P<names>(?:(?:{_NAMES}),? )+(?:or|and) (?:{_NAMES}))\b"
_BOTH = r"(?:(?:one|#1) or both|either or both|(?:one|#1) or more|any)"
_UNIT = (r"(?:horizontal |vertical )?(?:stripes?|strips?|bands?)(?: of (?:fabric|cloth))?|squares?|"
         r"cells?|tiles?|boxes|box|(?:fence )?posts?|houses?|chairs?|doors?|rooms?|blocks?|"
         r"flower ?pots?|pots?")
_PLACES = [
    rf" (?:a|each|the) flag (?:is made of|is made up of|made of|consists of|has|with|is "
    rf"formed from|is formed by) #(?P<n>\d+) (?:solid-colou?red )?(?:{_UNIT})",
    rf"(?:(?<=flags)|(?<=flag)) with #(?P<n>\d+) (?:solid-colou?red )?(?:{_UNIT})",
    rf" (?:a |the )?(?:row|line) of #(?P<n>\d+) (?:{_UNIT})",
    rf" (?:each of )?(?:the )?#(?P<n>\d+) (?:{_UNIT}) (?:standing )?(?:in a row|in a line|"
    rf"side by side)",
]
_ONE_OF = r"(?:one|#1) of"  # "one" is read as the count #1
_EACH = (r"(?:,? ?(?:and |if |where )?each (?:one |#1 |of the )?(?:" + _UNIT + r") (?:is |"
         r"can be |may be |must be |will be |gets |has )?(?:painted |coloured |colored )?)?")
_COLOURS = [
    _EACH + rf" ?(?:using|with|from|in|chosen from|out of|{_ONE_OF}|each {_ONE_OF}|each of "
    rf"which is {_ONE_OF}|each of which can be {_ONE_OF}|can be {_ONE_OF}|each being {_ONE_OF}"
    rf"|(?:each|which) is {_ONE_OF}) (?:the )?(?:any of )?#(?P<k>\d+) (?:different |available )?"
    r"colours",
    r" #(?P<k>\d+) (?:different |available )?colours (?:are available|to choose from)",
    rf",? ?(?:and )?each (?:{_UNIT}) (?:is|can be|may be|must be) (?:either )?{_LIST}",
    rf",? each (?:of )?(?:a |#1 )?solid colour[:,] (?:either )?{_LIST}",
    rf",? each(?= (?:{_NAMES}),) {_LIST}",
    rf",? using {_BOTH} (?:of )?(?:the )?colours {_LIST}",
    _EACH + rf"(?:,? (?:each|each of which|which) (?:is|being|can be|may be|painted|coloured|"
    rf"colored)|,? (?:is|are) (?:painted|coloured|colored)|,? each (?:either|{_ONE_OF})|"
    rf"(?<=[a-z]) (?:is |can be )?(?:painted |coloured |colored )?(?:either|{_ONE_OF})|"
    r"(?<=,)(?= either ))"
    rf" (?:either )?(?P<names>(?:(?:{_NAMES}),? )+(?:or|and) (?:{_NAMES}))\b",
]
_NEIGHBOURS = rf"(?:adjacent|neighbou?ring|consecutive) (?:{_UNIT})|(?:{_UNIT}) (?:that are )?" \
              r"(?:next to each other|side by side|that touch|beside each other)"
_DIFFER = [
    rf"(?:,? ?(?:if|so that|such that|where|and|with|but)?) (?:{_NEIGHBOURS}) (?:cannot|can "
    r"not|may not|must not|should not|are not allowed to) (?:be|have|share) (?:the )?same colour",
    rf"(?:,? ?(?:if|so that|such that|where|and|with)?) no #2 (?:{_NEIGHBOURS}) (?:(?:can|may|"
    r"will|should|must) (?:be|have|share)|are|have|share|be) (?:the )?same colour",
    rf"(?:,? ?(?:if|so that|such that|where|and|with)?) (?:(?:any|every) #2 )?(?:{_NEIGHBOURS})"
    r" (?:must|should|have to|are to|need to)? ?(?:be|have|are) (?:of )?(?:different|distinct)"
    r" colours",
]
# "all three stripes must be different colours": no colour used twice
_ALL_DIFFER = [
    rf"(?:,? ?(?:if|so that|such that|where|and|with)?) (?:all(?: the)?|the) (?:#(?P<m>\d+) )?"
    rf"(?:{_UNIT}) (?:must|should|have to|are to|need to)? ?(?:be|have|are) (?:of |all )?"
    r"(?:different|distinct) colours",
    rf"(?:,? ?(?:if|so that|such that|where|and|with)?) no #2 (?:{_UNIT}) (?:(?:can|may|will|"
    r"should|must) (?:be|have|share)|are|have|share|be) (?:the )?same colour",
]
# "our school colours are purple and gold ... using one or both school colours"
_TOLD = (r"(?:^|(?<=[.;] )) (?:our|the|its|their|[a-z]+'s) (?:school |club |team |class )?colours "
         rf"are {_LIST}")
_USING_TOLD = (rf",? ?(?:and )?(?:using|in) (?:{_BOTH} (?:of )?|only )?(?:the |our |these |"
               r"those |its |their )?(?:school |club |team |class )?colours")
_REVERSED = (r" (?:#2 )?flags? that (?:are|is) (?:upside[- ]down|reversed|mirror images?) "
             r"(?:versions? )?of each other are (?:different|distinct|not the same)")
_MAY_MATCH = [
    rf"(?:,? ?(?:if|so that|such that|where|and|with)?) (?:#2 )?(?:{_NEIGHBOURS}) (?:may|can|"
    r"are allowed to) (?:be|have) the same colour",
]
_ASK = (r" how many (?:different |distinct |possible )?(?:flags|ways|colourings|colorings|"
        r"patterns|designs|such flags)(?: (?:are possible|are there|can be made|can be designed|"
        r"is it possible))?")
_VERB = (r" (?:be |to |can |can be |could be |is |are )?(?:painted|coloured|colored|paint|"
         r"colour|color)\b")


def _listed(names: str) -> int:
    found = re.findall(_NAMES, names)
    if len(set(found)) != len(found):
        raise Decline("a colour listed twice")
    return len(found)


def row_colourings(split: Split, template: str) -> Result | None:
    if not quick(template, "colo", "paint") or not quick(template, "flag", "row", "line",
                                                         "side by"):
        return None
    w = Wording.of(split, template)
    places = w.take_first(_PLACES)
    w.take(r",? each (?:of )?(?:a |#1 )?solid colour(?=,)")  # "each of a solid colour, either ..."
    told = w.take_one(_TOLD)
    colours = w.take_one(_USING_TOLD) and told if told else w.take_first(_COLOURS)
    if places is None or colours is None or w.take_one(_ASK) is None:
        return None
    every = w.take_first(_ALL_DIFFER)
    all_differ = every is not None
    differ = w.take_first(_DIFFER) is not None
    may_match = w.take_first(_MAY_MATCH) is not None
    w.take(_REVERSED)  # a flag and its reverse told apart: places in order, as counted
    w.take(r" (?:we are|they are|the students are|[a-z]+ (?:is|are)) designing\b")
    w.take(rf" (?:the|these|those) (?:{_UNIT})(?= (?:be )?(?:painted|coloured|colored)\b)")
    w.take(_VERB)
    if may_match and (differ or all_differ):
        raise Decline("neighbours both must differ and may match")
    if not w.only_glue(frozenset({"make", "made", "each", "possible", "ways", "there",
                                  "so", "how", "many", "done", "this"})):
        return None
    n = number("#" + places.group("n"))
    found = colours.groupdict()
    k = number("#" + found["k"]) if found.get("k") else _listed(found["names"])
    if not 1 <= n <= 12 or not 1 <= k <= 12:
        raise Decline("too many places or colours to list")
    if every is not None and (every.groupdict().get("m") or f"{n}") != f"{n}":
        raise Decline("'all' counts other places than the row has")
    value = sp.ff(k, n) if all_differ else k * (k - 1) ** (n - 1) if differ else k ** n
    if k ** n > 10 ** 6:
        raise Decline("too many colourings to list")
    listed = sum(1 for row in product(range(k), repeat=n)
                 if (len(set(row)) == n if all_differ else not differ
                     or all(a != b for a, b in zip(row, row[1:], strict=False))))
    confirm.count(value, lambda: listed, "colourings (listing them)")
    if all_differ:
        claim = " \\cdot ".join(str(k - j) for j in range(n)) + f" = {value}"
        hint = (f"No colour is used twice: {k} colours for the first place, one fewer for each "
                "next place.")
    elif differ:
        claim = f"{k} \\cdot {k - 1}^{{{n - 1}}} = {value}"
        hint = (f"Colour the places from one end: {k} colours for the first, then {k - 1} for "
                "each next one, which must differ from the one before it.")
    else:
        claim = f"{k}^{{{n}}} = {value}"
        hint = f"Each of the {n} places takes any of the {k} colours, whatever its neighbours."
    return sp.Integer(value), [step("colour place by place", hint, f"${claim}$", claim)]


__all__ = ["row_colourings"]
