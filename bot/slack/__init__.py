"""The Slack adapter: the Bolt app, its listeners, Block Kit replies, escalation and delivery."""
