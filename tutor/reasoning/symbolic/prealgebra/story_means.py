"""Reader of a mean told in a story: members of a group with values (ages, weights, scores,
lengths, miles run on days) and the group's mean. "The average age of the four Lopez
children is 9 years. The three youngest are 5, 8 and 10 years old. How old is the oldest
child?", "Kim's scores so far are 80, 85 and 90. What score does she need on the fourth test
to make her mean score 87?", "Two ropes are 2.5 meters and 6.5 meters long. What is their
average length?", "A family has two girls aged 6 and a boy aged 9. What is the mean age of
the children?".

Every number is one of: the mean ("the average age of ... is 9", "have a mean of 9", "to
make her mean 87"), the number of members ("the four children", "two girls aged 6" counts
two values), or a member's value (a list "5, 8 and 10 years old", "aged 9", "5 miles on
Monday"). Either the mean is asked, and every member's value is told, or one member's value
is asked ("the oldest", "the third dog", "the fourth test", "the other") and the mean is
told. A count told must agree with the members; an ordinal that names the asked member must
be the next one; "the oldest"/"the heaviest" must come out at least every told value ("the
youngest" at most). Values share one unit. A word that changes the group ("more", "than",
"removed", "median", "each", "different") leaves the problem unread. Solved and confirmed
by `Story`: n m = the sum of the values, in exact fractions.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.share_groups import stem
from tutor.reasoning.symbolic.spelled_maths import ordinal_words

X = sp.Symbol("x")
_N = r"#\d+(?:/\d+|\.\d+)?"
_MEAN = r"(?:arithmetic )?(?:average|mean)(?: \((?:average|mean)\))?"
_TOLD = [
    re.compile(rf"\b(?:the|an?|her|his|their|its) {_MEAN}(?: [a-z]+)?(?: of [^#.?]*?(?:#\d+ "
               rf"[^#.?]*?)?)? (?:is|was|equals|will be|would be) (?P<v>{_N})"),
    re.compile(rf"\b(?:has|have|had|of) an? {_MEAN}(?: [a-z]+)? of (?P<v>{_N})"),
    re.compile(rf"\b(?:to make|so that|to get|to have|to raise|to bring)(?: (?:her|his|their|"
               rf"the|an?))? {_MEAN}(?: [a-z]+)?(?: of (?:the|all|her|his|their) (?:#\d+ )?"
               rf"[^#.?]*?)? "
               rf"(?:be |is |equal to |equal |of |become |)(?P<v>{_N})"),
]
_ORDINALS = ordinal_words(range(1, 13))
_UP = "oldest heaviest tallest longest largest biggest highest greatest"
_DOWN = "youngest lightest shortest smallest lowest least"
_BLOCK = re.compile(r"\b(?:more|less|fewer|than|older|younger|taller|shorter|heavier|lighter|"
                    r"times|twice|half|removed?|added|add|adds|drops?|dropped|replaced?|new|"
                    r"median|mode|range|each|total|sums?|pairs?|not|different|same|consecutive|"
                    r"increases?d?|decreases?d?|raised?|lowered|combined|together|"
                    r"weighted|except|both|either|or)\b")
_LINKED = {"age": {"aged", "old", "year"}, "old": {"aged", "year", "age"}, "length": {"long"},
           "long": {"length"}, "weight": {"weigh"}, "weigh": {"weight"}, "height": {"tall"},
           "tall": {"height"}, "score": {"scor", "mark", "point"}, "mark": {"score", "point"}}
_FREE = frozenset(
    "what is was the a an average mean arithmetic of their his her its number need needs make "
    "get have has does do did she he they i we you on in to will would how many much child kid "
    "person people group all so that value be equal equals for with find compute determine "
    "calculate these those this must should earn receive next".split()) | frozenset(
    _ORDINALS) | frozenset((_UP + " " + _DOWN).split())
_AGE = frozenset({"year", "years"})
_UNITLESS = frozenset({"point", "points", "percent"})


def _unit(word: str) -> str | None:
    if word in _AGE:
        return "year"
    if word in _UNITLESS:
        return word.rstrip("s")
    u = units.unit(word, abbreviations=False)
    return u


def _members(statements: str) -> tuple[list[Fraction], list[str | None], list[int]]:
    """The values told, their units and the counts of members told."""
    values: list[Fraction] = []
    unit_of: list[str | None] = []
    counts: list[int] = []
    text = re.sub(r"(?:(?<=\s)|^)(?:an?|#(\d+)) ([a-z]+) aged (#[\d./]+)",
                  lambda m: " ".join([m.group(3)] * int(m.group(1) or 1)) + " years", statements)
    for m in re.finditer(rf"(?P<n>{_N})(?: (?P<next>[a-z]+))?", text):
        nxt = m.group("next")
        u = _unit(nxt) if nxt else None
        if nxt and u is None and nxt not in ("and", "on", "in", "at", "for", "to") and \
                re.fullmatch(r"#\d+", m.group("n")):
            if m.group("n") != "#1":  # "one piece of string is 1.5 inches long"
                counts.append(int(m.group("n")[1:]))
            continue
        values.append(wording.value(m.group("n")))
        unit_of.append(u)
    return values, unit_of, counts


def _same_measure(phrase: str, statements: str) -> bool:
    """Every word of `phrase` is glue, or said (or linked: age and "years old") in the
    statements: the mean is of the values told, not of something else about them."""
    said = {stem(t) for t in re.findall(r"[a-z]+", statements)}
    phrase = re.sub(r"\bper [a-z]+|#\S+", " ", phrase)
    for t in re.findall(r"[a-z]+", phrase):
        if t in _FREE or stem(t) in _FREE or stem(t) in said or _LINKED.get(stem(t), set()) & said:
            continue
        return False
    return True


def _members_named(question: str, statements: str) -> bool:
    """Every clause that tells a number names the members the question names ("the
    puppies", "the quiz"): a clause about something else ("the cat weighs 10 pounds") is not
    one of the members."""
    said = {stem(t) for t in re.findall(r"[a-z]+", statements)}
    named = {stem(t) for t in re.findall(r"[a-z]+", re.sub(r"\bper [a-z]+", " ", question))}
    named = {t for t in named & said if t not in _FREE and t not in _LINKED and
             units.unit(t, abbreviations=False) is None and t not in _AGE}
    clauses = re.split(r"[.;!?]|,? (?:and|while|but) (?=(?:the|an?|her|his|their|its|another|"
                       r"[a-z]+'s)\b)", statements)
    return all(named <= {stem(t) for t in re.findall(r"[a-z]+", c)}
               for c in clauses if "#" in c)


def story_means(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:average|mean)\b", template):
        return None
    w, places, form = nw.read_story(split, template)
    asked_in = {_unit(u) for u in re.findall(r"\bin (years|pounds|inches|feet|meters|points)\b", w)}
    w = re.sub(r"\bso far\b|\bin all\b|\bin (?:years|pounds|inches|feet|meters|points)\b", " ", w)
    w = re.sub(r"\b(the (?:#\d+ )?)(?:younger|older|shorter|taller|lighter|heavier)\b",
               r"\1", w)  # "the two younger children": which members, not a comparison
    w = re.sub(r"(?:^\s*|(?<=[.?!] ))if ([^?]*?), (?=(?:how|what|find)\b)", r"\1. ", w)
    w = re.sub(r"\s+", " ", re.sub(r" ?: ", " ", w))
    # "to average 85", "for her average to be 84": the mean wanted
    w = re.sub(r"\b(?:to|for (?:her|his|their|the) (?:average|mean)(?: [a-z]+)? to) "
               r"(?:average|be) (?=#)", "to have a mean of ", w)
    w = re.sub(r"(#[\d./]+) (?=(?:what|how|find)\b)", r"\1. ", w)  # "aged $15.$ What ..."
    if "@" in w or _BLOCK.search(w):
        return None
    sentences = [s.strip() for s in re.split(r"(?<=[.?!])\s+", w.strip()) if s.strip()]
    if len(sentences) < 2 or not sentences[-1].endswith("?"):
        return None
    question, statements = sentences[-1], " ".join(sentences[:-1])
    told = [(m, where) for where in (statements, question) for p in _TOLD
            for m in p.finditer(where)]
    told = list({(id(where), m.start("v")): (m, where) for m, where in told}.values())  # one
    # value read by two wordings ("to have a mean of 86") is told once
    if len(told) > 1:
        return None
    mean: Fraction | None = None
    if told:
        m, where = told[0]
        mean = wording.value(m.group("v"))
        cut = where[:m.start("v")] + where[m.end("v"):]
        if where is statements:
            statements = cut
        else:
            question = cut
    attr = re.search(rf"{_MEAN}(?: (?P<a>[a-z]+))?", told[0][0].group(0)) if told else None
    if attr and attr.group("a") and not _same_measure(attr.group("a"), statements.replace(
            told[0][0].group(0), " ")) or not _same_measure(question, statements):
        return None  # "the mean of their side lengths" when areas are told
    values, unit_of, counts = _members(statements)
    if not _members_named(question, statements):
        return None  # "the average weight of the dogs" when a cat's weight is told too
    kinds = {units.noun(k) for k in re.findall(r"([a-z]+) aged #", statements)}
    if kinds & {units.noun(t) for t in re.findall(r"[a-z]+", question)}:
        return None  # "the mean age of the boys": a part of the members named by kind
    asked_counts = [int(c) for c in re.findall(r"#(\d+) (?!(?:and|on|in|at|for|to)\b)[a-z]+",
                                                question)]
    counts += asked_counts
    question = re.sub(r"#\d+ (?!(?:and|on|in|at|for|to)\b)(?=[a-z])", "", question)
    if "#" in question or not values:
        return None
    if len({u for u in unit_of if u is not None} | asked_in) > 1:
        raise Decline("values in two units, or asked in another unit than told")
    asks_mean = re.search(rf"\b(?:what|find|compute|determine|calculate)\b.*\b{_MEAN}\b",
                          question) is not None and mean is None
    story = Story([X])
    n = len(values) + (0 if asks_mean else 1)
    ordinal = [_ORDINALS[t] for t in re.findall(r"[a-z]+", question) if t in _ORDINALS]
    # "her first four tests ... the fifth test": the next member asked counts the rest
    next_asked = ordinal == [n] and not set(re.findall(r"[a-z]+", statements)) & set(
        (_UP + " " + _DOWN).split())
    if counts and max(counts) != n and not (next_asked and max(counts) == len(values)) or any(
            c not in (n, len(values)) for c in counts):
        raise Decline("a count told does not match the members")
    member_words = set(_ORDINALS) | set((_UP + " " + _DOWN).split()) | {
        "need", "needs", "other", "remaining", "last", "missing", "next"}
    if asks_mean and member_words & set(re.findall(r"[a-z]+", question)):
        raise Decline("a mean asked about one member: which mean is not told")
    if asks_mean:
        story.state(n * X, sum(values, Fraction(0)), f"the {n} values add up to {n} times the "
                    f"mean")
        answer, steps = story.solve(lambda _sol: X, "the mean")
    else:
        if mean is None:
            return None
        extreme = [t for t in re.findall(r"[a-z]+", question) if t in (_UP + " " + _DOWN).split()]
        if not (ordinal or extreme or re.search(r"\b(?:other|remaining|last|missing|next)\b",
                                                question)):
            return None
        if ordinal and ordinal != [n]:
            raise Decline("the member asked is not the next one")
        story.state(sum(values, Fraction(0)) + X, n * mean, f"the {n} values add up to {n} "
                    f"times the mean")
        answer, steps = story.solve(lambda _sol: X, "the value asked")
        if extreme:
            up = extreme[0] in _UP.split()
            if isinstance(answer, sp.Rational) and (up and answer < max(values) or
                                                    not up and answer > min(values)):
                raise Decline("the extreme asked is not the extreme")
    if isinstance(answer, sp.Rational) and (places is not None or form is not None):
        v = Fraction(int(answer.p), int(answer.q))
        got = nw.in_form_asked(v, nw.tex_of(v), places, form)
        if got is not None:
            return got[0], steps + got[1]
    return answer, steps


__all__ = ["story_means"]
