from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "nextyes.api"
    label = "api"
