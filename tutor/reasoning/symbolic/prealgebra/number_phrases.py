"""Reader of "a number" described in words: "Ten more than five times a number equals
five more than ten times the number. What is the number?", "Seven is added to three
times an integer to get 49. What was the integer?", "The square of a positive number is
12 more than the number. Find the number."

Each phrase is read as an expression in the unknown x, recursively and in every way it
can be read ("the sum of twice a number and 5", "4 less than half of the number",
"the product of the number and 3", "the number squared", "a number doubled", "a number
increased by 6");
a sentence that reads two different ways is declined. The sentence is one equation,
solved and confirmed by `Story`; "positive" and "integer" are applied.
"""

from __future__ import annotations

import re
from functools import lru_cache

import sympy as sp

from tutor.reasoning.symbolic.model import WHICH_MEANT, Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.verify.notation import maths_text

X = sp.Symbol("x")
_UNKNOWN = re.compile(r"(?:a|an|the|some|a certain|that|this)(?: (?P<q>positive|negative))?"
                      r" (?P<kind>number|integer|whole number|real number)")
_NUMBER = re.compile(r"#(\d+/\d+|\d+(?:\.\d+)?)")
_BINARY = {"the sum of": sp.Add, "the product of": sp.Mul,
           "the difference of": lambda a, b: a - b, "the difference between": lambda a, b: a - b,
           "the quotient of": lambda a, b: a / b}
_POSTFIX = [("squared", None, lambda e, _k: e ** 2), ("cubed", None, lambda e, _k: e ** 3),
            ("doubled", None, lambda e, _k: 2 * e), ("tripled", None, lambda e, _k: 3 * e),
            ("halved", None, lambda e, _k: e / 2),
            ("increased by", 1, lambda e, k: e + k), ("decreased by", 1, lambda e, k: e - k),
            ("plus", 1, lambda e, k: e + k), ("minus", 1, lambda e, k: e - k),
            ("multiplied by", 1, lambda e, k: e * k), ("divided by", 1, lambda e, k: e / k)]
_ADDITIVE = ("increased by", "decreased by", "plus", "minus")
# a fraction told as the change reads two ways ("increased by one third": + 1/3, or times 4/3)
_BY = ("increased by", "decreased by")
_FRACTION = re.compile(r" #\d+/\d+(?= |$)")
_EQUALS = r"(?: is equal to| equals| is| gives| yields| results in)"
_MAX_LEN = 40


