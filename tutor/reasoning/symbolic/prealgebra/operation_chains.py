"""Reader of a number put through a chain of operations, told as a story: "Dana picks a
number, triples it, subtracts 5, and gets 31. What number did she pick?", "I think of a
number. I add 7 to it, then divide by 3, and the result is 6. What is my number?", "Think of
a number, double it, subtract 9, and you get 15. What was the number?"

The chain is read step by step (double, triple, halve, square, add N, subtract N, multiply by
N, divide by N, increase or decrease by N), every word of it known: "it", "the result",
"then", "and" and the name or pronoun of who does it. The number at the start is the
unknown x; the chain applied to x equals the result said. Solved with SymPy (one solution,
or one positive solution when the number is said to be positive), and confirmed by running
the chain forward on the answer in exact fractions, a second path that shares nothing with
the solver but the reading.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra.number_words import Num

X = sp.Symbol("x")
_QUICK = re.compile(r"\b(?:doubl(?:es?|ed)|tripl(?:es?|ed)|halve[sd]?|add(?:s|ed)?|"
                    r"subtract(?:s|ed)?|multipl(?:y|ies|ied)|divide[sd]?|squares?|"
                    r"increased|decreased)\b")
_WHO = frozenset("i you he she they we".split())
_START = [("thinks", "of"), ("think", "of"), ("picks",), ("pick",), ("chooses",), ("choose",),
          ("takes",), ("take",), ("starts", "with"), ("start", "with"), ("thought", "of"),
          ("picked",), ("chose",), ("took",), ("started", "with")]
_ENDS = [("and", "gets"), ("and", "get"), ("and", "got"), ("and", "ends", "up", "with"),
         ("and", "end", "up", "with"), ("and", "ended", "up", "with"), ("to", "get"),
         ("and", "the", "result", "is"), ("and", "the", "answer", "is"),
         ("and", "the", "result", "was"), ("and", "the", "answer", "was"), ("gets",),
         ("ends", "up", "with"), ("the", "result", "is"), ("the", "answer", "is"),
         ("the", "result", "was"), ("the", "answer", "was"), ("and", "obtains"), ("obtains",)]
_GLUE = frozenset({"it", "the", "result", "that", "then", "and", ",", "next", "this", "number",
                   "answer", "is", "first", "finally", "last", "lastly"})
_ONE: dict[str, Fraction | int] = {
    "double": 2, "doubles": 2, "doubled": 2, "triple": 3, "triples": 3, "tripled": 3,
    "halve": Fraction(1, 2), "halves": Fraction(1, 2), "halved": Fraction(1, 2)}
_BY = {"add": "+", "adds": "+", "added": "+", "subtract": "-", "subtracts": "-",
       "subtracted": "-", "multiply": "*", "multiplies": "*", "multiplied": "*",
       "divide": "/", "divides": "/", "divided": "/", "increase": "+", "increases": "+",
       "increased": "+", "decrease": "-", "decreases": "-", "decreased": "-"}


def operation_chains(split: Split, template: str) -> Result | None:
    if not _QUICK.search(template) or "number" not in template:
        return None
    toks = [t for t in nw.tokens(split, template)]
    if any(isinstance(t, str) and t.startswith("@") for t in toks):
        return None
    words = [t if isinstance(t, str) else "#" for t in toks]
    end = len(toks) - 1 - words[::-1].index("?") if "?" in words else None
    if end is None or end != len(toks) - 1:
        return None
    cut = max((k for k, w in enumerate(words[:end]) if w in (".", "?", "!")), default=-1)
    question, story = words[cut + 1:end], toks[:cut + 1]
    if not _asked(question):
        return None
    chain, result = _chain([t for t in story if t not in (".", "!")])
    value = X
    for op, n in chain:
        value = _apply(value, op, n)
    found = [s for s in sp.solve(sp.Eq(value, result), X) if s.is_rational]
    if len(found) != 1:
        raise Decline("the chain of operations has no single rational starting number")
    answer = found[0]
    got = Fraction(int(answer.p), int(answer.q))
    for op, n in chain:
        got = _forward(got, op, n)
    confirm.check(got == Fraction(int(result.p), int(result.q)),
                  "the chain run forward on the answer gives the result said")
    eq = f"{latex(value)} = {latex(result)}"
    return answer, [
        step("write the chain as an equation", "Call the starting number x and apply each step "
             "in order.", f"${eq}$", eq),
        step("solve the equation", "Undo the steps in reverse order.", f"$x = {latex(answer)}$",
             f"x = {latex(answer)}"),
    ]


def _asked(question: list[str]) -> bool:
    """"What was the original number?", "What number did she pick?" """
    if question[:2] in (["what", "was"], ["what", "is"]) and question[2:3] and question[2] in (
            "the", "his", "her", "my", "their", "your") and question[3:] in (
            ["number"], ["original", "number"], ["starting", "number"]):
        return True
    return question[:3] == ["what", "number", "did"] and tuple(
        question[4:]) in {("pick",), ("choose",), ("take",), ("start", "with"), ("think", "of")}


def _chain(toks: list) -> tuple[list[tuple[str, Fraction]], sp.Rational]:
    """The operations in order and the result; Decline when a word is not read."""
    words = [t if isinstance(t, str) else "#" for t in toks]
    verb = 3 if words[3:4] == ["times"] else 2  # "triple" reads "3 times"
    if words[:1] in (["if"], ["when"]) and words[1:2] and words[1] in _WHO and \
            words[verb + 1:verb + 3] == ["a", "number"] and (
                words[2] in _ONE or words[2] in _BY or verb == 3):
        # "If you triple a number and subtract 7, ...": take a number, triple it, ...
        toks = ["take", "a", "number", *toks[2:verb + 1], "it", *toks[verb + 3:]]
        words = [t if isinstance(t, str) else "#" for t in toks]
    i = 0
    if words[:3] in (["when", "a", "number"], ["if", "a", "number"]) and words[3:4] == ["is"]:
        i = 1  # "When a number is doubled and then increased by 5, the result is 17."
    elif words[:1] in (["take"], ["pick"], ["choose"]):
        i = 1  # "Take a number, ..."
    elif words[:2] in (["think", "of"], ["start", "with"]):
        i = 2
    else:
        i = 1 if words and words[0] not in _BY and words[0] not in _ONE else 0  # the doer
        hit = next((s for s in _START if tuple(words[i:i + len(s)]) == s), None)
        if hit is None:
            raise Decline("who starts the chain")
        i += len(hit)
    if words[i:i + 2] != ["a", "number"]:
        raise Decline("the starting number")
    i += 2
    chain: list[tuple[str, Fraction]] = []
    while i < len(toks):
        w = words[i]
        if words[i] == "and" and i + 1 < len(words) and words[i + 1] in _WHO:
            i += 1  # "and you get 15": who gets it is the doer
            continue
        if words[i] in _WHO and i + 1 < len(words) and words[i + 1] in ("get", "gets", "got"):
            words[i], toks[i] = "and", "and"
        end = next((e for e in _ENDS if tuple(words[i:i + len(e)]) == e), None)
        if end is not None:
            k = i + len(end)
            if k == len(toks) - 1 and isinstance(toks[k], Num) and chain:
                v = toks[k].value
                return chain, sp.Rational(v.numerator, v.denominator)
            raise Decline("the result of the chain")
        if w in _GLUE or w in _WHO or (i > 0 and words[i - 1] in (".", ",", "and", "then") and
                                       w.isalpha() and w == words[0]):
            i += 1
            continue
        if w in _ONE:
            chain.append(("*", Fraction(_ONE[w])))
            i += 1
            continue
        t = toks[i]
        if isinstance(t, Num) and words[i + 1:i + 2] == ["times"] and not t.percent:
            chain.append(("*", t.value))  # "double it" is read "2 times it"
            i += 2
            continue
        if w in ("squares", "square", "squared"):
            chain.append(("^", Fraction(2)))
            i += 1
            continue
        if w in _BY:
            op = _BY[w]
            j = i + 1
            while j < len(toks) and words[j] in ("it", "the", "result", "that", "this", "by",
                                                  "to", "from", "answer", "number"):
                j += 1
            if j >= len(toks) or not isinstance(toks[j], Num) or toks[j].percent:
                raise Decline("an operation's number")
            if op in ("-", "/") and ("from" in words[i + 1:j] or "into" in words[i + 1:j]):
                # "subtract it from 20", "divide it into 20": the number taken from is 20, so
                # 20 - x, not x - 20 (never read as a step of the chain)
                raise Decline("the number is taken from the told number, not the other way")
            n = toks[j].value
            if w.startswith(("increase", "decrease")) and n.denominator != 1 \
                    and "." not in toks[j].tex:
                raise Decline("a fraction as the change reads two ways: that amount, or "
                              "that part of the number")
            if op == "/" and n == 0:
                raise Decline("a division by zero")
            chain.append((op, n))
            i = j + 1
            while i < len(toks) and words[i] in ("to", "from", "it", "the", "result", "answer") \
                    and not any(tuple(words[i:i + len(e)]) == e for e in _ENDS):
                i += 1  # "adds 7 to it", "subtracts 5 from the result"
            continue
        raise Decline(f"the word '{w}' in the chain")
    raise Decline("the result of the chain")


def _apply(value: sp.Expr, op: str, n: Fraction) -> sp.Expr:
    r = sp.Rational(n.numerator, n.denominator)
    return {"+": value + r, "-": value - r, "*": value * r, "/": value / r,
            "^": value ** 2}[op]


def _forward(v: Fraction, op: str, n: Fraction) -> Fraction:
    return {"+": v + n, "-": v - n, "*": v * n, "/": v / n, "^": v * v}[op]


__all__ = ["operation_chains"]
