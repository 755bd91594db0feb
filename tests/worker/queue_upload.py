"""`python -m tests.worker.queue_upload FILE...`: queue one upload per file for "alice", as the
page does.

Run in its own process on the data dir of a worker test; prints each MailTask's id on a line.
"""

from __future__ import annotations

import sys
from pathlib import Path

import django


def main(paths: list[Path]) -> None:
    django.setup()
    from django.core.files.uploadedfile import SimpleUploadedFile

    from nextyes.accounts.models import User
    from nextyes.inbox.tasks import start_upload

    alice, _created = User.objects.get_or_create(username="alice")
    for path in paths:
        upload = SimpleUploadedFile(path.name, path.read_bytes(), "application/mbox")
        print(start_upload(alice, [upload], keep_other=False).pk)


if __name__ == "__main__":
    main([Path(arg) for arg in sys.argv[1:]])
