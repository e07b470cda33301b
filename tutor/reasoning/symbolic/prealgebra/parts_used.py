"""Reader of a whole amount, a part of it used, and what is left, when one of the whole and
what is left is told and the other is asked: "Kate read 40% of a book with 250 pages. How
many pages are left?", "A book has 250 pages. Kate read 40% of the pages. How many pages did
she not read?", "Tom spent 3/5 of his money and has $24 left. How much money did he have at
first?", "After spending 2/3 of her savings, Ana had $50 left. How much did she have at
first?", "Tom had $60 and spent 3/5 of it. How much does he have left?".

The story is cut into clauses (at sentences, "and" and a comma), and every clause must be
one of:
- the whole: "NAME has/had #W (THINGS)", "a/the THING has/contains #W THINGS";
- the use: "NAME VERB #F (percent) of REF", REF being "it", "them", "the THINGS", "his/her/
  their/my NOUN", "a THING with #W THINGS" or "a #W -THING THING" (the whole told inside);
  "after VERB-ing #F of REF" opens a clause about what is left;
- what is left: "NAME has/had #R (THINGS) left", "#R (THINGS) are/is left".
F is a fraction below one or a percent below 100, used once. The question asks what is left
("how many pages are left", "how much does he have left", "how many pages did she not
read", "... still have to read") or the whole ("how much did he have at first / to start
with / originally"), or the part used ("how much did he spend"). Any other word or clause
leaves the problem unread.

Stated as relations used = F * whole and whole = used + left, solved and confirmed by
`Story` (each relation evaluated again in exact fractions); a count of things must come
out whole.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.relations import Story

# the amounts, each a letter said with it in the steps ("the part used $u$ is 3/10 of the
# whole $w$"), so the checker reads the equations and confirms the solution against them
WHOLE, USED, LEFT = sp.symbols("w u r")
_NAMES = {WHOLE: "whole $w$", USED: "part used $u$", LEFT: "rest $r$"}
_WHO = r"(?:he|she|they|i|we|you|[a-z]+)"
_N = r"\d+(?:\.\d+)?"
_VERBS = (r"spent|spends|used|uses|read|reads|ate|eats|gave away|gives away|gave|gives|lost|"
          r"loses|sold|sells|donated|donates|drank|drinks")
_VERBING = r"spending|using|reading|eating|giving away|giving|losing|selling|donating|drinking"
_PART = r"#(?P<f>\d+/\d+|\d+(?:\.\d+)?)(?P<pct> percent)?"
_POSSESSIVE = r"(?:his|her|their|my|your|our)"
_REF = (rf"(?:it|them|the (?P<t1>[a-z]+)|{_POSSESSIVE} (?P<t2>[a-z]+)"
        rf"|(?:a|an|the) [a-z]+ with #(?P<w1>{_N}) (?P<t3>[a-z]+)"
        rf"|(?:a|an|the) #(?P<w2>{_N}) -(?P<t4>[a-z]+) [a-z]+)")
_ON = r"(?: on (?:a |an |the |some )?[a-z]+)?"  # "spent 3/5 of his money on a bike"
_USE = re.compile(rf"(?:{_WHO} )?(?:{_VERBS}) {_PART} of {_REF}{_ON}")
_AFTER = re.compile(rf"after (?:{_VERBING}) {_PART} of {_REF}{_ON}")
_HAS_WHOLE = re.compile(rf"(?:{_WHO} (?:has|had|have)|(?:a|an|the) [a-z]+ (?:has|had|contains|"
                        rf"contained)) #(?P<n>{_N})(?: (?P<t>[a-z]+))?")
_HAS_LEFT = re.compile(rf"(?:{_WHO} )?(?:has|had|have)(?: only)? #(?P<n>{_N})"
                       rf"(?: (?P<t>[a-z]+))? left"
                       rf"|#(?P<n2>{_N})(?: (?P<t2>[a-z]+))? (?:is|are|was|were) left")
_ASK_LEFT = re.compile(r"how (?:many|much)(?: (?P<t>[a-z]+))? (?:(?:is|are|was|were) left"
                       rf"|(?:does|did|do) {_WHO} have left"
                       rf"|(?:did|does) {_WHO} not (?:{_VERBS})"
                       rf"|(?:does|do) {_WHO} still (?:have|need) to [a-z]+)")
_ASK_WHOLE = re.compile(rf"how (?:many|much)(?: (?P<t>[a-z]+))? (?:did|does) {_WHO} (?:have|"
                        r"start with|begin with)(?: at first| to start with| to begin with| in "
                        r"the beginning| originally| at the start)?")
_ASK_USED = re.compile(rf"how (?:many|much)(?: (?P<t>[a-z]+))? (?:did|does) {_WHO} "
                       r"(?:spend|use|read|eat|give away|give|lose|sell|donate|drink)")
_FILLER_THINGS = {None, "money", "dollars"}


def parts_used(split: Split, template: str) -> Result | None:
    if not re.search(r"\bof\b", template) or not re.search(
            r"\b(?:left|first|start|begin|originally|not|still|spend|spent)\b", template):
        return None
    sentences = nw.story_sentences(split, template)
    if sentences is None or len(sentences) < 2 or "#" in sentences[-1]:
        return None
    *story, ask = sentences
    clauses = [c.strip() for s in story for c in re.split(r",? and |, ", s) if c.strip()]
    told: dict[sp.Symbol, sp.Rational] = {}
    share: sp.Rational | None = None
    things: set[str] = set()
    for clause in clauses:
        got = _clause(clause)
        if got is None or WHOLE in got and "share" not in got and share is not None:
            return None  # "spent 3/5 of his money and has $24": what he has now, not the whole
        for key, value in got.items():
            if key == "share":
                if share is not None:
                    return None
                share = value
            elif key == "things":
                things.add(value)
            elif key in told:
                return None
            else:
                told[key] = value
    if share is None or len(told) != 1 or len(things) > 1:
        return None
    if not 0 < share < 1:
        return None  # "read 40 of the pages": a count, not a part
    target = _asked(ask, things)
    if target is None or target in told:
        return None
    story_ = Story([WHOLE, USED, LEFT], positive=True)
    story_.state(USED, share * WHOLE,
                 f"the part used $u$ is ${sp.latex(share)}$ of the whole $w$")
    story_.state(WHOLE, USED + LEFT,
                 "the whole $w$ is the part used $u$ and the rest $r$, what is left")
    for key, value in told.items():
        story_.state(key, value, f"the {_NAMES[key]} is ${sp.latex(value)}$")
    said = {WHOLE: "the whole amount", USED: "the part used", LEFT: "what is left"}[target]
    answer, steps = story_.solve(lambda _sol: target, said)
    if things - _FILLER_THINGS and not (isinstance(answer, sp.Integer)):
        raise Decline("a count of things that is not whole")
    return answer, steps


def _value(token: str, percent: bool = False) -> sp.Rational:
    v = wording.value("#" + token)
    return sp.Rational(v) / 100 if percent else sp.Rational(v)


def _clause(clause: str) -> dict | None:
    """What one clause tells: the share used, the whole, what is left, the things counted."""
    for pattern in (_USE, _AFTER):
        m = pattern.fullmatch(clause)
        if m is not None:
            out: dict = {"share": _value(m.group("f"), bool(m.group("pct")))}
            whole = m.group("w1") or m.group("w2")
            if whole:  # "a book with 250 pages", "a 250 -page book": the whole told inside
                out[WHOLE] = _value(whole)
            thing = m.group("t1") or m.group("t3") or (m.group("t4") and m.group("t4") + "s")
            return {**out, "things": thing} if thing else out
    m = _HAS_LEFT.fullmatch(clause)
    if m is not None:
        thing = m.group("t") or m.group("t2")
        out = {LEFT: _value(m.group("n") or m.group("n2"))}
        return {**out, "things": thing} if thing else out
    m = _HAS_WHOLE.fullmatch(clause)
    if m is not None:
        out = {WHOLE: _value(m.group("n"))}
        return {**out, "things": m.group("t")} if m.group("t") else out
    return None


def _asked(ask: str, things: set[str]) -> sp.Symbol | None:
    for pattern, target in ((_ASK_LEFT, LEFT), (_ASK_WHOLE, WHOLE), (_ASK_USED, USED)):
        m = pattern.fullmatch(ask)
        if m is None:
            continue
        thing = m.group("t")
        if thing not in _FILLER_THINGS and thing not in things:
            return None
        return target
    return None


__all__ = ["parts_used"]
