"""Background jobs: own connection, results and failures back on the main thread."""

import threading

from desktop.domain.errors import DomainError
from desktop.ui.workers import run_in_background


def test_op_runs_off_the_ui_thread_and_the_result_comes_back_on_it(qtbot, ui_ctx) -> None:
    main = threading.get_ident()
    seen: dict[str, object] = {}

    def op(db):
        seen["op_thread"] = threading.get_ident()
        seen["conn"] = db.conn
        return db.conn.execute("SELECT count(*) FROM cases").fetchone()[0]

    def success(result):
        seen["callback_thread"] = threading.get_ident()
        seen["result"] = result

    run_in_background(None, op=op, on_success=success, db_path=ui_ctx.path)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 600
    assert seen["op_thread"] != main
    assert seen["callback_thread"] == main
    assert seen["conn"] is not ui_ctx.db.conn


def test_failures_reach_on_failure_on_the_main_thread(qtbot, ui_ctx) -> None:
    failures: list[tuple[BaseException, int]] = []

    def op(db):
        raise DomainError("nope")

    run_in_background(
        None,
        op=op,
        on_success=lambda _: None,
        on_failure=lambda exc: failures.append((exc, threading.get_ident())),
        db_path=ui_ctx.path,
    )
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5000)
    exc, thread = failures[0]
    assert isinstance(exc, DomainError) and str(exc) == "nope"
    assert thread == threading.get_ident()


def test_progress_is_reported_in_order(qtbot) -> None:
    go = threading.Event()
    done: list[str] = []
    steps: list[str] = []

    def op(report):
        go.wait(5)
        for i in range(3):
            report(i, 3, f"step {i}")
        return "ok"

    signals = run_in_background(
        None, op=op, on_success=done.append, progress_label="Working", show_after_ms=0
    )
    signals.progress.connect(lambda _d, _t, label: steps.append(label))
    go.set()
    qtbot.waitUntil(lambda: done == ["ok"], timeout=5000)
    assert steps == ["step 0", "step 1", "step 2"]
