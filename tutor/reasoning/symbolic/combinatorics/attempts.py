"""Reader of repeated attempts, each a success with one stated chance, independently: shots
at a basket or a target, a coin that is not fair (guesses on multiple-choice questions are
`guesses`'s, which uses this module's `tally` of the event).

Phrasings reached: "A basketball player makes 70% of her free throws. If she shoots 5 free
throws, what is the probability that she makes exactly 3 of them?", "An archer hits the
target with probability 0.8 on each shot ... she hits the target on all 3 of her shots",
"A coin lands heads with probability 2/3. It is flipped 4 times ... exactly 2 heads",
"... what is the probability that it lands heads exactly 3 times?".
The chance of one attempt, the number of attempts and the event are each read once and
must agree (the same verb for the success and the event, or "miss"/"wrong" for a
failure, the same kind of attempt); the answer comes from `trials` (the distribution of
the number of successes, confirmed by listing every sequence of outcomes).
"""

from __future__ import annotations

import re
from fractions import Fraction

from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.trial_means import mean
from tutor.reasoning.symbolic.combinatorics.trial_wording import chance
from tutor.reasoning.symbolic.combinatorics.trials import Event, Trials, solve
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_P = (r"(?:@(?P<p>\d+)@|#(?P<pn>\d+) ?/ ?#(?P<pd>\d+)|#(?P<on>\d+) (?:out of|in) (?:every )?"
      r"#(?P<od>\d+))")
_FORMS = {"make": "make|makes|making|made", "hit": "hit|hits|hitting",
          "score": "score|scores|scoring|scored", "sink": "sink|sinks|sinking|sank|sunk",
          "win": "win|wins|winning|won", "miss": "miss|misses|missing|missed"}
_LEMMA = {form: lemma for lemma, forms in _FORMS.items() for form in forms.split("|")}
_SUCCEED = "|".join(f for f in _LEMMA if _LEMMA[f] != "miss")
_VERB = r"(?P<v>" + _SUCCEED + r")"
_ANY_VERB = r"(?P<ev>" + "|".join(_LEMMA) + r")"
_TARGET = r"(?: (?:the|a) (?:target|bullseye|bull's-eye|basket|hoop|goal))?"
_KIND = (r"(?:free throws?|shots?|baskets?|penalty kicks?|penalties|penalty|field goals?|goals?|"
         r"putts?|darts?|arrows?|throws?|attempts?|kicks?|serves?|games?|matches|match|tries|try)")
_ONE = r"(?:on |for |with )?(?:a|each|any|every|any one|any given|one|a single|each single)"
_RATE = [
    r" " + _VERB + r" (?:" + _P + r"(?: of)? )(?:(?:her|his|their|its|my|your|our|the|all) )?"
    r"(?P<a>" + _KIND + r")(?: (?:she|he|they|i|you|we) (?:attempts?|takes?|shoots?))?\b",
    r" (?:the )?(?:probability|chance) (?:that (?!(?:no|not|nobody|never|neither)\b)[a-z]+ "
    r"(?:will )?|of )"
    + _VERB + _TARGET + r" (?:" + _ONE + r" (?P<a>" + _KIND + r") )?is " + _P
    + r"(?!\w)",
    r" (?:has|with) an? " + _P + r" (?:chance|probability) of " + _VERB + _TARGET
    + r"(?: " + _ONE + r" (?P<a>" + _KIND + r"))?\b",
    r" " + _VERB + _TARGET + r" with (?:a )?probability " + _P + r"(?: " + _ONE + r" (?P<a>"
    + _KIND + r"))?(?!\w)",
    # "are 80% likely to win any given game"
    r" (?:are|is) " + _P + r" likely to " + _VERB + _TARGET + r"(?: " + _ONE + r" (?P<a>" + _KIND
    + r"))?(?!\w)",
    # "makes each free throw with probability 3/4"
    r" " + _VERB + r" " + _ONE + r" (?P<a>" + _KIND + r") with (?:a )?probability " + _P
    + r"(?!\w)",
    r" " + _VERB + _TARGET + r" " + _P + r" of the time(?: " + _ONE + r" (?P<a>" + _KIND
    + r"))?(?!\w)"]
