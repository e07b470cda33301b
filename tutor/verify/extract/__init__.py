"""Claim readers: each finds one kind of claim in a step's text, or declines a form
it recognises as a convention rather than an equality. Plain text work, no SymPy."""
