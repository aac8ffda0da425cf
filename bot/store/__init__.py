"""What the bot keeps: the privacy-safe question log and its database. No Slack here."""
