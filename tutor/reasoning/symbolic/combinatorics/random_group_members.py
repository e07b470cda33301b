"""Reader of a group picked at random and then members of it: "There are 3 chess clubs with 4,
6 and 10 members. Each club has two co-leaders. I pick a club at random and then pick two of
its members at random. What is the probability that both people picked are co-leaders?",
"Two choirs have 5 and 6 singers, and each choir has 3 soloists. One choir is picked at
random, then two of its singers are picked at random. ... that neither is a soloist?".

Each group is as likely as the others, and then every choice of k of its n members; the chance
is the mean over the groups of C(s, j) C(n - s, k - j) / C(n, k), summed over the allowed
counts j of the s special members. Confirmed by listing every choice of k members of every
group (weighted by one over the number of choices of its group). "Two of the three are
captains" reads only when two is every captain there is (else "exactly" or "at least" is
unsaid); any other condition leaves words unread and declines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction
from itertools import combinations
from math import comb, lcm

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_GROUP = r"(?:teams?|clubs?|classe?s?|bands?|choirs?|groups?|squads?|committees?)"
_MEMBER = r"(?:members|players|students|kids|children|people|singers|musicians|pupils)"
_SIZES = r"#(?P<sizes>\d+(?:,? #\d+)*,? and #\d+)"
_SETUP = [
    rf" there are #(?P<g>\d+) (?:[a-z]+ )?{_GROUP}(?: in the (?:area|(?:school )?district|"
    rf"school|league|town|city|county|region))?,? (?:with|of) {_SIZES}(?: {_MEMBER})?,?"
    r"(?: respectively)?",
    rf"(?:^|(?<=[.;])) #(?P<g>\d+) (?:[a-z]+ )?{_GROUP} (?:have|of|with) {_SIZES}(?: {_MEMBER})?"
    r",?(?: respectively)?",
]
_SPECIAL = (r"(?P<sp>co-captains|captains|co-leaders|leaders|co-presidents|presidents|soloists|"
            r"prefects|singers|monitors|coaches)")
_SPECIALS = [
    rf",? ?(?:and )?(?:each|every) (?:{_GROUP} )?(?:has|had) (?:exactly )?#(?P<s>\d+) {_SPECIAL}",
    rf",? each with #(?P<s>\d+) {_SPECIAL}",
]
_PICK = r"(?:selects?|picks?|chooses?|draws?)"
_PICKED = r"(?:selected|picked|chosen|drawn)"
_RANDOM = r"(?: at random| randomly)?"
_GROUP_PICK = [
    rf" (?:if )?(?:(?:i|we|you|[a-z]+) )?(?:randomly )?{_PICK} (?:a|one) {_GROUP}{_RANDOM}",
    rf" (?:if )?(?:a|one|#1) {_GROUP} is (?:randomly )?{_PICKED}{_RANDOM}",
]
_THEN = r",? ?(?:and )?(?:then|after that),? "
_MEMBER_PICK = [
    rf"{_THEN}(?:i |we |you )?(?:randomly )?{_PICK} #(?P<k>\d+) (?:{_MEMBER} )?(?:of|from) "
    rf"(?:that|the|this|its|it)\b ?(?:{_GROUP}|{_MEMBER})?{_RANDOM}",
    rf"{_THEN}(?:i |we |you )?(?:randomly )?{_PICK} #(?P<k>\d+) of its {_MEMBER}{_RANDOM}",
    rf"{_THEN}#(?P<k>\d+) (?:of its {_MEMBER}|{_MEMBER} from (?:that|the|this) {_GROUP}|"
    rf"(?:of )?(?:the|its) {_MEMBER}) (?:are|is) (?:randomly )?{_PICKED}{_RANDOM}",
    rf"{_THEN}(?:i |we |you )?(?:randomly )?{_PICK} #(?P<k>\d+) (?:{_MEMBER} )?from it{_RANDOM}",
]
# why they are chosen, which changes nothing: "to give a copy of <a book title>"
_PURPOSE = (r",? (?:in order )?to (?:give|hand|award) (?:each of them |them |each )?(?:an? )?"
            r"(?:copy of a book|free ticket|prize|book|ticket)s?(?: to)?(?=[,.?; ])")
_RECEIVERS = (r"(?:the )?(?:people|persons|members|students|kids|ones) who (?:receive|get|got|"
              r"received|win|won) (?:books|prizes|tickets|them|a copy|copies|one)")
_FOLK = r"(?:people|persons|players|members|students|kids)"
_THEY = (rf"(?:(?:both|all(?: #\d+)?|#\d+) of {_RECEIVERS}|both|all|the #\d+|the {_FOLK} "
         rf"(?:who are |that are )?(?:picked|chosen|selected)|the chosen {_FOLK}|both (?:chosen|"
         rf"picked|selected) {_FOLK}|both {_FOLK} (?:picked|chosen|selected)|they)")
_SP = r"(?!an?\b)(?P<sp>[a-z-]+)"
_EVENT = [  # (pattern, how), the narrower first
    (rf" (?:neither|none) of (?:them|the #\d+(?: {_PICKED})?|the (?:{_MEMBER}) "
     rf"{_PICKED}|the {_PICKED} {_MEMBER}) is (?:an? )?{_SP}", "none"),
    (rf" at least #1 of (?:them|the #\d+(?: {_PICKED})?) (?:is|are) (?:an? )?{_SP}", "some"),
    (rf" both {_SP} are among the (?:#\d+ )?{_PICKED}(?: {_MEMBER})?", "every"),
    (rf" (?:exactly )?#(?P<j>\d+) of (?:them|{_RECEIVERS}|the #\d+(?: {_PICKED})?|the "
     rf"(?:{_MEMBER}) {_PICKED}) (?:is|are) (?:an? )?{_SP}", "j"),
    (rf" (?:{_THEY}) (?:of them )?(?:are|is) (?:all )?{_SP}", "all"),
]


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def random_group_members(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(template, "then"):
        return None
    w = Wording.of(split, template)
    setup = [m for p in _SETUP for m in w.take(p)]
    specials = [m for p in _SPECIALS for m in w.take(p)]
    group_pick = [m for p in _GROUP_PICK for m in w.take(p)]
    member_pick = [m for p in _MEMBER_PICK for m in w.take(p)]
    w.take(_PURPOSE)
    ask = w.take(ASK)
    event = [(m, how) for p, how in _EVENT for m in w.take(p)]
    if len(setup) != 1 or len(specials) != 1 or len(group_pick) != 1 or len(member_pick) != 1 \
            or len(ask) != 1 or len(event) != 1 or not w.only_glue({"then", "that", "if", "whats"}):
        return None
    sizes = [int(x) for x in re.findall(r"\d+", setup[0].group("sizes"))]
    if int(setup[0].group("g")) != len(sizes):
        raise Decline("the number of groups is not the sizes listed")
    s, k = int(specials[0].group("s")), int(member_pick[0].group("k"))
    m, how = event[0]
    if _singular(m.group("sp")) != _singular(specials[0].group("sp")):
        raise Decline("the condition is about members not said")
    if not 1 <= k <= min(sizes) or s > min(sizes) or max(sizes) > 30 or \
            sum(comb(n, k) for n in sizes) > 200_000:
        raise Decline("more choices than I can list")
    told = re.search(r"#(\d+)", m.group(0))
    if how == "all" and told and int(told.group(1)) != k or how == "all" and \
            m.group(0).lstrip().startswith("both") and k != 2:
        raise Decline("'both' or 'all n' does not fit the number chosen")
    if how in ("none", "some", "j") and "the #" in m.group(0) and \
            int(re.findall(r"the #(\d+)", m.group(0))[0]) != k:
        raise Decline("the number said is not the number chosen")
    ok: Callable[[int], bool]
    if how == "all":
        ok = lambda i: i == k  # noqa: E731
    elif how == "every":
        if s != 2:
            raise Decline("'both' said of more or fewer than two")
        ok = lambda i: i == s  # noqa: E731
    elif how == "none":
        ok = lambda i: i == 0  # noqa: E731
    elif how == "some":
        ok = lambda i: i >= 1  # noqa: E731
    else:
        j = int(m.group("j"))
        if "exactly" not in m.group(0) and j != min(s, k):
            raise Decline("'j of them' could be exactly j or at least j")
        ok = lambda i: i == j  # noqa: E731
    chance = sum((Fraction(sum(comb(s, i) * comb(n - s, k - i) for i in range(k + 1) if ok(i)),
                           comb(n, k)) for n in sizes), Fraction(0)) / len(sizes)
    value = sp.Rational(chance.numerator, chance.denominator)
    # the listing: members 0 .. s-1 of a group are its special ones
    weight = lcm(*(comb(n, k) for n in sizes))
    favourable = sum(weight // comb(n, k) for n in sizes for chosen in combinations(range(n), k)
                     if ok(sum(1 for x in chosen if x < s)))
    who = _singular(specials[0].group("sp"))
    confirm.probability(value, favourable, weight * len(sizes),
                        f"the chosen {who}s (listing every group's choices)")
    parts = " + ".join(
        f"\\frac{{{sum(comb(s, i) * comb(n - s, k - i) for i in range(k + 1) if ok(i))}}}"
        f"{{{comb(n, k)}}}" for n in sizes)
    claim = f"\\frac{{1}}{{{len(sizes)}}}\\left({parts}\\right) = {latex(value)}"
    return value, [
        step("each group, then its members",
             f"Each of the {len(sizes)} groups is as likely; within a group of n, each of the "
             f"C(n, {k}) choices is as likely. Count the choices with the wanted number of "
             f"{who}s in each group.", f"${claim}$", claim)]


__all__ = ["random_group_members"]
