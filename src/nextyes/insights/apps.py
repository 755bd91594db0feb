from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "nextyes.insights"
    label = "insights"
