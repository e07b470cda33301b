"""Reader of a percent told for each of two or more groups: "In a survey, 30% of the men and
45% of the women said yes. 200 men and 300 women were asked. What percent of the people asked
said yes?", "Half of the 1200 guests were adults. If 10% of the adults and 25% of the children
won a prize, how many guests won a prize?", "A school has 400 students and 40% of them are
girls; 15% of the girls and 20% of the boys walk to school. What is the total number of
students who walk to school?".

One list says the percents ("p% of the A and q% of the B [and r% of the C]", one clause, one
thing said of them all). Each group's size is told as a count ("200 men"), or the whole is
told ("1200 guests", "2000 men and women") with every group but one given as a count, a
fraction or a percent of it ("half of them were adults", "40% of them are girls"); the last
group is the rest. The question asks how many have the property in all ("how many guests",
"the total number of men and women who ...") or what percent of the whole has it ("what
percent of the people", "the overall percent"). A question about one group, another number,
or a word that changes the maths ("not", "more", "than", "both", "only") leaves it unread.

The count is the sum of p% of each group (each a whole number of people or things); the
percent is that count over the whole. Solved and confirmed by `Story` (the relation again in
exact fractions); the overall percent must also lie between the least and greatest group
percent, as a weighted mean of them does.
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
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.relations import Story, fraction

_N = r"#\d+(?:/\d+|\.\d+)?"
_IRREGULAR = {"men": "man", "women": "woman", "children": "child", "people": "person",
              "persons": "person", "adult": "adult"}
_OF = r"(?:of (?:the |all (?:the )?|all of the |these |those )?)"
_PART = rf"(?P<p{{k}}>{_N}) percent {_OF}(?:(?P<n{{k}}>#\d+) )?(?P<g{{k}}>[a-z]+)"
_LIST = re.compile(
    _PART.format(k=0) + r"(?:,? (?:and )?" + _PART.format(k=1) + r")(?:,? (?:and )?"
    + _PART.format(k=2) + r")?(?:,? (?:and )?" + _PART.format(k=3) + r")?"
    + r"(?P<said>[^.;?,]*)")
# the whole the question asks about, when it names no group
_EVERYONE = frozenset("person people persons them those all everyone member student pupil "
                      "animal employee worker guest player participant customer visitor "
                      "resident voter book item team class group club school crowd staff "
                      "audience camper kid child adult passenger rider fan athlete attendee "
                      "home house car tree dog".split())
_UNREAD = re.compile(r"\b(?:not|no|neither|either|both|only|more|fewer|less|than|except|"
                     r"other|another|twice|times|each|every|average|mean|increase|decrease|"
                     r"rest|remaining|remainder|respectively|would|if they|had been)\b")
_VERB = r"(?:are|were|is|was)"
# words after a number that make it no count of a whole ("200 are in the band")
_NOT_NOUN = frozenset("percent of times are were is was have has had in on at to who whom which "
                      "that left remain remained more less than".split())
_STOP = frozenset("the a an of and who that which were was are is be to in at on for with "
                  "all total number what how many percent percentage overall".split())


def _noun(word: str) -> str:
    return _IRREGULAR.get(word, units.noun(word))


def group_percents(split: Split, template: str) -> Result | None:
    if "percent" not in template and "%" not in template + "".join(split.maths):
        return None
    text, places, form = nw.read_story(split, template)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(rf"(#\d+/\d+) times ({_VERB}) ", r"\1 of them \2 ", text)  # "half were men"
    rests = re.findall(rf"\b(?:and )?the rest {_VERB} ([a-z]+)\b", text)  # "the rest are houses"
    text = re.sub(rf",? \b(?:and )?the rest {_VERB} [a-z]+\b", "", text)
    if places is not None or form is not None or "@" in text:
        return None
    lists = list(_LIST.finditer(text))
    if len(lists) != 1:
        return None
    told = lists[0]
    groups = [told.group(f"g{k}") for k in range(4) if told.group(f"g{k}")]
    nouns = [_noun(g) for g in groups]
    if len(set(nouns)) != len(nouns) or set(nouns) & {"person", "them"}:
        return None
    if any(_noun(g) not in nouns for g in rests):
        return None
    pct = {n: wording.value(told.group(f"p{k}")) for k, n in enumerate(nouns)}
    if any(not 0 <= p <= 100 for p in pct.values()):
        return None
    cut = max(text.rfind(". ", 0, told.start()), text.rfind("? ", 0, told.start()))
    question = _question(text)
    if question is None or question[0] < told.end():
        return None
    q_start, asks_percent, asked_noun, q_words = question
    if _UNREAD.search(text[:q_start].replace(told.group(0), " ")) or _UNREAD.search(
            text[q_start:]) or "#" in text[q_start:]:
        return None
    named = {_noun(w) for w in q_words} & set(nouns)
    if named and named != set(nouns):
        return None  # the question is about some of the groups only
    said, asked = _content(told.group("said")), _content(text[q_start:])
    others = _content(text[:told.start()] + " " + text[told.end():q_start])
    known = {n[:5] for n in [*nouns, *_EVERYONE]}
    if not said & asked or asked - said - others - known:
        return None  # the question asks about something else
    rest = text[:max(cut, 0)] + " " + text[told.end():q_start]
    if told.start() > 0 and cut < 0:
        rest = text[:told.start()] + " " + text[told.end():q_start]
    inline = {n: wording.value(told.group(f"n{k}")) for k, n in enumerate(nouns)
              if told.group(f"n{k}")}
    if inline:  # "20% of the 50 boys and 10% of the 30 girls": every size told there
        if len(inline) != len(nouns) or "#" in rest:
            return None
        sizes: dict[str, Fraction] | None = dict(inline)
        whole, whole_noun = None, ""
    else:
        sizes, whole, whole_noun = _sizes(rest, nouns)
    if sizes is None or rests and whole is None:
        return None
    if asked_noun not in set(nouns) | _EVERYONE | {whole_noun} and not (
            asks_percent and asked_noun == ""):
        return None
    return _solve(nouns, pct, sizes, whole, asks_percent)


def _question(text: str) -> tuple[int, bool, str, list[str]] | None:
    """Where the question starts, whether it asks a percent, the noun asked about, its
    words."""
    starts = [m.start() for m in re.finditer(r"(?:^|[.;?] |, )(?=what|how|find)", text)]
    if not starts:
        return None
    q = text[starts[-1]:].lstrip(".;?, ")
    at = starts[-1] + len(text[starts[-1]:]) - len(q)
    words = re.findall(r"[a-z]+", q)
    m = re.match(r"(?:what|find) (?:was |is |were |are )?(?:the )?(?:overall |total |combined )?"
                 rf"percent(?:age)?(?: {_OF}(?P<w>[a-z]+))?", q)
    if m:
        return at, True, _noun(m.group("w") or ""), words
    m = re.match(rf"(?:how many (?:of (?:the |these |those ))?|"
                 rf"(?:what|find) (?:was |is )?the (?:total )?number {_OF})"
                 r"(?:in all |in total |altogether )?(?P<w>[a-z]+)", q)
    if m:
        return at, False, _noun(m.group("w")), words
    return None


def _content(piece: str) -> set[str]:
    return {_noun(w)[:5] for w in re.findall(r"[a-z]+", piece) if w not in _STOP and len(w) > 3}


def _sizes(rest: str, nouns: list[str]
           ) -> tuple[dict[str, Fraction] | None, Fraction | None, str]:
    """Each group's size, the whole (when told) and the whole's noun; every number of `rest`
    read as one of them, or None."""
    sizes: dict[str, Fraction] = {}
    shares: dict[str, tuple[Fraction, str]] = {}
    wholes: list[tuple[Fraction, str]] = []
    skip: set[int] = set()
    for hit in re.finditer(r"#", rest):
        at = hit.start()
        if at in skip:
            continue
        piece = rest[at:]
        part = re.match(rf"(?P<v>{_N})(?P<pc> percent)?(?: of(?: the| these| those| them| all)?"
                        rf"(?: (?P<w>{_N}) (?P<wn>[a-z]+)| [a-z]+)?)? {_VERB} "
                        r"(?P<g>[a-z]+)", piece)
        count = re.match(rf"(?P<v>{_N}) (?P<a>[a-z]+)(?: and (?P<b>[a-z]+))?", piece)
        pair = re.match(rf"(?P<v>{_N}) (?:[a-z]+ )?(?P<a>[a-z]+) and (?P<b>[a-z]+)", piece)
        if pair and {_noun(pair.group("a")), _noun(pair.group("b"))} == set(nouns):
            count = pair
        if part:
            g = _noun(part.group("g"))
            if g not in nouns or g in shares or g in sizes:
                return None, None, ""
            how = "percent" if part.group("pc") else "fraction" if "/" in part.group("v") \
                else "count" if "." not in part.group("v") else ""
            if not how:
                return None, None, ""
            shares[g] = (wording.value(part.group("v")), how)
            if part.group("w"):
                wholes.append((wording.value(part.group("w")), _noun(part.group("wn"))))
                skip.add(at + part.start("w"))
        elif count and "/" not in count.group("v"):
            a, b = _noun(count.group("a")), _noun(count.group("b") or "")
            v = wording.value(count.group("v"))
            if {a, b} == set(nouns):
                wholes.append((v, "person"))  # "2000 men and women"
            elif a in nouns and a not in sizes:
                sizes[a] = v
            elif a not in nouns and a not in _NOT_NOUN:
                wholes.append((v, a))
            else:
                return None, None, ""
        else:
            return None, None, ""
    if len(wholes) > 1:
        return None, None, ""
    whole, whole_noun = wholes[0] if wholes else (None, "")
    for g, (v, how) in shares.items():
        if whole is None:
            return None, None, ""
        sizes[g] = whole * v / 100 if how == "percent" else whole * v if how == "fraction" \
            else v
    missing = [n for n in nouns if n not in sizes]
    if whole is not None:
        if len(missing) != 1:
            return None, None, ""
        sizes[missing[0]] = whole - sum(sizes.values(), Fraction(0))
    elif missing:
        return None, None, ""
    if any(v <= 0 or v.denominator != 1 for v in sizes.values()):
        raise Decline("a group whose size is not a positive whole number")
    return sizes, whole, whole_noun


def _solve(nouns: list[str], pct: dict[str, Fraction], sizes: dict[str, Fraction],
           whole: Fraction | None, asks_percent: bool) -> Result:
    total = sum(sizes.values(), Fraction(0))
    if whole is not None and whole != total:
        raise Decline("the groups do not make up the whole")
    counts = {n: pct[n] * sizes[n] / 100 for n in nouns}
    if any(c.denominator != 1 for c in counts.values()):
        raise Decline("a percent of a group that is not a whole number")
    x = sp.Symbol("x")
    story = Story([x])
    rhs = sp.Add(*(sp.Rational(pct[n].numerator, pct[n].denominator) / 100 *
                   sp.Rational(sizes[n].numerator) for n in nouns), evaluate=False)
    said = " and ".join(f"{pct[n]}% of the {sizes[n]} in the group '{n}'" for n in nouns)
    if asks_percent:
        story.state(x / 100 * sp.Rational(total.numerator), rhs,
                    f"x% of all {total} are {said}")
        answer, steps = story.solve(lambda _s: x, "the percent of the whole")
        got = fraction(answer)
        confirm.check(got is not None and min(pct.values()) <= got <= max(pct.values()),
                      "the overall percent lies between the groups' percents")
    else:
        story.state(x, rhs, f"those counted are {said}")
        answer, steps = story.solve(lambda _s: x, "the number in all")
        confirm.check(fraction(answer) == sum(counts.values(), Fraction(0)),
                      "each group's count added again")
    sizes_said = ", ".join(f"{n}: {sizes[n]}" for n in nouns)
    return answer, [step("the groups", "Each group's size, from the story.", sizes_said),
                    *steps]


__all__ = ["group_percents"]
