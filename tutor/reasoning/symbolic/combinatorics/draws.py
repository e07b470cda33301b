"""Probability readers for draws: items of stated colours drawn from a bag (with or
without replacement), and different numbers chosen from a stated set of integers.

Phrasings reached: "A bag has 4 red marbles and 6 blue marbles. Two marbles are drawn
without replacement. What is the probability that both are red?", "A jar contains 3
green, 5 yellow and 2 white balls. If I draw 2 balls at random at the same time, what is
the probability that they are the same colour?", "Two different integers are chosen from
the set {1, 2, ..., 9}. What is the probability that their sum is even?", "A number is
selected at random from 1 through 50, inclusive. What is the probability that it is a
perfect square?" ...
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations, permutations, product
from math import comb

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick, set_members
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_SPACE = 200_000
_COLOUR = "red|blue|green|yellow|white|black|purple|orange|pink|brown|gray|grey|silver|gold"
_ITEM = (r"(?:marbles?|balls?|chips?|beads?|socks?|blocks?|candies|candy|cubes?|tiles?|pens?|"
         r"jelly beans?|gumballs?|tickets?|buttons?|pencils?)")
_BAG = r"(?:bag|box|jar|urn|drawer|basket|bin|bowl|hat)"
_STOCK = (r" (?:a|an|the|one) " + _BAG + r" (?:contains|has|holds|with|containing) (?:(?P<items>"
          r"#\d+ (?:" + _COLOUR + r")(?: " + _ITEM + r")?(?:,? (?:and )?#\d+ (?:" + _COLOUR
          + r")(?: " + _ITEM + r")?)+)|#(?P<all>\d+) (?:identical |congruent |)" + _ITEM
          + r",? (?P<which>#\d+ of which are (?:" + _COLOUR + r")(?:,? (?:and )?#\d+ of which "
          r"are (?:" + _COLOUR + r"))+))\b")
_DRAW = (r" (?:(?:#(?P<m>\d+)|a|one) (?:" + _ITEM + r"|of them|of the " + _ITEM + r") "
         r"(?:is |are |were )?(?:randomly )?(?:drawn|selected|chosen|pulled|taken|removed|picked)"
         r"|(?:(?:i|you|we|he|she) )?(?:draws?|picks?|selects?|chooses?|takes?|pulls?|removes?) "
         r"(?:out )?#(?P<m2>\d+) "
         + _ITEM + r")(?: (?:at random|randomly))?(?: (?:from|out of) the " + _BAG
         + r"| out)?(?: (?:at random|randomly))?(?:,? (?P<how>without replacement|with "
         r"replacement|at the same time|simultaneously|at once))?\b")
_EVENT = (r" (?:both(?: " + _ITEM + r")?|they|the #2 " + _ITEM + r"|the " + _ITEM + r"|all #\d+|"
          r"all of them|all)"
          r"(?: both| all)? (?:"
          r"are |is |)(?:both |all |of )?(?:(?P<same>the same colour)|(?P<diff>different colours|"
          r"of different colours)|(?P<col>" + _COLOUR + r"))\b"
          r"| (?P<cmp>exactly|at least|at most) #(?P<j>\d+) (?:of them )?(?:is|are) (?P<col2>"
          + _COLOUR + r")\b"
          r"| (?:neither|none) (?:of them )?(?:is|are) (?P<col3>" + _COLOUR + r")\b"
          r"| (?:they|the #2 " + _ITEM + r"|both " + _ITEM + r") (?P<match>match|are a match|"
          r"form a matching pair)\b"
          r"| (?:one|#1) (?:of them )?is (?P<mix1>" + _COLOUR + r") and (?:one|#1|the other)"
          r"(?: one)?(?: is)? (?P<mix2>" + _COLOUR + r")\b")


# one item drawn: "it is red", "a randomly chosen marble is not blue", "... is red or green"
_ONE = (r" (?:it|the " + _ITEM + r"|the (?:drawn|selected|chosen) " + _ITEM + r"|an? (?:randomly )?"
        r"(?:drawn|selected|chosen|picked) " + _ITEM + r"(?: from the " + _BAG + r")?) is "
        r"(?P<not>not )?(?P<c1>" + _COLOUR + r")(?: or (?P<c2>" + _COLOUR + r"))?\b")


def _one_draw(colours: dict[str, int], e: re.Match[str]) -> Result:
    """One item drawn: the items of the named colours (or of the others) over all."""
    named = {c for c in (e.group("c1"), e.group("c2")) if c}
    if named - set(colours) or len(named) < (2 if e.group("c2") else 1):
        raise Decline("a colour the bag does not hold")
    wanted = set(colours) - named if e.group("not") else named
    total = sum(colours.values())
    good = sum(colours[c] for c in wanted)
    second = total - sum(n for c, n in colours.items() if c not in wanted)
    words = ("not " if e.group("not") else "") + " or ".join(sorted(named))
    return answer(good, total, words, second, "counting the other colours",
                  f"{good} of the {total} equally likely items are {words}.")


def bag(split: Split, template: str) -> Result | None:
    if not re.search(_BAG, template) or not quick(template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    w.take_name("draws|picks|selects|chooses|takes|pulls|removes")
    stock, ask, one = w.take(_STOCK), w.take(ASK), w.take(_ONE)
    draw = w.take(_DRAW)
    event = one or w.take(_EVENT)
    if len(stock) != 1 or len(draw) > 1 or (not draw and not one) or len(ask) != 1 \
            or len(event) != 1 or not w.only_glue({"if", "i", "you", "we", "from", "it", "bag",
                                                   "are", "is"}):
        return None
    colours: dict[str, int] = {}
    listed = stock[0].group("items") or stock[0].group("which")
    for n, c in re.findall(r"#(\d+) (?:of which are )?(" + _COLOUR + r")", listed):
        if c in colours:
            raise Decline("a colour listed twice")
        colours[c] = int(n)
    if stock[0].group("all") and int(stock[0].group("all")) != sum(colours.values()):
        raise Decline("the colours do not add up to the whole")
    m = int(draw[0].group("m") or draw[0].group("m2") or 1) if draw else 1
    if one:
        if m != 1:
            raise Decline("an event about one item when several are drawn")
        return _one_draw(colours, one[0])
    again = draw[0].group("how") == "with replacement"
    if m < 2 and not again:
        raise Decline("one draw: a plain fraction")
    items = [c for c, n in colours.items() for _ in range(n)]
    space = len(items) ** m if again else comb(len(items), m)
    if not 2 <= m <= len(items) or space > _SPACE:
        raise Decline("draws I cannot list")
    e = event[0]
    colour = e.group("col") or e.group("col2") or e.group("col3")
    mix = [e.group("mix1"), e.group("mix2")] if e.group("mix1") else []
    if (colour and colour not in colours) or set(mix) - set(colours) or (mix and (
            mix[0] == mix[1] or m != 2)):
        raise Decline("a colour the bag does not hold, or one of each for more than two")
    if e.group("diff") and m != 2:
        raise Decline("'different colours' for three or more reads two ways")
    if mix:
        kind, j, cmp, words = "mix", 1, "exactly", f"one {mix[0]} and one {mix[1]}"
    elif e.group("same") or e.group("diff") or e.group("col") or e.group("match"):
        if e.group("match") and m != 2:
            raise Decline("'match' for more than two")
        kind = "same" if e.group("same") or e.group("match") else "diff" if e.group(
            "diff") else "all"
        j, cmp = m, "exactly"
        words = {"same": "all the same colour", "diff": "different colours",
                 "all": f"all {colour}"}[kind]
    else:
        kind, j, cmp = "count", 0 if e.group("col3") else int(e.group("j")), \
            e.group("cmp") or "exactly"
        words = f"{cmp} {j} {colour}" if e.group("col2") else f"no {colour}"

    def test(cs: list[str]) -> bool:
        if kind == "mix":
            return sorted(cs) == sorted(mix)
        if kind in ("same", "diff"):
            return len(set(cs)) == (1 if kind == "same" else m)
        hits = sum(c == colour for c in cs)
        return {"exactly": hits == j, "at least": hits >= j, "at most": hits <= j}[cmp]

    labelled = range(len(items))
    draws = product(labelled, repeat=m) if again else combinations(labelled, m)
    good = sum(1 for d in draws if test([items[i] for i in d]))
    # a second count: how many of each colour are drawn, weighted by the ways to draw them
    second = 0
    for split_ in product(*(range(min(n, m) + 1) if not again else range(m + 1)
                            for n in colours.values())):
        if sum(split_) != m:
            continue
        drawn = [c for c, h in zip(colours, split_, strict=True) for _ in range(h)]
        if not test(drawn):
            continue
        if again:
            ways = sp.factorial(m)
            for n, h in zip(colours.values(), split_, strict=True):
                ways = ways / sp.factorial(h) * n**h
        else:
            ways = sp.prod([comb(n, h) for n, h in zip(colours.values(), split_, strict=True)])
        second += int(ways)
    how = "with replacement" if again else "without replacement"
    return answer(good, space, words, second, "counting by colours",
                  f"Label the {len(items)} items; of the {space} equally likely draws ({how}), "
                  f"{good} are {words}.", f"{len(items)}^{{{m}}}" if again
                  else f"\\binom{{{len(items)}}}{{{m}}}")


# numbers from a set ------------------------------------------------------------------

_FROM = (r" (?:from|of) (?:the set (?P<set>@\d+@)|(?:the )?(?:first #(?P<first>\d+) positive "
         r"integers|(?:positive )?integers (?:from )?#(?P<a>\d+) (?:through|to) #(?P<b>\d+)|"
         r"(?:between )?#(?P<a2>\d+) (?:through|to|and) #(?P<b2>\d+)))(?P<inc>,? inclusive)?"
         r"(?!\w)")
_PICK = (r" (?P<two>#2 (?P<diff>different |distinct )?|an? )(?:positive |natural )?(?:numbers?|"
         r"integers?|whole numbers?|members|elements)(?:(?: are| is)? (?:randomly |)(?:selected|"
         r"chosen|picked|drawn)(?: (?:at random|randomly))?(?P<how>,? (?:simultaneously|at the "
         r"same time|without replacement)(?: and at random)?)?)?\b")
_CHOSEN = (r"(?<=;)\s+(?:are|is) (?:randomly )?(?:selected|chosen|picked|drawn)(?: at random| "
           r"randomly)?\b")
_ITS = (r" (?:it|the (?:chosen |selected )?(?:number|integer))(?: chosen| selected)? "
        + PROPERTY)
# "a randomly selected integer between 1 and 100, inclusive, is a multiple of 7"
_PICKED = (r" an? (?:randomly )?(?:selected|chosen|picked) (?:positive )?(?:integer|number|whole "
           r"number) (?:from |between )#(?P<a>\d+) (?:and|to|through) #(?P<b>\d+)(?P<inc>,? "
           r"inclusive,?)? (?:will )?" + PROPERTY)
_STAT = (r" (?:the|their) (?P<stat>sum|product|greatest common (?:factor|divisor))(?: of (?:the"
         r"|these|those) (?:#2 )?(?:numbers|integers|members))? " + PROPERTY)



def _picked(w: Wording, picked: list[re.Match[str]]) -> Result | None:
    """One number from a range said inside the event; 'between' without 'inclusive' is read
    both ways and declined when the two differ."""
    ask = w.take(ASK)
    if len(picked) != 1 or len(ask) != 1 or not w.only_glue():
        return None
    p = picked[0]
    a, b = int(p.group("a")), int(p.group("b"))
    between = "between" in p.group(0) and not p.group("inc")
    test, words = predicate(p)
    results = set()
    for lo, hi in ({(a, b), (a + 1, b - 1)} if between else {(a, b)}):
        if not 0 <= lo <= hi or hi - lo > 10**6:
            raise Decline("a range of modest size")
        good = sum(1 for x in range(lo, hi + 1) if test(x))
        results.add(sp.Rational(good, hi - lo + 1))
    if len(results) != 1:
        raise Decline("'between' may or may not include the ends, and the answers differ")
    good = sum(1 for x in range(a, b + 1) if test(x))
    total = b - a + 1
    second = total - sum(1 for x in range(a, b + 1) if not test(x))
    return answer(good, total, f"the number being {words}", second, "the complement",
                  f"{good} of the {total} equally likely numbers are {words}.")


def numbers(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(template, "select", "chosen",
                                                                  "choose", "picked", "drawn"):
        return None
    w = Wording.of(split, template)
    picked = w.take(_PICKED)
    if picked:
        return _picked(w, picked)
    ask = w.take(ASK)
    event = w.take(_STAT)  # first: "the gcd of these two numbers" names no new pick
    pick, src = w.take(_PICK), w.take(_FROM)
    w.take(_CHOSEN)
    w.take(r" and (?:they are |then )?(?:multiplied|added)(?: together)?\b")
    event += w.take(_ITS)
    if len(pick) != 1 or len(src) != 1 or len(ask) != 1 or len(event) != 1 or not w.only_glue():
        return None
    g = src[0].groupdict()
    if g["a2"] and "between" in src[0].group(0) and not g["inc"]:
        raise Decline("'between' may or may not include its ends")
    if g["set"]:
        pool = set_members(w.maths[int(g["set"][1:-1])])
    else:
        lo = 1 if g["first"] else int(g["a"] or g["a2"])
        hi = int(g["first"] or g["b"] or g["b2"])
        pool = list(range(lo, hi + 1))
    if len(set(pool)) != len(pool) or not 2 <= len(pool) <= 600:
        raise Decline("a set of distinct integers of modest size")
    test, words = predicate(event[0])
    two = pick[0].group("two").startswith("#2")
    if not two:
        if "stat" in event[0].groupdict():
            raise Decline("a sum of one number")
        good = sum(1 for x in pool if test(x))
        second = len(pool) - sum(1 for x in pool if not test(x))
        return answer(good, len(pool), f"the number being {words}", second, "the complement",
                      f"{good} of the {len(pool)} equally likely numbers are {words}.")
    if not (pick[0].group("diff") or pick[0].group("how")) or "stat" not in event[0].groupdict():
        raise Decline("two numbers that may be the same, or an event about one of them")
    stat = event[0].group("stat")
    value = {"sum": lambda a, b: a + b, "product": lambda a, b: a * b}.get(
        stat, lambda a, b: int(sp.gcd(a, b)))
    good = sum(1 for a, b in combinations(pool, 2) if test(value(a, b)))
    ordered = Counter(test(value(a, b)) for a, b in permutations(pool, 2))
    total = comb(len(pool), 2)
    return answer(good, total, f"the {stat} being {words}", ordered[True] // 2,
                  "ordered pairs, halved", f"Of the {total} equally likely pairs, {good} have "
                  f"{stat} {words}.", f"\\binom{{{len(pool)}}}{{2}}")


__all__ = ["bag", "numbers"]
