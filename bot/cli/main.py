"""``safeguards-bot``: ask the bot offline, evaluate it, check the catalog, benchmark, serve Slack.

User mistakes (a broken catalog, a missing file, missing settings) are one clear line on stderr
and a non-zero exit status, never a traceback. ``ask``, ``eval``, ``check`` and ``bench`` never
import Slack code, so they start fast and work without any token.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from bot.engine.catalog import Catalog, CatalogError, load_catalog, resolve_path

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def _catalog_or_exit(path: str | None) -> Catalog:
    try:
        return load_catalog(path)
    except CatalogError as exc:
        print("\n".join(exc.problems), file=sys.stderr)
        raise SystemExit(EXIT_PROBLEM) from None


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.engine.matcher import Matcher
    from bot.engine.question import question_text
    from bot.text import plain_reply

    catalog = _catalog_or_exit(args.catalog)
    question = " ".join(args.question)
    matcher = Matcher(catalog)
    result = matcher.match(question)
    if args.explain:
        for signal in matcher.distress_signals(question):
            print(f"  !!   {signal}")
        for match, phrases in matcher.explain(question)[:8]:
            print(f"{match.confidence:5.2f}  {match.entry.id:<30} {' | '.join(phrases)}")
        print()
    if args.json:
        print(json.dumps({
            "decision": result.decision.value,
            "matches": [
                {"id": m.entry.id, "title": m.entry.title, "url": m.entry.url,
                 "confidence": round(m.confidence, 3)}
                for m in result.matches
            ],
        }, ensure_ascii=False))
    else:
        print(plain_reply.render(result, catalog, empty_question=not question_text(question)))
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.cli import evaluate
    from bot.engine.matcher import Matcher

    catalog = _catalog_or_exit(args.catalog)
    try:
        items = evaluate.load_items(args.file)
    except evaluate.EvalFileError as exc:
        print(f"safeguards-bot eval: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    outcomes = evaluate.run(Matcher(catalog), items)
    summary = evaluate.summarize(outcomes)
    if args.json:
        print(json.dumps({"summary": summary, "items": [o.as_dict() for o in outcomes]},
                         ensure_ascii=False, indent=1))
    else:
        print(evaluate.format_report(summary, outcomes, show_misses=args.misses))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    path = resolve_path(args.path)
    try:
        catalog = load_catalog(path)
    except CatalogError as exc:
        print("\n".join(exc.problems), file=sys.stderr)
        print(f"{len(exc.problems)} problem(s): the bot will not use this catalog.",
              file=sys.stderr)
        return EXIT_PROBLEM
    articles = len(catalog.articles)
    phrases = sum(1 for e in catalog.entries for _ in e.all_phrases())
    distress = sum(len(v) for v in catalog.crisis.distress.values())
    print(f"{path}: OK: {articles} articles, {len(catalog.entries) - articles} resources, "
          f"{phrases} phrases, {distress} distress phrases in "
          f"{len(catalog.crisis.distress)} languages.")
    return EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    from bot.cli import bench

    catalog = _catalog_or_exit(args.catalog)
    figures = bench.run(catalog, size=args.size, rounds=args.rounds)
    if args.json:
        print(json.dumps(figures))
        return EXIT_OK
    for name, row in figures.items():
        print(f"{name:<10} {row['entries']:>6} entries  build {row['build_ms']:>8.1f} ms  "
              f"match p50 {row['p50_us']:>7.1f} µs  p99 {row['p99_us']:>7.1f} µs  "
              f"(uncached p50 {row['cold_p50_us']:>7.1f} µs  p99 {row['cold_p99_us']:>7.1f} µs)")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from bot.cli.report import run_report
    from bot.store.settings_paths import database_path

    return run_report(args.db or database_path(), args.days, args.json)


def cmd_serve(args: argparse.Namespace) -> int:
    from bot.server import serve

    return serve.run(http=args.http, host=args.host, port=args.port, catalog_path=args.catalog)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="safeguards-bot",
        description="Answer safety questions with the right Claude Help Center Safeguards article.",
    )
    parser.add_argument("--catalog", metavar="PATH",
                        help="catalog file (default: $SAFEGUARDS_CATALOG or data/catalog.yaml)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ask = sub.add_parser("ask", help="print the reply a user would get, offline")
    ask.add_argument("question", nargs="*", help="the question, in your own words")
    ask.add_argument("--json", action="store_true", help="decision and matches as JSON")
    ask.add_argument("--explain", action="store_true",
                     help="first list the best entries and the catalog phrases that matched")
    ask.set_defaults(func=cmd_ask)

    ev = sub.add_parser("eval", help="score the matcher on an evaluation file")
    ev.add_argument("file", help="YAML list of {q, expect, tags}")
    ev.add_argument("--json", action="store_true", help="summary and every item as JSON")
    ev.add_argument("--misses", action="store_true", help="list the questions it got wrong")
    ev.set_defaults(func=cmd_eval)

    check = sub.add_parser("check", help="validate a catalog file")
    check.add_argument("path", nargs="?", help="catalog to check (default: the one in use)")
    check.set_defaults(func=cmd_check)

    bench = sub.add_parser("bench", help="match latency on this catalog and a 10,000-entry one")
    bench.add_argument("--size", type=int, default=10_000, help="generated catalog size")
    bench.add_argument("--rounds", type=int, default=200, help="passes over the sample questions")
    bench.add_argument("--json", action="store_true")
    bench.set_defaults(func=cmd_bench)

    report = sub.add_parser("report", help="what people asked and how the bot did (question log)")
    report.add_argument("--days", type=int, default=30, help="how far back (default 30)")
    report.add_argument("--db", metavar="PATH",
                        help="question log (default: $SAFEGUARDS_DB or ./safeguards-bot.sqlite3)")
    report.add_argument("--json", action="store_true", help="the figures as JSON")
    report.set_defaults(func=cmd_report)

    serve = sub.add_parser("serve", help="run the Slack app (Socket Mode, or HTTP with --http)")
    serve.add_argument("--http", action="store_true", help="serve Slack's HTTP requests")
    serve.add_argument("--host", default="0.0.0.0", help="HTTP bind address (default 0.0.0.0)")
    serve.add_argument("--port", type=int, default=3000, help="HTTP port (default 3000)")
    serve.set_defaults(func=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
