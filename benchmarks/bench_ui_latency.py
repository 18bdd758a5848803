"""How responsive the window stays while the Train tab trains, and what the window costs in speed.

Runs the real Train tab (offscreen, 1280×800) on the bundled MNIST MLP for a fixed number of
epochs while a 10 ms QTimer in the GUI thread records how late each tick arrives:
lateness = (t_k − t_(k−1)) − 10 ms. Then trains the same network with the same TrainConfig
headless, through nnlab's Trainer in this thread, and compares the training throughput
(samples/s over training time, as the trainer reports it in ``Finished``; evaluation excluded in
both). App and headless runs alternate. The peak RSS is the largest resident set sampled while
the tab trained (the whole app: Qt, pyqtgraph, the uint8 dataset, the network).

    python benchmarks/bench_ui_latency.py [--epochs 3] [--repeats 3] [--json]

Prints lateness p50/p99/max, app and headless samples/s and their ratio, and the peak RSS; with
``--json`` one JSON object with late_p50_ms, late_p99_ms, late_max_ms, app_samples_per_s,
headless_samples_per_s (medians over the repeats), plus ratio (the median of the runs' app /
headless ratios), peak_rss_mb and the individual runs.
Targets (design): p99 ≤ 20 ms, max ≤ 50 ms, app ≥ 0.85 × headless, peak RSS ≤ 400 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TICK_MS = 10


def peak_rss_mb() -> float:
    """The process's peak resident set so far (ru_maxrss: kilobytes on Linux, bytes on macOS)."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 / (1024 if sys.platform == "darwin" else 1)


def rss_mb() -> float | None:
    """The current resident set (Linux /proc), or None where unavailable."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 1024**2


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def isolate_settings() -> None:
    """The tab remembers its settings (QSettings): keep the benchmark's out of the user's."""
    import tempfile

    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())


def run_app(epochs: int, seed: int) -> dict:
    """One run in the real tab; returns lateness samples (ms) and the trainer's samples/s."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from nnlab import NetworkSpec
    from nnlab.paths import resource as res
    from ui.context import AppContext
    from ui.training import TrainTab

    app = QApplication.instance() or QApplication([])
    isolate_settings()
    context = AppContext()
    context.set_spec(NetworkSpec.from_json(res("specs", "mnist_mlp.nnlab.json")))
    window = QMainWindow()
    tab = TrainTab(context)
    window.setCentralWidget(tab)
    window.resize(1280, 800)
    context.statusMessage.connect(window.statusBar().showMessage)
    window.show()
    controls = tab.controls
    controls.set_dataset_folder(None)
    controls.set_optimizer("adam", 0.001)
    controls.epochs_spin.setValue(epochs)
    controls.batch_spin.setValue(100)
    controls.subset_spin.setValue(0)
    controls.seed_spin.setValue(seed)
    controls.augment_check.setChecked(False)
    controls.decay_spin.setValue(0.0)
    controls.init_combo.setCurrentIndex(0)

    late: list[float] = []
    last = [0.0]
    rss = [rss_mb() or 0.0]

    def tick() -> None:
        now = time.perf_counter()
        if last[0]:
            late.append(max(0.0, (now - last[0]) * 1000 - TICK_MS))
        last[0] = now
        if len(late) % 10 == 0:  # a few reads a second of /proc are cheap enough
            rss[0] = max(rss[0], rss_mb() or 0.0)

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    tab.trainingEnded.connect(lambda _outcome: loop.quit())
    settings = controls.settings()
    app.processEvents()
    timer.start()
    if not tab.start():
        raise SystemExit("the Train tab refused to start: " + tab.banner.message())
    loop.exec()
    timer.stop()
    finished = tab.last_finished
    tab.shutdown()
    window.close()
    window.deleteLater()
    app.processEvents()
    if finished is None:
        raise SystemExit("the run did not finish")
    return {"late": late, "samples_per_s": finished.samples_per_s, "config": settings.config,
            "test_acc": finished.test_acc, "rss_mb": rss[0]}


def run_headless(config, seed: int) -> float:
    from nnlab import Network, NetworkSpec
    from nnlab.paths import resource as res
    from nnlab.trainer import Finished, Trainer
    from ui.training.worker import DatasetCache

    spec = NetworkSpec.from_json(res("specs", "mnist_mlp.nnlab.json"))
    net = Network(spec, seed=seed, dtype="float32")
    train, test = DatasetCache.get(None)
    rate = float("nan")
    for event in Trainer(net, train, test, config).run():
        if isinstance(event, Finished):
            rate = event.samples_per_s
    return rate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from ui.training.worker import DatasetCache

    DatasetCache.get(None)  # both sides start with the data in memory
    # App and headless runs alternate, so that a change in the machine's load hits both.
    per_run = []
    for _ in range(args.repeats):
        run = run_app(args.epochs, args.seed)
        rate = run_headless(run["config"], args.seed)
        late = run["late"]
        per_run.append({"late_p50_ms": percentile(late, 50), "late_p99_ms": percentile(late, 99),
                        "late_max_ms": max(late) if late else float("nan"), "ticks": len(late),
                        "app_samples_per_s": run["samples_per_s"],
                        "headless_samples_per_s": rate,
                        "ratio": run["samples_per_s"] / rate, "test_acc": run["test_acc"],
                        "app_rss_mb": run["rss_mb"]})
    result = {key: statistics.median(r[key] for r in per_run)
              for key in ("late_p50_ms", "late_p99_ms", "late_max_ms", "app_samples_per_s",
                          "headless_samples_per_s", "ratio")}
    # The app's peak: sampled while the tab trained (ru_maxrss would include the headless runs).
    rss = max(r["app_rss_mb"] for r in per_run) or peak_rss_mb()
    result["peak_rss_mb"] = rss
    result["epochs"] = args.epochs
    result["runs"] = per_run
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"Train tab, MNIST MLP, {args.epochs} epochs, median of {args.repeats} run(s):")
    print(f"  GUI timer lateness  p50 {result['late_p50_ms']:.2f} ms   p99 "
          f"{result['late_p99_ms']:.2f} ms   max {result['late_max_ms']:.2f} ms"
          "   (targets: p99 ≤ 20, max ≤ 50)")
    print(f"  training speed      app {result['app_samples_per_s']:,.0f} samples/s   headless "
          f"{result['headless_samples_per_s']:,.0f} samples/s   ratio {result['ratio']:.2f}"
          " (median of the runs' ratios; target ≥ 0.85)")
    print(f"  peak RSS            {rss:.0f} MB   (target ≤ 400 MB)")
    for k, r in enumerate(per_run, 1):
        print(f"  run {k}: p50 {r['late_p50_ms']:.2f}  p99 {r['late_p99_ms']:.2f}  max "
              f"{r['late_max_ms']:.2f} ms  app {r['app_samples_per_s']:,.0f}  headless "
              f"{r['headless_samples_per_s']:,.0f}  ratio {r['ratio']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
