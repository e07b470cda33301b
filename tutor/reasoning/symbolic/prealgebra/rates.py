"""Reader of direct proportion and unit conversion told as a story: "A car travels 192 miles on
6 gallons of gas. How far can it travel on 8 gallons?", "Rosie makes 3 scarves out of 12 balls
of wool. How many scarves can she make out of 20 balls?", "A box of 40 pens costs $6. How
many dollars do 300 pens cost?", "It costs 4 cents to copy 5 pages. How many pages can you
copy for $3?", "How many seconds are in 4.5 minutes?", "Using 1 inch = 2.54 cm, how many
centimeters tall is a 70-inch door?", "How many hours does it take to drive 300 miles at 50
mph?" (the rate and the amount both in the question).

The statement pairs two amounts (a U1 with b U2; a rate "b U2 per U1" is b U2 with 1 U1),
the question gives one amount c of U1 (or of a unit convertible to it: yards for feet,
dollars for cents, a conversion the problem states: "there are 2 pints in a quart") and
asks for the other ("how many U2", "how far", "how long", "how much ... cost"). The answer
is c b / a, in the unit asked. Words besides amounts, the question and a small vocabulary
of story verbs are allowed only when the story says them twice (the thing measured:
"gallons of gas" ... "gallons"), or as one name or "a car" before a verb: anything else
("not", "more", "already", "each other") leaves the problem unread. A count of agents
(workers, pumps, painters) with a time is inverse proportion and is declined.

Confirmed by `Story`: x / c = b / a evaluated again in exact fractions.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import rate_story_checks as checks
from tutor.reasoning.symbolic.prealgebra import rate_wordings, units, wording
from tutor.reasoning.symbolic.prealgebra.dollar_amounts import (
    dollar_sign_before,
    keep_dollars,
    rounded_answer,
)
from tutor.reasoning.symbolic.prealgebra.relations import Story, times
from tutor.reasoning.symbolic.prealgebra.story_words import plural
from tutor.reasoning.symbolic.typed import FILLER

X = sp.Symbol("x")
_NUM = r"#(?:\d+/\d+|\d+(?:\.\d+)?)"
_VERBS = ("travel travels traveled travelled drive drives drove driven walk walks walked run runs "
          "ran fly flies flew ride rides rode go goes went cover covers covered make makes made "
          "produce produces produced type types typed read reads print prints printed bake bakes "
          "baked use uses used need needs needed require requires required mix mixes mixed buy "
          "buys bought cost costs pay pays paid earn earns earned spend spends spent charge "
          "charges charged fill fills filled eat eats ate copy copies copied move moves moved "
          "swim swims swam burn burns burned weigh weighs weighed contain contains contained "
          "represent represents represented get gets got grow grows grew drip drips dripped "
          "leak leaks leaked lose loses lost pump pumps pumped pour pours poured flow flows "
          "flowed sell sells sold pick picks picked pack packs packed paint paints painted knit "
          "knits knitted sew sews sewed jog jogs jogged hike hikes hiked bike bikes biked "
          "cycle cycles cycled row rows rowed climb climbs climbed write writes wrote written "
          "deliver delivers delivered fold folds folded wash washes washed mow mows mowed "
          "plant plants planted collect collects collected save saves saved call calls called")
_VOCAB = frozenset((_VERBS + " will would can could does do did is are was were be it he she "
                    "they i you we at this that same rate speed average pace constant steady how "
                    "many much far long on in for with of out from using by every each per to "
                    "take takes it these those his her their my your if then there here one "
                    "money tall high long wide deep away there's whole need as must should work "
                    "works worked").split())
_AGENTS = frozenset("people persons workers men women machines pumps painters employees builders "
                    "friends students children teams crews hoses pipes".split())
_NOT_UNITS = frozenset("not no more less than times already left after before total both other "
                      "only extra fewer additional remaining first last next".split())
_ASK = re.compile(r"how (?:(?P<far>far|tall|high|wide|deep)|(?P<long>long)|much (?P<money>money)"
                  r"|many (?P<many>[a-z]+)(?: of (?P<stuff>[a-z]+))?|much (?P<much>[a-z]+)"
                  r"(?= of\b)(?: of (?P<stuff2>[a-z]+))?|much(?P<cost>))")
_QUANTITY = re.compile(rf"(?P<v>{_NUM})(?:-| )(?P<u>[a-z]+)(?: of (?P<stuff>[a-z]+))?")
_RATE = re.compile(r"^(?:per|an|a|each|every|for every|for each) (?P<u>[a-z]+)\b")
_FACT = re.compile(rf"(?:(?:if )?there (?:are|is) (?:approximately |about )?(?P<a>{_NUM}) "
                   rf"(?P<u1>[a-z]+) in (?:a|an|one|(?P<b>#1)) (?P<u2>[a-z]+)|(?:using (?:the "
                   rf"conversion )?)?(?P<a2>{_NUM}) (?P<v1>[a-z]+) (?:=|equals|is equal to) "
                   rf"(?P<b2>{_NUM}) (?P<v2>[a-z]+))")


def _unit(word: str) -> str:
    return units.unit(word) or units.noun(word)


# what a recipe is for, opening a sentence, changes no amount: "to make pizza dough, ..."
_PURPOSE = (r"^to (?:make|bake|cook|prepare|brew|mix) (?:a |an |the |some |her |his |their |"
            r"my |our )?(?:[a-z]+ ){0,2}(?!(?:sum|total|product|difference|profit|number|"
            r"amount|average|mean)\b)[a-z]+, (?=[a-z])")


# "Convert 2.75 hours to minutes." asks "How many minutes are in 2.75 hours?"
_CONVERT = re.compile(r"(?:convert|change|express|rewrite) (?P<amount>@\d+@ [a-z]+) (?:to|into|in|"
                      r"as) (?P<unit>[a-z]+)\s*\.?")


def rates(split: Split, template: str) -> Result | None:
    convert = _CONVERT.fullmatch(template.strip())
    if convert:
        template = f"how many {convert.group('unit')} are in {convert.group('amount')}?"
    if "how" not in template:
        return None
    text, places = nw.take_rounding(split, template)
    w = wording.of(split, keep_dollars(split, text))
    t = rate_wordings.plain(w.text)
    t = re.sub(r"(#\d+) dozen(?: of (?:these|those|the))?\b",
               lambda m: f"#{int(m.group(1)[1:]) * 12}", dollar_sign_before(split, t))
    sentences = [re.sub(_PURPOSE, "", s.strip()) for s in re.split(r"(?<=[.?!;])\s+", t)
                 if s.strip()]
    asked_at = [k for k, s in enumerate(sentences) if _ASK.search(s)]
    if len(asked_at) != 1 or re.search(r"@\d+@", t):
        return None
    facts: dict[tuple[str, str], Fraction] = {}
    pair: list[tuple[Fraction, str]] = []
    said: list[str] = []
    for k, s in enumerate(sentences):
        for f in list(_FACT.finditer(s)):
            u1, u2 = _unit(f.group("u1") or f.group("v1")), _unit(f.group("u2") or f.group("v2"))
            a = wording.value(f.group("a") or f.group("a2"))
            b = wording.value(f.group("b2")) if f.group("b2") else Fraction(1)
            if u1 == u2 or a <= 0 or b <= 0:
                raise Decline("a conversion between one unit and itself")
            facts[(u2, u1)] = a / b  # one u2 is a/b u1
            facts[(u1, u2)] = b / a
            s = s.replace(f.group(0), " ")
            sentences[k] = s
        if k != asked_at[0]:
            pair += _amounts(s, said)
    question = sentences[asked_at[0]]
    ask = _ASK.search(question)
    assert ask is not None
    unit_in = re.search(r",? in (?P<u>[a-z]+)(?=\s*[?.,]|\s*$)", question)
    asked_in = units.unit(unit_in.group("u"), abbreviations=False) if unit_in else None
    if unit_in and asked_in:
        question = question.replace(unit_in.group(0), " ")
        said.append(unit_in.group(0))
    rated: list[int] = []
    given = _amounts(question.replace(ask.group(0), " "), said, rated)
    one = re.search(r"\b(?:in|per) (?P<a>an?|one) (?P<u>[a-z]+)\b", question)
    if not given and one and units.unit(one.group("u"), abbreviations=False):
        given = [(Fraction(1), _unit(one.group("u")))]  # "how many seconds are in an hour"
        said.append(one.group(0))
    if len(pair) == 1 and not given:  # "a board is 30 inches long. how long is it in feet?"
        pair, given = [], pair
    if not pair and len(given) == 3 and len(rated) == 1:
        # the rate and the amount in the question: "how long does it take to drive 300 miles
        # at 50 miles per hour?"
        k = rated[0]
        pair, given = given[k - 1:k + 1], given[:k - 1] + given[k + 1:]
    if len(pair) not in (0, 2) or len(given) != 1 or checks.other_stuff(
            pair, given[0], ask.group("stuff") or ask.group("stuff2")):
        return None
    told = " ".join(s for k, s in enumerate(sentences) if k != asked_at[0])
    verbs = set(_VERBS.split())
    if checks.opposed_verbs(t) or checks.whole_or_two_units(t) or checks.another_name(
            told, question, verbs, _VOCAB | FILLER) or checks.another_actor(told, question) or \
            checks.another_doing(told, question, verbs):
        return None  # "Sam earns $30 in 2 hours. How much does Tom earn / he spend ...?"
    pair, given = _of_stuff(pair), _of_stuff(given, pair)
    rest = " ".join(sentences).replace(ask.group(0), " ")
    for q in said:
        rest = rest.replace(q, " ", 1)
    if re.search(r"\beach\b", " ".join(sentences[:asked_at[0]])) and re.search(
            r"\beach\b(?! [a-z])", rest):
        return None  # "4 pens cost $6 each": six dollars a pen, not for the four
    if not _story_words(rest, set(_base(u) for _, u in pair + given), t):
        return None
    if pair and re.search(r"\bthere (?:are|is|were|was)\b", " ".join(sentences)) and not all(
            units.unit(_base(u)) for _, u in pair + given):
        # "There are 2 leap years in 8 years; how many in 100?", "4 odd numbers in the top 3
        # rows ...": things counted among others are not proportional unless a story says so
        return None
    return _solve(pair, given[0], ask, facts, places, asked_in)


def _amounts(s: str, said: list[str], rated: list[int] | None = None
             ) -> list[tuple[Fraction, str]]:
    """The amounts of a sentence; a rate ("50 miles per hour") is two, and the place of its
    "per" amount is put in `rated`."""
    out: list[tuple[Fraction, str]] = []
    for m in _QUANTITY.finditer(s):
        if m.group("u") in _VOCAB | FILLER | _NOT_UNITS:
            continue  # "2 more hours": a number left unread, so the story is declined
        stuff = m.group("stuff")
        thing = f" of {units.noun(stuff)}" if stuff and stuff not in _VOCAB | FILLER | _NOT_UNITS \
            else ""
        out.append((wording.value(m.group("v")), _unit(m.group("u")) + thing))
        said.append(m.group(0))
        rate = _RATE.match(s[m.end():].lstrip())
        if rate:
            if rated is not None:
                rated.append(len(out))
            out.append((Fraction(1), _unit(rate.group("u"))))
            said.append(rate.group(0))
    return out


def _converted(c: Fraction, u3: str, per: Fraction, target: str) -> Result:
    """"One foot is 12 inches, so 7 feet are 7 · 12 = 84 inches": one step whose product
    the checker confirms."""
    value = c * per
    claim = f"{nw.tex_of(c)} \\cdot {nw.tex_of(per)} = {nw.tex_of(value)}"
    many = u3 if c == 1 else _plural(u3)
    text = (f"One {u3} is {nw.said(per)} {_plural(target)}, so {nw.said(c)} {many} "
            f"{'is' if c == 1 else 'are'} ${claim}$ {_plural(target)}.")
    return sp.Rational(value.numerator, value.denominator), [
        step("convert the units", f"Multiply by the number of {_plural(target)} in one {u3}.",
             text, claim)]


def _plural(u: str) -> str:
    """"cup of sugar" -> "cups of sugar", "inch" -> "inches"."""
    base, _, stuff = u.partition(" of ")
    return f"{plural(base)} of {stuff}" if stuff else plural(u)


def _base(u: str) -> str:
    return u.split(" of ")[0]


def _of_stuff(amounts: list[tuple[Fraction, str]], pair: list[tuple[Fraction, str]] | None = None
              ) -> list[tuple[Fraction, str]]:
    """Amounts keep what they measure ("3 cups of sugar for every 8 cups of flour", "2
    tablespoons of salt for 3 cups of rice") only when the two paired amounts are in units of
    one kind, of two different things; otherwise the unit alone."""
    pair = amounts if pair is None else pair
    if len(pair) == 2 and _one_kind(_base(pair[0][1]), _base(pair[1][1])) and \
            pair[0][1] != pair[1][1] and all(" of " in u for _, u in pair):
        return amounts
    return [(v, _base(u)) for v, u in amounts]


def _one_kind(a: str, b: str) -> bool:
    return a == b or bool(units.unit(a) and units.unit(b) and units.factor(a, b) is not None)


def _story_words(rest: str, measured: set[str], whole: str) -> bool:
    """Every word left is story vocabulary, a unit of the story, a word said twice, or one
    name (or "a car") before a verb."""
    words = re.findall(r"[a-z]+(?:'[a-z]+)?", rest)
    if set(words) & (_AGENTS | _NOT_UNITS) or re.search(r"#\d", rest):
        return False
    verbs = set(_VERBS.split())
    unread = [x for x in words if x not in _VOCAB | FILLER and _unit(x) not in measured]
    named = {x for k, x in enumerate(words[:-1]) if words[k + 1] in verbs | {"can", "will"}}
    named |= {x for k, x in enumerate(words[:-1]) if words[k + 1] in named and re.search(
        rf"(?:^|[.?!,] )\s*{x} {words[k + 1]}\b", rest.strip())}  # "anna lisa" opening a sentence
    every = [units.noun(x) for x in re.findall(r"[a-z]+(?:'[a-z]+)?", whole)]
    # a word said twice, in one form or two ("drips", "drip")
    left = [x for x in unread if every.count(units.noun(x)) < 2 and x not in named]
    return len(set(left)) == 0 and len(named & set(unread)) <= 2


def _days_and_hours(u: str, v: str) -> bool:
    a, b = units.unit(u), units.unit(v)
    return bool(a and b and units.days_and_hours(a, b))


def _convert(amount: Fraction, u: str, to: str, facts: dict[tuple[str, str], Fraction]
             ) -> Fraction | None:
    if u == to:
        return amount
    if (u, to) in facts:
        return amount * facts[(u, to)]
    if units.unit(u) and units.unit(to):
        f = units.factor(u, to)
        return None if f is None else amount * f
    return None


def _solve(pair: list[tuple[Fraction, str]], given: tuple[Fraction, str], ask: re.Match[str],
           facts: dict[tuple[str, str], Fraction], places: int | None, asked_in: str | None
           ) -> Result:
    c, u3 = given
    want = ask.group("many") or ask.group("much")
    stuff = ask.group("stuff") or ask.group("stuff2")
    target = _unit(want) if want else None
    if target and stuff and pair and " of " in pair[0][1]:
        target = f"{target} of {units.noun(stuff)}"  # "how many cups of sugar"
    if asked_in and target and asked_in != target:
        raise Decline("two units are asked")
    target = target or asked_in
    if not pair:  # a conversion
        per = _convert(Fraction(1), u3, target, facts) if target else None
        if per is None or target is None:
            raise Decline("a conversion between units of different kinds")
        back = _convert(c * per, target, u3, facts)
        confirm.check(back is None or back == c, "converting the answer back gives the amount told")
        return rounded_answer(_converted(c, u3, per, target), places)
    story = Story([X])
    (a, u1), (b, u2) = pair
    if u1 == u2 or units.unit(u1) and units.unit(u2) and units.factor(u1, u2) is not None:
        raise Decline("two amounts of the same kind: a scale, not a rate")
    options = []
    pairs = [(u3, u1), (u3, u2)] + ([(target, u1), (target, u2)] if target else [])
    if any(_days_and_hours(u, v) for u, v in pairs):
        raise Decline("a rate in hours asked over days: days of 24 hours, or of work?")
    for (x, ux), (y, uy) in (((a, u1), (b, u2)), ((b, u2), (a, u1))):
        got = _convert(c, u3, ux, facts)
        if got is None:
            continue
        scale = _convert(Fraction(1), uy, target, facts) if target else (
            Fraction(1) if _fits(ask, uy) else None)
        if scale is not None:
            options.append((got, x, y * scale, target or uy))
    if len(options) != 1 or a <= 0 or b <= 0:
        raise Decline("which amount is given and which is asked")
    got, x, y, out_unit = options[0]
    if not units.unit(_base(out_unit)) and (got * y / x).denominator != 1:
        raise Decline(f"a count of {out_unit}s that is not a whole number (round up or down?)")
    many = _plural(out_unit)
    story.state(X * x, times(got, y), f"{got} goes with x {many} as {x} goes with {y} {many}")
    return rounded_answer(story.solve(lambda _sol: X, f"the amount in {many}"), places,
                    out_unit == "dollar")


def _fits(ask: re.Match[str], u: str) -> bool:
    if ask.group("far"):
        return u in units.DISTANCE
    if ask.group("long"):
        return u in units.TIME
    if ask.group("money") or ask.group("cost") is not None:
        return u in {"dollar", "cent"}
    return False


__all__ = ["rates"]
