"""Functions defined by formulas, then a question about their values that another reader
answers: "Let $f(x) = x^3 - 6x^2 + 11x - 6$. Find the sum of all $x$ such that $f(x) = 0$.",
"How many real numbers $c$ satisfy $f(f(c)) = 3$, where $f(x) = x^2 - 2x$?", "Let $a, b, c$
be the roots of $x^3 + 2x + 5 = 0$, and let $g(x) = x^2 - 3$. Find $g(a) g(b) g(c)$.".

The definitions (one sentence "Let/If/Given/Suppose f(x) = ... and g(x) = ...", or closing
a sentence after ", and let", a clause
opening the question "If f(x) = ... and g(x) = ..., what is ...", or a closing clause
", where f(x) = ...") are taken out, and every call of a defined function in the
rest of the maths is replaced by its formula (`functions.Table`, calls inside calls first).
The question that is left is asked on its own and must come back answered and confirmed by
its own reader's second method. An inverse called ("$f(x) = f^{-1}(x)$") is written in as
its formula when the definition is one-to-one and solved for its variable
(`functions.inverse_formula`). A function named without being called leaves the question
about the function, not its values: declined, as is a question that calls no defined
function; except "the domain of $f$", "the range of $f$" or "the roots of $f$", which ask
about f(x) at its own variable x and are read so.
"""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import functions
from tutor.reasoning.symbolic.algebra.function_values import call_argument, inlined_calls
from tutor.reasoning.symbolic.handlers import closing_paren
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.question_text import Question, WholeSolver, as_inline_maths

_DEFS = r"(?P<defs>@\d+@(?:(?:,| and|, and) @\d+@)*)"
_SENTENCE = re.compile(r"(?:let|suppose(?: that)?|if|given(?: that)?|define|consider) " + _DEFS
                       + r"\s*[.;]?", re.I)
_WHERE = re.compile(r"(?P<rest>.+?),? where " + _DEFS + r"(?P<end>\s*[.?]?)", re.I)
# "If $f(x) = ...$ and $g(x) = ...$, what is ...?": the definitions open the question
_OPENING = re.compile(r"(?:if|given(?: that)?|suppose(?: that)?) " + _DEFS + r",? (?:then )?"
                      r"(?P<rest>.+)", re.I)
# "Let $a, b, c$ be the roots of $P$, and let $g(x) = ...$.": the definitions close a
# sentence that says something else first; that part stays
_JOINED = re.compile(r"(?P<head>(?:let|suppose|given|if) (?:(?! and let ).)+?),? and let "
                     + _DEFS + r"\s*(?P<end>[.;]?)", re.I)


def read(text: str, solve_whole: WholeSolver) -> tuple[sp.Basic | str, list[Step]]:
    """`text` with its function definitions written into the question; Decline otherwise."""
    question = Question.of(as_inline_maths(text))
    sentences = [s for s in re.split(r"(?<=[.;])\s+", question.context) if s]
    said: list[tuple[int, re.Match[str]]] = [
        (i, m) for i, s in enumerate(sentences)
        if (m := _SENTENCE.fullmatch(s) or _JOINED.fullmatch(s))]
    where = _WHERE.fullmatch(question.asked)
    opening = _OPENING.fullmatch(question.asked)
    if len(said) + (where is not None) + (opening is not None) != 1:
        raise Decline("not one statement of function definitions")
    if where is not None:
        defs, asked = where.group("defs"), where.group("rest") + where.group("end")
        before = sentences
    elif opening is not None:
        defs, asked = opening.group("defs"), opening.group("rest")
        asked, before = asked[:1].upper() + asked[1:], sentences
    else:
        i, m = said[0]
        defs, asked = m.group("defs"), question.asked
        kept = [m.group("head") + m.group("end")] if "head" in m.groupdict() else []
        before = sentences[:i] + kept + sentences[i + 1:]
    slots = [int(k) for k in re.findall(r"@(\d+)@", defs)]
    formulas = [question.pieces[k].strip().strip("$") for k in slots]
    if not all(functions.FUNCTION_DEFINITION.match(f) for f in formulas):
        raise Decline("a definition that is not name(variable) = formula")
    names = set(functions.Table(formulas).f)  # declines a formula with other letters
    rest = " ".join([*before, asked, question.closing]).strip()
    inverted, defined, shown = _inverses(formulas, names, [question.pieces[int(k)] for k in
                                                           re.findall(r"@(\d+)@", rest)])
    formulas += defined
    table = functions.Table(formulas)
    changed: list[str] = []  # the pieces of maths that call a defined function

    def put_in(m: re.Match[str]) -> str:
        piece = _called_when_whole(question.pieces[int(m.group(1))], m.string[:m.start()],
                                   table)
        if not any(re.search(rf"(?<![\\A-Za-z]){n}(?![A-Za-z])", piece) for n in names):
            return piece
        body = _renamed(piece.strip().strip("$"), inverted)
        if re.search(rf"(?<![\\A-Za-z])(?:{'|'.join(names)})(?!\s*\()", body):
            raise Decline("a defined function named without being called")
        changed.append(body)
        return f"${inlined_calls(formulas, body)}$"
    whole = re.sub(r"@(\d+)@", put_in, rest)
    if not changed:
        raise Decline("a question that calls no defined function")
    put = shown + _put_in_steps(table, formulas, changed)
    kept = confirm.confirmations()
    answer, steps, checks = solve_whole(whole)
    confirm.record_again(kept, checks)
    if not steps:
        raise Decline("an answer without steps")
    if put:
        return answer, [*put, *steps]
    first = steps[0]
    hint = "Put in " + ", ".join(f"${f}$" for f in formulas) + "." + (
        f" {first.hint}" if first.hint else "")
    return answer, [replace(first, hint=hint), *steps[1:]]


