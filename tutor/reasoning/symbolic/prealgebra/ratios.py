"""Reader of ratios of two kinds of things: "The ratio of boys to girls in a class is 3:5.
If there are 24 girls, how many boys are there?", "In a bag the ratio of red marbles to
blue marbles is 2 to 7 and there are 36 marbles in all. How many blue marbles are
there?", "The ratio of cats to dogs is 4:3; there are 12 more cats than dogs ...".

"There are three times as many girls as boys; there are 48 students in all ...", "In a
class of 35 students, there are 5 more girls than boys ...".

The two counts are `a` (the first kind) and `b`; the ratio (or "m times as many a as b",
a ratio m : 1) says q a = p b, and one more sentence fixes them: a count of one kind, the
total, or the difference. Without a ratio, "k more (fewer) a than b" is one sentence and
the total the other; "p% more (fewer) a than b" says a = (1 + p/100) b (or 1 - p/100). The
question asks one kind, the total, or how many more of one kind than the other. A total must
count both kinds (their shared noun, or "students" for boys and girls). Counts of things must
be whole and not negative (else decline); solved and confirmed by `Story`.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

A, B = sp.symbols("a b")
_NOUN = r"(?:[a-z]+ )?(?:[a-z]+s|people|children|men|women|sheep|geese|mice)"
_PLACES = (r"(?:in|at|on) (?:a|the|her|his|my|our|their) (?:school )?(?:class|classroom|bag|box|"
           r"club|school|group|jar|room|team|zoo|farm|library|shelf|collection|garden|parking lot|"
           r"shop|store|pet store|choir|orchestra|basket|shelter)")
_PLACE = rf"(?: {_PLACES})?"
_RATIO = (rf" the ratio of (?:the number of )?(?P<a>{_NOUN}) to (?:the number of )?(?P<b>{_NOUN})"
          rf"{_PLACE} is (?P<p>{NUM})(?: ?: ?| to )(?P<q>{NUM})")
_THERE = r"(?:if |and )?(?:there are|there were|the [a-z]+ (?:has|had|contains)) "
_HOLDER = (r"(?:if |and )?(?:there are|there were|(?:a|an|the) (?:class|classroom|bag|box|club|"
           r"school|group|jar|team|zoo|farm|library|shelf|garden|shop|store|basket|shelter|"
           r"choir|orchestra) (?:has|had|contains|holds))")
# "there are 3 times as many girls as boys", "a jar has half as many red beads as blue beads"
_TIMES = rf" {_HOLDER} (?P<m>{NUM}) times as many (?P<a>{_NOUN}) as (?P<b>{_NOUN}){_PLACE}"
# "in a class of 35 students, ...": the whole, said first
_WHOLE = (rf" in (?:a|an|the) (?:class|club|group|team|school|choir) of (?P<n>{NUM}) "
          rf"(?P<what>{_NOUN}),?")
_COUNT = rf" {_THERE}(?P<n>{NUM}) (?P<what>{_NOUN})(?P<all> in all| altogether| in total)?{_PLACE}"
_TOTAL = (rf" {_THERE}(?:a total of )(?P<n>{NUM}) (?P<what>{_NOUN}){_PLACE}"
          rf"| {_THERE}(?P<n2>{NUM}) (?P<what2>{_NOUN})(?: in all| altogether| in total){_PLACE}")
_MORE = (rf" {_THERE}(?P<n>{NUM}) (?P<dir>more|fewer) (?P<x>{_NOUN}) than (?P<y>{_NOUN}){_PLACE}")
_ASK = (rf" how many (?P<what>{_NOUN})(?P<all> in all| altogether| in total)? (?:are|were)"
        rf"(?: there)?(?P<all2> in all| altogether| in total)?{_PLACE}\s*[?.]? $")
# "there are 20% fewer girls than boys", "... and 20% more girls than boys"
_PERCENT_MORE = (rf" (?:{_THERE}|and )(?P<n>{NUM}) percent (?P<dir>more|fewer|less) "
                 rf"(?P<x>{_NOUN}) than (?P<y>{_NOUN}){_PLACE}")
# "how many more girls than boys are there?": the difference asked
_ASK_MORE = (rf" how many (?:more|fewer) (?P<x>{_NOUN}) than (?P<y>{_NOUN}) (?:are|were)"
             rf"(?: there)?{_PLACE}\s*[?.]? $")
_GLUE = frozenset({"and"})


def _kind(noun: str, a: str, b: str) -> str | None:
    """Which kind a noun names: the same words as a kind (or its last word)."""
    hits = [k for k, name in (("a", a), ("b", b)) if noun in (name, name.split()[-1])]
    return hits[0] if len(hits) == 1 else None


_PEOPLE = frozenset("boys girls men women adults children teachers students".split())
_ANIMALS = frozenset("cats dogs rabbits birds hamsters cows pigs horses chickens ducks goats "
                     "sheep".split())
_COLLECTIVE = {"students": _PEOPLE, "people": _PEOPLE, "children": _PEOPLE - {"adults"},
               "kids": _PEOPLE - {"adults"}, "animals": _ANIMALS, "pets": _ANIMALS}


# kinds that between them are everyone a word for a group of people names: "the ratio of
# boys to girls ... there are 40 students" counts both kinds, with no third kind
_PARTS = (frozenset({"boys", "girls"}), frozenset({"men", "women"}),
          frozenset({"adults", "children"}))
_GROUPS = frozenset("students pupils people children kids members players".split())


def _everyone(noun: str, a: str, b: str) -> bool:
    """A bare count of a group word ("there are 40 students") is the total of two kinds that
    split every person in two ("boys" and "girls")."""
    return frozenset({a, b}) in _PARTS and noun in _GROUPS - {a, b}


def _collects(noun: str, a: str, b: str) -> bool:
    """A total named by the kinds' common last word ("marbles") or a word for both."""
    last = {a.split()[-1], b.split()[-1]}
    return last == {noun} or {a, b} <= _COLLECTIVE.get(noun, frozenset())


