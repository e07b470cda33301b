"""Reader of unordered choices: k of n people or things (committees, teams, toppings); the
subsets of a set are counted in `subset_totals`.

Phrasings reached: "In how many ways can a committee of 4 be chosen from 9 people?",
"My club has 12 members and I need to select 3 of them. In how many ways can I do
that?", "How many different 5-person teams can be formed from a group of 10 players?",
"There are 7 students in a club. How many different groups of 3 can they make?" ...
Each count is the binomial coefficient, confirmed by listing the choices
(`itertools.combinations`) when there are at most 10^5, else by the product formula.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.combinatorics.arrangements import PEOPLE
from tutor.reasoning.symbolic.combinatorics.choice_counts import binomial, by_products
from tutor.reasoning.symbolic.combinatorics.choice_phrases import (
    CHOOSER,
    GREATEST,
    NO_TWO_SAME,
    POOL_AS_MAKERS,
    RESTATED_BOX_TEMPLATE,
    RESTATED_CHOICE,
    SCENE,
    TWO_PART_POOL,
    as_choose,
    listed_pool,
    pool_size,
    restates_pool,
    said_group,
    take_number,
)
from tutor.reasoning.symbolic.combinatorics.pool_words import MEMBERS_TO_FORM, plain_pool
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 100_000
_GOODS = ("toppings|books|flavors|flavours|fruits|songs|movies|courses|classes|cards|marbles|"
          "balls|shirts|colours|points|questions|problems|items|objects|cookies|candies|"
          "novels|pictures|photos|plants|flowers|elements|numbers|letters|vegetables|sauces|spices|"
          "snacks|games|stickers|stamps|puzzles|dishes|socks|hats|pens|pencils|crayons|toys|beads|"
          "markers|balloons|scarves|shells|buttons|ribbons|magazines|albums|lessons")
# people who are chosen in the stories, beyond those of the seating readers
FOLK = (PEOPLE + "|volunteers|candidates|applicants|nominees|campers|scouts|recruits|"
        "senators|representatives|officers|residents|swimmers|skaters|drivers|workers|"
        # people named by what they are chosen to be, all alike (no order among them)
        "captains|starters|leaders|delegates|cooks|judges|winners|finalists|chaperones|helpers|"
        "monitors|ushers|guards|"
        # equal shared roles: two co-captains are a pair, not a captain and a deputy
        "co-captains|co-presidents|co-chairs|co-chairpersons|co-leaders|co-hosts|co-editors")
_NOUN = f"(?:{FOLK}|{_GOODS})"
_GROUP = r"(?:committee|subcommittee|team|group|panel|delegation|set|selection|squad|crew)"
_POOL_BOX = (r"(?:group|set|class|club|team|collection|pool|list|total|menu|shelf|box|bag|"
             r"stack|pile|roster|panel|staff|squad|crew|troop|"
             r"basket|drawer|crate|jar|tray|"
             r"(?:standard )?deck|(?:standard )?pack)")
_CHOOSE = r"(?:choose|select|pick|form|elect|chosen|selected|picked|formed|elected|made)"
ASK = (r" (?:in )?how many (?:different |distinct |possible |such )*(?:#(?P<k>\d+)-(?:person|"
        r"member|"
        r"player|student|topping|flavou?r|scoop|book) )?(?:ways|committees|subcommittees|teams|"
        r"groups|panels|selections|"
        r"combinations|pizzas|choices)\b| (?:the number of |count (?:the |all )?(?:of the )?)"
        r"(?:different |distinct "
        r"|possible )*(?:ways|committees|teams|groups|selections|combinations)\b")
_BE = r"(?:be |is |are |can be |is to be |are to be |will be |must be |)"
_CHOOSE_OF = r"\b(choose|select|pick) #(\d+) of #(\d+)\b"
_TAKE = [  # the k chosen, in the forms "choose 3 (of them / students)", "a committee of 3" ...
    r" " + _CHOOSE + r" (?:a |an )?(?:" + _GROUP + r" of )?#(?P<k>\d+)(?!-)(?: (?:of them|of the "
    r"(?P<of>\w+)|(?P<kn>" + _NOUN + r")|(?:different |distinct )(?P<kd>" + _NOUN + r")))?\b",
    r" (?:a |an )?" + _GROUP + r" of #(?P<k>\d+)(?: (?P<kn>" + _NOUN + r"))? " + _BE + _CHOOSE
    + r"\b",
    r" (?:a |an )?#(?P<k>\d+)[- ](?:person|member|player) " + _GROUP + r" " + _BE + _CHOOSE
    + r"\b",  # "a 3-person committee", "a 3 person committee" (as a student types it)
    r" (?:" + _CHOOSE + r"|make) (?:a |an )?#(?P<k>\d+)[- ](?:person|member|player|student) "
    + _GROUP + r"\b",
    r" #(?P<k>\d+)(?: (?P<kn>" + _NOUN + r")| of them)? " + _BE + _CHOOSE + r"(?: to form a "
    r"(?:team|committee|group))?\b",
    # "I have 11 books, of which I want to bring 2"
    r",? of (?:which|whom) (?:i|we|he|she|they) (?:want|wants|need|needs|plan|plans|would like)"
    r" to (?:bring|take|choose|pick|select|read|keep|use|invite) #(?P<k>\d+)\b",
]
POOLS = [
    # "a 3-person subcommittee ... from a 7-person committee"
    r" (?:from|out of|among) (?:a|an|the|our|my) #(?P<n>\d+)-(?:person|member) (?:committee|"
    r"group|team|club|class|panel|council|board)\b",
    r" (?:from|out of|among) (?:a |an |the |(?:his|her|my|our|their) )?(?:" + _POOL_BOX
    + r" (?:of |that has |with |which has ))?#(?P<n>\d+)(?: (?:different |distinct |available |"
    r"club |team |school |class |staff )?(?P<nn>" + _NOUN + r"))?\b",
    r" (?:a |an |the |my |our |his |her |their )?(?:" + _POOL_BOX + r"|school|department|office"
    r"|family|company|math team|chess club|choir|band|orchestra|council|board|troop|league)"
    r" (?:has|contains|consists of|with|of) #(?P<n>\d+) "
    r"(?:different |distinct )?(?P<nn>" + _NOUN + r")\b",
    # the pool as the one who chooses: "how many ways can a club of 15 pick ..."
    r" (?:a|the|our|my) (?:club|team|class|group|society) of #(?P<n>\d+)(?: (?P<nn>" + _NOUN
    + r"))?(?= (?:choose|select|pick|elect|appoint|name)s?\b)",
    r" there are #(?P<n>\d+) (?:different |distinct )?(?P<nn>" + _NOUN + r")(?: (?:in|on) (?:a |"
    r"the |my |our |his |her |their )?(?:" + _POOL_BOX + r"|school|department|office|table|"
    r"menu))?\b",
    r" (?:i|we|he|she|they|you) (?:have|has) #(?P<n>\d+) (?:different |distinct )?(?P<nn>"
    + _NOUN + r")\b",
    r"(?<=#\d) of (?:his|her|my|our|their|the) #(?P<n>\d+) (?:different |distinct )?(?P<nn>"
    + _NOUN + r")\b",  # "choose 3 of her 8 friends"
    # "a pizza parlour offers 8 toppings", "the shop sells 12 flavours"
    r" (?:a |an |the |our |my )?(?:[a-z]+ ){1,2}(?:offers|sells|stocks|carries|has) #(?P<n>\d+) "
    r"(?:different |distinct )?(?:kinds of |types of )?(?P<nn>" + _NOUN + r")\b",
]
# why they are chosen changes nothing, said at the end of the question: "to take on a trip"
_PURPOSE = (r" to (?:take|bring|read|use|wear|paint|plant|eat|buy|invite|serve|visit|study|"
            r"send|put|give away|donate|share|try|represent|attend|compete|travel|join|help|make|"
            r"pack|lend|sew|decorate|hang|display|mail|fill|play|review|judge|taste|test|check|go|come|"
            r"accompany)(?: (?!(?:in|into|as|each|"
            r"one|per|row|line|order|first|second|third|and|or|from|out|among)\b)[a-z]+){0,4}"
            r"(?= ?[?.]| ?$|"
            r" (?:from|out of|among) )")
# the question after the choice was said: "how many ways can she do this?"
_DO_THIS = (r" (?:in )?how many (?:different |distinct |possible )*ways (?:can|could|may) (?:she|"
            r"he|they|we|i|you|it|the [a-z]+) (?:do|make) (?:this|that|it|so|the (?:choice|"
            r"selection))\b")
# a pair chosen as equals: "how many pairs of co-chairs", "to be co-presidents" (no order)
_PAIR_ASK = (r" how many (?:different |distinct |possible )*pairs(?: of (?:co-[a-z]+s|"
             + _NOUN + r"))?\b")
# the size in the question: "how many combinations of 2 different toppings" (things must be
# said different: toppings or flavours could repeat; people cannot)
_OF_ASK = (r" how many (?:different |distinct |possible )*(?:combinations|selections|choices|sets|"
           r"groups) of #(?P<k>\d+) (?:(?:different |distinct )(?P<kn>" + _NOUN + r")|(?P<folk>"
           + FOLK + r"))\b| how many (?:different |distinct |possible )*(?:pizzas|sundaes|salads|"
           r"bouquets|baskets|plates) (?:with|of) (?:exactly )?#(?P<k2>\d+) (?:different |"
           r"distinct )(?P<kn2>" + _NOUN + r")\b| how many (?:different |distinct |possible )*(?:"
           r"groups|teams) of #(?P<k3>\d+)(?= (?:can|could) (?:be|they|the #\d+ of them)\b)")
# the pool as what is on offer: "6 flavours are available", "there are 9 books available"
# what they are and where they are offered change nothing: "8 toppings for a pizza are
# available at Rita's Pizza", "6 flavours of ice cream are available at the shop"
_AVAILABLE = (r" #(?P<n>\d+) (?:different |distinct )?(?P<nn>" + _NOUN + r")(?: of (?!(?:them|"
              r"which|these|those)\b)[a-z]+(?: [a-z]+)?| for (?:a|an|the|each|every|your|her|"
              r"his|their|our|my) [a-z]+)? (?:are |is )?(?:available|offered|on offer)(?: at (?:"
              r"the |a |an )?(?:[a-z]+'s )?(?!(?:least|most|random|once|each|any|all)\b)[a-z]+"
              r"(?: (?!(?:how|what|in|if|and|or|to|for)\b)[a-z]+)?)?\b")
# a named owner: "marco has 9 friends" (who owns them changes nothing)
_OWNED = (r"(?:^ |(?<=[.?!] ))(?!(?:there|it|this|each|every)\b)[a-z]+ (?:has|owns) #(?P<n>\d+) "
          r"(?:different |distinct )?(?P<nn>" + _NOUN + r")\b")
_EQUALS = (r" (?:to be|to serve as|as) (?:the |its |our |their )?co-[a-z]+s\b"
           r"| (?:choose|select|pick|elect|name) (?:the |its |our |their )co-[a-z]+s\b")
_GLUE = frozenset("can be are there do that this so i need needs to want wants choose select done "
                  "teacher coach must will "
                  "pick form chosen selected picked formed made from available may".split())
_ORDER_NOTE = (r" \(?the order in which (?:the )?[a-z ]+ (?:are|is) (?:chosen|selected|picked) "
               r"does not matter\.?\)?"
               # "if the order in which he takes them out does not matter"
               r"|,? (?:if|since|as) the order in which (?:he|she|they|i|we|you) (?:takes?|draws?|"
               r"picks?|gets?) them(?: out)? does not matter\b"
               r"| \(?(?:,? ?(?:if|when|where|since|as) )?(?:the )?order"
               r"(?: of (?:the )?[a-z]+)? (?:does not matter|is not important|is unimportant)\.?\)?"
               # no condition is put on the choice: said only when nothing else is
               r"|,? without (?:any )?restrictions?\b")

# who chooses changes nothing: "in how many ways can george pick ..." (not "can not pick")
_NAMED = (r"(?<= can| may)(?! (?:not|never|also|only|just|still|then|each|all|both|either|neither"
          r"|first|always|we|i|you|they|he|she|one)\b) [^\W\d_]+(?= (?:choose|select|pick)\b)")


# "can the club choose", "may our coach pick": who chooses, as a noun
_CHOOSER = (r"(?<= can| may) (?:a|the|our|my|his|her|their) (?:club|class|team|coach|teacher|school"
            r"|committee|group|company|manager|director|choir|band|council|board|troop)"
            r"(?= (?:choose|select|pick|elect)\b)")


def _noun(a: str | None, b: str | None) -> None:
    """The chosen and the pool are the same kind of thing (people and members agree).
    Officers chosen may hold different offices (an order), unless the offices are named."""
    if a in ("officers", "officer") and a != b:
        raise Decline("officers may hold different offices")
    if a and b and a.rstrip("s") != b.rstrip("s") and not {a, b} <= set(FOLK.split("|")):
        raise Decline("the chosen things are not of the pool's kind")


def choice_sizes(split: Split, template: str) -> tuple[int, int] | None:
    """The pool and the number chosen of an unordered choice told in words."""
    if not quick(template, "how many", "number of", "count") or not quick(
            template, "choose", "chosen", "select", "pick", "form", "elect", "made", "make",
            "available", "offers", "offered", "sells", "bring", "invite", "want", "has", "take"):
        return None
    w = Wording.of(split, template)
    # "choose 2 of 9 toppings": 2 out of 9
    w.text = as_choose(re.sub(_CHOOSE_OF, r"\1 #\2 out of #\3", w.text))
    plain_pool(w)
    w.take(_NAMED)
    w.take(_CHOOSER)
    w.take(CHOOSER)
    w.take(_ORDER_NOTE)
    restated = w.take(RESTATED_CHOICE)
    w.take(_PURPOSE)
    w.take(SCENE)
    w.take(r" (?:can|could|may) (?:be ordered|i order|we order|you order)(?= ?[?.]| ?$)")  # bought
    w.take(r" to form a (?:[a-z]+ )?(?:team|committee|subcommittee|group|panel)\b(?! of #)")
    of_ask, makers = w.take(_OF_ASK), w.take(POOL_AS_MAKERS)
    pairs = w.take(_PAIR_ASK)
    w.take(_EQUALS)  # co-holders of one office: no order among them
    do_this = w.take(_DO_THIS)
    greatest = w.take(GREATEST) if len(w.take(NO_TWO_SAME)) == 1 else []
    of_ask += greatest
    ask = w.take(ASK) + pairs + of_ask + do_this
    pools = [m for p in [TWO_PART_POOL, listed_pool(_NOUN, _POOL_BOX), *POOLS, _AVAILABLE,
                         _OWNED, r" with #(?P<n>\d+) (?P<nn>" + FOLK + r")\b"] for m in w.take(p)]
    takes = [m for p in [MEMBERS_TO_FORM, *_TAKE, *take_number(_NOUN, _GROUP)]
             for m in w.take(p)]
    w.take(said_group(_GROUP))
    again = w.take(restates_pool(_NOUN)) + w.take(RESTATED_BOX_TEMPLATE.format(box=_POOL_BOX)) \
        + makers
    asked = bool(pairs or of_ask) or bool(ask[0].groupdict().get("k")) if len(ask) == 1 \
        else False
    if pairs and len(takes) == 1:  # "choose 2 ... how many pairs": the pair restates the 2
        if int(takes[0].group("k")) != 2:
            raise Decline("pairs of more or fewer than two")
        asked = False
    if len(ask) != 1 or len(pools) != 1 or len(takes) + asked != 1 \
            or not w.only_glue(_GLUE):
        return None
    pool = pools[0]
    said = takes[0].groupdict() if takes else of_ask[0].groupdict() if of_ask else {}
    chosen = next((said[g] for g in ("kn", "kd", "of", "folk", "kn2") if said.get(g)), None)
    _noun(chosen, pool.groupdict().get("nn"))
    if any(m.group("what") and m.group("what") not in (chosen, pool.groupdict().get("nn"))
           and not re.fullmatch(_GROUP, m.group("what"))
           and not (m.group("what") == "guests" and "invite" in template) for m in restated):
        raise Decline("the question asks for another choice than the one told")
    n = pool_size(pool, chosen)
    if any(m.group("n") and int(m.group("n")) != n for m in again if "n" in m.groupdict()):
        raise Decline("the pool is said with two sizes")
    k = takes[0].group("k") if takes else (of_ask[0].group("k") or of_ask[0].groupdict().get(
        "k2") or of_ask[0].groupdict().get("k3") or 0) if of_ask else 2 if pairs \
        else ask[0].group("k")
    return n, int(k)


def choices(split: Split, template: str) -> Result | None:
    sizes = choice_sizes(split, template)
    return None if sizes is None else binomial(*sizes, "choices")


__all__ = ["ASK", "POOLS", "binomial", "by_products", "choices"]
