"""Reader of a number and a part of itself: "A number plus its half is 18. What is the
number?", "a number plus its third is 20", "The sum of a number and its half is 27.", "a number
and half of it add up to 30", "When you add a quarter of a number to the number you get 35,
what is the number?", "a number minus its quarter is 15".

One statement: the number with a part F of itself added or taken away ("its half", "its
third", "F of it", "F of itself", "F of the number") equals N; one question: what is (find)
the number. Solved as x = N / (1 + F) (or 1 - F); confirmed by putting x back into the
statement, x + F*x = N, in exact fractions. A part of 1 or more taken away, any other clause
or a number in the question leaves it unread.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording

_N = r"#\d+(?:\.\d+|/\d+)?"
_PARTS = {"half": "#1/2", "third": "#1/3", "quarter": "#1/4", "fourth": "#1/4",
          "fifth": "#1/5", "tenth": "#1/10"}
_IS = (r"(?:is|equals|is equal to|makes|make|gives|gives you|comes to|come to|adds up to|"
       r"add up to|together make|together is|totals)")
_ADD = r"(?:plus|and|increased by|added to|with|together with)"
_TAKE = r"(?:minus|decreased by|less|take away|reduced by|without)"
_STATEMENTS = [
    re.compile(rf"^(?:a|the) number (?:(?P<add>{_ADD})|(?P<take>{_TAKE})) (?P<f>{_N}) of it "
               rf"{_IS} (?P<n>{_N})$"),
    re.compile(rf"^the (?:(?P<add>sum)|(?P<take>difference)) of (?:a|the) number and "
               rf"(?P<f>{_N}) of it (?:is|equals|is equal to) (?P<n>{_N})$"),
    re.compile(rf"^(?:if |when )?(?:you )?(?:(?P<add>add|adding) (?P<f>{_N}) of (?:a|the) "
               r"number to (?:the|that) number|(?P<take>subtract|subtracting|take|taking) "
               rf"(?P<f2>{_N}) of (?:a|the) number (?:from|away from) (?:the|that) number),? "
               rf"(?:you get|we get|gives(?: you)?|the (?:answer|result) is|makes|is) "
               rf"(?P<n>{_N})$"),
]
_ASK = re.compile(r"^(?:what is|what's|whats|find|determine|work out) (?:the|this|that) number"
                  r"|^what (?:is|was) it|^what number is it$")


def _normal(text: str) -> str:
    """ "its half", "its #1/2 times", "F of itself" all as "F of it"."""
    text = re.sub(rf"\bits ({_N}) times\b", r"\1 of it", text)
    text = re.sub(r"\bits (" + "|".join(_PARTS) + r")\b", lambda m: f"{_PARTS[m.group(1)]} of it",
                  text)
    return re.sub(r"\bof itself\b", "of it", text)


def _statement_and_ask(split: Split, template: str) -> tuple[str, str] | None:
    sentences = nw.story_sentences(split, template)
    if sentences is None or not 1 <= len(sentences) <= 2:
        return None
    if len(sentences) == 2:
        return sentences[0], sentences[1]
    m = re.fullmatch(r"(?P<s>.+?),? (?P<a>(?:what|find) .+)", sentences[0])
    if m is None:
        m = re.fullmatch(r"(?P<a>what (?:is|was) (?:the|this|that) number) (?P<s>(?:if|when) .+)",
                         sentences[0])
    return (m.group("s"), m.group("a")) if m else None


def number_and_its_part(split: Split, template: str) -> Result | None:
    if "number" not in template:
        return None
    parts = _statement_and_ask(split, template)
    if parts is None or "#" in parts[1] or not _ASK.fullmatch(parts[1]):
        return None
    text = _normal(parts[0])
    said = next((hit for p in _STATEMENTS if (hit := p.fullmatch(text))), None)
    if said is None:
        return None
    f = wording.value(said.group("f") or said.group("f2"))
    n = wording.value(said.group("n"))
    sign = -1 if said.group("take") else 1
    if not 0 < f or sign < 0 and f >= 1:
        return None
    x = n / (1 + sign * f)
    confirm.check(x + sign * f * x == n, "the number and its part put back into the statement")
    op = "-" if sign < 0 else "+"
    whole = f"1 {op} {nw.tex_of(f)} = {nw.tex_of(1 + sign * f)}"
    solve = f"x = \\frac{{{nw.tex_of(n)}}}{{{nw.tex_of(1 + sign * f)}}} = {nw.tex_of(x)}"
    steps = [step("the number's share", f"The number {op} {nw.tex_of(f)} of it is "
                  f"({whole}) times the number.", f"${whole}$", whole),
             step("the number", "Divide by that share.", f"${solve}$", solve)]
    return nw.as_measured(x, None, None), steps


__all__ = ["number_and_its_part"]
