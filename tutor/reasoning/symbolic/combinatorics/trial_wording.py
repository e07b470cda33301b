"""Reading independent repeated trials (`trials`) from the words of a problem.

Three situations, each a list of independent trials with a chance of success:
- something that happens on a day with a stated chance ("the chance of rain on each of the
  next 4 days is 2/5", "on each of the first 3 days there is a 1/3 chance that it will
  snow", "the probability of fog on Monday is 30%, and on Tuesday it is 50%"), the number
  of days said there or in a period ("during the next 5 days", "every day for a week");
- a series of games between two teams, each team equally likely to win each game;
- children, each a boy or a girl with equal likelihood.
The event counts the successes, in the same words ("it snows at least once", "it will not
rain at all", "rain on exactly 2 of the days", "the hawks win at least 3 games", "more
boys than girls or more girls than boys", "at least one boy and one girl").
"""

from __future__ import annotations

import re
from fractions import Fraction

from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.trials import Event, Trials, solve
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_P = r"(?:@(?P<p>\d+)@|#(?P<pn>\d+) ?/ ?#(?P<pd>\d+))"
_IT = r"(?:that )?(?:it will |it |there will be |there is |)"
_WORD = r"(?P<w>(?:be )?[a-z]+)"
_PLURAL = r"(?:days|nights|mornings|afternoons|evenings|weekdays)"
_SINGLE = r"(?:day|night|morning|afternoon|evening|weekday)"
_MONTH = (r"(?: of (?:the month|the year|january|february|march|april|may|june|july|august|"
          r"september|october|november|december))?")
_SPAN = (r"(?:(?:on|for|during|in) )?(?:each|every|any) (?:of the (?:next |first |following |"
         r"coming )?#(?P<n>\d+) " + _PLURAL + _MONTH + r"|(?:given |single )?" + _SINGLE + r")")
_DAY = (r"(?:on |for )?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
        r"tomorrow)")
_DAYREF = (r"(?:on |for )?(?P<dref>monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
           r"today|tomorrow)")
_CHANCE = r" (?:chance|probability) (?:of |that )"
_STATED = [
    r" (?:the )?(?:probability|chance) (?:of |that )?" + _IT + _WORD + r" " + _SPAN + r" is "
    + _P,
    r" (?:the )?(?:probability|chance) (?:of |that )?" + _IT + _WORD + r" " + _DAY + r" is "
    + _P,
    r" " + _SPAN + r",? there is an? " + _P + _CHANCE + _IT + _WORD + r"\b",
    r" there is an? " + _P + _CHANCE + _IT + _WORD + r" " + _SPAN,
    r" there is an? " + _P + _CHANCE + _IT + _WORD + r" " + _DAY,
    # the second of two named days, said short: "..., and on sunday it is 25%"
    r",? and " + _DAY + r" (?:it )?is " + _P]
_PERIOD = (r" (?:(?:during|in|over|for|on) )?(?:the |a |all of the |each of the )?(?:(?:next|"
           r"following|first|coming) )?(?:#(?P<n>\d+) " + _PLURAL + r"|(?P<week>week))" + _MONTH
           + r"\b")
