"""Final-answer equivalence: real SymPy, real math-verify, no mocks of the maths."""

from __future__ import annotations

import re
import signal
import threading
import time
from pathlib import Path

import math_verify.parser as mv_parser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from math_verify import ExprExtractionConfig

from tutor.verify.answer_normalize import prepare, too_big
from tutor.verify.answers import DeadlinePassed, deadline, equivalent, extract_final_answer

SAME = [
    ("\\frac{1}{2}", "0.5"),
    ("1/2", "\\dfrac12"),
    ("\\frac{3}{4}", "0.75"),
    ("-5", "-5.0"),
    ("033", "33"),  # AIME leading zeros
    ("7425000", "7,425,000"),  # thousands separators
    ("11111111100", "11,\\! 111,\\! 111,\\! 100"),
    ("2\\sqrt{2}", "\\sqrt{8}"),
    ("\\frac{\\sqrt{3}}{3}", "\\frac{1}{\\sqrt{3}}"),
    ("\\{1, 2, 3\\}", "\\{3, 1, 2\\}"),  # sets in any order
    ("3, 5", "5, 3"),  # several answers
    ("[0, 1)", "[0,1)"),  # intervals
    ("(-\\infty, 2] \\cup (3, \\infty)", "(-\\infty,2]\\cup(3,\\infty)"),
    ("(1, \\frac{9}{2})", "(1, 4.5)"),  # tuples
    ("10 \\text{ cm}", "10"),  # units
    ("\\text{(C)}", "C"),
    ("\\boxed{42}", "42"),
    ("50\\%", "50"),  # percentages
    ("90^\\circ", "90"),  # degrees
    ("\\frac{1}{2}", "\\sin(30^\\circ)"),  # degrees inside a trigonometric function
    ("\\$10", "10"),  # currency
    ("x + 1", "1 + x"),
    ("(x-2)(x+2)", "x^2 - 4"),
    ("1 1/2", "1.5"),  # mixed numbers
    ("-2\\frac{5}{8}", "-2.625"),
    ("x \\in [2, 5]", "[2, 5]"),
    ("\\frac{14}{3}", "so the sum is $\\frac{28}{6}$, which gives \\boxed{\\frac{14}{3}}."),
    ("18", "She makes 9 * 2 = 18 dollars.\n#### 18"),
]

DIFFERENT = [
    ("1/2", "0.6"),
    ("x+1", "x+2"),
    ("33", "34"),
    ("(1, 2)", "(2, 1)"),  # tuples are ordered
    ("[0, 1)", "(0, 1)"),
    ("\\{1, 2\\}", "\\{1, 2, 3\\}"),
    ("\\sqrt{2}", "1.41"),
    ("5", "50"),
    ("\\frac{\\sqrt{3}}{2}", "\\sin(30^\\circ)"),
    ("x^2 - 4", "(x-2)^2"),
    ("\\frac{14}{3}", "so the answer is \\boxed{\\frac{13}{3}}."),
]


@pytest.mark.parametrize(("gold", "pred"), SAME)
def test_equivalent_answers(gold: str, pred: str) -> None:
    assert equivalent(gold, pred) is True


@pytest.mark.parametrize(("gold", "pred"), DIFFERENT)
def test_different_answers(gold: str, pred: str) -> None:
    assert equivalent(gold, pred) is False


@pytest.mark.parametrize(
    "bad", [None, 5, "", "   ", "\\frac{", "}{", "$$", "\\boxed{", "x" * 60_000, "\x00\x01"]
)
def test_bad_input_is_false_not_an_error(bad: object) -> None:
    assert equivalent("1", bad) is False  # type: ignore[arg-type]
    assert equivalent(bad, "1") is False  # type: ignore[arg-type]


HOSTILE = [
    "__import__('os').system('touch {canary}')",
    "().__class__.__bases__[0].__subclasses__()",
    "lambda: 1",
    "eval(\"__import__('os').system('touch {canary}')\")",
    "$__import__('os').system('touch {canary}')$",
    "\\boxed{__import__('os').system('touch {canary}')}",
    "10^{10^{10}}",
    "$10^{10^{10}}$",
    "factorial(10**9)",
    "(10^9)!",
    "9**9**9**9",
    "\\boxed{9^{9^{9}}}",
    "2^{2^{2^{2^{2^{2}}}}}",
    "\\binom{10^{12}}{5}",
    "\\Gamma(10^{9})",
    "\\sum_{k=1}^{10^{12}} k",
    "{" * 3000 + "1" + "}" * 3000,
    "(" * 500 + "1" + ")" * 500,
]


@pytest.mark.parametrize("template", HOSTILE)
def test_hostile_strings_are_false_fast_and_harmless(template: str, tmp_path: Path) -> None:
    canary = tmp_path / "pwned"
    hostile = template.replace("{canary}", str(canary))
    started = time.monotonic()
    assert equivalent("1", hostile) is False
    assert equivalent(hostile, "1") is False
    assert time.monotonic() - started < 5.0
    assert not canary.exists()


def test_size_guard_refuses_towers_but_not_ordinary_powers() -> None:
    for huge in ("10^{10^{10}}", "9**9**9**9", "(10^9)!", "2^{1000000}", "e^{10^{10}}"):
        assert too_big(huge), huge
    ordinary = ("2^{2023}", "e^{-x^2}", "x^{-2}", "10!", "\\binom{10}{3}", "2^{100000}", "(1/2)^8")
    for fine in ordinary:
        assert not too_big(fine), fine
    assert equivalent("2^{10}", "1024") is True  # a power that is fine is still compared


