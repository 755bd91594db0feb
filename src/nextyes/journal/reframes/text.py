"""How a thought is turned into words and themes for finding similar example thoughts.

Our own small featuriser rather than the trap model's: the trap features are tuned (and
retrained) to tell traps apart, while here two thoughts are similar when they are about the same
thing, a rejection, a gap in the CV, money, so content words and job-search themes count and
the little words do not. Plain Python, no Django: `nextyes analyze` imports it.
"""

from __future__ import annotations

import re

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# Little words that say nothing about what a thought is about. Words that carry a thinking
# trap (never, always, everyone, should, must, only) are kept on purpose.
_STOPWORD_LIST = """
    i me my myself mine we us our you your yours he him his she her it its they them their
    this that these those a an the and or but if so because as of at by for with about to from
    in on up out into over then than too very just also am is are was were be been being have
    has had having do does did doing i'm i've i'll i'd it's that's there's what's there here
    what which who whom when where why how some any such own same can could would will shall
    may might get got go going gone really even still again don't didn't doesn't isn't wasn't
    aren't weren't haven't hasn't hadn't won't wouldn't can't couldn't shouldn't let's s t
    one ll ve re d m whole lot after before someone something anything somewhere
    """
STOPWORDS = frozenset(_STOPWORD_LIST.split())

# Longest first; a suffix is only taken off when at least three letters stay.
_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ness",
    "ions",
    "ion",
    "ings",
    "ing",
    "edly",
    "ers",
    "ies",
    "ed",
    "er",
    "es",
    "ly",
    "s",
    "e",
)


def normalise(text: str) -> str:
    """Lower case, straight apostrophes, single spaces."""
    return " ".join(text.translate(_APOSTROPHES).lower().split())


def stem(word: str) -> str:
    """A crude stem so that "rejected", "rejection" and "rejections" meet."""
    word = word.removesuffix("'s")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


# Same meaning, one spelling, so "no one" meets "nobody".
_SAME = (("no one", "nobody"), ("no-one", "nobody"), ("every one", "everyone"), ("résumé", "cv"))


def content_stems(text: str) -> list[str]:
    """The stems of the words that say what a thought is about, in order (numbers left out:
    an age or a count says more as a theme than as a word)."""
    plain = normalise(text)
    for variant, word in _SAME:
        plain = plain.replace(variant, word)
    return [stem(w) for w in _WORD.findall(plain) if w not in STOPWORDS and not w[0].isdigit()]


