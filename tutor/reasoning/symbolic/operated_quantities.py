"""An operation asked of a quantity described in words: "What is the square of the modulus of
$2 + 3i$?", "Find the reciprocal of the distance between $(1, 2)$ and $(4, 6)$.", "Compute
the square of the length of the projection of ... onto ...", or of a number written out:
"What is the absolute value of $-12$?", "the opposite of -9".

A reader that finds "the modulus of" (or "the distance between") in such a question answers
the quantity and may not see the operation in front of it. So this is tried before the
question is read directly: the question sentence must be "<what is | find | ...> the
<operation> of <the described quantity>", the quantity is asked on its own ("What is the
modulus of $2 + 3i$?", after the problem's earlier sentences) and must come back confirmed as
one real number, and the operation (square, cube, square root, cube root, reciprocal,
absolute value, negative, double, triple, half) is applied exactly with SymPy and again with
50-digit decimals. When the quantity is not answered on its own, nothing is returned and the
question is read as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import mpmath
import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, operand, step
from tutor.reasoning.symbolic.question_text import Question, Solver, named

_ASKED = re.compile(r"(?:what is|what's|find|compute|calculate|determine|evaluate|give)"
                    r"(?: the value of)? the (?P<op>square root|cube root|square|cube|reciprocal|"
                    r"absolute value|negative|opposite|double|triple|half) of (?P<inner>the "
                    r".+?|@\d+@)\s*[?.]?", re.I)
_OPERATIONS: dict[str, tuple[Callable[[sp.Expr], sp.Expr], Callable[[mpmath.mpf], mpmath.mpf],
                             str]] = {
    "square": (lambda v: v**2, lambda x: x**2, "Square it"),
    "cube": (lambda v: v**3, lambda x: x**3, "Cube it"),
    "square root": (sp.sqrt, mpmath.sqrt, "Take its square root"),
    # the real cube root, as sp.real_root takes it (mpmath.cbrt of a negative number is the
    # principal complex root)
    "cube root": (lambda v: sp.real_root(v, 3), lambda x: mpmath.sign(x) * mpmath.cbrt(abs(x)),
                  "Take its cube root"),
    "reciprocal": (lambda v: 1 / v, lambda x: 1 / x, "Take its reciprocal"),
    "absolute value": (sp.Abs, abs, "Take its absolute value"),
    "negative": (lambda v: -v, lambda x: -x, "Change its sign"),
    "opposite": (lambda v: -v, lambda x: -x, "Change its sign"),
    "double": (lambda v: 2 * v, lambda x: 2 * x, "Double it"),
    "triple": (lambda v: 3 * v, lambda x: 3 * x, "Triple it"),
    "half": (lambda v: v / 2, lambda x: x / 2, "Halve it")}


def _written(op: str, value: sp.Expr) -> str:
    """The operation on the value as maths (`\\sqrt[3]{-64}`, `\\frac{1}{\\frac{2}{9}}`,
    `-\\left(-7\\right)`), which the checker works out: the words alone it cannot."""
    shown = latex(value)
    based = shown if isinstance(value, sp.Integer) and value >= 0 else (
        f"\\left({shown}\\right)")
    return {"square": f"{based}^{{2}}", "cube": f"{based}^{{3}}",
            "square root": f"\\sqrt{{{shown}}}", "cube root": f"\\sqrt[3]{{{shown}}}",
            "reciprocal": f"\\frac{{1}}{{{shown}}}",
            "absolute value": f"\\left|{shown}\\right|", "negative": f"-{operand(value)}",
            "opposite": f"-{operand(value)}", "double": f"2 \\cdot {operand(value)}",
            "triple": f"3 \\cdot {operand(value)}",
            "half": f"\\frac{{1}}{{2}} \\cdot {operand(value)}"}[op]


def _checked_back(op: str, value: sp.Expr, answer: sp.Expr) -> str:
    """The answer undone, when the operation written out is the answer itself (the
    reciprocal of 5 is `\\frac{1}{5}`): `5 \\cdot \\frac{1}{5} = 1`, `(\\sqrt{5})^{2} = 5`."""
    power = {"square root": 2, "cube root": 3}.get(op)
    if power is not None:
        return f"\\left({latex(answer)}\\right)^{{{power}}} = {latex(value)}"
    if op == "reciprocal":
        return f"{operand(value)} \\cdot {operand(answer)} = 1"
    raise Decline(f"the {op} of a number written as itself")


def read(text: str, solve_part: Solver) -> tuple[sp.Basic, list[Step]] | None:
    """The operation applied to the described quantity; None when the question is not of
    this kind or the quantity is not answered on its own."""
    question = Question.of(text)
    m = _ASKED.fullmatch(question.asked.strip())
    if m is None:
        return None
    op, inner = m.group("op").lower(), m.group("inner")
    kept = confirm.confirmations()
    try:
        value, inner_steps, checks = solve_part(question.asking(inner))
    except Decline as exc:
        if str(exc).startswith(confirm.DISAGREES):
            raise
        confirm.record_again(kept)
        return None
    if not (isinstance(value, sp.Expr) and value.is_number and value.is_real):
        confirm.record_again(kept)  # "the absolute value of the complex number $8 - 15i$":
        return None  # not a real quantity; the question is read directly
    confirm.record_again(kept, checks)
    exact, decimal, say = _OPERATIONS[op]
    if (op == "reciprocal" and value == 0) or (op == "square root" and value.is_negative):
        raise Decline(f"the {op} of {latex(value)} is not a real number")
    answer = sp.radsimp(sp.simplify(exact(value)))
    with mpmath.workdps(50):
        got = numeric.to_mp(value)
        if got is None:
            raise Decline("a quantity that cannot be evaluated")
        confirm.number(decimal(mpmath.re(got)), answer,
                       f"taking the {op} of the quantity with 50-digit decimals")
    claim = f"{_written(op, value)} = {latex(answer)}"
    if claim == f"{latex(answer)} = {latex(answer)}":  # `\\frac{1}{5} = \\frac{1}{5}`: checked back
        claim = _checked_back(op, value, answer)
    # "the opposite of -9": the number read, `-9 = -9`, is no step of its own
    read_only = len(inner_steps) == 1 and inner_steps[0].text.strip("$ .") == (
        f"{latex(value)} = {latex(value)}")
    steps = [*([] if read_only else named(inner_steps, f"This is {question.restored(inner)}: "
                                                       f"${latex(value)}$.")),
             step(f"take the {op}", f"{say}.",
                  f"The {op} of ${latex(value)}$: ${claim}$", claim)]
    return answer, steps


__all__ = ["read"]
