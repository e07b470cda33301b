"""Parsing: the strict parser's grammar, and hostile text that must never run."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import sympy

from tutor.verify.claims import extract_claims
from tutor.verify.lenient_parser import parse_lenient_expr
from tutor.verify.parse_limits import Ambiguous, ParseError, TooBig
from tutor.verify.segments import find_segments
from tutor.verify.strict_parser import parse_strict


@pytest.mark.parametrize(
    "text, value",
    [
        ("11 - 3", 8),
        (r"3 \times 17", 51),
        ("3 × 17", 51),
        ("12 ÷ 4", 3),
        (r"\frac{1}{3} \cdot 18", 6),
        (r"\dfrac{3}{4}", sympy.Rational(3, 4)),
        (r"\frac12", sympy.Rational(1, 2)),
        ("2^{10}", 1024),
        ("-3^2", -9),
        ("2(3+4)", 14),
        ("(2)(3)", 6),
        ("1,000 + 1", 1001),
        ("20%", sympy.Rational(1, 5)),
        (r"20\%", sympy.Rational(1, 5)),
        ("5!", 120),
        (r"\sqrt{16}", 4),
        (r"\sqrt[3]{27}", 3),
        ("√16", 4),
        ("0.25 * 8", 2),
        ("5 x 3", 15),
    ],
)
def test_strict_parser_values(text: str, value: object) -> None:
    assert parse_strict(text).expr == value


@pytest.mark.parametrize("text", [r"2\frac{1}{2}", "2^3^2", "2 3", "f(3)"])
def test_strict_parser_refuses_ambiguous_text(text: str) -> None:
    with pytest.raises(Ambiguous):
        parse_strict(text)


@pytest.mark.parametrize("text", ["10^{10^{10}}", "9^9^9", "(10^9)!", "2^{100000}"])
def test_strict_parser_refuses_huge_work(text: str) -> None:
    with pytest.raises(ParseError):
        parse_strict(text)


def test_too_big_is_a_parse_error() -> None:
    with pytest.raises(TooBig):
        parse_strict("2^{100000}")


HOSTILE = [
    "__import__('os').system('touch {canary}')",
    "exec(\"open('{canary}', 'w').write('x')\")",
    "eval(\"open('{canary}', 'w')\")",
    "(lambda: open('{canary}', 'w'))()",
    "().__class__.__bases__[0].__subclasses__()",
    "x.__globals__['os'].system('touch {canary}')",
    "10^{10^{10}}",
    "factorial(10**9)",
    r"\frac{1}{0}",
    "9**9**9**9",
    "{" * 500 + "1" + "}" * 500,
    "(" * 300,
    "$" * 1000,
]


@pytest.mark.parametrize("template", HOSTILE)
def test_hostile_text_never_runs_and_never_hangs(template: str, tmp_path: Path) -> None:
    canary = tmp_path / "canary"
    text = template.replace("{canary}", str(canary))
    start = time.monotonic()
    for parse in (parse_strict, parse_lenient_expr):
        try:
            parse(text)
        except ParseError:
            pass
    extract_claims(f"So {text} = 5 and ${text} = 6$.")
    assert not canary.exists()
    assert time.monotonic() - start < 5


def test_segments_find_latex_and_plain_maths() -> None:
    segs = find_segments(r"First \(2 + 2 = 4\), then 3 * 3 = 9 apples, and $$x^2 = 4$$.")
    assert [(s.text, s.latex) for s in segs] == [
        ("2 + 2 = 4", True),
        ("3 * 3 = 9", False),
        ("x^2 = 4", True),
    ]


def test_dollar_signs_for_money_are_not_maths_delimiters() -> None:
    claims = extract_claims("He pays $5 x 3 = $15 for the books.")
    assert [(c.lhs, c.rhs) for c in claims] == [("5 x 3", "15")]


def test_chains_become_links() -> None:
    claims = extract_claims(r"$a = 2 + 3 = 5 \Rightarrow b = 10$")
    assert [(c.lhs, c.relation, c.rhs) for c in claims] == [
        ("a", "=", "2 + 3"),
        ("2 + 3", "=", "5"),
        ("b", "=", "10"),
    ]


def test_a_letter_after_a_number_is_never_dropped_as_a_unit() -> None:
    from tutor.verify.lenient_parser import read_lenient

    # the broad reader's unit list would read these as 2 metres, 3 tonnes, 2/3 second
    assert read_lenient("y + 2m") is None
    assert read_lenient("3t") is None
    assert read_lenient(r"\frac{2}{3}s") is None
    assert read_lenient(r"5 \text{ m}") == 5  # a unit the writer marked as words stays one
    assert read_lenient("2m - 1") is not None  # a letter read as a letter is fine


def test_products_of_vectors_and_matrices_are_not_read_as_numbers() -> None:
    """Read as numbers, `\\mathbf{p} \\times \\mathbf{q}` and `\\mathbf{M}\\mathbf{N}` would
    commute, so `= \\mathbf{q} \\times \\mathbf{p}` was verified; and the broad reader stopped
    at `3\\mathbf{p}` in `3\\mathbf{p} + \\mathbf{q}`, so `= 3` held. Our own variants."""
    from tutor.verify.api import ChainChecker
    from tutor.verify.lenient_parser import multiplies_vectors, read_lenient
    from tutor.verify.verdict import Verdict

    def verdict(step: str) -> Verdict:
        return ChainChecker("Let the vectors be given.", time_limit=20).check(step).verdict

    for wrong in ["$\\mathbf{p} \\times \\mathbf{q} = \\mathbf{q} \\times \\mathbf{p}$",
                  "$\\vec{m} \\times \\vec{n} = \\vec{n} \\times \\vec{m}$",
                  "$\\overrightarrow{AD} \\times \\overrightarrow{AE} = \\overrightarrow{AE} "
                  "\\times \\overrightarrow{AD}$",
                  "$\\mathbf{M}\\mathbf{N} = \\mathbf{N}\\mathbf{M}$",
                  "$\\mathbf{M}^3 \\mathbf{N} = \\mathbf{N} \\mathbf{M}^3$",
                  "$(\\mathbf{p} \\cdot \\mathbf{q})\\mathbf{r} = \\mathbf{p}(\\mathbf{q} \\cdot "
                  "\\mathbf{r})$",
                  "$3\\mathbf{p} + \\mathbf{q} = 3$"]:
        assert verdict(wrong) is Verdict.UNCHECKED, wrong
    # a dot product of two commutes, and sums of scalar multiples are read as before
    assert verdict("$\\mathbf{p} \\cdot \\mathbf{q} = \\mathbf{q} \\cdot \\mathbf{p}$") \
        is Verdict.VERIFIED
    assert not multiplies_vectors("2\\mathbf{p} + k\\mathbf{q}")
    assert not multiplies_vectors("\\mathbf{i}(4 - 1) - \\mathbf{j}(2) + (5)\\mathbf{k}")
    assert multiplies_vectors("\\mathbf{p} \\times (\\mathbf{q} + \\mathbf{r})")
    assert read_lenient("\\mathbf{p} + 1") is not None
