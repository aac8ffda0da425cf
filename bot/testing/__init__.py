"""Test kit: a loopback fake of the Slack Web API (with response_url and Socket Mode), builders of
Slack-signed requests in Slack's real payload shapes, and ``safeguards-bot serve`` as a child
process. For the tests and the benchmark scripts only: the product never imports it (an
import-linter contract in pyproject.toml checks that).
"""
