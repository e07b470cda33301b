"""Parse maths safely, pull claims from steps, check them with SymPy, give verdicts."""
