"""Reader of a mean that changes when one member joins or leaves a group, told in any order
and many wordings: "The average of five numbers is 12. When a sixth number is added the
average becomes 13. What is the sixth number?", "Sam has an average of 84 on his first
four tests. What score does he need on the fifth test to raise his average to 86?", "The
mean of 9 values is 20; one value is removed and the mean of the remaining values is 19.
Which value was removed?", "Seven children have a mean age of 10. A new child joins and the
mean age becomes 11. How old is the new child?", "The average of 6 numbers is 20. If each
number is increased by 3 (doubled, halved ...), what is the new average?" (every member
changed alike changes the mean alike; confirmed on two lists with that mean).

The situation: a group of n members with mean m (so its total is n m); one member, x, is
added (n + 1 members) or removed (n - 1), and the new mean is m'. The total after is the
total before plus or minus x. The asked quantity is x (or the new mean when x is told:
`averages.py` reads that). An ordinal ("a sixth number", "the fifth test") must agree with
the count; each fact must be told once, and every other word must be glue, so a story
about two members, a median or a weighted mean is left unread. Solved and confirmed by
`Story` (each relation evaluated again in exact fractions).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, number
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.relations import Story, times
from tutor.reasoning.symbolic.prealgebra.wording import NUM
from tutor.reasoning.symbolic.spelled_maths import ordinal_words

S, X = sp.symbols("S x")
_ORDINALS = ordinal_words(range(2, 13))
_ORD = "|".join(_ORDINALS)
_MEAN = r"(?:average|mean|arithmetic mean)(?: \((?:mean|average)\))?"
_WHAT = r"(?: (?:score|age|weight|height|value|grade|mark|number|time))?"
_MEMBERS = (r"(?:numbers|scores|test scores|quiz scores|grades|values|integers|tests|quizzes|"
            r"exams|children|kids|students|people|players|members|items|weights|ages|boxes|"
            r"bags|friends)")
_MEMBER = (r"(?:number|score|test score|quiz score|grade|value|integer|test|quiz|exam|child|kid"
           r"|student|person|player|member|item|box|bag|friend)")
_OWNER = r"(?:the |a (?:list|set|group|collection) of |(?:his|her|their|my|your|its) )?"
_GROUP = [
    rf" the {_MEAN}{_WHAT} of {_OWNER}(?:first )?(?P<n>#\d+) {_MEMBERS}(?: so far)? "
    rf"(?:is|was|equals|is equal to) (?P<m>{NUM})",
    rf" (?P<n>#\d+) {_MEMBERS} (?:have|had) an? {_MEAN}{_WHAT} of (?P<m>{NUM})",
    rf" (?:has|had|have|got|earned) an? {_MEAN}{_WHAT} of (?P<m>{NUM}) (?:on|in|over|for|"
    rf"across) (?:(?:his|her|their|my|your|the) )?(?:first )?(?P<n>#\d+) {_MEMBERS}",
    rf" (?:[a-z]+'s |his |her |their |my |your )?{_MEAN}{_WHAT} (?:on|in|over|for|across) "
    rf"(?:(?:his|her|their|my|your|the) )?(?:first )?(?P<n>#\d+) {_MEMBERS} (?:is|was) "
    rf"(?P<m>{NUM})",
    # "Sue's scores on three tests average 82"
    rf" (?:[a-z]+'s |his |her |their |my |your )?(?:test |quiz )?(?:scores|grades|marks) (?:on|in"
    rf"|for|across) (?:(?:his|her|their|my|your|the) )?(?:first )?(?P<n>#\d+) {_MEMBERS} "
    rf"average (?P<m>{NUM})",
]
_JOIN = (r"(?:is added|is included|is put in|is appended|joins(?: the group| them| the class)?|"
         r"is written down|is taken)")
_LEAVE = (r"(?:is removed|is dropped|is deleted|is taken away|is thrown out|leaves(?: the group|"
          r" the class)?|is crossed out|is erased)")
_ONE = (rf"(?:a|one|#1|another|one more|#1 more|an?) (?:(?P<ord>{_ORD}) |new |more |additional "
        r"|extra )?")
_CHANGE = [
    rf" (?:when |if |after |then )?{_ONE}{_MEMBER} (?P<how>{_JOIN}|{_LEAVE})"
    rf"(?: (?:to|from) (?:the |this )?(?:list|set|group|class|collection))?",
    rf" (?:when |if |after |then )?(?:one|#1) of (?:the (?:#\d+ )?{_MEMBERS}|them) "
    rf"(?P<how>{_LEAVE})",
    rf" after (?:one more|an?(?: (?P<ord>{_ORD}))?|(?:his|her|their|my) (?P<ord2>{_ORD})) "
    r"(?P<how>test|quiz|exam)",
]
_NEW = (rf"(?:,? ?(?:and )?(?:then )?)the (?:new )?{_MEAN}{_WHAT}(?: of the (?:remaining|other|"
        rf"new|rest of the)(?: (?P<k1>#\d+))?(?: {_MEMBERS})?| of the rest"
        rf"| of the (?P<k2>#\d+) {_MEMBERS}| of the "
        rf"(?P<k4>#\d+)-member (?:list|set|group)| of all "
        rf"(?:(?P<k3>#\d+) |the )?{_MEMBERS})? (?:becomes|is now|is|will "
        rf"be|rises to|increases to|goes up to|drops to|falls to|decreases to|changes to|goes "
        rf"down to) (?P<m2>{NUM})")
_ASK_X = [
    rf" (?:what|which|how much) (?:is|was|must be) the (?:(?P<ord>{_ORD}) |new |added |"
    rf"removed |extra |last |additional )?{_MEMBER}(?: (?:that was )?(?:added|removed))?"
    r"\s*[?.]? $",
    rf" (?:what|which) {_MEMBER} (?:was|is|must have been) (?P<how>added|removed|dropped)"
    r"\s*[?.]? $",
    rf" how old is the (?:new |(?P<ord>{_ORD}) )?(?:child|kid|student|person|member|friend)"
    r"\s*[?.]? $",
]
_ASK_SCORE = (rf" what (?:score|grade|mark) (?:does|must|should|do|would|will) (?:she|he|they|i|"
              rf"you) (?:need|have)(?: to (?:get|earn|score|make))? on (?:the|her|his|their|my|"
              rf"your) (?:next|(?P<ord>{_ORD})) (?P<kind>test|quiz|exam) (?:to|so as to|in order "
              rf"to) (?:raise|bring|lift|lower|make|get|increase|decrease|have) (?:her|his|their|"
              rf"my|your|the) {_MEAN}{_WHAT}(?: (?:up|down))? (?:to|equal to|equal|of) "
              rf"(?P<m2>{NUM})\s*[?.]? $")
# the score asked for the mean to reach a value, in other words: "what must the fifth score
# be for the average of all five to be 87", "what score on a fifth test would make the
# average of all five scores 87", "what must she score on the fifth test to have an average
# of 87"
_ASK_SCORES = [
    rf" what (?:must|should|would|will) the (?P<ord>{_ORD}) (?:{_MEMBER}|test score|score) be "
    rf"(?:for|so that|in order for) the (?:new )?{_MEAN}{_WHAT} (?:of (?:all )?(?:the )?"
    rf"(?P<k>#\d+)(?: {_MEMBERS})? )?(?:to be|to equal|is|be|equals) (?P<m2>{NUM})\s*[?.]? $",
    rf" what (?:score|grade|mark) on (?:a|the) (?P<ord>{_ORD}) (?P<kind>test|quiz|exam) "
    rf"(?:(?:would|will|must|should) (?:make|bring|raise|lower)|makes|brings|raises) the "
    rf"{_MEAN}{_WHAT}(?: of (?:all )?"
    rf"(?:the )?(?P<k>#\d+)(?: {_MEMBERS})?)? (?:to |equal to |equal )?(?P<m2>{NUM})\s*[?.]? $",
    rf" what (?:score|grade|mark) is (?:needed|required) on (?:a|the|her|his|their|my|your) "
    rf"(?:next|(?P<ord>{_ORD})) (?P<kind>test|quiz|exam) (?:for|to (?:get|have|reach)) (?:an|the)"
    rf" {_MEAN}{_WHAT} of (?P<m2>{NUM})\s*[?.]? $",
    rf" what (?:must|should|does|do|would) (?:she|he|they|i|you|we) (?:need to |have to )?"
    rf"(?:score|get|earn|make) on (?:the|her|his|their|my|your|our) (?:next|(?P<ord>{_ORD})) "
    rf"(?P<kind>test|quiz|exam) (?:to|so as to|in order to) (?:have|get|raise|bring|make) "
    rf"(?:an|her|his|their|my|your|the) {_MEAN}{_WHAT} (?:of |to |equal to )?(?P<m2>{NUM})"
    r"\s*[?.]? $",
]
# several members join or leave at once ("two more numbers are added", "the 3 numbers x, y and
# z are removed"): the mean (or sum) of those members is asked
_NAMES = r"@\d+@(?:, @\d+@)*,? and @\d+@"
_JOIN_MANY = (r"(?:are added|are included|are put in|are appended|join(?: the group| them| the "
              r"class)?|are written down)")
_LEAVE_MANY = (r"(?:are removed|are dropped|are deleted|are taken away|are thrown out|leave(?: the "
               r"group| the class)?|are crossed out|are erased)")
_MANY = (rf" (?:when |if |after |then )?(?:the )?(?P<k>#\d+) (?:more |new |additional |extra |"
         rf"other )?{_MEMBERS}(?: (?P<names>{_NAMES}))? (?P<how>{_JOIN_MANY}|{_LEAVE_MANY})"
         r"(?: (?:to|from) (?:the |this )?(?:list|set|group|class|collection))?")
_ASK_MANY = (rf" (?:what|find) (?:is |was )?the (?P<stat>{_MEAN}|sum) of (?:the "
             rf"(?:(?P<k>#\d+) )?(?:new |added |removed |extra |additional )?{_MEMBERS}(?: (?:(?:"
             rf"that|which) (?:were|was) )?(?P<how>added|removed))?|(?P<names>{_NAMES}))"
             r"\s*[?.]? $")
_GLUE = frozenset("and the a then now so after that this what which is".split())
# every member changed the same way: "if each number is increased by 3", "5 is added to each
# score", "each of the values is doubled"; the new mean is asked
_EVERY = rf"(?:each|every) (?:of the (?:#\d+ )?{_MEMBERS}|of them|{_MEMBER}|one of them)"
_SHIFT = [
    rf" (?:if |when |suppose |then )?{_EVERY} (?:is|was) (?P<op>increased|decreased|reduced|"
    rf"multiplied|divided) by (?P<k>{NUM})",
    rf" (?:if |when |suppose |then )?(?P<k>{NUM}) is (?P<op>added) to {_EVERY}",
    rf" (?:if |when |suppose |then )?(?P<k>{NUM}) is (?P<op>subtracted) from {_EVERY}",
    rf" (?:if |when |suppose |then )?{_EVERY} (?:is|was) (?P<op>doubled|tripled|halved)",
]
_ASK_SHIFTED = (rf",? (?:what|find) (?:is|will be|would be|is now)? ?the (?:new )?{_MEAN}{_WHAT}"
                rf"(?: of the (?:new|changed|resulting) {_MEMBERS})?(?: now)?\s*[?.]? $")
_OPS = {"increased": "+", "added": "+", "decreased": "-", "reduced": "-", "subtracted": "-",
        "multiplied": "*", "divided": "/", "doubled": "*2", "tripled": "*3", "halved": "/2"}


def _one(w: Wording, patterns: list[str]) -> re.Match[str] | None:
    found = [m for p in patterns for m in w.take(p)]
    if len(found) > 1:
        raise Decline("the same fact is told twice")
    return found[0] if found else None


def mean_changes(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:average|mean)\b", template):
        return None
    w = wording.of(split, template)
    # "the 4th test" (read as "the 4 test") is "the fourth test"
    spelled = {v: k for k, v in _ORDINALS.items()}
    w.text = re.sub(r"\b(the|her|his|their|my|your|a) #?(\d+)(?= (?:test|quiz|exam|score|"
                    r"number|value)\b)", lambda m: f"{m.group(1)} "
                    f"{spelled.get(int(m.group(2)), '#' + m.group(2))}", w.text)
    w.take_name("has|had|scored|got|earned|needs|wants")
    group = _one(w, _GROUP)
    shift = _one(w, _SHIFT)
    if shift is not None:
        asked_mean = w.take_one(_ASK_SHIFTED)
        if group is None or asked_mean is None or not w.only_glue(_GLUE):
            return None
        return _shifted(group, shift)
    score = w.take_one(_ASK_SCORE) or w.take_first(_ASK_SCORES)
    many = None if score else w.take_one(_MANY)
    change = None if score or many else _one(w, _CHANGE)
    new = None if score else w.take_one(_NEW)
    if many:
        asked_many = w.take_one(_ASK_MANY)
        if group is None or new is None or asked_many is None or not w.only_glue(_GLUE):
            return None
        return _several(w, group, many, new, asked_many)
    asked = None if score else _one(w, _ASK_X)
    if group is None or not (score or (change and new and asked)):
        return None
    if not w.only_glue(_GLUE):
        return None
    n, m = number(group.group("n")), sp.Rational(wording.value(group.group("m")))
    m2 = sp.Rational(wording.value((score or new).group("m2")))  # type: ignore[union-attr]
    gone = change is not None and bool(re.search(_LEAVE, change.group("how")))
    size = n - 1 if gone else n + 1
    ords = [g.groupdict().get(k) for g in (change, asked, score) if g is not None
            for k in ("ord", "ord2")]
    if any(o and _ORDINALS[o] != size for o in ords) or (gone and any(ords)):
        raise Decline("the ordinal does not agree with the count")
    told = [new.group(k) for k in ("k1", "k2", "k3") if new is not None and new.group(k)]
    told += [score.group("k")] if score is not None and score.groupdict().get("k") else []
    if any(number(k) != size for k in told):
        raise Decline("the count after the change does not agree with the story")
    if asked is not None and asked.groupdict().get("how"):
        if (asked.group("how") == "added") == gone:
            raise Decline("asked about a member added when one was removed, or the reverse")
    if size < 1:
        raise Decline("nothing is left to average")
    story = Story([S, X])
    story.state(S, times(n, m), f"the {n} add up to {n} times {m}")
    story.state(S - X if gone else S + X, times(size, m2),
                f"{'without' if gone else 'with'} x, the {size} add up to {size} times {m2}")
    return story.solve(lambda _sol: X, "the value " + ("removed" if gone else "added"))


def _several(w: Wording, group: re.Match[str], many: re.Match[str], new: re.Match[str],
             asked: re.Match[str]) -> Result:
    """n members with mean m; k join (or leave) and the n + k (or n - k) have mean m2: the k
    add up to (n + k) m2 - n m (or n m - (n - k) m2); their mean or sum is asked."""
    n, m = number(group.group("n")), sp.Rational(wording.value(group.group("m")))
    m2 = sp.Rational(wording.value(new.group("m2")))
    k = number(many.group("k"))
    gone = bool(re.fullmatch(_LEAVE_MANY, many.group("how")))
    size = n - k if gone else n + k
    if k < 2 or size < 1:
        raise Decline("several members joining, or leaving some behind")
    told = [new.group(g) for g in ("k1", "k2", "k3", "k4") if new.group(g)]
    if any(number(t) != size for t in told) or (asked.group("k") and number(asked.group("k"))
                                                 != k):
        raise Decline("the counts do not agree with the story")
    if asked.group("how") and (asked.group("how") == "removed") != gone:
        raise Decline("asked about members added when some were removed, or the reverse")
    names = [_letter(w, t) for t in re.findall(r"@\d+@", many.group("names") or "")]
    asked_names = [_letter(w, t) for t in re.findall(r"@\d+@", asked.group("names") or "")]
    if names and len(names) != k or asked_names and sorted(asked_names) != sorted(names):
        raise Decline("the members asked about are not the members that changed")
    story = Story([S, X])
    story.state(S, times(n, m), f"the {n} add up to {n} times {m}")
    story.state(S - k * X if gone else S + k * X, times(size, m2),
                f"{'without' if gone else 'with'} the {k}, whose mean is x, the {size} add up "
                f"to {size} times {m2}")
    total = asked.group("stat") == "sum"
    return story.solve(lambda _sol: k * X if total else X,
                       f"the {'sum' if total else 'mean'} of the {k} "
                       f"{'removed' if gone else 'added'}")


def _shifted(group: re.Match[str], shift: re.Match[str]) -> Result:
    """Each of n members with mean m changed alike (x + k, x - k, k x or x / k): the new
    total is the old total changed alike, so the new mean is the mean changed alike.
    Confirmed on two lists with mean m (all equal, and spread out) changed member by member."""
    n, m = number(group.group("n")), Fraction(wording.value(group.group("m")))
    op = _OPS[shift.group("op")]
    k = Fraction(op[1:]) if len(op) > 1 else Fraction(wording.value(shift.group("k")))
    op = op[0]
    if n < 2 or op == "/" and k == 0:
        raise Decline("a mean of several members, changed by a number")

    def changed(x: Fraction) -> Fraction:
        return {"+": x + k, "-": x - k, "*": x * k, "/": x / k if k else x}[op]

    m2 = sp.Symbol("m'")
    sym = {"+": sp.Rational(m) + sp.Rational(k), "-": sp.Rational(m) - sp.Rational(k),
           "*": sp.Rational(m) * sp.Rational(k), "/": sp.Rational(m) / sp.Rational(k)}[op]
    story = Story([m2])
    said = {"+": f"each of the {n} goes up by {k}, so their total goes up by {n} times {k}",
            "-": f"each of the {n} goes down by {k}, so their total goes down by {n} times {k}",
            "*": f"each of the {n} is multiplied by {k}, so their total is too",
            "/": f"each of the {n} is divided by {k}, so their total is too"}[op]
    story.state(m2, sym, f"the mean is the total over {n}: {said}")
    spread = [m - 1, m + 1] + [m] * (n - 2)
    for xs in ([m] * n, spread):
        confirm.check(sum(changed(x) for x in xs) / n == Fraction(int(sym.p), int(sym.q)),
                      "the mean of a list with that mean, each member changed")
    return story.solve(lambda _sol: m2, "the new mean")


def _letter(w: Wording, token: str) -> str:
    """The single letter a maths piece names ("$u$"), else Decline."""
    src = w.maths[int(token.strip("@"))].strip()
    if not re.fullmatch(r"[a-zA-Z]", src):
        raise Decline("members named by letters")
    return src


__all__ = ["mean_changes"]
