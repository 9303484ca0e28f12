"""Text damaged on its way to the tool, repaired as it is read: UTF-8 once decoded as
Windows-1252 ("Jobsâ€™s" for "Jobs’s", "â€œ" for "“"; a scraper that split words may even put
a space or a line break inside the sequence, "â€ ™"), HTML entities left in plain text ("F&amp;C"),
and slashes escaped twice on their way through JSON ("HIV\\/Aids").

ftfy, the maintained library for exactly this, does the repair; it is asked only when a text
shows one of the signs, so that clean text is never touched (and ftfy never imported).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ftfy import TextFixerConfig

# The signs: "â€" (the first two bytes of most punctuation), "Ã" and a second byte (accented
# letters), and HTML entities.
DAMAGE = re.compile(r"â€|Ã[\u0080-\u00bf]|&(?:amp|quot|apos|lt|gt|nbsp|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
# A scraper that split words put a space or a line break inside the sequence ("â€ ™", "donâ€\n™ t"):
# closed, "â€™", which ftfy then reads as "’" …
SPLIT_SEQUENCE = re.compile(r"(?<=â€)\s(?=\S)")
# … a line break right after the sequence is the scraper's too ("Apple â€\n“\nhe took" is one line) …
BREAK_AFTER = re.compile(r"(?<=â€\S)\n")
# … and so is the space before a contraction's ending: "countryâ€™ s" → "countryâ€™s".
SPLIT_CONTRACTION = re.compile(r"(?<=â€™) (?=(?:s|t|re|ll|ve|d|m)\b)")
# A closing double quote (E2 80 9D) whose last byte Windows-1252 has no character for, so it was
# lost: "â€" and a replacement character. No other character of that row is as common.
LOST_CLOSING_QUOTE = re.compile(r"â€\ufffd")


# A slash escaped twice on its way through JSON: "HIV\/Aids", "REUTERS\/Jason Lee" (prose never has "\/").
ESCAPED_SLASH = "\\/"


def repaired(text: str) -> str:
    """The text with mis-decoded characters, stray HTML entities and escaped slashes repaired;
    clean text as it is."""
    if ESCAPED_SLASH in text:
        text = text.replace(ESCAPED_SLASH, "/")
    if not DAMAGE.search(text):
        return text
    import ftfy  # only for damaged text: the import costs every other build's start-up

    text = SPLIT_CONTRACTION.sub("", BREAK_AFTER.sub(" ", SPLIT_SEQUENCE.sub("", text)))
    return ftfy.fix_text(LOST_CLOSING_QUOTE.sub("\u201d", text), _config())


@cache
def _config() -> TextFixerConfig:
    """Repair only: quotes stay curly, widths, ligatures, line breaks and normal forms as written."""
    from ftfy import TextFixerConfig

    return TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False,
                           fix_line_breaks=False, normalization=None)
