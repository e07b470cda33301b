"""Reader of an amount and a multiple of it at another time, added: "Ravi ran 3 miles on
Saturday and twice as many on Sunday. How many miles did he run in total?", "Kim baked 15
cookies in the morning and three times as many in the afternoon. How many cookies did she bake
altogether?", "Lu read 30 pages on Monday and half as many on Tuesday. How many pages did she
read in all?".

One sentence of story: "NAME VERB A THINGS (on|in|at) WHEN and K times as many (on|in|at)
WHEN2", the two times different; one question: how many (THINGS) did NAME (or a pronoun) VERB
in total (altogether, in all, together). The same verb in the question, no number in it; any
other clause leaves the problem unread. The second amount must be a whole count.

The total A + K*A is confirmed as A*(1 + K) in exact fractions.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording

_WHEN = r"(?:on|in|at|during) (?:the )?[a-z]+"
_STORY = re.compile(rf"^(?P<name>[a-z]+) (?P<verb>[a-z]+) (?P<a>#\d+) (?P<things>[a-z]+) "
                    rf"(?P<when>{_WHEN}) and (?P<k>#\d+(?:/\d+|\.\d+)?) times as (?:many|much)"
                    rf"(?: (?P<things2>[a-z]+))? (?P<when2>{_WHEN})$")
_ASK = re.compile(r"^how many(?: (?P<things>[a-z]+))? (?:did|does|do) (?P<who>[a-z]+) "
                  r"(?P<verb>[a-z]+)(?: (?:in total|altogether|in all|together|total))$")
_PEOPLE = {"he", "she", "they", "i", "we", "you"}
# the question's verb said in the present for a story in the past: "ran", "run"
_PRESENT = {"ran": "run", "read": "read", "baked": "bake", "made": "make", "wrote": "write",
            "sold": "sell", "picked": "pick", "swam": "swim", "walked": "walk",
            "drove": "drive", "rode": "ride", "ate": "eat", "drank": "drink",
            "saved": "save", "earned": "earn", "collected": "collect", "caught": "catch",
            "painted": "paint", "planted": "plant", "built": "build", "drew": "draw",
            "cycled": "cycle", "jogged": "jog", "bought": "buy", "spent": "spend"}


def multiple_totals(split: Split, template: str) -> Result | None:
    if "as many" not in template and "as much" not in template and "twice" not in template:
        return None
    sentences = nw.story_sentences(split, template)
    if sentences is None or len(sentences) != 2 or "#" in sentences[1]:
        return None
    story, ask = _STORY.fullmatch(sentences[0]), _ASK.fullmatch(sentences[1])
    if story is None or ask is None or story.group("when") == story.group("when2"):
        return None
    if story.group("things2") not in (None, story.group("things")):
        return None
    if ask.group("things") not in (None, story.group("things")):
        return None
    if ask.group("who") not in _PEOPLE and ask.group("who") != story.group("name"):
        return None
    if _PRESENT.get(story.group("verb")) != ask.group("verb"):
        return None
    a, k = wording.value(story.group("a")), wording.value(story.group("k"))
    second = k * a
    if second.denominator != 1 or k <= 0:
        raise Decline("the second amount is not a whole count")
    total = a + second
    confirm.check(a * (1 + k) == total, "the total as the first amount times one more than K")
    times = f"{nw.tex_of(k)} \\cdot {a} = {second}"
    added = f"{a} + {second} = {total}"
    steps = [step("the second amount", f"{nw.tex_of(k)} times the first.", f"${times}$", times),
             step("in total", "The two amounts added.", f"${added}$", added)]
    return sp.Integer(int(total)), steps


__all__ = ["multiple_totals"]
