"""Reader of the product rule: one of each kind from stated kinds. "I have 5 ties, 4
shirts, and 3 pairs of pants. How many outfits can I make consisting of one tie, one
shirt, and one pair of pants?", "A deli offers 4 kinds of bread, 6 meats and 3 cheeses.
How many different sandwiches of one kind of bread, one meat and one cheese are there?",
"How many outfits of a shirt and a pair of pants can be made from 4 shirts and 3 pairs of
pants?"

"How many sundaes with one flavor and three different toppings?" takes C(5, 3) of the
toppings ("different" must be said when more than one of a kind is taken).
Every kind chosen must be a kind listed (the same words, one of them; "4 kinds of soup"
lists soup), and every listed kind must be chosen; the count is the product of the
binomials, confirmed by listing the combinations.
"""

from __future__ import annotations

import re
from itertools import combinations, product
from math import comb, prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_WORD = r"(?!(?:can|could|are|is|be|there|possible|if|and|or|for|to|in|i|we|you)\b)[a-z]+"
_KIND = _WORD + r"(?: " + _WORD + r"){0,3}?"
_END = r"(?=[.?;,]| ;| (?:can|could|are|is|be)\b)"
_STOCK = (r" (?:(?:i|you|we|they) (?:have|own)|there are|(?:a|an|the) (?:[a-z]+ ){0,2}?[a-z]+ "
          r"(?:has|offers|serves|sells|lists|stocks|carries)|"
          r"[a-z]+ (?:has|owns)|"
          # "... can be made from 4 shirts and 3 pairs of pants": the stock said with the ask
          r"(?<=\bbe )(?:made|formed|created|assembled|put together) (?:from|with|using|out of)"
          r") (?P<items>(?!#1 )#\d+ " + _KIND + r"(?:, #\d+ " + _KIND
          + r")*,? and #\d+ "
          + _KIND + r")" + _END)
# "one bread", "two different fillings": j of a kind, different ones when j > 1
_HOW = r"(?:one |a |an |#1 |#\d+ (?:different|distinct) )"
_ONES = (r" (?:consisting of |made up of |made of |with |that (?:has|have|consists? of) |of |"
         r"if an? [a-z]+ (?:consists of|is|has|requires) )?(?P<ones>" + _HOW + _KIND
         + r"(?:, " + _HOW + _KIND + r")*,? and " + _HOW + _KIND + r")" + _END)
# "one of each": every listed kind once; "three-course meals": as many courses as kinds
_EACH = (r" (?:consisting of |made up of |made of |with |containing |that (?:has|have|consists? "
         r"of) |using |of )?(?:exactly )?(?:one|#1) (?:item )?(?:of|from) each(?: kind| type| "
         r"category| group)?(?: of (?:item|food|dish)s?)?\b")
# what one whole is, as its own sentence: "a lunch special comes with ...", "an outfit is ..."
_WHOLE = (r"(?:^ |(?<=[.?!;] )|(?<=[.?!;] if )|(?<=^ if ))(?:a|an|each|every|the) (?P<whole>"
          r"[a-z]+(?: [a-z]+)?) (?:comes with|"
          r"includes|consists of|is made up of|is made of|is|contains|needs|gets|uses|requires)"
          r"(?= (?:#1|a|an) )")
# what the things are for: "coat designs", "lunch specials" (not a word that changes the count)
_FOR = (r"(?:(?P<for>(?!(?:more|fewer|other|additional|new|extra|remaining|odd|even|unique|such|of"
        r"|are|can|could)\b)[a-z]+) )?")
_ASK = (r" how many (?:different |possible |distinct )*(?:#(?P<parts>\d+)-(?:course|item|piece|"
        r"part) )?" + _FOR + r"(?P<what>outfits|meals|combinations|sandwiches|"
        r"choices|ways|lunches|dinners|breakfasts|pizzas|sundaes|cones|plates|orders|costumes|"
        r"specials|bouquets|uniforms|burgers|salads|designs)\b")
# "shirt-and-tie outfits" names the kinds of the whole: "outfits of one shirt and one tie"
_COMPOUND = (r"(?<= )([a-z]+(?:-and-[a-z]+)+) (outfits|meals|combinations|sandwiches|lunches|"
             r"dinners)\b")


def _spelled_out(m: re.Match[str]) -> str:
    kinds = m.group(1).split("-and-")
    return (f"{m.group(2)} consisting of " + ", ".join(f"one {k}" for k in kinds[:-1])
            + f" and one {kinds[-1]}")
_GLUE = frozenset("can i make you we be made are there possible if choose to order create "
                  "form an ordered chosen available put together assemble wear he she".split())