_TAKE = (r"(?:shoots?|takes?|attempts?|throws?|fires?|kicks?|plays?|shooting|taking|attempting|"
         r"throwing|playing|shot|took|attempted|threw|played)")
_COUNT = [r" (?:will )?" + _TAKE + r" (?:(?:another|the next|her next|his next) )?#(?P<n>\d+) "
          r"(?:more )?(?P<a>" + _KIND + r")\b",
          r" (?:in|on|over|during|for|out of) (?:(?:her|his|their|the|my|your) )?(?:next )?"
          r"#(?P<n>\d+) (?P<a>" + _KIND + r")\b"]
COUNT = r"(?P<cmp>exactly|at least|at most|more than|fewer than|less than) #(?P<k>\d+)"
# "of them", "of her next 5 shots", "of 3 free throws"
_OF = (r"(?: of (?:(?:them|the|her|his|their|these|those)(?: next)?(?: #(?P<of>\d+))?|"
       r"#(?P<of2>\d+))(?: (?P<a>" + _KIND + r"))?| (?P<a2>" + _KIND + r"))?")
_EVENTS = {
    "count": r" " + _ANY_VERB + _TARGET + r" (?:on |in )?" + COUNT + _OF + r"(?!\w)",
    "all": r" " + _ANY_VERB + _TARGET + r" (?:on |in )?(?:all|every|each|both)(?: #(?P<all>\d+))?"
           r"(?: of)?(?: (?:them|the|her|his|their|these|those))?(?: #(?P<all2>\d+))?(?: (?P<a>"
           + _KIND + r"))?(?!\w)",
    "none": r" " + _ANY_VERB + _TARGET + r" none of (?:them|the (?P<a>" + _KIND + r"))\b",
    "once": r" " + _ANY_VERB + _TARGET + r" at least once\b"}
_MEAN_SHOTS = (r" (?:what is |find )?the expected (?:number|count) of (?P<a>" + _KIND + r")(?: "
               r"(?:that )?(?:she|he|they|it|i|you|we) (?:will )?" + _ANY_VERB + r"|(?P<missed> "
               r"missed)| (?:made|hit|scored|sunk|won))?(?=[ ?.,])")
_WHO = (r" (?:a|an|the|our|my|her|his|their) (?:[a-z]+ )?(?:player|archer|shooter|golfer|kicker|"
        r"pitcher|marksman|hunter|team|athlete|striker|forward|guard)\b")
_GLUE = {"she", "he", "they", "will", "if", "then", "of", "them", "each", "independently",
         "independent", "other", "shots", "attempts"}


def _kind(word: str | None) -> str | None:
    if not word:
        return None
    return {"penalties": "penalty", "matches": "match", "tries": "try"}.get(
        word, word[:-1] if word.endswith("s") else word)


def _value(m: re.Match[str], maths: list[str]) -> Fraction:
    if m.group("on"):
        if int(m.group("od")) == 0:
            raise Decline("a chance over zero")
        return Fraction(int(m.group("on")), int(m.group("od")))
    return chance(m, maths)


def tally(kind: str, e: re.Match[str], n: int, failure: bool) -> Event:
    """The event on the number h of successes; `failure`: the event counts misses."""
    g = e.groupdict()
    said = [int(x) for x in (g.get("of"), g.get("of2"), g.get("all"), g.get("all2")) if x]
    if any(x != n for x in said):
        raise Decline("the attempts the event counts are not the attempts made")
    flip = (lambda h, n: n - h) if failure else (lambda h, n: h)
    if kind == "all":
        return Event(lambda h, n: flip(h, n) == n, "every attempt " + (
            "a miss" if failure else "a success"))
    if kind == "none":
        return Event(lambda h, n: flip(h, n) == 0, "no " + ("misses" if failure else "successes"))
    if kind == "once":
        return Event(lambda h, n: flip(h, n) >= 1, "at least one " + (
            "miss" if failure else "success"))
    k, cmp = int(g["k"]), g["cmp"]
    if k > n:
        raise Decline("more successes than attempts")
    tests = {"exactly": lambda x: x == k, "at least": lambda x: x >= k,
             "at most": lambda x: x <= k, "more than": lambda x: x > k,
             "fewer than": lambda x: x < k, "less than": lambda x: x < k}
    test = tests[cmp]
    return Event(lambda h, n: test(flip(h, n)), f"{cmp} {k} " + (
        "misses" if failure else "successes"))


