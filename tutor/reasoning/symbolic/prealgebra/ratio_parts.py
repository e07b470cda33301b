"""Reader of a whole shared in a ratio of two or more parts: "The ratio of red to blue to green
beads is 2:3:5 and there are 30 green beads. How many beads are there?", "A class has 3
boys for every 4 girls. If there are 28 students in the class, how many boys are there?",
"Profits are split in the ratio 1:2:4; the profit is $700. What is the largest share?",
"The angles of a triangle are in the ratio 2:3:4. What is the smallest angle?", "Two
supplementary angles are in the ratio 7:2. What is their positive difference?", "Two numbers
are in the ratio 3:8 and their sum is 99. What is the larger number?".

The parts p1..pk (each a kind of thing when named) are p_i t for one unknown t; one more
sentence fixes t: a count of one named kind, or the whole ("a total of", "in all", "there
are n students in the class"; 180 degrees for a triangle's angles or supplementary angles,
90 for complementary ones). The question asks for one kind, the whole, the largest or
smallest part or the difference of two parts. Counts of things must be whole. Solved and
confirmed by `Story`. A word that changes the parts ("more", "add", "after", "not",
"percent") declines.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.ratio_kinds import (
    T,
    asked_part,
    kinds_joined,
    names_whole,
    which_kind,
    whole_noun,
)
from tutor.reasoning.symbolic.prealgebra.relations import Story

_N = r"#\d+"
_R = rf"(?P<r>{_N}(?: ?: ?{_N})+|{_N} to {_N})"
_W = r"(?!(?:a|an|the|of|in|is|are|to|and)\b)[a-z]+"
_LABELS = rf"(?P<labels>{_W}(?: {_W})?(?: ?(?:to|:|,|and|, and) (?:the number of )?{_W}" \
          rf"(?: {_W})?)+)"
_STATE = [
    re.compile(rf"the ratio of (?:the number of )?{_LABELS}(?: (?:in|at|on) [^,?]*?)? (?:is|are|"
               rf"was) (?:in the ratio )?(?:of )?{_R}"),
    re.compile(rf"(?:^|(?<=[.,;] ))(?:the number of )?{_LABELS}(?: (?:in|at|on) [^,?]*?)? "
               rf"(?:is|are) in (?:the|a) "
               rf"ratio (?:of )?{_R}"),
    re.compile(rf"(?P<angles>the (?:measures of the )?(?:interior )?angles of (?:a|the) "
               rf"(?:particular )?triangle|(?:the measures of )?(?:a pair of |#2 )?"
               rf"(?:complementary|supplementary) angles) (?:are|is) in (?:a|the) "
               rf"(?:ratio (?:of )?)?{_R}(?: ratio)?"),
    re.compile(rf"(?:split|divide|share|shared|divided)[a-z]* (?:the )?(?P<whole>[a-z]+)"
               rf"[^.]*? in the ratio (?:of )?{_R}"),
    # an amount shared: "$120 is shared in the ratio 1:2:3", "(three friends) share $120 ..."
    # "tom, sam and jo share $90 in the ratio 1:2:3": the names, in order, are the labels
    re.compile(rf"(?:^|(?<=[.,;] ))(?P<names>[a-z]+(?:, [a-z]+)*,? and [a-z]+) (?:split|divide|"
               rf"share) (?P<amount>#[\d.]+)(?: dollars)? in the ratio (?:of )?{_R}"),
    # "share $60 between amy and ben in the ratio 2:3": the names are the parts' labels
    re.compile(rf"(?:(?P<people>#\d+) [a-z]+ )?(?:split|divide|share)s? (?P<amount>#[\d.]+)"
               rf"(?: (?:dollars|(?P<noun>[a-z]+)))?(?: (?:between|among) (?P<names>[a-z]+(?:, "
               rf"[a-z]+)*,? and [a-z]+))? in the ratio (?:of )?{_R}"),
    re.compile(rf"(?P<amount>#[\d.]+)(?: dollars)? (?:is|was) (?:split|divided|shared) in the "
               rf"ratio (?:of )?{_R}"),
    # "two numbers are in the ratio 3:8" (their sum, the whole, told apart)
    re.compile(rf"(?:^|(?<=[.,;] ))(?P<numbers>(?:two|#2|three|#3) (?:positive )?(?:numbers|"
               rf"integers)) (?:are )?in (?:the|a) ratio (?:of )?{_R}"),
    # "the ratio of two numbers is 3:5"
    re.compile(rf"(?:^|(?<=[.,;] ))the ratio of (?P<numbers>(?:two|#2|three|#3) (?:positive )?"
               rf"(?:numbers|integers)) is {_R}"),
]
_EVERY = re.compile(rf"(?P<a>{_N}) (?P<l1>[a-z]+) for every (?P<b>{_N}) (?P<l2>[a-z]+)")
_BLOCK = re.compile(r"\b(?:more|less|add|adds|added|after|before|not|percent|than|times|twice|"
                    r"remain|remaining|left|each|other|increase|increased|decrease|decreased|"
                    r"only|new|already|keep|instead|"
                    # the shares change hands after the sharing ("then ben gives amy $5")
                    r"give|gives|gave|spend|spends|spent|pay|pays|paid|lose|loses|lost|lend|"
                    r"lends|lent|borrow|borrows|borrowed|donate|donates|donated)\b")
_KIND_COUNT = re.compile(rf"(?:there (?:are|is|were) |(?:she|he|they|i|we) (?:currently )?(?:has|"
                         rf"have) |using )?(?P<n>{_N}) (?P<label>[a-z]+(?: [a-z]+)?)")
_TOTAL = re.compile(rf"(?:a total of|total of|in all|altogether) (?P<n>{_N})|(?P<m>{_N}) "
                    rf"(?P<mnoun>[a-z]+) (?:in all|in total|altogether)|there (?:are|is) "
                    rf"(?P<k>{_N}) (?P<noun>[a-z]+) in (?:the|a|her|his|my|their) [a-z]+"
                    rf"|is (?P<d>#[\d.]+) dollars|(?:their|the) sum is (?P<s>{_N})"
                    # "if there are 63 marbles, how many ...": one noun, then the clause ends
                    rf"|there (?:are|is) (?P<b>{_N}) (?P<bnoun>[a-z]+)(?= ?[,.?;]|$)"
                    # "a class has 35 students", "in a class of 35 students"
                    rf"|\b(?:has|have|had|of|with) (?P<h>{_N}) (?P<hnoun>[a-z]+)")


# a clause saying every thing is one of the kinds: ", and each pie is apple, blueberry, or
# cherry", ", each an apple or a pear"
_KIND = r"(?:an? )?[a-z]+"
_KINDS = re.compile(rf",? (?:and )?each(?: (?!is\b|an?\b)[a-z]+)?(?: is| was)? (?:either )?"
                    rf"(?P<kinds>{_KIND}(?:,? {_KIND})*,? or {_KIND})(?= ?[.,;?])")


def _every_kind(said: str, labels: list[set[str]]) -> bool:
    """The kinds listed are the ratio's kinds, one each, all of them."""
    kinds = [re.sub(r"^an? ", "", k) for k in re.split(r",? or |, ", said)]
    found = [which_kind(labels, {units.noun(k)}) for k in kinds]
    return len(kinds) == len(labels) and None not in found and len(set(found)) == len(labels)