def _plurals(kind: str) -> set[str]:
    """The ways 'one <kind>' is written as a listed kind: 'pair of pants' -> 'pairs of
    pants', 'shirt' -> 'shirts', 'cherry' -> 'cherries', 'glass' -> 'glasses'."""
    words = kind.split()
    head = words.index("of") - 1 if "of" in words else len(words) - 1
    w = words[head]
    forms = {w, w + "s", w + "es"} | ({w[:-1] + "ies"} if w.endswith("y") else set()) | (
        {re.sub(r"fe?$", "ves", w)} if re.search(r"fe?$", w) else set())
    return {" ".join(words[:head] + [f] + words[head + 1:]) for f in forms}


def products(split: Split, template: str) -> Result | None:
    if "how many" not in template or not quick(template, " one ", " and a ", " and an ", "-and-",
                                               " different ", " distinct "):
        return None
    w = Wording.of(split, template)
    # "sells 5 flavors and has 7 toppings": one list of what is on offer
    w.text = re.sub(r"(?<=[a-z]) and (?:has|offers|sells|serves|carries|stocks) (?=#\d)", " and ",
                    w.text)
    w.text = re.sub(_COMPOUND, _spelled_out, w.text)
    # "exactly one colour and one pattern": one of each, as "one" already says
    w.text = re.sub(r"\b(requires|includes|contains|uses|has) exactly (?=(?:one|#1|a|an) )",
                    r"\1 ", w.text)
    whole = w.take(_WHOLE)
    stock, ones, each, ask = w.take(_STOCK), w.take(_ONES), w.take(_EACH), w.take(_ASK)
    if len(stock) != 1 or len(ones) + len(each) != 1 or len(ask) != 1 or len(whole) > 1 \
            or not w.only_glue(_GLUE):
        return None
    qualifier = ask[0].group("for")
    if qualifier and not (whole and qualifier in whole[0].group("whole").split()):
        return None  # "coat designs" only when "each coat design is ..." says what they are
    if whole and not any(ask[0].group("what") in _plurals(word) for word in whole[0].group(
            "whole").split()) and ask[0].group("what") not in ("ways", "combinations", "choices"):
        raise Decline("the question asks about other things than those described")
    listed = re.findall(r"#(\d+) (" + _KIND + r")(?=,|$| and )", stock[0].group("items"))
    kinds = {k: int(c) for c, k in listed}
    parts = ask[0].group("parts")
    if parts and int(parts) != len(listed):
        raise Decline("a number of courses that is not the number of kinds")
    chosen = re.findall(r"(?:one|a|an|#(\d+)(?: different| distinct)?) (" + _KIND
                        + r")(?=,|$| and )", ones[0].group("ones")) if ones else []
    matched = [[k for k in kinds if {k, _plain(k), _head(k)} & _plurals(c)] for _, c in chosen] \
        if ones \
        else [[k] for k in kinds]
    if len(kinds) != len(listed) or len(kinds) < 2 or any(len(m) != 1 for m in matched) or \
            sorted(m[0] for m in matched) != sorted(kinds):
        raise Decline("the kinds chosen are not the kinds listed")
    counts = [kinds[m[0]] for m in matched]
    takes = [int(j) if j else 1 for j, _ in chosen] if ones else [1] * len(counts)
    ways = [comb(c, j) for c, j in zip(counts, takes, strict=True)]
    if any(c < j for c, j in zip(counts, takes, strict=True)) or any(c < 1 for c in counts) \
            or prod(ways) > 1_000_000:
        raise Decline("a modest number of choices")
    v = prod(ways)
    confirm.count(v, lambda: sum(1 for _ in product(*(combinations(range(c), j) for c, j in zip(
        counts, takes, strict=True)))), "combinations (listing them)")
    if all(j == 1 for j in takes):
        claim = " \\cdot ".join(map(str, counts)) + f" = {v}"
        return sp.Integer(v), [step("multiply the choices", "One of each kind, and every "
                                    "choice goes with every other: multiply.", f"${claim}$",
                                    claim)]
    claim = " \\cdot ".join(f"\\binom{{{c}}}{{{j}}}" for c, j in zip(counts, takes, strict=True)) \
        + " = " + " \\cdot ".join(map(str, ways)) + f" = {v}"
    return sp.Integer(v), [step("choose from each kind", "Choose the items of each kind (order "
                                "does not matter), then multiply.", f"${claim}$", claim)]


def _plain(kind: str) -> str:
    """A listed kind without 'kinds of' or 'different': '4 kinds of bread' lists bread."""
    return re.sub(r"^(?:different |distinct )?(?:(?:kinds|types|sorts|varieties) of )?", "",
                  kind)


def _head(kind: str) -> str:
    """A listed kind named by what it is of: '5 flavours of yogurt' lists flavours."""
    return re.sub(r"^(\w+) of \w+$", r"\1", _plain(kind))


__all__ = ["products"]
