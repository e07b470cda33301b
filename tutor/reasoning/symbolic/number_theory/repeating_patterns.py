"""The item in a given place of a repeating pattern: "A string of beads follows the pattern
red, blue, blue, green, then repeats. What color is the 50th bead?", "The letters repeat in
the pattern ABCDEABCDE... What is the 103rd letter?", "The pattern $1, 2, 3, 2, 1, 2, 3, 2,
\\ldots$ repeats. What is the 100th term?".

The block that repeats is said once with the word "repeat" (or "cycle"), or shown at least
twice before "..." (its length is then the shortest period of what is shown). The place n
falls at position ((n - 1) mod L) + 1 of a block of length L; that is confirmed by writing
the pattern out item by item up to place n. A story that could shift or change the pattern
(other numbers, "skip", "starting", "except", "backwards" ...) is not read.
"""

from __future__ import annotations

import re
from typing import TypeVar

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words

T = TypeVar("T")
_LIMIT = 10**6  # places written out one by one for the confirmation
_NOT_ITEM = r"(?!(?:then|and|the|it|this|that|pattern|repeats?|is|are|so|on)\b)"
_ITEM = _NOT_ITEM + r"[a-z]+(?: " + _NOT_ITEM + r"[a-z]+)?"
_ITEMS = r"(?P<items>" + _ITEM + r"(?:(?:, (?:and )?| and )" + _ITEM + r")+)"
_CUE = r"(?:pattern|order|sequence|cycle)(?: of (?:colou?rs|letters|shapes|words|symbols))?:?"
_WORD_BLOCKS = [  # the block said once, the word "repeat" after or before it
    re.compile(r"\b" + _CUE + r" " + _ITEMS + r",? (?:and |then |and then )?(?:it |this |the "
               r"pattern |the sequence )?"
               r"(?:repeats?|is repeated|cycles?)(?: (?:forever|again|over and over|"
               r"indefinitely))?\b"),
    re.compile(r"\b(?:repeating|repeated) " + _CUE + r" " + _ITEMS + r"(?=[.,;]|$)"),
    re.compile(r"(?:^|\. )(?:the )?(?:colou?rs |letters |words |shapes )?" + _ITEMS
               + r",? (?:repeats?|is repeated|cycles?)(?: (?:forever|again|over and over|"
               r"indefinitely|in (?:that|this) order))?\b"),
]
_TOLD_LIST = re.compile(r"(?:\b" + _CUE + r"|(?:^|\. )(?:the )?(?:digits|numbers))? ?"
                        r"(?P<slots>@\d+@(?:,? (?:and )?@\d+@)*),? "
                        r"(?:repeats?|is repeated|cycles?)(?: (?:forever|again|over and over|"
                        r"indefinitely|in (?:that|this) order))?\b")
_SO_ON = re.compile(r"\b" + _CUE + r" " + _ITEMS + r",? (?:and so on|etc)\b")
# the block shown at least twice: "abcabc..." or a maths list ending in \ldots
_LETTER_RUN = re.compile(r"\b(?P<run>[a-z]{4,})(?:\.\.\.|\\ldots|…)")
_DOTS = re.compile(r"\s*,?\s*(?:\\ldots|\\cdots|\.\.\.)\s*$")
_ORDINAL = r"(?P<n>\d+)(?:st|nd|rd|th)"
_ASKS = [
    re.compile(r"(?:what|which) (?P<what>[a-z]+ )?(?:is|will be) the " + _ORDINAL
               + r"(?: (?P<noun>[a-z]+))?(?: in (?:the|this) (?:pattern|sequence|list|row|line|"
               r"string))?"),
    re.compile(r"what is the (?:colou?r|letter|shape|word|symbol|number|digit) of the "
               + _ORDINAL + r" (?P<noun2>[a-z]+)"),
]
_IF_CONTINUES = re.compile(r"if (?P<story>the (?:pattern|sequence) .+?) (?:continues|is continued|"
                           r"repeats),? (?P<ask>(?:what|which) .+)")
_IN_PATTERN = re.compile(r"(?P<ask>(?:what|which) .+?) (?:in|of) the (?:repeating )?(?:pattern|"
                         r"sequence) (?P<shown>@\d+@|[a-z]{4,}(?:\.\.\.|\\ldots|…))")
