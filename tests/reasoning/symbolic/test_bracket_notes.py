"""Notes that define the floor or ceiling by its usual meaning are taken out of a problem
(`bracket_notes.py`); a note with another meaning or a false example stays, and the
problem then declines. Our own problems and notes."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.bracket_notes import without_notes
from tutor.reasoning.symbolic.engine import solve_now

_SUM = r"$\lfloor \sqrt{2} \rfloor + \lfloor \sqrt{3} \rfloor + \dots + \lfloor \sqrt{12} \rfloor$"


@pytest.mark.parametrize("problem", [
    rf"Find {_SUM}, where $\lfloor t \rfloor$ denotes the greatest integer less than or equal "
    r"to $t$.",
    rf"Find {_SUM}. (The notation $\lfloor y\rfloor$ means the largest integer not exceeding "
    r"$y$.)",
    rf"Here $\left\lfloor u \right\rfloor$ is the greatest integer that is at most $u$. "
    rf"For example, $\lfloor 2.5 \rfloor = 2$ and $\lfloor -0.5 \rfloor = -1$. Find {_SUM}.",
    rf"Note: for any real number $w$, $\lfloor w \rfloor$ stands for the greatest integer "
    rf"not greater than $w$. Find {_SUM}.",
])
def test_a_note_with_the_usual_meaning_is_read_past(problem: str) -> None:
    assert_solved(problem, "24")  # 1+1 (2, 3), 2 x 5 (4..8), 3 x 4 (9..12)


def test_a_ceiling_note() -> None:
    text = (r"Evaluate $\lceil 1.25 \rceil + \lceil 4.01 \rceil$, where $\lceil s \rceil$ is "
            r"the smallest integer greater than or equal to $s$.")
    assert "smallest" not in without_notes(text)
    assert_solved(text, "7")


@pytest.mark.parametrize("problem", [
    # another meaning: the nearest integer
    rf"Find {_SUM}, where $\lfloor t \rfloor$ denotes the integer nearest to $t$.",
    # a ceiling's meaning given to a floor
    rf"Find {_SUM}, where $\lfloor t \rfloor$ denotes the least integer greater than or "
    r"equal to $t$.",
    # a false example
    rf"Here $\lfloor u \rfloor$ is the greatest integer at most $u$. For example, "
    rf"$\lfloor 2.5 \rfloor = 3$. Find {_SUM}.",
])
def test_other_notes_stay_and_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_text_without_brackets_is_unchanged() -> None:
    text = "The greatest integer less than 7.5 is what? For example, $7 < 7.5$."
    assert without_notes(text) == text


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Solve $3\{y\} = \lfloor y \rfloor$, where $\{y\}$ denotes the fractional part of $y$. "
     r"Find the largest solution.", "8/3"),
    (r"What is the greatest real $z$ for which $2\lfloor z \rfloor - 30\{z\} = 7$, where "
     r"$\{z\} = z - \lfloor z \rfloor$?", "569/30"),  # 15 solutions: n = 4 .. 18
    (r"Find all $x$ with $x^2 + \{x\} = 6$, where $\{x\} = x - \lfloor x \rfloor$.",
     r"-\frac{1}{2} - \frac{\sqrt{13}}{2}, -\frac{1}{2} + \frac{\sqrt{33}}{2}"),
])
def test_a_fractional_part_defined_in_a_note_is_written_out(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_braces_without_a_fractional_part_note_stay_a_set() -> None:
    text = r"Find the sum of the elements of $\{x, 2x\}$ when $x = \lfloor 2.5 \rfloor$."
    assert without_notes(text) == text


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Let $[t]$ denote the greatest integer less than or equal to $t$. "
     r"Find $[\sqrt{30}] + [-2.5]$.", "2"),
    (r"The greatest integer function $[y]$ gives the largest integer not exceeding $y$. "
     r"What is $[e^2]$?", "7"),
])
def test_square_brackets_defined_as_the_floor(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_square_brackets_without_a_note_are_grouping() -> None:
    text = r"Find $[\sqrt{30}] \cdot 2$."
    assert without_notes(text) == text
