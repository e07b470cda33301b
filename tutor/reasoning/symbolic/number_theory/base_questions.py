"""Questions about numerals written in other bases: their value in another base ("Convert
$2103_5$ to base 10", "What is the base ten equivalent of ...", "Find $51_7 - 26_7$ in base
7"), sums, differences and products of such numerals, the remainder of one on division, how
many digits a number has in a base, and the sum, product or last digit of those digits.

The words are read first: every way of naming a base ("base 8", "base-eight", "octal",
"(Express your answer in base 8.)") becomes one marker `B8`, then the question is matched
against a small set of asks (`_ASKS`). A numeral's value is computed digit by digit
(Horner's rule) and the arithmetic by SymPy; each is confirmed by Python's own
`int(digits, base)` and an exact fraction evaluation of the same arithmetic
(`numeral_arithmetic`), and every representation is read back digit by digit.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.number_theory.bases import horner
from tutor.reasoning.symbolic.number_theory.numeral_arithmetic import evaluate
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_NUMERAL = re.compile(r"(?<![\\A-Za-z0-9])([0-9A-Za-z]+)_(?:\{(\d+)\}|(\d+))")
_WORD_BASES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "sixteen": 16}
_NAMED = {"binary": 2, "ternary": 3, "octal": 8, "decimal": 10, "hexadecimal": 16}
B = r"b(\d+)"  # a base, after `_markers`
_NOUN = r"(?:number|integer|numeral|expression|representation)s?"
SUBJ = r"(?:the (?:" + B + r" )?" + _NOUN + r" )?@(\d+)@"  # groups: base named, slot
_TARGET = r"(?:in|to|into|as) (?:a |an )?" + B + r"(?: " + _NOUN + r")?"
_ASK = (r"(?:(?:what is|what's|find|compute|calculate|evaluate|determine|add|subtract"
        r"|multiply) )?")
_REPR = r"(?:representation|expression|expansion|form|numeral)"
_LIST = r"(?P<list>@\d+@(?:,? @\d+@)*,? and @\d+@)"
_ASKS: list[tuple[str, re.Pattern[str]]] = [
    ("value", re.compile(r"(?:convert|express|write|rewrite) " + SUBJ + " " + _TARGET)),
    ("value", re.compile(_ASK + r"(?:the value of )?" + SUBJ + r"(?:,? (?:when )?(?:expressed|"
                         r"written|converted|represented) " + _TARGET + r"| " + _TARGET + ")?")),
    ("value", re.compile(_ASK + r"the " + B + r" (?:equivalent|representation|value|form|"
                         r"number|integer|numeral) (?:of|for|represented by|equal to|"
                         r"equivalent to) " + SUBJ)),
    ("value", re.compile(SUBJ + r" (?:is equal to|equals|is) (?:which|what) " + B
                         + r" (?:number|integer|numeral)")),
    ("arith", re.compile(r"(?:(?:what is|what's|find|compute|calculate|evaluate|determine|"
                         r"express|write) )?the (?P<op>sum|product|difference) (?:of|between) "
                         + _LIST
                         + r"(?: " + _TARGET + r")?")),
    ("arith", re.compile(r"(?P<op>add|multiply) " + _LIST + r"(?: " + _TARGET + r")?")),
    ("remainder", re.compile(r"when " + SUBJ + r" is divided by @(\d+)@,? what is the "
                             r"remainder")),
    ("remainder", re.compile(_ASK + r"the remainder (?:when|if) " + SUBJ
                             + r" is divided by @(\d+)@")),
    ("count", re.compile(r"how many digits (?:are (?:there )?in|does|do) the " + B + " "
                         + _REPR + r" (?:of|for) " + SUBJ + r"(?: have)?")),
    ("count", re.compile(r"how many (?:" + B + r" )?digits(?: \(bits\))? does " + SUBJ
                         + r" have (?:when )?(?:written|expressed) (?:in|as) (?:a )?" + B
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
_LETTERS = re.compile(
    r"[.,]? ?(?:using|use) @(\d+)@ for @(\d+)@(?: and @(\d+)@ for @(\d+)@)?(?:,? if necessary)?"
    r"|[.,]? ?represent @(\d+)@ as @(\d+)@(?: and @(\d+)@ as @(\d+)@)?(?:,? if necessary)?"
    r"|[.,]? ?here @(\d+)@ and @(\d+)@ (?:denote|represent|stand for) the digits whose values "
    r"are @(\d+)@ and @(\d+)@,? respectively,? in b\d+")
_VOCAB = frozenset(
    "convert express write rewrite to in into as a an base binary ternary octal decimal "
    "hexadecimal number numbers integer integers numeral numerals expression expressions "
    "representation representations what is what's find compute calculate evaluate determine "
    "value of equivalent represented by equal equals sum product difference between add "
    "multiply and when divided remainder how many digits digit are there does do have written "
    "expressed converted units ones last rightmost form expansion all bits your answer give "
    "response leave please using use for if necessary represent it here denote stand whose "
    "respectively".split()) | set(_WORD_BASES)


def _markers(split: Split, template: str, used: set[int]) -> str:
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
    if "base" not in template and not any(w in template for w in _NAMED):
        return None
    if not words_within(template, _VOCAB):
        return None
    used: set[int] = set()
    body = _markers(split, template, used)
    if re.search(r"\bbase\b", body):
        return None  # "base" without a base we can read ("in this base", "base b")
    letters = _LETTERS.search(body)
    if letters:
        slots = [g for g in letters.groups() if g is not None]
        _check_letters(split, slots)
        used |= {int(g) for g in slots}
        body = (body[:letters.start()] + body[letters.end():]).strip().rstrip(" .?,")
    target: int | None = None
    instr = _INSTRUCTION.search(body)
    if instr:
        target = int(instr.group(1))
        body = body[:instr.start()].strip().rstrip(" .?,")
    for kind, pattern in _ASKS:
        m = pattern.fullmatch(body)
        if m:
            return _answer(split, kind, m, target, used)
    return None


def _check_letters(split: Split, slots: list[str]) -> None:
    """"using A for 10 and B for 11": the usual digit letters, nothing else."""
    if len(slots) == 4 and not split.maths[int(slots[1])].strip().isdigit():
        slots = [slots[0], slots[2], slots[1], slots[3]]  # "A and B ... are 10 and 11"
    for one, two in zip(slots[::2], slots[1::2], strict=True):
        letter, value = (two, one) if split.maths[int(one)].strip().isdigit() else (one, two)
        name = split.maths[int(letter)].strip()
        if len(name) != 1 or _DIGITS.find(name.upper()) != integers.integer(
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
        joined = {"sum": " + ", "add": " + ", "product": " \\cdot ", "multiply": " \\cdot ",
                  "difference": " - "}[op]
        src = joined.join(f"({split.maths[s]})" for s in slots)
        named = [int(g) for g in groups if g.isdigit()]
        _all_used(split, used | set(slots))
        return _in_base(src, None, _one_target(named, target))
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
        _all_used(split, used | {slot, divisor_slot})
        if target not in (None, 10):
            raise Decline("a remainder asked in another base")
        return _remainder(split.maths[slot], prefix, integers.integer(split.maths[divisor_slot]))
    _all_used(split, used | {slot})
    if kind == "value":
        return _in_base(split.maths[slot], prefix, _one_target(others, target))
    if target is not None:
        raise Decline("an answer base for a count of digits")
    if len(set(others)) != 1:
        raise Decline("two bases for one representation")
    return _digits(kind, m, split.maths[slot], prefix, others[0])


def _all_used(split: Split, used: set[int]) -> None:
    if used != set(range(len(split.maths))):
        raise Decline("maths the question does not use")


def _one_target(named: list[int], target: int | None) -> int:
    bases = set(named) | ({target} if target is not None else set())
    if len(bases) != 1:
        raise Decline("no base or two bases for the answer")
    return bases.pop()


def _value(src: str, prefix: int | None) -> tuple[int, list[Step]]:
    """The integer value of numerals (and + - \\times \\div on them), with its steps."""
    src = src.strip()
    if prefix is not None and re.fullmatch(r"[0-9A-Za-z]+", src):
        src = f"{src}_{{{prefix}}}"
    src = re.sub(r"(\\[A-Za-z]+)", r"\1 ", src)
    numerals = _numerals(src)
    if prefix is not None and any(b != prefix for _d, b in numerals):
        raise Decline("the numeral's base differs from the base named")
    claims, values = [], []
    for digits, b in numerals:
        v, claim = _place_value(digits, b)
        values.append(v)
        if b != 10 and claim not in claims:
            claims.append(claim)
    it = iter(values)
    decimal = _NUMERAL.sub(lambda _m: str(next(it)), src)
    rest = re.sub(r"\\(?:frac|times|cdot|div)", "", _NUMERAL.sub("", src))
    if re.search(r"[A-Za-z]", rest) or numerals and re.search(r"\d", rest):
        raise Decline("letters or plain numbers beside the numerals: in which base?")
    exact = evaluate(decimal)
    got = parse_latex(decimal).doit()
    if not isinstance(got, sp.Basic) or not got.is_Rational:
        raise Decline("not a number")
    confirm.check(sp.Rational(exact.numerator, exact.denominator) == got,
                  "exact fraction arithmetic gives the same value")
    if exact.denominator != 1:
        raise Decline("not a whole number")
    value = int(exact)
    steps = [step("place value", "Each digit counts a power of its base.",
                  "$" + "$, $".join(claims) + "$", "; ".join(claims))] if claims else []
    if not re.fullmatch(r"[0-9A-Za-z]+_\{?\d+\}?", src):
        claim = f"{decimal} = {value}"
        steps.append(step("work in base 10", "Do the arithmetic on the base-10 values.",
                          f"${claim}$", claim))
    return value, steps


def _in_base(src: str, prefix: int | None, target: int) -> Result:
    value, steps = _value(src, prefix)
    if target == 10:
        if not _NUMERAL.search(src) and prefix in (None, 10):
            raise Decline("nothing to convert")
        return sp.Integer(value), steps
    digits, more = integers.to_base(abs(value), target)
    if not digits.isdigit():  # "A5_{11}" or "\\text{A5}_{11}": graders differ, so we decline
        raise Decline("an answer with letter digits")
    sign = "-" if value < 0 else ""
    confirm.check(int(sign + digits, target) == value, "reading the answer back gives the value")
    return f"{sign}{digits}_{{{target}}}", steps + more


def _remainder(src: str, prefix: int | None, divisor: int) -> Result:
    if divisor < 2:
        raise Decline("a divisor of at least 2")
    value, steps = _value(src, prefix)
    r = value % divisor
    numerals = _numerals(src if prefix is None else f"{src}_{{{prefix}}}")
    if len(numerals) == 1:  # digit by digit, reducing as we go
        digits, b = numerals[0]
        acc = 0
        for c in digits.upper():
            acc = (acc * b + _DIGITS.index(c)) % divisor
        confirm.check(acc == r, "Horner's rule modulo the divisor gives the same remainder")
    claim = f"{value} = {divisor} \\cdot {value // divisor} + {r}"
    return sp.Integer(r), steps + [step("divide", f"Divide by {divisor}.", f"${claim}$", claim)]


def _digits(kind: str, m: re.Match[str], src: str, prefix: int | None, base: int) -> Result:
    value, steps = _value(src, prefix)
    if value < 0:
        raise Decline("digits of a negative number")
    digits, more = integers.to_base(value, base)
    steps += more + [step("read the digits", f"In base {base} the number is written "
                          f"${digits}_{{{base}}}$.", f"${digits}_{{{base}}}$", "")]
    by_powers = [value // base ** k % base for k in range(len(digits))]
    confirm.check(value < base ** len(digits) and (value == 0 or value >= base **
                                                   (len(digits) - 1)),
                  "the number lies between the powers of the base that bound its length")
    if kind == "count":
        return sp.Integer(len(digits)), steps
    if kind == "units":
        confirm.check(by_powers[0] == _DIGITS.index(digits[-1]), "the remainder on division "
                      "by the base is the last digit")
        return sp.Integer(by_powers[0]), steps
    ds = [_DIGITS.index(c) for c in digits]
    confirm.check(sorted(ds) == sorted(by_powers), "the digits found from powers of the base "
                  "are the same")
    total = sum(ds) if m.group("op") == "sum" else sp.prod(ds)
    sign = " + " if m.group("op") == "sum" else " \\cdot "
    claim = sign.join(str(d) for d in ds) + f" = {total}"
    return sp.Integer(total), steps + [step(f"{m.group('op')} of the digits", "Combine the "
                                            "digits.", f"${claim}$", claim)]


def _numerals(src: str) -> list[tuple[str, int]]:
    return [(m.group(1), int(m.group(2) or m.group(3))) for m in _NUMERAL.finditer(src)]


def _place_value(digits: str, base: int) -> tuple[int, str]:
    """The value of a numeral by Horner's rule, and the place-value claim."""
    if not 2 <= base <= 36:
        raise Decline("a base from 2 to 36")
    value = horner(digits, base)
    confirm.check(int(digits, base) == value, "Python's int() reads the numeral the same way")
    n = len(digits)
    terms = " + ".join(f"{_DIGITS.index(c.upper())} \\cdot {base}^{{{n - 1 - i}}}"
                       for i, c in enumerate(digits))
    return value, f"{digits}_{{{base}}} = {terms} = {value}"


__all__ = ["read"]
