"""Vectors and matrices known by name (`\\mathbf{u}` given as a column earlier) are put in
before the matrix check works a claim out: dot products, norms, cross products written
with i, j, k, determinants. Verify only. Our own vectors."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.claims import extract_claims
from tutor.verify.context import Context
from tutor.verify.named_vectors import known_matrices, named_vector_claim
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def col(*entries: str) -> str:
    return "\\begin{pmatrix} " + " \\\\ ".join(entries) + " \\end{pmatrix}"


_U, _W = col("4", "-1", "2"), col("0", "3", "5")
_GIVEN = Context(previous=(("\\mathbf{u}", _U), ("\\mathbf{w}", _W),
                           ("\\mathbf{p}", col("5", "12")),
                           ("\\mathbf{N}", "\\begin{bmatrix} 6 & -2 \\\\ 7 & 1 \\end{bmatrix}")))


def results(text: str, ctx: Context = _GIVEN) -> list[Verdict | None]:
    found = [named_vector_claim(claim, ctx) for claim in extract_claims(text)]
    return [r.verdict if r is not None else None for r in found]


def test_dot_products_and_norms_of_named_vectors() -> None:
    assert results("\\(\\mathbf{u} \\cdot \\mathbf{w} = (4)(0) + (-1)(3) + (2)(5)\\)") == [V]
    assert results("\\(\\mathbf{u} \\cdot \\mathbf{w} = 7\\)") == [V]
    assert results("\\(\\|\\mathbf{p}\\| = \\sqrt{5^2 + 12^2}\\)") == [V]
    assert results("\\(\\left\\| \\mathbf{p} \\right\\| = 13\\)") == [V]
    assert results("\\(\\|\\mathbf{u}\\|^2 = 21\\)") == [V]
    assert results("$\\vec{p} \\cdot \\vec{p} = 169$") == [V]  # the same letter, in arrows
    assert results("$\\vec{q} \\cdot \\vec{p} = 0$") == [None]  # q was never given


def test_cross_products_and_determinants() -> None:
    ijk = ("\\mathbf{i}((-1)(5) - (2)(3)) - \\mathbf{j}((4)(5) - (2)(0)) "
           "+ \\mathbf{k}((4)(3) - (-1)(0))")
    assert results(f"\\[\\mathbf{{u}} \\times \\mathbf{{w}} = {ijk}\\]") == [V]
    assert results(f"\\[\\mathbf{{u}} \\times \\mathbf{{w}} = {col('-11', '-20', '12')}\\]") == [V]
    assert results("\\(\\det(\\mathbf{N}) = (6)(1) - (-2)(7) = 20\\)") == [V, None]
    assert results("\\(\\det \\mathbf{N} = 20\\)") == [V]


def test_wrong_values_are_not_verified_and_never_refuted_here() -> None:
    assert results("\\(\\mathbf{u} \\cdot \\mathbf{w} = 8\\)") == [None]
    wrong = col("-11", "20", "12")
    assert results(f"\\[\\mathbf{{u}} \\times \\mathbf{{w}} = {wrong}\\]") == [None]
    assert results("\\(\\det(\\mathbf{N}) = -5\\)") == [None]
    assert results("\\(\\|\\mathbf{p}\\| = 17\\)") == [None]


def test_giving_a_name_its_value_is_left_to_the_other_checks() -> None:
    assert results(f"\\(\\mathbf{{u}} = {_U}\\)") == [None]
    # i, j, k are unit vectors, never names given a value
    assert "i" not in known_matrices(Context(previous=(("\\mathbf{i}", col("2", "2")),)))


def test_the_latest_value_of_a_name_counts() -> None:
    again = Context(previous=(*_GIVEN.previous, ("\\mathbf{p}", col("3", "4"))))
    assert results("\\(\\|\\mathbf{p}\\| = 5\\)", again) == [V]
    assert results("\\(\\|\\mathbf{p}\\| = 13\\)", again) == [None]


def test_a_chain_that_names_its_vectors_is_verified_step_by_step() -> None:
    checker = ChainChecker("Find the angle between the vectors u and w.")
    given = checker.check(f"Let \\(\\mathbf{{u}} = {_U}\\) and \\(\\mathbf{{w}} = {_W}\\).")
    dot = checker.check("Their dot product: \\[\\mathbf{u} \\cdot \\mathbf{w} = "
                        "(4)(0) + (-1)(3) + (2)(5) = 7.\\]")
    norm = checker.check("And \\(\\|\\mathbf{w}\\| = \\sqrt{0^2 + 3^2 + 5^2} = \\sqrt{34}\\).")
    assert given.verdict is U and dot.verdict is V and norm.verdict is V
    checker = ChainChecker("Find the angle between the vectors u and w.")
    checker.check(f"Let \\(\\mathbf{{u}} = {_U}\\) and \\(\\mathbf{{w}} = {_W}\\).")
    slip = checker.check("\\[\\mathbf{u} \\cdot \\mathbf{w} = (4)(0) + (-1)(3) + (2)(5) = 9.\\]")
    assert slip.verdict is R  # the arithmetic slip, as before
