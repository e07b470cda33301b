"""Reader of the chance that a committee chosen from two groups of people holds so many of
one group: "A committee of 3 is chosen at random from 5 men and 4 women. What is
the probability that the committee has at least one woman?", "Three people are chosen at
random from 6 boys and 5 girls. What is the probability that all three are girls?", "...
that exactly 2 of them are seniors?", "... that none of them is a junior?".

Every committee of k from the a + b people is equally likely (a chance asked of a committee
chosen says so, "at random" or not; one chosen by someone, or under a condition, is
declined): the chance
is the number with an allowed count i of the group named, the sum of C(a, i) C(b, k - i)
(`two_group_choices.split_by_group`, which confirms it by listing every committee, or as all
of them less the others), over C(a + b, k). The two groups must be told apart along one
line (men and women, not seniors and girls).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from math import comb

import sympy as sp

from tutor.reasoning.symbolic.combinatorics import chance
from tutor.reasoning.symbolic.combinatorics.two_group_choices import (
    NOUN,
    SIZE,
    TWO_POOL,
    apart,
    group_named,
    split_by_group,
)
from tutor.reasoning.symbolic.combinatorics.wording import Wording, number, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ONE = (r"|man|woman|boy|girl|senior|junior|teacher|parent|doctor|nurse|democrat|republican|"
        r"female|male")
# the whole group said too, before its parts: "a group of 7 students has 3 boys and 4 girls"
_TOTAL = (r" (?:a|an|the) (?:group|class|club|team|committee|panel|set) of #(?P<total>\d+)"
          r"(?: (?:people|persons|students|members|children|players))?(?= (?:has|have|contains|"
          r"consists of|is made up of|with)\b)")
# the parts said by an adjective: "of 6 finalists, 4 are female and 2 are male"
_SAID_POOL = (r" (?:of|among) (?:the )?#(?P<total>\d+) (?:final |remaining )?[a-z]+ ?[,;]? #(?P<a>"
              r"\d+) (?:are|is) (?P<an>female|male) and #(?P<b>\d+) (?:are|is) (?P<bn>female|male)"
              r"\b")
_WHO = rf"(?P<jn>{NOUN}{_ONE})"
# "at random" may go unsaid: a chance asked of a committee chosen says that each is as likely
_K_PEOPLE = (r" #(?P<k>\d+) (?:people|persons|members|students|of them)? ?(?:are|is) (?:chosen|"
             r"selected|picked)(?: at random| randomly)?")
_RANDOM = (r" (?:is |are )?(?:(?:to be )?(?:chosen|selected|picked|formed)(?: at random| randomly)?"
           r"|(?:randomly|at random) (?:chosen|selected|picked|formed))\b")
_HOLDS = [  # (pattern, comparison); j is the count of the group named
    (r" (?:the (?:committee|group|team|panel) |it )?(?:has|have|contains?|includes?) "
     rf"(?P<cmp>exactly|at least|at most) (?P<j>#\d+) {_WHO}", ""),
    (r" (?:the (?:committee|group|team|panel) |it )?(?:has|have|contains?|includes?) no "
     rf"{_WHO}", "none"),
    (rf" (?P<cmp>exactly|at least|at most) (?P<j>#\d+) (?:of them |of the [a-z]+ )?{_WHO} "
     r"(?:are|is) (?:chosen|selected|picked|on (?:it|the committee)|in (?:it|the group))", ""),
    (rf" (?P<cmp>exactly|at least|at most) (?P<j>#\d+) (?:of them )?(?:are|is) (?:an? )?{_WHO}",
     ""),
    # of two chosen, "one is a boy and one is a girl" (the other group checked below)
    (rf" (?:#1|one) is an? {_WHO} and (?:#1|one|the other) is an? (?P<other>{NOUN}{_ONE})",
     "split"),
    (rf" (?:all (?:#\d+ )?(?:of them )?|they are all |both (?:of them )?)(?:are |is )?{_WHO}",
     "all"),
    (rf" (?:none of them|no one chosen|nobody chosen) (?:is|are) (?:an? )?{_WHO}", "none"),
]
_GLUE = frozenset("what is the probability that chance committee group team panel of a an "
                  "from among it they are if club class school our there".split())


def committee_chances(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(
            template, "random", "chosen", "selected", "picked", "formed"):
        return None
    w = Wording.of(split, template)
    totals = w.take(_TOTAL)
    pool = w.take(_SAID_POOL) + w.take(TWO_POOL)
    size = w.take(SIZE) + w.take(_K_PEOPLE)
    asked = w.take(chance.ASK)
    held = [(m, how) for pattern, how in _HOLDS for m in w.take(pattern)]
    w.take(_RANDOM)  # after the condition: "exactly 2 boys are chosen" is one
    if len(pool) != 1 or len(size) != 1 or len(asked) != 1 or len(held) != 1 or \
            len(totals) > 1 or not w.only_glue(_GLUE):
        return None
    p, said = pool[0], size[0]
    k = int(said.group("k") or said.groupdict()["k2"])
    sizes = {p.group("an"): int(p.group("a")), p.group("bn"): int(p.group("b"))}
    whole = {int(t.group("total")) for t in totals} | (
        {int(p.group("total"))} if p.groupdict().get("total") else set())
    if whole - {sum(sizes.values())}:
        raise Decline("the whole group is not its two parts")
    apart(sizes)
    m, how = held[0]
    noun = group_named(m.group("jn"), sizes)
    if len(sizes) != 2 or noun is None:
        raise Decline("the condition names a group there is not")
    a, b = sizes[noun], sum(sizes.values()) - sizes[noun]
    ok: Callable[[int], bool]
    if how == "all":
        told = re.search(r"#(\d+)", m.group(0))
        if m.group(0).lstrip().startswith("both") and k != 2 or told and int(told.group(1)) != k:
            raise Decline("'both' or 'all n' does not fit the number chosen")
        ok = lambda i: i == k  # noqa: E731
    elif how == "split":
        if k != 2 or group_named(m.group("other"), sizes) in (None, noun):
            raise Decline("one of each group is said of two chosen from both groups")
        ok = lambda i: i == 1  # noqa: E731
    elif how == "none":
        ok = lambda i: i == 0  # noqa: E731
    else:
        j, cmp = number(m.group("j")), m.group("cmp")
        ok = {"exactly": lambda i: i == j, "at least": lambda i: i >= j,
              "at most": lambda i: i <= j}[cmp]
    # the favourable committees: the sum of C(a, i) C(b, k - i), confirmed by listing them
    good, favourable = split_by_group(a, b, k, ok, noun)
    total = comb(a + b, k)
    value = sp.Rational(int(good), total)
    everyone = f"\\binom{{{a + b}}}{{{k}}} = {total}"
    claim = f"\\frac{{{good}}}{{{total}}} = {latex(value)}"
    return value, [
        step("count the committees", f"Every committee of {k} from the {a + b} people is "
             "equally likely.", f"${everyone}$ committees in all.", everyone),
        *favourable,
        step("favourable over possible", "Divide the favourable committees by all of them.",
             f"${claim}$", claim)]


__all__ = ["committee_chances"]
