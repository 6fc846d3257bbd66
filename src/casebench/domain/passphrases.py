"""How strong a new passphrase looks: one warning and hint for every place that sets one.

A rough estimate, on purpose on the low side: random words count about 12 bits each (a
word from a few thousand common ones, as in Diceware), anything else counts by the kinds of characters
used, less for repeats. It only advises; the user decides.
"""

from __future__ import annotations

import math
import re

SHORT = 16  # characters; below this the warning is given whatever the estimate
WEAK_BITS = 48  # four random words (Diceware-like): the least the security guide accepts


def estimate_bits(passphrase: str) -> int:
    words = [w for w in re.split(r"[\s\-_.,;:]+", passphrase) if len(w) >= 3]
    by_words = 12 * len(set(w.casefold() for w in words)) if len(words) >= 3 else 0
    pool = sum(n for test, n in ((str.islower, 26), (str.isupper, 26), (str.isdigit, 10))
               if any(test(c) for c in passphrase))
    pool += 33 if any(not c.isalnum() for c in passphrase) else 0
    distinct = len(set(passphrase))
    by_chars = int(min(len(passphrase), 2 * distinct) * math.log2(pool)) if pool else 0
    # A passphrase of words is as strong as its words, not its letters (dictionary attacks).
    return by_words if by_words else by_chars


def warning(passphrase: str) -> str | None:
    """A plain warning and hint for a weak new passphrase, or None."""
    bits = estimate_bits(passphrase)
    if len(passphrase) >= SHORT and bits >= WEAK_BITS:
        return None
    what = (f"this passphrase is short ({len(passphrase)} characters)" if len(passphrase) < SHORT
            else "this passphrase is easy to guess")
    return (f"{what}; estimated strength about {bits} bits (aim for {WEAK_BITS} or more): "
            "five or more random words are much harder to guess")
