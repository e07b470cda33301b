"""More phrases of an unordered choice told as a story, read by `selections.choices`.

What they add, each a phrase that changes nothing in the count or states the pool or the
number chosen in another way:
- the occasion: "on a camping trip", "for the chess tournament", "to send to the regional
  contest" (no number, no condition);
- a restatement of the pool: "if any of the 9 people may be judges" (the 9 must be the pool),
  "from the drawer";
- a pool in two named parts with nothing asked of the parts: "the club has 5 boys and 7 girls"
  (12 people; only when the chosen are people in general, never "3 boys");
- a pool listed by its members: "6 hats, coloured red, blue, ... and gold, are in a box" (the
  list must have the 6 members, all different);
- the number chosen as "we want 4 people on the team", "bring 2 of my cousins";
- "the greatest number of 3-topping pizzas ... such that no two pizzas have the same topping
  combination": the different choices of 3 of the toppings.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.model import Decline

OCCASIONS = (r"trip|outing|hike|party|picnic|camp|holiday|vacation|tour|expedition|fair|"
             r"festival|contest|competition|tournament|meeting|conference|show|weekend|journey|"
             r"retreat|excursion|dinner|lunch|game|concert|play|dance|wedding|ceremony|parade|"
             r"race|event|match|gala|feast|voyage|movie|movies|film|museum|zoo|beach|park|"
             r"theater|theatre|restaurant|circus|sleepover|barbecue|cookout|ballgame|opera")
_PLACES = r"room|hall|classroom|office|house|building|lab|library|gym|studio|kitchen"
# "on a backpacking trip", "to send to the state science fair": where or why, no number
SCENE = (r"(?: to (?:send|take|bring)(?: (?:it|them|him|her))?)? (?:on|for|at|during|to) (?:a|an"
         r"|the|our|my|his|her|their|this|next|tomorrow's) (?:(?!(?:not|no|each|every|first|"
         r"second|last|other|same)\b)[a-z]+ ){0,2}(?:" + OCCASIONS + r")\b(?! of #)"
         r"| (?:in|at) (?:a|the|our|my|his|her|their) (?:" + _PLACES + r")\b(?! of #)"
         r"| (?:to|for|at) (?:dinner|lunch|breakfast|supper|brunch)\b")
# "take 2 of her 7 cousins", "a teacher picks 3 of her 20 students": a choice of some of a
# group, said with another verb
_CHOSEN_VERB = (r"\b(?:(?P<now>takes|brings|invites|picks|chooses|selects)|take|bring|invite)"
                r"(?= #\d+ (?:of them\b|of (?:his|her|my|our|their|the) #\d|out of #\d))")


def as_choose(text: str) -> str:
    """`text` with a choice of some of a group said with "(will) choose"."""
    return re.sub(_CHOSEN_VERB, lambda m: "will choose" if m["now"] else "choose", text)


# pairs of parts that make up a group of people
_PARTS = [("boys", "girls"), ("men", "women"), ("juniors", "seniors"), ("seniors", "juniors"),
          ("girls", "boys"), ("women", "men"), ("adults", "children"), ("democrats",
          "republicans"), ("republicans", "democrats"), ("teachers", "students")]
_PART_WORDS = "|".join(sorted({a for pair in _PARTS for a in pair}))
_OWNER_WORD = r"(?!(?:not|no|never|if|only|each|every|both|all|other)\b)[a-z]+(?:'s)? "
TWO_PART_POOL = (r"(?:(?:^ |(?<=[.?!] ))(?:" + _OWNER_WORD + r"){1,8}"
                 r"(?:has|have|includes|contains|consists of)| of| with) #(?P<a>\d+) (?P<na>"
                 + _PART_WORDS + r") and #(?P<b>\d+) (?P<nb>" + _PART_WORDS + r")\b")
# the chosen, said as people in general (any of the parts may be among them)
_GENERAL = frozenset({"people", "persons", "members", "players", "students", "delegates",
                      "representatives", "volunteers", "of them"})


# who chooses, at the start of a sentence: "lena can bring ...", "omar may invite ..."
CHOOSER = (r"(?:^ |(?<=[.?!] ))(?:(?!(?:nobody|none|no|each|every|everyone|everybody|all|both|"
           r"neither|either|any|not|only)\b)[a-z]+|(?:a|the|our|my) (?:coach|teacher|manager|"
           r"director|principal|captain|leader|host|hostess))(?= (?:can|may|will|must|wants to|"
           r"needs to|plans to|has to|gets to|is allowed to) (?:bring|take|invite|choose|select|"
           r"pick)\b)")
# the choice asked again after it was told: "... can the coach choose the starters?", "choose
# whom to invite"
RESTATED_CHOICE = (r" (?:choose|select|pick|decide) (?:the|them|these|those|whom to (?:invite|"
                   r"bring|take)|who to (?:invite|bring|take)|who (?:comes|goes|will come|will "
                   r"go))(?: (?P<what>[a-z]+))?(?: to (?:bring|take|invite))?(?: with (?:me|her|"
                   r"him|them|us))?(?= ?[?.]| ?$)")  # "choose the friends to bring", "who comes"


def restates_pool(noun: str) -> str:
    """'if any of the 9 people may be judges', 'from the drawer': the pool again."""
    return (r" (?:if|since|as|and|where) any (?:one )?of (?:the #(?P<n>\d+) )?(?:" + noun
            + r"|them) (?:may|can|could|might) be (?!(?:not|never|chosen twice)\b)(?:chosen|"
            r"picked|selected|(?:a |an )?[a-z]+)\b")


# the pool as the ones who make the groups: "how many groups of 3 can they make", "... can the
# seven of them form" (a number said here must be the pool's)
POOL_AS_MAKERS = (r" (?:can|could) (?:they|(?:the|all) #(?P<n>\d+) of them|all of them) (?:make|"
                  r"form|create)\b")


def take_number(noun: str, group: str) -> list[str]:
    """The number chosen: 'we want 4 people on the team', 'bring 2 of my cousins'."""
    return [r" (?:i|we|you|they|he|she) (?:want|need|would like) #(?P<k>\d+) (?P<kn>" + noun
            + r") (?:on|in) (?:the|our|my|this|that) " + group + r"\b",
            r" (?:bring|take|invite) (?:along )?#(?P<k>\d+) of (?:(?:my|his|her|our|their|the) "
            r"(?P<kn>" + noun + r")|them)\b"]


def said_group(group: str) -> str:
    """'select a team', 'form the committee': the group the number chosen makes up."""
    return r" (?:choose|select|pick|form|make up|put together) (?:a|the|our|my|this) " + group \
        + r"\b(?! of #)"


def listed_pool(noun: str, box: str) -> str:
    """'6 hats, coloured red, blue, ... and gold, are in a box'."""
    return (r"(?:^ |(?<=[.?!] ))#(?P<n>\d+) (?:different |distinct )?(?P<nn>" + noun
            + r"),? (?:colou?red|in the colours|namely) (?P<list>[a-z]+(?:, [a-z]+)*,? and "
            r"[a-z]+),? (?:are|lie|sit|are kept|are placed) (?:in|on) (?:a|the|her|his|my|our) "
            + box + r"\b")


RESTATED_BOX_TEMPLATE = r" (?:from|out of) (?:the|this|that|her|his|my|our) (?:{box})\b"
_DISHES = r"(?:pizzas|burgers|sandwiches|salads|tacos|hot dogs)"
GREATEST = (r" the (?:greatest|largest|maximum|most) (?:possible )?number of (?:different )?"
            r"#(?P<k>\d+)-topping " + _DISHES + r"\b")
NO_TWO_SAME = (r" (?:such that|so that|if|where|with) no #2 (?:of the )?" + _DISHES
               + r" (?:have|has|share) the same (?:topping )?combination(?: of toppings)?\b")


def pool_size(m: re.Match[str], chosen: str | None) -> int:
    """The number in the pool, from any pool phrase; a pool of two parts only when the chosen
    are people in general."""
    d = m.groupdict()
    if d.get("a"):
        if (d["na"], d["nb"]) not in _PARTS or (chosen or "people") not in _GENERAL:
            raise Decline("a choice from a group of two parts that names a part")
        return int(d["a"]) + int(d["b"])
    n = int(d["n"])
    if d.get("list"):
        names = re.split(r",? and |, ", d["list"])
        if len(names) != n or len(set(names)) != n:
            raise Decline("the listed members do not make up the pool")
    return n


__all__ = ["CHOOSER", "GREATEST", "NO_TWO_SAME", "POOL_AS_MAKERS", "RESTATED_BOX_TEMPLATE",
           "RESTATED_CHOICE",
           "SCENE", "TWO_PART_POOL", "as_choose", "listed_pool", "pool_size", "restates_pool",
           "said_group", "take_number"]
