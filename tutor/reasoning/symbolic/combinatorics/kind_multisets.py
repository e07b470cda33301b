"""Reader of choices of n things from k kinds, a kind taken any number of times: "A donut
shop sells 4 kinds of donuts. In how many ways can you choose 6 donuts?", "How many ways
can you choose 4 scoops of ice cream from 3 flavours if flavours may be repeated and the
order does not matter?", "How many different selections of 8 bagels can be made from 3
varieties of bagels?".

Only how many things of each kind are taken matters, so the count is that of the multisets
of size n from k kinds, C(n + k - 1, k - 1) ("stars and bars"); confirmed by listing every
multiset (at most a million). A repeat must be allowed in words, or forced because there
are more things than kinds; otherwise "choose 3 donuts from 5 kinds" reads two ways (three
different kinds, or any kinds) and is declined naming both. Any further condition (at
least one of each kind, order counted) leaves words unread and declines.
"""

from __future__ import annotations

from itertools import combinations_with_replacement
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, number, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_THING = (r"(?:scoops(?: of ice cream)?|donuts|doughnuts|cookies|bagels|candies|pieces of "
          r"(?:candy|fruit)|fruits|flowers|muffins|pastries|cupcakes|sodas|cans of soda|"
          r"lollipops|chocolates|balloons|roses|crayons|pencils|marbles|beads|sandwiches)")
_KINDS = r"(?:kinds|types|varieties|flavou?rs|sorts)"
_KIND_PHRASE = (r"(?:(?P<each>,? each (?:chosen |picked |selected )?from)| from| out of| "
                rf"among| of)? #(?P<k>\d+) (?:different |available )?{_KINDS}(?: of "
                rf"(?:{_THING}|ice cream|candy|fruit))?")
_AMOUNT = rf"#(?P<n>\d+) {_THING}"
_SELLER = (r"(?:^|(?<=[.?!;] )) ?(?:a|an|the) (?:[a-z-]+ ){0,2}(?:shop|store|bakery|florist|"
           r"parlou?r|stand|market|cafe)(?= (?:sells|has|offers|stocks|carries|makes)\b)")
_VERB = (r" (?:sells|has|offers|stocks|carries|makes|choose|pick|select|buy|get|order|make|"
         r"purchase|chosen|picked|selected|bought|made|ordered|purchased|blending|mixing|"
         r"combining|is made (?:by|with|from|of)|are made (?:by|with|from|of))\b")
_REPEAT = [
    r"(?:,? ?(?:if|when|and|with|where))? (?:repeats|repetitions?|duplicates) (?:are |is )?"
    r"(?:allowed|permitted)",
    rf"(?:,? ?(?:if|and|where))? (?:the )?(?:{_KINDS}|{_THING}) (?:may|can) (?:be repeated|"
    r"repeat)",
    r"(?:,? ?(?:if|and))? (?:you|we|i|he|she|they) (?:can|may) (?:choose|pick|select|buy|get|"
    r"have|take) (?:more than #1|several|any number)(?: of (?:a|each|the same) (?:kind|type|"
    r"flavou?r|variety))?",
    rf"(?:,? ?(?:if|and))? there (?:can|may) be (?:several|more than #1) (?:{_THING} )?of the "
    r"same (?:kind|type|flavou?r|variety)",
    r",? with repetitions? (?:allowed|permitted)|,? with repetition",
]
_ORDER = (rf"(?:,? ?(?:if|and|where|since))? (?:the )?order(?: of (?:the )?(?:{_THING}|items|"
          r"food items|selection))? (?:does not matter|is not important|is unimportant)")
_NOUNS = frozenset("ways selections combinations assortments bags boxes bouquets orders "
                   "milkshakes blends collections sets groups plates cones cups dozens each "
                   "kinds there possible milkshake bouquet bag box cone cup plate order "
                   "sundae sundaes".split())


def kind_multisets(split: Split, template: str) -> Result | None:
    if not quick(template, "kind", "type", "variet", "flavo", "sort"):
        return None
    w = Wording.of(split, template)
    kinds = w.take_one(_KIND_PHRASE)
    amount = w.take_one(_AMOUNT) if kinds is not None else None
    if kinds is None or amount is None or w.find(r"\bhow many\b") is None:
        return None
    # "each chosen from k flavours": every thing is chosen on its own, so kinds repeat
    repeat = w.take_first(_REPEAT) is not None or bool(kinds.group("each"))
    w.take_one(_ORDER)
    w.take(_SELLER)
    w.take(_VERB)
    if not w.only_glue(_NOUNS):
        return None
    n, k = number("#" + amount.group("n")), number("#" + kinds.group("k"))
    if not repeat and n <= k:
        raise Decline(f"{n} things from {k} kinds reads two ways: {n} different kinds "
                      f"(C({k}, {n})), or any kinds, repeats allowed (C({n + k - 1}, {n}))")
    if n < 1 or k < 1:
        raise Decline("no things or no kinds")
    value = comb(n + k - 1, k - 1)
    if value > 10 ** 6:
        raise Decline("too many choices to list")
    confirm.count(value, lambda: sum(1 for _ in combinations_with_replacement(range(k), n)),
                  "choices (listing every multiset)")
    claim = f"\\binom{{{n + k - 1}}}{{{k - 1}}} = {value}"
    hint = (f"Only how many of each kind you take matters: line up the {n} things and split "
            f"them into the {k} kinds with {k - 1} dividers, so choose the {k - 1} dividers' "
            f"places among {n + k - 1}.")
    return sp.Integer(value), [step("stars and bars", hint, f"${claim}$", claim)]


__all__ = ["kind_multisets"]
