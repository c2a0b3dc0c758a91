"""Quotation marks and brackets: a teaser must never open one it does not close.

One stack serves every style: „…“ (German), “…” (English), »…« and «…» (German and Swiss guillemets),
"…" (straight), (…) and […]. “ closes a German quote but opens an English one; the stack tells which.
"""

from __future__ import annotations

import re

PAIRS = {"(": ")", "[": "]", "„": "“”", "»": "«", "«": "»", "“": "”", '"': '"'}
BRACKET_CLOSERS = ")]”"
QUOTE_OPENERS = '„»«“"‚'  # what a quotation may open with: „German“, »Guillemets«, «Swiss», "straight"
MARKS = re.compile(r"[()\[\]„“”»«\"]")


def depths(text: str) -> list[int]:
    """Nesting depth of quotes and brackets at each character (the marks themselves count as inside).

    Only the marks change the depth, so the loop visits them and fills the stretches between in one step.
    """
    out: list[int] = []
    stack: list[str] = []
    done = 0
    for mark in MARKS.finditer(text):
        at, ch = mark.start(), mark.group()
        out += [len(stack)] * (at - done)
        if stack and ch in stack[-1]:
            out.append(len(stack))
            stack.pop()
        else:
            if ch in PAIRS:
                stack.append(PAIRS[ch])
            out.append(len(stack))
        done = at + 1
    out += [len(stack)] * (len(text) - done)
    return out


def balanced(text: str) -> bool:
    """Every quote and bracket that opens also closes, in the right order."""
    if not MARKS.search(text):
        return True
    stack: list[str] = []
    for ch in text:
        if stack and ch in stack[-1]:
            stack.pop()
        elif ch in PAIRS:
            stack.append(PAIRS[ch])
        elif ch in BRACKET_CLOSERS:
            return False
    return not stack
