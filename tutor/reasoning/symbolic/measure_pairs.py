"""Two measures of a figure told together, said one at a time: "The radius and height of a
cylinder are 3 and 5." reads "The radius of a cylinder is 3 and its height is 5.", "its
length and width are 5 and 4" reads "its length is 5 and its width is 4", "A cone's radius
and height are 6 and 8, respectively" reads "A cone's radius is 6 and its height is 8".

The readers of figures bind each number to the measure named just before it, so two
measures named together and then two numbers are not read. Only two measures from a list of
a figure's dimensions, and two numbers (maths or digits, each with the same unit word or
none) are rewritten, in the order said ("respectively" or not: the order is the same);
anything else is left as it is. Like the other respellings the engine tries this only after
the problem as written is declined."""

from __future__ import annotations

import re

_MEASURE = (r"(?:slant height|base radius|radius|diameter|height|length|width|depth|base|side"
            r"|edge|leg|hypotenuse|perimeter|area|volume|circumference)")
_VALUE = r"(?:\$[^$]+\$|\d+(?:\.\d+)?)"
_UNIT = r"(?: (?:inches|feet|yards|miles|centimeters|meters|millimeters|cm|mm|m|units))?"
_TOGETHER = re.compile(
    rf"\b(?P<whose>[Tt]he|[Ii]ts|(?:[Tt]he|[Aa]n?) [a-z]+'s) (?P<one>{_MEASURE}) and "
    rf"(?:(?:the|its) )?(?P<two>{_MEASURE})(?P<of> of (?:a|an|the|this) [a-z]+(?: [a-z]+)?)? "
    rf"are (?P<a>{_VALUE})(?P<ua>{_UNIT}) and (?P<b>{_VALUE})(?P<ub>{_UNIT})"
    rf"(?:,? respectively)?(?=[,.;?]|\s+and\b|$)")


def _said(m: re.Match[str]) -> str:
    if m.group("one") == m.group("two") or m.group("ua") != m.group("ub") and m.group("ua") \
            and m.group("ub"):
        return m.group(0)
    of = m.group("of") or ""
    return (f"{m.group('whose')} {m.group('one')}{of} is {m.group('a')}{m.group('ua')} and its "
            f"{m.group('two')} is {m.group('b')}{m.group('ub')}")


def measures_said_apart(text: str) -> str:
    """The text with each pair of measures told together said one at a time."""
    return _TOGETHER.sub(_said, text) if " and " in text else text


__all__ = ["measures_said_apart"]
