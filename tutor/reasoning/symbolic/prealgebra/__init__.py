"""Prealgebra word problems (two numbers, consecutive integers, percents, ratios,
averages) read phrase by phrase into exact equations."""
