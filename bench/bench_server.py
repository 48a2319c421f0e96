"""The main views and the planning checks on PostgreSQL against SQLite, on the same large programme.

    python bench/bench_server.py [--repeat 5] [--keep]

The large synthetic database (bench.common.large_database: 5,000 events, 100,000 people,
300,000 registrations) is copied with `db copy` into a throw-away database on the server named
by PLANNER_BENCH_POSTGRES_URL or PLANNER_TEST_POSTGRES_URL; each view's data is then loaded from
both, in a fresh read session each time, as the GUI's worker does. Ratio = PostgreSQL / SQLite
(above 1: the server is slower). Then the same views for an organiser subject to row-level
security against the owner. Without a server URL it says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, func, select  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from bench.common import large_database, median_of, report  # noqa: E402
from planner.store import agenda, queries  # noqa: E402
from planner.store.copy import copy_database  # noqa: E402
from planner.store.database import Database, open_database  # noqa: E402
from planner.store.models import Registration  # noqa: E402

View = Callable[[Session], Any]


def biggest_event(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(
            select(Registration.event_id).group_by(Registration.event_id)
            .order_by(func.count().desc(), Registration.event_id).limit(1)).scalar_one())


def views(event_id: int) -> dict[str, View]:
    """What the main window loads: each list view's rows, a page of people, one event's list."""
    return {
        "events view (list_events)": lambda s: queries.list_events(s),
        "delegations view (list_delegations)": lambda s: queries.list_delegations(s),
        "people view, first page + count": lambda s: (
            queries.list_people(s, limit=200), queries.count_people(s)),
        "people view, search 'chan' page + count": lambda s: (
            queries.list_people(s, text="chan", limit=200), queries.count_people(s, text="chan")),
        "people view, search '陳' sorted by name": lambda s: queries.list_people(
            s, text="陳", order="name_en", limit=200),
        "calendar month (agenda)": lambda s: agenda.agenda(s, date(2020, 5, 1),
                                                           date(2020, 5, 31)),
        f"registrations of the biggest event ({event_id})": lambda s: (
            queries.list_registrations(s, event_id), queries.registration_summary(s, event_id)),
    }


def timed(db: Database, view: View, repeat: int) -> float:
    def once() -> None:
        with db.read() as session:
            view(session)
    once()  # warm the caches of both engines alike
    return median_of(once, repeat)


def server_database(base: str) -> tuple[str, Callable[[], None]]:
    url = make_url(base).set(drivername="postgresql+psycopg")
    name = f"planner_bench_{os.getpid()}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()

    return url.set(database=name).render_as_string(hide_password=False), drop


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep the server database")
    args = parser.parse_args(argv)
    base = os.environ.get("PLANNER_BENCH_POSTGRES_URL") or \
        os.environ.get("PLANNER_TEST_POSTGRES_URL")
    if not base:
        print("no PostgreSQL server: set PLANNER_BENCH_POSTGRES_URL", file=sys.stderr)
        return 0
    sqlite = open_database(str(large_database()), upgrade=False)
    url, drop = server_database(base)
    try:
        open_database(url, upgrade=True).close()  # what `db upgrade` does
        server = open_database(url)
        started = time.perf_counter()
        copied = copy_database(sqlite, server)
        report("db copy SQLite -> PostgreSQL (rows per second)",
               copied.rows / (time.perf_counter() - started), unit="rows/s")
        main_views = views(biggest_event(sqlite))
        for name, view in main_views.items():
            report(f"server: {name}", timed(server, view, args.repeat),
                   timed(sqlite, view, args.repeat), note="PostgreSQL vs SQLite")
        run_checks(server, sqlite, max(2, args.repeat // 2))
        under_row_security(server, url, main_views, args.repeat)
        server.close()
    finally:
        sqlite.close()
        if args.keep:
            print(f"kept {url}", file=sys.stderr)
        else:
            drop()
    return 0


def under_row_security(server: Database, url: str, main_views: dict[str, View],
                       repeat: int) -> None:
    """The same views for an organiser without planner_sensitive (row-level security applies)
    against the owner, who bypasses it: the price of the policies."""
    from planner.store.server_roles import setup_roles

    login = f"planner_bench_{os.getpid()}"
    with server.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.exec_driver_sql(f'CREATE ROLE "{login}" LOGIN')
    try:
        setup_roles(server, organisers=[login])
        organiser = open_database(make_url(url).set(username=login).render_as_string(
            hide_password=False))
        try:
            for name, view in main_views.items():
                report(f"row-level security: {name}", timed(organiser, view, repeat),
                       timed(server, view, repeat), note="organiser vs owner")
        finally:
            organiser.close()
    finally:
        with server.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.exec_driver_sql(f'DROP OWNED BY "{login}"')
            conn.exec_driver_sql(f'DROP ROLE "{login}"')


def run_checks(server: Database, sqlite: Database, repeat: int) -> None:
    try:
        from planner.checks import run_checks as checks
    except ImportError:  # the planning checks are not in this build
        return
    report("server: planning checks, whole programme",
           timed(server, lambda s: checks(s, locale="en"), repeat),
           timed(sqlite, lambda s: checks(s, locale="en"), repeat), note="PostgreSQL vs SQLite")


if __name__ == "__main__":
    raise SystemExit(main())