def _parts(src: str) -> list[int]:
    return [int(x) for x in re.findall(r"#(\d+)", src)]


def _label_words(src: str) -> list[set[str]]:
    items = [item.split() for item in re.split(r" ?(?:, and|,|and|to|:) ?(?:the number of )?",
                                                src) if item.strip()]
    if len(items) > 1 and len(items[-1]) > 1 and all(len(item) == 1 for item in items[:-1]):
        items = [item + items[-1][-1:] for item in items[:-1]] + items[-1:]  # "banana to bran
        # muffins": the noun said once is every kind's, so "40 muffins" is no one kind
    return [{units.noun(w) for w in item} for item in items]


def ratio_parts(split: Split, template: str) -> Result | None:
    if "ratio" not in template and "for every" not in template:
        return None
    template = re.sub(r"@(\d+)@", lambda m: ": ".join(
        f"#{x}" for x in re.findall(r"\d+", split.maths[int(m.group(1))])) if re.fullmatch(
        r"\s*\d+(?:\s*:\s*\d+)+\s*", split.maths[int(m.group(1))]) else m.group(0), template)
    w = wording.of(split, template)
    text = re.sub(r"\s+", " ", w.text).strip()
    kinds_said = _KINDS.search(text)  # ", and each pie is apple, blueberry, or cherry"
    if kinds_said is not None:
        text = text[:kinds_said.start()] + text[kinds_said.end():]
    if re.search(r"@\d+@", text) or _BLOCK.search(text) or any("$" in m for m in split.maths) \
            and re.search(r"\b(?:cents?|pennies|euros?|pounds|yen|pesos|rupees)\b", text):
        return None  # "share $90 ... how many cents does Ben get?": asked in other money
    labels: list[set[str]] = []
    whole_given: Fraction | None = None
    state = next((m for p in _STATE for m in [p.search(text)] if m), None)
    every = _EVERY.search(text)
    if state and not every:
        parts = _parts(state.group("r"))
        if state.groupdict().get("labels"):
            labels = _label_words(state.group("labels"))
        if state.groupdict().get("angles"):
            whole_given = Fraction(180 if "complementary" not in state.group("angles") else 90)
            if len(parts) != (3 if "triangle" in state.group("angles") else 2):
                return None  # a triangle has three angles, a pair two
        if state.groupdict().get("amount"):  # the whole is the amount shared
            whole_given = wording.value(state.group("amount"))
            if state.groupdict().get("names"):
                labels = [{units.noun(n)} for n in re.split(r",? and |, ", state.group("names"))]
            people = state.groupdict().get("people")
            if people and wording.value(people) != len(parts):
                return None  # "two friends share ... in the ratio 1:2:3"
        if state.groupdict().get("numbers") and len(parts) != (
                2 if state.group("numbers").split()[0] in ("two", "#2") else 3):
            return None  # "two numbers are in the ratio 1:2:3"
        said = state.group(0)
    elif every and not state:
        parts = [int(every.group("a")[1:]), int(every.group("b")[1:])]
        labels = [{units.noun(every.group("l1"))}, {units.noun(every.group("l2"))}]
        said = every.group(0)
    else:
        return None
    if labels and len(labels) != len(parts) or len(parts) < 2 or 0 in parts:
        return None
    if kinds_said is not None and not _every_kind(kinds_said.group("kinds"), labels):
        return None
    rest = text.replace(said, " ; ")
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", rest) if s.strip()]
    asks = [k for k, s in enumerate(sentences) if re.search(r"\b(?:how many|what is|how much)\b",
                                                            s)]
    if len(asks) != 1:
        return None
    question = sentences[asks[0]]
    facts = " ".join(s for k, s in enumerate(sentences) if k != asks[0])
    lead = re.match(r"(?P<cond>(?:if|when|given that) [^,]*), (?P<q>(?:how|what) .*)$", question)
    if lead:  # "if there are 9 white balls, how many red balls are there?"
        facts, question = facts + " " + lead.group("cond") + ",", lead.group("q")
    if _EXTREME.search(question) and (_new_words(question) - _new_words(
            text.replace(question, " ")) or any(wording.value(n) != len(parts) for n in
                                                re.findall(r"#\d+(?:[./]\d+)?", question))):
        # "the largest exterior angle", "the largest angle in radians", "half of the largest
        # share": not a part ("the larger of the two numbers" is)
        return None
    return _solve(parts, labels, whole_given, facts, question)


