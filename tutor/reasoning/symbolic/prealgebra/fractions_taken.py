"""Reader of fractions of one whole taken in turn, and what is left or taken in all: "Tom ate
1/3 of a pizza and Jerry ate 1/4 of the pizza. What fraction of the pizza is left?", "Ana
painted 2/5 of the fence on Monday and 1/3 of the fence on Tuesday. What fraction of the fence
is still unpainted?", "Lee read 1/6 of a book on Saturday and 1/2 of it on Sunday. What
fraction of the book did he read in all?".

Each clause is one taking: a name (or a time), a verb and "f of the W" (or "of it"), every
fraction of the same whole W ("his pizza" and "her pizza" may be two, so only "a", "an" and
"the" name it, and "a pizza" only the first time), so each is a fraction of the whole (a
fraction "of the rest" or "of what was left" is another story and is left unread). The
question asks what fraction of W is left (remaining, still un-...) or was taken in all
(altogether, together, in total). Any other number or word that changes the whole ("more",
"rest", "remaining" in the story, "each", "percent" ...) leaves the problem unread;
fractions adding to more than the whole decline.

The sum is found over the least common denominator; it is confirmed by adding the fractions
again one at a time in exact fractions, and what is left as one less the sum.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording

_FRACTION = r"#\d+/\d+"
_TAKE = re.compile(rf"^(?:and |then |but )?(?:(?:on|in|at) [a-z]+ )?(?:(?:[a-z]+ )?[a-z]+ )?"
                   rf"(?P<f>{_FRACTION}) of (?:(?P<det>a|an|the) (?P<w>[a-z]+)|"
                   r"it)(?: (?:on|in|at|during|before|after) (?:the )?[a-z]+)?$")
_LEFT = r"(?:left|remaining|uneaten|unused|unpainted|unread|unsold|unfinished|not [a-z]+)"
_ASK = re.compile(rf"^(?:what|which) fraction of (?:the|a) (?P<w>[a-z]+) "
                  rf"(?:is|was|remains|remained)(?: still)? (?P<left>{_LEFT})"
                  r"|^(?:what|which) fraction of (?:the|a) (?P<w2>[a-z]+) "
                  r"(?:did|have|has|had) (?:the two|[a-z]+)(?: of them)? [a-z]+ (?P<all>"
                  r"altogether|in all|together|in total|combined)$")
_UNREAD = re.compile(r"\b(?:rest|remainder|remaining|left|leftover|more|less|"
                     r"each|every|twice|half|percent|times|than|other|another|same|again|"
                     r"returned|gave back|put back)\b|%")


def fractions_taken(split: Split, template: str) -> Result | None:
    if "fraction" not in template:
        return None
    sentences = nw.story_sentences(split, template)
    if sentences is None or len(sentences) < 2:
        return None
    ask = _ASK.fullmatch(sentences[-1])
    if ask is None or _UNREAD.search(" ".join(sentences[:-1])):
        return None
    whole = ask.group("w") or ask.group("w2")
    takes: list[Fraction] = []
    for clause in re.split(r",\s*|\s+(?=and (?:[a-z]+ [a-z]+ )?#)|;\s*|\.\s+",
                           " . ".join(sentences[:-1])):
        clause = clause.strip(" .")
        if not clause:
            continue
        m = _TAKE.fullmatch(clause)
        if m is None or m.group("w") not in (None, whole) or not takes and m.group("w") is None:
            return None
        if takes and m.group("det") in ("a", "an"):  # "of a pizza" again: another pizza
            return None
        takes.append(wording.value(m.group("f")))
    if len(takes) < 2 or any(not 0 < f < 1 for f in takes):
        return None
    return _answer(takes, bool(ask.group("left")))


def _answer(takes: list[Fraction], left: bool) -> Result:
    lcd = math.lcm(*(f.denominator for f in takes))
    parts = [f.numerator * (lcd // f.denominator) for f in takes]
    total = Fraction(sum(parts), lcd)
    again = Fraction(0)
    for f in takes:
        again += f
    confirm.check(again == total, "the fractions added again one at a time")
    if total > 1:
        raise Decline("the fractions taken add to more than the whole")
    if left and total == 1:
        raise Decline("nothing is left")
    added = " + ".join(nw.tex_of(f) for f in takes)
    over = " + ".join(f"\\frac{{{p}}}{{{lcd}}}" for p in parts)
    claim = f"{added} = {over} = {nw.tex_of(total)}"
    steps = [step("taken in all", f"Over the common denominator {lcd}.", f"${claim}$", claim)]
    answer = 1 - total if left else total
    if left:
        rest = f"1 - {nw.tex_of(total)} = {nw.tex_of(answer)}"
        confirm.check(answer + total == 1, "what is left and what was taken make the whole")
        steps.append(step("what is left", "The whole less what was taken.", f"${rest}$", rest))
    return sp.Rational(answer.numerator, answer.denominator), steps


__all__ = ["fractions_taken"]
