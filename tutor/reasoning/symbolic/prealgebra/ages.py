"""Reader of ages now, in k years and k years ago: "Seth is twice as old as Brooke. In 4
years the sum of their ages will be 35. How old is Brooke now?", "Ana is 6 years older
than Ben. In 3 years, Ana will be twice as old as Ben. How old is Ben?", "Kim is 4 less
than half the age of Lee. If Lee is 30 years old, how old is Kim?"

"In how many years will her mother be twice as old as Maria?" (the time is the unknown,
positive, found once every age now is fixed); "Sam's age is ..." is "Sam is ..."; "he" or
"she" as a subject is the one person whose word does not say the other sex and who is not
named again in the clause, and "as old as she will be" (or "as old as her", or nothing: "he
will be twice as old") the one person besides the subject. Where both people fit, the
pronoun is read as the subject before it only when that reading has an answer and the other
has none ("John is 3 times as old as Mary. In 10 years he will be twice as old.").

Each person (a one-word name, or a kin word: "her brother", "a father ... the father" are
one person) has an unknown age now; a clause says something of one person at one time ("in
3 years", "5 years ago", "now"), in any order, and a clause after "and" keeps its subject.
Every clause is one equation; ages are whole and never negative at any time mentioned (else
decline); solved and confirmed by `Story`.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.age_pronouns import (
    KIN as _KIN,
)
from tutor.reasoning.symbolic.prealgebra.age_pronouns import (
    NAME as _NAME,
)
from tutor.reasoning.symbolic.prealgebra.age_pronouns import (
    WHEN as _WHEN,
)
from tutor.reasoning.symbolic.prealgebra.age_pronouns import (
    NotMine as _NotMine,
)
from tutor.reasoning.symbolic.prealgebra.age_pronouns import (
    Pronouns as _Pronouns,
)
from tutor.reasoning.symbolic.prealgebra.age_pronouns import (
    said_again,
)
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

_VERB = r"(?P<verb>is|was|will be|would be)"
_OTHER = (rf"(?:as old as (?P<o1>{_NAME})|the age of (?P<o2>{_NAME})|(?P<o3>{_NAME})'s age"
          rf"|(?P<o4>{_NAME})(?!'s)"
          # "as old as she will be (then)": the other person, at the clause's own time
          rf"|as old as (?P<o5>she|he|her|him|the other)(?: (?P<pverb>is|was|will be|would be)"
          r"(?: then)?)?)"
          # the other person at a time of their own: "as old as Bo was 3 years ago"
          rf"(?: (?P<overb>is|was|will be) {_WHEN.replace('?P<', '?P<o')})?")
_PRED = (rf"{_VERB} (?:(?P<k>{NUM}) (?:years? )?(?P<dir>more|less|older|younger) than )?"
         rf"(?:(?P<m>{NUM}) (?:times |of ))?{_OTHER}"
         rf"|{_VERB.replace('verb', 'verb2')} (?P<a>{NUM})(?: years old| years of age)?")
_SUM = (rf"(?:the sum of their ages|their combined ages?|their ages add up to|together they|"
        rf"the sum of the ages of (?P<n1>{_NAME}) with (?P<n2>{_NAME}))"
        rf" (?:(?P<verb>is|was|will be|would be|are|were) )?(?P<s>{NUM})"
        rf"(?: years(?: old)?)?")
_ASK = (rf"(?:how old {_VERB.replace('will be', 'will').replace('would be', 'would')} "
        rf"(?P<who>{_NAME})(?: be)?|what is (?P<who2>{_NAME})'s age"
        rf"|what is the sum of their (?P<both>(?:current |present )?ages))(?: {_WHEN})?")


# "in how many years will Ann be twice as old as Bo?", "how many years ago was Ann three
# times as old as Bo?": the time is the unknown, found from the ages now
_ASK_TIME = (rf"(?:in how many years will (?P<fa>{_NAME}) be|how many years (?:from now|later) "
             rf"will (?P<fa2>{_NAME}) be|how many years ago was (?P<pa>{_NAME})) "
             rf"(?P<m>{NUM}) times as old as (?P<b>{_NAME})")
WHEN = sp.Symbol("t")


def _shift(m: re.Match[str], p: str = "") -> sp.Rational:
    """The time (years from now) said by `_WHEN`'s groups, their names prefixed by `p`."""
    if m.group(p + "fut") or m.group(p + "fut2"):
        return sp.Rational(wording.value(m.group(p + "fut") or m.group(p + "fut2")))
    return -sp.Rational(wording.value(m.group(p + "ago"))) if m.group(p + "ago") \
        else sp.Integer(0)


class _People:
    def __init__(self) -> None:
        self.ages: dict[str, sp.Symbol] = {}

    def age(self, name: str, t: sp.Basic) -> sp.Basic:
        if name not in self.ages:
            self.ages[name] = sp.Symbol(f"a_{{{name.replace(' ', '')}}}")
        return self.ages[name] + t


