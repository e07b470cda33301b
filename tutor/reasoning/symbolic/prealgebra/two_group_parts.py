"""Reader of a whole made of two groups whose sizes are not told, found from the part of each
group that did something: "A drama club has 30 members. Only 20 came to the rehearsal: half of
the girls came but all of the boys came. How many girls are in the club?", "A school has 900
students, and 560 of them went on the trip. If three-fourths of the girls and one-half of the
boys went, how many girls went on the trip?", "Of the 400 students, 130 walk to school: 40% of
the boys and 25% of the girls walk. How many boys are at the school?".

The statements tell two whole numbers, the whole N and the count M that did the thing (M less
than N), and one list of two parts, each a fraction, a percent or "all" of a group ("3/4 of the
girls and 1/2 of the boys", "all of the boys and a third of the girls"). The question asks how
many of one of the groups there are ("are in the club", "were at the party", "are there"), how
many of them did the thing, or how many of them did not. The sizes a and b solve a + b = N and
p a + q b = M; they and each part must be whole. Solved with SymPy and confirmed by trying every
split of the N. A third number, a third group, or a word that changes the maths ("more",
"than", "each", "left", "twice") leaves it unread.
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
from tutor.reasoning.symbolic.prealgebra import units
from tutor.reasoning.symbolic.prealgebra.story_words import IRREGULAR_PLURALS

_SHARE = r"(?:#\d+/\d+|#\d+(?:\.\d+)? percent|all)"
_GROUP = r"[a-z]+"
_PART = rf"(?P<s{{k}}>{_SHARE}) of (?:the |all the |all of the )?(?P<g{{k}}>{_GROUP})"
_PAIR = re.compile(_PART.format(k=0) + r"(?: [a-z]+(?: [a-z]+)*?)?,? (?:and|but|while) "
                   + _PART.format(k=1) + r"\b")
_UNREAD = re.compile(r"\b(?:more|fewer|less|than|times|twice|each|every|per|left|remaining|"
                     r"rest|remainder|both|neither|either|not|no|average|mean|ratio|"
                     r"respectively|except|other)\b")
_SIZE_ASK = re.compile(r"^(?:are|were|is|was) (?:there\b|(?:in|on|at|of) )")


def _noun(word: str) -> str:
    last = word.split()[-1]
    return " ".join([*word.split()[:-1], IRREGULAR_PLURALS.get(last, units.noun(last))])


def _share(s: str) -> Fraction:
    if s == "all":
        return Fraction(1)
    if s.endswith(" percent"):
        return Fraction(s[1:-len(" percent")]) / 100
    return Fraction(s[1:])


def two_group_parts(split: Split, template: str) -> Result | None:
    sentences = nw.story_sentences(split, template)
    if sentences is None or len(sentences) < 2:
        return None
    text = " ".join(sentences)
    pairs = list(_PAIR.finditer(text))
    if len(pairs) != 1:
        return None
    pair = pairs[0]
    groups = [_noun(pair.group("g0")), _noun(pair.group("g1"))]
    shares = [_share(pair.group("s0")), _share(pair.group("s1"))]
    if groups[0] == groups[1] or not all(0 <= s <= 1 for s in shares) or shares[0] == shares[1]:
        return None
    last = sentences[-1]
    cut = max(last.rfind(", how "), last.rfind(", what "))
    question = last[cut + 2:] if cut >= 0 else last
    statements = text[:len(text) - len(question)]
    rest = statements.replace(pair.group(0), " ")
    if _UNREAD.search(rest) or "@" in text:
        return None
    if {_noun(w) for w in re.findall(r"[a-z]+", rest)} & {g.split()[-1] for g in groups}:
        return None  # "500 students and 200 in the band; 30% of the students and 50% of the
        # band": a group named elsewhere is no part of a whole split in two
    numbers = [Fraction(v) for v in re.findall(r"#(\d+(?:\.\d+)?(?:/\d+)?)", rest)]
    if len(numbers) != 2 or any(v.denominator != 1 for v in numbers) or numbers[0] == numbers[1]:
        return None
    whole, done = max(numbers), min(numbers)
    if not _counts_the_deed(sentences, pair, done):
        return None
    after = [re.match(r" ([a-z]+)", text[pair.end(f"g{k}"):]) for k in (0, 1)]
    if after[0] and after[1] and after[0].group(1) == after[1].group(1):  # "the red cars"
        question = re.sub(rf"\b({pair.group('g0')}|{pair.group('g1')}) {after[0].group(1)}\b",
                          r"\1", question)
    ask = re.fullmatch(rf"how many (?:of the )?(?P<g>{_GROUP}) (?P<rest>.+)", question)
    if ask is None or "#" in question or _noun(ask.group("g")) not in groups:
        return None
    asked_group = _noun(ask.group("g"))
    tail = ask.group("rest")
    if re.search(r"\b(?:did|do|does) not\b", tail):
        kind = "not"
    elif _SIZE_ASK.match(tail):
        kind = "size"
    elif re.search(r"\b(?:not|no|than|more|less)\b", tail):
        return None
    else:
        kind = "part"
    if kind != "size" and not {w[:5] for w in re.findall(r"[a-z]{4,}", tail)} & {
            w[:5] for w in re.findall(r"[a-z]{4,}", rest)}:
        return None  # the question asks about something else than what was counted
    return _solve(groups, shares, whole, done, asked_group, kind)


def _content(piece: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", piece)} - {"them", "these", "those", "there"}


def _counts_the_deed(sentences: list[str], pair: re.Match[str], done: Fraction) -> bool:
    """The count told is of those who did what the parts did: "560 of them went on the trip"
    beside "3/4 of the girls went on the trip", not "560 of them stayed home"."""
    said = next((m for s in sentences if (m := re.search(rf"#{done}(?![\d./])(?P<what>"
                                                          r"[^,:;#]*?)(?= if\b|[,:;]|$)", s))),
                None)
    if said is None:
        return False
    what = said.group("what")
    if re.fullmatch(r" (?:[a-z]+ )?(?:in all|in total|altogether)", what):
        return True  # "..., 24 scouts in all": the count closes the clause of the parts
    text = pair.string
    within = next((s for s in sentences if pair.group(0) in s), "")
    after = within[within.find(pair.group(0)) + len(pair.group(0)):].split(",")[0]
    deed = text[pair.end("g0"):pair.start("s1")] + " " + after
    deed = re.sub(r"\b(?:and|but|while|the|in|of)\b", " ", deed)
    if re.search(r"\b(?:and|or)\b", what):
        return False  # "18 bought lunch and a drink": two deeds counted at once
    # every word of the parts' deed is in the count's: "bought a drink" is not "bought lunch"
    return _content(deed) <= _content(what)


def _solve(groups: list[str], shares: list[Fraction], whole: Fraction, done: Fraction,
           asked: str, kind: str) -> Result:
    a, b = sp.symbols("a b")
    p, q = (sp.Rational(s.numerator, s.denominator) for s in shares)
    n, m = sp.Integer(int(whole)), sp.Integer(int(done))
    got = sp.solve([a + b - n, p * a + q * b - m], [a, b], dict=True)
    if len(got) != 1:
        raise Decline("the parts do not fix the two groups")
    sizes = [Fraction(int(got[0][a])), Fraction(int(got[0][b]))] if all(
        got[0][s].is_integer for s in (a, b)) else None
    if sizes is None or min(sizes) < 0:
        raise Decline("the groups would not be whole numbers")
    parts = [shares[0] * sizes[0], shares[1] * sizes[1]]
    if any(x.denominator != 1 for x in parts):
        raise Decline("a part of a group that is not a whole number")
    splits = [x for x in range(int(whole) + 1)
              if shares[0] * x + shares[1] * (whole - x) == done
              and (shares[0] * x).denominator == 1 and (shares[1] * (whole - x)).denominator == 1]
    confirm.check(splits == [int(sizes[0])], "every split of the whole tried")
    i = groups.index(asked)
    answer = {"size": sizes[i], "part": parts[i], "not": sizes[i] - parts[i]}[kind]
    tex = [nw.tex_of(s) for s in shares]
    said = (f"$a + b = {nw.tex_of(whole)}$, ${tex[0]} a + {tex[1]} b = {nw.tex_of(done)}$ "
            f"(a: the {groups[0]}s, b: the {groups[1]}s)")
    steps = [step("the two groups", "The groups make up the whole, and their parts make up the "
                  "count told.", said),
             step("the sizes", "Solve the two equations.",
                  f"$a = {nw.tex_of(sizes[0])}$, $b = {nw.tex_of(sizes[1])}$",
                  f"a = {nw.tex_of(sizes[0])}")]
    if kind != "size":
        what = "did it" if kind == "part" else "did not"
        steps.append(step("the number asked", f"The {asked}s who {what}.",
                          f"${nw.tex_of(answer)}$"))
    return sp.Integer(int(answer)), steps


__all__ = ["two_group_parts"]
