"""Integer conditions said in other words (number_theory/condition_phrases.py): "read the
same forwards and backwards" for a palindrome, "have digits whose product is 12". Our own
problems, the answers worked out by hand."""

from __future__ import annotations

from tests.solved_problems import assert_solved


def test_read_the_same_both_ways():
    # 9 * 10 choices of the first two digits of a four-digit palindrome
    assert_solved("How many four-digit numbers read the same forwards and backwards?", "90")
    # five digits: the first three decide, 9 * 10 * 10
    assert_solved("How many five-digit integers read the same backwards as forwards?", "900")
    # a three-digit palindrome ending in 5 starts with 5: 5b5, 10 of them
    assert_solved("How many three-digit numbers read the same forwards and backwards and are "
                  "divisible by 5?", "10")


def test_digits_whose_product_is():
    # {1, 2, 5}: 6 orders; {1, 1, 10} is not digits
    assert_solved("How many three-digit numbers have digits whose product is 10?", "6")
    # 29, 92, 36, 63
    assert_solved("How many two-digit numbers have digits whose product is 18?", "4")
