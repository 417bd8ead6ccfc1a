"""Help-desk tickets (issue 14): intake (mail over IMAP, the portal's feed, the desk), the
queue and SLA clocks, the desk's actions and the answers by e-mail.

* :mod:`.mail_message` — a mail read (charsets, HTML as text, attachments, threading ids);
* :mod:`.store` — what arrives stored as a ticket or joined to one (dedupe, threading,
  triage, linking, flood limit);
* :mod:`.imap_intake` / :mod:`.portal` — the help-desk mailbox and the portal's feed;
* :mod:`.sla` — the clocks of stored tickets, the escalation sweep;
* :mod:`.queue` — the queue (keyset-paged by what breaches first) and one ticket's view;
* :mod:`.work` — the desk's actions under the action guard;
* :mod:`.mailer` — replies over SMTP submission.
"""
