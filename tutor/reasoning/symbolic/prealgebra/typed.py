"""Typed readers of this domain (see `tutor.reasoning.symbolic.typed`): short word problems
read phrase by phrase into equations over exact rationals."""

from __future__ import annotations

from tutor.reasoning.symbolic.prealgebra import (
    ages,
    averages,
    clocks,
    coins,
    consecutive,
    interest,
    mean_parts,
    mean_statements,
    motion,
    number_phrases,
    operation_chains,
    part_of_whole,
    percent,
    percent_changes,
    portions,
    prices,
    proportions,
    rates,
    ratio_parts,
    ratios,
    scaled_amounts,
    shares,
    spoken_arithmetic,
    stories,
    story_equations,
    two_movers,
    two_numbers,
    two_sets,
    word_equations,
    work,
    written_arithmetic,
)
from tutor.reasoning.symbolic.typed import Reader

READERS: list[Reader] = [two_numbers.two_numbers, consecutive.consecutive, percent.percent,
                          prices.prices, shares.shares,
                          averages.averages, ratios.ratios, number_phrases.number_phrases,
                          ages.ages, proportions.proportions, work.work,
                          spoken_arithmetic.spoken_arithmetic, clocks.clocks,
                          rates.rates, mean_statements.mean_statements, mean_parts.mean_parts,
                          two_sets.two_sets, word_equations.word_equations,
                          ratio_parts.ratio_parts, percent_changes.percent_changes,
                          part_of_whole.part_of_whole, scaled_amounts.scaled_amounts,
                          written_arithmetic.written_arithmetic, stories.stories,
                          portions.portions, story_equations.story_equations,
                          operation_chains.operation_chains, interest.interest,
                          motion.motion, two_movers.two_movers, coins.coins]
