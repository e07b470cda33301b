"""Reader of committees with conditions on named people: one person must be on it (or must
not), two people must both be on it, or two people cannot both be on it. "In how many ways
can a committee of 4 be chosen from 9 people if Ann must be on the committee?", "... if two
particular people cannot both be on it?", "... if Ann and Bob refuse to serve together?".

Counted by what the condition fixes: C(n - 1, k - 1) with the one in, C(n - 1, k) with the
one out, C(n - 2, k - 2) with both in, C(n, k) - C(n - 2, k - 2) for not both; confirmed
by listing every committee (the named people as the first members).
"""

from __future__ import annotations

from itertools import combinations
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.roles import CHOICE_GLUE
from tutor.reasoning.symbolic.combinatorics.selections import ASK, FOLK
from tutor.reasoning.symbolic.combinatorics.two_group_choices import SIZE
from tutor.reasoning.symbolic.combinatorics.wording import GLUE, Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 200_000
_POOL = (r" (?:from|out of|among) (?:a group of |a club of |the )?#(?P<n>\d+) (?:" + FOLK
         + r")\b| (?:a |the |our )?(?:club|class|group|team|department|office|council) (?:has|"
         r"of|with) #(?P<n2>\d+) (?:" + FOLK + r")\b")
_ON = (r"(?:on|in|part of|a member of|included in|chosen for|selected for) (?:the committee|"
       r"the team|the group|the panel|it)")
# a person's name: not a word that could be anyone ("if a woman must be on it", "if everyone
# ...", "if the oldest ...")
_NOT_NAMES = ("if|the|a|an|two|#\\d+|no|not|one|each|every|both|either|neither|they|it|he|she|"
              "we|you|i|everyone|everybody|someone|somebody|anyone|anybody|nobody|all|any|some|"
              "man|woman|men|women|boy|girl|boys|girls|person|people|student|teacher|member|"
              "members|child|adult|senior|junior|doctor|nurse|oldest|youngest|tallest|"
              "president|captain|leader|chair|coach|" + FOLK)
_NAME = r"(?!(?:" + _NOT_NAMES + r")\b)[a-z]+"
_PAIR = (r"(?:(?P<a>" + _NAME + r") and (?P<b>" + _NAME + r")|(?:#2|the #2) (?:particular|"
         r"specific|certain|given) (?:people|persons|students|members|players|candidates)|#2 of "
         r"them)")
_ONE_OF = (r"(?:a|one|#1) (?:particular|specific|certain|given) (?:person|student|member|player|"
           r"individual)")
_ASKED = r"(?:(?<=committees)|(?<=teams)|(?<=groups)|(?<=panels))"  # the question's noun
_CONDITIONS = [  # (pattern, kind)
    (r" (?:if |so that |where )(?P<x>" + _NAME + r") (?:must|has to|is to|will) (?:be|serve) "
     + _ON + r"\b| (?:if |so that |where )?(?:it|the committee) (?:must|has to) include "
     r"(?P<y>" + _NAME + r")\b", "in"),
    (r" (?:if |so that |where )(?P<x>" + _NAME + r") (?:must not|cannot|can not|may not|will "
     r"not|refuses to|is not to|does not want to) (?:be|serve) " + _ON + r"\b"
     # "if Sam refuses to serve": serving is being on it
     r"| (?:if |so that |where )(?P<x2>" + _NAME + r") (?:refuses to|will not|cannot|can not|does "
     r"not want to|declines to) serve\b", "out"),
    (r" (?:if |so that |where )" + _PAIR + r" (?:must|have to|are to) both (?:be|serve) "
     r"(?:" + _ON + r"|included|chosen|selected|picked)\b", "both"),
    (r" (?:if |so that |where )" + _PAIR + r" (?:cannot|can not|may not|must not|will not|"
     r"refuse to|do not want to) (?:both (?:be|serve) " + _ON + r"|(?:be|serve|work)(?: " + _ON
     + r")? together(?: " + _ON + r")?)\b", "notboth"),
    # "Two of the people refuse to serve together.", "..., but two of them, Ann and Ben, will
    # not serve together": the condition as a sentence of its own
    (r"(?:(?<=[.;]) |,? but )(?:" + _PAIR + r"|#2 of the (?:people|persons|students|members))"
     r"(?:,? (?P<c>" + _NAME + r") and (?P<d>" + _NAME + r"),)? (?:cannot|can not|may not|will "
     r"not|refuse to|do not want to|do not) (?:be|serve|work)(?: " + _ON + r")? together\b",
     "notboth"),
    # "how many committees include both Ann and Ben", "... do not include both ..."
    # (not "both seniors and juniors": a plural is a kind of people, not a name)
    (_ASKED + r" (?:that |which )?(?:include|contain|have) both (?P<a>(?![a-z]+s\b)" + _NAME
     + r") and (?P<b>(?![a-z]+s\b)" + _NAME + r")\b", "both"),
    # "how many committees include Ann", "... do not include Ben" (a name, not a plural)
    (_ASKED + r" (?:that |which )?(?:include|contain) (?P<y>(?![a-z]+s\b)" + _NAME
     + r")(?= ?[?.]| ?$)", "in"),
    (_ASKED + r" (?:that |which )?do not (?:include|contain) (?P<x>(?![a-z]+s\b)" + _NAME
     + r")(?= ?[?.]| ?$)", "out"),
    # "how many teams include a particular student", "... do not contain a certain person"
    (_ASKED + r" (?:that |which )?(?:include|contain) " + _ONE_OF + r"\b", "in"),
    (_ASKED + r" (?:that |which )?do not (?:include|contain) " + _ONE_OF + r"\b", "out"),
]
_DONE = r" (?:in )?how many (?:different |possible )*ways can (?:this|it) be done\b"


