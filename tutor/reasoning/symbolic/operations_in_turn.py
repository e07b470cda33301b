"""Operations done to a number in turn, said the way the number phrases read them (used by
`casual_text` after the text as written declines): "If you add 15 to a number and then
double it, you get 50." is "Twice the sum of a number and 15 is 50."; "I think of a number,
multiply it by 3 and subtract 4. The result is 11." is "The difference of 3 times a number
and 4 is 11.".

Each operation wraps the phrase before it in brackets of words ("the sum of ... and 15",
"twice ..."), so the order the student did them in is the order of the reading, and the
phrase reads one way. Two to four operations, each one of: add/subtract/multiply/divide by a
number, double, triple, halve, square; also said of the number ("A number is doubled and
then increased by 7; the result is 31."). Anything else leaves the text as it is.
"""

from __future__ import annotations

import re

_N = r"\d+(?:\.\d+)?"
_START = (r"(?:if (?:you|we|i) |(?:i|you) (?:think of|pick|choose|take) a number(?:,| and) "
          r"(?:then )?)")
# one operation, with what it does to the phrase before it
_STEPS: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.I), said) for p, said in [
    (rf"add (?P<n>{_N}) to (?:it|a number|the result)|add (?P<n2>{_N})",
     "the sum of {e} and {n}"),
    (rf"subtract (?P<n>{_N}) from (?:it|a number|the result)|subtract (?P<n2>{_N})"
     rf"|take away (?P<n3>{_N})", "the difference of {e} and {n}"),
    (rf"multiply (?:it|a number|the result) by (?P<n>{_N})|multiply by (?P<n2>{_N})",
     "{n} times {e}"),
    (rf"divide (?:it|a number|the result) by (?P<n>{_N})|divide by (?P<n2>{_N})",
     "the quotient of {e} and {n}"),
    (r"double (?:it|a number|the result)", "twice {e}"),
    (r"triple (?:it|a number|the result)", "three times {e}"),
    (r"halve (?:it|a number|the result)", "half of {e}"),
    (r"square (?:it|a number|the result)", "the square of {e}"),
]]
# the same operations said of the number ("A number doubled and then increased by 7 gives 31")
_DONE: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.I), said) for p, said in [
    (rf"(?:increased|raised) by (?P<n>{_N})|added to (?P<n2>{_N})", "the sum of {e} and {n}"),
    (rf"(?:decreased|reduced|lowered|diminished) by (?P<n>{_N})", "the difference of {e} and {n}"),
    (rf"multiplied by (?P<n>{_N})", "{n} times {e}"),
    (rf"divided by (?P<n>{_N})", "the quotient of {e} and {n}"),
    (r"doubled", "twice {e}"),
    (r"tripled", "three times {e}"),
    (r"halved", "half of {e}"),
    (r"squared", "the square of {e}"),
]]
_DONE_TO = re.compile(rf"\s*(?:when |if )?a number (?:is )?(?P<ops>.+?),?\s+(?:it )?(?:gives|"
                      rf"equals|makes|results in|is|the result is|(?:you|we) get) (?P<v>-?{_N})"
                      rf"\s*[.,]?\s*(?P<rest>.*)$", re.I | re.S)
_JOIN = r"(?:,? and then |,? then |, and |, | and )"
_ENDS = (rf"(?:,? (?:you|we|i) (?:get|end up with|obtain|have)|\. the (?:result|answer) is|,? "
         rf"the result is) (?P<v>-?{_N})\s*[.,]?\s*")


def _step(said: str, steps: list[tuple[re.Pattern[str], str]] = _STEPS) -> str | None:
    for pattern, phrase in steps:
        m = pattern.fullmatch(said.strip())
        if m is not None:
            n = next((v for v in m.groups() if v is not None), None)
            return phrase.replace("{n}", n or "")
    return None


def operations_said(text: str) -> str:
    steps = _STEPS
    m = re.match(rf"\s*{_START}(?P<ops>.+?){_ENDS}(?P<rest>.*)$", text, re.I | re.S)
    if m is None:
        m, steps = _DONE_TO.match(text), _DONE
        if m is None:
            return text
        said = [re.sub(r"^(?:it is|is) ", "", x.strip(), flags=re.I)
                for x in re.split(_JOIN, m.group("ops").strip(), flags=re.I)]
        thought = True  # "a number" opens the text
    else:
        said = re.split(_JOIN, m.group("ops").strip(), flags=re.I)
        thought = re.search(r"\ba number\b", m.group(0)[:m.start("ops")], re.I) is not None
    if not 2 <= len(said) <= 4 or not (thought or re.search(r"\ba number\b", said[0], re.I)):
        return text
    phrase = "a number"
    for part in said:
        wraps = _step(part, steps)
        if wraps is None:
            return text
        phrase = wraps.replace("{e}", phrase)
    rest = re.sub(r"\b(?:my|your|his|her|the original|the starting) number\b", "the number",
                  m.group("rest").strip(), flags=re.I) or "What is the number?"
    return f"{phrase[0].upper()}{phrase[1:]} is {m.group('v')}. {rest}"


__all__ = ["operations_said"]