def test_works_outside_the_main_thread() -> None:
    results: list[bool] = []
    worker = threading.Thread(
        target=lambda: results.extend([equivalent("1/2", "0.5"), equivalent("1/2", "0.6")])
    )
    worker.start()
    worker.join(timeout=60)
    assert results == [True, False]


def test_deadline_interrupts_and_restores_an_outer_timer() -> None:
    outer_fired: list[int] = []
    old = signal.signal(signal.SIGALRM, lambda signum, frame: outer_fired.append(signum))
    signal.setitimer(signal.ITIMER_REAL, 5.0)
    try:
        started = time.monotonic()
        with pytest.raises(DeadlinePassed), deadline(0.2):
            while time.monotonic() - started < 3:
                pass
        assert time.monotonic() - started < 1.5
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 3.0 < remaining <= 5.0  # the outer timer is running again
        assert signal.getsignal(signal.SIGALRM) is not None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    assert outer_fired == []


# The one place where math-verify hands text to sympy.parse_expr is its plain
# expression extractor. These two tests check, on the installed version, that what
# reaches it cannot name anything.
_EXPR_CHARS = re.compile(r"^[\d.\s+\-*×/^()÷]*$")


def test_parse_expr_only_ever_sees_digits_and_operators(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = mv_parser.parse_expr_cached

    def spy(expr: str) -> object:
        seen.append(expr)
        return real(expr)

    monkeypatch.setattr(mv_parser, "parse_expr_cached", spy)
    texts = [
        "so it is 2^3 + 1 = 9 and __import__('os').system('ls') * 3",
        "the result is 12 * 3 - 1 lambda: (1).__class__",
        "answer: 4/5 + ().__class__.__bases__[0].__subclasses__()",
    ]
    for text in texts:
        equivalent("9", text)
    assert seen, "the expression path was not exercised"
    assert all(_EXPR_CHARS.match(expr) for expr in seen), seen


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 .+-*/^()_abcxyzos'\"[]:=,lambdaimport", max_size=60))
def test_expression_regex_cannot_capture_names(text: str) -> None:
    for pattern, _ in mv_parser.lazy_expr_regex(ExprExtractionConfig()):
        for match in pattern.finditer(text):
            captured = match.groupdict().get("expr") or ""
            assert _EXPR_CHARS.match(captured), captured


def test_prepare_wraps_bare_latex_but_not_numbers_or_prose() -> None:
    assert prepare("{x, x - 1}") == "${x, x - 1}$"
    assert prepare("7,425,000") == "7,425,000"
    assert prepare("$\\frac12$") == "$\\frac12$"
    prose = "We add them and obtain twelve apples in total"
    assert prepare(prose) == prose


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("so \\boxed{\\frac{1}{2}} and finally \\boxed{3}", "3"),
        ("hence $x = \\boxed{\\frac{a}{\\sqrt{b}}}$.", "\\frac{a}{\\sqrt{b}}"),
        ("Final Answer: The final answer is 12. I hope it is correct.", "12"),
        ("Thus the answer is $(1, 2)$.", "(1, 2)"),
        ("**Answer:** 7", "7"),
        ("Natalia sold 48 clips.\n#### 72", "72"),
        ("no conclusion here", None),
        ("\\boxed{}", None),
    ],
)
def test_extract_final_answer(text: str, answer: str | None) -> None:
    assert extract_final_answer(text) == answer


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        ("-2,1", "-2, 1", True),  # MATH writes two answers as "-2,1"
        ("-2,1", "1, -2", True),
        ("-2,1", "-2.1", True),  # ...and a decimal comma reads the same way
        ("1,22", "1.22", True),
        ("-2,1", "1", False),
        ("-2,1", "-2, 2", False),
        ("58,500", "58, 500", False),  # a thousands group is never a list
    ],
)
def test_a_comma_between_numbers_is_read_both_ways(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred) is same


def test_decimal_approximations_at_the_writers_precision() -> None:
    from tutor.verify.answers import approximately_equal

    assert approximately_equal("\\sqrt{3}", "1.732")
    assert approximately_equal("\\frac{2}{7}", "0.29")
    assert not approximately_equal("\\frac{2}{7}", "0.28")
    assert not approximately_equal("\\sqrt{3}", "2")  # a whole number is not an approximation
    assert equivalent("\\sqrt{3}", "1.732", approximate=True)
    assert not equivalent("\\sqrt{3}", "1.732")


def test_complex_numbers_written_with_i() -> None:
    assert equivalent("3 + 4i", "i(4 - 3i)")
    assert not equivalent("3 + 4i", "i(4 + 3i)")


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        ("\\frac{5}{12}", "0.41\\overline{6}", True),
        ("0.\\overline{72}", "\\frac{8}{11}", True),
        ("\\frac{41}{33}", "1.\\bar{24}", True),
        ("\\frac{2}{9}", "$0.\\overline{2}$", True),
        ("\\frac{2}{9}", "We divide, so the answer is $\\boxed{0.\\overline{2}}$.", True),
        ("\\frac{2}{9}", "0.\\overline{3}", False),
        ("\\frac{5}{12}", "0.4\\overline{16}", False),
    ],
)
def test_repeating_decimals_are_their_fractions(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred) is same
