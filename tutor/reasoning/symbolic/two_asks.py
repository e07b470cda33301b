"""A question that asks for two quantities at once.

"What are the sum and the product of the roots of ...?", "Find the gcd and the lcm of 12 and
18", "Find the sum of the roots ... and their product": one number cannot answer it, and a
reader that found one of the two would show half an answer as the answer. An answer that
lists values (the slope and the intercept, "m = -2, b = 5") may stand; a single value
declines."""

from __future__ import annotations

import re

_QUANTITY = (r"(?:sum|product|mean|average|median|mode|difference|quotient|remainder|gcd|lcm|"
             r"greatest common (?:divisor|factor)|least common multiple|area|perimeter|"
             r"circumference|volume|surface area|length|width|height|radius|diameter|slope|"
             r"vertex|cent(?:er|re)|maximum|minimum|[xy]-intercept)")
_ASK = r"(?:what (?:is|are|were|was)|find|compute|calculate|determine|give|state|evaluate)"
_OWNER = r"(?:the\s+|its\s+|their\s+)?"
_BOTH = re.compile(r"\b" + _ASK + r"\s+(?:both\s+)?" + _OWNER + _QUANTITY + r"s?\s+and\s+"
                   + _OWNER + _QUANTITY + r"\b", re.I)
_AND_THEIR = re.compile(r"\band\s+(?:their|its)\s+" + _QUANTITY + r"\s*(?:[.?!]|$)", re.I)


def asks_two(text: str) -> bool:
    """Whether the question asks for two quantities ("the sum and the product of ...")."""
    return bool(_BOTH.search(text) or _AND_THEIR.search(text))


def one_value_for_two(text: str, answer: str) -> bool:
    """A single value given where two quantities are asked."""
    return asks_two(text) and "," not in answer and ";" not in answer


__all__ = ["asks_two", "one_value_for_two"]
