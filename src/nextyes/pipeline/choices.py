"""The fixed vocabularies of the tracker. Values are the kebab-case names the CLI and API use."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    JOB_BOARD = "job-board", _("Job board")
    COMPANY_SITE = "company-site", _("Company site")
    REFERRAL = "referral", _("Referral")
    RECRUITER = "recruiter", _("Recruiter")
    NETWORKING = "networking", _("Networking")
    DIRECT_OUTREACH = "direct-outreach", _("Direct outreach")
    OTHER = "other", _("Other")


class Stage(models.TextChoices):
    SAVED = "saved", _("Saved")
    APPLIED = "applied", _("Applied")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    SCREEN = "screen", _("Screen")
    INTERVIEW = "interview", _("Interview")
    ASSESSMENT = "assessment", _("Assessment")
    OFFER = "offer", _("Offer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    REJECTED = "rejected", _("Rejected")
    GHOSTED = "ghosted", _("Ghosted")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# The stage groups: every count of replies, screens, interviews, offers or closed processes
# (funnel, weekly review, odds, ritual numbers, evidence) uses these and never re-lists stages.
# The funnel's groups nest: a deeper stage implies the earlier points, so an application that
# went straight to an interview also had a reply and a screen.

# An offer was made: accepting or declining one says it came, even when the offer was not logged.
OFFER_STAGES = frozenset({Stage.OFFER, Stage.ACCEPTED, Stage.DECLINED})
# A round of talks or tests itself (an assessment is as deep as an interview in STAGE_DEPTH).
ROUND_STAGES = frozenset({Stage.INTERVIEW, Stage.ASSESSMENT})
# Reached an interview: a round, or an offer (which no employer makes without one).
INTERVIEW_STAGES = ROUND_STAGES | OFFER_STAGES
# Reached a conversation with the employer: a screen or anything deeper.
SCREEN_STAGES = frozenset({Stage.SCREEN}) | INTERVIEW_STAGES
# A reply is any answer from the employer, the acknowledgement and a no included; ghosted and
# withdrawn are not answers, and an accepted or declined offer was one.
REPLY_STAGES = frozenset({Stage.ACKNOWLEDGED, Stage.REJECTED}) | SCREEN_STAGES
# The employer decided: an offer or a no.
DECISION_STAGES = OFFER_STAGES | {Stage.REJECTED}
# A final round: an interview from this round on, an assessment after a first interview, or an
# offer.
FINAL_ROUND = 2
# Stages that end or decide a process: reaching one fires the outcome hook.
OUTCOME_STAGES = frozenset(
    {Stage.OFFER, Stage.ACCEPTED, Stage.DECLINED, Stage.REJECTED, Stage.GHOSTED, Stage.WITHDRAWN}
)
# Ended without going further: nothing more will happen unless the person moves it back.
CLOSED_STAGES = frozenset(
    {Stage.ACCEPTED, Stage.DECLINED, Stage.REJECTED, Stage.GHOSTED, Stage.WITHDRAWN}
)
# How far a stage goes into a process; later features (ritual break length, funnel) use it.
STAGE_DEPTH = {
    Stage.SAVED: 0,
    Stage.APPLIED: 1,
    Stage.ACKNOWLEDGED: 2,
    Stage.SCREEN: 3,
    Stage.INTERVIEW: 4,
    Stage.ASSESSMENT: 4,
    Stage.OFFER: 5,
    Stage.ACCEPTED: 6,
    Stage.DECLINED: 6,
    Stage.REJECTED: 6,
    Stage.GHOSTED: 6,
    Stage.WITHDRAWN: 6,
}


class EventSource(models.TextChoices):
    MANUAL = "manual", _("Manual")
    IMPORT = "import", _("Import")
    EMAIL = "email", _("Email")
    API = "api", _("API")


class WorkMode(models.TextChoices):
    UNKNOWN = "", _("Not said")
    ON_SITE = "on-site", _("On-site")
    HYBRID = "hybrid", _("Hybrid")
    REMOTE = "remote", _("Remote")


class InterviewKind(models.TextChoices):
    PHONE = "phone", _("Phone")
    VIDEO = "video", _("Video")
    ON_SITE = "on-site", _("On-site")
    TAKE_HOME = "take-home", _("Take-home")


class Relationship(models.TextChoices):
    RECRUITER = "recruiter", _("Recruiter")
    HIRING_MANAGER = "hiring-manager", _("Hiring manager")
    INTERVIEWER = "interviewer", _("Interviewer")
    MENTOR = "mentor", _("Mentor")
    PEER = "peer", _("Peer")
    FRIEND = "friend", _("Friend")
    OTHER = "other", _("Other")


class TouchpointKind(models.TextChoices):
    EMAIL = "email", _("Email")
    CALL = "call", _("Call")
    MESSAGE = "message", _("Message")
    COFFEE = "coffee", _("Coffee")
    EVENT = "event", _("Event")
