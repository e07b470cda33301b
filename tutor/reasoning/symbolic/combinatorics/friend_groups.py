"""Reader of groups made from someone and their friends: "Maya is at the cinema with five
friends. Only four seats are left together. How many different groups of four can the six
of them make?", "Leo and his six friends want to play a game. How many groups of 5 can be
formed from the seven of them?".

The person and the n friends are n + 1 people (a restated "the six of them" must say so);
a group of k of them is a choice of k of the n + 1: C(n + 1, k), confirmed by listing the
groups (`choice_counts.binomial`). Only a short scene is read beside them ("at the fair",
"want to ride the roller coaster", "only three people fit in a car"); any condition on who
is in a group leaves words unread and declines.
"""

from __future__ import annotations

from tutor.reasoning.symbolic.combinatorics.choice_counts import binomial
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_PLACE = r"at (?:the|a) [a-z]+(?: [a-z]+)?"
_FRIENDS = [
    rf"(?:^|(?<=[.;!?])) (?P<who>[a-z]+) (?:and (?:his|her|their) #(?P<n>\d+) friends(?: (?:are|"
    rf"were) {_PLACE})?|(?:is|was) (?:{_PLACE} )?with (?:his |her |their )?#(?P<n2>\d+) "
    r"friends)",
]
_SCENE = [
    r",? ?(?:and )?(?:they |the friends )?(?:all )?(?:want|wants|would like|need) to (?:ride|"
    r"play|go on|sit in|sit on|take|share|use) (?:the |a |an )?[a-z]+(?: [a-z]+)?(?= ?[.,;]| "
    r"that needs)",
]
_CAPACITY = [
    r",? ?(?:and |but )?only #(?P<k>\d+) (?:people |persons |of them )?(?:can |could )?fit "
    r"(?:in|on|into) (?:a|the|each) [a-z]+(?: [a-z]+)?",
    r",? ?(?:and |but )?only #(?P<k>\d+) seats are (?:left|free|empty)(?: together)?",
    r" that needs exactly #(?P<k>\d+) players",
]
_ASK = [
    r" how many (?:different |distinct |possible )*groups of #(?P<k>\d+) (?:can|could) (?:the "
    r"#(?P<m>\d+) of them|they) (?:make|form)",
    r" how many (?:different |distinct |possible )*groups of #(?P<k>\d+) (?:can|could) be (?:made|"
    r"formed) (?:from|out of) the #(?P<m>\d+) of them",
]


def friend_groups(split: Split, template: str) -> Result | None:
    if not quick(template, "friends") or not quick(template, "groups of"):
        return None
    w = Wording.of(split, template)
    friends = [m for p in _FRIENDS for m in w.take(p)]
    w.take(r" (?:they|the friends) (?:are|were) " + _PLACE)
    ask = [m for p in _ASK for m in w.take(p)]
    capacity = [m for p in _CAPACITY for m in w.take(p)]
    for p in _SCENE:
        w.take(p)
    if len(friends) != 1 or len(ask) != 1 or len(capacity) > 1 or not w.only_glue():
        return None
    f = friends[0]
    people = int(f.group("n") or f.group("n2")) + 1
    k = int(ask[0].group("k"))
    told = ask[0].group("m")
    if told is not None and int(told) != people:
        raise Decline(f"the person and the friends are {people}, not {told}")
    if capacity and int(capacity[0].group("k")) != k:
        raise Decline("the group asked for is not the size that fits")
    if not 1 <= k <= people or people > 30:
        raise Decline("a group larger than the people there are")
    value, steps = binomial(people, k, "groups")
    who = f.group("who").capitalize()
    return value, [step("count the people", f"{who} is one of the group's people too.",
                        f"{who} and the {people - 1} friends are {people} people.", ""), *steps]


__all__ = ["friend_groups"]
