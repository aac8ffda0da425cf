# safeguards-bot, HTTP mode, behind a TLS-terminating proxy (Slack only calls https:// URLs).
# Build: docker build -t safeguards-bot .    Run: see README "Deploying".

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml setup.py README.md LICENSE ./
COPY bot ./bot
COPY data/catalog.yaml data/distress_model.tsv data/topic_model.tsv ./data/
# The wheel carries the catalog and the two models (setup.py copies them into the package).
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
RUN useradd --system --create-home --home-dir /var/lib/safeguards-bot --uid 10001 bot
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
USER bot
WORKDIR /var/lib/safeguards-bot
# SQLite by default, in the volume; set SAFEGUARDS_DATABASE_URL=postgresql://... for replicas.
# A catalog of your own: mount it read-only and point SAFEGUARDS_CATALOG at it (live reload
# picks up edits to the mounted file).
ENV SAFEGUARDS_DB=/var/lib/safeguards-bot/safeguards-bot.sqlite3 \
    PYTHONUNBUFFERED=1
VOLUME ["/var/lib/safeguards-bot"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:3000/healthz', timeout=4)"]
# Logs go to stderr (the container's log); SIGTERM (docker stop) drains in-flight replies.
CMD ["safeguards-bot", "serve", "--http", "--host", "0.0.0.0", "--port", "3000"]
