"""Reader of averages: a mean changed by removing or adding a number ("The average of 6
numbers is 20. If one number, 35, is removed, what is the average of the remaining
numbers?") and the missing score for a target mean ("Ana's scores on her first four tests
were 82, 90, 75 and 88. What score does she need on the fifth test to have an average of
85?").

The total is an unknown `S` (n numbers with mean m: S = n m), the asked mean or score
is `x`; solved and confirmed by `Story`. A score that must be a whole number is never
rounded: a fraction is answered as it is, the question did not ask for rounding.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.wording import number
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.relations import Story, times
from tutor.reasoning.symbolic.prealgebra.wording import NUM
from tutor.reasoning.symbolic.spelled_maths import ordinal_words

S, X = sp.symbols("S x")
_MEAN = r"(?:average|mean|arithmetic mean)"
_SET = r"(?:numbers|scores|test scores|quiz scores|exam scores|values|integers|grades|marks)"
_GIVEN = (rf" the {_MEAN} of (?:a (?:list|set) of )?(?P<n>#\d+) (?P<pos>positive )?{_SET}"
          rf" is (?P<m>{NUM})")
_GONE = (rf" (?:if |when )?(?:#1|one) of (?:the (?:#\d+ )?{_SET}|them) is removed,? the {_MEAN}"
         rf"(?: of the (?:remaining|other) {_SET})? (?:becomes|is|changes to) (?P<m>{NUM})")
_ASK_GONE = (r" (?:what is|find|what was) (?:the value of )?the (?:number|integer|value|score)"
             r"(?: that (?:is|was))? removed\s*[?.]? $")
_ASK_LIST = (rf" (?:what is|find|compute|calculate|determine) the {_MEAN} of (?:the (?:numbers|"
             rf"scores|values|integers) )?(?P<list>{NUM}(?:, {NUM})*,? and {NUM})\s*[?.]? $")
_RANKED = r"(?P<rank>lowest|smallest|least|highest|largest|greatest|biggest)"
_CHANGE = (rf" (?:if |when )?(?:(?:the )?(?:number |score )?(?P<x>{NUM})|(?:#1|one) (?:of the |of "
           rf"these )?(?:number|score|value)s?,? (?P<y>{NUM}),?|the {_RANKED} (?:number|score|"
           rf"value|grade|test score),? (?P<r>{NUM}),?|an? (?:number|score|value|grade) of "
           rf"(?P<z>{NUM})) is (?P<how>removed|taken away|"
           rf"deleted|dropped|added|included)(?: (?:from|to) the (?:list|set|numbers|scores))?")
# "one of the numbers is changed from 10 to 20", "one score, 70, is replaced by 85"
_REPLACE = (rf" (?:if |when )?(?:#1|one) (?:of the |of these |of them|of the #\d+ )?(?:{_SET}"
            rf"|number|score|value)?,? (?:is (?:changed|increased|decreased|raised|lowered) from "
            rf"(?P<a>{NUM}) to (?P<b>{NUM})|(?P<a2>{NUM}),? is replaced (?:by|with) (?P<b2>{NUM}))")
_ASK_NEW = (rf" (?:what is|find|what will be|what would be) the (?:new {_MEAN}|{_MEAN} of the "
            rf"(?:remaining|new|other)(?: (?P<k>#\d+))? (?:{_SET}|list|set)|{_MEAN} of the "
            rf"(?:{_SET}|list|set) now)\s*[?.]? $")
_LIST = rf"(?P<list>{NUM}(?:, {NUM})*,? and {NUM})"
_SCORES = (rf" (?:[a-z]+'s |(?:his|her|my|their|your) )?(?:test |quiz |exam )?scores(?: on "
           rf"(?:the|his|her|my|their|your) first (?P<k>#\d+) (?:tests|quizzes|exams))?"
           rf" (?:are|were) {_LIST}")
_ORDINALS = ordinal_words(range(2, 11))
_ORDINAL = "|".join(_ORDINALS)
_ASK_SCORE = (rf" what (?:score|grade|mark) (?:does|must|should|do|would) (?:she|he|they|i|you|"
              rf"[a-z]+) (?:need(?: to (?:get|earn|score|make))?|have to (?:get|earn|score|make))"
              rf" on the (?:next|(?P<j>{_ORDINAL})) "
              rf"(?:test|quiz|exam) (?:to (?:have|get|make|earn)|for) an? {_MEAN}(?: score)? of "
              rf"(?P<m>{NUM})\s*[?.]? $")


def _num(token: str) -> sp.Rational:
    return sp.Rational(wording.value(token))


def averages(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:average|mean)\b", template):
        return None
    w = wording.of(split, template)
    if w.find(_GIVEN) and w.find(_REPLACE) and w.find(_ASK_NEW):
        return _replaced(w)
    if w.find(_GIVEN) and w.find(_CHANGE) and w.find(_ASK_NEW):
        given, change, asked = w.take_one(_GIVEN), w.take_one(_CHANGE), w.take_one(_ASK_NEW)
        if given is None or change is None or asked is None:
            return None
        if not w.only_glue(frozenset({"and"})):
            return None
        n, m = number(given.group("n")), _num(given.group("m"))
        x = _num(next(change.group(g) for g in ("x", "y", "r", "z") if change.group(g)))
        gone = change.group("how") in ("removed", "taken away", "deleted", "dropped")
        if n < 2 and gone:
            raise Decline("nothing is left to average")
        left = n - 1 if gone else n + 1
        if asked.group("k") and number(asked.group("k")) != left:
            raise Decline("the count of the numbers left does not agree")
        if change.group("rank") and not gone:
            return None
        if gone:
            _member_fits(given, n, m, x)
        story = Story([S, X])
        story.state(S, times(n, m), f"the {n} numbers add up to {n} times {m}")
        story.state(X * left, S - x if gone else S + x,
                    f"the {left} numbers {'left' if gone else 'now'} have mean x")
        answer, steps = story.solve(lambda _sol: X, "the new mean")
        if change.group("rank"):  # the others all lie above the lowest (below the highest)
            low = change.group("rank") in ("lowest", "smallest", "least")
            if (answer < x) if low else (answer > x):
                raise Decline(f"{x} cannot be the {change.group('rank')}: the others' mean "
                              f"{answer} lies on the wrong side of it")
        return answer, steps
    if w.find(_GIVEN) and w.find(_GONE) and w.find(_ASK_GONE):
        given, gone_m, _ = w.take_one(_GIVEN), w.take_one(_GONE), w.take_one(_ASK_GONE)
        if given is None or gone_m is None:
            return None
        if not w.only_glue(frozenset({"and"})):
            return None
        n, m, m2 = number(given.group("n")), _num(given.group("m")), _num(gone_m.group("m"))
        if n < 2:
            raise Decline("nothing is left to average")
        story = Story([S, X], positive=bool(given.group("pos")))
        story.state(S, times(n, m), f"the {n} numbers add up to {n} times {m}")
        story.state(S - X, times(n - 1, m2),
                    f"without x, the other {n - 1} add up to {n - 1} times {m2}")
        return story.solve(lambda _sol: X, "the number removed")
    asked = w.find(_ASK_LIST)
    if asked and w.take_one(_ASK_LIST) and w.only_glue():
        values = [_num(t) for t in re.findall(NUM, asked.group("list"))]
        story = Story([X])
        story.state(len(values) * X, sp.Add(*values, evaluate=False),
                    f"{len(values)} times the mean is the sum of the numbers")
        return story.solve(lambda _sol: X, "the mean")
    if w.find(_SCORES) and w.find(_ASK_SCORE):
        w.take_name("scores|scored|got|earned|has|had")
        listed, score_asked = w.take_one(_SCORES), w.take_one(_ASK_SCORE)
        if listed is None or score_asked is None:
            return None
        if not w.only_glue(frozenset({"and", "her", "his", "their", "my", "your"})):
            return None
        scores = [_num(t) for t in re.findall(NUM, listed.group("list"))]
        if listed.group("k") and number(listed.group("k")) != len(scores):
            raise Decline("the number of tests and of scores differ")
        if score_asked.group("j") and _ORDINALS[score_asked.group("j")] != len(scores) + 1:
            raise Decline("which test is next")
        m = _num(score_asked.group("m"))
        story = Story([X])
        story.state(sp.Add(*scores, X, evaluate=False), times(len(scores) + 1, m),
                    f"the {len(scores) + 1} scores add up to {len(scores) + 1} times {m}")
        return story.solve(lambda _sol: X, "the score needed")
    return None


def _member_fits(given: re.Match[str], n: int, m: sp.Expr, x: sp.Expr) -> None:
    """One member x of n positive numbers with mean m: x is positive and the others add up
    to more than 0 (3 positive numbers of mean 5 cannot hold a 20); else Decline."""
    if given.group("pos") and (x <= 0 or n > 1 and n * m - x <= 0):
        raise Decline(f"{x} cannot be one of {n} positive numbers with mean {m}")


def _replaced(w: wording.Wording) -> Result | None:
    """One member changed from a to b: the total changes by b - a, the count stays."""
    given, change, asked = w.take_one(_GIVEN), w.take_one(_REPLACE), w.take_one(_ASK_NEW)
    if given is None or change is None or asked is None or asked.group("k"):
        return None
    if re.search(r"\b(?:remaining|other)\b", asked.group(0)):
        return None
    if not w.only_glue(frozenset({"and"})):
        return None
    n, m = number(given.group("n")), _num(given.group("m"))
    a = _num(change.group("a") or change.group("a2"))
    b = _num(change.group("b") or change.group("b2"))
    _member_fits(given, n, m, a)
    if n < 2 and a != m:
        raise Decline("a single number equal to its mean cannot be another value")
    story = Story([S, X])
    story.state(S, times(n, m), f"the {n} numbers add up to {n} times {m}")
    story.state(X * n, S - a + b, f"{a} replaced by {b}: the {n} numbers now have mean x")
    return story.solve(lambda _sol: X, "the new mean")


__all__ = ["averages"]
