"""A question that combines two or three quantities the engine can find one at a time: "What
is the sum of the greatest common divisor of 30 and 45 and the least common multiple of 8
and 6?", "Find the product of the gcd and the lcm of 14 and 21.", "What is the positive
difference between the mean and the median of these five scores?", "What is the sum of the
largest and smallest prime factors of 714?".

`read` reads the closing question (`question_text`) "(what is | find | compute ...) the
(sum | product | difference | positive difference | mean | average) (of | between) A and B",
"... the ratio of A to B", "how much greater is A than B" or "by how much does A exceed B"
(a sum, product or mean may list three, "A, B and C"). Each quantity must start with "the"
or be one piece of maths; a split of the words at an "and" that leaves a part without it is
not a reading, so "the gcd of 12 and 18 and 30" is never split.
Words said once for several parts are shared the usual ways: "the gcd and the lcm of 8 and
12" gives the tail "of 8 and 12" to the gcd too, and "the largest and smallest prime factors
of 90" gives each adjective the noun, made singular. Every reading is solved; each part as
its own question after the problem's earlier sentences, by the whole engine, and it must
come back confirmed as one real number. All readings that solve must agree, or the problem
declines; a difference that comes out negative declines too (which way round is meant?),
and so does "how much greater" when A is not greater.
The result is worked out exactly and confirmed numerically (`confirm.value`).
"""

from __future__ import annotations

import itertools
import re
from functools import partial

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.reasoning.symbolic.question_text import Question, Solver, agreed, named

_LEAD = r"(?:(?:what is|what's|find|compute|determine|calculate|evaluate|give) )"
_ASKS = [  # (the question, the op, the words between two parts)
    (re.compile(_LEAD + r"the (?P<op>sum|product|positive difference|difference|"
                r"(?:arithmetic )?mean|average) (?:of|between) (?P<rest>.+?)\s*[?.]?\s*", re.I),
     None, r",? and |, "),
    (re.compile(_LEAD + r"the ratio of (?P<rest>.+?)\s*[?.]?\s*", re.I), "ratio", r" to "),
    (re.compile(r"(?:how much (?:greater|larger|bigger|more) is|by how much does) (?P<rest>.+?)"
                r"(?: exceed .+?)?\s*[?.]?\s*", re.I), "excess", r" than | exceed "),
]
_MORE = re.compile(r"how many more (?P<noun>[a-z][a-z -]*?) (?:does|do) (?P<a>.+?) have than "
                   r"(?P<b>.+?)(?P<tail>,? (?:when|if|after|once|in)\b.*?)?\s*[?.]?\s*", re.I)
# a condition that says the same of both numbers: "(when) written in base 2", "in binary"
_BOTH = re.compile(r"(?:when )?(?:(?:written|expressed|converted|represented) )?(?:in|to|as) "
                   r"(?:base[- ]?\S+|binary|octal|hexadecimal)", re.I)
_MOST_READINGS = 6
_NAMES = {"sum": "add", "product": "multiply", "difference": "subtract",
          "positive difference": "take the positive difference of", "ratio": "divide",
          "mean": "take the mean of",
          "excess": "subtract"}

def read(text: str, solve: Solver) -> tuple[sp.Basic, list[Step]]:
    """The combined quantity asked by `text`, its parts found by `solve`; Decline when the
    question is not of this kind or its readings do not agree."""
    question = Question.of(text)
    more = _MORE.fullmatch(question.asked)
    if more is not None:
        return _settled([_more_asks(more, question)], "excess", solve)
    found = [(m, named, between) for pattern, named, between in _ASKS
             if (m := pattern.fullmatch(question.asked)) is not None]
    if not found:
        raise Decline("not a sum, product, difference or ratio of named quantities")
    ask, named, between = found[0]
    op = named or re.sub(r"^arithmetic |^average$", "", ask.group("op").lower()) or "mean"
    rest = ask.group("rest") if op != "excess" else question.asked[ask.start("rest"):].rstrip(" ?.")
    readings = _readings(rest, between, three=op in ("sum", "product", "mean"))
    if not readings:
        raise Decline("no way to read the quantities being combined")
    if len(readings) > _MOST_READINGS:
        raise Decline("too many ways to read the quantities being combined")
    return _settled([[(question.asking(p), question.restored(p)) for p in parts]
                     for parts in readings], op, solve)


def _settled(readings: list[list[tuple[str, str]]], op: str, solve: Solver
             ) -> tuple[sp.Basic, list[Step]]:
    """Each reading (its parts as questions, with their names) solved and combined; all
    that solve must agree."""
    value, steps = agreed(
        [partial(_combine, op, asks, solve) for asks in readings], sp.nsimplify,
        "a part of the combined quantity is not answered and confirmed on its own",
        "the quantities being combined can be read two ways, with different results")
    assert isinstance(value, sp.Basic)
    return value, steps


def _more_asks(m: re.Match[str], question: Question) -> list[tuple[str, str]]:
    """"How many more digits does 1200 have than 200 when both are written in base 2?": the
    two counts, each asked on its own, its condition first ("When 1200 is written in base 2,
    how many digits does it have?")."""
    noun, tail = m.group("noun"), (m.group("tail") or "").strip(" ,")
    asks = []
    for who in (m.group("a"), m.group("b")):
        if not tail:
            asked = f"How many {noun} does {who} have?"
        elif _BOTH.fullmatch(tail):
            asked = f"How many {noun} does {who} have {tail}?"
        else:
            clause = re.sub(r"\bboth (?:numbers |integers )?(?:are|were)\b", f"{who} is", tail)
            if clause == tail or re.search(r"\b(?:both|they|them|each|their)\b", clause):
                raise Decline("a condition that does not name the numbers one at a time")
            asked = f"{clause[0].upper()}{clause[1:]}, how many {noun} does it have?"
        asks.append((question.restored(f"{question.context} {asked}".strip()),
                     question.restored(f"how many {noun} {who} has" + (f", {tail}" if tail
                                                                        else ""))))
    return asks


