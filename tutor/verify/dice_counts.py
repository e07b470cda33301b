"""How many rolls of some dice have a property, said in words: "Of all the equally likely
outcomes (2 dice of 6 faces), 5 are ones where the sum is 8", "5 of the 36 outcomes have a
sum of 8", "there are 6 outcomes where both dice show the same number", "11 outcomes
where at least one of them is a 5", "15 where the first is larger than the second".

The dice are the ones the step names ("2 dice of 6 faces") or, when it names none, the only
dice the problem speaks of ("two fair dice", "a pair of six-sided dice", "3 dice"); the
outcomes are the ordered rolls, every one equally likely. The count is checked by listing
every roll (at most `MAX_ROLLS`). Verified when the count is the one listed; otherwise left
unchecked, never refuted: a count of unordered pairs ("3 ways to make 8: 2+6, 3+5, 4+4") or of
part of the rolls is no slip. Dice whose faces are numbered otherwise, or loaded, are not read.
Plain integer work (no SymPy), in the checking process."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from tutor.verify.verdict import ClaimResult, Verdict

MAX_ROLLS = 10_000
_METHOD = "listing every roll"
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "eight": 8, "ten": 10, "twelve": 12, "twenty": 20, "pair of": 2, "a pair of": 2}
_HOW_MANY = r"(?P<n>\d|two|three|four|five|a\s+pair\s+of|pair\s+of)"
_FACES = r"(?P<f>\d{1,2}|four|six|eight|ten|twelve|twenty)"
# "2 dice of 6 faces", "two fair six-sided dice", "a pair of standard dice", "3 dice"
_DICE = re.compile(
    _HOW_MANY + r"\s+(?:(?:fair|standard|ordinary|regular|normal|distinct)\s+)*"
    r"(?:" + _FACES + r"[-\s](?:sided|faced)\s+)?(?:(?:fair|standard)\s+)?dice"
    r"(?:\s+(?:of|with)\s+(?P<g>\d{1,2})\s+faces)?\b", re.IGNORECASE)
# faces numbered their own way, or not equally likely: no plain dice
_ODD_DICE = re.compile(r"\b(?:numbered|labell?ed|marked|painted|loaded|weighted|biased|unfair|"
                       r"blank|tetrahedral|octahedral|dodecahedral|icosahedral)\b",
                       re.IGNORECASE)
_COUNT = re.compile(
    r"(?:(?:there\s+are|of\s+all\s+the\s+equally\s+likely\s+outcomes\s*\([^()]*\)\s*,)\s+)?"
    r"\$?(?P<count>\d{1,5})\$?\s+"
    r"(?:of\s+(?:the|them|all)(?:\s+\$?(?P<total>\d{1,5})\$?)?(?:\s+(?:equally\s+likely\s+)?"
    r"(?:outcomes|rolls))?\s+)?"
    r"(?:(?:equally\s+likely\s+)?(?:outcomes|rolls|ordered\s+pairs)\s+)?"
    r"(?:are\s+ones\s+)?(?P<link>where|with|have|give|in\s+which)\s+(?P<what>[^.;]*?)"
    r"\s*(?=[.;]\s|[.;]?$)", re.IGNORECASE)
_SUM_SAYS = {"is": "==", "equals": "==", "is equal to": "==", "of": "==", "is at least": ">=",
             "is at most": "<=", "is greater than": ">", "is more than": ">",
             "is less than": "<", "is smaller than": "<", "is over": ">", "is under": "<"}
_SUM = re.compile(r"(?:the\s+|a\s+)?(?:sum|total)(?:\s+of\s+the\s+dice)?\s+"
                  r"(?P<says>is\s+equal\s+to|is\s+at\s+least|is\s+at\s+most|is\s+greater\s+than|"
                  r"is\s+more\s+than|is\s+less\s+than|is\s+smaller\s+than|is\s+over|is\s+under|"
                  r"equals|is|of)\s+\$?(?P<s>\d{1,3})\$?", re.IGNORECASE)
_SUM_TO = re.compile(r"(?:a\s+)?sum\s+(?:to|up\s+to)\s+\$?(?P<s>\d{1,3})\$?", re.IGNORECASE)
_FIRST_SECOND = re.compile(
    r"the\s+first(?:\s+(?:die|one|roll))?\s+(?:is\s+)?(?:shows\s+)?(?:a\s+)?"
    r"(?P<side>larger|greater|bigger|higher|more|smaller|less|lower)(?:\s+number)?\s+than\s+"
    r"the\s+second(?:\s+(?:die|one|roll))?", re.IGNORECASE)
_NTH = re.compile(r"the\s+(?P<nth>first|second)(?:\s+(?:die|one|roll))?\s+(?:is|shows)\s+"
                  r"(?:a\s+)?\$?(?P<v>\d{1,2})\$?", re.IGNORECASE)
_SAME = re.compile(r"both(?:\s+dice)?\s+(?:show\s+|are\s+)?the\s+same(?:\s+number)?|"
                   r"the\s+(?:two\s+)?dice\s+(?:show\s+the\s+same(?:\s+number)?|match)",
                   re.IGNORECASE)
_AT_LEAST_ONE = re.compile(
    r"at\s+least\s+(?:1|one)(?:\s+of\s+them|\s+(?:die|of\s+the\s+dice))?"
    r"(?:\s*:|\s+(?:is|shows))\s+(?:a\s+)?\$?(?P<v>\d{1,2})\$?", re.IGNORECASE)
# more than the dice in the problem's rolls: a coin beside them, dice rolled again
_MORE_ROLLED = re.compile(r"\b(?:twice|thrice|times|again|coins?|spinners?|cards?|marbles?|balls?|"
                          r"letters?)\b", re.IGNORECASE)
# what may stand before the count in its sentence
_OPENS = re.compile(r"\s*(?:(?:so|and|thus|hence|then|therefore)\s*,?\s*)?", re.IGNORECASE)
_COMPARE: dict[str, Callable[[int, int], bool]] = {
    "==": lambda a, b: a == b, ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b, "<": lambda a, b: a < b}

Roll = tuple[int, ...]


def _number(word: str | None) -> int | None:
    if word is None:
        return None
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else _SMALL.get(word)


def _dice(text: str) -> set[tuple[int, int]]:
    """Every (how many dice, how many faces) the text names."""
    found = set()
    for m in _DICE.finditer(text):
        n = _number(m.group("n"))
        faces = _number(m.group("f")) or _number(m.group("g")) or 6
        if n is not None and n >= 1:
            found.add((n, faces))
    return found


def _test(what: str) -> tuple[Callable[[Roll], bool], str] | None:
    """The property, read whole, or None: "the sum is 8", "both show the same number"."""
    what = " ".join(what.split()).rstrip(" .")
    if m := _SUM.fullmatch(what):
        total, compare = int(m.group("s")), _COMPARE[_SUM_SAYS[" ".join(m.group("says").split())
                                                                .lower()]]
        return (lambda r: compare(sum(r), total)), what
    if m := _SUM_TO.fullmatch(what):
        total = int(m.group("s"))
        return (lambda r: sum(r) == total), what
    if _SAME.fullmatch(what):
        return (lambda r: len(set(r)) == 1), what
    if m := _AT_LEAST_ONE.fullmatch(what):
        shown = int(m.group("v"))
        return (lambda r: shown in r), what
    if m := _NTH.fullmatch(what):
        place, value = (0 if m.group("nth").lower() == "first" else 1), int(m.group("v"))
        return (lambda r: r[place] == value), what
    if m := _FIRST_SECOND.fullmatch(what):
        if m.group("side").lower() in {"larger", "greater", "bigger", "higher", "more"}:
            return (lambda r: r[0] > r[1]), what
        return (lambda r: r[0] < r[1]), what
    return None


def dice_count_claims(problem: str, text: str) -> list[ClaimResult]:
    """Each count of rolls with a property the step says, checked by listing every roll."""
    if not re.search(r"\bdice\b", text + " " + problem, re.IGNORECASE):
        return []
    if _ODD_DICE.search(problem) or _ODD_DICE.search(text):
        return []
    found = []
    for m in _COUNT.finditer(text):
        said = m.group(0)
        if not _OPENS.fullmatch(re.split(r"[.;!?]\s", text[:m.start()])[-1]):
            continue  # "if the first die is 2, there are 5 ...": a count of part of the rolls
        dice = _dice(said)
        if not dice and not _MORE_ROLLED.search(problem):
            dice = _dice(problem)
        if len(dice) != 1 or (m.group("link").lower() == "give" and "sum" not in said):
            continue
        (n, faces), = dice
        read = _test(m.group("what"))
        if read is None or faces < 2 or faces ** n > MAX_ROLLS:
            continue
        test, what = read
        if m.group("total") and int(m.group("total")) != faces ** n:
            continue
        if re.search(r"\b(?:first|second)\b", what, re.IGNORECASE) and n != 2:
            continue
        count = sum(test(r) for r in itertools.product(range(1, faces + 1), repeat=n))
        claim = f"{m.group('count')} rolls of {n} dice of {faces} faces where {what}"
        if count == int(m.group("count")):
            found.append(ClaimResult(claim, Verdict.VERIFIED, f"{count} of the {faces ** n} rolls",
                                     "count", method=_METHOD))
        else:
            found.append(ClaimResult(claim, Verdict.UNCHECKED, f"listing every ordered roll gives "
                                     f"{count}: a count of some other kind?", "count"))
    return found


__all__ = ["dice_count_claims"]