def _clause(text: str, people: _People, story: Story, times: list) -> None:
    """One clause: [time,] subject predicate [time]; or the sum of their ages."""
    when = rf"(?:{_WHEN},? )?"
    m = re.fullmatch(rf"{when}{_SUM}(?: {_WHEN.replace('?P<', '?P<e')})?", text)
    if m:
        t = _shift(m) if m.group("when") else _late(m)
        _tense(m.group("verb"), t)
        named = [n for n in (m.group("n1"), m.group("n2")) if n]
        if named and named[0] == named[1]:
            raise _NotMine
        for n in named:
            people.age(n, t)
        if len(people.ages) != 2:
            raise Decline("whose ages are summed")
        total = sp.Add(*(people.age(n, t) for n in people.ages))
        story.state(total, sp.Rational(wording.value(m.group("s"))), text)
        times.append(t)
        return
    m = re.fullmatch(rf"{when}(?P<who>{_NAME}) (?:{_PRED})(?: {_WHEN.replace('?P<', '?P<e')})?",
                     text)
    if not m:
        raise _NotMine
    t = _shift(m) if m.group("when") else _late(m)
    _tense(m.group("verb") or m.group("verb2"), t)
    times.append(t)
    left = people.age(m.group("who"), t)
    if m.group("a"):
        story.state(left, sp.Rational(wording.value(m.group("a"))), text)
        return
    other = next(m.group(g) for g in ("o1", "o2", "o3", "o4", "o5") if m.group(g))
    if m.group("o5"):  # the pronoun is the one person besides the subject
        others = [n for n in people.ages if n != m.group("who")]
        if len(others) != 1 or len(people.ages) != 2:
            raise _NotMine
        other = others[0]
        _tense(m.group("pverb"), t)
    if other == m.group("who") or (m.group("o4") and not m.group("k")):
        raise _NotMine
    if (m.group("o1") or m.group("o5")) and not m.group("m") or m.group("o4") and m.group("m"):
        raise _NotMine
    then = t
    if m.group("owhen"):  # "as old as Bo was 4 years ago": Bo at a time of its own
        then = _shift(m, "o")
        _tense(m.group("overb"), then)
        times.append(then)
    right = people.age(other, then) * (sp.Rational(wording.value(m.group("m")))
                                    if m.group("m") else 1)
    if m.group("k"):
        k = sp.Rational(wording.value(m.group("k")))
        right += -k if m.group("dir") in ("less", "younger") else k
    story.state(left, right, text)


def _tense(verb: str | None, t: sp.Basic) -> None:
    """'was' needs a time ago, 'will be' a time to come, 'is' now."""
    if verb is None:
        return
    v = {"are": "is", "were": "was", "would be": "will be", "will": "will be",
         "would": "will be"}.get(verb, verb)
    if not {"is": t == 0, "was": t < 0, "will be": t > 0}[v]:
        raise _NotMine


def _late(m: re.Match[str]) -> sp.Rational:
    """The time said after the clause ('Ann will be 20 in 3 years')."""
    return _shift(m, "e") if m.group("ewhen") else sp.Integer(0)


def ages(split: Split, template: str) -> Result | None:
    if "old" not in template and "age" not in template:
        return None
    w = wording.of(split, template)
    text = re.sub(r"\s*([,.?!])(?=\s|$)", r"\1", w.text).strip()
    # "a father ... his son ... the father ... the son": one word for each person
    text = re.sub(rf"(?<!')\b(?:a|an|the|his|her|their) ({_KIN})\b", r"\1", text)
    # "the sum of Tom's and Ann's ages", "the sum of the ages of a mother and her daughter",
    # "Tom's age plus Ann's age", "Tom and Ann have ages that add up to": one named sum
    for said in (rf"\bthe sum of ({_NAME})'s(?: age)? and ({_NAME})'s ages?",
                 rf"\bthe sum of the ages of ({_NAME}) and ({_NAME})",
                 rf"\b({_NAME})'s age plus ({_NAME})'s age",
                 rf"\b({_NAME}) and ({_NAME}) have ages that(?= add up to)"):
        text = re.sub(said, r"the sum of the ages of \1 with \2", text)
    text = re.sub(r"(the sum of the ages of \S+ with \S+) add up to\b", r"\1 is", text)
    # "Sam's age is twice Tom's age": Sam is
    text = re.sub(r"(?<![a-z'])([a-z]+)'s age (?=(?:is|was|will be|would be) )", r"\1 ", text)
    sentences = [s.strip(" ,") for s in re.split(r"(?<=[.?!])\s+", text) if s.strip()]
    if len(sentences) < 2 or not sentences[-1].endswith("?"):
        return None
    question = sentences[-1].rstrip("?").strip()
    cond = re.fullmatch(r"if (.+?), (how old .+|what is .+)", question)
    clauses_text = sentences[:-1] + ([cond.group(1)] if cond else [])
    ask = re.fullmatch(_ASK, cond.group(2) if cond else question)
    when = None if ask or cond else re.fullmatch(_ASK_TIME, question)
    if not ask and not when:
        return None
    first = _Pronouns()
    try:
        return _read(clauses_text, ask, when, first)
    except _NotMine:
        if not first.fits:
            return None
    # "he" could be either person: read it as each. It is read as the subject before it
    # ("John is 3 times as old as Mary. In 10 years he will be twice as old.") only when
    # that reading has an answer and the other has none (its ages not whole, or below zero
    # at a time it mentions); else declined, naming both readings
    answers: dict[str, Result] = {}
    for who in first.fits:
        try:
            got = _read(clauses_text, ask, when, _Pronouns(who))
        except _NotMine:
            return None
        except Decline as e:
            if str(e) not in _NO_ANSWER:
                raise Decline(f"'{first.said}' could be {' or '.join(first.fits)}") from None
            continue
        if got is None:
            return None
        answers[who] = got
    if list(answers) != [first.continuing]:
        raise Decline(f"'{first.said}' could be {' or '.join(first.fits)}, and "
                      f"{'each reading has an answer' if answers else 'neither has an answer'}")
    return answers.popitem()[1]