def named_members(split: Split, template: str) -> Result | None:
    if not quick(template, "committee", "team", "group", "panel") or not quick(
            template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    said = [(kind, m) for p, kind in _CONDITIONS for m in w.take(p)]
    pool = w.take(_POOL)  # first: "from a group of 8 people" is the pool, not the committee
    size = w.take(SIZE)
    ask = w.take(_DONE) + w.take(ASK)
    if not size and len(ask) == 1 and ask[0].groupdict().get("k"):  # "how many 4-person ..."
        size = [ask[0]]
    if len(said) != 1 or len(size) != 1 or len(pool) != 1 or len(ask) != 1 or \
            not w.only_glue(CHOICE_GLUE | {"formed", "is", "committee", "committees", "to",
                                           "be", "chosen", "in", "of", "people"}):
        return None
    kind, c = said[0]
    names = [v for key, v in c.groupdict().items() if key in ("x", "x2", "y", "a", "b", "c", "d")
             and v]
    if set(names) & (GLUE | CHOICE_GLUE | {"people", "person", "committee", "members"}) or \
            len(set(names)) < len(names):
        raise Decline("a condition I cannot read")
    n = int(pool[0].group("n") or pool[0].group("n2"))
    s = size[0]
    k = int(s.group("k") or s.groupdict().get("k2") or 0)
    if not 2 <= k < n <= 40:
        raise Decline("a committee of a modest size, smaller than the group")
    value = {"in": comb(n - 1, k - 1), "out": comb(n - 1, k), "both": comb(n - 2, k - 2),
             "notboth": comb(n, k) - comb(n - 2, k - 2)}[kind]
    test = {"in": lambda t: 0 in t, "out": lambda t: 0 not in t,
            "both": lambda t: 0 in t and 1 in t, "notboth": lambda t: not (0 in t and 1 in t)}
    if comb(n, k) > _LIST:
        raise Decline("too many committees to list")
    confirm.count(value, lambda: sum(1 for t in combinations(range(n), k) if test[kind](t)),
                  "committees (listing them)")
    who = " and ".join(x.title() for x in names) or "the two named people"
    claim, hint = {
        "in": (f"\\binom{{{n - 1}}}{{{k - 1}}} = {value}", f"{who} is on it: choose the other "
               f"{k - 1} from the other {n - 1}."),
        "out": (f"\\binom{{{n - 1}}}{{{k}}} = {value}", f"{who} is left out: choose all {k} "
                f"from the other {n - 1}."),
        "both": (f"\\binom{{{n - 2}}}{{{k - 2}}} = {value}", f"{who} are both on it: choose "
                 f"the other {k - 2} from the other {n - 2}."),
        "notboth": (f"\\binom{{{n}}}{{{k}}} - \\binom{{{n - 2}}}{{{k - 2}}} = {comb(n, k)} - "
                    f"{comb(n - 2, k - 2)} = {value}", f"All committees of {k}, less those "
                    f"with both {who}."),
    }[kind]
    return sp.Integer(value), [step("fix the named people", hint, f"${claim}$", claim)]


__all__ = ["named_members"]
