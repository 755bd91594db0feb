from django.apps import AppConfig


class InboxConfig(AppConfig):
    name = "nextyes.inbox"
    label = "inbox"
