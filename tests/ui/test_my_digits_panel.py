"""My digits in the Draw tab: labelled drawings kept on disk, exported and imported as IDX, the
confusion matrix and misread digits, and a damaged saved set salvaged with a message."""

from __future__ import annotations

import numpy as np
from drawn_digits import DIGITS, Placement, draw_digit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnlab.data.mnist import read_idx
from ui.draw.my_digits import MyDigitsPanel, my_digits_folder
from ui.i18n import set_language


def test_labelled_drawings_are_kept_exported_and_imported_as_idx(tab, qtbot, tmp_path):
    panel = tab.my_digits
    assert panel.folder == my_digits_folder() and len(panel.digits) == 0
    assert not panel.label_buttons[0].isEnabled()  # nothing drawn yet
    drawn = [(1, 0), (7, 0), (0, 1), (7, 2)]
    for digit, variant in drawn:
        draw_digit(tab.canvas, DIGITS[digit][variant], Placement(size=0.6))
        expected = np.rint(tab.steps.centred * 255).astype(np.uint8)
        qtbot.mouseClick(panel.label_buttons[digit], Qt.MouseButton.LeftButton)
        np.testing.assert_array_equal(panel.digits.images[-1], expected)
        assert tab.canvas.is_blank()  # cleared for the next one
    assert panel.digits.labels.tolist() == [d for d, _ in drawn]
    assert panel.evaluation is not None and panel.evaluation.total == 4
    assert "of 4" in panel.result_label.text()

    # Kept on disk: a new panel (a restart) finds the same set.
    again = MyDigitsPanel()
    qtbot.addWidget(again)
    np.testing.assert_array_equal(again.digits.images, panel.digits.images)

    images_path, labels_path = panel.export_to(tmp_path)
    assert images_path.name == "t10k-images-idx3-ubyte"
    np.testing.assert_array_equal(read_idx(images_path), panel.digits.images)
    np.testing.assert_array_equal(read_idx(labels_path), panel.digits.labels)

    (tmp_path / "gz").mkdir()
    gz_images, gz_labels = panel.export_to(tmp_path / "gz", compress=True)
    assert gz_images.name == "t10k-images-idx3-ubyte.gz"
    assert gz_images.read_bytes()[:2] == b"\x1f\x8b"
    np.testing.assert_array_equal(read_idx(gz_images), panel.digits.images)
    np.testing.assert_array_equal(read_idx(gz_labels), panel.digits.labels)

    saved_images, saved_labels = panel.digits.images.copy(), panel.digits.labels.copy()
    panel.clear_set()
    assert len(panel.digits) == 0
    assert panel.import_from(images_path)  # the labels file is found by its MNIST name
    np.testing.assert_array_equal(panel.digits.images, saved_images)
    np.testing.assert_array_equal(panel.digits.labels, saved_labels)
    assert panel.import_from(gz_images)  # imports add to the set
    assert panel.digits.labels.tolist() == 2 * saved_labels.tolist()


def test_a_corrupt_import_keeps_the_current_set(tab, qtbot, tmp_path):
    panel = tab.my_digits
    draw_digit(tab.canvas, DIGITS[1][0], Placement())
    qtbot.mouseClick(panel.label_buttons[1], Qt.MouseButton.LeftButton)
    before = panel.digits.images.copy()
    (tmp_path / "t10k-images-idx3-ubyte").write_bytes(b"\x00\x00\x08\x03garbage")
    (tmp_path / "t10k-labels-idx1-ubyte").write_bytes(b"\x00\x00\x08\x01\x00\x00\x00\x01\x07")
    assert not panel.import_from(tmp_path / "t10k-images-idx3-ubyte")
    assert "t10k-images-idx3-ubyte" in panel.notice_label.text()
    np.testing.assert_array_equal(panel.digits.images, before)
    assert len(panel.digits) == 1


def test_misread_digits_are_listed_with_their_guess(tab, qtbot):
    panel = tab.my_digits
    draw_digit(tab.canvas, DIGITS[0][0], Placement())
    qtbot.mouseClick(panel.label_buttons[6], Qt.MouseButton.LeftButton)  # a "0" labelled 6
    assert panel.evaluation.correct == 0
    assert panel.evaluation.confusion[6, 0] == 1
    assert panel.misread.count() == 1 and panel.misread.item(0).text() == "6 → 0"


def test_an_unreadable_saved_set_is_kept_aside(qtbot):
    folder = my_digits_folder()
    folder.mkdir(parents=True)
    (folder / "t10k-images-idx3-ubyte").write_bytes(b"junk")
    (folder / "t10k-labels-idx1-ubyte").write_bytes(b"junk")
    panel = MyDigitsPanel()
    qtbot.addWidget(panel)
    assert len(panel.digits) == 0
    assert (folder / "t10k-images-idx3-ubyte.bad").exists()
    assert panel.notice_label.text()


def test_a_damaged_set_keeps_the_digits_it_can_and_the_tab_says_so(qtbot):
    """The old data-loss path: the labels write failed after the images were written."""
    from nnlab.data.idx_write import write_idx

    folder = my_digits_folder()
    folder.mkdir(parents=True)
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (12, 28, 28), dtype=np.uint8)
    labels = rng.integers(0, 10, 12, dtype=np.uint8)
    write_idx(folder / "t10k-images-idx3-ubyte", images)
    write_idx(folder / "t10k-labels-idx1-ubyte", labels[:11])
    panel = MyDigitsPanel()
    qtbot.addWidget(panel)
    panel.show()
    np.testing.assert_array_equal(panel.digits.images, images[:11])
    assert panel.notice_label.isVisible()
    assert "11 of 12 could be read and were kept" in panel.notice_label.text()
    assert "11 digits in your set" in panel.count_label.text()
    set_language("ja")
    QApplication.processEvents()  # LanguageChange reaches the widgets as posted events
    try:
        assert "12 個中 11 個" in panel.notice_label.text()
    finally:
        set_language("en")
        QApplication.processEvents()
    again = MyDigitsPanel()  # the next start finds the salvaged set, stored whole
    qtbot.addWidget(again)
    assert len(again.digits) == 11 and again.recovery is None and not again.notice_label.text()
