"""Two kinds of things counted by two totals (prealgebra/two_kinds.py): how many things in
all and the total legs, dollars or wheels they carry. Our own stories, answers worked out by
hand; near misses (no kind asked, a total that no whole split gives, "more ... than", three
kinds) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 5a + 3(100 - a) = 420: a = 60
    ("Adult tickets cost $\\$5$ and child tickets cost $\\$3$. A total of 100 tickets were "
     "sold for $\\$420$. How many adult tickets were sold?", "60"),
    ("A school play charged $\\$5$ for each adult ticket and $\\$3$ for each child ticket. "
     "It sold 100 tickets and took in $\\$420$. How many child tickets did it sell?", "40"),
    # 4t + 3(20 - t) = 71: t = 11
    ("A room has tables with 4 legs and stools with 3 legs. There are 20 pieces of furniture "
     "with 71 legs in all. How many tables are there?", "11"),
    ("Each stool has 3 legs and each table has 4 legs. A hall holds 20 pieces of furniture, "
     "with a total of 71 legs. How many stools are in the hall?", "9"),
    # 4n + 7(10 - n) = 52: binders 4
    ("A shop sells notebooks for $\\$4$ each and binders for $\\$7$ each. Mia bought 10 items "
     "for $\\$52$. How many binders did she buy?", "4"),
    # chickens 2 legs, cows 4: 2(30 - w) + 4w = 80
    ("A farmer has some chickens and some cows. Together they have 30 heads and 80 legs. How "
     "many cows does the farmer have?", "10"),
    ("A farm has 30 animals, all ducks or goats. The animals have 80 legs in all. How many "
     "ducks are on the farm?", "20"),
    # 4c + 2(25 - c) = 70
    ("Each car has 4 wheels and each bike has 2 wheels. In a lot there are 25 vehicles with "
     "70 wheels. How many bikes are in the lot?", "15"),
]

NEAR_MISSES = [
    # no one kind asked
    "Adult tickets cost $\\$5$ and child tickets cost $\\$3$. A total of 100 tickets were "
    "sold for $\\$420$. How many tickets were sold?",
    # no whole split gives 81 legs
    "A farm has ducks and goats. There are 30 heads and 81 legs. How many goats are on the "
    "farm?",
    "Adult tickets cost $\\$5$ and child tickets cost $\\$3$. A total of 100 tickets were "
    "sold for $\\$420$. How many more adult tickets than child tickets were sold?",
    # three kinds
    "A farm has ducks, goats and geese. There are 30 heads and 80 legs. How many goats are on "
    "the farm?",
    # a third kind of ticket
    "Adult tickets cost $\\$5$, child tickets cost $\\$3$, and senior tickets cost nothing. "
    "A total of 100 tickets were sold for $\\$420$. How many adult tickets were sold?",
    # a third animal whose legs are not known here
    "A farm has ducks and goats and llamas. There are 30 heads and 80 legs. How many goats "
    "are on the farm?",
    # someone else counted in the totals
    "A farm has some chickens and some pigs. There are 25 heads and 70 legs in all, counting "
    "the farmer. How many pigs are there?",
    # both kinds carry the same amount
    "Red pens cost $\\$2$ each and blue pens cost $\\$2$ each. Ten pens cost $\\$20$ in all. "
    "How many red pens are there?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_two_kinds_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_two_kinds_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the event ("to a play") names no kind: 8a + 5(200 - a) = 1300, a = 100
    ("Adult tickets to a play cost $\\$8$ and child tickets cost $\\$5$. 200 tickets were sold "
     "for a total of $\\$1300$. How many adult tickets were sold?", "100"),
    # 4s + 9(150 - s) = 850, s = 100
    ("Student tickets for the school concert cost $\\$4$ and adult tickets cost $\\$9$. 150 "
     "tickets were sold for $\\$850$ in all. How many student tickets were sold?", "100"),
])
def test_tickets_to_an_event(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_tickets_to_an_event_with_no_whole_split_declines() -> None:
    # 8a + 5(200 - a) = 1301 has no whole a
    assert solve_now("Adult tickets to a play cost $\\$8$ and child tickets cost $\\$5$. 200 "
                     "tickets were sold for a total of $\\$1301$. How many adult tickets were "
                     "sold?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the price said after it ("$8 for adults", "$6 for each child"); the things counted as
    # people, visitors or tickets
    ("A show costs $10 for adults and $6 for children. A group of 12 people paid $96. How "
     "many children were in the group?", "6"),
    ("Tickets cost $7 for each adult and $3 for each child. A group of 9 people paid $51 in "
     "all. How many adults were in the group?", "6"),
    ("A pool charges 5 dollars for adults and 2 dollars for kids. If 40 tickets were sold for "
     "140 dollars, how many kid tickets were sold?", "20"),
    ("A fair costs 6 dollars for adults and 4 dollars for teens. If 30 people came and paid "
     "150 dollars, how many teens came?", "15"),
])
def test_prices_said_after_them(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a third kind priced with one of the two
    "A show costs $10 for adults and $6 for children and seniors. A group of 12 people paid "
    "$96. How many children were in the group?",
    # no whole split: 10a + 6c = 97 has no whole answer with a + c = 12
    "A show costs $10 for adults and $6 for children. A group of 12 people paid $97. How many "
    "children were in the group?",
])
def test_prices_said_after_them_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None
