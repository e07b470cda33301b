"""Angle names are quantities, not products of letters: `\\angle PQR` is the angle at Q,
so reordering its letters gives another angle unless only its two ends swap."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.extract.angle_names import angle_symbols
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def check(step: str, problem: str = "In triangle $KLM$, $KL = LM$.") -> Verdict:
    return ChainChecker(problem).check(step).verdict


def angle_claims(step: str, problem: str = "In triangle $KLM$, $KL = LM$.") -> list[Verdict]:
    return [c.verdict for c in ChainChecker(problem).check(step).claims
            if "angle" in c.claim or "∠" in c.claim]


@pytest.mark.parametrize("step", [
    "As \\(KL = LM\\), we have \\(m\\angle LKM = m\\angle KLM\\).",
    "So \\(\\angle KLM = \\angle LMK\\) as well.",
    "The base angles give $\\angle{LKM} = \\angle{KLM}$.",
    "Hence $∠KML = ∠LKM$ here.",
])
def test_two_different_angles_are_not_equal_by_their_letters(step: str) -> None:
    found = angle_claims(step)
    assert found and V not in found


def test_one_angle_read_from_either_end_is_itself() -> None:
    problem = "In triangle $KLM$, $\\angle KLM = 70^\\circ$."
    assert check("Read the other way, $m\\angle MLK = 70^\\circ$.", problem) is V


def test_a_given_angle_restated_is_verified() -> None:
    problem = "In triangle $DEF$, $\\angle EDF = 35^\\circ$. Find the other angles."
    assert check("We are told \\(\\angle FDE = 35^\\circ\\).", problem) is V


def test_angle_claims_are_never_refuted() -> None:
    problem = "In triangle $DEF$, $\\angle EDF = 35^\\circ$. Find the other angles."
    assert check("So \\(\\angle EDF = 55^\\circ\\).", problem) is not R


@pytest.mark.parametrize("text, expected", [
    ("\\angle ABC", "m_{BAC}"),
    ("\\angle CBA", "m_{BAC}"),
    ("m\\angle BAC", "m_{ABC}"),
    ("\\angle{Q}", "m_{Q}"),
    ("∠2 + ∠3", "m_{2}  +  m_{3}"),
    ("\\triangle ABC", "\\triangle ABC"),
])
def test_angle_symbols(text: str, expected: str) -> None:
    assert angle_symbols(text).strip() == expected
