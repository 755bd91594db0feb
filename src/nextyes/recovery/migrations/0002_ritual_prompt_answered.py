from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("recovery", "0001_initial")]

    operations = [
        # Rituals opened before the panel existed count as answered (Today already listed them),
        # so nobody is greeted by a panel for an old no; new ones start unanswered.
        migrations.AddField(
            model_name="ritual",
            name="prompt_answered",
            field=models.BooleanField(default=True),
        ),
        migrations.AlterField(
            model_name="ritual",
            name="prompt_answered",
            field=models.BooleanField(default=False),
        ),
    ]
