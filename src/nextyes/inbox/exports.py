"""The inbox part of the person's export: kept mail, proposals, import runs, mailboxes.

A mailbox's password never leaves, not even encrypted: the token is useless without the mail key
(kept outside the database), and a copy of it is one more thing to leak. After an import the
person types the password again, as they do when the key changes.
"""

from __future__ import annotations

from nextyes.lib.exports import Section, register

PASSWORD_LEFT_OUT = "the mailbox password (encrypted) never leaves the server; enter it again"

register(
    Section("mail_imports", "inbox.MailImport"),
    Section("mail_messages", "inbox.MailMessage"),
    # Only the ids of mail that was read and not kept: importing it again then adds nothing.
    Section("seen_messages", "inbox.SeenMessage"),
    Section("proposals", "inbox.Proposal"),
    Section("inbox_settings", "inbox.InboxSettings"),
    # What the person taught the classifier: each correction of a proposal's label.
    Section("mail_corrections", "inbox.Correction"),
    Section("mail_accounts", "inbox.MailAccount", {"password_encrypted": PASSWORD_LEFT_OUT}),
    # How far each folder was read, so a restored account does not read it all again.
    Section("folder_states", "inbox.FolderState"),
)
