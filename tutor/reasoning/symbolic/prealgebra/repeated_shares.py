"""Reader of a share taken away again and again: "A bus leaves with 64 riders, and half of the
riders get off at each of the first three stops. How many riders are left after the third
stop?", "Each day Ori eats 25% of the nuts in his bag at the start of that day. At the end of
the second day 27 nuts remain. How many nuts were in the bag at first?", "You eat half of a
cake; on each later visit you eat half of what remains. After four visits, what fraction of
the cake have you eaten?".

One share (a fraction, or a percent) of what is there is taken away each period ("at each
stop", "each day", "on each successive trip"), said with a verb of taking away (get off, eat,
spend, use, sell, leak out ...); a first period may say the same share of the whole. The
story must say the share is of what is there then ("of the remaining", "at the start of that
day", "of the water in the tank", riders getting off): "reads a quarter of the book each day"
may mean a quarter of the whole book, and declines. The
number of periods is said once or twice, agreeing ("at each of the first 3 stops", "after the
third stop", "after 5 trips", "at the end of the second day"). Then either the start is told
(a count, or "a whole" thing) and the question asks what remains, or what fraction was taken
or remains; or what remains is told and the question asks how many there were "originally"
("at first", "initially", "to begin with"). Words that change the maths ("more", "than",
"twice", "get on", "add", "back", "not") and any other number leave it unread.

Found with the closed form a (1 - r)^k; confirmed by taking the share away period by period in
exact fractions (each amount of things counted must stay whole).
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

_PERIOD = (r"(?:stop|day|week|month|year|hour|minute|trip|round|turn|visit|station|night|step|"
           r"game|lap|bounce|wash|cut)")
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10}
_TAKE = (r"(?:gets? off|got off|leaves?|left|eats?|ate|eaten|spends?|spent|uses?|used|sells?|"
         r"sold|removes?|removed|gives? away|gave away|given away|loses?|lost|drinks?|drank|"
         r"leaks? out|leaked out|evaporates?|evaporated|drains? out|drained out|cuts? off|"
         r"is (?:eaten|sold|used|removed|spent|lost)|are (?:eaten|sold|used|removed|spent|lost))")
_SHARE = re.compile(r"(?P<f>#\d+/\d+|#\d+(?:\.\d+)? percent)(?: times| of)(?: the| what| all)?"
                    r"(?P<rem> remaining| remains| is left| was left)?")
_EACH = re.compile(rf"\b(?:(?:at|on|in|during) )?(?:each|every) (?:(?:successive|subsequent|"
                   rf"following|later|next|new) )?(?P<per>{_PERIOD})\b"
                   rf"|\b(?:at|on) each of the first (?P<k>#\d+) (?P<per2>{_PERIOD})s\b")
_FIRST = re.compile(rf"\b(?:on|at|in|during) (?:the|your|his|her|their) first (?P<per>{_PERIOD})\b")
_AFTER = re.compile(rf"\b(?:after|at the end of|by the end of) (?:the |its |his |her |your )?"
                    rf"(?:(?P<o>{'|'.join(_ORD)}) (?P<per>{_PERIOD})|(?P<k>#\d+) "
                    rf"(?P<per2>{_PERIOD})s?)\b")
_ORIGINAL = re.compile(r"\b(?:originally|at first|initially|to begin with|at the start|"
                       r"in the beginning|at the beginning)\b")
_UNREAD = re.compile(r"\b(?:more|than|twice|double|doubles|get on|gets on|got on|add|adds|added|"
                     r"back|not|no|another|also|except|plus|refill|refills|refilled|buys?|"
                     r"bought|returns?|returned|join|joins|joined|gives? back|each of them|"
                     r"same|total|altogether|in all|or)\b")
# the share is of what is there at that time, said so
_OF_WHAT_IS_THERE = re.compile(
    r"\bat the (?:start|beginning) of (?:that|the|each|every) |\bof the [a-z]+ (?:that (?:is|are|"
    r"was|were) )?(?:still )?(?:in|on|inside) (?:the|his|her|their|its|your) [a-z]+\b"
    r"|\b(?:gets? off|got off)\b|\bof (?:what|those|the ones) (?:is |are |was |were )?(?:left|"
    r"remaining|still there|there)\b")
_MEASURES = frozenset("liter litre gallon cup ounce pound gram kilogram meter foot inch "
                      "quart pint milliliter dollar".split())


def repeated_shares(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:each|every)\b", template):
        return None
    text, places, form = nw.read_story(split, template)
    text = re.sub(r"\s+", " ", text).strip()
    if places is not None or form is not None or "@" in text or _UNREAD.search(text):
        return None
    shares = list(_SHARE.finditer(text))
    eaches = list(_EACH.finditer(text))
    if not 1 <= len(shares) <= 2 or len(eaches) != 1:
        return None
    rates = {_share(m.group("f")) for m in shares}
    if len(rates) != 1 or not re.search(_TAKE, text):
        return None
    r = rates.pop()
    if not 0 < r < 1:
        return None
    if shares[-1].group("rem") is None and not _OF_WHAT_IS_THERE.search(text):
        return None  # "reads a quarter of the book each day": maybe of the whole book
    per = eaches[0].group("per") or eaches[0].group("per2")
    if len(shares) == 2:  # "on your first trip, you eat half ...; on each later trip, half ..."
        first = _FIRST.search(text)
        if first is None or first.group("per") != per or shares[1].group("rem") is None:
            return None
    used = len(shares)
    ks: set[int] = set()
    if eaches[0].group("k"):
        ks.add(int(wording.value(eaches[0].group("k"))))
        used += 1
    afters = list(_AFTER.finditer(text))
    if len(afters) > 1:
        return None
    for a in afters:
        if (a.group("per") or a.group("per2")) != per:
            return None
        if a.group("k"):
            ks.add(int(wording.value(a.group("k"))))
            used += 1
        else:
            ks.add(_ORD[a.group("o")])
    if len(ks) != 1:
        return None
    k = ks.pop()
    if not 1 <= k <= 60:
        return None
    cut = max(text.rfind(". ", 0, len(text) - 1), text.rfind(", "))
    question = text[cut + 2:]
    amounts = [m for m in re.finditer(r"(?P<v>#\d+(?:\.\d+)?)(?: (?P<u>[a-z]+))?", text)
               if not any(m.start() in range(s.start(), s.end()) for s in shares) and
               not any(m.start("v") == e.start("k") for e in eaches if e.group("k")) and
               not any(a.group("k") and m.start("v") == a.start("k") for a in afters)]
    if len(amounts) + used != text.count("#") or any(m.start() > cut for m in amounts):
        return None
    whole = re.search(r"\b(?:a|the) whole ([a-z]+)\b", text)
    original = _ORIGINAL.search(question) is not None
    taken = re.search(rf"\bwhat (?:fraction|fractional part|part)(?: of (?:the|a|an|his|her|"
                      rf"your|their) [a-z]+)? (?:(?:have|has|had|did|do|does|was|were|is|are) "
                      rf"(?:you |he |she |they |it |we )?)?(?P<v>{_TAKE}|remains?|"
                      r"remained|left|is left|was left)\b", question)
    if len(amounts) == 0 and whole and taken and not original:
        remains = taken.group("v").endswith(("remain", "remains", "remained", "left")) and \
            not re.search(r"\b(?:get|gets|got) off\b", taken.group("v"))
        return _solve(Fraction(1), r, k, "fraction left" if remains else "fraction taken",
                      counted=False)
    if len(amounts) != 1 or whole or taken:
        return None
    a = amounts[0]
    value = wording.value(a.group("v"))
    counted = (a.group("u") or "") not in _MEASURES and not any(
        (a.group("u") or "").startswith(m) for m in _MEASURES)
    if original:
        if not re.search(r"\b(?:remain|remains|remained|left|are left|were left)\b",
                         text[a.start():a.end() + 24]):
            return None
        return _solve(value, r, k, "original", counted)
    if re.search(r"\bhow (?:many|much)\b.*\b(?:remain|remains|left|are still|is still|"
                 r"are there|is there)\b", question) and a.start() < shares[0].start():
        return _solve(value, r, k, "left", counted)
    return None


def _share(token: str) -> Fraction:
    if token.endswith("percent"):
        return wording.value(token.split()[0]) / 100
    return wording.value(token)


def _solve(amount: Fraction, r: Fraction, k: int, asked: str, counted: bool) -> Result:
    keep = 1 - r
    if asked == "original":
        start = amount / keep ** k
    else:
        start = amount
    walk = [start]
    for _ in range(k):
        walk.append(walk[-1] - walk[-1] * r)
    if counted and any(v.denominator != 1 for v in walk):
        raise Decline("a share of things that is not a whole number of them")
    end = start * keep ** k
    answer = {"original": start, "left": end, "fraction left": end,
              "fraction taken": 1 - end}[asked]
    confirm.check(walk[-1] == end and (asked != "original" or walk[-1] == amount),
                  "the share taken away period by period, in exact fractions")
    keep_tex = nw.tex_of(keep)
    claim = (f"{nw.tex_of(amount)} \\div \\left({keep_tex}\\right)^{{{k}}} = {nw.tex_of(start)}"
             if asked == "original" else
             f"{nw.tex_of(start)} \\cdot \\left({keep_tex}\\right)^{{{k}}} = {nw.tex_of(end)}")
    steps = [step("what each period keeps", f"Taking {nw.tex_of(r)} away keeps "
                  f"{keep_tex} of what is there.", f"$1 - {nw.tex_of(r)} = {keep_tex}$",
                  f"1 - {nw.tex_of(r)} = {keep_tex}"),
             step("repeat it", f"{k} periods multiply by {keep_tex} {k} times.", f"${claim}$",
                  claim)]
    if asked == "fraction taken":
        claim = f"1 - {nw.tex_of(end)} = {nw.tex_of(answer)}"
        steps.append(step("what was taken", "What was taken is the whole less what is left.",
                          f"${claim}$", claim))
    return sp.Rational(answer.numerator, answer.denominator), steps


__all__ = ["repeated_shares"]