def _readings(rest: str, between: str, three: bool) -> list[list[str]]:
    """Every way to read `rest` as two (or three) quantities that each start with "the",
    cut at the words `between` ("and": a comma may list a third)."""
    cuts = list(re.finditer(between, rest))
    found: list[list[str]] = []
    for n in (2, 3) if three else (2,):
        for chosen in itertools.combinations(cuts, n - 1):
            if n == 3 and ("and" in chosen[0].group(0) or "and" not in chosen[1].group(0)):
                continue  # "A, B and C", never "A and B, C"
            if n == 2 and chosen[0].group(0) == ", ":
                continue
            bounds = [0, *[x for m in chosen for x in (m.start(), m.end())], len(rest)]
            parts = [rest[bounds[i]:bounds[i + 1]].strip() for i in range(0, len(bounds), 2)]
            found += _shared(parts)
    return found


def _shared(parts: list[str]) -> list[list[str]]:
    """The parts with words said once shared: a tail "of ..." and a plural noun."""
    last = parts[-1]
    if all(re.fullmatch(r"the (?:[a-z]+est|least)", p, re.I) for p in [*parts[:-1], last[:4] + (
            last[4:].split(" ", 1)[0])]) and (by_noun := _shared_noun([*parts[:-1], last[4:]])):
        return by_noun  # "the smallest and the largest primes below 50": "the" said twice
    if not last.lower().startswith("the ") and all(
            re.fullmatch(r"the [a-z]+(?:est)?", p, re.I) for p in parts[:-1]):
        return _shared_noun(parts)
    if not all(p.lower().startswith("the ") or re.fullmatch(r"@\d+@", p) for p in parts):
        return []
    bare = [not re.search(r"@\d+@|\d", p) for p in parts[:-1]]
    if not any(bare):
        return [parts]
    readings = [parts]
    for m in re.finditer(r" of ", last):
        if m.start() <= len("the"):
            continue
        tail = last[m.start():]
        shared = [p + tail if b else p for p, b in zip(parts[:-1], bare, strict=True)]
        readings.append([*shared, last])
    return readings


def _shared_noun(parts: list[str]) -> list[list[str]]:
    """"the largest and smallest prime factors of 90": each adjective takes the noun."""
    words = parts[-1].split(" ", 1)
    if len(words) != 2:
        return []
    adjective, noun = words
    noun = re.sub(r"\b([a-z]+?)(ies|s)\b(?= (?:of|between|from|less|greater|under|below|above) |$)",
                  lambda m: m.group(1) + ("y" if m.group(2) == "ies" else ""), noun, count=1)
    if noun == words[1]:
        return []  # no plural noun to share
    return [[f"{p} {noun}" for p in parts[:-1]] + [f"the {adjective} {noun}"]]


def _combine(op: str, asks: list[tuple[str, str]], solve: Solver
             ) -> tuple[sp.Basic, list[Step], list[str]]:
    values: list[sp.Basic] = []
    steps: list[Step] = []
    confirmed: list[str] = []
    for asked, name in asks:
        value, shown, checks = solve(asked)
        if not (isinstance(value, sp.Expr) and value.is_number and value.is_real):
            raise Decline("a part that is not one real number")
        values.append(value)
        confirmed += checks
        steps += named(shown, f"This is {_plain(name)}: ${latex(value)}$.")
    if op == "sum":
        expr: sp.Basic = sp.Add(*values, evaluate=False)
    elif op == "product":
        expr = sp.Mul(*values, evaluate=False)
    elif op == "mean":
        expr = sp.Mul(sp.Add(*values, evaluate=False),
                      sp.Pow(sp.Integer(len(values)), -1, evaluate=False), evaluate=False)
    elif len(values) != 2:
        raise Decline("a difference of more than two quantities")
    elif op == "ratio":
        if values[1] == 0:
            raise Decline("a ratio to zero")
        expr = sp.Mul(values[0], sp.Pow(values[1], -1, evaluate=False), evaluate=False)
    elif op == "positive difference":
        expr = sp.Abs(sp.Add(values[0], -values[1], evaluate=False), evaluate=False)
    else:
        expr = sp.Add(values[0], -values[1], evaluate=False)
    result = sp.nsimplify(sp.simplify(expr.doit()))
    if op in ("difference", "excess") and not result.is_nonnegative:
        raise Decline("a difference that comes out negative: which way round is meant?")
    confirm.value(expr, result, f"the {op}")
    claim = f"{latex(expr, order='none')} = {latex(result)}"
    steps.append(step("put the parts together", f"Now {_NAMES[op]} the parts.",
                      f"${claim}$", claim))
    return result, steps, confirmed


def _plain(part: str) -> str:
    return part[0].lower() + part[1:] if part else part


def as_part(solved_answer: str) -> sp.Basic:
    """An engine answer read back as a number for combining; Decline otherwise."""
    value = parse_latex(solved_answer)
    if not (isinstance(value, sp.Expr) and value.is_number):
        raise Decline("a part that is not a number")
    return value


__all__ = ["read", "as_part"]
