from django.urls import path

from nextyes.inbox import views, views_accounts

app_name = "inbox"
urlpatterns = [
    path("inbox/", views.index, name="index"),
    path("inbox/upload/", views.upload, name="upload"),
    path("inbox/purge/", views.purge, name="purge"),
    path("inbox/<int:pk>/", views.message, name="message"),
    path("inbox/accounts/", views_accounts.accounts, name="accounts"),
    path("inbox/accounts/add/", views_accounts.account_add, name="account_add"),
    path("inbox/accounts/<int:pk>/", views_accounts.account_edit, name="account_edit"),
    path("inbox/accounts/<int:pk>/delete/", views_accounts.account_delete, name="account_delete"),
    path("inbox/accounts/<int:pk>/sync/", views_accounts.account_sync, name="account_sync"),
]
