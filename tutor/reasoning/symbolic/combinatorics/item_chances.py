"""Reader of independent items, each with a stated chance of one thing happening to it:
seeds that sprout, eggs that hatch, bulbs that are defective, patients who recover,
packages that arrive late.

Phrasings reached: "The probability that a seed sprouts is 2/3. If 4 seeds are planted,
what is the probability that exactly 2 of them sprout?", "Each egg hatches with
probability 3/4, independently of the others ... 3 eggs ... all of them hatch", "A light
bulb is defective with probability 1/10. If I buy 3 bulbs, ... none of them is
defective", "There is a 20% chance that a package arrives late ... at least one of them
arrives late", "... the expected number of students who pass".

The chance, the number of items and the event are each read once and must agree: the same
item (singular in the chance, plural in the count) and the same verb or adjective, with
the same object when the event names one. Items drawn from a finite collection (cards,
marbles, balls, ...) are not independent and are left to the readers of draws; coins, dice,
days, children, shots and guesses have their own readers. The answer comes from `trials`
(the distribution of the number of successes, confirmed by listing every sequence of
outcomes) or `trial_means` (n p, confirmed by the mean of that distribution).
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.combinatorics.attempts import COUNT, tally
from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.trial_means import mean
from tutor.reasoning.symbolic.combinatorics.trial_wording import chance
from tutor.reasoning.symbolic.combinatorics.trials import Trials, solve
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_P = r"(?:@(?P<p>\d+)@|#(?P<pn>\d+) ?/ ?#(?P<pd>\d+))"
_PLACE = r"(?: (?:in|into|on|at|from|to|by) (?:a|an|the|his|her|their|my|our) [a-z]+)?"
_ONE = r"(?:a|an|each|every|any|one)(?: (?:given|single|particular|randomly chosen))?"
_NOUN = r"(?P<noun>(?:[a-z]+ )??[a-z]+)" + _PLACE
_OBJ = r"(?: (?P<obj>(?:the|a|an|his|her|its|their) [a-z]+))?"
_HOW = r"late|early|on time|safely|successfully|correctly|intact|unharmed"
_VP = r"(?P<vp>(?:is|will be) [a-z]+(?:-[a-z]+)?|(?:will )?[a-z]+(?: (?:" + _HOW + r"))?)" + _OBJ
_RATE = [
    r" " + _ONE + r" " + _NOUN + r" (?:independently )?" + _VP + r"(?: independently)? with "
    r"(?:a )?probability (?:of )?" + _P + r"(?!\w)",
    r" (?:the )?(?:probability|chance) that " + _ONE + r" " + _NOUN + r" " + _VP + r" is "
    + _P + r"(?!\w)",
    r" there is an? " + _P + r" (?:chance|probability) that " + _ONE + r" " + _NOUN + r" "
    + _VP + r"(?=[ ,.;?])"]
_THEM = r"(?:them|those|these|the(?: #\d+)? (?P<pl>[a-z]+))"
_EVP = (r"(?P<evp>(?:is|are|will be|be) [a-z]+(?:-[a-z]+)?|(?:will )?[a-z]+(?: (?:" + _HOW + r"))?)"
        r"(?: (?P<eobj>(?:the|a|an|his|"
        r"her|its|their) [a-z]+))?(?=[ ,.;?])")
_EVENTS = {
    "count": r" " + COUNT + r"(?: of(?: the #(?P<of>\d+)| " + _THEM + r")| (?P<pl2>[a-z]+))? "
             + _EVP,
    "all": r" (?:all|both|each)(?: #(?P<all>\d+))?(?: of " + _THEM + r"| (?P<pl2>[a-z]+))? "
           + _EVP,
    "none": r" (?:none of " + _THEM + r"|no (?P<pl2>[a-z]+)) " + _EVP}
_MEAN = (r" (?:what is |find )?the expected (?:number|count) of (?P<pl>[a-z]+) (?:that |who |"
         r"which )?" + _EVP)
_TREATED = (r"(?:[a-z]+ed|[a-z]+en|bought|sent|built|made|sold|grown|taken|chosen|given|"
            r"put|set|caught)")
_COUNT_ITEMS = [
    r" #(?P<n>\d+) (?:(?P<mod>[a-z]+) )??(?P<pl>[a-z]+) (?:are|were|will be|get|is) "
    + _TREATED + _PLACE + r"\b",
    r" (?:buys?|plants?|tests?|picks?|chooses?|selects?|takes?|treats?|sends?|orders?|"
    r"checks?|inspects?|has|have|grows?|sows?|mails?|ships?) #(?P<n>\d+) (?:(?P<mod>[a-z]+) )??"
    r"(?P<pl>[a-z]+)"
    + _PLACE + r"\b",
    r" #(?P<n>\d+) (?:(?P<mod>[a-z]+) )??(?P<pl>[a-z]+) (?:take|sit|enter|receive|try|attempt) "
    r"(?:the|an?) [a-z]+\b"]
_APART = (r",? (?:independently(?: of (?:each other|the others|one another))?|independent of "
          r"(?:each other|the others|one another))(?=[ ,.;?])")
# drawn from a finite collection, or read by other readers
_NOT_ITEMS = frozenset(
    "card marble ball chip tile sock bead coin die dice letter number integer digit point day "
    "night child kid baby boy girl game match shot throw question answer spinner token "
    "slip penny".split())
_NOT_VERBS = frozenset(
    "is are was were be been being has have had does do did not never no with will can may "
    "might would should could must to of and or that the a an each in on at it".split())
_IRREGULAR = {"person": "people", "man": "men", "woman": "women", "mouse": "mice",
              "fish": "fish", "sheep": "sheep"}
_GLUE = {"if", "then", "will", "i", "we", "you", "she", "he", "they", "of", "them"}


def _plural(noun: str) -> set[str]:
    last = noun.split()[-1]
    if last in _IRREGULAR:
        return {_IRREGULAR[last]}
    forms = {last + "s", last + "es"}
    if re.search(r"[^aeiou]y$", last):
        forms.add(last[:-1] + "ies")
    return forms


def _lemma(verb: str) -> str:
    """'sprouts', 'sprout', 'hatches', 'arrives', 'arriving' -> one stem each."""
    v = re.sub(r"^(?:will |be |is |are )", "", verb)
    if v.endswith("ies"):
        return v[:-3] + "y"
    for ending in ("sses", "shes", "ches", "xes", "zes", "oes"):
        if v.endswith(ending):
            return v[:-2]
    return re.sub(r"e$", "", re.sub(r"(?<!s)s$", "", v))


def _state(vp: str) -> tuple[bool, str, str]:
    """(is it 'is ADJ', the verb's stem or the adjective, how: 'late', 'on time' or '')."""
    m = re.fullmatch(r"(?:is|are|will be|be) ([a-z]+(?:-[a-z]+)?)", vp)
    if m:
        return True, m.group(1), ""
    how = re.search(r" (?:" + _HOW + r")$", vp)
    verb = vp[:how.start()] if how else vp
    return False, _lemma(verb), how.group(0).strip() if how else ""


def item_chances(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(
            template, " #", "@", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten"):
        return None
    w = Wording.of(split, template)
    w.pronoun_i()
    w.take(_APART)
    rate = [m for p in _RATE for m in w.take(p)]
    if len(rate) != 1:
        return None
    r = rate[0]
    noun, vp = r.group("noun"), r.group("vp")
    verb = re.sub(r"^will ", "", vp).split()[0] if not vp.startswith(("is ", "will be ")) \
        else vp.split()[-1]
    if noun.split()[-1] in _NOT_ITEMS or set(noun.split()) & _NOT_VERBS or verb in _NOT_VERBS:
        return None
    count = [m for p in _COUNT_ITEMS for m in w.take(p)]
    expected = w.take(_MEAN)
    ask = expected or w.take(ASK)
    found = [("mean", m) for m in expected] or [
        (kind, m) for kind, p in _EVENTS.items() for m in w.take(p)]
    w.take(_APART)
    if len(count) != 1 or len(ask) != 1 or len(found) != 1 or not w.only_glue(_GLUE):
        return None
    kind, e = found[0]
    plurals = _plural(noun)
    said = {e.groupdict().get(g) for g in ("pl", "pl2")} - {None}
    if count[0].group("pl") not in plurals or said - plurals - {"them", "those", "these"}:
        raise Decline("the items counted are not the items whose chance is given")
    mod = count[0].group("mod")
    if mod and noun.split()[:-1] != [mod]:
        raise Decline("the items counted are described otherwise than the items whose chance "
                      "is given")
    if _state(e.group("evp")) != _state(vp):
        raise Decline("the event is not the outcome whose chance is given")
    if e.group("eobj") and e.group("eobj") != r.group("obj"):
        raise Decline("the event is about another object than the chance")
    n = int(count[0].group("n"))
    p = chance(r, w.maths)
    if not 0 < p < 1:
        raise Decline("a chance strictly between 0 and 1")
    if not 1 <= n <= 16:
        raise Decline("a modest number of items")
    if kind == "all" and e.group(0).lstrip().startswith("both") and n != 2:
        raise Decline("'both' items, but not two items")
    trials = Trials([(n, p)], f"'{vp}'")
    if kind == "mean":
        return mean(trials, False, f"{count[0].group('pl')} that {e.group('evp')}")
    return solve(trials, tally(kind, e, n, False))


__all__ = ["item_chances"]
