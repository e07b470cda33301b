"""Ways a question about one solid asks for a measure through what the solid holds, brought to
the plain question `solid_questions` reads (`solid_wording.normal` applies them first).

"How tall must the cone be to hold 100 cubic inches?", "What radius must it have to hold 90
cubic inches of water?", "How tall must a cylinder with radius 2 be to hold ...": the solid's
volume is told, its height (radius ...) asked; "A can holds 250 cubic inches (of water when
full)": its volume told. "How many
cubic inches are in a cube with edges of 7 inches?", "How many cubic feet of salt are in the
pile?": its volume asked. The last is read only when nothing says the solid is partly filled
("half full", "to a depth of"): then the material is not the whole solid (`filled_solids`)."""

from __future__ import annotations

import re

_U = (r"(?:units?|inches|inch|feet|foot|centimeters?|meters?|cm|m|miles?|yards?|millimeters?|"
      r"mm|ft|in)")
_KIND = r"(?:cube|box|sphere|hemisphere|cylinder|cone|pyramid)(?: n_[a-z]+)?"
_WHO = r"(?:(?P<it>it)|the (?P<solid>" + _KIND + r"))"
_TO_HOLD = (r"(?:must|will|should|would|does|do|can) " + _WHO + r" (?:need to )?(?:be|have)"
            r"(?: in order)? to (?:hold|contain) (?P<v>@\d+@)(?: cubic " + _U + r")?"
            r"(?: of [a-z]+)?")
_HOW_TALL = re.compile(r"\b(?:how (?:tall|high)|what (?P<m>height|radius|diameter|edge)) " +
                       _TO_HOLD)
# "how tall must a cylinder with radius 2 be to hold @3@": the solid told inside the question
_NEW_SOLID = re.compile(r"\b(?:how (?:tall|high)|what (?P<m>height|radius|diameter|edge)) "
                        r"(?:must|will|should|would|does|do|can) (?P<solid>(?:a|an) " + _KIND +
                        r" (?:with|of) [^?.;]*?) (?:need to )?(?:be|have)(?: in order)? to "
                        r"(?:hold|contain) (?P<v>@\d+@)(?: cubic " + _U + r")?(?: of [a-z]+)?")
# "a cylindrical can holds @3@ cubic inches (of water when full)": its volume told
_HOLDS = re.compile(r"\b(?:can |will )?(?:holds?|contains?) (@\d+@)( cubic " + _U +
                    r")(?: of [a-z]+)?(?: when (?:it is )?(?:completely )?full)?")
_CUBIC_IN = re.compile(r"\bhow many cubic " + _U + r" (?:of [a-z]+ )?(?:are|is) (?:there )?in "
                       r"(?P<det>the|a|an) (?P<solid>" + _KIND + r")(?= with\b| of\b| whose\b|"
                       r"[.,?]|$)")
_PART_FILLED = re.compile(r"\b(?:full|filled|fill|fills|depth|deep|empty|level)\b")


def _told_then_asked(m: re.Match[str]) -> str:
    """"how tall must the cone be to hold @3@": the cone's volume told, then its height asked."""
    measure = m.group("m") or "height"
    if m.group("it"):
        return f"its volume is {m.group('v')} ; what is its {measure}"
    solid = m.group("solid")
    return f"the volume of the {solid} is {m.group('v')} ; what is the {measure} of the {solid}"


def asked_through_volume(text: str) -> str:
    m = _HOW_TALL.search(text)
    if m and re.search(r"\b" + (m.group("m") or "height") + r"\b", text[:m.start()]):
        return text  # "a cone has a height of 6. how tall must it be ...": left unread
    text = _HOW_TALL.sub(_told_then_asked, text)
    text = _NEW_SOLID.sub(lambda m: f"{m.group('solid')} has a volume of {m.group('v')} ; what "
                          f"is its {m.group('m') or 'height'}", text)
    text = _HOLDS.sub(r"has a volume of \1\2", text)
    if not _PART_FILLED.search(text):
        text = _CUBIC_IN.sub(lambda m: f"what is the volume of {m.group('det')} "
                             f"{m.group('solid')}", text)
    return text


__all__ = ["asked_through_volume"]
