"""One normal form for all four languages, shared by the rules and the model.

Lower case, straight apostrophes, accents folded (so "müde", "mude" and "muede" meet, and a
missing accent in French or Spanish changes nothing), long letter runs shortened ("diiiie"),
and the common chat spellings and typos of the words that matter mapped to one form.
"""

from __future__ import annotations

import re
import unicodedata

_PUNCT = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
        "„": '"',
        "…": "...",
        "–": "-",
        "—": "-",
        "ß": "ss",
        "œ": "oe",
        "æ": "ae",
        "¿": " ",
        "¡": " ",
    }
)

# German umlauts are often typed as "ue", "oe", "ae": fold both spellings to the bare vowel.
_UMLAUT_SPELLED = re.compile(r"(?<=[bcdfghklmnprstvwz])(ue|oe|ae)(?=[a-z])")
_UMLAUT_WORDS = re.compile(
    r"\b(?:muede|toedlich|toeten|toete|moechte|wuerde|waere|ueber|fuer|koennte|schoen|"
    r"aufhoeren|hoeren|gruende|grund|ruecken|brueck\w*|kuendig\w*|schluss)\b"
)
_REPEATS = re.compile(r"([a-z])\1{2,}")
_SPACES = re.compile(r"\s+")

# Chat spellings and typos, whole words only. Both sides are already accent-folded.
_WORDS: dict[str, str] = {
    "im": "i'm",
    "ive": "i've",
    "id": "i'd",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "cant": "can't",
    "couldnt": "couldn't",
    "wont": "won't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "theyd": "they'd",
    "theyre": "they're",
    "thats": "that's",
    "whats": "what's",
    "its": "it's",
    "u": "you",
    "ur": "your",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "tryna": "trying to",
    "lemme": "let me",
    "rn": "right now",
    "tbh": "honestly",
    "ngl": "honestly",
    "idk": "i don't know",
    "idc": "i don't care",
    "myslef": "myself",
    "mysef": "myself",
    "myeslf": "myself",
    "mysefl": "myself",
    "sucide": "suicide",
    "suicde": "suicide",
    "suiside": "suicide",
    "suicid": "suicide",
    "sucidal": "suicidal",
    "suicdal": "suicidal",
    "suisidal": "suicidal",
    "sewerslide": "suicide",
    "unalive": "unalive",
    "anymore": "any more",
    "anymor": "any more",
    "nomore": "no more",
    "alot": "a lot",
    "everyones": "everyone's",
    "nobodys": "nobody's",
    "somethin": "something",
    "nothin": "nothing",
    "tho": "though",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "ppl": "people",
    "w/o": "without",
    "pls": "please",
    "plz": "please",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tonite": "tonight",
    "2nite": "tonight",
    "2morrow": "tomorrow",
    "b4": "before",
    # French, German, Spanish chat spellings
    "jsuis": "je suis",
    "chui": "je suis",
    "chuis": "je suis",
    "jveux": "je veux",
    "jpeux": "je peux",
    "jpense": "je pense",
    "jsais": "je sais",
    "pk": "pourquoi",
    "pcq": "parce que",
    "tt": "tout",
    "ptet": "peut-etre",
    "ich's": "ich es",
    "nich": "nicht",
    "nimmer": "nicht mehr",
    "hab": "habe",
    "xq": "porque",
    "pq": "porque",
    "tb": "tambien",
}
_WORD = re.compile(r"[a-z0-9/']+")


def fold(text: str) -> str:
    """Lower case, apostrophes straightened, accents removed, spaces collapsed."""
    text = text.translate(_PUNCT).lower().translate(_PUNCT)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text).strip()


# "Can't stop thinking about X" is no denial of X: say it without the negation. But "ya no dejo
# de comer" is "I no longer skip meals": a change, not a "keep".
_KEEPS = re.compile(
    r"\b(?:n'arrete pas de|n'arrete pas d'|ne cesse de|ne cesse pas de|(?<!ya )no dejo de|no paro de|"
    r"no puedo dejar de|kann nicht aufhoren,? |hore nicht auf,? )"
)


def normalise(text: str) -> str:
    """The form every screening rule and the model read."""
    text = _KEEPS.sub("keep ", fold(text))
    text = _UMLAUT_WORDS.sub(
        lambda m: _UMLAUT_SPELLED.sub(lambda u: u.group(1)[0], m.group(0)), text
    )
    text = _REPEATS.sub(r"\1", text)
    return _WORD.sub(lambda m: _WORDS.get(m.group(0), m.group(0)), text)
