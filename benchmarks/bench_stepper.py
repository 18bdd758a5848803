"""How fast the step-through view steps a network (784-100-10, or --spec) with one MNIST image.

    python benchmarks/bench_stepper.py [--passes 10] [--spec resources/specs/simple_convnet.nnlab.json] [--json]

Prints the median time per step of the engine (``Stepper.forward_step``/``backward_step``, which
replays the pass from its state) and per redraw of the view (``StepView.refresh``, the layout
passes it triggers, and a synchronous repaint of the whole 1280×800 window, offscreen), and of a
whole step as the learner sees it (the Step action to pixels). The target is ≤ 50 ms each, so
stepping feels instant.
With ``--json``: one object {"step_ms_p50", "redraw_ms_p50", "view_step_ms_p50", …}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_MS = 50.0


def _pass(stepper, timings: list[float]) -> None:
    """One forward and backward pass, timing every step."""
    from nnlab.stepper import Phase

    while stepper.position.phase == Phase.FORWARD:
        t0 = time.perf_counter()
        stepper.forward_step()
        timings.append((time.perf_counter() - t0) * 1000)
    while stepper.position.phase == Phase.BACKWARD:
        t0 = time.perf_counter()
        stepper.backward_step()
        timings.append((time.perf_counter() - t0) * 1000)


def settle(app) -> None:
    """Run the layout passes a redraw posted (they climb the widget tree one level per pass), as
    the event loop would before painting; the paint itself is the ``repaint`` that follows."""
    from PySide6.QtCore import QEvent

    for _ in range(4):
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=10, help="passes to time (default 10)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--spec", type=Path, help="design to step (default: the MNIST MLP); "
                        "SimpleConvNet: resources/specs/simple_convnet.nnlab.json")
    args = parser.parse_args(argv)

    from nnlab import Network, NetworkSpec, Stepper, load_mnist
    from nnlab.paths import resource
    from nnlab.stepper import Phase

    (_, _), (x_test, t_test) = load_mnist()
    spec = NetworkSpec.from_json(args.spec or resource("specs", "mnist_mlp.nnlab.json"))
    net = Network(spec, seed=0, dtype="float64")
    x, t = x_test[0].reshape(net.input_shape), t_test[0]

    engine: list[float] = []
    stepper = Stepper(net, x, t)
    for _ in range(args.passes):
        _pass(stepper, engine)
        stepper.reset()

    from PySide6.QtWidgets import QApplication

    from ui.stepview.step_view import StepView

    app = QApplication.instance() or QApplication([])
    view = StepView()
    view.resize(1280, 800)
    view.show()
    view.set_session(net, x, t)
    app.processEvents()

    redraw: list[float] = []
    whole: list[float] = []
    parts: dict[str, list[float]] = {"refresh": [], "layout": [], "paint": []}
    s = view.stepper
    for i in range(2 * args.passes):
        while s.position.phase in (Phase.FORWARD, Phase.BACKWARD):
            forward = s.position.phase == Phase.FORWARD
            if i % 2 == 0:  # as the learner sees it: the button's action, then the pixels
                t0 = time.perf_counter()
                view.step_forward() if forward else view.step_backward()
                settle(app)
                view.repaint()
                whole.append((time.perf_counter() - t0) * 1000)
            else:  # the view's share: the engine steps, then the view redraws the new record
                s.forward_step() if forward else s.backward_step()
                t0 = time.perf_counter()
                view.refresh()
                t1 = time.perf_counter()
                settle(app)
                t2 = time.perf_counter()
                view.repaint()
                t3 = time.perf_counter()
                redraw.append((t3 - t0) * 1000)
                parts["refresh"].append((t1 - t0) * 1000)
                parts["layout"].append((t2 - t1) * 1000)
                parts["paint"].append((t3 - t2) * 1000)
        view.reset()
        app.processEvents()
    view.shutdown()

    result = {
        "network": f"{spec.name}: " + ", ".join(layer.type for layer in spec.layers) + ", float64",
        "sample": "one MNIST test image",
        "steps_timed": len(engine),
        "step_ms_p50": round(statistics.median(engine), 3),
        "step_ms_max": round(max(engine), 3),
        "redraw_ms_p50": round(statistics.median(redraw), 3),
        "redraw_ms_max": round(max(redraw), 3),
        "view_step_ms_p50": round(statistics.median(whole), 3),
        **{f"redraw_{k}_ms_p50": round(statistics.median(v), 3) for k, v in parts.items()},
        "target_ms": TARGET_MS,
    }
    result["within_target"] = (result["step_ms_p50"] <= TARGET_MS
                               and result["redraw_ms_p50"] <= TARGET_MS)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"network  {result['network']}, {result['sample']}")
        print(f"engine   {result['step_ms_p50']:8.2f} ms per step (median of {len(engine)}; "
              f"max {result['step_ms_max']:.2f})")
        print(f"redraw   {result['redraw_ms_p50']:8.2f} ms per redraw, 1280×800 offscreen "
              f"(max {result['redraw_ms_max']:.2f})")
        print("         = " + " + ".join(f"{k} {result[f'redraw_{k}_ms_p50']:.2f}" for k in parts))
        print(f"together {result['view_step_ms_p50']:8.2f} ms from Step to pixels")
        verdict = "met" if result["within_target"] else "MISSED"
        print(f"target   ≤ {TARGET_MS:.0f} ms each: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
