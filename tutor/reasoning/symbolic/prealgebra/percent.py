"""Reader of percents: "What is 15% of 80?", "18 is what percent of 72?", "What percent of
60 is 45?", "12 is 30% of what number?", "What is the percent increase from 40 to 50?",
"What number is 20% more than 65?", "The price of a TV rose from $400 to $500. What was the
percent increase?", "A shirt was $25 and is now $20. By what percent was the price reduced?".

Each sentence is one equation in the unknown `x` ("p% of n is x": p/100 n = x), solved
and confirmed by `Story` (the answer substituted back in exact fractions). A percent
asked for is answered as the number of percent.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.dollar_amounts import rounded_answer
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

X = sp.Symbol("x")
_ASK = r"(?:what is|what's|how much is|find|compute|calculate|determine)"
_WHAT = r"(?:what(?: number)?|which number)"
# (pattern, the equation in p, n and x, what is asked)
_FORMS = [
    (rf" {_ASK} (?P<p>{NUM}) percent of (?P<n>{NUM})\s*[?.]? $", "part", "the part"),
    (rf" (?P<p>{NUM}) percent of (?P<n>{NUM}) is {_WHAT}\s*[?.]? $", "part", "the part"),
    (rf" (?P<a>{NUM}) is {_WHAT} percent of (?P<n>{NUM})\s*[?.]? $", "rate", "the percent"),
    (rf" {_WHAT} percent of (?P<n>{NUM}) is (?P<a>{NUM})\s*[?.]? $", "rate", "the percent"),
    # the clauses the other way round: "Of 480, what is 15%?", "What percent is 12 of 48?"
    (rf" of (?P<n>{NUM}),? {_ASK} (?P<p>{NUM}) percent\s*[?.]? $", "part", "the part"),
    (rf" of (?P<n>{NUM}),? {_WHAT} percent is (?P<a>{NUM})\s*[?.]? $", "rate", "the percent"),
    (rf" of (?P<n>{NUM}),? (?P<a>{NUM}) is {_WHAT} percent\s*[?.]? $", "rate", "the percent"),
    (rf" {_WHAT} percent is (?P<a>{NUM}) (?:out )?of (?P<n>{NUM})\s*[?.]? $", "rate",
     "the percent"),
    (rf" (?:{_ASK}|what is) what percent (?P<a>{NUM}) is of (?P<n>{NUM})\s*[?.]? $", "rate",
     "the percent"),
    (rf" (?:express|write|give) (?P<a>{NUM}) (?:out of|of) (?P<n>{NUM}) as a percent(?:age)?"
     rf"\s*[?.]? $", "rate", "the percent"),
    (rf" (?P<a>{NUM}) (?:out of|of) (?P<n>{NUM}) is (?:what|how many) percent\s*[?.]? $", "rate",
     "the percent"),
    (rf" (?:express|write|give) (?P<a>{NUM}) as a percent of (?P<n>{NUM})\s*[?.]? $", "rate",
     "the percent"),
    (rf" (?:{_ASK} )?the percent that (?P<a>{NUM}) is of (?P<n>{NUM})\s*[?.]? $", "rate",
     "the percent"),
    (rf" compared (?:with|to) (?P<n>{NUM}),? (?P<a>{NUM}) is {_WHAT} percent\s*[?.]? $", "rate",
     "the percent"),
    (rf" (?:if|when) (?P<a>{NUM}) is compared (?:with|to) (?P<n>{NUM}),? what percent is it"
     rf"\s*[?.]? $", "rate", "the percent"),
    (rf" {_WHAT} percent of (?P<n>{NUM}) (?:does (?P<a>{NUM}) represent|is represented by "
     rf"(?P<a2>{NUM}))\s*[?.]? $", "rate", "the percent"),
    (rf" (?P<a>{NUM}) out of (?P<n>{NUM})[:,] what percent is (?:that|this|it)\s*[?.]? $", "rate",
     "the percent"),
    (rf" as a percent,? what is (?P<a>{NUM}) (?:out of|of) (?P<n>{NUM})\s*[?.]? $", "rate",
     "the percent"),
    (rf" (?P<a>{NUM}) is (?P<p>{NUM}) percent of {_WHAT}\s*[?.]? $", "whole", "the number"),
    (rf" (?P<p>{NUM}) percent of {_WHAT} is (?P<a>{NUM})\s*[?.]? $", "whole", "the number"),
    (rf" {_ASK} the percent(?:age)? (?P<dir>increase|decrease|change) from (?P<n>{NUM}) to "
     rf"(?P<a>{NUM})\s*[?.]? $", "change", "the percent change"),
    (rf" (?:the|a|an|its|his|her|their) (?P<thing>[a-z]+(?: [a-z]+)?(?: of (?:a|an|the) "
     rf"[a-z]+)?) (?P<went>increased|"
     rf"decreased|rose|fell|went up|went down|dropped|grew) from (?P<n>{NUM}) to (?P<a>{NUM})[.,] "
     rf"by what percent did (?:it|the (?P<thing2>[a-z]+(?: [a-z]+)?)) (?P<dir>increase|decrease|"
     rf"rise|fall|go up|go down|drop|grow)\s*[?.]? $", "change", "the percent change"),
    (rf" {_WHAT} is (?P<p>{NUM}) percent (?P<dir>more|less|greater|fewer) than (?P<n>{NUM})"
     rf"\s*[?.]? $", "shift", "the number"),
    # "what is 20% off $45": the price after the discount ("how much" may ask the discount)
    (rf" (?:what is|what's|find|compute|calculate) (?P<p>{NUM}) percent off (?:of )?"
     rf"(?P<n>{NUM})\s*[?.]? $", "shift", "the number"),
    (rf" {_ASK} (?P<n>{NUM}) (?P<dir>increased|decreased|reduced) by (?P<p>{NUM}) percent"
     rf"\s*[?.]? $", "shift", "the number"),
]


# The same question in other words, rewritten to a form above before matching.
_CHANGED = (rf"(?P<n>{NUM}) (?:is |was )?(?P<dir>increased|decreased|reduced|raised|lowered) by "
            rf"(?P<p>{NUM}) percent")
_IMPERATIVE = (rf"(?P<dir>increase|decrease|reduce|raise|lower) (?P<n>{NUM}) by (?P<p>{NUM})"
               rf" percent")
_RESULT = (r"(?:what(?: number)? (?:results|is obtained|do (?:you|we) get|does (?:it|that|this)"
           r" give|is the result)|what is the (?:result|new number|resulting number|number "
           r"obtained|new value))")
_END = r"\s*[?.]? $"
_DIRECTION = {"raised": "increased", "lowered": "decreased", "increase": "increased",
              "decrease": "decreased", "reduce": "reduced", "raise": "increased",
              "lower": "decreased"}
_SAME_QUESTION = [
    # "What number results when 50 is increased by 120%?"
    (rf" {_RESULT} (?:when|if) {_CHANGED}{_END}", "shift"),
    # "If 60 is decreased by 15%, what is the result?"
    (rf" (?:when|if) {_CHANGED} ?,? {_RESULT}{_END}", "shift"),
    # "Increase 240 by 35%. What number do you get?", "Increase 240 by 35%."
    (rf" {_IMPERATIVE}(?: ?[.,;] {_RESULT})?{_END}", "shift"),
    # "If 27 is some percent of 90, what is that percent?"
    (rf" (?:if|when) (?P<a>{NUM}) is (?:some|a certain) percent of (?P<n>{NUM}),? what is (?:that|"
     rf"this|the) percent(?:age)?{_END}", "rate"),
    # "What is a 15% tip on a $40 meal?", "How much is an 8% sales tax on $65?": a percent of
    # an amount named by what it is
    (rf" {_ASK} (?:an? |the )?(?P<p>{NUM}) percent (?:sales tax|tax|tip|gratuity|discount|"
     rf"commission|deposit|down payment) (?:on|of|for) (?:an? |the )?(?P<n>{NUM})(?: [a-z]+)?"
     rf"{_END}", "part"),
    # "Find the number of which 12 is 15%."
    (rf" (?:{_ASK}|what is) the number of which (?P<a>{NUM}) is (?P<p>{NUM}) percent{_END}",
     "whole"),
]


# A change told as a story, then its percent asked: "The price of a TV rose from $400 to $500.
# What was the percent increase?", "A shirt was $25 and is now $20. By what percent was the
# price reduced?"
_UPS = ("rose", "increased", "grew", "went up", "climbed", "was raised", "was increased",
        "rises", "increases", "grows", "goes up", "climbs", "is raised", "is increased")
_DOWNS = ("fell", "dropped", "decreased", "declined", "went down", "was lowered", "was reduced",
          "was cut", "was decreased", "falls", "drops", "decreases", "declines", "goes down",
          "is lowered", "is reduced", "is cut", "is decreased")
_THING = r"(?P<thing>[a-z]+(?: [a-z]+)?)(?: of (?:(?:a|an|the) )?[a-z]+(?: [a-z]+)?)?"
_OWNER = r" (?:(?:a|an|the) )?(?:[a-z]+'s|the|a|an|its|his|her|their)"
_FROM_TO = [
    rf"{_OWNER} {_THING} (?P<went>{'|'.join(_UPS + _DOWNS)}|went"
    rf"|changed) from (?P<n>{NUM}) to (?P<a>{NUM})(?P<per> per [a-z]+)?",
    rf"{_OWNER} {_THING} (?:was|cost|used to cost) (?P<n>{NUM})"
    rf"(?P<per> per [a-z]+)? and (?:is now|now is|now costs|costs) (?P<a>{NUM})"
    rf"(?P<per2> per [a-z]+)?",
]
_ASKED_CHANGE = [
    rf"[.,;] what (?:is|was) the percent(?:age)? (?P<dir>increase|decrease)(?: in (?:the |its )?"
    rf"(?P<thing2>[a-z]+(?: [a-z]+)?))?{_END}",
    rf"[.,;] by what percent (?:did|has|was|had) (?:it|the (?P<thing2>[a-z]+(?: [a-z]+)?)) (?:been "
    rf")?(?P<dir>increase|increased|rise|risen|go up|gone up|grow|grown|raised|decrease|"
    rf"decreased|fall|fallen|drop|dropped|go down|gone down|reduced|lowered|cut){_END}",
]
_UP_ASKED = ("increase", "increased", "rise", "risen", "go up", "gone up", "grow", "grown",
             "raised")


def _story_change(text: str, money: bool) -> str:
    """A change told as a story, asked as a percent: the question "what is the percent
    increase (decrease) from n to a?" when the story, the values and the question agree (the
    question may call a thing's amount its price, cost or value when the amounts are money)."""
    aliases = ("price", "cost", "value") if money else ()
    for story in _FROM_TO:
        for ask in _ASKED_CHANGE:
            m = re.fullmatch(story + ask, text)
            if m is None:
                continue
            g = m.groupdict()
            up = g["dir"] in _UP_ASKED
            went = g.get("went") or ""
            if went in _UPS and not up or went in _DOWNS and up or g.get("per2") and \
                    g["per2"] != g["per"] or g["thing2"] and g["thing2"] not in (
                    g["thing"], g["thing"].split()[-1], *aliases):
                raise Decline("what changed, and which way")
            dir_ = "increase" if up else "decrease"
            return f" what is the percent {dir_} from {g['n']} to {g['a']}? "
    return text


