"""Reader of something a subject does each day with a stated chance, counted over days:
"Each day a bakery has a 3/4 chance of making bagels. What is the probability that it makes
bagels on exactly 3 of the next 4 days?", "A vending machine has a 10% chance of jamming each
day ... it does not jam on any of the next 3 days", "The probability that Nina's bus is late
on any given day is 1/6 ...", "There is a 1/3 chance that Max's dog barks at the mailman on
any given day ...".

The chance is said once, with the doing as a gerund ("of making bagels") or a verb ("that
the dog barks at the mailman"); the event must say the same doing again (the same verb, the
same words after it) about the same subject ("it", "she", "the bus"), and the number of days
is said once (in the event or as a period: "over the next 5 days", "every day for a week";
said twice, the two must agree). Another chance, another doing, days in a row or a chance
that depends on the day before are left unread and the problem is declined. The answer
comes from `trials` (the distribution of the number of days, confirmed by listing every
sequence of days).
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.combinatorics.attempts import COUNT, tally
from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.trial_wording import chance
from tutor.reasoning.symbolic.combinatorics.trials import Event, Trials, solve
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_P = r"(?:@(?P<p>\d+)@|#(?P<pn>\d+) ?/ ?#(?P<pd>\d+))"
_WORD = r"[^\W\d_]+"
_DAYS = r"(?:days|mornings|evenings|nights)"
_DAY = r"(?:day|morning|evening|night)"
_EACH_DAY = r"(?:each|every|on any given|on any|on a given|on each|any given) " + _DAY
_WEEK = r"(?: for a (?P<week>week))?"
_SUBJECT = (r"(?P<subj>(?:(?:a|an|the|my|our|his|her|their) (?:" + _WORD + r" ){0,2}" + _WORD
            + r"|" + _WORD + r"'s " + _WORD + r"|" + _WORD + r"))")
# the doing: a gerund ("of making bagels") or a verb ("that the dog barks at the mailman")
_DOING = r"(?P<verb>" + _WORD + r")(?P<rest>(?: " + _WORD + r"){0,4}?)"
_STOP = r"(?=,| \.| \?|\.|\?| ;| (?:each|every|on any|on a given|any given) " + _DAY + r"\b)"
_RATE = [
    r"(?:(?<=^ )|(?<=[.?!;] )|(?<=^ , ))(?:" + _EACH_DAY + _WEEK + r",? )?" + _SUBJECT
    + r" has an? " + _P + r" (?:chance|probability) of " + _DOING + _STOP
    + r"(?: " + _EACH_DAY + r")?",
    r" (?:the )?(?:probability|chance) that " + _SUBJECT + r" " + _DOING + r" " + _EACH_DAY
    + r" is " + _P + r"(?!\w)",
    r" there is an? " + _P + r" (?:chance|probability) that " + _SUBJECT + r" " + _DOING
    + r" " + _EACH_DAY + r"\b",
    # "kim goes jogging each morning with probability 3/5", "... with probability 3/5 each day"
    r"(?:(?<=^ )|(?<=[.?!;] ))" + _SUBJECT + r" " + _DOING + r"(?P<daily> " + _EACH_DAY
    + r")? with (?:a )?probability (?:of )?" + _P + r"(?P<daily2> " + _EACH_DAY + r")?(?!\w)"]
_PERIOD = (r"(?:,? (?:for|over|during|in) the (?:next|following|coming) #(?P<n>\d+) " + _DAYS
           + r",?)")
# someone visiting the subject on so many days: "maya visits the bakery on 4 days"
_VISIT = (r"(?:(?<=^ )|(?<=[.?!] ))[a-z]+ (?:visits|will visit|goes to|will go to|stops at) "
          r"(?P<place>(?:the|a|an) (?:" + _WORD + r" ){0,2}" + _WORD + r") (?:on|for|during) "
          r"(?:the next )?#(?P<n>\d+) " + _DAYS + r"\b")
_OF_DAYS = (r"(?: (?:the )?(?:(?:next|following|coming) )?(?:#(?P<{0}>\d+) )?" + _DAYS
            + r"| them| those days| these days| the days)")
_WHO = r"(?P<who>it|he|she|they|the " + _WORD + r"|" + _WORD + r"'s " + _WORD + r"|" + _WORD + r")"
_DO = r"(?P<ev>" + _WORD + r")"
_EVENTS = {
    "count": r" " + _WHO + r" (?:will )?" + _DO + r"(?P<erest>(?: " + _WORD + r"){0,4}?) (?:on )?"
             + COUNT + r"(?: of" + _OF_DAYS.format("of") + r")?(?!\w)",
    "once": r" " + _WHO + r" (?:will )?" + _DO + r"(?P<erest>(?: " + _WORD + r"){0,4}?) (?:at "
            r"least once|on at least one(?: of" + _OF_DAYS.format("of") + r"| " + _DAY + r"))"
            r"(?!\w)",
    "all": r" " + _WHO + r" (?:will )?" + _DO + r"(?P<erest>(?: " + _WORD + r"){0,4}?) on (?:all|"
           r"each|every|both)(?: #(?P<all>\d+))?(?: of)?" + _OF_DAYS.format("all2") + r"(?!\w)",
    "none": r" " + _WHO + r" (?:does not|will not|did not) " + _DO + r"(?P<erest>(?: " + _WORD
            + r"){0,4}?) on any(?: of" + _OF_DAYS.format("of") + r"| " + _DAY + r")(?!\w)"}
_GLUE = {"if", "then", "for", "the", "next", "what", "is", "whats"}


def _forms(verb: str) -> set[str]:
    """The stems a gerund or a verb in the third person may come from."""
    if verb in ("is", "are", "be", "being"):
        return {"be"}
    if verb.endswith("ing") and len(verb) > 4:
        base = verb[:-3]
        out = {base, base + "e"}
        if len(base) > 2 and base[-1] == base[-2]:
            out.add(base[:-1])
        return out
    out = {verb}
    if verb.endswith("ies"):
        out.add(verb[:-3] + "y")
    elif verb.endswith("es"):
        out |= {verb[:-1], verb[:-2]}
    elif verb.endswith("s") and not verb.endswith("ss"):
        out.add(verb[:-1])
    return out


def _readings(subject: str, verb: str, rest: str) -> list[tuple[str, str, str]]:
    """Every way to read "the school bus is late" as a subject of one to four words, a verb
    and the words after it."""
    words = f"{subject} {verb}{rest}".split()
    return [(" ".join(words[:i]), words[i], "".join(" " + x for x in words[i + 1:]))
            for i in range(1, min(len(words), 5))]


def _bare(noun: str) -> str:
    return re.sub(r"^(?:a|an|the|my|our|his|her|their) ", "", noun)


def _same_subject(who: str, subject: str) -> bool:
    if who in ("it", "he", "she", "they") or who == subject:
        return True
    return who.startswith("the ") and who.split()[-1] == subject.split()[-1]


def daily_chances(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(
            template, "day", "morning", "evening", "night"):
        return None
    w = Wording.of(split, template)
    rate = [m for p in _RATE for m in w.take(p)]
    if len(rate) != 1:
        return None
    r = rate[0]
    if "with" in r.group(0) and not (r.groupdict().get("daily") or r.groupdict().get("daily2")):
        return None  # a chance said with no day
    ask = w.take(ASK)
    periods, visits = w.take(_PERIOD), w.take(_VISIT)
    found = [(kind, m) for kind, p in _EVENTS.items() for m in w.take(p)]
    if len(ask) != 1 or len(found) != 1 or len(periods) + len(visits) > 1 or \
            not w.only_glue(_GLUE):
        return None
    if visits and _bare(visits[0].group("place")) not in (_bare(r.group("subj")),
                                                          r.group("subj").split()[-1]):
        raise Decline("the place visited is not the one whose chance is given")
    kind, e = found[0]
    if not any(_same_subject(who, subj) and _forms(did) & _forms(does) and after == rest
               for subj, does, rest in _readings(r.group("subj"), r.group("verb"), r.group("rest"))
               for who, did, after in _readings(e.group("who"), e.group("ev"), e.group("erest"))):
        raise Decline("the event is not the doing (or the subject) whose chance is given")
    said = [int(x) for m in (*periods, *visits, e) for x in (m.groupdict().get("n"),
                                                    m.groupdict().get("of"),
                                                    m.groupdict().get("all"),
                                                    m.groupdict().get("all2")) if x]
    if r.groupdict().get("week"):
        said.append(7)
    if not said or len(set(said)) != 1:
        raise Decline("the number of days, said once (or the same each time)")
    n = said[0]
    p = chance(r, w.maths)
    if not 0 < p < 1:
        raise Decline("a chance strictly between 0 and 1")
    event: Event = tally(kind, e, n, False)
    doing_words = (r.group("verb") + r.group("rest")).strip()
    return solve(Trials([(n, p)], f"'{doing_words}'"), event)


__all__ = ["daily_chances"]
