"""A step typed plainly as only "= ..." goes on from the step before (`verify.claims`), as a
display line "\\[ = ... \\]" does: its own links are checked, the link to the step before is
verified and never refuted (the pairing is a reading of the layout). Our own work."""

from __future__ import annotations

from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


def test_a_plain_chain_over_several_steps() -> None:
    verdicts = check_steps("Compute 14 * 12 - 8.", ["14 * 12 = 168", "= 168 - 8", "= 160"])
    assert [v.verdict for v in verdicts] == [Verdict.VERIFIED, Verdict.UNCHECKED,
                                             Verdict.VERIFIED]


def test_a_slip_inside_the_continued_step_is_refuted() -> None:
    verdicts = check_steps("Compute 14 * 12 - 8.", ["14 * 12 = 168", "= 168 - 8 = 150"])
    assert verdicts[1].verdict is Verdict.REFUTED


def test_the_link_to_the_step_before_is_never_refuted() -> None:
    # "= 170" reads as 168 - 8 = 170 only through the layout: left unchecked
    verdicts = check_steps("Compute 14 * 12 - 8.", ["14 * 12 = 168", "= 168 - 8", "= 170"])
    assert verdicts[2].verdict is Verdict.UNCHECKED


def test_words_before_the_sign_are_no_continuation() -> None:
    verdicts = check_steps("Compute 14 * 12 - 8.", ["14 * 12 = 168", "so = 170"])
    assert verdicts[1].verdict is not Verdict.VERIFIED
