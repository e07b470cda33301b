"""Reader of the mean of a whole made of groups, each told with its size and its own mean:
"The mean score of 20 boys is 80 and the mean score of 30 girls is 90. What is the mean score
of all 50 students?", "In a class, 10 students had a mean score of 70 and the other 15
students had a mean score of 80. What is the mean score of the whole class?".

Each group is "the mean (average) [thing] of n [nouns] is m" or "n [nouns] had (have) a mean
[thing] of m" ("the other n", "the remaining n"); two or more groups, and the question asks
the mean of all of them ("of all 50 students", "of the whole class", "of all the students").
A whole counted in the question must be the sum of the groups. The whole's mean M solves
(n1 + n2 + ...) M = n1 m1 + n2 m2 + ... (`Story`), and is confirmed again by adding every
member's value one by one in exact fractions. Any other number, or a word that changes the
groups ("more", "removed", "joined", "median", "each", "except") leaves the problem unread.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.relations import Story

M = sp.Symbol("M")
_NUM = r"#(?:\d+/\d+|\d+(?:\.\d+)?)"
_MEAN = r"(?:mean|average|arithmetic mean)"
_WHAT = r"(?: (?P<what>score|age|height|weight|grade|mark|test score|salary))?"
_PCT = r"(?P<pct> percent)?"
_GROUPS = [re.compile(p) for p in (
    rf"\bthe {_MEAN}{_WHAT} of (?:the )?(?P<n>#\d+) (?P<noun>[a-z]+(?: [a-z]+)?) (?:is|was|"
    rf"equals) (?P<m>{_NUM}){_PCT}",
    rf"(?:\bthe (?P<other>other|remaining) )?(?P<n>#\d+) (?P<noun>[a-z]+(?: [a-z]+)?) (?:had|have|"
    rf"has|got|earned) (?:a|an) {_MEAN}{_WHAT} of (?P<m>{_NUM}){_PCT}",
)]
_ASK = re.compile(
    rf"\bwhat (?:is|was) the {_MEAN}{_WHAT.replace('what', 'w2')} (?:of|for) (?:all(?: of)?(?: "
    rf"the)? (?:(?P<all>#\d+) )?(?P<noun>[a-z]+)|the (?:whole|entire) (?P<whole>[a-z]+)|the "
    rf"(?P<both>#\d+|two|three) groups(?: together| combined)?)(?: together| combined)?"
    rf"{_PCT.replace('pct', 'pct2')}\s*[?.]?\s*$")
_GENERAL = frozenset("student people person member player participant employee worker kid "
                     "child children".split())
_WHOLES = frozenset("class group team school club people".split())
_UNREAD = frozenset("more less fewer removed remove leave left joined join joins added new "
                    "median mode each except only not than twice half".split())
_GLUE = frozenset("in a an the class group of and school team club with there were are is was "
                  "on test exam quiz their its his her score scores while but whereas".split())


def group_means(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:mean|average)\b", template):
        return None
    text, places, form = nw.read_story(split, template)
    if form is not None or "@" in text:
        return None
    retold = _retold(" " + " ".join(text.split()) + " ")
    if retold is None:
        return None
    text = retold
    ask = _ASK.search(text)
    if ask is None:
        return None
    story = text[:ask.start()]
    groups: list[tuple[int, Fraction, bool, str | None]] = []
    nouns: list[tuple[str, bool]] = []  # each group's noun, and whether it is "the other n"
    for p in _GROUPS:
        for m in p.finditer(story):
            n = wording.value(m.group("n"))
            if n.denominator != 1 or n <= 0:
                raise Decline("a group of a whole number of members")
            groups.append((int(n), wording.value(m.group("m")), bool(m.group("pct")),
                           m.group("what")))
            nouns.append((units.noun(m.group("noun").split()[-1]),
                          bool(m.groupdict().get("other"))))
        story = p.sub(" , ", story)
    if len(groups) < 2 or len({pct for _, _, pct, _ in groups}) != 1 or len(
            {w for *_, w in groups} - {None}) > 1:
        return None
    if not _apart(nouns) or ask.group("w2") and {w for *_, w in groups} != {ask.group("w2")}:
        return None
    word = ask.group("noun") or ask.group("whole") or "group"
    asked = word if word in _WHOLES else units.noun(word)  # "class" is no plural
    kinds = {k for k, _ in nouns}
    if kinds != {asked} and (asked in kinds or asked not in _GENERAL | _WHOLES):
        return None  # "the mean score of all the girls" asks one group, not the whole
    words = set(re.findall(r"[a-z]+", story))
    if re.search(r"#\d", story) or words & _UNREAD or words - _GLUE:
        return None
    total = sum(n for n, *_ in groups)
    if ask.group("all") and wording.value(ask.group("all")) != total or ask.group("both") and \
            ask.group("both") not in (f"#{len(groups)}", ("two", "three")[len(groups) - 2]
                                      if len(groups) <= 3 else ""):
        return None
    return _solve(groups, places)


# a group told by what its members did and then "their mean": "20 of the 25 students took the
# quiz, and their mean score was 80. The other 5 students took it later and their mean score
# was 90. What is the new class mean?" is said again as "20 students had a mean score of 80 ...
# the other 5 students had a mean score of 90 ... what is the mean score of the whole class"
_DID = (r"(?:took|wrote|sat|did|completed|finished|ran|swam|played|the|a|an|it|test|quiz|exam|"
        r"race|game|later|next|day|same|week|on|in|that|following|chapter #\d+)")
_TOLD = re.compile(
    rf"(?:(?:the next day|later|then),? )?(?:(?P<n>#\d+) of the (?P<all>#\d+)|the (?P<other>other|"
    rf"remaining) (?P<n2>#\d+)) (?P<noun>students|people|players|runners|swimmers|members|"
    rf"children|kids) (?P<did>(?:{_DID} )*?{_DID}),? and their {_MEAN}{_WHAT} (?:was|is) "
    rf"(?P<m>{_NUM}){_PCT}")
_CLASS_ASK = re.compile(rf"\bwhat is the (?:new )?(?P<whole>class|team|group) {_MEAN}\b")


def _retold(text: str) -> str | None:
    """The text with groups told by deeds and "their mean" said plainly (see `_TOLD`); None
    when the whole named ("of the 25") is not the sum of the groups."""
    found = list(_TOLD.finditer(text))
    if not found:
        return text
    wholes = {m.group("all") for m in found} - {None}
    sizes = [int((m.group("n") or m.group("n2"))[1:]) for m in found]
    if len(wholes) != 1 or int(wholes.pop()[1:]) != sum(sizes) or found[0].group("other"):
        return None

    def plain(m: re.Match[str]) -> str:
        size = m.group("n") or m.group("n2")
        lead = f"the {m.group('other')} " if m.group("other") else ""
        what = f" {m.group('what')}" if m.group("what") else ""
        return f"{lead}{size} {m.group('noun')} had a mean{what} of {m.group('m')}" + (
            m.group("pct") or "")
    text = _TOLD.sub(plain, text)
    if all(m.group("pct") for m in found):  # scores in percent, the mean asked as one
        text = re.sub(r"\?\s*express (?:your|the) answer as a percent(?:age)?\.?\s*$", "? ", text)
    text = re.sub(r"\b(?:mr|mrs|ms|dr)\.? [a-z]+'s\b", "the", text)  # "in mr. park's class"
    text = re.sub(r"^\s*in the [a-z]+ class,", " in the class,", text)  # "in the algebra class"
    what = f" {found[0].group('what')}" if found[0].group("what") else ""
    return _CLASS_ASK.sub(lambda m: f"what is the mean{what} of the whole {m.group('whole')}",
                          text)


def _apart(nouns: list[tuple[str, bool]]) -> bool:
    """The groups do not overlap: each later group is "the other n", or every group is a
    different kind of member and none is a kind that could hold another ("20 boys" and "30
    students" might share members)."""
    if all(other for _, other in nouns[1:]):
        return True
    kinds = [k for k, _ in nouns]
    return len(set(kinds)) == len(kinds) and not set(kinds) & _GENERAL


def _solve(groups: list[tuple[int, Fraction, bool, str | None]], places: int | None) -> Result:
    story = Story([M])
    total = sum(n for n, *_ in groups)
    story.state(sp.Integer(total) * M, sp.Add(*(sp.Integer(n) * sp.Rational(m)
                                                  for n, m, *_ in groups), evaluate=False),
                "the whole's total is the sum of each group's size times its mean: " + ", ".join(
                    f"{n} members with mean {nw.tex_of(m)}" for n, m, *_ in groups))
    answer, steps = story.solve(lambda _sol: M, "the mean of the whole")
    values = [m for n, m, *_ in groups for _ in range(n)] if total <= 10**5 else []
    again = sum(values, Fraction(0)) / len(values) if values else None
    confirm.check(again is not None and sp.Rational(again.numerator, again.denominator) == answer,
                  "every member's value added one by one and divided by the count")
    if places is not None and again is not None:
        return nw.rounded(again, places)[0], steps
    return answer, steps


__all__ = ["group_means"]