_W2 = r"(?P<w2>(?:be )?[a-z]+)"
_COUNT = r"(?P<cmp>exactly|at least|at most|more than|fewer than|less than) #(?P<k>\d+)"
_OF = r"(?: of (?:the|them|those|these)(?: #(?P<of>\d+))?(?: " + _PLURAL + r")?| " + _PLURAL + r")?"
_DO = r"(?:will |does |do )?"
_DAY_EVENTS = {
    "none": [r" " + _IT + _DO + r"not " + _W2 + r" at all\b",
             r" " + _IT + r"(?:will )?never " + _W2 + r"\b",
             r" " + _IT + _DO + r"not " + _W2 + r" on any (?:of the )?(?:#\d+ )?" + _PLURAL
             + r"\b",
             r" there (?:will be|is) no " + _W2 + r"\b",
             r" " + _IT + _DO + r"not " + _W2 + r" on either " + _SINGLE + r"\b",
             r" " + _IT + r"(?:will )?" + _W2 + r" on neither " + _SINGLE + r"\b",
             r" " + _IT + _DO + r"not " + _W2 + r" " + _DAYREF + r"\b"],
    "once": [r" " + _IT + r"(?:will )?" + _W2 + r" (?:at least once|on at least one (?:of the )?"
             r"(?:#\d+ )?(?:" + _PLURAL + r"|" + _SINGLE + r"))\b"],
    "count": [r" " + _IT + r"(?:will )?" + _W2 + r" (?:on )?" + _COUNT + _OF + r"\b"],
    "all": [r" " + _IT + r"(?:will )?" + _W2 + r" (?:on )?(?:all|both|each|every) (?:of )?(?:the "
            r"|those |these )?(?:#(?P<all>\d+) )?(?:" + _PLURAL + r"|" + _SINGLE + r")\b",
            r" " + _IT + r"(?:will )?" + _W2 + r" " + _DAYREF + r"\b"]}
_TIES = r",? (?:and )?(?:there are )?no ties(?: occur| are possible)?\b"
_EVEN_GAMES = (r",? (?:and )?(?:each team has an equal chance of winning (?:each|any|every) game|"
               r"(?:the )?(?:two )?teams are equally likely to win (?:each|any|every) game|each "
               r"game is equally likely to be won by either team|each team is equally likely to "
               r"win (?:each|any|every) game)\b")
_SPORT = (r"(?:(?:basketball|soccer|football|baseball|hockey|tennis|chess|volleyball|softball|"
          r"cricket|rugby|water polo) )?")
_GAMES = r" (?:in )?(?:a series of )?#(?P<n>\d+) " + _SPORT + r"games\b"
_SERIES = [r" (?:the )?(?P<a>[a-z]+) (?:play|plays|will play) (?:against )?(?:the )?(?P<b>[a-z]+)"
           + _GAMES,
           r" (?:the )?(?P<a>[a-z]+) and (?:the )?(?P<b>[a-z]+) (?:play|will play)" + _GAMES]
_WINS = (r" (?:the )?(?P<t>[a-z]+) (?:will )?win (?:" + _COUNT + r"|(?P<every>all)) (?:of )?"
         r"(?:the )?(?:#(?P<of>\d+) )?" + _SPORT + r"games\b")
_EVEN_KIDS = (r",? (?:assuming (?:that )?|if )?(?:the (?:gender|sex) of each (?:child|grandchild|"
              r"baby) is (?:determined )?independently(?: determined)? and with equal likelihood "
              r"of (?:male and female|female and male)|(?:the birth of )?(?:a|each) (?:boy|girl) "
              r"or (?:a )?(?:girl|boy) is equally likely|boys and girls are equally likely|each "
              r"child is equally likely to be a (?:boy|girl) or a (?:girl|boy))\b")
_KID = r"(?:children|kids|grandchildren|babies)"
_KIDS = [r" (?P<who>(?:mr|mrs|ms|dr)\. [a-z]+|[a-z]+) (?:has|have) #(?P<n>\d+) " + _KID + r"\b",
         r" (?:the )?#(?P<n>\d+) " + _KID + r" in (?:a|the) family\b",
         r" a family (?:has|with) #(?P<n>\d+) " + _KID + r"\b"]
_BOY = r"(?:boys?|sons?|grandsons?)"
_GIRL = r"(?:girls?|daughters?|granddaughters?)"
_HAS = (r"(?:(?:the family |they |(?:the )?" + _KID + r" )?(?:has |have |include |includes |will "
        r"have |are )|there are )?")
