"""Use cases of the tracker: every write to applications, stage events, contacts, touchpoints and
companies goes through here. Views, API routes, the CLI and importers call these names; the
modules behind them are split by what they change."""

from nextyes.pipeline.services.applications import (
    APPLICATION_FIELDS,
    announce_imported,
    company_named,
    create_application,
    delete_application,
    delete_event,
    move_application,
    refresh_status,
    update_application,
    update_event,
)
from nextyes.pipeline.services.contacts import (
    CONTACT_FIELDS,
    TOUCHPOINT_FIELDS,
    add_touchpoint,
    check_linkedin_url,
    create_contact,
    delete_contact,
    delete_touchpoint,
    link_applications,
    normalise_mail_domains,
    unlink_application,
    update_company,
    update_contact,
    update_touchpoint,
)

__all__ = [
    "APPLICATION_FIELDS",
    "CONTACT_FIELDS",
    "TOUCHPOINT_FIELDS",
    "add_touchpoint",
    "announce_imported",
    "check_linkedin_url",
    "company_named",
    "create_application",
    "create_contact",
    "delete_application",
    "delete_contact",
    "delete_event",
    "delete_touchpoint",
    "link_applications",
    "move_application",
    "normalise_mail_domains",
    "refresh_status",
    "unlink_application",
    "update_application",
    "update_company",
    "update_contact",
    "update_event",
    "update_touchpoint",
]