class _Reader:
    """All readings of a phrase: `at(i)` lists (expression, end) for the words from i."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.kinds: set[str] = set()
        # readings from i that end in a sum or difference said after its first operand
        self.loose: set[tuple[int, sp.Basic, int]] = set()
        self.at = lru_cache(maxsize=None)(self._at)

    def _word(self, i: int, phrase: str) -> int | None:
        j = i + len(phrase) + 1
        return j if self.text.startswith(" " + phrase, i) and \
            (j >= len(self.text) or self.text[j] == " ") else None

    def _atom(self, i: int) -> list[tuple[sp.Basic, int]]:
        m = re.compile(r" (?:" + _UNKNOWN.pattern + r")(?= |$)").match(self.text, i)
        if m:
            self.kinds.add(m.group("kind"))
            if m.group("q"):
                self.kinds.add(m.group("q"))
            return [(X, m.end())]
        m = re.compile(r" " + _NUMBER.pattern + r"(?= |$)").match(self.text, i)
        return [(sp.Rational(wording.value(m.group(0))), m.end())] if m else []

    def _at(self, i: int) -> list[tuple[sp.Basic, int]]:
        out = []
        for phrase, op in _BINARY.items():
            j = self._word(i, phrase)
            if j is not None:
                for a, k in self.at(j):
                    and_ = self._word(k, "and")
                    if and_ is not None:
                        out += [(op(a, b), end) for b, end in self.at(and_)]
        m = re.compile(r" (#[\d/.]+) (more|less|greater|fewer) than(?= )").match(self.text, i)
        if m and "/" not in m.group(1):  # "one third more than": + 1/3, or times 4/3
            k = sp.Rational(wording.value(m.group(1)))
            sign = -1 if m.group(2) in ("less", "fewer") else 1
            out += [(e + sign * k, end) for e, end in self.at(m.end())]
        m = re.compile(r" (#[\d/.]+) (times|percent of|of)(?= )").match(self.text, i)
        if m:
            k = sp.Rational(wording.value(m.group(1)))
            k = k / 100 if "percent" in m.group(0) else k
            # "twice a number plus 7" is 2x + 7, as "3x + 7" is: a multiple said with "times"
            # binds tighter than a sum or difference said after it ("twice the sum of a
            # number and 7" is the other reading); "20 percent of a number plus 7" still reads
            # two ways
            tight = m.group(2) == "times"
            out += [(k * e, end) for e, end in self.at(m.end())
                    if not (tight and (m.end(), e, end) in self.loose)]
        j = self._word(i, "the square of")
        if j is not None:
            out += [(e ** 2, end) for e, end in self.at(j)]
        out += self._atom(i)
        # postfix operations on a complete expression, again on their results ("a number plus
        # 4 squared" is both (x + 4)^2 and x + 16, so it reads two ways)
        n = 0
        while n < len(out):
            e, end = out[n]
            n += 1
            if len(out) > 400:
                raise Decline("too many readings of the words")
            for phrase, arity, op in _POSTFIX:
                j = self._word(end, phrase)
                if j is None:
                    continue
                if arity is None:
                    out.append((op(e, None), j))
                else:  # "27 increased by twice a number": any phrase after the operation
                    told = _FRACTION.match(self.text, j) if phrase in _BY else None
                    for k, k_end in self.at(j):
                        if told and k_end == told.end():
                            continue  # "increased by one third": + 1/3, or times 4/3
                        if phrase in _ADDITIVE and (op(e, k), k_end) not in out:
                            self.loose.add((i, op(e, k), k_end))
                        out.append((op(e, k), k_end))
        return out


_N = r"#[\d/.]+"
_STEP = (rf"(?:doubled|tripled|halved|squared|cubed|(?:multiplied|divided|increased|decreased) by "
         rf"{_N}|{_N} (?:is )?(?:added(?: to it)?|subtracted(?: from it)?))")
_STEPS = re.compile(
    rf" (?:if |when )?{_UNKNOWN.pattern} is "
    rf"(?P<ops>{_STEP}(?:,? (?:and )?(?:then )?(?:is )?{_STEP})*)"
    rf",? (?:the result is|the answer is|the result will be|it gives|it becomes|giving|to get|"
    rf"you get|we get|the result equals) (?P<r>{_N})")


def _steps(text: str) -> tuple[sp.Basic, sp.Basic, set[str]] | None:
    """'a number is doubled and then increased by 5, the result is 37': the operations in
    the order said."""
    m = _STEPS.fullmatch(text)
    if not m:
        return None
    e: sp.Basic = X
    for op in re.findall(_STEP, m.group("ops")):
        said = re.search(_N, op)  # every '#' in a step is the start of its number
        k = sp.Rational(wording.value(said.group(0))) if said else None
        if op in ("doubled", "tripled", "halved"):
            e = e * {"doubled": 2, "tripled": 3, "halved": sp.Rational(1, 2)}[op]
        elif op in ("squared", "cubed"):
            e = e ** (2 if op == "squared" else 3)
        elif op.startswith(("multiplied", "divided")):
            if k == 0 and op.startswith("divided"):
                raise Decline("a division by zero")
            e = e * k if op.startswith("multiplied") else e / k
        elif op.startswith(("increased", "decreased")):
            if said and "/" in said.group(0):
                return None  # a fraction: + 1/3, or times 4/3
            e = e + k if op.startswith("increased") else e - k
        else:
            e = e + k if "added" in op else e - k
    kinds = {m.group("kind")} | ({m.group("q")} if m.group("q") else set())
    return e, sp.Rational(wording.value(m.group("r"))), kinds


def _equation(text: str) -> tuple[list[tuple[sp.Basic, sp.Basic]], set[str]]:
    """Every reading of one sentence as lhs = rhs (the whole sentence read)."""
    r = _Reader(text)
    found = []
    for lhs, i in r.at(0):
        m = re.compile(_EQUALS + r"(?= )").match(text, i)
        if m:
            found += [(lhs, rhs) for rhs, end in r.at(m.end()) if end == len(text)]
    m = re.fullmatch(r" (?:if |when )?(#[\d/.]+) is (added to|subtracted from)( .+?),? (?:to get|"
                     r"the result is|gives|results in|and the result is)(?: a result of)?"
                     r"( #[\d/.]+)", text)
    if m:
        k, res = (sp.Rational(wording.value(m.group(g))) for g in (1, 4))
        for e, end in r.at(m.start(3)):
            if end == m.end(3):
                found.append((e + k if m.group(2) == "added to" else e - k, res))
    return found, r.kinds


_ASK = re.compile(r" (?:what is|what was|find|determine|what is the value of) (?:the|this|that)"
                  r" (?:number|integer)\s*[?.]? $"
                  r"|(?<=[.?]) what (?:number|integer) is it\s*[?.]? $")


def number_phrases(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:number|integer)\b", template) or len(template.split()) > _MAX_LEN:
        return None
    w = wording.of(split, template)
    ask = _ASK.search(w.text)
    if not ask:
        return None
    body = re.sub(r"\. (?=the result is|the answer is)", ", ", w.text[:ask.start()].strip(" ."))
    if not body or re.search(r"[.?;!]", body) or "@" in body:
        return None
    body = " " + body.replace(",", "")
    found, kinds = _equation(body)
    chained = _steps(body)
    if chained:
        found.append(chained[:2])
        kinds |= chained[2]
    readings = {sp.simplify(lhs - rhs) for lhs, rhs in found}
    if not readings:
        return None
    if len(readings) > 1:
        shown = list(dict.fromkeys(f"{maths_text(sp.latex(a))} = {maths_text(sp.latex(b))}"
                                   for a, b in found))
        if len(shown) < 2 or len(shown) > 4:
            raise Decline("the sentence reads two ways")
        ways = {2: "two", 3: "three", 4: "four"}[len(shown)]
        raise Decline(f"{WHICH_MEANT}the words read {ways} ways: {', '.join(shown[:-1])}, "
                      f"or {shown[-1]}, where x is the number. Say it with brackets or "
                      "\"the sum of\" and solve again.")
    if kinds - {"number", "integer", "whole number", "real number", "positive"}:
        raise Decline("a negative number")
    lhs, rhs = found[0]
    story = Story([X], positive="positive" in kinds,
                  whole=bool(kinds & {"integer", "whole number"}))
    story.state(lhs, rhs, re.sub(r"#(\S+)", r"\1", body.strip()))
    return story.solve(lambda _sol: X, "the number")


def phrase_readings(text: str) -> list[sp.Basic]:
    """Every reading of the whole of `text` (" #3 times the number minus #7") as an
    expression in the unknown X."""
    return [e for e, end in _Reader(text).at(0) if end == len(text)]


__all__ = ["X", "number_phrases", "phrase_readings"]
