"""A letter named for a quantity described in words, then used: "Let $N$ be the number of
positive divisors of 360. What is the remainder when $N$ is divided by 7?", "If $m$ is the
greatest common divisor of 84 and 126, what is $m + 1$?".

The description ("the number of positive divisors of 360") is asked on its own, after the
sentences before it, and must come back confirmed as one real number. The problem is then
asked again without the naming sentence (or clause), with the number in parentheses wherever
the letter stands in the maths ("What is the remainder when $(24)$ is divided by 7?"), and
must come back confirmed too. The letter must stand alone in the maths (never in a
subscript, an exponent without braces, or a longer name) and never in the words; a
description that uses the letter itself, or more than one naming, declines to the readers
that know them (`number_theory.named_parts`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex
from tutor.reasoning.symbolic.question_text import Question, Solver, WholeSolver, named

_NAMING = re.compile(r"(?:let|suppose|define) @(?P<k>\d+)@ (?:be|denote|to be|equal|is) "
                     r"(?P<desc>the .+?)\s*[.;]?\s*", re.I)
_IF_NAMING = re.compile(r"if @(?P<k>\d+)@ (?:is|denotes|equals) (?P<desc>the .+?), "
                        r"(?P<rest>(?:what|find|compute|determine|how)\b.+)", re.I)
_LETTER = re.compile(r"\$\s*([A-Za-z])\s*\$")


def read(text: str, solve_part: Solver, solve_whole: WholeSolver
         ) -> tuple[sp.Basic | str, list[Step]]:
    """`text` with its one named quantity worked out and put in; Decline otherwise."""
    question = Question.of(text)
    sentences = [s for s in re.split(r"(?<=[.;])\s+", question.context) if s]
    namings = [(i, m) for i, s in enumerate(sentences) if (m := _NAMING.fullmatch(s))]
    asked = _IF_NAMING.fullmatch(question.asked)
    if len(namings) + (asked is not None) != 1:
        raise Decline("not one letter named for a quantity described in words")
    if asked is not None:
        before, naming = sentences, asked
        after: list[str] = []
        rest = asked.group("rest")
        rest = rest[0].upper() + rest[1:]
    else:
        i, naming = namings[0]
        before, after, rest = sentences[:i], sentences[i + 1:], question.asked
    letter_piece = question.pieces[int(naming.group("k"))]
    letter = _LETTER.fullmatch(letter_piece)
    if letter is None:
        raise Decline("a name that is not one letter")
    name = letter.group(1)
    desc = question.restored(naming.group("desc"))
    if _uses(desc, name):
        raise Decline("a quantity described through its own name")
    kept = confirm.confirmations()
    value, steps, checks = solve_part(question.restored(" ".join([*before, f"What is {desc}?"])))
    if not (isinstance(value, sp.Expr) and value.is_number and value.is_real):
        raise Decline("a named quantity that is not one real number")
    later = " ".join([*after, rest, question.closing]).strip()
    later = re.sub(r"@(\d+)@", lambda m: _put_in(question.pieces[int(m.group(1))], name, value),
                   later)
    if re.search(rf"(?<![A-Za-z\\])\b{name}\b(?![A-Za-z])", re.sub(r"\$[^$]*\$", "", later)):
        raise Decline("the name is used in the words")
    whole = " ".join([question.restored(" ".join(before)), later]).strip()
    answer, outer_steps, outer_checks = solve_whole(whole)
    confirm.record_again(kept, checks, outer_checks)
    return answer, [*named(steps, f"This is ${name}$, {desc}: ${name} = {latex(value)}$."),
                    *outer_steps]


def _uses(maths_or_words: str, name: str) -> bool:
    return any(re.search(rf"(?<![A-Za-z\\]){name}(?![A-Za-z])", m)
               for m in re.findall(r"\$[^$]*\$", maths_or_words))


def _put_in(piece: str, name: str, value: sp.Basic) -> str:
    """The piece of maths with the letter replaced by the value in parentheses."""
    letter = rf"(?<![A-Za-z\\]){name}(?![A-Za-z])"
    if re.search(r"[_^]\s*" + letter, piece):
        raise Decline("the name in a subscript or an unbraced exponent")
    if not re.search(letter, piece):
        return piece
    return re.sub(letter, lambda _: f"\\left({latex(value)}\\right)", piece)


__all__ = ["read"]
