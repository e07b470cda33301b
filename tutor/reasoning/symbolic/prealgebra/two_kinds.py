"""Reader of two kinds of things counted by two totals: how many things in all, and the total
of something each kind carries (legs, dollars, points, wheels). "Adult tickets cost $5 and
child tickets cost $3. A total of 100 tickets were sold for $420. How many adult tickets were
sold?", "A room has tables with 4 legs and stools with 3 legs; 20 pieces of furniture have 71
legs in all. How many tables are there?", "A farm has chickens and cows, 30 heads and 80 legs
in all. How many cows are there?" (a chicken's 2 legs and a cow's 4 are known).

Each kind is named with what one of it carries ("tables with 4 legs", "child tickets cost $3",
"$3 for each child ticket", "each stool has 3 legs"); one more number counts the things
(a noun the kinds share, "heads", "animals", "pieces of furniture", "coins", "items") and one
totals what they carry, in the same measure. Counts a and b solve a + b = N and
v a + w b = T; they must be whole and not negative. The question asks how many of one kind.
Words that change the maths ("more", "than", "twice", "not", "left", "same", "change")
leave the story unread. Solved and confirmed by `Story`, then again by trying every split of
the N things.
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
from tutor.reasoning.symbolic.prealgebra.dollar_amounts import dollar_sign_before, keep_dollars
from tutor.reasoning.symbolic.prealgebra.relations import Story

_NUM = r"#(?:\d+(?:\.\d+)?)"
_MEASURES = frozenset("leg dollar cent point wheel wing tire wheel seat".split())
_KIND = r"(?P<kind>(?:[a-z]+ )?[a-z]+)"
_PER_ITEM = [re.compile(p) for p in (
    # "adult tickets cost $5", "tables with 4 legs", "each stool has 3 legs"
    rf"\b{_KIND} (?:cost|costs|sell for|sells for|sold for|are worth|is worth|with|have|has|"
    rf"had|score|scores|earn|earns|pay|pays|are|is|for|at) (?P<v>{_NUM}) (?P<m>[a-z]+)"
    rf"(?: each| apiece)?",
    # "$3 for each child ticket", "4 legs on every table", "$8 for adults"
    rf"(?P<v>{_NUM}) (?P<m>[a-z]+) (?:(?:for|per|on|a|an) (?:each|every|one|a|an)|for) "
    r"(?P<kind>[a-z]+(?: (?!and\b|or\b|but\b|while\b)[a-z]+)?)\b",
)]
_KNOWN_LEGS = {**{a: 2 for a in "chicken hen rooster duck goose turkey bird ostrich".split()},
               **{a: 4 for a in "cow pig horse goat sheep dog cat rabbit lamb donkey".split()},
               "spider": 8, "ant": 6, "beetle": 6, "insect": 6}
_IRREGULAR = {"geese": "goose", "mice": "mouse", "oxen": "ox", "sheep": "sheep",
              "calves": "calf", "wolves": "wolf", "geese's": "goose"}
# animals whose legs this reader does not count: naming one leaves the story unread
_OTHER_ANIMALS = frozenset("mouse ox calf wolf fish snake worm crab octopus lion tiger bear "
                           "frog kangaroo camel deer monkey elephant zebra bee fly".split())
_GENERAL = frozenset("head animal item thing piece coin vehicle pet object creature person "
                     "people visitor guest customer ticket".split())
_UNREAD = frozenset("not no more fewer less than twice times left remaining same change "
                    "percent discount off tax extra only except both another other free counting "
                    "including included plus besides excluding without".split())
_GLUE = frozenset("the a an of many all total some these those their his her its our my "
                   "sold bought each every".split())
_DETERMINERS = frozenset("the a an each every one some".split())
# words before a kind that are not part of its name ("a room has tables with 4 legs")
_LEAD = _DETERMINERS | frozenset("has have had and with of there sells sell sold buys buy "
                                 "bought also while but whereas makes make offers".split())
_NOT_KIND = frozenset("were was are is total all sold bought together altogether".split())


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(units.noun(w) for w in phrase.split() if w not in _DETERMINERS)


def _kind(m: re.Match[str], story: str) -> tuple[str, ...] | None:
    """The kind a per-item fact names, or None when the match is a total ("20 pieces of
    furniture with 71 legs in all", "tickets were sold for $420")."""
    words, lead = m.group("kind").split(), []
    while words and words[0] in _LEAD:
        lead.append(words.pop(0))
    before = story[:m.start("kind")]
    after = story[m.end():m.end() + 16]
    counted = re.search(r"#\S+(?: [a-z]+)? $", before) and lead in ([], ["of"])
    if not words or set(words) & _NOT_KIND or counted or \
            re.match(r"\s*(?:in all|in total|altogether|together|total)\b", after) or \
            re.match(r"\s*(?:,|and|or) (?:[a-z]+ )?[a-z]+\b(?! #)", after) and \
            m.start("kind") > m.start("v") or \
            re.search(r"\btotal(?: of)? $", before):
        return None
    return _words(" ".join(words))


def two_kinds(split: Split, template: str) -> Result | None:
    if "how many" not in template:
        return None
    text, places, form = nw.read_story(split, keep_dollars(split, template))
    text = dollar_sign_before(split, text)
    # "adult tickets to a play cost $8": the event says nothing of the kinds
    text = re.sub(r"\b(tickets?) (?:to|for) (?:a|an|the|our|their) (?:school )?(?:play|show|"
                  r"concert|game|movie|fair|museum|zoo|dance|match|musical|circus)\b", r"\1",
                  text)
    if places is not None or form is not None or "@" in text or \
            set(re.findall(r"[a-z]+", text)) & _UNREAD:
        return None
    ask = re.search(r"\bhow many (?P<w>(?:[a-z]+ ){0,2}?[a-z]+) (?:are|were|is|was|did|does|do|"
                    r"can|will|would|has|have|had|came|visited|attended|went|entered)\b[^#]*$",
                    text)
    if ask is None:
        return None
    story = text[:ask.start()]
    kinds: dict[tuple[str, ...], tuple[Fraction, str]] = {}
    spans: list[tuple[int, int]] = []
    for p in reversed(_PER_ITEM):  # "tickets cost $8 for each adult": the kind is "adult"
        for m in p.finditer(story):
            if m.span("v") in spans:
                continue
            measure, kind = units.noun(m.group("m")), _kind(m, story)
            if measure not in _MEASURES or kind is None:
                continue
            if kind in kinds:
                return None
            kinds[kind] = (wording.value(m.group("v")), measure)
            spans.append(m.span("v"))
    numbers = [m for m in re.finditer(rf"(?P<v>{_NUM}) (?P<n>[a-z]+)(?: of (?P<of>[a-z]+))?",
                                      story) if m.span("v") not in spans]
    if len(re.findall(r"#", text)) != len(spans) + len(numbers):
        return None
    measures = {m for _, m in kinds.values()}
    if len(kinds) == 0 and len(numbers) == 2:
        kinds = _animals(story, numbers)
        measures = {"leg"}
    if len(kinds) != 2 or len(measures) != 1 or len(numbers) != 2:
        return None
    measure = measures.pop()
    (a_words, (va, _)), (b_words, (vb, _)) = kinds.items()
    if va == vb or not a_words or not b_words:
        return None
    total = [m for m in numbers if units.noun(m.group("n")) == measure]
    count = [m for m in numbers if m not in total]
    if len(total) != 1 or len(count) != 1:
        return None
    counted = {units.noun(count[0].group("n")), units.noun(count[0].group("of") or "")}
    if not counted & (_GENERAL | (set(a_words) & set(b_words))):
        return None
    if not _only_two(text, a_words, b_words):
        return None
    asked = set(_words(ask.group("w")))
    which = [k for k in (a_words, b_words) if set(k) - set(a_words if k is b_words else b_words)
             <= asked]
    if len(which) != 1:
        return None
    n, t = wording.value(count[0].group("v")), wording.value(total[0].group("v"))
    return _solve((a_words, va), (b_words, vb), n, t, measure, which[0])


def _only_two(text: str, a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """A noun the two kinds share ("adult tickets", "child tickets") is said of no third kind
    ("senior tickets are free")."""
    shared = set(a) & set(b)
    modifiers = (set(a) | set(b)) - shared
    words = text.split()
    for k, w in enumerate(words):
        if k and units.noun(w.strip(",.?")) in shared and words[k - 1] not in modifiers and \
                re.fullmatch(r"[a-z]+", words[k - 1]) and words[k - 1] not in _GLUE:
            return False
    return True


def _animals(story: str, numbers: list[re.Match[str]]
             ) -> dict[tuple[str, ...], tuple[Fraction, str]]:
    """Two kinds of animals named, counted by heads and legs: legs each are known."""
    if {units.noun(m.group("n")) for m in numbers} not in ({"head", "leg"}, {"animal", "leg"}):
        return {}
    pairs = [p for p in re.finditer(
        r"(?<![a-z], )(?<!and )(?<!or )\b(?:some )?(?P<a>[a-z]+),? (?:and|or) (?:some )?"
        r"(?P<b>[a-z]+)\b(?!,? (?:and|or) )", story)
        if _animal(p.group("a")) in _KNOWN_LEGS or _animal(p.group("b")) in _KNOWN_LEGS]
    named = [[_animal(p.group("a")), _animal(p.group("b"))] for p in pairs]
    if len(named) != 1 or not set(named[0]) <= set(_KNOWN_LEGS) or named[0][0] == named[0][1]:
        return {}
    # every other word of the story is no animal, or the two named are not the only kinds
    words = {_animal(x) for x in re.findall(r"[a-z]+", story)} - set(named[0])
    if words & (set(_KNOWN_LEGS) | _OTHER_ANIMALS):
        return {}
    return {(w,): (Fraction(_KNOWN_LEGS[w]), "leg") for w in named[0]}


def _animal(word: str) -> str:
    return _IRREGULAR.get(word, units.noun(word))


def _solve(a: tuple[tuple[str, ...], Fraction], b: tuple[tuple[str, ...], Fraction], n: Fraction,
           t: Fraction, measure: str, asked: tuple[str, ...]) -> Result:
    x, y = sp.symbols("a b")
    name_a, name_b = " ".join(a[0]), " ".join(b[0])
    story = Story([x, y], positive=False, whole=True,
                  allowed=lambda sol: sol[x] >= 0 and sol[y] >= 0)
    story.state(x + y, sp.Rational(n), f"a {name_a}s and b {name_b}s make {n} in all")
    story.state(sp.Rational(a[1]) * x + sp.Rational(b[1]) * y, sp.Rational(t),
                f"{a[1]} {measure}s for each {name_a} and {b[1]} for each {name_b} make {t}")
    target = x if asked == a[0] else y
    answer, steps = story.solve(lambda _sol: target, f"the number of {' '.join(asked)}s")
    if n.denominator != 1 or n > 10**6:
        raise Decline("a count of things that is not a whole number")
    splits = [k for k in range(int(n) + 1) if a[1] * k + b[1] * (int(n) - k) == t]
    confirm.check(len(splits) == 1 and sp.Integer(splits[0] if target is x else int(n) - splits[0])
                  == answer, "every split of the things tried: one gives the total")
    return answer, steps


__all__ = ["two_kinds"]
