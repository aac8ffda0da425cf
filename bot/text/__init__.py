"""The words the bot says, independent of where they are shown (terminal or Slack)."""