def shots(split: Split, template: str) -> Result | None:
    """Shots, throws, kicks or games, each a success with the stated chance."""
    if not quick(template, "probability", "chance", "expected") or not re.search(
            r"\b(?:" + _SUCCEED + r")\b", template):
        return None
    w = Wording.of(split, template)
    w.take_subject("|".join(_LEMMA) + "|shoots|takes|attempts|throws|plays|will|has|is")
    w.take(_WHO)
    rate = [m for p in _RATE for m in w.take(p)]
    count = [m for p in _COUNT for m in w.take(p)]
    expected = w.take(_MEAN_SHOTS)
    ask = w.take(ASK) if not expected else expected
    found = [(kind, m) for kind, p in _EVENTS.items() for m in w.take(p)] if not expected else \
        [("mean", expected[0])]
    w.take(r" (?:independently of (?:each other|the others|one another)|independent of "
           r"(?:each other|the others))(?=[ ,.;?])")
    if len(rate) != 1 or len(ask) != 1 or len(found) != 1 or len(count) > 1 or \
            not w.only_glue(_GLUE):
        return None
    r, (kind, e) = rate[0], found[0]
    lemma = _LEMMA[r.group("v")]
    said = _LEMMA[e.group("ev")] if e.group("ev") else ("miss" if e.group("missed") else lemma)
    if said != lemma and not (said == "miss" and lemma in ("make", "hit", "sink", "score")):
        raise Decline("the event's verb is not the success whose chance is given")
    kinds = {_kind(m.groupdict().get(g)) for m in (r, e, *count) for g in ("a", "a2")} - {None}
    if len(kinds) > 1:
        raise Decline("the chance and the count are about different attempts")
    sizes = {int(m.group("n")) for m in count} | {
        int(x) for x in (e.groupdict().get(g) for g in ("of", "of2", "all", "all2")) if x}
    if len(sizes) != 1:
        raise Decline("how many attempts is not said once")
    n = sizes.pop()
    p = _value(r, w.maths)
    if not 0 < p < 1:
        raise Decline("a chance strictly between 0 and 1")
    trials = Trials([(n, p)], f"a success ('{r.group('v')}')")
    if kind == "mean":
        return mean(trials, said != lemma, "misses" if said != lemma else "successes")
    return solve(trials, tally(kind, e, n, said != lemma))


_SIDE = r"(?P<side>heads|tails)"
_ESIDE = r"(?P<eside>heads?|tails?)"
_COIN = r" (?:a|an|the|one) (?:(?:biased|unfair|weighted|loaded|special|bent) )?coin"
_COIN_RATE = [
    _COIN + r"(?: that| which)? (?:lands|comes up|shows|turns up|lands on) " + _SIDE
    + r" with (?:a )?probability " + _P + r"(?!\w)",
    _COIN + r"(?: that| which)? (?:lands|comes up|shows|turns up|lands on) " + _SIDE
    + r" " + _P + r" of the time(?!\w)",
    _COIN + r" (?:has|with) an? " + _P + r" (?:chance|probability) of (?:landing|coming up|"
    r"showing|turning up|landing on) " + _SIDE + r"\b",
    r" (?:the )?(?:probability|chance) (?:of (?:getting |flipping )?|that (?:it|the coin) "
    r"(?:lands|comes up|shows|lands on) )" + _SIDE + r"(?: (?:on|for) (?:a|each|any|one) "
    r"(?:single )?(?:flip|toss))?(?: (?:for|with|of)" + _COIN + r")? is " + _P + r"(?!\w)"]
