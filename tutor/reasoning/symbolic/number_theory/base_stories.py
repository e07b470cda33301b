"""An amount told in another base, asked in base ten (the base also said in words: "counts his
gold in base 6 and says he has 2345 coins"): "An old tortoise says it has lived
$1302_4$ years. How many years is that in base ten?", "A dragon guards $2101_3$ coins, $112_3$
rubies and $21_3$ pearls. In base 10, what is the total number of treasures?".

The story around the numerals is not read, so it must say nothing that could change the
amount: no other number (in digits or words), no word of arithmetic or change ("left",
"spent", "each", "twice", "more" ... `_CHANGES`). The question must ask in base ten for
the amount itself: one numeral's value, or with "total" / "altogether" / "in all" /
"combined" the sum of all of them. Each value is found digit by digit and confirmed by
Python's `int(digits, base)` (`numeral_values`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import integers, numeral_values
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_NUMERAL = re.compile(r"\s*([0-9A-Za-z]+)_\{?(\d+)\}?\s*")
_TEN = r"(?:base(?:-| )(?:ten|@(?P<t{0}>\d+)@)|decimal(?: form| notation)?)"
_INSTRUCTION = re.compile(r"[.,]? ?\(?(?:express|give|write|state) (?:your|the) answer in "
                          + _TEN.format(1) + r"\.?\)?$")
_IN_TEN = re.compile(r"(?:^|,? )(?:when )?(?:written |expressed |converted )?(?:in|to|into) "
                     + _TEN.format(2) + r",?(?= |$)")
_SENTENCE = re.compile(r"(?<=[.?!]) (?=[a-z@])")
_ASKS = frozenset(
    "how many much what is are was were this that these those it there in does do did have has "
    "he she they his her their its old number amount value worth total altogether all combined "
    "sum together years age".split())
_SUMS = frozenset("total altogether combined sum together".split())
# what a total may be called without naming one of the things counted
_COLLECTIVE = frozenset("items things objects treasure treasures dollar dollars money amount "
                        "amounts value worth pieces".split())
_VERBS = frozenset("express write convert give rewrite".split())
_MEASURES = frozenset("distance length height depth weight age time number".split())
_CONVERT = re.compile(r"(?:express|write|convert|give|rewrite) (?:this|that|it|these|those|the)"
                      r"(?: (?P<what>[a-z]+))?")
_CHANGES = frozenset(
    "half halves twice double doubled triple tripled thrice times more less fewer left remain "
    "remaining remains rest spent spend spends lost lose loses gave give gives given sold sell "
    "sells buy buys bought paid pay pays cost costs each per every plus minus after ago later "
    "before percent fraction quarter third fourth fifth dozen split share shared shares divide "
    "divided divides multiply multiplied add added adds subtract subtracted difference product "
    "increase increased decrease decreased another other others extra second first next last "
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion zero not no except only than if would will".split())


def read(split: Split, template: str) -> Result | None:
    """The amount (or total) a story tells in another base, asked in base ten."""
    if "base" not in template and "decimal" not in template or not split.maths:
        return None
    text = re.sub(r"\s+", " ", template).strip().rstrip(" .?")
    text = text.replace("base- ", "base-")
    used: set[int] = set()
    instruction = _INSTRUCTION.search(text)
    if instruction:
        _ten(split, instruction.group("t1"), used)
        text = text[:instruction.start()].strip().rstrip(" .?")
    *story, question = _SENTENCE.split(text) if _SENTENCE.search(text) else [text]
    if not story:
        return None
    asked = _IN_TEN.search(question)
    if asked:
        _ten(split, asked.group("t2"), used)
        question = (question[:asked.start()] + " " + question[asked.end():]).strip()
    elif not instruction:
        return None
    told = " ".join(story)
    slots = [int(s) for s in re.findall(r"@(\d+)@", told)]
    if re.search(r"@\d+@", question) or not slots or set(slots) | used != set(
            range(len(split.maths))):
        return None
    told, plain = _base_in_words(split, told, slots, used)
    if words(told + " " + question) & _CHANGES or re.search(r"\bbase\b|\bdecimal\b", told):
        return None
    convert = _CONVERT.fullmatch(question)
    if not words(question) & {"how", "what"} and not convert:
        return None
    said = words(question) - FILLER - (_VERBS if convert else set())
    if len(slots) == 1:
        said -= _MEASURES
    if len(slots) > 1 and said & _some_units(told):
        return None  # a total of some of the things: which?
    if any(not _in_story(w, words(told)) for w in said - _ASKS - _COLLECTIVE):
        return None
    slots = [s for s in slots if s not in used]
    numerals = [plain] if plain else [_NUMERAL.fullmatch(split.maths[s]) for s in slots]
    if any(n is None for n in numerals):
        return None  # a plain number in the story: the amount may not be the numeral's
    if len(slots) > 1 and not said & _SUMS and "in all" not in question:
        raise Decline("several amounts, and the question does not say which")
    return _amount([n for n in numerals if n is not None], len(slots) > 1)


def _base_in_words(split: Split, told: str, slots: list[int], used: set[int]
                   ) -> tuple[str, re.Match[str] | None]:
    """"counts his gold in base 6 and says he has 2345 coins": the one base said in the story
    and the one plain number, whose digits must all be digits of that base, read as a numeral
    of that base; the story without the base, and that numeral (None when the story says no
    base this way)."""
    said = list(re.finditer(r"\b(?:in|using) base(?:-| )@(\d+)@", told))
    if len(said) != 1:
        return told, None
    base_slot = int(said[0].group(1))
    amounts = [s for s in slots if s != base_slot]
    digits = split.maths[amounts[0]].strip() if len(amounts) == 1 else ""
    base = integers.integer(split.maths[base_slot])
    if not re.fullmatch(r"\d+", digits) or not 2 <= base <= 9 or any(
            int(d) >= base for d in digits):
        raise Decline("one amount whose digits are digits of the base the story names")
    if not _base_says_of(told, said[0], amounts[0]):
        raise Decline("the base the story names said of the amount itself (the same "
                      "sentence and the same one counting)")
    used.update({base_slot, amounts[0]})
    told = told[:said[0].start()] + told[said[0].end():]
    return told, _NUMERAL.fullmatch(f"{digits}_{{{base}}}")


def _base_says_of(told: str, base: re.Match[str], amount: int) -> bool:
    """The base phrase said of the amount itself, in one sentence with no one else counting
    between them: "counts his gold in base 6 and says he has 2345", "laid 242 eggs in base
    5", not "has 2345 coins. His sister counts in base 6" or "has 2345 coins and ann counts
    in base 6" (the template is lower case: a name is a plain word)."""
    at = told.find(f"@{amount}@")
    if re.search(r"[.!?;]", told[min(at, base.start()):max(at, base.end())]):
        return False
    if at < base.start():  # the amount first: only its noun between ("242 eggs in base 5")
        return bool(re.fullmatch(rf"@{amount}@(?: [a-z]+){{0,3}} ", told[at:base.start()])) \
            and not re.search(r"\b(?:and|but|while|who|whose|which|so|his|her|their)\b",
                              told[at:base.start()])
    # the base first: what goes on after "and" is the same one ("and says he has")
    return all(re.match(r"(?:says?|said|he|she|it|they|then|so|writes?|wrote|gets?|got)\b", rest)
               for rest in re.findall(r"\band ([a-z]+)", told[base.end():at]))


