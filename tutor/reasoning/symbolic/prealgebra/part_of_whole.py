"""Reader of a part of a whole asked as a percent or a fraction: "There are 300 students in a
school; 45 of them walk to school. What percent of the students walk to school?", "Of 40
apples, 10 are green. What fraction of the apples are green?", "A cake weighs 500 grams, of
which 150 grams are sugar. What percent of the cake is not sugar?", "In a class of 25
students, 15 are girls. What percent of the class are girls?".

The whole is n things (or n units of a thing named: "a cake weighs 500 grams"); each part
is k of them with what is said of them ("own cats", "are green"); the question says the
same of the whole, or its negation ("are not green", "do not own cats": n - k). Parts
that say something else are other facts and are not used. Every word must be one of these
phrases, a name before a verb, or glue; any other word leaves the problem unread.

The percent p solves p/100 n = k (a fraction: f n = k), confirmed by `Story` (the
relation evaluated again in exact fractions).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.wording import number
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.relations import Story

X = sp.Symbol("x")
_N = r"(?P<n>#\d+)"
_K = r"(?P<k>#\d+)"
_THING = r"(?P<thing>[a-z]+)"
_BE = r"(?:is|are|was|were)"
_HOLD = r"(?:has|have|had|holds|held|contains|contained|weighs|weighed|includes|included)"
_PLACE = r"(?: (?:in|at|on|of) (?:a|an|the|her|his|their|my|our|your) [a-z]+)?"
_WHOLES = [
    re.compile(rf"there (?:are|were) {_N} {_THING}{_PLACE}"),
    re.compile(rf"(?:an?|the|her|his|their|my|our) (?P<box>[a-z]+)(?: (?:at|in|on|from) "
               rf"[a-z']+(?: [a-z']+){{0,2}})? {_HOLD} {_N} {_THING}"),  # "a pie at the fair"
    re.compile(rf"(?:of|out of|among) (?:the |all )?{_N} {_THING}{_PLACE}"),
    re.compile(rf"in an? (?P<box>[a-z]+) of {_N} {_THING}"),
    re.compile(rf"(?:(?:[a-z]+ (?:conducted|did|ran|took|made) )?a survey of|[a-z]+ surveyed|"
               rf"[a-z]+ asked) (?:the |all )?{_N} {_THING}{_PLACE}"),
]
_ASK = re.compile(r"\b(?:what|which) (?P<how>percent|percentage|fraction) of (?:the|all the|"
                  r"her|his|their|my|its) (?P<whole>[a-z]+) (?P<said>.+?)[\s?.!,]*$")
_PERCENT_PLACE = re.compile(r"[,.]? ?(?:rounded |expressed |correct )?to the nearest (tenth|"
                            r"hundredth|whole|whole number) (?:of a )?percent(?:age)?,?")
_VERBS = frozenset("is are was were own owns owned have has had like likes liked play plays "
                   "played take takes took ride rides rode walk walks walked wear wears wore "
                   "eat eats ate drink drinks drank speak speaks spoke read reads bring brings "
                   "brought prefer prefers preferred choose chooses chose chosen voted vote "
                   "votes said say says do does did".split())
_VERB_WORDS = "|".join(sorted(_VERBS))
_NOT_SAID = frozenset("more fewer less percent times of out each per than at least most or and "
                      "the a an to in on".split())
_PART = re.compile(rf"(?:of which |of whom |and |only |just )*{_K}(?: (?!(?:of|{_VERB_WORDS})\b)"
                   rf"(?P<unit>[a-z]+))?(?: of (?:the (?P<of>[a-z]+)|them|these|those))? "
                   rf"(?P<said>.+)")
_DO = {"do": "", "does": "", "did": ""}


def _said(words: str) -> tuple[bool, tuple[str, ...]]:
    """What is said of a part, with "is/are", "do/does" set aside and "not" read out:
    (negated, words)."""
    toks = words.split()
    if not toks or toks[0] in _NOT_SAID or any(t.startswith("#") for t in toks):
        raise Decline("what is said of a part")  # "10 more are red", "5 percent of ..."
    neg = len(toks) > 1 and toks[1] == "not"
    if neg:
        toks = [toks[0]] + toks[2:]
    head = toks[0]
    if head in _DO:  # "do not own cats" / "does not own cats"
        toks = toks[1:]
    elif head in ("is", "are", "was", "were"):
        toks = ["be"] + toks[1:]
    return neg, tuple(units.noun(t) for t in toks)


def part_of_whole(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:percent|percentage|fraction) of\b", template):
        return None
    pct = _PERCENT_PLACE.search(template)  # "to the nearest tenth of a percent"
    text = template if pct is None else template.replace(pct.group(0), ". ", 1)
    text, places = nw.take_rounding(split, text)
    if pct is not None:
        if places is not None:
            raise Decline("two roundings are asked")
        places = {"tenth": 1, "hundredth": 2}.get(pct.group(1), 0)
    text, form = nw.take_form(text)
    w = wording.of(split, text).text
    ask = _ASK.search(w)  # the question ends the problem (a rounding taken out may join it)
    if ask is None:
        return None
    sentences = [s.strip(" .;") for s in re.split(r"(?<=[.?!;])\s+", w[:ask.start()])
                 if s.strip(" .;")]
    clauses = [c.strip() for s in sentences
               for c in re.split(r",\s+|\s+while\s+|\s+and\s+(?=#)|\s+(?:found|showed|shows|"
                                 r"revealed) that\s+", _unnamed(s)) if c.strip()]
    whole: tuple[int, str, str | None] | None = None
    parts: list[tuple[Fraction, str | None, str | None, str]] = []
    for c in clauses:
        c = re.sub(r"^(?:if|so|then|and|but|while|whereas) ", "", c)
        m = next((m for p in _WHOLES if (m := p.fullmatch(_unnamed(c)))), None)
        if m is not None:
            if whole is not None:
                raise Decline("two wholes")
            whole = (number(m.group("n")), m.group("thing"), m.groupdict().get("box"))
            continue
        p = _PART.fullmatch(_unnamed(c))
        if p is None:
            return None
        parts.append((wording.value(p.group("k")), p.group("unit"), p.group("of"),
                      p.group("said")))
    if whole is None or not parts:
        return None
    n, thing, box = whole
    if units.noun(ask.group("whole")) not in {units.noun(thing), units.noun(box or thing)}:
        return None
    neg, said = _said(ask.group("said"))
    used = []
    for k, unit, of, part_said in parts:
        if unit is not None and units.noun(unit) != units.noun(thing) or \
                of is not None and units.noun(of) != units.noun(thing):
            return None
        pn, ps = _said(part_said)
        if ps == said:
            used.append((k, neg != pn))
    if len(used) != 1:
        raise Decline("which part is asked")
    k, complement = used[0]
    if k > n:
        raise Decline("a part larger than the whole")
    part = n - k if complement else k
    story = Story([X])
    scale = 100 if ask.group("how") != "fraction" else 1
    story.state(X * n, part * scale, f"{'x percent' if scale == 100 else 'x'} of {n} is {part}")
    answer, steps = story.solve(lambda _sol: X, "the percent" if scale == 100 else "the fraction")
    if places is not None and isinstance(answer, sp.Rational):
        return nw.rounded(Fraction(int(answer.p), int(answer.q)), places)[0], steps
    if form == "decimal" and isinstance(answer, sp.Rational):
        return nw.shown(Fraction(int(answer.p), int(answer.q)), form), steps
    return answer, steps


def _unnamed(clause: str) -> str:
    """A name before a verb is who acts: "lyndy found that ..." -> "..."."""
    return re.sub(r"^[a-z]+ (?:found|learned|counted|noticed|saw) that ", "", clause)


__all__ = ["part_of_whole"]
