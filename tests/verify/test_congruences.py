"""Congruences between whole numbers in modular work: verified when the two sides
leave the same remainder, refuted when they do not (then `=` and `≡` are both false),
never refuted in a trial or a question. Our own variants, written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.extract.congruences import congruence_claims
from tutor.verify.lenient_parser import parse_lenient_expr
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def checked(step: str):
    return ChainChecker("Work modulo a prime.").check(step)


def test_true_congruences_are_verified() -> None:
    assert checked(r"Then \(3 \cdot 5 = 15 \equiv 1 \pmod{7}\).").verdict is V
    assert checked(r"So $4^3 = 64 \equiv 12$ (mod 13).").verdict is V
    assert checked("Hence 94 mod 11 = 6, and 40 ≡ 1 (mod 13).").verdict is V
    assert checked(r"Trying: \[3 \cdot 2 = 6 \not\equiv 1 \pmod{11}\]").verdict is V
    # `=` for `≡`: 2^{6} is not 1, but it is congruent to 1 modulo 7
    assert checked(r"By Fermat, \(2^{6} = 1 \pmod{7}\).").verdict is V


def test_a_false_congruence_is_refuted_with_the_remainders() -> None:
    result = checked(r"We compute \(7 \times 9 = 63\), and \(63 \mod 11 = 2\).")
    assert result.verdict is R
    refuted = [c for c in result.claims if c.verdict is R]
    assert refuted[0].reason == "63 leaves the remainder 8 when divided by 11, not 2"
    assert checked(r"So \(5 \cdot 6 = 30 \equiv 3 \pmod{8}\).").verdict is R


def test_trials_questions_and_inverses_are_never_refuted() -> None:
    assert checked(r"Check whether \(2^5 \equiv 1 \pmod{7}\): it is not.").verdict is not R
    assert checked(r"Is \(4 \cdot 4 \equiv 1 \pmod{6}\)? No.").verdict is not R
    assert checked(r"So \(3^{-1} \equiv 5 \pmod{7}\).").verdict is not R  # an inverse
    assert checked(r"Then \(3^{4} \equiv 1 \pmod{7}\) is false.").verdict is not R
    # TeX reads 2^10 as 2^1 · 0; the writer meant 2^{10}: two readings, no refutation
    assert checked(r"Now \(2^10 \equiv 25 \pmod{1000}\).").verdict is not R


def test_the_modulus_must_be_the_segments_own_and_only_one() -> None:
    # two moduli in one display: which applies to which link is not certain
    assert congruence_claims(r"\[ 7 \equiv 3 \pmod{4}, \quad 7 \equiv 2 \pmod{5} \]") == []
    # a link with letters is left to the other readers
    assert congruence_claims(r"\(x \equiv 9 \pmod{4}\)") == []
    claims = congruence_claims(r"\(2^{5} = 32 \equiv 2 \pmod{5}\)")
    assert [(c.lhs, c.rhs, c.modulus) for c in claims] == [("2^{5}", "32", "5"),
                                                          ("32", "2", "5")]


def test_a_name_given_a_whole_number_mod_another_carries_its_remainder() -> None:
    checker = ChainChecker("Find the remainder of 3150 divided by 45.")
    assert checker.check(r"Let \[ T = 3150 \mod 45 \]").verdict is U  # a definition
    assert checker.check(r"So \[ T = 0 \]").verdict is V
    other = ChainChecker("Find the remainder of 3157 divided by 45.")
    other.check(r"Let \[ T = 3157 \mod 45 \]")
    assert other.check(r"So \[ T = 12 \]").verdict is not V  # 3157 leaves 7
    # `a + b \mod m` means (a + b) mod m: the broad reader's a + (b mod m) is not used
    assert parse_lenient_expr(r"20 + 9 \mod 7") is None
    assert parse_lenient_expr(r"2^{10} \mod 7") == 2


def test_a_false_congruence_in_a_trial_keeps_its_step_from_being_verified() -> None:
    result = checked(r"By testing, \(7 \times 5 = 35\), and \(35 \mod 17 = 2\). So 5 works.")
    assert result.verdict is U  # 35 leaves 1: never refuted in a trial, never verified
    assert any(c.checkable and c.verdict is U for c in result.claims)
    assert checked(r"By testing, \(7 \times 5 = 35\), and \(35 \mod 17 = 1\).").verdict is V


def test_inverses_modulo_m_are_read_as_inverses_and_never_refuted() -> None:
    assert checked(r"So \(4^{-1} \equiv 10 \pmod{13}\), as \(4 \cdot 10 = 40\).").verdict is V
    assert checked(r"Then \[4^{-1} + 6^{-1} \equiv 10 + 11 \equiv 8 \pmod{13}\]").verdict is V
    assert checked(r"We get \((2 + 2)^{-1} \equiv 10 \bmod 13\).").verdict is V
    # a wrong inverse is not verified, and not refuted (the inverse is our reading)
    assert checked(r"So \(4^{-1} \equiv 9 \pmod{13}\).").verdict is U
    assert checked(r"Then \[4^{-1} + 6^{-1} \equiv 10 + 12 \pmod{13}\]").verdict is U
    # no inverse: 26 and 13 share a factor
    assert checked(r"So \(26^{-1} \equiv 1 \pmod{13}\).").verdict is U


def test_a_number_after_an_operator_is_the_end_of_a_side_with_a_letter() -> None:
    # `n^2 + 1 ≡ 5` is not the claim `1 ≡ 5`: with n ≡ 3 (mod 5) both steps are right
    assert checked("n^2 + 1 ≡ 5 ≡ 0 (mod 5)").verdict is V
    assert checked("n^2 + 1 ≡ 5 (mod 5)").verdict is not R
    assert checked("2n - 3 ≡ 7 ≡ 2 (mod 5)").verdict is V
    assert checked("(k + 1) ≡ 4 ≡ 0 (mod 4)").verdict is V
    assert not congruence_claims("x · 2 ≡ 6 (mod 7)")
    assert [c.lhs for c in congruence_claims("n + 1 ≡ 6 ≡ 1 (mod 5)")] == ["6"]
    # whole numbers all through are still read, the sum whole
    assert checked("2^2 + 1 ≡ 5 ≡ 0 (mod 5)").verdict is V
    assert checked("so 2·5 + 1 ≡ 11 ≡ 2 (mod 5)").verdict is R
    assert checked("x = 81 ≡ 14 (mod 17)").verdict is R


def test_a_chain_after_a_side_with_a_letter_is_read_from_its_own_first_side() -> None:
    # `2n + 1 = 2·3 + 1 = 7 ≡ 2`: read from `2·3`, not from the `1` of `2n + 1` (was `1 ≡ 7`)
    assert [(c.lhs, c.rhs) for c in congruence_claims("2n + 1 = 2·3 + 1 = 7 ≡ 2 (mod 5)")] \
        == [("2·3 + 1", "7"), ("7", "2")]
    assert checked("2n + 1 = 2·3 + 1 = 7 ≡ 2 (mod 5)").verdict is V
    assert checked("2n + 1 = 2·3 + 1 = 7 ≡ 3 (mod 5)").verdict is R
