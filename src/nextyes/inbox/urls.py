from django.urls import path

from nextyes.inbox import views, views_accounts, views_proposals, views_settings

app_name = "inbox"
urlpatterns = [
    path("inbox/", views.index, name="index"),
    path("inbox/upload/", views.upload, name="upload"),
    path("inbox/purge/", views.purge, name="purge"),
    path("inbox/<int:pk>/", views.message, name="message"),
    path("inbox/proposals/", views_proposals.proposal_list, name="proposals"),
    path("inbox/proposals/apply/", views_proposals.proposals_apply_all, name="proposals_apply_all"),
    path("inbox/proposals/settings/", views_settings.inbox_settings, name="settings"),
    path("inbox/settings/addresses/", views_settings.addresses, name="addresses"),
    path(
        "inbox/settings/forget-corrections/",
        views_settings.forget_corrections,
        name="forget_corrections",
    ),
    path("inbox/proposals/<int:pk>/apply/", views_proposals.proposal_apply, name="proposal_apply"),
    path("inbox/proposals/<int:pk>/edit/", views_proposals.proposal_edit, name="proposal_edit"),
    path(
        "inbox/proposals/<int:pk>/dismiss/",
        views_proposals.proposal_dismiss,
        name="proposal_dismiss",
    ),
    path("inbox/proposals/<int:pk>/undo/", views_proposals.proposal_undo, name="proposal_undo"),
    path("inbox/accounts/", views_accounts.accounts, name="accounts"),
    path("inbox/accounts/add/", views_accounts.account_add, name="account_add"),
    path("inbox/accounts/<int:pk>/", views_accounts.account_edit, name="account_edit"),
    path("inbox/accounts/<int:pk>/delete/", views_accounts.account_delete, name="account_delete"),
    path("inbox/accounts/<int:pk>/sync/", views_accounts.account_sync, name="account_sync"),
]
