"""Typed readers of this domain (see `tutor.reasoning.symbolic.typed`)."""

from __future__ import annotations

from tutor.reasoning.symbolic.combinatorics import (
    arrangements,
    arrivals,
    attempts,
    binomial_facts,
    card_order,
    cards,
    coin_payoffs,
    coins,
    complements,
    dice,
    dice_relations,
    digit_arrangements,
    digit_counts,
    distributions,
    draws,
    expectation,
    integer_counts,
    lattice_paths,
    letters,
    number_counts,
    number_draws,
    numbered,
    numerals,
    pairings,
    pascal,
    payoffs,
    placings,
    plates,
    polygon_choices,
    products,
    random_points,
    roles,
    row_ends,
    seat_chance,
    selections,
    spoken,
    string_conditions,
    strings,
    subgroups,
    subset_conditions,
    trial_wording,
    two_stage_draws,
    urn_wording,
)
from tutor.reasoning.symbolic.typed import Reader

READERS: list[Reader] = [
    arrangements.seatings, letters.letters, row_ends.row_ends,  # orders
    selections.choices, selections.subsets, selections.diagonals,  # choices
    subset_conditions.subsets_with,
    polygon_choices.polygons, pascal.read, binomial_facts.told_values, binomial_facts.any_n,
    spoken.spoken,
    placings.placings, placings.lineups, roles.head_and_group,
    roles.officers, roles.two_groups, roles.mixed, subgroups.part_choices, pairings.pairings,
    distributions.distributions, lattice_paths.lattice_paths,
    products.products,
    coins.coins, dice.dice, dice_relations.named_dice, draws.bag, number_draws.numbers,
    number_counts.drawn_counts,  # chance
    cards.cards, card_order.dealt_in_order, trial_wording.trials, urn_wording.urn_draws,
    attempts.shots, attempts.weighted_coin, attempts.guesses, two_stage_draws.two_stage,
    numbered.numbered,
    random_points.random_point, arrivals.arrivals, seat_chance.seated_pair,
    complements.complement,
    expectation.expected, payoffs.expected_winnings, coin_payoffs.coin_bet,
    integer_counts.integers, integer_counts.digit_times, numerals.numerals,  # integers
    digit_counts.digit_counts, strings.strings, string_conditions.string_conditions,
    plates.plates,
    digit_arrangements.digit_arrangements,
]
