from django.urls import path

from nextyes.pipeline.views import (
    applications,
    board,
    contacts,
    import_runs,
    interviews,
    restore,
    save_job,
    transfer,
)

app_name = "pipeline"
urlpatterns = [
    path("board/", board.board, name="board"),
    path("applications/<int:pk>/move/", board.move, name="move"),
    # Applications and their stage events
    path("applications/", applications.application_list, name="list"),
    path("applications/new/", applications.application_new, name="application_new"),
    # A job saved from another page: the bookmarklet and the phone's share target land here.
    path("save-job/", save_job.save_job, name="save_job"),
    path("applications/<int:pk>/", applications.application_detail, name="application"),
    path("applications/<int:pk>/edit/", applications.application_edit, name="application_edit"),
    path(
        "applications/<int:pk>/delete/", applications.application_delete, name="application_delete"
    ),
    path("applications/<int:pk>/events/new/", applications.event_new, name="event_new"),
    path("events/<int:pk>/edit/", applications.event_edit, name="event_edit"),
    path("events/<int:pk>/delete/", applications.event_delete, name="event_delete"),
    # Interviews
    path("applications/<int:pk>/interviews/new/", interviews.interview_new, name="interview_new"),
    path("interviews/<int:pk>/edit/", interviews.interview_edit, name="interview_edit"),
    path("interviews/<int:pk>/delete/", interviews.interview_delete, name="interview_delete"),
    # Contacts and touchpoints
    path("contacts/", contacts.contact_list, name="contacts"),
    path("contacts/new/", contacts.contact_new, name="contact_new"),
    path("contacts/<int:pk>/", contacts.contact_detail, name="contact"),
    path("contacts/<int:pk>/edit/", contacts.contact_edit, name="contact_edit"),
    path("contacts/<int:pk>/delete/", contacts.contact_delete, name="contact_delete"),
    path("contacts/<int:pk>/touchpoints/new/", contacts.touchpoint_new, name="touchpoint_new"),
    path("touchpoints/<int:pk>/edit/", contacts.touchpoint_edit, name="touchpoint_edit"),
    path("touchpoints/<int:pk>/delete/", contacts.touchpoint_delete, name="touchpoint_delete"),
    path("companies/<int:pk>/edit/", contacts.company_edit, name="company_edit"),
    # Import and export
    path("transfer/", transfer.transfer_home, name="import"),
    path("transfer/import/<str:token>/map/", transfer.import_map, name="import_map"),
    path("transfer/import/<str:token>/preview/", transfer.import_preview, name="import_preview"),
    path("transfer/runs/<str:token>/", import_runs.import_run, name="import_run"),
    path("transfer/runs/<str:token>/stop/", import_runs.import_stop, name="import_stop"),
    path("transfer/export.json", transfer.export_json, name="export_json"),
    path("transfer/export.zip", transfer.export_csv, name="export_csv"),
    path("transfer/restore/", restore.restore_export, name="restore_export"),
]
