from django.apps import AppConfig


class PipelineConfig(AppConfig):
    name = "nextyes.pipeline"
    label = "pipeline"
    verbose_name = "Job search"
