"""Keyboard shortcuts of the step-by-step reveal, and the list the Help dialog shows.

The reveal's keys avoid what a text field uses (Ctrl+Left/Right move by word), so
they work while the cursor is in the problem editor or the student's step field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

# (menu text, keys) for Hint, Next step, Show all and Back, in that order.
STEP_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("&Hint", ("Ctrl+H",)),
    ("&Next step", ("Alt+Right", "Ctrl+Down")),
    ("Show &all steps", ("Alt+End", "Ctrl+Shift+Down")),
    ("&Back", ("Alt+Left", "Ctrl+Up")),
)


def window_action(parent: QObject, text: str, keys: Sequence[str],
                  slot: Callable[[], object]) -> QAction:
    """An action whose keys work anywhere in the parent's window."""
    action = QAction(text, parent)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    return action


def step_actions(parent: QWidget, slots: Sequence[Callable[[], None]]) -> list[QAction]:
    """One window-wide action per reveal button; the window adds them to a menu."""
    return [window_action(parent, text, keys, slot)
            for (text, keys), slot in zip(STEP_KEYS, slots, strict=True)]


def shortcut_rows(actions: Sequence[QAction]) -> list[tuple[str, str]]:
    """(what it does, its keys) for every action with a shortcut, in the given order."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), ", ".join(keys)))
    return rows
