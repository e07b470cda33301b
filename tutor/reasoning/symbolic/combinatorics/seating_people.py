"""Who a condition on an order names: "2 of them", "Ann and Ben", "A, B and C", "the 3
girls" (a whole group), and the words of the groups (people, or things told apart).

Used by `arrangements`: a condition that names people it cannot read is declined.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.combinatorics.wording import GLUE
from tutor.reasoning.symbolic.model import Decline

PEOPLE = ("people|persons|students|pupils|friends|children|kids|guests|men|women|boys|girls|"
          "players|members|adults|delegates|athletes|dancers|teachers|singers|runners|workers|"
          "employees|siblings|brothers|sisters|cousins|tourists|passengers|contestants|"
          "democrats|republicans|politicians|senators|representatives|relatives|musicians")
THINGS = ("books|cars|flags|beads|toys|pictures|paintings|cups|plates|trophies|marbles|balls|"
          "chairs|candles|coins|letters|cards|shirts|pens|pencils|blocks|animals|dogs|cats")
VERBS = frozenset(
    "sit sits sitting seat seated stand standing stood line lined up arrange arranged order "
    "ordered stack stacked hang hung place placed put be being can if and they all themselves "
    "for to done there is i we have my our".split())


def check_names(m: re.Match[str], k: int) -> None:
    """People named in the condition ("-- Ann, Bob and Cy --") are as many as it says."""
    names = m.group("names")
    if not names:
        return
    listed = re.split(r",? and |, ", names.strip())
    if len(listed) != k or set(listed) & (GLUE | VERBS | {"who", "not", "never", "whom"}):
        raise Decline("the names do not match the count")


def not_names(names: list[str]) -> bool:
    """Words that are not people's names, or a name twice; single letters ("A and B") are."""
    if len(set(names)) < len(names) or all(len(x) == 1 and x != "i" for x in names):
        return len(set(names)) < len(names)
    return bool(set(names) & (GLUE | VERBS | set(PEOPLE.split("|")) | set(THINGS.split("|"))
                              | {"the", "of", "them", "all"}))


def people_named(text: str, groups: dict[str, int], n: int) -> tuple[int, str | None]:
    """How many people a condition names, and the group it names whole (if any)."""
    text = re.sub(r"(?:,|\(| --) (?:[a-z]+,? )+and [a-z]+(?:,|\)| --)$", "", text.strip())
    m = re.fullmatch(r"#(\d+) of (?:them|the (\w+))", text) or re.fullmatch(
        r"#(\d+) (?:particular|specific|certain) (\w+)", text)
    if m:
        pool = groups.get(m.group(2), n) if m.group(2) not in (None, "people") else n
        if m.group(2) and m.group(2) not in groups and m.group(2) not in ("people", "persons"):
            raise Decline("the condition names people the problem does not have")
        if not 2 <= int(m.group(1)) <= pool:
            raise Decline("the condition names more people than there are")
        return int(m.group(1)), None
    if text == "both of them":
        return 2, None
    listed = re.fullmatch(r"((?:[a-z]+, )+[a-z]+),? and ([a-z]+)", text)
    if listed:  # three or more named: "ann, ben and cy"
        names = [*listed.group(1).split(", "), listed.group(2)]
        if not_names(names):
            raise Decline("a condition I cannot read")
        return len(names), None
    pair = re.fullmatch(r"([a-z]+) and ([a-z]+)", text)
    if pair:  # two people named: "fred and gwen must sit next to each other"
        if not_names(list(pair.groups())):
            raise Decline("a condition I cannot read")
        return 2, None
    m = re.fullmatch(r"the #(\d+) (\w+)|(?:all )?(?:of )?the ((?:\w+ )?\w+)", text)
    if not m:
        raise Decline("a condition I cannot read")
    noun = m.group(2) or m.group(3)
    if m.group(1) and 2 <= int(m.group(1)) <= n and (
            (noun in groups and int(m.group(1)) < groups[noun])
            or (noun not in groups and set(groups) <= {"people", "persons"})):
        return int(m.group(1)), None  # "7 people ... the 3 teachers": 3 particular people
    if noun not in groups or len(groups) < 2:
        raise Decline("the condition names a group the problem does not have")
    if m.group(1) and int(m.group(1)) != groups[noun]:
        raise Decline("the group's size disagrees with the condition")
    return groups[noun], noun
