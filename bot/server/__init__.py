"""Running the Slack app: settings, logging, live catalog reload, Socket Mode and HTTP serving."""
