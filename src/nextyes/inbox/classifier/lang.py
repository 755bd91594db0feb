"""Is this email in a language the classifier was not trained on? A cheap function-word count.

The model reads English, French, German and Spanish. Mail in Italian, Dutch, Portuguese, Polish,
Swedish, Turkish, or in a non-Latin script (Japanese, Chinese, Russian, Greek, Arabic…) would
only be guessed from the few words it shares with them, so it is answered `other` with a low
confidence instead. Only function words each language does not share with the others count.
"""

from __future__ import annotations

import re

_KNOWN: dict[str, str] = {
    "en": "the and you your we to of for with is are this that have will our be it not thank "
    "please would been has from at an if can any",
    "fr": "le les des et vous votre vos nous pour avec est une dans sur pas qui du au merci "
    "bonjour cordialement nos aux ete avons sommes",
    "de": "der die das und sie ihre ihr wir fur mit ist nicht ein eine zu auf den dem uns bei "
    "vielen dank ihnen wurde haben freundlichen grussen",
    "es": "el los las y que en su tu para con por una es nos gracias hola usted le del "
    "hemos estimado saludos puesto",
}
_OTHER: dict[str, str] = {
    "it": "il di che per non sono della delle alla gli lei grazie buongiorno nostro nostra "
    "vostra siamo abbiamo colloquio ciao cordiali distinti candidato posizione ringraziamo "
    "questo questa ti vi ha lo nel",
    "nl": "het een en van ik je uw wij niet voor op zijn dat naar bedankt sollicitatie "
    "hartelijk groeten graag wordt helaas bij ons met vriendelijke geachte heer mevrouw",
    "pt": "os um uma do da dos das em para com nao voce seu sua obrigado obrigada ola vaga "
    "nos e o muito agradecemos informamos atenciosamente prezado prezada candidatura ao",
    "pl": "i w z na nie sie ze jest to dla pan pani dziekujemy dzien dobry panstwa oraz jak "
    "przez aplikacji pozdrawiamy rekrutacji szanowni szanowny",
    "sv": "och att det som ar for pa med inte vi du dig din tack hej vanliga halsningar ansokan",
    "tr": "ve bir bu icin ile degil size basvurunuz tesekkur ederiz sayin",
}


def _distinct(sets: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    out = {}
    for lang, words in sets.items():
        others = set().union(*(w for k, w in sets.items() if k != lang))
        out[lang] = frozenset(words - others)
    return out


_ALL = _distinct({k: set(v.split()) for k, v in {**_KNOWN, **_OTHER}.items()})
# Each distinctive word and its language; only the counts per language matter.
_LANG_OF = {word: lang for lang, words in _ALL.items() for word in words}
_WORD = re.compile(r"[a-z]+")
# A letter outside the Latin blocks (Japanese, Cyrillic, Greek, Arabic…).
_NON_LATIN = re.compile(r"[^\W\d_\x00-\u024f]")
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")


def foreign(folded_text: str, raw_text: str) -> bool:
    """True when the text reads as a language other than en/fr/de/es.

    `folded_text` is lower case without accents (as the features see it); `raw_text` keeps the
    script, so Japanese or Cyrillic mail is caught by its letters.
    """
    sample = raw_text[:2000]
    if not sample.isascii():
        non_latin = len(_NON_LATIN.findall(sample))
        if non_latin >= 20 and len(_LATIN.findall(sample)) < non_latin:
            return True
    counts: dict[str, int] = {}
    lang_of = _LANG_OF
    for word in _WORD.findall(folded_text[:3000]):
        lang = lang_of.get(word)
        if lang is not None:
            counts[lang] = counts.get(lang, 0) + 1
    known = max((counts.get(k, 0) for k in _KNOWN), default=0)
    other = max((counts.get(k, 0) for k in _OTHER), default=0)
    return other >= 4 and other > 1.5 * known
