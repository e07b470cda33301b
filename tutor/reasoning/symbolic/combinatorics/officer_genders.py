"""Reader of two officers chosen from a group of boys and girls (men and women ...) who
must be of the same gender, or of different genders.

Phrasings reached: "Our club has 14 members, 8 boys and 6 girls. In how many ways can we
choose a president and a vice-president if they must be of the same gender? Assume no one
can hold both offices.", "A class has 7 boys and 9 girls. How many ways are there to pick
a captain and a co-captain of opposite genders?" ...
Same gender: a(a - 1) + b(b - 1), which needs "no one holds both offices" said; different
genders: 2ab (two people, so never one person twice). Each count is confirmed by listing
every ordered pair of two different people and checking their genders.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.roles import ONE_ROLE_EACH, ROLE, ROLES
from tutor.reasoning.symbolic.combinatorics.selections import ASK
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_KINDS = {"boys": "girls", "girls": "boys", "men": "women", "women": "men"}
_TWO = (r" (?:has |have |of |with |contains |are |, )?#(?P<a>\d+) (?P<an>boys|girls|men|women) "
        r"and #(?P<b>\d+) (?P<bn>boys|girls|men|women)\b")
_ALL = (r" (?:has|have|with|of) #(?P<n>\d+) (?:members|students|people|players|employees|"
        r"workers|children|kids)(?=,| ;|:)")
_BODY = (r" (?:a|the|our|my|this) (?:[a-z]+ )?(?:club|team|class|choir|society|group|school|"
         r"committee|department|office|council|band|company)\b")
_GENDER = (r",? (?:if |so that |such that |where |who |and )?(?:they |the #2 |both )?(?:must |"
           r"should |have to |are to |need to )?(?:be |are )?(?:of )?(?:the )?(?P<how>same|"
           r"different|opposite) (?:gender|genders|sex|sexes)\b")
_GLUE = frozenset("there can be are do we i you they find count "
                  "choose select pick elect appoint chosen selected picked elected appointed "
                  "from if assume assuming that ways to".split())


def gendered_officers(split: Split, template: str) -> Result | None:
    if not quick(template, "gender", "sex") or not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    how, once = w.take(_GENDER), w.take(ONE_ROLE_EACH)
    roles, ask = w.take(ROLES), w.take(ASK)
    two, total = w.take(_TWO), w.take(_ALL)
    w.take(_BODY)
    if len(how) != 1 or len(roles) != 1 or len(ask) != 1 or len(two) != 1 or len(total) > 1 \
            or len(once) > 1 or not w.only_glue(_GLUE):
        return None
    names = re.findall(ROLE, roles[0].group("roles"))
    t = two[0]
    a, b = int(t.group("a")), int(t.group("b"))
    if len(names) != 2 or len(set(names)) != 2 or _KINDS[t.group("an")] != t.group("bn"):
        raise Decline("two different roles, from two genders")
    if total and int(total[0].group("n")) != a + b:
        raise Decline("the group's size is not the sum of its parts")
    if not (1 <= a <= 200 and 1 <= b <= 200):
        raise Decline("a modest group")
    same = how[0].group("how") == "same"
    if same and not once:
        raise Decline("it is not said whether one person may hold both roles")
    v = a * (a - 1) + b * (b - 1) if same else 2 * a * b
    gender = [0] * a + [1] * b

    def listed() -> int:
        return sum(1 for i in range(a + b) for j in range(a + b)
                   if i != j and (gender[i] == gender[j]) == same)

    confirm.count(v, listed, "choices of officers (listing every ordered pair of two people)")
    first, second = names
    an, bn = t.group("an"), t.group("bn")
    if same:
        claim = f"{a} \\cdot {a - 1} + {b} \\cdot {b - 1} = {v}"
        hint = (f"Both {an}: the {first} is any of the {a}, the {second} any of the other "
                f"{a - 1}; or both {bn} in the same way. Add the two cases.")
    else:
        claim = f"{a} \\cdot {b} + {b} \\cdot {a} = {v}"
        hint = (f"The {first} is one of the {a} {an} and the {second} one of the {b} {bn}, "
                "or the other way round. Add the two cases.")
    return sp.Integer(v), [step("split by the genders", hint, f"${claim}$", claim)]


__all__ = ["gendered_officers"]
