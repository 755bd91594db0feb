from django.urls import path

from nextyes.inbox import views

app_name = "inbox"
urlpatterns = [
    path("inbox/", views.index, name="index"),
    path("inbox/upload/", views.upload, name="upload"),
    path("inbox/purge/", views.purge, name="purge"),
    path("inbox/<int:pk>/", views.message, name="message"),
]