_SPARE = "FGHKPQRSTUVW"
# "the domain of $g$", "the range of the function $h$", "the roots of $p$": a question about
# the whole function, which its values at its own variable answer
_OF_WHOLE = re.compile(r"\b(?:domain|range|roots?|zeros?|zeroes) of (?:the (?:function|expression|"
                       r"polynomial) )?$", re.I)


def _called_when_whole(piece: str, before: str, table: functions.Table) -> str:
    """`$g$` after "the domain of" or "the roots of" is `$g(x)$`, the function at its own
    variable, so its formula is written in; any other piece as it is."""
    name = piece.strip().strip("$").strip()
    if name not in table.f or not _OF_WHOLE.search(before):
        return piece
    return f"${name}({latex(table.f[name][0])})$"



def _inverses(formulas: list[str], names: set[str], pieces: list[str]
              ) -> tuple[dict[str, str], list[str], list[Step]]:
    """Each inverse f^{-1} called in the question, as a formula under a spare capital name
    (`functions.inverse_formula`: a one-to-one formula solved for its variable, checked by
    putting it back): the spare name of each, their definitions, the steps that find them."""
    called = {m.group(1) for p in pieces for m in re.finditer(
        rf"(?<![\\A-Za-z])([A-Za-z])\s*(?:{functions.INVERSE_MARK})\s*\(", p)}
    if called - names:
        raise Decline("the inverse of a function not defined")
    used = set("".join(pieces)) | names
    spares = [c for c in _SPARE if c not in used]
    spare_of: dict[str, str] = {}
    defined: list[str] = []
    steps: list[Step] = []
    for name in sorted(called):
        definition = next(f for f in formulas if (m := functions.FUNCTION_DEFINITION.match(f))
                          and m.group(1) == name)
        try:
            inverse, found = functions.inverse_formula(definition)
        except (sp.PolynomialError, ValueError, TypeError) as exc:  # not a rational formula
            raise Decline("an inverse not found") from exc
        x = functions.FUNCTION_DEFINITION.match(definition).group(2)  # type: ignore[union-attr]
        spare_of[name] = spares.pop(0)
        defined.append(f"{spare_of[name]}({x}) = {latex(inverse)}")
        steps += found
    return spare_of, defined, steps


def _renamed(body: str, spare_of: dict[str, str]) -> str:
    """`f^{-1}(` written as a call of the spare name that holds the inverse formula."""
    for name, spare in spare_of.items():
        body = re.sub(rf"(?<![\\A-Za-z]){name}\s*(?:{functions.INVERSE_MARK})\s*(?=\()", spare,
                      body)
    return body


def _put_in_steps(table: functions.Table, formulas: list[str], pieces: list[str]) -> list[Step]:
    """One step per call written in: "f(f(c)) = (c^2 - 2c)^2 - 2(c^2 - 2c) = c^4 - ...", its
    claim the identity between the formula with the argument put in and its value (at most
    three calls shown; a call at a plain letter is the formula itself and is not shown)."""
    said = ", ".join(f"${f}$" for f in formulas)
    out: list[Step] = []
    for body in pieces:
        for call in _outer_calls(body, set(table.f))[:3 - len(out)]:
            name, arg_src = call[0], call[call.index("(") + 1:-1]
            x, formula = table.f[name]
            arg = call_argument(inlined_calls(formulas, arg_src))
            if not isinstance(arg, sp.Expr):
                raise Decline("an argument that is not an expression")
            if arg.is_Symbol:  # f(x) is the formula itself: nothing to work out
                continue
            middle = latex(formula.subs(x, sp.UnevaluatedExpr(arg)))
            value = sp.expand(formula.subs(x, arg))
            claim = f"{middle} = {latex(value)}"
            out.append(step("put in the definition", f"Replace each call by its formula ({said}).",
                            f"${call} = {claim}$", claim))
    return out


def _outer_calls(body: str, names: set[str]) -> list[str]:
    """The calls of defined functions not inside another call, as written."""
    calls, i = [], 0
    start = re.compile(rf"(?<![\\A-Za-z])(?:{'|'.join(sorted(names))})\s*\(")
    while (m := start.search(body, i)) is not None:
        end = closing_paren(body, m.end() - 1)
        calls.append(re.sub(r"\s+(?=\()", "", body[m.start():end + 1]))
        i = end + 1
    return calls


__all__ = ["read"]