def _some_units(told: str) -> set[str]:
    """The words naming what some amounts count but not all: after a numeral, up to "and" or
    a comma ("red" of "123_4 red stones and 33_4 blue stones", not "stones")."""
    named = [words(phrase) - FILLER
             for phrase in re.findall(r"@\d+@ ((?:(?!and\b)[a-z' -])+)", told)]
    if not named:
        return set()
    every = set(named[0]).intersection(*named[1:])
    return set(named[0]).union(*named[1:]) - every


def _in_story(word: str, told: set[str]) -> bool:
    """The word, or its plural, third person or past ("own" for "owns", "walk" for "walked"),
    is in the story."""
    return any(w in told for w in (word, word + "s", word + "es", word.removesuffix("s"),
                                   word + "ed", word + "d"))


def _ten(split: Split, slot: str | None, used: set[int]) -> None:
    if slot is not None:
        if integers.integer(split.maths[int(slot)]) != 10:
            raise Decline("an answer asked in a base other than ten")
        used.add(int(slot))


def _amount(numerals: list[re.Match[str]], total: bool) -> Result:
    values, claims = [], []
    for n in numerals:
        base = int(n.group(2))
        if base == 10 or not 2 <= base <= 36:
            raise Decline("an amount written in another base from 2 to 36")
        value, claim = numeral_values.place_value(n.group(1), base)
        values.append(value)
        claims.append(claim)
    steps = [step("place value", "Each digit counts a power of its base.",
                  "$" + "$, $".join(claims) + "$", "; ".join(claims))]
    if total:
        claim = " + ".join(map(str, values)) + f" = {sum(values)}"
        steps.append(step("add the amounts", "The total is the sum of the amounts in base ten.",
                          f"${claim}$", claim))
    return sp.Integer(sum(values)), steps


__all__ = ["read"]
