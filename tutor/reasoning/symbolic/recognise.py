"""Understand a problem, then pick its solver: templates, phrase rules, typed maths.

1. Whole-sentence templates (`core_templates`, `algebra.templates`,
   `combinatorics.templates`) after dropping harmless format instructions ("Express
   your answer as a common fraction.").
2. Named phrase rules (`phrases`) that rewrite other ways of asking the same question
   to a canonical sentence, which step 1 then reads.
3. The typed reading (`understand.lone_equation`): one equation and only words that ask
   for its solutions; then each domain's typed readers (`typed`): the question's words
   and the maths' types, sent to the domain's solver.

4. When none of these reads the problem as worded, the same question with its clauses in
   the plain order (`clause_order.rewordings`: "Of 480, what is 15%?" -> "what is 15% of
   480?"), through steps 1-3 again.

Anything else is declined: a word problem, an extra condition or an unfamiliar phrase
never reaches a solver.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic import (
    core_templates,
    described_references,
    handlers,
    implied_questions,
    phrases,
)
from tutor.reasoning.symbolic.algebra import templates as algebra_templates
from tutor.reasoning.symbolic.clause_order import condition_last, rewordings
from tutor.reasoning.symbolic.combinatorics import templates as counting_templates
from tutor.reasoning.symbolic.confirm import DISAGREES
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import ASK, END, VAL, M
from tutor.reasoning.symbolic.problem_text import without_slot
from tutor.reasoning.symbolic.typed import read_typed
from tutor.reasoning.symbolic.understand import lone_equation

_METHOD = (r"(?:(?:the )?(?:method of )?(?:factoring|factorising|factorizing|completing the square|"
           r"the quadratic formula|substitution|elimination|graphing|cross[- ]multiplication|"
           r"cross[- ]multiplying)(?: method)?|(?:a|the) difference of (?:two )?squares"
           r"(?: formula)?)")
_SUFFIXES = [
    # "..., giving your answer as a fraction in lowest terms."
    r"(?:(?:express|give|write|leave|state|put)|,? ?(?:giving|and give|and write|and express))"
    r" (?:(?:your|the) (?:answer|result) |it )?"
    r"(?:as an? (?:(?:common|improper|reduced|simplified|simple),? )*fraction|as a decimal"
    r"|in simplest (?:radical |fractional )?form|as an integer|as a whole number|in radians"
    r"|in simplest terms|in interval notation|as a union of intervals)"
    r"(?: in (?:simplest|lowest) (?:form|terms))?\.?",
    r"enter your answer (?:using|in) interval notation\.?",
    # "Express in terms of pi." typed plainly (with dollar signs the piece is dropped below)
    r"(?<=[.?!] )(?:express|give|write|leave|state)(?: (?:your|the) answer| it)? in terms "
    r"of pi\.?",
    r"(?<=[.?!] )answer (?:using|in) interval notation\.?",  # a sentence of its own
    r"give the endpoints (?:in your answer )?as (?:common |improper )?fractions(?:,? not "
    r"(?:as )?mixed numbers or decimals)?\.?",
    r"\(do not use a calculator!?\)\.?",
    r"\(no calculators?!?\)\.?",
    r"without (?:using )?a calculator\.?",
    r"enter (?:all (?:of )?)?(?:the |your )?(?:real |possible )?(?:solutions|answers|roots),? "
    r"separated by commas\.?",
    r"separate (?:your answers|multiple answers|the solutions) with commas\.?",
    r"simplify your answer(?: as much as possible)?\.?",
    # the method a textbook asks for: the answer is the same whichever is used
    r"(?<=@)\.? ?,? ?(?:by|using) " + _METHOD + r"\.?",
    r"show your (?:work|steps)\.?",
]
_SUFFIX = re.compile(r"\s*(?:" + "|".join(_SUFFIXES) + r")\s*$")
# "Express $x$ as a decimal.": the form of the answer, said of the unknown by its letter
_LETTER_FORM = re.compile(r"\s*(?:express|give|write) @(\d+)@ as an? (?:decimal|(?:common )?"
                          r"fraction)\.?\s*$")
# "Express your answer in terms of $\pi$.", "... as a common fraction in terms of $\pi$",
# "... in the form $\frac{a}{b}$": the form of an exact answer, which the solvers give
# anyway; checked by what the placeholder holds (`_FORM_PIECES`), never by the words alone.
_PIECE_FORM = re.compile(
    r"\s*(?:express|give|write|leave|state) (?:(?:your|the) answer |it )?(?:as an? (?:(?:common|"
    r"simplified|reduced) )*fraction )?(?:in simplest radical form )?in (?:terms of|the form) "
    r"@(\d+)@(?: and in simplest radical form)?\.?\s*$")
_FORM_PIECES = frozenset({"\\pi", "\\frac{a}{b}"})
_IN_RADIANS = re.compile(r"((?:find|compute|evaluate|determine|what is) @(\d+)@),? in "
                         r"radians[.?]?")
_BASE = re.compile(r"[.,]?\s*express your answer in base " + M + r"\.?$")

TEMPLATES = core_templates.TEMPLATES + algebra_templates.TEMPLATES + counting_templates.TEMPLATES
_COMPILED = [(re.compile(p), h) for p, h in TEMPLATES]


def recognise(split: Split) -> handlers.Result:
    """Run the handler of the template the problem matches, or raise Decline."""
    tmpl = re.sub(r"^(compute|evaluate|calculate|find|determine) without (?:using )?a "
                  r"calculator:? ", r"\1 ", split.template)
    tmpl = re.sub(r"^use " + _METHOD + r",? to (solve|find|compute|evaluate|factor) ",
                  r"\1 ", tmpl)
    # "Solve by completing the square: ...", "Factor by grouping: ..."
    tmpl = re.sub(r"^(solve|factor)(?: the equation)? (?:by|using) " + _METHOD + r":? (?=@\d+@)",
                  r"\1 ", tmpl)
    for _ in range(3):
        tmpl = _SUFFIX.sub("", tmpl)
        split, tmpl = without_form_request(split, tmpl)
    asked = _IN_RADIANS.fullmatch(tmpl)  # "Find arctan(-sqrt 3) in radians.": radians anyway
    if asked and re.search(r"\\arc(?:sin|cos|tan|sec|csc|cot)", split.maths[int(asked.group(2))]):
        tmpl = asked.group(1)
    form = _LETTER_FORM.search(tmpl)
    if form and re.fullmatch(r"[a-zA-Z]", split.maths[int(form.group(1))].strip()) \
            and tmpl[:form.start()].strip():
        tmpl = tmpl[:form.start()].strip()
    base = _BASE.search(tmpl)
    if base:
        core = tmpl[:base.start()].strip()
        b = integers.integer(split.maths[int(base.group(1))])
        m = re.fullmatch(r"(?:" + ASK + r"|what is) (?:the (?:sum|product|difference|quotient) "
                         r"of )?" + VAL + M + END, core)
        if m:  # otherwise a whole-sentence template below may name the base itself
            try:
                return handlers.in_base(split.maths[int(m.group(1))], b)
            except Decline as exc:  # a typed reader below may read more notation (\div)
                if str(exc).startswith(DISAGREES):
                    raise
    m2 = re.fullmatch(r"express the (?:sum|product|difference|quotient) " + M + r" in base "
                      + M + END, tmpl)
    if m2:
        return handlers.in_base(split.maths[int(m2.group(1))],
                                integers.integer(split.maths[int(m2.group(2))]))
    reason = _read(split, tmpl)
    if not isinstance(reason, str):
        return reason
    # the same question, its clauses in another order or its references resolved
    resolved = described_references.rewordings(Split(tmpl, split.maths))
    resolved += implied_questions.template_rewordings(Split(tmpl, split.maths))
    for said, other in [(split, t) for t in rewordings(tmpl)] + [(r, r.template) for r in resolved]:
        if reason.startswith(DISAGREES):
            break
        got = _read(said, other)
        if not isinstance(got, str):
            return got
        reason = reason if got == "problem not recognised" else got
    raise Decline(reason)


# an instruction to rewrite one expression: "in terms of $x$" after it asks nothing more
_REWRITE = re.compile(r"(?:simplify|expand|multiply out|factor)(?: completely)?:? @\d+@[.?]?")


def _only_letter(maths: list[str], k: int) -> bool:
    """"... in terms of $x$" where $x$ is the only letter of every other piece: a rewriting
    of them can be in terms of nothing else. (In a word problem, "in terms of $s$" asks for
    an expression in $s$, another question: kept.)"""
    letter = maths[k].strip()
    return len(letter) == 1 and letter.isalpha() and all(
        set(re.findall(r"(?<![a-zA-Z\\])[a-zA-Z](?![a-zA-Z])", p)) <= {letter}
        for i, p in enumerate(maths) if i != k) and any(
        letter in p for i, p in enumerate(maths) if i != k)


def without_form_request(split: Split, tmpl: str) -> tuple[Split, str]:
    """The problem without its closing "in terms of $\\pi$" (or of its only letter) request;
    its piece is dropped too (the later placeholders renumbered), so no reader takes $\\pi$
    for a piece of the question."""
    m = _PIECE_FORM.search(tmpl)
    if m is None or not tmpl[:m.start()].strip():
        return split, tmpl
    k = int(m.group(1))
    if f"@{k}@" in tmpl[:m.start()] or split.maths[k].replace(" ", "") not in _FORM_PIECES \
            and not (_REWRITE.fullmatch(tmpl[:m.start()].strip()) and _only_letter(split.maths, k)):
        return split, tmpl
    kept = without_slot(tmpl[:m.start()].strip(), split.maths, k)
    return kept, kept.template


def _read(split: Split, tmpl: str, *, again: bool = True) -> handlers.Result | str:
    """Whole sentences and phrase rules, then the typed reading; or why none worked. A
    phrase rule's plain sentence is read the same way once more (`again`); its whole-
    sentence templates have run already (`_by_sentence`), so only its own phrase rules."""
    reason = _by_sentence(split, tmpl, direct=again)
    if not isinstance(reason, str) or reason.startswith(DISAGREES):
        return reason
    typed = lone_equation(tmpl, split.maths)  # no sentence known: read the maths' types
    if typed is not None:
        try:
            return handlers.solve(*typed)
        except Decline as exc:  # a typed reader may read the question more closely
            if str(exc).startswith(DISAGREES):
                raise
            reason = str(exc)
    read = read_typed(split, tmpl)
    if read is not None and not isinstance(read, str):
        return read
    for _name, canonical in phrases.rewrites(split, tmpl) if again else ():
        plain = _read(canonical, canonical.template, again=False)
        if not isinstance(plain, str):
            return plain
    return read or reason


def _by_sentence(split: Split, tmpl: str, *, direct: bool = True) -> handlers.Result | str:
    """A whole-sentence template, directly (`direct`) or after a phrase rule; or why none
    worked."""
    reason = _run_templates(split, tmpl) if direct else "problem not recognised"
    if not isinstance(reason, str):
        return reason
    for _name, canonical in phrases.rewrites(split, tmpl):
        got = _run_templates(canonical, canonical.template)
        if not isinstance(got, str):
            return got
        reason = reason if reason.startswith(DISAGREES) else got
    return reason


def _run_templates(split: Split, tmpl: str) -> handlers.Result | str:
    """The first template's result, or why none worked."""
    reason = "problem not recognised"
    for pattern, handler in _COMPILED:
        m = pattern.fullmatch(tmpl)
        if m:
            try:
                return handler(split, m)
            except Decline as exc:  # another reading of the same sentence may work
                # a disagreement between two methods is the reason worth reporting
                reason = reason if reason.startswith(DISAGREES) else str(exc)
    return reason


__all__ = ["TEMPLATES", "condition_last", "recognise", "without_form_request"]
