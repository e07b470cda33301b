"""Combinatorics: counting, arrangements and probability with equally likely outcomes."""
