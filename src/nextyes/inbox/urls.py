from django.urls import path

from nextyes.inbox.views import accounts, mail, proposals, settings

app_name = "inbox"
urlpatterns = [
    path("inbox/", mail.index, name="index"),
    path("inbox/upload/", mail.upload, name="upload"),
    path("inbox/purge/", mail.purge, name="purge"),
    path("inbox/tasks/<int:pk>/", mail.task_status, name="task"),
    path("inbox/<int:pk>/", mail.message, name="message"),
    path("inbox/proposals/", proposals.proposal_list, name="proposals"),
    path("inbox/proposals/apply/", proposals.proposals_apply_all, name="proposals_apply_all"),
    path("inbox/proposals/settings/", settings.inbox_settings, name="settings"),
    path("inbox/settings/addresses/", settings.addresses, name="addresses"),
    path(
        "inbox/settings/forget-corrections/",
        settings.forget_corrections,
        name="forget_corrections",
    ),
    path("inbox/proposals/<int:pk>/apply/", proposals.proposal_apply, name="proposal_apply"),
    path("inbox/proposals/<int:pk>/edit/", proposals.proposal_edit, name="proposal_edit"),
    path(
        "inbox/proposals/<int:pk>/dismiss/",
        proposals.proposal_dismiss,
        name="proposal_dismiss",
    ),
    path("inbox/proposals/<int:pk>/undo/", proposals.proposal_undo, name="proposal_undo"),
    path("inbox/accounts/", accounts.accounts, name="accounts"),
    path("inbox/accounts/add/", accounts.account_add, name="account_add"),
    path("inbox/accounts/<int:pk>/", accounts.account_edit, name="account_edit"),
    path("inbox/accounts/<int:pk>/delete/", accounts.account_delete, name="account_delete"),
    path("inbox/accounts/<int:pk>/sync/", accounts.account_sync, name="account_sync"),
]