_SHIFTS = frozenset(
    "skip skips skipped skipping except start starts started starting begin begins began "
    "beginning backwards backward back reverse reversed reverses remove removed missing "
    "after before not no more less twice double then until count counted counting first "
    "last second third one two three four five six seven eight nine ten eleven twelve "
    "hundred thousand every other each only instead but".split())


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"repeat|pattern|cycle|over and over", template) or not re.search(
            _ORDINAL, template):
        return None
    text = re.sub(r"(?<!\.)\.$", "", re.sub(r"\s+", " ", template).strip().rstrip(" ?"))
    parts = re.split(r"(?<=[.?!]) (?=[a-z])", text)
    question, story = parts[-1], " ".join(parts[:-1])
    if (m := _IF_CONTINUES.fullmatch(text)) is not None:  # "If the pattern ABAB... continues"
        story, question = m.group("story"), m.group("ask")
    elif not story:  # "What is the 50th letter in the pattern ABCABC...?"
        if (m := _IN_PATTERN.fullmatch(question)) is not None:
            story, question = "the pattern " + m.group("shown"), m.group("ask")
    m_ask = next((m for a in _ASKS if (m := a.fullmatch(question)) is not None), None)
    if m_ask is None or not story:
        return None
    block, told, rest = _block(split, story)
    if block is None:
        return None
    if re.search(r"\d", rest) or words(rest) & _SHIFTS:
        raise Decline("a story that might shift the pattern")
    n = int(m_ask.group("n"))
    return place_in_block(block, n, told)


def _block(split: Split, story: str) -> tuple[list[str] | None, bool, str]:
    """The block that repeats, whether it was said once (not shown twice), and the story
    without it."""
    if "repeat" in story or "cycle" in story:
        for pattern in _WORD_BLOCKS:
            if (m := pattern.search(story)) is not None:
                items = [i.strip() for i in re.split(r",(?: and)?| and ", m.group("items"))]
                if all(len(i) == 1 for i in items):  # letters: "a, b, c" were capitals
                    items = [i.upper() for i in items]
                rest = story[:m.start()] + " " + story[m.end():]
                return items, True, re.sub(r"\b(?:repeats?|repeating|repeated|pattern|"
                                           r"then)\b", " ", rest)
    if (m := _SO_ON.search(story)) is not None:  # "red, blue, red, blue, and so on"
        items = [i.strip() for i in re.split(r",(?: and)?| and ", m.group("items"))]
        return shown_twice(items), False, story[:m.start()] + " " + story[m.end():]
    if (m := _TOLD_LIST.search(story)) is not None and len(re.findall(r"@\d+@", story)) == len(
            split.maths) == len(re.findall(r"@\d+@", m.group("slots"))) and not any(
                _DOTS.search(t) for t in split.maths):
        items = [i.strip() for k in re.findall(r"@(\d+)@", m.group("slots"))
                 for i in split.maths[int(k)].split(",")]  # "the digits 1, 4, 2 repeat"
        if not all(re.fullmatch(r"-?\d+", i) for i in items):
            return None, False, story
        return items, True, story[:m.start()] + " " + story[m.end():]
    if (m := _LETTER_RUN.search(story)) is not None:
        rest = story[:m.start()] + " " + story[m.end():]
        return shown_twice(list(m.group("run").upper())), False, _without_letters(rest)
    slots = re.findall(r"@(\d+)@", story)
    if len(slots) == 1 and len(split.maths) == 1 and _DOTS.search(split.maths[0]):
        items = [i.strip() for i in _DOTS.sub("", split.maths[0]).split(",")]
        if not all(re.fullmatch(r"-?\d+", i) for i in items):
            return None, False, story
        rest = story.replace(f"@{slots[0]}@", " ")
        return shown_twice(items), False, rest
    return None, False, story


def _without_letters(rest: str) -> str:
    """"the letters a, b, c, d, e repeat in the pattern ...": the letters named again."""
    return re.sub(r"\b[a-z](?:, (?:and )?[a-z])+\b", " ", rest)


def shown_twice(items: list[T]) -> list[T]:
    """The shortest block whose repeats give everything shown, shown twice at least (items,
    or runs of items as `counted_patterns` has them)."""
    for length in range(1, len(items) // 2 + 1):
        if all(items[i] == items[i % length] for i in range(len(items))):
            return items[:length]
    raise Decline("the pattern is not shown twice, so its block is not known")


def place_in_block(block: list[str], n: int, told: bool) -> Result:
    if n < 1 or n > _LIMIT or len(block) < 2:
        raise Decline("a place in a pattern of at least two items")
    length = len(block)
    r = (n - 1) % length + 1
    item = block[r - 1]
    walked = ""
    for k in range(n):  # the pattern written out, one item after another
        walked = block[k % length]
    confirm.check(walked == item, "writing the pattern out item by item gives the same item")
    q = (n - 1) // length
    shown = ", ".join(block)
    claim = f"{n} = {length} \\cdot {q} + {r}"
    return (sp.Integer(int(item)) if re.fullmatch(r"-?\d+", item) else item), [
        step("find the block", "The pattern repeats a block; count its items.",
             f"The block {shown} has {length} items"
             + ("." if told else ", and the pattern shown is that block again and again."),
             f"L = {length}"),
        step("divide by the length of the block", f"After {q} whole blocks, place {n} is "
             f"place {r} of the next block.", f"${claim}$", claim),
        step("read the item", f"Place {r} of the block is {item}.", f"{item}", item)]


__all__ = ["place_in_block", "read", "shown_twice"]
