"""``safeguards-bot``: ask the bot offline, evaluate it, check the catalog, benchmark, serve Slack.

User mistakes (a broken catalog, a missing file, missing settings) are one clear line on stderr
and a non-zero exit status, never a traceback. ``ask``, ``eval``, ``check`` and ``bench`` never
import Slack code, so they start fast and work without any token.
"""

from __future__ import annotations

import argparse
import json
import sys
import typing
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version

from bot.engine.catalog import Catalog, CatalogError, load_catalog, resolve_path

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def _catalog_or_exit(path: str | None) -> Catalog:
    from bot.engine import distress_model, topic_model

    try:
        # A broken model file is a clear message too, not a traceback.
        distress_model.shipped()
        distress_model.shipped_for_other_languages()
        topic_model.shipped()
        return load_catalog(path)
    except CatalogError as exc:
        print("\n".join(exc.problems), file=sys.stderr)
        raise SystemExit(EXIT_PROBLEM) from None


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line (and ``--help`` still shows the usage)."""

    def error(self, message: str) -> typing.NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _bounded(kind: Callable[[str], float], low: float, high: float) -> Callable[[str], float]:
    """An argparse type: a number of ``kind`` from ``low`` to ``high``, or a one-line error."""

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a number, not {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low:g} to {high:g}, not {text}")
        return value

    return parse


def _package_version() -> str:
    try:
        return version("safeguards-bot")
    except PackageNotFoundError:  # run from a checkout without installing
        return "unknown (not installed)"


def _locale_arg(text: str) -> str:
    """An argparse type: a Help Center locale ("fr", "pt-BR", "zh-TW"; Slack's "ja-JP" too)."""
    from bot.engine.help_center import LOCALES, normalize_locale

    locale = normalize_locale(text)
    if locale is None:
        raise argparse.ArgumentTypeError(f"must be one of {', '.join(LOCALES)}, not {text!r}")
    return locale


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.engine.help_center import DEFAULT_LOCALE, reply_locale
    from bot.engine.matcher import Matcher
    from bot.engine.question import question_text
    from bot.text import plain_reply
    from bot.text.words import Words

    catalog = _catalog_or_exit(args.catalog)
    question = " ".join(args.question)
    matcher = Matcher(catalog)
    result = matcher.match(question)
    # The question's language when it is clear, else English (the terminal has no Slack user);
    # --lang overrides both.
    locale = args.lang or reply_locale(matcher.language_of(question), lambda: None,
                                       DEFAULT_LOCALE)
    words = Words(locale)
    signals = matcher.distress_signals(question) if args.explain else []
    explained = matcher.explain(question)[:8] if args.explain else []
    situation = matcher.situation(question) if args.explain else None
    if args.json:
        reply: dict[str, object] = {
            "decision": result.decision.value,
            "language": locale,
            "matches": [
                {"id": m.entry.id, "title": words.title(m.entry), "url": words.url(m.entry),
                 "confidence": round(m.confidence, 3)}
                for m in result.matches
            ],
        }
        if args.explain:  # in the JSON, so the output stays one valid document
            reply["explain"] = {
                "distress_signals": signals,
                "situation": situation,
                "ranked": [{"id": m.entry.id, "score": round(m.confidence, 3),
                            "phrases": phrases} for m, phrases in explained],
            }
        print(json.dumps(reply, ensure_ascii=False))
        return EXIT_OK
    if args.explain:
        for signal in signals:
            print(f"  !!   {signal}")
        if situation is not None:
            print(f"  situation: {situation}")
        for match, phrases in explained:
            print(f"{match.confidence:5.2f}  {match.entry.id:<30} {' | '.join(phrases)}")
        print()
    print(plain_reply.render(result, catalog, empty_question=not question_text(question),
                             words=words))
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.cli import evaluate
    from bot.engine.matcher import Matcher

    catalog = _catalog_or_exit(args.catalog)
    try:
        items = evaluate.load_items(args.file)
    except evaluate.EvalFileError as exc:
        print(f"safeguards-bot eval: {exc}", file=sys.stderr)
        return EXIT_USAGE
    # An id the catalog does not have can never be matched: that is a mistake in the file (or
    # an entry renamed since), not a miss of the bot's.
    unknown = evaluate.unknown_ids(items, catalog)
    if unknown:
        print(f"safeguards-bot eval: {args.file}: expected id(s) not in the catalog: "
              f"{', '.join(unknown)}", file=sys.stderr)
        return EXIT_USAGE
    matcher = Matcher(catalog, learned=not args.without_models)
    outcomes = evaluate.run(matcher, items)
    summary = evaluate.summarize(outcomes)
    if args.json:
        print(json.dumps({"summary": summary, "items": [o.as_dict() for o in outcomes]},
                         ensure_ascii=False, indent=1))
    else:
        print(evaluate.format_report(summary, outcomes, show_misses=args.misses))
    # Gates for CI: each figure asked for must reach its floor.
    failed = [f"{name} {summary[key] if summary[key] is not None else 'n/a'} < {floor}"
              for name, key, floor in (("overall", "overall", args.min_overall),
                                       ("crisis recall", "crisis_recall", args.min_crisis_recall))
              if floor is not None and (summary[key] is None or summary[key] < floor)]
    if failed:
        print(f"safeguards-bot eval: below the floor: {'; '.join(failed)}", file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    path = resolve_path(args.path or args.catalog)
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
    beyond = catalog.crisis.distress_other_languages
    beyond_phrases = sum(len(v) for by_speaker in beyond.values() for v in by_speaker.values())
    print(f"{path}: OK: {articles} articles, {len(catalog.entries) - articles} resources, "
          f"{phrases} phrases, {distress} distress phrases in "
          f"{len(catalog.crisis.distress)} languages"
          + (f" and {beyond_phrases} in {len(beyond)} languages beyond the Help Center's"
             if beyond else "") + ".")
    _note_calm_phrases_read_as_distress(catalog)
    return EXIT_OK


def _note_calm_phrases_read_as_distress(catalog: Catalog, shown: int = 5) -> None:
    """Topic phrases the distress check reads as a crisis: a question worded like one of them
    ("how does claude respond to self harm") would get a crisis reply, and, if confident, an
    escalation notice. A note for the maintainer (a distress phrase too broad, a reading the
    rules lack, or a new phrase the model has not learned as calm), never a failure.

    The model is asked too: it learns the catalog's phrases as calm only when it is retrained
    (scripts/train_distress_model.py --refresh-calm), so a phrase added since may read to it as
    distress, and only this note tells."""
    from bot.engine import distress_model
    from bot.engine.crisis import CrisisDetector, CrisisLevel

    try:
        model = distress_model.shipped()
    except CatalogError as exc:
        print("\n".join(exc.problems), file=sys.stderr)
        return
    detector = CrisisDetector(catalog.crisis, model=model)
    read = [(phrase, verdict.level)
            for phrase in dict.fromkeys(distress_model.calm_phrases(catalog))
            if (verdict := detector.assess(phrase)) is not None]
    if not read:
        return
    confident = sum(1 for _, level in read if level is CrisisLevel.CONFIDENT)
    print(f"Note: the distress check reads {len(read)} of the catalog's topic phrases as a crisis "
          f"({confident} confident): questions worded like them get a crisis reply.")
    for phrase, level in read[:shown]:
        print(f"  {level.value}: {phrase}")


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
    from bot.store.settings_paths import database_url

    if args.html:
        from bot.cli.report_html import run_html_report

        return run_html_report(args.db or database_url(), args.days, args.html,
                               catalog_path=args.catalog)
    return run_report(args.db or database_url(), args.days, args.json)


def cmd_drift(args: argparse.Namespace) -> int:
    from bot.cli.drift import run_drift

    return run_drift(args.source, _catalog_or_exit(args.catalog), json_output=args.json,
                     timeout=args.timeout)


def cmd_suggestions(args: argparse.Namespace) -> int:
    from bot.cli.suggestions import run_suggestions
    from bot.store.settings_paths import database_url

    return run_suggestions(args.db or database_url(), args.action, args.ids or (),
                           catalog_path=args.catalog, as_json=args.json, show_all=args.all)


def cmd_serve(args: argparse.Namespace) -> int:
    from bot.server import serve

    if args.health_port is not None and args.http:
        print("safeguards-bot serve: --health-port is for Socket Mode; with --http, /healthz "
              "and /metrics are on --port", file=sys.stderr)
        return EXIT_USAGE
    return serve.run(http=args.http, host=args.host, port=args.port, catalog_path=args.catalog,
                     health_port=args.health_port)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="safeguards-bot",
        description="Answer safety questions with the right Claude Help Center Safeguards article.",
    )
    catalog_help = "catalog file (default: $SAFEGUARDS_CATALOG or the catalog shipped with the bot)"
    parser.add_argument("--catalog", metavar="PATH", help=catalog_help)
    parser.add_argument("--version", action="version",
                        version=f"safeguards-bot {_package_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                parser_class=_Parser)
    # --catalog after the subcommand too ("safeguards-bot check --catalog x" is how people type
    # it); SUPPRESS keeps a value given before the subcommand when none is given after.
    with_catalog = _Parser(add_help=False)
    with_catalog.add_argument("--catalog", metavar="PATH", default=argparse.SUPPRESS,
                              help=catalog_help)

    ask = sub.add_parser("ask", parents=[with_catalog],
                         help="print the reply a user would get, offline")
    ask.add_argument("question", nargs="*", help="the question, in your own words")
    ask.add_argument("--json", action="store_true", help="decision and matches as JSON")
    ask.add_argument("--explain", action="store_true",
                     help="first list the best entries and the catalog phrases that matched")
    ask.add_argument("--lang", type=_locale_arg, metavar="LOCALE",
                     help="answer in this Help Center locale (en, fr, de, id, it, ja, ko, pt-BR, "
                          "ru, zh-CN, es, zh-TW) instead of the question's language")
    ask.set_defaults(func=cmd_ask)

    ev = sub.add_parser("eval", parents=[with_catalog],
                        help="score the matcher on an evaluation file")
    ev.add_argument("file", help="YAML list of {q, expect, tags}")
    ev.add_argument("--json", action="store_true", help="summary and every item as JSON")
    ev.add_argument("--misses", action="store_true", help="list the questions it got wrong")
    ev.add_argument("--without-models", action="store_true",
                    help="phrases and rules alone, without the distress and topic models "
                         "(to see what the models add)")
    ev.add_argument("--min-overall", type=_bounded(float, 0, 1), metavar="X",
                    help="exit 1 if overall accuracy is below X (0-1), for CI")
    ev.add_argument("--min-crisis-recall", type=_bounded(float, 0, 1),
                    metavar="X", help="exit 1 if crisis recall is below X (0-1), for CI")
    ev.set_defaults(func=cmd_eval)

    check = sub.add_parser("check", parents=[with_catalog], help="validate a catalog file")
    check.add_argument("path", nargs="?", help="catalog to check (default: the one in use)")
    check.set_defaults(func=cmd_check)

    bench = sub.add_parser("bench", parents=[with_catalog],
                           help="match latency on this catalog and a 10,000-entry one")
    bench.add_argument("--size", type=_bounded(int, 1, 1_000_000), default=10_000,
                       help="generated catalog size")
    bench.add_argument("--rounds", type=_bounded(int, 1, 100_000), default=200,
                       help="passes over the sample questions")
    bench.add_argument("--json", action="store_true")
    bench.set_defaults(func=cmd_bench)

    report = sub.add_parser("report", help="what people asked and how the bot did (question log)")
    report.add_argument("--days", type=_bounded(int, 1, 36_500), default=30,
                        help="how far back (default 30)")
    report.add_argument("--db", metavar="PATH_OR_URL",
                        help="the database: a SQLite file or a postgresql:// URL (default: "
                             "$SAFEGUARDS_DATABASE_URL, $SAFEGUARDS_DB or "
                             "./safeguards-bot.sqlite3)")
    report.add_argument("--json", action="store_true", help="the figures as JSON")
    report.add_argument("--html", metavar="FILE",
                        help="write one self-contained page with charts to FILE instead")
    report.set_defaults(func=cmd_report)

    drift = sub.add_parser("drift", parents=[with_catalog],
                           help="compare the catalog with the Help Center's collection page")
    drift.add_argument("source", help="the collection page: a file or an http(s) URL, as HTML "
                                      "or Markdown")
    drift.add_argument("--json", action="store_true", help="the changes as JSON")
    drift.add_argument("--timeout", type=_bounded(float, 0.1, 300), default=10.0,
                       metavar="SECONDS", help="for a URL (default 10)")
    drift.set_defaults(func=cmd_drift)

    suggestions = sub.add_parser("suggestions", parents=[with_catalog],
                                 help="maintainers' suggestions from Slack; 'apply' adds them "
                                      "to the catalog")
    suggestions.add_argument("action", nargs="?", choices=["apply"],
                             help="apply: turn suggestions into catalog phrases (after check)")
    suggestions.add_argument("ids", nargs="*", type=int, metavar="ID",
                             help="the suggestions to apply (default: every open one)")
    suggestions.add_argument("--db", metavar="PATH_OR_URL",
                             help="the database (default as for report)")
    suggestions.add_argument("--json", action="store_true", help="the list as JSON")
    suggestions.add_argument("--all", action="store_true", help="list applied ones too")
    suggestions.set_defaults(func=cmd_suggestions)

    serve = sub.add_parser("serve", parents=[with_catalog],
                           help="run the Slack app (Socket Mode, or HTTP with --http)")
    serve.add_argument("--http", action="store_true", help="serve Slack's HTTP requests")
    serve.add_argument("--host", default="0.0.0.0", help="HTTP bind address (default 0.0.0.0)")
    serve.add_argument("--port", type=_bounded(int, 0, 65_535), default=3000,
                       help="HTTP port (default 3000; 0: any free port)")
    serve.add_argument("--health-port", type=_bounded(int, 0, 65_535), metavar="PORT",
                       help="Socket Mode: serve /healthz and /metrics on this port")
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
