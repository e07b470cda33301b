"""latex2sympy2_extended, run the way ANTLR recommends for speed: first with SLL
prediction, then, only when that reports a syntax error, with full LL prediction.

ANTLR's guarantee for SLL mode: it either returns the very parse tree that LL
prediction would return, or reports a syntax error, so a reading never changes; only
the time does (about eight times faster on trigonometry and logarithms, where LL
prediction spent seconds and steps ran out of their time budget).
"""

from __future__ import annotations

from typing import Any

from antlr4.atn.PredictionMode import PredictionMode
from latex2sympy2_extended.latex2sympy2 import ConversionConfig, _Latex2Sympy
from latex2sympy2_extended.math_normalization import NormalizationConfig, normalize_latex

from tutor.verify import absolute_bars, latex_gcd
from tutor.verify.binomial_products import explicit_products

latex_gcd.install()


class _SllFirst(_Latex2Sympy):  # type: ignore[misc]
    """The converter with its parser's prediction mode set to SLL."""

    def create_parser(self, latex_str: str) -> Any:
        parser = super().create_parser(latex_str)
        parser._interp.predictionMode = PredictionMode.SLL
        return parser


def latex_to_sympy(text: str, normalization: NormalizationConfig,
                   conversion: ConversionConfig, *, convert_degrees: bool = False) -> Any:
    """What `latex2sympy(text, normalization_config=..., conversion_config=...,
    convert_degrees=...)` returns (raises what it raises)."""
    # `2\binom{4}{2}` is a product, never the mixed number latex2sympy makes of it
    text = explicit_products(absolute_bars.paired(normalize_latex(text, normalization)))
    try:
        return _SllFirst(convert_degrees=convert_degrees, config=conversion).parse(text)
    except Exception:  # noqa: BLE001 - the parser raises bare Exception on a syntax error
        # full LL prediction
        return _Latex2Sympy(convert_degrees=convert_degrees, config=conversion).parse(text)
