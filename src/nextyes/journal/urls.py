from django.urls import path

from nextyes.journal.views import jar, wins

app_name = "journal"
urlpatterns = [
    path("wins/", wins.win_list, name="win_list"),
    path("wins/new/", wins.win_new, name="win_new"),
    path("wins/<int:pk>/edit/", wins.win_edit, name="win_edit"),
    path("wins/<int:pk>/delete/", wins.win_delete, name="win_delete"),
    path("jar/", jar.jar, name="jar"),
    path("jar/draw/", jar.jar_draw, name="jar_draw"),
    path("jar/<int:pk>/edit/", jar.jar_edit, name="jar_edit"),
    path("jar/<int:pk>/delete/", jar.jar_delete, name="jar_delete"),
]