_TIMES = r"(?:#(?P<n>\d+) times|(?P<twice>twice))"
_FLIPS = [r" (?:it|the coin|this coin|the same coin) is (?:flipped|tossed) " + _TIMES + r"(?!\w)",
          r" (?:flips?|toss(?:es)?|flipping|tossing) (?:it|the coin|this coin|the same coin) "
          + _TIMES + r"(?!\w)",
          r" (?:in|on|over) #(?P<n>\d+) (?:flips|tosses)(?: of (?:it|the coin|this coin))?\b"]
# "a coin is weighted so that the probability of heads is 3/5": the rate follows
_WEIGHTED_SO = (r" (?:a|the) (?:(?:biased|unfair|weighted|loaded) )?coin is (?:weighted|biased|"
                r"loaded) (?:so that|such that|so)(?= (?:the )?(?:probability|chance) )")
_SIDES = {
    "count": r" (?:(?:gets?|getting|of getting|lands?|landing|comes? up|shows?|obtaining) )?"
             r"(?:on )?" + COUNT + r" " + _ESIDE + r"\b",
    "all": r" (?:(?:gets?|getting|of getting|lands?|comes? up|shows?) )?(?:on )?(?:all|only) "
           + _ESIDE + r"\b",
    "every": r" (?:lands?|comes? up|shows?) (?:on )?" + _ESIDE
             + r" (?:every time|on (?:every|each|all)(?: #(?P<all>\d+))? (?:flips?|toss(?:es)?))\b",
    # "that all 3 flips are heads", "that both tosses come up tails"
    "flips": r" (?:(?P<both>both)|all(?: #(?P<all2>\d+))?|each of the(?: #(?P<of2>\d+))?) "
             r"(?:of the )?(?:flips|tosses) (?:are|come up|land|show|land on|turn up) " + _ESIDE
             + r"\b",
    "none": r" (?:(?:gets?|getting|of getting) )?no " + _ESIDE + r"\b",
    "times": r" (?:lands?|comes? up|shows?) (?:on )?" + _ESIDE + r" " + COUNT + r" times\b"}


def weighted_coin(split: Split, template: str) -> Result | None:
    """A coin with a stated chance of heads (or tails), flipped n times."""
    if "coin" not in template or not quick(template, "probability", "chance", "expected"):
        return None
    w = Wording.of(split, template)
    w.take_name("flips|tosses")
    w.take(_WEIGHTED_SO)
    rate = [m for p in _COIN_RATE for m in w.take(p)]
    flips = [m for p in _FLIPS for m in w.take(p)]
    expected = w.take(r" (?:what is |find )?the expected (?:number|count) of " + _ESIDE + r"\b")
    ask = expected or w.take(ASK)
    found = [("mean", m) for m in expected] or [
        (kind, m) for kind, p in _SIDES.items() for m in w.take(p)]
    if len(rate) != 1 or len(flips) != 1 or len(ask) != 1 or len(found) != 1 or \
            not w.only_glue({"if", "then", "will", "it", "coin", "times", "independently"}):
        return None
    n = 2 if flips[0].groupdict().get("twice") else int(flips[0].group("n"))
    p = _value(rate[0], w.maths)
    if not 0 < p < 1:
        raise Decline("a chance strictly between 0 and 1")
    kind, e = found[0]
    side = rate[0].group("side")
    trials = Trials([(n, p)], side)
    if kind == "mean":
        return mean(trials, e.group("eside").rstrip("s") != side.rstrip("s"), e.group("eside"))
    if e.groupdict().get("both") and n != 2:
        raise Decline("'both' flips, but not two flips")
    kind = {"every": "all", "flips": "all", "times": "count"}.get(kind, kind)
    return solve(trials, tally(kind, e, n,
                                e.group("eside").rstrip("s") != side.rstrip("s")))


__all__ = ["COUNT", "shots", "tally", "weighted_coin"]
