"""``safeguards-bot report --html FILE``: the report as one self-contained page with charts.

Everything is in the file: the charts are inline SVG drawn here, one inline style sheet and two
small inline scripts, so the page opens from a disk, a mail attachment or an air-gapped laptop
alike. Its Content-Security-Policy forbids every network load (``default-src 'none'``; the style
and the scripts are allowed by their SHA-256 hashes, nothing else), so even a future edit that
linked a font or a library could not make the page call out: the browser would refuse.

The scripts only check the page: one counts any load the policy refused, from the start
(``data-blocked-loads``); the other counts, per chart, the marks the browser actually laid out
with a size and a value (``data-drawn``). ``tests/test_report_html.py`` reads both from a real
headless Chromium.

No question text is put in the page: a file travels further than a terminal. The counts are those
of ``safeguards-bot report --json`` (``bot/cli/report.py``).
"""

from __future__ import annotations

import base64
import hashlib
import html
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.cli.report import ReportError, build_report
from bot.engine.catalog import CatalogError, load_catalog

DECISION_LABELS = {"answer": "answered", "suggest": "suggested", "none": "declined",
                   "crisis": "crisis"}
COLORS = {"answer": "#2e7d32", "suggest": "#1565c0", "none": "#ef6c00", "crisis": "#6a1b9a",
          "bar": "#37474f", "declined": "#ef6c00", "not_helpful": "#c62828"}
