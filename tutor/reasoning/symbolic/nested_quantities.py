"""A question about a quantity that is itself described in words: "What is the sum of the
digits of the 15th prime number?", "What is the reciprocal of the common fraction form of
$0.\\overline{2}$?", "What is the remainder when the sum of the first ten primes is divided
by 7?".

The inner description is a phrase that starts with "the": everything after an "of" to the
end of the question, what stands between "when" and "is divided / multiplied / ...", or
between "does" and "have" ("How many digits does the least multiple of 7 above 1000
have?"), or a piece of maths that applies a function defined before the question ("the gcd
of $f(40)$ and $f(41)$"). The question must open with what it asks ("what", "find", "how", ...). It
is asked on its own ("What is the 15th prime number?", after the problem's earlier
sentences) and must come back confirmed as one number; the question is then asked again with
that number in its place ("What is the sum of the digits of 47?") and must come back
confirmed too. Every such description is tried; all that give an answer must agree, or the
problem declines.
"""

from __future__ import annotations

import re
from functools import partial

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.question_text import (
    Question,
    Solver,
    WholeSolver,
    agreed,
    as_maths,
    named,
)

_INNER = [re.compile(r"\bof (?P<inner>the .+?)\s*[?.]?\s*$"),
          re.compile(r"\bwhen (?P<inner>the .+?) is (?:divided|multiplied|added|subtracted|"
                     r"written|expressed|rounded|converted)\b"),
          re.compile(r"\b(?:does|do) (?P<inner>the .+?) have\b")]
# the question opens with what it asks: a condition before it ("If n = 5, what is ...")
# would not reach the description asked on its own
_OPENING = re.compile(r"(?:what|find|compute|determine|calculate|evaluate|give|how|which)\b",
                      re.I)
_MOST_TRIED = 4
# a word that combines several values ("the product of", "the average of"): what follows it
# names several values, never the one number a described quantity comes back as
_OF_SEVERAL = re.compile(r"\b(?:sum|product|difference|quotient|mean|average)\s+of\s+$")
_DEFINED = re.compile(r"(?<![A-Za-z\\])([a-zA-Z])\s*\(\s*[a-z]\s*\)\s*=")
_ONLY_DEFINITIONS = re.compile(r"(?:(?:let|suppose|define) @\d+@(?:,? and @\d+@)?[.;]\s*)+", re.I)
_CALL = re.compile(r"(?<![A-Za-z\\])([a-zA-Z])\s*\(")


def read(text: str, solve_part: Solver, solve_whole: WholeSolver
         ) -> tuple[sp.Basic | str, list[Step]]:
    """The answer to `text` with one inner description replaced by its value; Decline when
    there is none, or when readings disagree."""
    question = Question.of(text)
    if not _OPENING.match(question.asked):
        raise Decline("a question that does not open with what it asks")
    described = sorted({m.span("inner") for pattern in _INNER
                        for start in range(len(question.asked))
                        if (m := pattern.match(question.asked, start)) is not None
                        and m.start() == start
                        and not _OF_SEVERAL.search(question.asked[:m.start("inner")])})
    readings = [([span], False) for span in described]
    calls = _function_values(question)
    if calls:  # every value of the functions put in at once; then the definitions are done
        readings.append((calls, _ONLY_DEFINITIONS.fullmatch(question.context) is not None))
    if not readings:
        raise Decline("no quantity described inside the question")
    if len(readings) > _MOST_TRIED:
        raise Decline("too many quantities described inside the question")
    return agreed(
        [partial(_nested, question, spans, done, solve_part, solve_whole)
         for spans, done in readings], str,
        "the quantity inside the question is not answered and confirmed on its own",
        "the quantity inside the question can be read two ways, with different answers")


def _function_values(question: Question) -> list[tuple[int, int]]:
    """The pieces of maths in the question that apply a function defined before it: "Let
    $f(x) = x^2 - x + 41$. What is the greatest common divisor of $f(40)$ and $f(41)$?"."""
    defined = {m.group(1) for k in re.findall(r"@(\d+)@", question.context)
               for m in _DEFINED.finditer(question.pieces[int(k)])}
    return [m.span() for m in re.finditer(r"@(\d+)@", question.asked)
            if "=" not in (piece := question.pieces[int(m.group(1))])
            and any(name in defined for name in _CALL.findall(piece))]


def _nested(question: Question, spans: list[tuple[int, int]], done: bool, solve_part: Solver,
            solve_whole: WholeSolver) -> tuple[sp.Basic | str, list[Step], list[str]]:
    """The question with each span put in as its value; `done`: the sentences before it
    only defined what was put in, so it is asked without them."""
    asked = question.asked
    steps: list[Step] = []
    checks: list[str] = []
    for start, end in reversed(spans):
        inner = question.asked[start:end]
        value, inner_steps, inner_checks = solve_part(question.asking(inner))
        if not (isinstance(value, sp.Expr) and value.is_number and value.is_real):
            raise Decline("a quantity inside the question that is not one real number")
        asked = asked[:start] + as_maths(value) + asked[end:]
        steps = [*named(inner_steps, f"This is {question.restored(inner)}: {as_maths(value)}."),
                 *steps]
        checks += inner_checks
    whole = " ".join(s for s in ("" if done else question.context, asked, question.closing) if s)
    answer, outer_steps, outer_checks = solve_whole(question.restored(whole))
    return answer, [*steps, *outer_steps], [*checks, *outer_checks]


__all__ = ["read"]
