"""Questions about the decimal digits of a whole number n >= 0, each answered by repeated
division by 10 (never through its written string): the second method beside the string
tests of `integer_properties.test`."""

from __future__ import annotations


def has_digit(n: int, d: int) -> bool:
    while True:
        n, r = divmod(n, 10)
        if r == d:
            return True
        if n == 0:
            return False


def digit_sum(n: int) -> int:
    """The sum of the digits of n >= 0, by repeated division by 10."""
    total = 0
    while n:
        n, r = divmod(n, 10)
        total += r
    return total


def digit_product(n: int) -> int:
    total = 1
    while True:
        n, r = divmod(n, 10)
        total *= r
        if n == 0:
            return total


def odd_digits(n: int) -> int:
    count = 0
    while True:
        n, r = divmod(n, 10)
        count += r % 2
        if n == 0:
            return count


def digit_count(n: int) -> int:
    count = 1
    while n >= 10:
        n //= 10
        count += 1
    return count


def digits_of_parity(n: int, parity: int) -> bool:
    while True:
        n, r = divmod(n, 10)
        if r % 2 != parity:
            return False
        if n == 0:
            return True


def distinct_digits(n: int) -> bool:
    """No digit twice, by division: a bit for each digit seen."""
    seen = 0
    while True:
        n, r = divmod(n, 10)
        if seen >> r & 1:
            return False
        seen |= 1 << r
        if n == 0:
            return True


def digits_reversed(n: int) -> int:
    back = 0
    while n:
        n, r = divmod(n, 10)
        back = back * 10 + r
    return back


__all__ = ["digit_count", "digit_product", "digit_sum", "digits_of_parity", "distinct_digits",
           "has_digit", "odd_digits", "digits_reversed"]
