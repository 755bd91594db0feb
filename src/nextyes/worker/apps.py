from django.apps import AppConfig


class WorkerConfig(AppConfig):
    name = "nextyes.worker"
    label = "worker"
