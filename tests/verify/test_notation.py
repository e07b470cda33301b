"""Claims shown to a student in maths notation, never TeX commands (`tutor.verify.notation`)."""

from __future__ import annotations

import pytest

from tutor.verify.notation import maths_text


@pytest.mark.parametrize(("tex", "shown"), [
    (r"\left\lceil\frac{7 \cdot 3}{2}\right\rceil = 11", "⌈(7 · 3)/2⌉ = 11"),
    (r"\lfloor \frac{29}{4} \rfloor = 7", "⌊ 29/4 ⌋ = 7"),
    (r"\left\lfloor\sqrt{50}\right\rfloor = 7", "⌊√50⌋ = 7"),
    (r"2 \cdot 4 = 8", "2 · 4 = 8"),
])
def test_brackets_and_operators_are_written_as_symbols(tex: str, shown: str) -> None:
    assert maths_text(tex) == shown
    assert "\\" not in maths_text(tex)
