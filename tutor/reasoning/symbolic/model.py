"""Plain data the symbolic engine produces: steps and a whole solution."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sympy as sp

from tutor.problems.step import Step

UNSUPPORTED_MESSAGE = (
    "The built-in solver can't do this problem yet. You can choose a reasoning model in "
    "Settings > Backend, or paste a worked solution to have it checked."
)
TIMEOUT_MESSAGE = (
    "The built-in solver gave up after {seconds:g} s on this problem. You can choose a "
    "reasoning model in Settings > Backend, or paste a worked solution to have it checked."
)


@dataclass
class Solution:
    """The result of `solve_problem`: an answer with steps, or a reason to decline.

    `declined` is None when solved; otherwise a message for the user and `kind` says
    why ("unsupported" or "timeout").
    """

    answer: str | None
    steps: list[Step] = field(default_factory=list)
    declined: str | None = None
    seconds: float = 0.0
    plots: list[dict[str, Any]] = field(default_factory=list)
    kind: str = "solved"
    detail: str = ""  # why it declined, for developers (not shown to students)
    # what an independent method confirmed about the answer (`confirm.py`); empty when
    # nothing could be checked a second way: the answer is then "unconfirmed"
    confirmed: list[str] = field(default_factory=list)


class Decline(Exception):
    """Raised anywhere in the engine when the problem is not safely understood."""


# a decline that asks the student which of two readings is meant: its text after this opening
# is shown as it is ("The standard deviation reads two ways: ... Say which.")
WHICH_MEANT = "which is meant: "


def step(rule: str, hint: str, text: str, latex: str = "", plot: dict | None = None) -> Step:
    """Shorthand constructor used by the solvers."""
    return Step(rule=rule, hint=hint, text=text, latex=latex, plot=plot)


def without_repeats(steps: list[Step]) -> list[Step]:
    """The steps with a claim said twice in a row kept once, in its later wording, which
    names what it is ("x = 84", then "The part: x = 84")."""
    def claim(s: Step) -> str:
        return "".join((s.latex or "").split())
    kept = [s for s, after in zip(steps, steps[1:], strict=False)
            if not claim(s) or claim(s) != claim(after) or s.plot]
    return [*kept, *steps[-1:]]


def implication_step(before: str, after: str, rule: str, hint: str) -> Step:
    """A step whose claim is that one equation implies the next: `before \\Rightarrow after`."""
    claim = f"{before} \\Rightarrow {after}"
    return step(rule, hint, f"${claim}$", claim)


def latex(e: Any, **kw: Any) -> str:
    """SymPy's LaTeX with arcsin (not asin) style, used for every displayed formula; a
    logarithm to a base b (SymPy's ln A / ln b) is written `\\log_{b}\\left(A\\right)`."""
    if isinstance(e, sp.Basic):
        e = _with_log_bases(_without_unit_factors(_plain_negatives(e)))
        if not kw and (first := _whole_part_first(e)) is not None:
            return first
    return sp.latex(e, inv_trig_style="full", ln_notation=True, **kw)


def _plain_negatives(e: sp.Basic) -> sp.Basic:
    """A term with a letter that the reader kept as `(-1) 2 x` (latex2sympy's unevaluated
    `-2x`) shown as `-2 x`; products of numbers only keep their factors (`(-1) \\cdot 3` may
    be arithmetic a step shows), and so does a product with a sum in it (`-(x + 1)` is not
    multiplied out)."""
    def kept_minus(n: sp.Basic) -> bool:  # `(-1) x`, or `-x` kept inside a product (`-x/2`)
        return (isinstance(n, sp.Mul) and len(n.args) >= 2 and bool(n.free_symbols)
                and not n.has(sp.Add) and (n.args[0] == -1 or any(
                    isinstance(a, sp.Mul) and a.args[0] == -1 for a in n.args)))
    if not e.has(sp.Mul) or not any(kept_minus(n) for n in sp.preorder_traversal(e)):
        return e
    return e.replace(kept_minus, lambda n: sp.Mul(*n.args))


def _whole_part_first(e: sp.Basic) -> str | None:
    """`3 + \\sqrt{5}` as people write it (SymPy prints `\\sqrt{5} + 3`): a real number that
    is a rational plus one irrational term; None for anything else."""
    if not (isinstance(e, sp.Add) and e.is_number and len(e.args) == 2) or e.has(sp.I):
        return None
    whole = [a for a in e.args if a.is_Rational]
    if len(whole) != 1:
        return None
    rest = e - whole[0]
    sign = "-" if rest.could_extract_minus_sign() else "+"
    shown = sp.latex(-rest if sign == "-" else rest, inv_trig_style="full", ln_notation=True)
    return f"{sp.latex(whole[0])} {sign} {shown}"


class _LogBase(sp.Function):
    """Display only: log to base `b` of `a`, as a student writes it."""

    nargs = 2

    def _latex(self, printer: Any) -> str:
        a, b = self.args
        return f"\\log_{{{printer._print(b)}}}\\left({printer._print(a)}\\right)"


def _log_base_parts(m: sp.Basic) -> tuple[sp.Basic, sp.Basic, list[sp.Basic]] | None:
    """(A, b, the other factors) of a product holding exactly one ln A and one 1/ln b."""
    if not isinstance(m, sp.Mul):
        return None
    logs = [f for f in m.args if isinstance(f, sp.log)]
    bases = [f for f in m.args if f.is_Pow and f.exp == -1 and isinstance(f.base, sp.log)
             and f.base.args[0].is_Rational and f.base.args[0] > 1]
    if len(logs) != 1 or len(bases) != 1 or logs[0] == bases[0].base:
        return None
    rest = [f for f in m.args if f is not logs[0] and f is not bases[0]]
    return logs[0].args[0], bases[0].base.args[0], rest


def _with_log_bases(e: sp.Basic) -> sp.Basic:
    if not isinstance(e, sp.Basic) or not e.has(sp.log):
        return e

    def swap(m: sp.Basic) -> sp.Basic:
        parts = _log_base_parts(m)
        assert parts is not None
        a, b, rest = parts
        return sp.Mul(*rest, _LogBase(a, b, evaluate=False), evaluate=False) if rest \
            else _LogBase(a, b, evaluate=False)
    try:
        e = e.replace(lambda a: isinstance(a, sp.log) and len(a.args) == 2,  # log(j, 2)
                      lambda a: sp.log(a.args[0]) if a.args[1] == sp.E else  # ln, not "ln 1"
                      sp.Mul(sp.log(a.args[0]), sp.Pow(sp.log(a.args[1]), -1), evaluate=False))
        return e.replace(lambda m: _log_base_parts(m) is not None, swap)
    except (TypeError, ValueError, AttributeError):
        return e


def _without_unit_factors(e: sp.Basic) -> sp.Basic:
    """Drop the 1 of an unevaluated `Mul(1, q^-1)`, which prints as "1 \\frac{1}{q}" and
    reads as a mixed number."""
    if not e.args or not isinstance(e, sp.Add | sp.Mul | sp.Pow):
        return e
    args = [_without_unit_factors(a) for a in e.args]
    if isinstance(e, sp.Mul):
        rest = [a for a in args if a != sp.S.One]
        if len(rest) < len(args):
            return (rest[0] if len(rest) == 1 else sp.Mul(*rest, evaluate=False)) if rest \
                else sp.S.One
    if args == list(e.args):
        return e
    return e.func(*args, evaluate=False)


def operand(e: Any) -> str:
    """LaTeX of `e` as an operand of + or \\cdot: bracketed only when negative or compound."""
    e = sp.Integer(e) if isinstance(e, int) else e
    if getattr(e, "is_Atom", False) and not getattr(e, "is_negative", False):
        return latex(e)
    return f"\\left({latex(e)}\\right)"


def evaluated(e: sp.Basic) -> sp.Basic:
    """Tidy a parsed tree for display (`1 \\cdot x` -> `x`) keeping the written shape:
    sums keep their terms and `2(x - 1)` keeps its bracket."""
    if not isinstance(e, sp.Basic) or not e.args or e.is_Atom:
        return e
    args = [evaluated(a) for a in e.args]
    try:
        if isinstance(e, sp.Mul):
            args = [a for a in args if a != 1]
            if not args:
                return sp.S.One
            if len(args) == 1:
                return args[0]
            if not any(a.is_Add for a in args):
                return sp.Mul(*args)
            return sp.Mul(*args, evaluate=False)
        if isinstance(e, sp.Add):
            return sp.Add(*args, evaluate=False)
        return e.func(*args)
    except (TypeError, ValueError):
        return e
