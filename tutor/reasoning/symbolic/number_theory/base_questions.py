"""Questions about numerals written in other bases: their value in another base ("Convert
$2103_5$ to base 10", "What is the base ten equivalent of ...", "Find $51_7 - 26_7$ in base
7"), sums, differences and products of such numerals, the remainder of one on division, how
many digits a number has in a base, and the sum, product or last digit of those digits.
Arithmetic of numerals that all share one base, with no base asked for the answer ("add
1011_2 and 110_2"), is answered in their base.

The words are read first: every way of naming a base ("base 8", "base-eight", "octal",
"(Express your answer in base 8.)") becomes one marker `B8`, then the question is matched
against a small set of asks (`_ASKS`). A numeral's value is computed digit by digit
(Horner's rule) and the arithmetic by SymPy; each is confirmed by Python's own
`int(digits, base)` and an exact fraction evaluation of the same arithmetic
(`numeral_arithmetic`), and every representation is read back digit by digit.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import integers, numeral_values
from tutor.reasoning.symbolic.number_theory.integers import DIGITS
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import number_words
from tutor.reasoning.symbolic.typed import words_within

_WORD_BASES = number_words([*range(2, 13), 16])
_NAMED = {"binary": 2, "ternary": 3, "octal": 8, "decimal": 10, "hexadecimal": 16}
B = r"b(\d+)"  # a base, after `markers`
_NOUN = r"(?:number|integer|numeral|expression|representation)s?"
SUBJ = r"(?:the (?:" + B + r" )?" + _NOUN + r" )?@(\d+)@"  # groups: base named, slot
_TARGET = r"(?:in|to|into|as) (?:a |an )?" + B + r"(?: " + _NOUN + r")?"
_ASK = (r"(?:(?:what is|what's|find|compute|calculate|evaluate|determine|add|subtract"
        r"|multiply) )?")
_REPR = r"(?:representation|expression|expansion|form|numeral)"
_NUMERAL_OR_SIGN = re.compile(r"[0-9A-Z]+_\{?\d+\}?|[-+*]|\\times|\\cdot|\\div")
_SIGN = re.compile(r"[-+*]|\\times|\\cdot|\\div")
_LIST = r"(?P<list>@\d+@(?:,? @\d+@)*,? and @\d+@)"
_ASKS: list[tuple[str, re.Pattern[str]]] = [
    # "What is 1011_2 + 110_2?": one piece of arithmetic on numerals that share a base
    ("expr", re.compile(r"(?:what is|what's|find|compute|calculate|evaluate) @(\d+)@")),
    ("value", re.compile(r"(?:convert|express|write|rewrite) " + SUBJ + " " + _TARGET)),
    ("value", re.compile(_ASK + r"(?:the value of )?" + SUBJ + r"(?:,? (?:when )?(?:expressed|"
                         r"written|converted|represented) " + _TARGET + r"| " + _TARGET + ")?")),
    ("value", re.compile(_ASK + r"the " + B + r" (?:equivalent|representation|value|form|"
                         r"number|integer|numeral) (?:of|for|represented by|equal to|"
                         r"equivalent to) " + SUBJ)),
    ("value", re.compile(SUBJ + r" (?:is equal to|equals|is) (?:which|what) (?:" + B
                         + r" (?:number|integer|numeral)|(?:number|integer|numeral) in " + B
                         + ")")),
    ("value", re.compile(r"how (?:is|would|can|do you write|does one write) " + SUBJ
                         + r" (?:be )?(?:written|expressed|represented|look) " + _TARGET)),
    ("value", re.compile(r"(?:in|as) (?:a )?" + B + r"(?: " + _NOUN + r")?,? " + SUBJ
                         + r" (?:is|would be) (?:written|expressed|represented) as what")),
    ("value", re.compile(r"what (?:" + B + r" )?(?:number|integer|numeral) does " + SUBJ
                         + r" (?:represent|equal|stand for)")),
    ("arith", re.compile(r"(?:(?:what is|what's|find|compute|calculate|evaluate|determine|"
                         r"express|write) )?the (?P<op>sum|product|difference) (?:of|between) "
                         + _LIST
                         + r"(?: " + _TARGET + r")?")),
    ("arith", re.compile(r"(?P<op>add|multiply) " + _LIST + r"(?: " + _TARGET + r")?")),
    ("arith", re.compile(r"(?P<op>add|multiply|subtract) (?P<list>@\d+@ (?:to|by|from) @\d+@)"
                         r"(?: " + _TARGET + r")?")),
    ("arith", re.compile(_ASK + r"(?P<list>@\d+@ (?P<op>plus|minus|times|multiplied by) @\d+@)"
                         r"(?: " + _TARGET + r")?")),
    ("remainder", re.compile(r"when " + SUBJ + r" is divided by @(\d+)@,? what is the "
                             r"remainder")),
    ("remainder", re.compile(_ASK + r"the remainder (?:when|if) " + SUBJ
                             + r" is divided by @(\d+)@")),
    ("count", re.compile(r"how many digits (?:are (?:there )?in|does|do) the " + B + " "
                         + _REPR + r" (?:of|for) " + SUBJ + r"(?: have)?")),
    ("count", re.compile(r"how many (?:" + B + r" )?digits(?: \(bits\))? (?:does " + SUBJ
                         + r" have|are (?:there )?in " + SUBJ + r")(?:,? (?:when )?(?:written|"
                         r"expressed|represented|converted))? (?:in|as|to) (?:a )?" + B
                         + r"(?: " + _NOUN + r")?")),
    ("count", re.compile(r"when " + SUBJ + r" is (?:written|expressed|converted) (?:in|to|as) "
                         r"(?:a )?" + B + r"(?: " + _NOUN + r")?,? how many (?:" + B
                         + r" )?digits(?: \(bits\))? does it have")),
    ("digitsum", re.compile(_ASK + r"the (?P<op>sum|product) of (?:all )?(?:of )?the digits "
                            r"(?:of|in) the " + B + " " + _REPR + r" (?:of|for) " + SUBJ)),
    ("units", re.compile(_ASK + r"the (?:units|ones|last|rightmost) digit (?:of|in) the "
                         + B + " " + _REPR + r" (?:of|for) " + SUBJ)),
]
_INSTRUCTION = re.compile(
    r"[.,]? ?\(?(?:(?:please )?(?:express|give|write|leave) (?:your|the) (?:answer|response)"
    r"|answer) in " + B + r"\.?\)?$")
_IF_NEEDED = r"(?:,? if (?:necessary|needed))?"
_LETTERS = re.compile(
    r"[.,]? ?(?:using|use) @(\d+)@ for @(\d+)@(?: and @(\d+)@ for @(\d+)@)?" + _IF_NEEDED
    + r"|[.,]? ?represent @(\d+)@ as @(\d+)@(?: and @(\d+)@ as @(\d+)@)?" + _IF_NEEDED
    + r"|[.,]? ?here @(\d+)@ and @(\d+)@ (?:denote|represent|stand for) the digits whose values "
    r"are @(\d+)@ and @(\d+)@,? respectively,? in b\d+")
_VOCAB = frozenset(
    "convert express write rewrite to in into as a an base binary ternary octal decimal "
    "hexadecimal number numbers integer integers numeral numerals expression expressions "
    "representation representations what is what's find compute calculate evaluate determine "
    "value of equivalent represented by equal equals sum product difference between add "
    "multiply and when divided remainder how many digits digit are there does do have written "
    "expressed converted units ones last rightmost form expansion all bits your answer give "
    "response leave please using use for if necessary needed represent it here denote stand whose "
    "respectively how change translate from would can you one look stand plus minus times "
    "multiplied subtract".split()) | set(
        _WORD_BASES)


# the base a numeral is written in, said after it: "convert 2034 from base 5 to base 10",
# "2034 in base 5 equals what number in base 10", "convert 1011 base 2 to base 10", "what is
# 101101 in binary in decimal", "1011 (base 2) written in base 10"; "change" converts as
# "convert" does
_SOURCE_BASE = [(r"(?:\bthe (?:number|numeral|integer) )?@(\d+)@ (?:from |in |\()?b(\d+)\)?(?= "
                 r"(?:(?:written |expressed |converted |when written )?(?:to|into|in|as)|equals|"
                 r"is equal to|is (?:what|which))\b)", r"the b\2 number @\1@"),
                (r"^(?:change|translate)\b", "convert")]


def markers(split: Split, template: str, used: set[int]) -> str:
    """Every way of naming a base becomes `b<base>`; the slots read are added to `used`."""
    t = re.sub(r"\bbase- ?", "base ", template).replace("( ", "(").replace(" )", ")")

    def slot(m: re.Match[str]) -> str:
        b = integers.integer(split.maths[int(m.group(1))])
        if not 2 <= b <= 36:
            raise Decline("a base from 2 to 36")
        used.add(int(m.group(1)))
        return f"b{b}"

    t = re.sub(r"\bbase @(\d+)@", slot, t)
    t = re.sub(r"\bbase (" + "|".join(_WORD_BASES) + r")\b",
               lambda m: f"b{_WORD_BASES[m.group(1)]}", t)
    t = re.sub(r"\b(" + "|".join(_NAMED) + r")\b", lambda m: f"b{_NAMED[m.group(1)]}", t)
    return re.sub(r"\s+", " ", t).strip().rstrip(" .?")


def read(split: Split, template: str) -> Result | None:
    """Numerals in bases: value, arithmetic, remainder, digit count, digit sum and units."""
    if "base" not in template and not any(w in template for w in _NAMED) and not any(
            re.search(r"(?<![\\A-Za-z0-9])\d[0-9A-Z]*_\{?\d+\}?", m) for m in split.maths):
        return None
    if not words_within(template, _VOCAB):
        return None
    used: set[int] = set()
    body = markers(split, template, used)
    if re.search(r"\bbase\b", body):
        return None  # "base" without a base we can read ("in this base", "base b")
    for said, meant in _SOURCE_BASE:
        body = re.sub(said, meant, body)
    letters = _LETTERS.search(body)
    if letters:
        slots = [g for g in letters.groups() if g is not None]
        _check_letters(split, slots, told_after=letters.group(9) is not None)
        used |= {int(g) for g in slots}
        body = (body[:letters.start()] + body[letters.end():]).strip().rstrip(" .?,")
    target: int | None = None
    instr = _INSTRUCTION.search(body)
    if instr:
        target = int(instr.group(1))
        body = body[:instr.start()].strip().rstrip(" .?,")
    for kind, pattern in _ASKS:
        m = pattern.fullmatch(body)
        if m and (kind != "expr" or _SIGN.search(split.maths[int(m.group(1))].lstrip(" -"))):
            return _answer(split, kind, m, target, used)
    return None


def _check_letters(split: Split, slots: list[str], told_after: bool) -> None:
    """"using A for 10 and B for 11": the usual digit letters, nothing else.

    `told_after`: the letters come first and their values after them ("here A and B
    denote the digits whose values are 10 and 11"), so the pairs are (1st, 3rd), (2nd, 4th).
    """
    if told_after:
        slots = [slots[0], slots[2], slots[1], slots[3]]
    for one, two in zip(slots[::2], slots[1::2], strict=True):
        letter, value = (two, one) if split.maths[int(one)].strip().isdigit() else (one, two)
        name = split.maths[int(letter)].strip()
        if len(name) != 1 or DIGITS.find(name.upper()) != integers.integer(
                split.maths[int(value)]):
            raise Decline("digit letters other than A = 10, B = 11, ...")


def _answer(split: Split, kind: str, m: re.Match[str], target: int | None,
            used: set[int]) -> Result:
    groups = [g for g in m.groups() if g is not None]
    if kind == "arith":
        op = m.group("op")
        slots = [int(s) for s in re.findall(r"@(\d+)@", m.group("list"))]
        if op == "difference" and len(slots) != 2:
            raise Decline("a difference of more than two numbers")
        if op in ("subtract", "minus") and len(slots) != 2:
            raise Decline("a difference of more than two numbers")
        if op == "subtract":  # "subtract a from b" is b - a
            slots.reverse()
        joined = {"sum": " + ", "add": " + ", "plus": " + ", "product": " \\cdot ",
                  "multiply": " \\cdot ", "times": " \\cdot ", "multiplied by": " \\cdot ",
                  "difference": " - ", "subtract": " - ", "minus": " - "}[op]
        src = joined.join(f"({split.maths[s]})" for s in slots)
        named = [int(g) for g in groups if g.isdigit()]
        all_used(split, used | set(slots))
        if not named and target is None:  # "add 1011_2 and 110_2": the numerals' own base
            named = _shared_base(split, slots)
        return numeral_values.in_base(src, None, _one_target(named, target))
    if kind == "expr":
        slot = int(m.group(1))
        all_used(split, used | {slot})
        src = re.sub(r"\s+", "", split.maths[slot])
        pieces = _NUMERAL_OR_SIGN.findall(src)
        numerals = [re.fullmatch(r"[0-9A-Z]+_\{?(\d+)\}?", p) for p in pieces[::2]]
        if "".join(pieces) != src or len(pieces) < 3 or not all(numerals) or any(
                _SIGN.fullmatch(p) is None for p in pieces[1::2]):
            raise Decline("numerals joined by + - \\times \\div only")
        bases = {int(n.group(1)) for n in numerals if n is not None}
        named = list(bases) if len(bases) == 1 and target is None else []
        return numeral_values.in_base(src.replace("*", " \\cdot "), None,
                                      _one_target(named, target))
    # SUBJ contributes (base named?, slot); the remaining groups are bases or a divisor
    subj = re.search(SUBJ, m.group(0))
    assert subj is not None
    sm = re.fullmatch(SUBJ, subj.group(0))
    assert sm is not None
    prefix = int(sm.group(1)) if sm.group(1) else None
    slot = int(sm.group(2))
    others = [int(g) for g in groups if g.isdigit()]
    others.remove(slot)
    if prefix is not None:
        others.remove(prefix)
    if kind == "remainder":
        (divisor_slot,) = others
        all_used(split, used | {slot, divisor_slot})
        if target not in (None, 10):
            raise Decline("a remainder asked in another base")
        return numeral_values.remainder(split.maths[slot], prefix,
                                        integers.integer(split.maths[divisor_slot]))
    all_used(split, used | {slot})
    if kind == "value":
        return numeral_values.in_base(split.maths[slot], prefix, _one_target(others, target))
    if target is not None:
        raise Decline("an answer base for a count of digits")
    if len(set(others)) != 1:
        raise Decline("two bases for one representation")
    return numeral_values.digits_in_base(kind, m.groupdict().get("op"), split.maths[slot],
                                         prefix, others[0])


def _shared_base(split: Split, slots: list[int]) -> list[int]:
    """The base every numeral of the arithmetic is written in, when they share one."""
    bases = {m.group(1) if (m := re.fullmatch(r"\s*[0-9A-Z]+_\{?(\d+)\}?\s*", split.maths[s]))
             else None for s in slots}
    return [int(b) for b in bases if b is not None] if None not in bases else []


def all_used(split: Split, used: set[int]) -> None:
    if used != set(range(len(split.maths))):
        raise Decline("maths the question does not use")


def _one_target(named: list[int], target: int | None) -> int:
    bases = set(named) | ({target} if target is not None else set())
    if len(bases) != 1:
        raise Decline("no base or two bases for the answer")
    return bases.pop()


__all__ = ["all_used", "markers", "read"]