# "the ratio of red to blue marbles": two kinds named by their words before one noun
_SHARED = re.compile(r"\bratio of (?P<x>(?![a-z]*s\b)[a-z]+) to (?P<y>(?![a-z]*s\b)[a-z]+) "
                     r"(?P<n>(?!(?:is|was|has)\b)[a-z]+s)\b")
# "how many girls?" at the end, with no verb: "how many girls are there?"
_BARE_ASK = re.compile(r"\bhow many (?P<what>(?:[a-z]+ )?[a-z]+)\s*(?P<mark>[?.]?)\s*$")


def said_in_full(template: str) -> str:
    """The template with each kind said in full where the words before a shared noun name
    them ("the ratio of red to blue marbles ... 12 more blue than red" as "... red marbles to
    blue marbles ... 12 more blue marbles than red marbles"), and a bare question "how many
    girls?" asked as "how many girls are there?"; "ratio of" opening the text is "the ratio
    of"."""
    if (shared := _SHARED.search(template)) is not None:
        x, y, noun = shared.group("x", "y", "n")
        template = template.replace(shared.group(0), f"ratio of {x} {noun} to {y} {noun}", 1)
        template = re.sub(rf"\b(?P<d>more|fewer) (?P<p>{x}|{y})(?: {noun})? than "
                          rf"(?P<q>{x}|{y})(?: {noun}| ones)?\b",
                          rf"\g<d> \g<p> {noun} than \g<q> {noun}", template)
    template = re.sub(r"^(\s*)ratio of\b", r"\1the ratio of", template)  # typed without "the"
    return _BARE_ASK.sub(r"how many \g<what> are there\g<mark> ", template)