# what Story says of a reading that no ages fit (whole, never below zero)
_NO_ANSWER = frozenset({"no solution meets the stated conditions",
                        "the stated relations contradict each other"})


def _read(clauses_text: list[str], ask: re.Match[str] | None, when: re.Match[str] | None,
          pronouns: _Pronouns) -> Result | None:
    """The story's clauses read as equations (a pronoun read as `pronouns` says) and solved."""
    people, story = _People(), Story([])
    times: list[sp.Basic] = []
    for s in clauses_text:
        parts = s.rstrip(".!").split(" and ")
        subject = None
        for part in parts:
            part = said_again(part, list(people.ages), pronouns)
            try:
                _clause(part, people, story, times)
                subject = re.match(rf"(?:{_WHEN},? )?(?P<who>{_NAME}) {_VERB}", part)
                if subject:
                    pronouns.last_subject = subject.group("who")
            except _NotMine:
                if subject is None:
                    raise
                verb = "" if re.match(_VERB, part) else " " + subject.group("verb")
                _clause(f"{subject.group('who')}{verb} {part}", people, story, times)
    if when is not None:
        return _time_asked(when, people, story, times)
    assert ask is not None
    who = ask.group("who") or ask.group("who2")
    if who not in people.ages and not ask.group("both") or len(story.relations) != len(
            people.ages) or ask.group("both") and len(people.ages) != 2:
        raise Decline("the ages are not each fixed by the story")
    t = _shift(ask) if ask.group("when") else sp.Integer(0)
    try:
        _tense(ask.group("verb"), t)
    except _NotMine:
        raise Decline("the time asked about") from None
    story.unknowns = list(people.ages.values())
    story.whole = True
    times.append(t)
    story.allowed = lambda sol: all(sol[a] + u >= 0 for a in story.unknowns for u in times)
    if ask.group("both"):
        if ask.group("both") != "ages" and t != 0:
            raise Decline("the time asked about")  # "their current ages in 3 years"
        target = sp.Add(*(people.age(n, t) for n in people.ages))
        return story.solve(lambda _sol: target, "the sum of their ages")
    target = people.age(who, t)
    return story.solve(lambda _sol: target, f"{who}'s age")


def _time_asked(when: re.Match[str], people: _People, story: Story,
                times: list[sp.Basic]) -> Result:
    """When one is m times as old as the other: every age now is fixed by the story, and
    a + t = m (b + t) fixes t (t years from now, or -t for "how many years ago")."""
    a, b = when.group("fa") or when.group("fa2") or when.group("pa"), when.group("b")
    if a == b or a not in people.ages or b not in people.ages or len(story.relations) != len(
            people.ages):
        raise Decline("the ages now are not each fixed by the story")
    sign = -1 if when.group("pa") else 1
    m = sp.Rational(wording.value(when.group("m")))
    story.state(people.age(a, sign * WHEN), m * people.age(b, sign * WHEN),
                f"{a} is {m} times as old as {b} {'t years ago' if sign < 0 else 'in t years'}")
    story.unknowns = [*people.ages.values(), WHEN]
    story.whole = True
    story.allowed = lambda sol: sol[WHEN] > 0 and all(
        sol[x] + u >= 0 and sol[x] + sign * sol[WHEN] >= 0
        for x in people.ages.values() for u in times)
    return story.solve(lambda _sol: WHEN, "the number of years")


__all__ = ["ages"]
