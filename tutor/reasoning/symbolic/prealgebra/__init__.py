"""Prealgebra word problems read phrase by phrase into exact equations: two numbers,
consecutive integers, 'a number' described in words, percents, prices, shares of a group,
ratios, averages, ages, proportions and unit rates, and work done together (`typed`)."""
