"""UI test fixtures: every test must leave no QThread running."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QThread

from ui import theme


@pytest.fixture(scope="session", autouse=True)
def styled_app(qapp):
    """The application style sheet, as ui/app.py installs it, for every UI test."""
    theme.install(qapp)
    return qapp


@pytest.fixture
def context():
    """The app's shared state with the MNIST MLP as the design (what the Train tab trains)."""
    from nnlab import NetworkSpec
    from nnlab.paths import resource
    from ui.context import AppContext

    ctx = AppContext()
    ctx.set_spec(NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json")))
    return ctx


@pytest.fixture(autouse=True)
def english():
    """Every UI test starts in English and leaves English behind, whatever it switched to."""
    from ui.i18n import set_language

    set_language("en")
    yield
    set_language("en")


@pytest.fixture(autouse=True)
def no_dangling_threads(qapp):
    """Fail a test that leaves a QThread running (closing a window must stop its workers)."""
    yield
    gc.collect()
    running = [
        obj for obj in gc.get_objects()
        if isinstance(obj, QThread) and _alive(obj) and obj.isRunning()
    ]
    for thread in running:  # do not let one test's leak crash the next
        thread.quit()
        thread.wait(5000)
    assert not running, f"{len(running)} QThread(s) still running after the test"


def _alive(obj) -> bool:
    try:
        import shiboken6

        return shiboken6.isValid(obj)
    except Exception:
        return False


# ---- the Draw tab (test_draw_tab.py, test_my_digits_panel.py) ----------------------------------

@pytest.fixture(scope="session")
def model_path(tmp_path_factory):
    """The bundled model, or (in a checkout without it) a 784-100-10 trained for two epochs."""
    import numpy as np

    from nnlab import Network, NetworkSpec, load_mnist
    from nnlab.optimizers import Adam
    from nnlab.paths import resource

    bundled = resource("models", "mnist_default.npz")
    if bundled.is_file():
        return bundled
    (x, t), (x_test, t_test) = load_mnist()
    net = Network(NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json")), seed=0)
    optimizer = Adam(lr=0.001)
    rng = np.random.default_rng(0)
    for _epoch in range(2):
        order = rng.permutation(len(x))
        for start in range(0, len(x), 100):
            batch = order[start:start + 100]
            optimizer.update(net.params, net.gradient(x[batch], t[batch]))
    path = tmp_path_factory.mktemp("model") / "mnist_test_model.npz"
    net.save(path, meta={"dataset": "mnist", "epochs": 2, "test_acc": net.accuracy(x_test, t_test)})
    return path


@pytest.fixture
def tab(qtbot, model_path):
    """A shown Draw tab with ``model_path`` open (test modules may define their own ``tab``)."""
    from ui.context import AppContext
    from ui.draw.draw_tab import DrawTab

    widget = DrawTab(AppContext())
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.open_model_file(model_path)
    widget.activateWindow()
    widget.canvas.setFocus()
    return widget
