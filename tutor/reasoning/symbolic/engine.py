"""In-process solving: text -> Solution. Run it through `runner.solve_problem`,
which adds the time limit; calling this directly can take unbounded time."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic import (
    answer_choices,
    answer_forms,
    casual_text,
    choice_answers,
    combined_quantities,
    confirm,
    dotted_runs,
    fixed_constants,
    fraction_forms,
    handlers,
    inlined_definitions,
    lowest_terms_parts,
    named_quantities,
    nested_quantities,
    operated_quantities,
    percent_requests,
    pi_values,
    plain_notation,
    radical_forms,
    rounding_requests,
    told_conditions,
    told_definitions,
    worded_functions,
)
from tutor.reasoning.symbolic.calculus import integral_words
from tutor.reasoning.symbolic.calculus.words_as_tex import calculus_as_tex
from tutor.reasoning.symbolic.diagrams.figure_problems import has_figure, solve_figure_problem
from tutor.reasoning.symbolic.equality_words import equalities_joined
from tutor.reasoning.symbolic.figure_names import perpendiculars_said, triangles_said
from tutor.reasoning.symbolic.geometry import named_images
from tutor.reasoning.symbolic.measure_pairs import measures_said_apart
from tutor.reasoning.symbolic.model import WHICH_MEANT, Decline, Solution, without_repeats
from tutor.reasoning.symbolic.number_theory import digit_puzzles, worded_searches
from tutor.reasoning.symbolic.parsing import split_problem
from tutor.reasoning.symbolic.plain_text import as_latex_problem, wrap_plain_maths
from tutor.reasoning.symbolic.problem_text import unstyled
from tutor.reasoning.symbolic.recognise import recognise
from tutor.reasoning.symbolic.request_framing import unframed
from tutor.reasoning.symbolic.signed_powers import signed_power_said
from tutor.reasoning.symbolic.spelled_maths import ordinals_respelled, us_spelled, words_respelled
from tutor.reasoning.symbolic.strict_reading import agrees_with_strict_reading
from tutor.reasoning.symbolic.two_asks import one_value_for_two
from tutor.reasoning.symbolic.understand import explain_decline
from tutor.reasoning.symbolic.unicode_maths import symbols_respelled, unread_symbol
from tutor.reasoning.symbolic.written_denominators import forget_denominators

_FACTORIAL_OR_BANG = re.compile(r"[\d)}]\$?\s*!(?=[^$]*$)")
# display maths (\[...\], $$...$$, \(...\)): a '!' inside it is a factorial, never text
_MATHS = re.compile(r"\$[^$]*\$")  # a power said in words is outside them
_DISPLAY = re.compile(r"\\\[.*?\\\]|\$\$.*?\$\$|\\\(.*?\\\)", re.S)
_BAD_ANSWER = re.compile(r"zoo|nan|\\text|Sum|Integral|Limit|\\tilde|AccumBounds|CRootOf")
# a day of the week or a month, named (number_theory.time_cycles); a limit that does not
# exist; Yes or No (number_theory.yes_no_facts)
_NAMED_ANSWER = re.compile(r"\\text\{(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|"
                           r"February|March|April|May|June|July|August|September|October|"
                           r"November|December|does not exist|Yes|No)\}")


def _recognise_text(text: str) -> handlers.Result:
    """Recognise a problem as written, as calculator input, or with its plain maths wrapped."""
    wrapped = as_latex_problem(text)
    try:
        return recognise(split_problem(wrapped))
    except Decline:
        typed = wrap_plain_maths(text)
        if wrapped == text and typed is None:
            raise
        try:
            # a plain-text sentence ("the remainder of 2004 divided by 12") read as written
            return recognise(split_problem(text))
        except Decline:
            if typed is None:
                raise
            # maths typed without dollar signs: "Find all real x such that x^2 = 4"; TeX
            # typed alone without them ("\\int_0^1 x^2 \\, dx") asks its value, as typeset
            return recognise(split_problem(as_latex_problem(typed)))


def _recognise_respelled(text: str) -> handlers.Result:
    """The problem as written; when declined, as typed casually said plainly (`casual_text`),
    then also with its numbers in words as digits."""
    try:
        return _recognise_text(text)
    except Decline as exc:
        spelled = measures_said_apart(perpendiculars_said(triangles_said(equalities_joined(
            words_respelled(ordinals_respelled(calculus_as_tex(casual_text.respelled(text))))))))
        if spelled == text or str(exc).startswith(confirm.DISAGREES):
            raise
        # first typed casually only ("whats" said in full, "two angles" kept in words), when
        # that changes a word: another whole reading costs time on every decline
        casual = casual_text.respelled(text)
        said = {" ".join(t.split()) for t in (text, spelled)}
        asked: Decline | None = None  # which reading is meant: the student's to answer
        for attempt in ([casual] if " ".join(casual.split()) not in said else []) + [spelled]:
            try:
                return _recognise_text(attempt)
            except Decline as again:
                if str(again).startswith(confirm.DISAGREES):
                    raise
                if str(again).startswith(WHICH_MEANT):
                    asked = asked or again
        raise (asked or exc) from None


def _recognise_with_figure(text: str) -> handlers.Result:
    """A problem with an Asymptote figure is read with its figure first (`diagrams`); when
    that declines, from its words alone as before."""
    if not has_figure(text):
        return _recognise_respelled(text)
    try:
        return solve_figure_problem(text)
    except Decline as exc:
        if str(exc).startswith(confirm.DISAGREES):
            raise
        try:
            return _recognise_respelled(text)
        except Decline:
            raise exc from None


def _recognise_or_combined(text: str) -> handlers.Result:
    """Recognise the text; when that declines and it asks for the sum, product or difference
    of quantities, find each one on its own and combine them (`combined_quantities`); when
    it asks about a quantity described in words, or names a letter for one, find that first
    (`nested_quantities`, `named_quantities`); a sum or product written with dots inside it
    is worked out and put in (`dotted_runs`); functions defined by formulas are written into
    the question that calls them (`inlined_definitions`)."""
    # "the square of the modulus of", "the absolute value of -12" (its maths typed plainly)
    typed = wrap_plain_maths(text)
    first = operated_quantities.read(text, _solved_part) or (
        operated_quantities.read(typed, _solved_part) if typed is not None else None)
    if first is not None:  # first: a direct reader might answer the modulus alone
        return first
    try:
        return _recognise_with_figure(text)
    except Decline as exc:
        return _or_retry(exc, lambda: _through_parts(text))


def _through_parts(text: str) -> handlers.Result:
    """The readers that answer a question through other questions, in turn; a decline of
    one gives way to the next, a disagreement between two methods is final."""
    readers = (lambda: digit_puzzles.answer(text),
               lambda: inlined_definitions.read(text, _solved_whole),
               lambda: worded_functions.read(text, _solved_whole),
               lambda: worded_searches.read(text),
               lambda: fixed_constants.read(text, _solved_whole),
               lambda: combined_quantities.read(text, _solved_part),
               lambda: nested_quantities.read(text, _solved_part, _solved_whole),
               lambda: named_quantities.read(text, _solved_part, _solved_whole),
               lambda: dotted_runs.read(text, _solved_whole),
               lambda: named_images.read(text, _solved_whole),
               lambda: fraction_forms.read(text, _solved_part),
               lambda: lowest_terms_parts.read(text, _solved_whole),
               lambda: radical_forms.read(text, _solved_whole))
    declined: Decline | None = None
    for reader in readers:
        try:
            return reader()
        except Decline as exc:
            if str(exc).startswith(confirm.DISAGREES):
                raise
            declined = declined or exc
            confirm.reset()
    assert declined is not None
    raise declined


def _solve_with_rounding(text: str) -> handlers.Result:
    """Solve the text; when that declines and it closes with a request to round, solve it
    without the request and round the exact answer (`rounding_requests`). A value told for
    π ("Use 3.14 for π.") is put in the exact answer, always (`pi_values`)."""
    told = pi_values.split_off(text)
    if told is not None:
        return _rounded_as_asked(told[0], rounding_requests.split_off(told[0]),
                                 lambda v, s: pi_values.put_in(v, s, *told[1:]))
    try:
        return _recognise_or_combined(text)
    except Decline as exc:
        plain = percent_requests.split_off(text)  # a probability asked as a percent
        if plain is not None:
            return _or_retry(exc, lambda: percent_requests.as_percent(
                *_recognise_or_combined(plain)))
        asked = rounding_requests.split_off(text)
        if asked is None:
            raise
        return _or_retry(exc, lambda: _rounded_as_asked(text, asked, lambda v, s: (v, s)))


def _rounded_as_asked(text: str, asked: tuple[str, int, bool] | None,
                      then: Callable[[sp.Basic | str, list], handlers.Result]
                      ) -> handlers.Result:
    """Solve the text without its closing request to round (`asked`, from
    `rounding_requests.split_off`; None: there is none), pass the exact answer through
    `then`, and round what comes back as asked."""
    value, steps = then(*_recognise_or_combined(asked[0] if asked else text))
    if asked is None:
        return value, steps
    if isinstance(value, str) and re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        value = sp.Rational(value)  # "28.26": exact, as written
    return rounding_requests.round_answer(value, steps, asked[1], closest=asked[2])


def _solve_past_definitions(text: str) -> handlers.Result:
    """Solve the text; when that declines and it opens with the usual definition of a
    standard term ("A palindrome is a number that reads the same forward and backward."),
    solve it without the definition (`told_definitions`)."""
    try:
        return _solve_with_rounding(text)
    except Decline as exc:
        rest = told_definitions.split_off(text) or told_conditions.asked_as_one(text)
        return _or_retry(exc, None if rest is None else lambda: _solve_with_rounding(rest))


def _solved_part(question: str) -> tuple[sp.Basic, list, list[str]]:
    """One quantity of a combined question, solved and confirmed on its own."""
    answer, steps, confirmed = _solved_whole(question)
    return combined_quantities.as_part(str(answer)), steps, confirmed


def _solved_whole(text: str) -> tuple[sp.Basic | str, list, list[str]]:
    """A question asked on its own (a part, or the problem with a value put in), solved and
    confirmed."""
    solved = solve_now(text)
    if solved.answer is None or not solved.confirmed:
        raise Decline("the question with the quantity put in is not answered and confirmed")
    return solved.answer, solved.steps, solved.confirmed


def _or_retry(exc: Decline, retry: Callable[[], handlers.Result] | None) -> handlers.Result:
    """After the decline `exc`, the one other reading `retry` (None: there is none). A
    disagreement between two methods is final; a decline of the retry gives way to `exc`."""
    if retry is None or str(exc).startswith(confirm.DISAGREES):
        raise exc
    confirm.reset()
    try:
        return retry()
    except Decline:
        raise exc from None


def _maths_marked(text: str) -> str:
    """The problem with maths typed plainly in `$...$`, as the recogniser read it, so a
    decline names what it saw ("solve x^2+4=0" holds an equation, not three numbers)."""
    try:
        wrapped = as_latex_problem(text)
        return wrapped if wrapped != text else wrap_plain_maths(text) or text
    except Exception:  # noqa: BLE001 - only for the message: the text as typed
        return text


def solve_now(text: str) -> Solution:
    """Recognise and solve; a Decline anywhere (or any internal error) declines honestly."""
    if (listed := answer_choices.listed_choices(text)) is not None and listed.all_values():
        return choice_answers.answer(listed, solve_now)  # (A) 12 (B) 15 ...: the one equal
    start = time.perf_counter()
    confirm.reset()
    forget_denominators()
    try:
        text = unframed(unstyled(text))  # "Question 3: ...", "pls help: ...": words round it
        if "∫" in text:  # "∫_0^1 x^2 dx": written as TeX before the sign is found unread
            text = integral_words.as_tex(text)
        text = plain_notation.wrapped(us_spelled(symbols_respelled(text)))
        told_pi = pi_values.split_off(text)  # "(Use π ≈ 3.14.)": its ≈ is read there
        unread = unread_symbol(told_pi[0] if told_pi is not None else text)
        if unread is not None:
            raise Decline(f"a symbol I cannot read here: {unread}")
        if (signed := signed_power_said(_MATHS.sub(" ", text))) is not None:
            raise Decline(signed)
        if _FACTORIAL_OR_BANG.search(_DISPLAY.sub(" ", text)):
            # "Compute 5!" could be a factorial or an exclamation: never guess.
            raise Decline("a '!' after a number outside maths delimiters")
        value, steps = _solve_past_definitions(text)
        value, steps = answer_forms.as_asked(text, value, steps)
        answer = answer_forms.answer_latex(value)
        if not steps or _BAD_ANSWER.search(answer) and not _NAMED_ANSWER.fullmatch(answer) \
                or not answer.strip():
            raise Decline("no clean answer")
        if one_value_for_two(text, answer):
            raise Decline("two quantities are asked for; one value cannot answer both")
        if not agrees_with_strict_reading(text, answer):
            raise Decline("the answer disagrees with a second reading of the problem")
    except Exception as exc:  # Decline, or a SymPy/parser failure: decline, never guess
        return Solution(answer=None, declined=explain_decline(_maths_marked(text), str(exc)),
                        kind="unsupported",
                        seconds=time.perf_counter() - start, detail=str(exc))
    steps = without_repeats(steps)
    plots = [s.plot for s in steps if s.plot]
    return Solution(answer=answer, steps=steps, seconds=time.perf_counter() - start, plots=plots,
                    confirmed=confirm.confirmations())