# What job seekers' thoughts are about. Patterns run on normalised text.
_THEME_PATTERNS: dict[str, str] = {
    "rejection": (
        r"\breject|\bturned (?:me )?down|\bdidn't get (?:it|the job|the role|the offer|in)"
        r"|\bnot (?:been )?selected|\bunsuccessful|\bnot (?:moving|going) forward"
        r"|\b(?:said|told me) no\b|\ba no\b|\bwent with (?:someone|another|an internal)"
        r"|\bother candidates?\b|\bdidn't make (?:it|the cut|the shortlist)"
    ),
    "ghosting": (
        r"\bghost|\bnever (?:heard|got) back|\bno (?:reply|replies|response|answer|word)\b"
        r"|\bheard nothing|\bhaven't heard|\bhasn't (?:replied|answered|called|got back)"
        r"|\bsilence\b|\bdidn't (?:reply|answer|respond|call)|\bstopped (?:answering|replying)"
        r"|\b(?:nobody|no one) (?:ever )?(?:replies|answers|responds|gets back)"
    ),
    "interview": (
        r"\binterview|\bpanel\b|\bphone screen|\bscreening call|\bassessment|\bfinal round"
        r"|\bsecond round|\bhiring manager|\bblanked\b|\bfroze\b"
    ),
    "long-search": (
        r"\bmonths\b|\byears? (?:of|now|looking|searching)\b|\bso long\b|\bforever\b"
        r"|\bhundreds?\b|\b\d{2,} (?:applications|jobs)|\bstill (?:no|nothing|unemployed|looking)"
        r"|\bbeen (?:looking|searching|applying|unemployed)|\bweeks of|\bby now\b"
    ),
    "money": (
        r"\bmoney\b|\bsavings\b|\brent\b|\bbills?\b|\bmortgage|\bdebts?\b|\bafford|\bbroke\b"
        r"|\bbenefits\b|\bsalary|\bincome\b|\bpay (?:for|the)|\bfinanc|\bsupport my family"
    ),
    "comparison": (
        r"\bfriends?\b|\beveryone else|\bother people|\bpeers?\b|\blinkedin|\bclassmates"
        r"|\bgraduated with|\bbetter than me|\bmore than me|\bothers\b|\bcompar"
    ),
    "age": (
        r"\btoo old|\btoo young|\bmy age\b|\bat my age|\bolder\b|\bageism|\bfifty|\bsixty"
        r"|\bforty|\b(?:at |i'm |i am )[3-7]\d\b|\b[3-7]\d years old|\bage\b"
    ),
    "gap": (
        r"\bgaps?\b|\bcareer break|\btime off\b|\bout of work|\bhole in my"
        r"|\bunemployed for|\bsabbatical|\bmaternity|\bpaternity|\byear off"
    ),
    "imposter": (
        r"\bfraud|\bfake\b|\bimpost[eo]r|\bfind out\b|\bfound out|\bluck\b|\blucky\b|\bfluke"
        r"|\bnot qualified|\bunderqualified|\bdon't belong|\bdon't deserve|\bmore qualified"
    ),
    "never-hired": (
        r"\bnever (?:get|be|find|land) (?:hired|a job|work|employed|anything)"
        r"|\b(?:nobody|no one) (?:will )?(?:ever )?(?:hire|wants? to hire)|\bunemployable"
        r"|\bnever going to (?:get|find|happen|work)|\bno point (?:applying|trying)"
        r"|\bwon't (?:ever )?(?:get|find) (?:a job|hired|work)"
    ),
    "others-think": (
        r"\b(?:they|he|she|everyone|everybody|people|recruiters?|my \w+) (?:all )?(?:must )?"
        r"(?:think|thinks|thought)\b|\bjudg|\blaugh(?:ing)? at|\bpity\b|\bthink (?:i'm|i am|of me)"
        r"|\btalking about me|\blook(?:ing)? down on"
    ),
    "layoff": (
        r"\blaid off|\blayoffs?\b|\bredundan|\bfired\b|\blet (?:me )?go\b|\blost my job"
        r"|\bdismissed|\bjob cuts|\brestructur|\bdownsiz"
    ),
    "family": (
        r"\bfamily|\bparents?\b|\bmum\b|\bmom\b|\bdad\b|\bfather|\bmother|\bpartner\b|\bwife"
        r"|\bhusband|\bkids\b|\bchildren|\bbrother|\bsister"
    ),
    "feedback": r"\bfeedback|\breferences?\b|\bcriticis|\bcommented",
    "skills": r"\bskills?\b|\bexperience\b|\bdegree\b|\bcourse\b|\btraining\b|\bcertif",
    "networking": (
        r"\bnetwork|\breach(?:ing)? out|\breferr|\bcontacts?\b|\bintroduc|\bconnections?\b"
        r"|\bmentor"
    ),
    "offer": r"\boffer|\bnegotiat|\bcontract\b|\bstart date|\bnew job\b|\bfirst (?:week|day)s?",
    "applying": (
        r"\bapplication|\bapply|\bapplied|\bcover letter|\bcv\b|\bresume|\brésumé|\bdeadline"
        r"|\bjob ads?\b"
    ),
    "motivation": (
        r"\bmotivat|\bexhausted|\btired\b|\bno energy|\bout of bed|\blazy\b|\bprocrastinat"
        r"|\bburn(?:ed|t)? out|\bcan't face|\bdrained|\bgive up|\bgiving up"
    ),
    "career-change": (
        r"\bcareer change|\bchanging careers|\bswitch(?:ing)? (?:fields|careers?|industr)"
        r"|\bnew field|\bwrong career|\bpivot"
    ),
}
THEMES: tuple[str, ...] = (*_THEME_PATTERNS, "general")
# One pass over the text instead of one search per theme (it runs on every analysed line);
# inside a lookahead, so a theme's words inside another's match ("my friends think") count too.
_ANY_THEME = re.compile(
    "(?=" + "|".join(f"(?P<{t.replace('-', '_')}>{p})" for t, p in _THEME_PATTERNS.items()) + ")"
)


def themes(text: str) -> set[str]:
    """The job-search themes a thought touches (rejection, money, a gap in the CV...)."""
    found = {m.lastgroup for m in _ANY_THEME.finditer(normalise(text))}
    return {name.replace("_", "-") for name in found if name}
