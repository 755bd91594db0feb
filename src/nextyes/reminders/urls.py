from django.urls import path

from nextyes.reminders.views import reminders, unsubscribe

app_name = "reminders"
urlpatterns = [
    path("reminders/", reminders.reminder_list, name="list"),
    path("reminders/settings/", reminders.reminder_settings, name="settings"),
    path("reminders/<int:pk>/dismiss/", reminders.reminder_dismiss, name="dismiss"),
    path("reminders/stop/<str:token>/", unsubscribe.unsubscribe, name="unsubscribe"),
]
