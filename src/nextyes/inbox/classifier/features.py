"""Words an email is made of, as the classifier sees them. Pure Python, shared by training and use.

The same function feeds the training script and the shipped scorer, so what the model learned
is exactly what it is shown later.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from itertools import pairwise

from nextyes.inbox.classifier.cues import cue_features

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_URL = re.compile(r"https?://\S+|www\.\S+")
_EMAIL = re.compile(r"\S+@\S+")
_DIGITS = re.compile(r"\d+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# A reply quotes the person's own earlier mail; what they wrote says nothing about the answer.
_QUOTED = re.compile(r"^\s*>.*$", re.MULTILINE)
# Where a reply starts quoting the earlier message without ">" marks (mail clients that send
# HTML, or text taken out of it): "On … wrote:", "Le … a écrit :", "Am … schrieb …:",
# "El … escribió:", Outlook's "-----Original Message-----" or "From: … Sent: …". What follows is
# someone else's mail (often the person's own application): it must not decide the label.
_REPLY_HEADER = re.compile(
    r"^[^\S\n]*(?:on\b[^\n]{0,120}\bwrote:|le\b[^\n]{0,120}\ba [ée]crit ?:|am\b[^\n]{0,120}"
    r"\bschrieb\b[^\n]{0,80}:|el\b[^\n]{0,120}\bescribi[óo]:|-{2,}\s*(?:original message|"
    r"urspr[üu]ngliche nachricht|message d'origine|mensaje original)|from:[^\n]*\n\s*sent:)",
    re.MULTILINE | re.IGNORECASE,
)
_PREFIX_LEN = 5
# "Re:", "AW:", "Fwd:", "TR :"…: who replied or forwarded, not what the mail means.
_SUBJECT_PREFIX = re.compile(r"^(?:\s*(?:re|aw|sv|fwd?|wg|tr|rv|enc)\s*:\s*)+", re.IGNORECASE)
# A forwarded message's header block (the mail under it is what counts, its header is not).
_FORWARD_HEADER = re.compile(
    r"^[^\S\n]*-{3,}\s*(?:forwarded message|message transf[ée]r[ée]|"
    r"weitergeleitete nachricht|mensaje reenviado)\s*-*[^\S\n]*\n(?:[^\S\n]*[\w-]+ ?:[^\n]*\n)*",
    re.MULTILINE | re.IGNORECASE,
)


def _fold(text: str) -> str:
    """Lower case without accents, so "décision", "Decision" and "decision" meet."""
    text = text.lower()
    if text.isascii():  # most mail: nothing to decompose (same result, several times faster)
        return text
    # Only the runs of non-ASCII letters change; a decomposition never reaches across an ASCII
    # letter, so folding each run alone gives what folding the whole text gave.
    return _NON_ASCII.sub(_fold_match, text)


def _fold_match(match: re.Match[str]) -> str:
    return _fold_run(match.group())


@functools.lru_cache(maxsize=4096)  # the same few runs ("é", "’", "ü") come back in every mail
def _fold_run(run: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", run) if not unicodedata.combining(ch))


def _clean(text: str) -> str:
    text = _URL.sub(" urltoken ", text)
    if "@" in text:  # the address pattern is slow to rule out, and most text has no "@"
        text = _EMAIL.sub(" mailtoken ", text)
    return _fold(_DIGITS.sub("0", text))


def tokens(subject: str, body: str, sender: str = "", use_cues: bool = True) -> list[str]:
    """The features of one email: words, word pairs, word stems, subject words and sender words.

    Stems (the first five letters of longer words) let "interviewing" meet "interview" and
    "candidature" meet "candidat" across languages without a stemmer per language.
    """
    return read(subject, body, sender, use_cues)[0]


def read(subject: str, body: str, sender: str = "", use_cues: bool = True) -> tuple[list[str], str]:
    """The features, and the folded text they came from (for the language check and guard)."""
    subject_text = _clean(_SUBJECT_PREFIX.sub("", subject[:300]))
    body = _FORWARD_HEADER.sub("\n", body[:6000])
    header = _REPLY_HEADER.search(body)
    if header and header.start() > 0:  # a body that is only a quote keeps it: better than nothing
        body = body[: header.start()]
    body_text = _clean(_QUOTED.sub(" ", body))
    subject_words = _WORD.findall(subject_text)
    sender_words = _WORD.findall(_clean(sender[:200]))
    words = subject_words + _WORD.findall(body_text)
    out = list(words)
    out.extend(f"{a} {b}" for a, b in pairwise(words))
    out.extend("~" + w[:_PREFIX_LEN] for w in words if len(w) > _PREFIX_LEN + 1)
    out.extend("s:" + w for w in subject_words)
    out.extend("f:" + w for w in sender_words)
    folded = subject_text + " \n " + body_text
    if use_cues:
        out.extend(cue_features(folded))
    return out, folded