# Past this many days, the daily chart shows only the days with questions (a bar a day for
# years would be hairlines).
MAX_CONTINUOUS_DAYS = 400
WIDTH = 900
LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish",
                  "pt": "Portuguese", "pt-BR": "Portuguese (Brazil)", "it": "Italian",
                  "ja": "Japanese", "ko": "Korean", "zh": "Chinese", "zh-CN": "Chinese "
                  "(Simplified)", "zh-TW": "Chinese (Traditional)", "id": "Indonesian",
                  "ru": "Russian"}

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;
color:#1c2329;background:#f6f7f9}
main{max-width:980px;margin:0 auto;padding:24px}
h1{font-size:1.5em;margin:0 0 4px}h2{font-size:1.1em;margin:0 0 8px}
.period{color:#5f6b76;margin:0 0 20px}
.tiles{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:20px}
.tile{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:10px 16px;min-width:120px}
.tile b{display:block;font-size:1.4em}
figure{background:#fff;border:1px solid #dde1e6;border-radius:8px;margin:0 0 20px;padding:16px}
figcaption{color:#5f6b76;font-size:.9em;margin-top:6px}
svg{display:block;width:100%;height:auto}
svg text{font:12px system-ui,sans-serif;fill:#1c2329}
svg .axis{stroke:#c4cad1;stroke-width:1}
.legend{display:flex;gap:14px;flex-wrap:wrap;font-size:.9em;margin-bottom:6px}
.legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:5px}
.note{color:#5f6b76}
"""

# In <head>, first: counts every load the policy refuses, from the start.
WATCH = """
(function () {
  var root = document.documentElement, blocked = 0;
  root.setAttribute("data-blocked-loads", "0");
  document.addEventListener("securitypolicyviolation", function () {
    blocked += 1;
    root.setAttribute("data-blocked-loads", String(blocked));
  });
})();
"""

# At the end of <body>: what the browser laid out, per chart.
SCRIPT = """
(function () {
  var figures = document.querySelectorAll("figure[data-chart]");
  for (var i = 0; i < figures.length; i++) {
    var drawn = 0, marks = figures[i].querySelectorAll(".mark");
    for (var j = 0; j < marks.length; j++) {
      var box = marks[j].getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && Number(marks[j].getAttribute("data-value")) > 0) {
        drawn += 1;
      }
    }
    figures[i].setAttribute("data-drawn", String(drawn));
  }
  document.documentElement.setAttribute("data-checked", "1");
})();
"""


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode()


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _nice_top(value: int) -> int:
    """A round number at or above ``value`` for an axis."""
    if value <= 5:
        return max(value, 1)
    step = 10 ** (len(str(value)) - 1)
    for multiple in (1, 2, 2.5, 5, 10):
        top = int(multiple * step)
        if top >= value:
            return top
    return value


def _legend(series: list[tuple[str, str]]) -> str:
    items = "".join(f'<span><i class="key-{key}"></i>{_e(label)}</span>'
                    for key, label in series)
    return f'<div class="legend">{items}</div>'


def _days(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Every day of the period (zeros included), or only days with questions in a long one."""
    per_day = {row["day"]: row for row in report["per_day"]}
    first = date.fromisoformat(report["since"][:10])
    last = date.fromisoformat(report["until"][:10])
    if (last - first).days > MAX_CONTINUOUS_DAYS:
        return list(per_day.values())
    days = []
    day = first
    while day <= last:
        key = day.isoformat()
        days.append(per_day.get(key) or {"day": key, **dict.fromkeys(DECISION_LABELS, 0)})
        day += timedelta(days=1)
    return days


def daily_chart(report: dict[str, Any]) -> str:
    days = _days(report)
    left, top, height, bottom = 44, 10, 220, 40
    plot = WIDTH - left - 10
    top_value = _nice_top(max((sum(d[k] for k in DECISION_LABELS) for d in days), default=0))
    step = plot / max(len(days), 1)
    bar = max(1.0, step * 0.8)
    parts = [f'<line class="axis" x1="{left}" y1="{top + height}" x2="{WIDTH - 10}" '
             f'y2="{top + height}"/>']
    for fraction in (0, 0.5, 1):
        y = top + height - fraction * height
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">'
                     f'{round(top_value * fraction):,}</text>')
    label_every = max(1, len(days) // 10)
    for i, day in enumerate(days):
        x = left + i * step + (step - bar) / 2
        y = top + height
        for key in DECISION_LABELS:
            value = day[key]
            if not value:
                continue
            h = value / top_value * height
            y -= h
            parts.append(
                f'<rect class="mark" data-series="{key}" data-day="{day["day"]}" '
                f'data-value="{value}" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" '
                f'height="{h:.1f}" fill="{COLORS[key]}"><title>{day["day"]}: {value:,} '
                f'{DECISION_LABELS[key]}</title></rect>')
        if i % label_every == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{top + height + 16}" '
                         f'text-anchor="middle">{day["day"][5:]}</text>')
    svg = (f'<svg viewBox="0 0 {WIDTH} {top + height + bottom}" role="img" '
           f'aria-label="Questions per day by decision">{"".join(parts)}</svg>')
    legend = _legend([(k, v) for k, v in DECISION_LABELS.items()])
    return _figure("per-day", "Questions per day, by decision", legend + svg,
                   "Each bar is one UTC day; colours stack the decisions.")


def _bars(rows: list[tuple[str, list[tuple[str, int]]]], what: str) -> str:
    """Horizontal bars, one row per label, each a stack of (series, value) segments."""
    label_width, row_height = 330, 26
    plot = WIDTH - label_width - 60
    largest = max((sum(v for _, v in segments) for _, segments in rows), default=0) or 1
    parts = []
    for i, (label, segments) in enumerate(rows):
        y = i * row_height
        shown = label if len(label) <= 48 else label[:47] + "…"
        parts.append(f'<text x="{label_width - 8}" y="{y + 17}" text-anchor="end">'
                     f'<title>{_e(label)}</title>{_e(shown)}</text>')
        x = float(label_width)
        for series, value in segments:
            if not value:
                continue
            w = value / largest * plot
            parts.append(f'<rect class="mark" data-series="{series}" data-value="{value}" '
                         f'x="{x:.1f}" y="{y + 4}" width="{w:.1f}" height="{row_height - 8}" '
                         f'fill="{COLORS.get(series, COLORS["bar"])}"><title>{_e(label)}: '
                         f'{value:,} {_e(series.replace("_", " "))}</title></rect>')
            x += w
        total = sum(v for _, v in segments)
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 17}">{total:,}</text>')
    height = max(len(rows), 1) * row_height
    return (f'<svg viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{_e(what)}">'
            f'{"".join(parts)}</svg>')


def _languages(languages: list[dict[str, Any]] | None) -> str:
    heading = "Questions per language"
    if languages is None:
        return _empty("per-language", heading, "This question log is older than the language "
                      "column (questions are counted by language from schema version 5 on).")
    rows = [(LANGUAGE_NAMES.get(str(r["language"]), str(r["language"])) if r["language"]
             else "not clear", [("bar", int(r["questions"]))]) for r in languages]
    return _figure("per-language", heading, _bars(rows, heading),
                   "The language a question was written in, when the words make it clear "
                   "(\"appeal\" or \"CSAM\" alone do not): \"not clear\" counts the rest.")


def _figure(chart: str, heading: str, body: str, caption: str) -> str:
    return (f'<figure data-chart="{chart}"><h2>{_e(heading)}</h2>{body}'
            f'<figcaption>{_e(caption)}</figcaption></figure>')


def _empty(chart: str, heading: str, why: str) -> str:
    return (f'<figure data-chart="{chart}" data-empty="1"><h2>{_e(heading)}</h2>'
            f'<p class="note">{_e(why)}</p></figure>')


def render_html(report: dict[str, Any], *, titles: dict[str, str],
                generated_at: datetime) -> str:
    """The page for ``report`` (``build_report``'s figures); ``titles``: entry id -> title."""
    total = report["questions"]
    days = report["days"]
    period = f"{report['since'][:10]} to {report['until'][:10]}"
    ratio = report["feedback"]["helpful_ratio"]
    tiles = [("questions", f"{total:,}"), ("people", f"{report['people']:,}")]
    tiles += [(DECISION_LABELS[d], f"{report['decisions'][d]['share'] * 100:.0f}%")
              for d in DECISION_LABELS]
    tiles += [("helpful ratio", "n/a" if ratio is None else f"{ratio * 100:.0f}%"),
              ("gaps", f"{report['gaps']:,}")]
    sections = ['<div class="tiles">' + "".join(
        f'<div class="tile"><b>{_e(value)}</b>{_e(name)}</div>' for name, value in tiles)
        + "</div>"]
    if not total:
        sections.append(_empty("per-day", "Questions per day",
                               "No questions were logged in this period."))
    else:
        sections.append(daily_chart(report))
        articles = [(f"{titles.get(r['article_id'], r['article_id'])}",
                     [("bar", r["questions"])]) for r in report["articles"]]
        sections.append(_figure("per-article", "Questions per article",
                                _bars(articles, "Questions per article"),
                                "The article each question was answered with (the first "
                                "suggestion, for did-you-mean replies).")
                        if articles else _empty("per-article", "Questions per article",
                                                "No question was answered with an article."))
        surfaces = [(r["surface"], [("bar", r["questions"])]) for r in report["surfaces"]]
        sections.append(_figure("per-surface", "Questions per surface",
                                _bars(surfaces, "Questions per surface"),
                                "Where people asked: the command, a mention, a DM, the "
                                "agents' shortcut."))
        sections.append(_languages(report.get("languages")))
    groups = report["gap_groups"]
    if groups:
        rows = [(("nearest: " + titles.get(g["candidate_id"], g["candidate_id"]))
                 if g["candidate_id"] else "no candidate",
                 [("declined", g["declined"]), ("not_helpful", g["not_helpful"])])
                for g in groups[:20]]
        legend = _legend([("declined", "declined"), ("not_helpful", "not helpful")])
        sections.append(_figure(
            "gap-groups", "Gap groups",
            legend + _bars(rows, "Gap groups"),
            "Declined and \"Not helpful\" questions, grouped by the article the matcher found "
            "nearest (even below the answer threshold). Maintainers act on them from the "
            "bot's Home tab in Slack."))
    elif total:
        sections.append(_empty("gap-groups", "Gap groups", "No gaps in this period."))
    # The legend's colours, in the one (hashed) style sheet: no inline style attributes.
    style = STYLE + "".join(f".key-{key}{{background:{color}}}" for key, color in COLORS.items())
    return "\n".join([
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_csp(style)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Safeguards bot: the last {days} day{'s' if days != 1 else ''}</title>",
        f"<script>{WATCH}</script>",
        f"<style>{style}</style>",
        "</head><body><main>",
        f"<h1>Safeguards bot: the last {days} day{'s' if days != 1 else ''}</h1>",
        f'<p class="period">{_e(period)} · {total:,} questions · made '
        f'{_e(generated_at.strftime("%Y-%m-%d %H:%M UTC"))} by safeguards-bot report --html. '
        "No question text is included.</p>",
        *sections,
        "</main>",
        f"<script>{SCRIPT}</script>",
        "</body></html>",
    ])


def _csp(style: str) -> str:
    """No network at all: only this page's own style sheet and script, by their hashes."""
    return (f"default-src 'none'; style-src '{_hash(style)}'; "
            f"script-src '{_hash(WATCH)}' '{_hash(SCRIPT)}'; "
            "img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; "
            "form-action 'none'")


def _titles(catalog_path: str | None) -> dict[str, str]:
    try:
        catalog = load_catalog(catalog_path)
    except CatalogError:
        return {}  # ids stand in for titles
    return {e.id: e.title for e in catalog.entries}


def run_html_report(db_path: str, days: int, out: str, *, catalog_path: str | None) -> int:
    """The CLI command: 0 after writing the page (its path and size on stdout), 1 with one
    line on stderr."""
    try:
        report = build_report(db_path, days)
    except ReportError as exc:
        print(f"safeguards-bot report: {exc}", file=sys.stderr)
        return 1
    page = render_html(report, titles=_titles(catalog_path),
                       generated_at=datetime.fromisoformat(report["until"].replace("Z",
                                                                                   "+00:00")))
    try:
        Path(out).write_text(page, encoding="utf-8")
    except OSError as exc:
        print(f"safeguards-bot report: cannot write {out}: {exc.strerror or exc}",
              file=sys.stderr)
        return 1
    print(f"{out}: {len(page.encode('utf-8')):,} bytes, {report['questions']:,} questions "
          f"over {days} day(s)")
    return 0