# a question about the largest or smallest part or the difference may use only these words
# besides the story's own
_EXTREME = re.compile(r"\b(?:smallest|smaller|least|largest|larger|greatest|biggest|bigger|"
                      r"difference)\b")
_ASKING = frozenset(
    "what is are was were the a an of in how many much does do did will would get gets got "
    "receive receives take takes have has measure number degrees degree largest larger "
    "greatest biggest bigger smallest smaller least positive difference between their its "
    "they them these one part parts share shares angle angles value amount money with there "
    "each he she it her his".split())


def _new_words(text: str) -> set[str]:
    """The words of `text` (as nouns) that are not asking words."""
    return {units.noun(w) for w in re.findall(r"[a-z]+", text) if w not in _ASKING} - _ASKING


def _solve(parts: list[int], labels: list[set[str]], whole: Fraction | None, facts: str,
           question: str) -> Result | None:
    story = Story([T], positive=True)
    given = 0
    if whole is not None:
        story.state(T * sum(parts), whole, "the parts make the whole")
        given += 1
    for m in _TOTAL.finditer(facts + " " + question):
        n = next(g for g in (m.group("n"), m.group("m"), m.group("k"), m.group("d"),
                             m.group("s"), m.group("h"), m.group("b")) if g)
        noun = m.group("noun") or m.group("hnoun") or m.group("bnoun")
        if noun and labels and which_kind(labels, {units.noun(noun)}) is not None:
            continue  # "there are 9 white balls in the jar" names a kind; "30 marbles",
            # a noun of every kind, is the whole
        if labels and not names_whole(noun or m.group("mnoun"), labels):
            raise Decline("a whole that is not the kinds of the ratio together")
        if m.group("b") and labels and not whole_noun(m.group("bnoun"), labels):
            raise Decline("a count of something not in the ratio")
        story.state(T * sum(parts), wording.value(n), "the parts make the whole")
        given += 1
        facts = facts.replace(m.group(0), " ")
    for m in _KIND_COUNT.finditer(facts):
        said = {units.noun(x) for x in m.group("label").split()}
        k = which_kind(labels, said) if labels else None
        if k is None:
            continue
        joined = kinds_joined(facts[m.start("label"):], labels)
        if joined is not None:  # "there are 21 dogs and cats": every kind together, the whole
            if None in joined or len(joined) != len(labels):
                raise Decline("a count of some of the kinds together")
            story.state(T * sum(parts), wording.value(m.group("n")), "the parts make the whole")
            given += 1
            facts = facts.replace(m.group(0), " ")
            continue
        story.state(T * parts[k], wording.value(m.group("n")), f"{m.group(0)}")
        given += 1
        facts = facts.replace(m.group(0), " ")
    if any(wording.value(n) not in (whole, len(parts))
           for n in re.findall(r"#\d+(?:[./]\d+)?", facts)):
        return None  # a number left unread: "40 marbles in total, including 8 green"
    if given != 1 or re.search(r"#\d", question.split("how many")[0] if "how many" in question
                               else ""):
        return None
    things = not re.search(r"\b(?:degrees|angle|measure|dollars|cups|ml|gallons)\b",
                           question + facts)
    asked = asked_part(parts, labels, question)
    if asked is None:
        return None
    target, what = asked
    result = story.solve(lambda sol: target, what)
    answer = result[0]
    if things and isinstance(answer, sp.Rational) and not answer.is_integer:
        raise Decline("a count of things that is not whole")
    return result


__all__ = ["ratio_parts"]
