"""Reader of an amount made (sold, saved, read ...) each period that is a fixed multiple of the
amount of the period before, added up: "A shop made 4 kites in March, and each following month
it made three times as many kites as the month before. How many kites did it make in all by
the end of June?", "Ada reads 3 pages on Monday and each day after that twice the number of
pages she read the previous day. How many pages does she read from Monday to Friday?", "... in
the first 6 weeks?"; or the amount of the last period alone ("How many kites did it make in
June?").

The first period is named (a month, a day of the week) or is "the first <period>"; the rule
says "each (subsequent / following / next) <period> ... k times (as many as / the number of)
... the previous (preceding) <period>" or "the <period> before". The last period is named
("by the end of May", "from Monday to Thursday", "through Friday") or counted ("in the first 6
weeks"). The question asks a total ("in all", "total", "altogether", "by the end of") or the
amount in one named period ("in June"). Any other number, or words that change the maths
("more than", "fewer", "plus", "not", "each of") leave it unread.

The total is a (r^n - 1) / (r - 1); confirmed by adding the periods one by one in integers.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.added_totals import added_totals

_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_NAMED = "|".join(_MONTHS + _DAYS)
_PER = r"(?:month|day|week|year|hour|minute)"
_START = re.compile(rf"(?P<a>#\d+) (?P<thing>[a-z]+)(?: [a-z]+)? (?:in|on|during) "
                    rf"(?:(?P<named>{_NAMED})|the first (?P<per>{_PER}))\b")
_RULE = re.compile(
    rf"\b(?:each|every) (?:(?:subsequent|following|next|later|succeeding) )?(?:calendar )?"
    rf"(?P<per>{_PER})(?: after that| thereafter| after)?\b(?P<body>[^.;]*?)(?P<r>#\d+) times "
    rf"(?:as many|the number of|the amount of|what|as much)?[^.;#]*?\b(?:the (?:previous|"
    rf"preceding|prior|last) (?P<per2>{_PER})|the (?P<per3>{_PER}) before)\b")
# "each day after she read 5 more pages than the day before": the same amount added each period
_ADD = re.compile(
    rf"\b(?:each|every) (?:(?:subsequent|following|next|later|succeeding) )?(?:calendar )?"
    rf"(?P<per>{_PER})(?: after that| thereafter| after)?\b(?P<body>[^.;#]*?)(?P<r>#\d+) "
    rf"(?P<dir>more|fewer|less) (?:[a-z]+ )?than (?:[a-z]+ (?:did|had|made|read|sold|saved) )?"
    rf"(?:(?:on|in|during) )?(?:the (?:previous|preceding|prior|last) (?P<per2>{_PER})|the "
    rf"(?P<per3>{_PER}) before)\b")
_UNREAD = re.compile(r"\b(?:more|fewer|less|than|plus|minus|not|no|each of|half|percent|"
                     r"except|another|also|lost|sold out|gave|give|ate|but)\b")


def growing_totals(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:previous|preceding|prior|before)\b", template):
        return None
    text, places, form = nw.read_story(split, template)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\b(?:double|twice)\b", "#2 times", text)
    text = re.sub(r"\btriple\b", "#3 times", text)
    added = list(_ADD.finditer(text))
    said = _ADD.sub(" ", text) if len(added) == 1 else text  # "5 more than": the rule itself
    if places is not None or form is not None or "@" in text or _UNREAD.search(said):
        return None
    starts, rules = list(_START.finditer(text)), list(_RULE.finditer(text)) or added
    if len(starts) != 1 or len(rules) != 1:
        return None
    s, r_m = starts[0], rules[0]
    per = r_m.group("per")
    if (r_m.group("per2") or r_m.group("per3")) != per:
        return None
    named = s.group("named")
    if named and (per == "month") != (named in _MONTHS) or \
            named and per not in ("month", "day") or s.group("per") and s.group("per") != per:
        return None
    q_at = max(text.rfind(". "), text.rfind(", "))
    question = text[q_at + 2:]
    if q_at < r_m.end() or not re.match(r"(?:how many|(?:what|find) (?:is |was )?the total)",
                                        question):
        return None
    if s.group("thing") not in question and s.group("thing").rstrip("s") not in question:
        return None
    n, used = _periods(question, named, per)
    if n is None or not 1 <= n <= 40:
        return None
    if text.count("#") != 2 + used:
        return None
    total = re.search(r"\b(?:in all|total|altogether|all together|in total|combined|by the end "
                      r"of|from [a-z]+ (?:to|through)|through|in the first)\b", question)
    a, ratio = wording.value(s.group("a")), wording.value(r_m.group("r"))
    if added and r_m is added[0]:
        step_by = ratio if r_m.group("dir") == "more" else -ratio
        if a.denominator != 1 or step_by.denominator != 1 or a + (n - 1) * step_by < 0:
            return None
        return added_totals(int(a), int(step_by), n, total is not None)
    if a.denominator != 1 or ratio.denominator != 1 or ratio < 2:
        return None
    return _solve(int(a), int(ratio), n, total is not None)


def _periods(question: str, named: str | None, per: str) -> tuple[int | None, int]:
    """How many periods the question covers, and how many numbers it says."""
    counted = re.search(rf"\bin the first (?P<k>#\d+) {per}s\b", question)
    if counted:
        if named:
            return None, 0
        return int(wording.value(counted.group("k"))), 1
    ends = re.findall(rf"\b(?:by the end of|through|to|until|in|on|during) ({_NAMED})\b",
                      question)
    froms = re.findall(rf"\bfrom ({_NAMED})\b", question)
    if named is None or len(ends) != 1 or froms and froms != [named]:
        return None, 0
    cycle = _MONTHS if named in _MONTHS else _DAYS
    if ends[0] not in cycle:
        return None, 0
    n = cycle.index(ends[0]) - cycle.index(named) + 1
    if n < 1:
        raise Decline("the last period named comes before the first")
    return n, 0


def _solve(a: int, r: int, n: int, total: bool) -> Result:
    each = [a * r ** k for k in range(n)]
    added = 0
    for v in each:
        added += v
    closed = Fraction(a * (r ** n - 1), r - 1)
    confirm.check(closed == added, "the periods added one by one")
    last = a * r ** (n - 1)
    confirm.check(each[-1] == last, "the last period's amount, multiplied out period by period")
    listed = ", ".join(str(v) for v in each)
    steps = [step("each period", f"Start at {a} and multiply by {r} each period, {n} periods.",
                  f"${listed}$")]
    if not total:
        claim = f"{a} \\cdot {r}^{{{n - 1}}} = {last}"
        steps.append(step("the last period", "The last period's amount.", f"${claim}$", claim))
        return sp.Integer(last), steps
    claim = f"{a} \\cdot \\frac{{{r}^{{{n}}} - 1}}{{{r} - 1}} = {added}"
    steps.append(step("add them", "A geometric sum.", f"${claim}$", claim))
    return sp.Integer(added), steps


__all__ = ["growing_totals"]
