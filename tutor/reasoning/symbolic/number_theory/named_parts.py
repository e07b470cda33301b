"""Named parts, then a question about them: "Let m be the smallest three-digit integer
congruent to 5 (mod 11). Let n be the smallest four-digit integer congruent to 5 (mod 11).
What is n - m?". A part without numbers of its own takes the last part's tail: "Let A be the
greatest common factor and let B be the least common multiple of 8, 12 and 24.".

Each part is asked on its own ("What is the smallest three-digit integer ...?") and solved by
the whole engine, and must come back confirmed; a part that names another part declines.
The question's expression (read by `parsing.parse_latex`, only in the parts' letters) is
then worked out exactly and confirmed numerically (`confirm.value`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_PART = re.compile(r"(?:(?:let|and) )?@(?P<slot>\d+)@ (?:be|denote|is|equal) the (?P<phrase>.+)")
_ASK = re.compile(r"(?:what is|find|compute|evaluate|determine|calculate)(?: the value of)? "
                  r"@(?P<slot>\d+)@")
_MOST_PARTS = 3


def read(split: Split, template: str) -> Result | None:
    if not template.startswith("let @"):
        return None
    sentences = [s.strip() for s in re.split(r"[.;] |, and (?=@\d+@ (?:be|denote) )| and let ",
                                             template.strip().rstrip(".?")) if s.strip()]
    ask = _ASK.fullmatch(sentences[-1])
    parts = [_PART.fullmatch(s) for s in sentences[:-1]]
    if ask is None or not 2 <= len(parts) <= _MOST_PARTS or None in parts:
        return None
    letters: dict[str, str] = {}
    for m in parts:
        assert m is not None
        letter = split.maths[int(m.group("slot"))].strip()
        if not re.fullmatch(r"[a-zA-Z]", letter) or letter in letters:
            return None
        letters[letter] = m.group("phrase")
    expr = parse_latex(split.maths[int(ask.group("slot"))])
    names = {str(s) for s in expr.free_symbols}
    if names != set(letters):
        return None
    values: dict[sp.Symbol, sp.Basic] = {}
    steps: list[Step] = []
    phrases = _shared_tail([m.group("phrase") for m in parts if m is not None])
    for m, phrase in zip(parts, phrases, strict=True):
        assert m is not None
        letter = split.maths[int(m.group("slot"))].strip()
        value, shown = _part(split, letter, phrase, set(letters))
        values[sp.Symbol(letter)] = value
        steps += shown
    symbols = {s: values[sp.Symbol(str(s))] for s in expr.free_symbols}
    result = sp.nsimplify(expr.subs(symbols))
    if not result.is_Rational:
        raise Decline("the parts do not give a rational value")
    confirm.value(expr.subs(symbols), result, "the expression in the parts")
    given = ", ".join(f"{name} = {latex(v)}" for name, v in
                      sorted(((str(k), v) for k, v in values.items())))
    claim = f"{latex(expr.subs(symbols, evaluate=False))} = {latex(result)}"
    steps.append(step("put the parts together", f"With ${given}$, work out ${latex(expr)}$.",
                      f"${claim}$", claim))
    return result, steps


def _shared_tail(phrases: list[str]) -> list[str]:
    """"Let A be the gcd and let B be the lcm of 8, 12 and 24": a part with no numbers of its
    own takes the last part's one tail "of ..." (more than one "of" there: kept as said)."""
    tails = [m.start() for m in re.finditer(r" of ", phrases[-1])]
    if len(tails) != 1:
        return phrases
    tail = phrases[-1][tails[0]:]
    return [p + tail if not re.search(r"@\d+@|#?\d", p) else p for p in phrases[:-1]] \
        + [phrases[-1]]


def _part(split: Split, letter: str, phrase: str, letters: set[str]
          ) -> tuple[sp.Basic, list[Step]]:
    """The part solved on its own by the engine; Decline unless its answer is confirmed."""
    from tutor.reasoning.symbolic.engine import solve_now  # the engine reads this reader

    if re.search(r"\b(?:such|it|its|they|them|their|these|those|this|above|previous|same|"
                 r"other|former|latter)\b", phrase):
        raise Decline("a part that refers to words outside it")
    pieces = []
    for piece in re.split(r"(@\d+@)", phrase):
        slot = re.fullmatch(r"@(\d+)@", piece)
        if slot is None:
            pieces.append(piece)
            continue
        maths = split.maths[int(slot.group(1))]
        if any(re.search(r"(?<![a-zA-Z\\])" + x + r"(?![a-zA-Z])", maths) for x in letters):
            raise Decline("one part is told through another")
        pieces.append(f"${maths}$")
    question = "What is the " + "".join(pieces) + "?"
    kept = confirm.confirmations()
    solved = solve_now(question)  # starts a new log of confirmations: this one is kept
    confirm.reset()
    if solved.answer is None or not solved.confirmed:
        raise Decline(f"the part {letter} is not answered and confirmed on its own")
    value = parse_latex(solved.answer)
    if not value.is_Rational:
        raise Decline("a part that is not a rational number")
    for what in [*kept, *solved.confirmed]:  # the log again: this problem's, then the part's
        confirm.check(True, what)
    shown = [*solved.steps,
             step("name the part", f"This is {letter}.", f"${letter} = {latex(value)}$", "")]
    return value, shown


__all__ = ["read"]