def _same_question(text: str, money: bool = False) -> str:
    """`text` in the words of `_FORMS` when it asks one of their questions another way."""
    text = _story_change(text, money)
    for pattern, kind in _SAME_QUESTION:
        m = re.fullmatch(pattern, text)
        if m is None:
            continue
        g = m.groupdict()
        if kind == "whole":
            return f" {g['a']} is {g['p']} percent of what number? "
        if kind == "rate":
            return f" {g['a']} is what percent of {g['n']}? "
        if kind == "part":
            return f" what is {g['p']} percent of {g['n']}? "
        went = _DIRECTION.get(g["dir"], g["dir"])
        return f" what is {g['n']} {went} by {g['p']} percent? "
    return text


def _v(m: re.Match[str], key: str) -> sp.Rational:
    got = m.group(key) or m.groupdict().get(key + "2")  # the same number said another way
    return sp.Rational(wording.value(got or ""))


def _times(a: sp.Basic, b: sp.Basic) -> sp.Basic:
    return sp.Mul(a, b, evaluate=False)


def percent(split: Split, template: str) -> Result | None:
    if "percent" not in template and "%" not in template and not any(
            "%" in m for m in split.maths):
        return None
    w = wording.of(split, template)
    money = any("\\$" in m for m in split.maths) or bool(re.search(r"\b(?:dollars?|cents?)\b",
                                                                    template))
    w.text = _same_question(re.sub(r"\bper ?cent(?:age)?\b", "percent", w.text), money)
    # "what is 20 percent of 50 dollars?", "15% of 80 kg": the part is in the whole's unit
    w.text = re.sub(rf"(percent of {NUM}) ([a-z]+)(\s*[?.]?\s*)$", lambda m: m.group(1) + m.group(
        3) if units.unit(m.group(2)) or m.group(2) in ("dollars", "cents") else m.group(0),
        w.text)
    found = [(m, kind, asked) for pattern, kind, asked in _FORMS for m in [w.find(pattern)] if m]
    if len(found) != 1:
        return None
    m, kind, asked = found[0]
    w.take(re.escape(m.group(0)))
    if not w.only_glue():
        return None
    story = Story([X])
    said = re.sub(r"#(\S+)", r"\1", m.group(0).strip(" ?."))
    g = m.groupdict()
    up = (g.get("dir") or "") in ("increase", "more", "greater", "increased", "rise", "go up",
                                  "grow")
    if g.get("went") and (g["went"] in ("increased", "rose", "went up", "grew")) != up or \
            g.get("thing2") and g["thing2"] != g.get("thing"):
        raise Decline("what changed, and which way")
    if kind == "part":
        story.state(_times(_v(m, "p") / 100, _v(m, "n")), X, said)
    elif kind == "rate":
        if _v(m, "n") == 0:
            raise Decline("a percent of zero")
        story.state(X / 100 * _v(m, "n"), _v(m, "a"), said)
    elif kind == "whole":
        if _v(m, "p") == 0:
            raise Decline("zero percent of a number")
        story.state(_v(m, "p") / 100 * X, _v(m, "a"), said)
    elif kind == "change":
        n, a = _v(m, "n"), _v(m, "a")
        if g.get("dir") == "change" and n > 0:  # signed: "from 80 to 60" is -25
            up = True
        elif n <= 0 or (a > n) != up or a == n:
            raise Decline("the change is not the stated increase or decrease")
        story.state(n * (1 + (X if up else -X) / 100), a, said)
    else:
        p = _v(m, "p") if up else -_v(m, "p")
        story.state(_times(_v(m, "n"), 1 + p / 100), X, said)
    # money asked as a part is written in dollars and cents ("5.20"), as prices are
    return rounded_answer(story.solve(lambda _sol: X, asked), None, money and kind == "part")


__all__ = ["percent"]
