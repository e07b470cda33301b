"""Probability reader for draws from a bag: items of stated colours (or boys and girls of a
club) drawn with or without replacement, together or one after another in order.

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
from itertools import combinations, permutations, product
from math import comb

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_SPACE = 200_000
_COLOUR = "red|blue|green|yellow|white|black|purple|orange|pink|brown|gray|grey|silver|gold"
_PEOPLE = "boys|girls|men|women"  # kinds of people drawn like colours of marbles
_KIND = _COLOUR + "|" + _PEOPLE
_ITEM = (r"(?:marbles?|balls?|chips?|beads?|socks?|blocks?|candies|candy|cubes?|tiles?|pens?|"
         r"jelly beans?|gumballs?|tickets?|buttons?|pencils?|plates?|members?|students?|people|"
         r"children|players?)")
_BAG = r"(?:bag|box|jar|urn|drawer|basket|bin|bowl|hat|club|class|group|team)"
_LIST = r"#\d+ (?:" + _KIND + r")(?: " + _ITEM + r")?(?:,? (?:and )?#\d+ (?:" + _KIND + r")(?: " \
    + _ITEM + r")?)+"
_STOCK = (r"(?:(?<=^ )| (?:a|an|the|one|our|my|his|her|their) )" + _BAG + r" (?:contains|has|"
          r"holds|with|"
          r"containing|consists of|is made up of) (?:(?P<items>" + _LIST + r")|#(?P<all>\d+) "
          r"(?:identical |congruent |)"
          + _ITEM + r",? (?:(?P<which>#\d+ of which are (?:" + _KIND + r")(?:,? (?:and )?#\d+ of "
          r"which are (?:" + _KIND + r"))+)|(?P<items2>" + _LIST + r")))(?:,? and no other "
          + _ITEM + r")?\b")
_DRAW = (r" (?:(?:(?:#(?P<m>\d+)|a|one) (?:" + _ITEM + r"|of them|of the " + _ITEM + r")|one(?= is "
         r"| was )) "
         r"(?:is |are |were )?(?:randomly )?(?:drawn|selected|chosen|pulled|taken|removed|picked)"
         r"|(?:(?:i|you|we|he|she) )?(?:draws?|picks?|selects?|chooses?|takes?|pulls?|removes?) "
         r"(?:out )?#(?P<m2>\d+)(?: " + _ITEM + r")?)(?: (?:at random|randomly))?(?: (?:from|out "
         r"of) (?:the|this) " + _BAG
         + r"| out)?(?: (?:at random|randomly))?(?:,? (?P<how>without replacement|with "
         r"replacement|at the same time|simultaneously|at once|and not replaced|and not put back|"
         r"without putting (?:the first|it|them|any) back|without putting back))?\b")
_EVENT = (r" (?:both(?: " + _ITEM + r")?|they|the #2 " + _ITEM + r"|the " + _ITEM + r"|all #\d+|"
          r"all of them|all)"
          r"(?: both| all)? (?:"
          r"are |is |)(?:both |all |of )?(?:(?P<same>the same colour)|(?P<diff>different colours|"
          r"of different colours)|(?P<col>" + _KIND + r"))\b"
          r"| (?P<cmp>exactly|at least|at most) #(?P<j>\d+) (?:of them )?(?:is|are) (?P<col2>"
          + _KIND + r")\b"
          r"| (?:neither|none) (?:of them )?(?:is|are) (?P<col3>" + _KIND + r")\b"
          r"| (?:they|the #2 " + _ITEM + r"|both " + _ITEM + r") (?P<match>match|are a match|"
          r"form a matching pair)\b"
          r"| (?:(?:i|you|we|he|she|they) )?(?:get |getting |draw |drawing |pick |picking )?"
          r"(?P<each>(?:one|#1) of each colour)\b"
          r"| (?:one|#1) (?:of them )?is (?P<mix1>" + _KIND + r") and (?:one|#1|the other)"
          r"(?: one)?(?: is)? (?P<mix2>" + _KIND + r")\b")


# two drawn one after the other: "the first marble is red and the second (marble) is white"
_NTH = r" (?:marble|ball|chip|bead|sock|block|candy|cube|tile|pen|ticket|button|pencil|one)"
# "a marble is drawn, replaced, and a second marble is drawn": two draws, put back or not
_TWICE = (r" (?:a|one) (?P<item>marble|ball|chip|bead|sock|block|cube|tile|ticket|button) is "
          r"(?:randomly )?(?:drawn|selected|chosen|picked|taken|removed)(?: at random)?,? (?:and )?"
          r"(?:then )?(?:(?P<back>replaced|put back|returned)|not replaced|not put back|set aside|"
          r"kept)(?: (?:in|to|into) the " + _BAG + r")?,? (?:and )?(?:then )?a second (?:(?P=item) "
          r"|one )?is (?:then )?(?:drawn|selected|chosen|picked|taken|removed)\b")
_IN_ORDER = (r" the first(?:" + _NTH + r")?(?: drawn| chosen| selected)? is (?P<o1>" + _COLOUR
             + r") and the second(?:" + _NTH + r")?(?: drawn| chosen| selected)? is (?P<o2>"
             + _COLOUR + r")\b")


def _in_order(colours: dict[str, int], e: re.Match[str], again: bool) -> Result:
    """The first draw of one colour, the second of another (or the same): ordered draws listed,
    and again as a product of fractions."""
    first, second = e.group("o1"), e.group("o2")
    if {first, second} - set(colours):
        raise Decline("a colour the bag does not hold")
    items = [c for c, n in colours.items() for _ in range(n)]
    total = len(items)
    draws = list(product(range(total), repeat=2)) if again else list(permutations(range(total),
                                                                                     2))
    good = sum(1 for i, j in draws if items[i] == first and items[j] == second)
    later = colours[second] - (first == second and not again)
    by_product = sp.Rational(colours[first], total) * sp.Rational(later, total - (not again))
    how = "with" if again else "without"
    return answer(good, len(draws), f"{first} then {second}", int(by_product * len(draws)),
                  "a product of fractions", f"Of the {len(draws)} equally likely ordered draws "
                  f"({how} replacement), {good} give {first} first and {second} second.")


# one item drawn: "it is red", "a randomly chosen marble is not blue", "... is red or green"
_ONE = (r" (?:it|the " + _ITEM + r"|the (?:drawn|selected|chosen) " + _ITEM + r"|an? (?:randomly )?"
        r"(?:drawn|selected|chosen|picked) " + _ITEM + r"(?: from the " + _BAG + r")?) is "
        r"(?P<not>not )?(?P<c1>" + _KIND + r")(?: or (?P<c2>" + _KIND + r"))?\b")


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
    # "the probability of (not) picking a green marble": one item drawn, and what it is
    w.text = re.sub(r" (probability|chance) of (not )?(?:randomly )?(?:drawing|picking|choosing|"
                    r"selecting|getting|pulling out|taking out) (?:a|an|one) (" + _KIND
                    + r")(?: " + _ITEM + r"| one| #1)?(?= ?[?.,](?: |$))", r" \1 that it is \2\3",
                    w.text)
    w.text = re.sub(_TWICE, lambda m: f" #2 {m['item']}s are drawn with"
                    f"{'' if m['back'] else 'out'} replacement", w.text)
    stock, ask, one = w.take(_STOCK), w.take(ASK), w.take(_ONE)
    draw = w.take(_DRAW)
    ordered = w.take(_IN_ORDER)
    event = one or ordered or w.take(_EVENT)
    if len(stock) != 1 or len(draw) > 1 or (not draw and not one) or len(ask) != 1 \
            or len(event) != 1 or not w.only_glue({"if", "i", "you", "we", "from", "it", "bag",
                                                   "are", "is"}):
        return None
    colours: dict[str, int] = {}
    listed = stock[0].group("items") or stock[0].group("which") or stock[0].group("items2")
    for n, c in re.findall(r"#(\d+) (?:of which are )?(" + _KIND + r")", listed):
        if c in colours:
            raise Decline("a colour listed twice")
        colours[c] = int(n)
    g = event[0].groupdict()
    if set(colours) & set(_PEOPLE.split("|")) and (g.get("same") or g.get("diff")
                                                   or g.get("match")):
        raise Decline("colours asked of people")
    if stock[0].group("all") and int(stock[0].group("all")) != sum(colours.values()):
        raise Decline("the colours do not add up to the whole")
    m = int(draw[0].group("m") or draw[0].group("m2") or 1) if draw else 1
    if one:
        if m != 1:
            raise Decline("an event about one item when several are drawn")
        return _one_draw(colours, one[0])
    again = draw[0].group("how") == "with replacement"
    if ordered:
        if m != 2 or draw[0].group("how") in ("at the same time", "simultaneously", "at once"):
            raise Decline("an order among more than two draws, or draws made together")
        return _in_order(colours, ordered[0], again)
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
    if e.group("each") and (m != 2 or len(colours) != 2):
        raise Decline("'one of each colour' with other than two draws of two colours")
    if e.group("diff") and m != 2:
        raise Decline("'different colours' for three or more reads two ways")
    if e.group("each"):
        mix = sorted(colours)
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


__all__ = ["bag"]