_KID_EVENTS = {
    "unequal": r" " + _HAS + r"more (?P<x>" + _BOY + r"|" + _GIRL + r") than (?P<y>" + _BOY + r"|"
               + _GIRL + r") or more (?P<y2>" + _BOY + r"|" + _GIRL + r") than (?P<x2>" + _BOY
               + r"|" + _GIRL + r")\b",
    "mixed": r" " + _HAS + r"at least (?:one|#1) (?P<x>" + _BOY + r"|" + _GIRL + r") and (?:at "
             r"least )?(?:one|#1) (?P<y>" + _BOY + r"|" + _GIRL + r")\b",
    "more": r" " + _HAS + r"more (?P<x>" + _BOY + r"|" + _GIRL + r") than (?P<y>" + _BOY + r"|"
            + _GIRL + r")\b",
    "count": r" " + _HAS + _COUNT + r"(?: of (?:them|the " + _KID + r"))?(?: are| will be| is)? "
             r"(?P<x>" + _BOY + r"|" + _GIRL + r")\b",
    "all": r" " + _HAS + r"(?:all|only) (?P<x>" + _BOY + r"|" + _GIRL + r")\b"}
_INDEPENDENT = (r"\b(?:assuming (?:that )?|if )?(?:(?:the )?(?:weather|probability|chance)(?: of "
                r"[a-z]+)? on (?:a|any) (?:given )?day is independent of (?:the weather|that) on "
                r"any other day|independently of (?:the )?other days|independent of each other)\b")
# where it happens changes nothing: "where bob lives", "in our town"
_PLACE = (r" (?:where (?:[a-z]+ )?lives?|in (?:the|his|her|our|my|their) (?:town|city|village))"
          r"(?= ?[,.;?])")
_GLUE = {"independently", "independent", "will", "each", "other", "another"}