def ratios(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:ratio|as many|more|fewer|less)\b", template) or \
            "how many" not in template:
        return None
    template = said_in_full(template)
    w = wording.of(split, template)
    whole = w.take_one(_WHOLE)
    w.take(rf"^ {_PLACES},?(?= )")
    ratio, asked = w.take_one(_RATIO) or w.take_one(_TIMES), w.take_one(_ASK) or w.take_one(
        _ASK_MORE)
    # without a ratio, the first "k more x than y" names the two kinds
    first = None if ratio else next((m for p in (_PERCENT_MORE, _MORE)
                                     for m in re.finditer(p, w.text)), None)
    if asked is None:
        return None
    if ratio is not None:
        a, b = ratio.group("a"), ratio.group("b")
    elif first is not None:
        a, b = first.group("x"), first.group("y")
    else:
        return None
    if a == b or a.split()[-1] == b.split()[-1] and a.split()[0] == b.split()[0]:
        raise Decline("two kinds with one name")
    story = Story([A, B], whole=True)
    if ratio is not None:
        times = "m" in ratio.groupdict()
        p, q = (sp.Rational(wording.value(ratio.group(k))) for k in (
            ("m", "m") if times else ("p", "q")))
        q = sp.Integer(1) if times else q
        if p <= 0 or q <= 0:
            raise Decline("a ratio of positive numbers")
        story.state(q * A, p * B, f"{a} = {p} \\times {b}".replace("#", "") if times
                    else f"{a} : {b} = {p} : {q}")
    if whole is not None:
        if not _everyone(whole.group("what"), a, b):
            raise Decline("a whole that is not the two kinds together")
        story.state(A + B, sp.Rational(wording.value(whole.group("n"))),
                    f"{a} and {b} together are the {whole.group('n')} {whole.group('what')}"
                    .replace("#", ""))
    for m in w.take(_TOTAL):
        what = m.group("what") or m.group("what2")
        if not (_collects(what, a, b) or _everyone(what, a, b)):
            raise Decline("a total of something not in the ratio")
        story.state(A + B, sp.Rational(wording.value(m.group("n") or m.group("n2"))),
                    f"there are {m.group('n') or m.group('n2')} in all".replace("#", ""))
    for m in w.take(_PERCENT_MORE):
        x, y = _kind(m.group("x"), a, b), _kind(m.group("y"), a, b)
        if not x or not y or x == y:
            raise Decline("more of which kind")
        p = sp.Rational(wording.value(m.group("n"))) / 100
        scale = 1 + p if m.group("dir") == "more" else 1 - p
        story.state(A if x == "a" else B, scale * (B if x == "a" else A),
                    m.group(0).strip().replace("#", ""))
    for m in w.take(_MORE):
        x, y = _kind(m.group("x"), a, b), _kind(m.group("y"), a, b)
        if not x or not y or x == y:
            raise Decline("more of which kind")
        big, small = (A, B) if (x == "a") == (m.group("dir") == "more") else (B, A)
        story.state(big - small, sp.Rational(wording.value(m.group("n"))),
                    m.group(0).strip().replace("#", ""))
    for m in w.take(_COUNT):
        k = _kind(m.group("what"), a, b)
        if k is None and _everyone(m.group("what"), a, b):
            story.state(A + B, sp.Rational(wording.value(m.group("n"))),
                        f"{a} and {b} together are the {m.group('n')} {m.group('what')}"
                        .replace("#", ""))
            continue
        if m.group("all") or k is None:
            raise Decline("a count of something not in the ratio")
        story.state(A if k == "a" else B, sp.Rational(wording.value(m.group("n"))),
                    m.group(0).strip().replace("#", ""))
    if len(story.relations) != 2 or not w.only_glue(_GLUE):
        return None
    said = re.sub(r"#(\S+)", r"\1", asked.group(0).strip(" ?."))
    if "x" in asked.groupdict():
        return _more_asked(story, asked, a, b, said)
    k = _kind(asked.group("what"), a, b)
    # "how many students are in the class" after boys to girls: everyone, said by a group word
    total = bool(asked.group("all") or asked.group("all2")) or k is None and (
        _everyone(asked.group("what"), a, b) or _collects(asked.group("what"), a, b))
    if total == bool(k) or total and not _collects(asked.group("what"), a, b):
        raise Decline("which count is asked")

    def target(sol: dict) -> sp.Basic:
        if sol[A] < 0 or sol[B] < 0:
            raise Decline("a negative count")
        return A + B if total else (A if k == "a" else B)

    return story.solve(target, said)


def _more_asked(story: Story, asked: re.Match[str], a: str, b: str, said: str) -> Result:
    """How many more of one kind than the other: a - b (or b - a), which must be positive
    ("how many fewer" the other way round)."""
    x, y = _kind(asked.group("x"), a, b), _kind(asked.group("y"), a, b)
    if not x or not y or x == y:
        raise Decline("more of which kind")
    fewer = " fewer " in asked.group(0)
    big, small = (A, B) if (x == "a") != fewer else (B, A)

    def target(sol: dict) -> sp.Basic:
        if sol[A] < 0 or sol[B] < 0 or sol[big] <= sol[small]:
            raise Decline("the kind asked to be more is not")
        return big - small

    return story.solve(target, said)


__all__ = ["ratios"]