def trials(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(
            template, "each", "every", "any", "equal", "independent", "day", "tomorrow"):
        return None
    w = Wording.of(split, template)
    w.text = re.sub(_INDEPENDENT, " ; ", w.text)
    w.take(_PLACE)
    stated = [m for p in _STATED for m in w.take(p)]
    games, kids = w.take(_EVEN_GAMES), w.take(_EVEN_KIDS)
    if len(games) + len(kids) + bool(stated) != 1:
        return None
    if stated:
        got = _days(w, stated)
    elif games:
        got = _games(w)
    else:
        got = _kids(w)
    if got is None or not w.only_glue(_GLUE):
        return None
    return solve(*got)


def chance(m: re.Match[str], maths: list[str]) -> Fraction:
    if m.group("pn"):
        if int(m.group("pd")) == 0:
            raise Decline("a chance over zero")
        return Fraction(int(m.group("pn")), int(m.group("pd")))
    src = maths[int(m.group("p"))].strip()
    frac = re.fullmatch(r"\\[dt]?frac\s*\{\s*(\d+)\s*\}\s*\{\s*(\d+)\s*\}|(\d+)\s*/\s*(\d+)", src)
    if frac:
        top, bottom = frac.group(1) or frac.group(3), frac.group(2) or frac.group(4)
        if int(bottom) == 0:
            raise Decline("a chance over zero")
        return Fraction(int(top), int(bottom))
    percent = re.fullmatch(r"(\d+(?:\.\d+)?)\s*\\?%", src)
    if percent:
        return Fraction(percent.group(1)) / 100
    if re.fullmatch(r"0?\.\d+|[01]", src):
        return Fraction(src)
    raise Decline("a chance written as a fraction, a decimal or a percent")


def _stem(word: str) -> str:
    return re.sub(r"(?:ing|s|ed)$", "", word)


def _days(w: Wording, stated: list[re.Match[str]]) -> tuple[Trials, Event] | None:
    """Days with a stated chance each; the event about the days it happens."""
    ask = w.take(ASK)
    found = [(kind, m) for kind, ps in _DAY_EVENTS.items() for p in ps for m in w.take(p)]
    periods = w.take(_PERIOD)
    if len(ask) != 1 or len(found) != 1:
        return None
    said = {_stem(m.group("w")) for m in stated if m.groupdict().get("w")}
    kind, e = found[0]
    if len(said) != 1 or _stem(e.group("w2")) not in said:
        return None
    days = [m.group("day") for m in stated if m.groupdict().get("day")]
    dref = e.groupdict().get("dref")
    if dref and days != [dref]:
        raise Decline("the event's day is not the one day whose chance is given")
    spans = [m for m in stated if not m.groupdict().get("day")]
    if days and spans or len(set(days)) != len(days):
        raise Decline("named days mixed with spans of days, or a day named twice")
    maths = w.maths
    if days:
        groups = [(1, chance(m, maths)) for m in stated]
    else:
        counts = [int(m.group("n")) if m.group("n") else None for m in spans]
        lengths = {int(p.group("n")) if p.group("n") else 7 for p in periods}
        if None in counts:
            if len(spans) != 1 or len(lengths) != 1:
                raise Decline("how many days is not said once")
            counts = [lengths.pop()]
        elif lengths and lengths != {sum(c for c in counts if c)}:
            raise Decline("the days of the event are not the days described")
        groups = [(c or 0, chance(m, maths)) for c, m in zip(counts, spans, strict=True)]
    trials = Trials(groups, f"'{e.group('w2')}'")
    return trials, success_event(kind, e, trials.n)


def success_event(kind: str, e: re.Match[str], n: int) -> Event:
    g = e.groupdict()
    if kind == "none":
        return Event(lambda h, n: h == 0, "no successes")
    if kind == "once":
        return Event(lambda h, n: h >= 1, "at least one success")
    if kind == "all":
        if g.get("all") and int(g["all"]) != n:
            raise Decline("'all' counts other trials than there are")
        return Event(lambda h, n: h == n, "all successes")
    if g.get("of") and int(g["of"]) != n:
        raise Decline("the trials counted are not the trials made")
    k, cmp = int(g["k"]), g["cmp"]
    if k > n:
        raise Decline("more successes than trials")
    tests = {"exactly": lambda h, n: h == k, "at least": lambda h, n: h >= k,
             "at most": lambda h, n: h <= k, "more than": lambda h, n: h > k,
             "fewer than": lambda h, n: h < k, "less than": lambda h, n: h < k}
    return Event(tests[cmp], f"{cmp} {k} successes")


def _games(w: Wording) -> tuple[Trials, Event] | None:
    w.take(_TIES)
    series = [m for p in _SERIES for m in w.take(p)]
    ask = w.take(ASK)
    wins = w.take(_WINS)
    if len(series) != 1 or len(ask) != 1 or len(wins) != 1:
        return None
    s, e = series[0], wins[0]
    if e.group("t") not in (s.group("a"), s.group("b")) or s.group("a") == s.group("b"):
        return None
    n = int(s.group("n"))
    trials = Trials([(n, Fraction(1, 2))], f"a win for the {e.group('t')}")
    return trials, success_event("all" if e.group("every") else "count", e, n)


def _kids(w: Wording) -> tuple[Trials, Event] | None:
    family = [m for p in _KIDS for m in w.take(p)]
    if len(family) != 1:
        return None
    who = family[0].groupdict().get("who")
    if who:
        w.take(r" " + re.escape(who) + r"(?= (?:has|have|will)\b)")
    ask = w.take(ASK)
    found = [(kind, m) for kind, p in _KID_EVENTS.items() for m in w.take(p)]
    if len(ask) != 1 or len(found) != 1:
        return None
    n = int(family[0].group("n"))
    kind, e = found[0]

    def boy(word: str | None) -> bool:
        return bool(word and re.fullmatch(_BOY, word))
    x, y = e.groupdict().get("x"), e.groupdict().get("y")
    if y is not None and boy(x) == boy(y) or (kind == "unequal" and (
            boy(e.group("x2")) != boy(x) or boy(e.group("y2")) != boy(y))):
        raise Decline("boys compared with boys")
    trials = Trials([(n, Fraction(1, 2))], "a " + ("boy" if boy(x) else "girl"))
    if kind == "unequal":
        return trials, Event(lambda h, n: 2 * h != n, "more of one than the other")
    if kind == "mixed":
        return trials, Event(lambda h, n: 1 <= h <= n - 1, "at least one of each")
    if kind == "more":
        return trials, Event(lambda h, n: 2 * h > n, f"more {x} than {y}")
    return trials, success_event(kind, e, n)


__all__ = ["chance", "trials"]
