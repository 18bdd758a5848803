"""preprocess_digit: a drawing -> MNIST's 28×28 (crop, fit 20×20, centre the mass at (14, 14))."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PIL import Image

from nnlab.digits import (
    BOX,
    CENTRE,
    FIELD,
    DigitSteps,
    preprocess_digit,
    preprocess_digit_steps,
    read_image,
)

# Strokes in a unit box (x right, y down), as a learner would draw them.
SEVEN = [[(0.05, 0.05), (0.95, 0.05), (0.4, 1.0)]]
ZERO = [[(0.5 + 0.4 * np.sin(a), 0.5 - 0.5 * np.cos(a)) for a in np.linspace(0, 2 * np.pi, 40)]]
ONE = [[(0.5, 0.0), (0.5, 1.0)]]
DIGITS = {"7": SEVEN, "0": ZERO, "1": ONE}


def draw(strokes, top: float, left: float, size: float, pen: float,
         shape: tuple[int, int] = (280, 280)) -> np.ndarray:
    """Rasterise polylines scaled to ``size`` px at (top, left): a pen of width ``pen`` px with
    anti-aliased edges, value = clip(pen/2 + 0.5 − distance to the stroke, 0, 1). Float 0–1."""
    yy, xx = np.mgrid[0:shape[0], 0:shape[1]].astype(np.float64) + 0.5
    dist = np.full(shape, np.inf)
    for stroke in strokes:
        pts = np.array([(top + size * y, left + size * x) for x, y in stroke])
        for (y0, x0), (y1, x1) in itertools.pairwise(pts):
            dy, dx = y1 - y0, x1 - x0
            t = np.clip(((yy - y0) * dy + (xx - x0) * dx) / max(dy * dy + dx * dx, 1e-12), 0, 1)
            dist = np.minimum(dist, np.hypot(yy - (y0 + t * dy), xx - (x0 + t * dx)))
    return np.clip(pen / 2 + 0.5 - dist, 0, 1)


def as_uint8(canvas: np.ndarray) -> np.ndarray:
    return np.rint(canvas * 255).astype(np.uint8)


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    total = image.sum()
    rows, cols = np.indices(image.shape)
    return float((rows * image).sum() / total), float((cols * image).sum() / total)


def ink_extent(image: np.ndarray) -> tuple[int, int]:
    rows = np.flatnonzero(image.any(axis=1))
    cols = np.flatnonzero(image.any(axis=0))
    return int(rows[-1] - rows[0] + 1), int(cols[-1] - cols[0] + 1)


@pytest.mark.parametrize("digit", DIGITS)
def test_a_digit_in_a_corner_gives_the_same_image_as_one_in_the_middle(digit):
    # Same drawing, moved by a non-integer amount so that it is rasterised differently.
    corner = preprocess_digit(as_uint8(draw(DIGITS[digit], 6.3, 9.7, 120, 14)))
    middle = preprocess_digit(as_uint8(draw(DIGITS[digit], 80.6, 81.2, 120, 14)))
    assert np.abs(corner - middle).mean() < 0.02


@pytest.mark.parametrize("digit", DIGITS)
def test_output_is_mnist_shaped_with_its_mass_at_the_centre(digit):
    canvas = as_uint8(draw(DIGITS[digit], 30, 50, 200, 18))
    img = preprocess_digit(canvas)
    assert img.shape == (FIELD, FIELD) and img.dtype == np.float32
    assert img.min() >= 0 and img.max() <= 1
    # Sub-pixel centring: far tighter than the half pixel MNIST's rounded shift allowed, unless
    # the tip of a lopsided digit (this heavy-barred 7) is cut off at the border, as in MNIST.
    cy, cx = centre_of_mass(img)
    cut = img[[0, -1]].any() or img[:, [0, -1]].any()
    tolerance = 0.5 if cut else 0.01
    assert abs(cy - CENTRE) < tolerance and abs(cx - CENTRE) < tolerance
    assert cut == (digit == "7")
    # The longer side spans the 20-pixel box; anti-aliasing may touch one more pixel.
    height, width = ink_extent(img > 0)
    assert BOX <= max(height, width) <= BOX + 1
    assert min(height, width) <= BOX + 1


@pytest.mark.parametrize("digit", DIGITS)
def test_a_big_and_a_small_drawing_give_nearly_the_same_image(digit):
    big = preprocess_digit(draw(DIGITS[digit], 20, 30, 230, 24))
    small = preprocess_digit(draw(DIGITS[digit], 150, 170, 80, 24 * 80 / 230))
    assert np.abs(big - small).mean() < 0.02


def test_a_thin_tall_one_stays_a_thin_centred_line():
    steps = preprocess_digit_steps(as_uint8(draw(ONE, 20, 100, 240, 16)))
    # 16 px wide in 256 px tall, scaled by 20/256: about 1.25 px, never stretched to the box.
    assert steps.scaled.shape[0] == BOX and steps.scaled.shape[1] <= 2
    height, width = ink_extent(steps.centred > 0.05)
    assert height >= BOX and width <= 3
    cols = np.flatnonzero(steps.centred.sum(axis=0) > 0.05)
    assert cols.min() >= 12 and cols.max() <= 16


def test_steps_show_every_stage_and_match_preprocess_digit():
    canvas = as_uint8(draw(ZERO, 40, 60, 150, 14))
    steps = preprocess_digit_steps(canvas)
    assert isinstance(steps, DigitSteps)
    top, left, bottom, right = steps.bbox
    ink_rows = np.flatnonzero((canvas >= 26).any(axis=1))
    ink_cols = np.flatnonzero((canvas >= 26).any(axis=0))
    assert (top, bottom) == (ink_rows[0], ink_rows[-1] + 1)
    assert (left, right) == (ink_cols[0], ink_cols[-1] + 1)
    np.testing.assert_allclose(steps.cropped, canvas[top:bottom, left:right] / 255, atol=1e-6)
    assert max(steps.scaled.shape) == BOX
    assert steps.scale == pytest.approx(BOX / max(bottom - top, right - left))
    # The shift moves scaled's centre of mass onto the field's centre.
    before, after = np.array(steps.centre_of_mass_before), np.array(steps.centre_of_mass_after)
    np.testing.assert_allclose(before + steps.shift, CENTRE, atol=0.1)
    np.testing.assert_allclose(after, CENTRE, atol=0.01)
    np.testing.assert_allclose(after, centre_of_mass(steps.centred), atol=1e-6)
    # One code path: the function's result is the last stage.
    np.testing.assert_array_equal(preprocess_digit(canvas), steps.centred)
    # Mass is kept: the box filter averages, so total ink scales by s².
    assert steps.centred.sum() == pytest.approx(steps.cropped.sum() * steps.scale**2, rel=1e-3)


@pytest.mark.parametrize("shape", [(280, 280), (28, 28), (100, 37)])
def test_an_empty_canvas_or_a_speck_is_empty(shape):
    assert preprocess_digit(np.zeros(shape, np.uint8)) is None
    assert preprocess_digit_steps(np.zeros(shape)) is None
    speck = np.zeros(shape, np.uint8)
    speck[10, 20:22] = 255
    assert preprocess_digit(speck) is None
    # Faint smudges below the ink level are not ink either.
    assert preprocess_digit(np.full(shape, 0.05)) is None


def test_uint8_and_float_canvases_give_the_same_result():
    canvas = as_uint8(draw(ZERO, 50, 40, 170, 20))
    from_uint8 = preprocess_digit(canvas)
    np.testing.assert_allclose(preprocess_digit(canvas / 255.0), from_uint8, atol=1e-5)
    np.testing.assert_allclose(preprocess_digit((canvas / 255.0).astype(np.float32)), from_uint8,
                               atol=1e-5)


def test_non_square_canvases_work():
    wide = preprocess_digit(as_uint8(draw(SEVEN, 10, 300, 150, 14, shape=(180, 600))))
    tall = preprocess_digit(as_uint8(draw(SEVEN, 400, 5, 150, 14, shape=(640, 170))))
    square = preprocess_digit(as_uint8(draw(SEVEN, 60, 60, 150, 14)))
    assert np.abs(wide - square).mean() < 0.02
    assert np.abs(tall - square).mean() < 0.02


def test_an_mnist_sized_canvas_works_too():
    img = preprocess_digit(as_uint8(draw(ZERO, 3, 6, 21, 2.5, shape=(28, 28))))
    assert img is not None and img.shape == (FIELD, FIELD)
    cy, cx = centre_of_mass(img)
    assert abs(cy - CENTRE) < 0.01 and abs(cx - CENTRE) < 0.01


@pytest.mark.parametrize("bad", [np.zeros((28, 28, 3)), np.zeros(784), np.zeros((0, 5)),
                                 np.array([["a"]]), np.full((28, 28), np.nan)])
def test_bad_canvases_raise_a_clear_error(bad):
    with pytest.raises(ValueError) as info:
        preprocess_digit(bad)
    assert "canvas" in str(info.value).lower()
    assert "キャンバス" in info.value.ja


def test_read_image_turns_dark_ink_on_paper_into_bright_ink_on_dark(tmp_path):
    ink = draw(SEVEN, 20, 30, 120, 12, shape=(160, 180))
    paper = Image.fromarray(255 - as_uint8(ink)).convert("RGB")  # black ink on white paper
    path = tmp_path / "seven.png"
    paper.save(path)
    canvas = read_image(path)
    assert canvas.dtype == np.uint8 and canvas.shape == (160, 180)
    np.testing.assert_allclose(canvas, as_uint8(ink), atol=1)
    np.testing.assert_allclose(preprocess_digit(canvas), preprocess_digit(as_uint8(ink)), atol=0.01)


def test_read_image_keeps_bright_ink_and_composites_transparency_over_white(tmp_path):
    ink = as_uint8(draw(ONE, 10, 10, 60, 8, shape=(80, 80)))
    Image.fromarray(ink).save(tmp_path / "mnist_like.bmp")
    np.testing.assert_array_equal(read_image(tmp_path / "mnist_like.bmp"), ink)
    # Black ink drawn on a transparent layer: the transparent part is white paper.
    rgba = np.zeros((80, 80, 4), np.uint8)
    rgba[..., 3] = ink
    Image.fromarray(rgba, "RGBA").save(tmp_path / "layer.png")
    np.testing.assert_allclose(read_image(tmp_path / "layer.png"), ink, atol=1)


def test_white_ink_on_a_transparent_layer_reads_through_the_alpha_channel(tmp_path):
    """Paint programs export white strokes on transparency: over white paper they would vanish."""
    ink = as_uint8(draw(ONE, 10, 10, 60, 8, shape=(80, 80)))
    rgba = np.zeros((80, 80, 4), np.uint8)
    rgba[..., :3] = 255  # white everywhere; only the alpha channel says where the ink is
    rgba[..., 3] = ink
    Image.fromarray(rgba, "RGBA").save(tmp_path / "white.png")
    canvas = read_image(tmp_path / "white.png")
    np.testing.assert_allclose(canvas, ink, atol=1)
    assert preprocess_digit(canvas) is not None


def test_a_nan_tiff_says_why_it_cannot_be_read(tmp_path):
    values = np.zeros((40, 40), np.float32)
    values[5:9, 5:30] = np.nan
    Image.fromarray(values, "F").save(tmp_path / "nan.tiff")
    with pytest.raises(ValueError, match=r"100 NaN or infinite pixel values \(of 1,600\)") as info:
        read_image(tmp_path / "nan.tiff")
    assert "NaN" in info.value.ja


def test_a_huge_image_is_refused_in_one_line_before_it_is_decoded(tmp_path, recwarn):
    Image.new("1", (10_000, 10_000)).save(tmp_path / "huge.png")
    with pytest.raises(ValueError, match=r"10000×10000 = 100,000,000 pixels, more than the 25,000,000"):
        read_image(tmp_path / "huge.png")
    assert len(recwarn) == 0  # Pillow's multi-line DecompressionBombWarning is not shown
    # A big photo (35 megapixels) is a JPEG: decoded straight at half its size (8.75 megapixels).
    photo = Image.new("L", (7000, 5000), 230)
    photo.paste(0, (3000, 1000, 3800, 4000))  # a thick dark "1" on light paper
    photo.save(tmp_path / "photo.jpg", quality=80)
    canvas = read_image(tmp_path / "photo.jpg")
    assert canvas.shape == (2500, 3500) and preprocess_digit(canvas) is not None


def test_read_image_stretches_grey_paper_of_a_photo_to_black(tmp_path):
    ink = draw(ZERO, 15, 15, 60, 8, shape=(90, 90))
    photo = np.rint(190 - 150 * ink).astype(np.uint8)  # grey paper 190, dark grey ink 40
    Image.fromarray(photo).save(tmp_path / "photo.jpg", quality=95)
    canvas = read_image(tmp_path / "photo.jpg")
    assert np.median(canvas) < 5 and canvas.max() == 255
    np.testing.assert_allclose(preprocess_digit(canvas), preprocess_digit(ink), atol=0.1)


def test_a_photo_of_blank_paper_stays_empty(tmp_path):
    paper = np.random.default_rng(0).normal(180, 5, (120, 160))  # grey paper, sensor noise
    Image.fromarray(np.clip(paper, 0, 255).astype(np.uint8)).save(tmp_path / "blank.png")
    canvas = read_image(tmp_path / "blank.png")
    assert canvas.max() < 32
    assert preprocess_digit(canvas) is None


def test_read_image_names_the_file_it_cannot_read(tmp_path):
    not_image = tmp_path / "notes.png"
    not_image.write_text("this is not a picture")
    with pytest.raises(ValueError, match=r"notes\.png") as info:
        read_image(not_image)
    assert "notes.png" in info.value.ja
    with pytest.raises(ValueError, match=r"missing\.png"):
        read_image(tmp_path / "missing.png")
    (tmp_path / "folder.png").mkdir()
    with pytest.raises(ValueError, match=r"folder\.png"):
        read_image(tmp_path / "folder.png")


@pytest.fixture(scope="module")
def mnist_test_digits():
    from nnlab.data.mnist import load_mnist

    _, (x_test, _) = load_mnist(dtype="uint8", flatten=False)  # MNIST is bundled: never skip
    return x_test[:200, 0]


def bilinear_shift(image: np.ndarray, dy: float, dx: float) -> np.ndarray:
    """out(i, j) = image(i − dy, j − dx), linear between pixels, zero outside."""
    padded = np.pad(image, 2)
    for axis, d in ((0, dy), (1, dx)):
        whole = int(np.floor(d))
        f = d - whole
        padded = (1 - f) * np.roll(padded, whole, axis) + f * np.roll(padded, whole + 1, axis)
    return padded[2:-2, 2:-2]


def test_an_mnist_digit_upscaled_ten_times_comes_back_nearly_unchanged(mnist_test_digits):
    original_diffs, aligned_diffs = [], []
    for digit in mnist_test_digits:
        original = digit / 255.0
        img = preprocess_digit(np.kron(digit, np.ones((10, 10), np.uint8)))
        original_diffs.append(np.abs(img - original).mean())
        # MNIST rounded its shift to whole pixels (its centres of mass lie in 13.5–14.5); ours is
        # exact, so we get the original moved by that leftover fraction of a pixel.
        cy, cx = centre_of_mass(original)
        aligned = bilinear_shift(original, CENTRE - cy, CENTRE - cx)
        aligned_diffs.append(np.abs(img - aligned).mean())
    assert np.mean(original_diffs) < 0.04 and np.max(original_diffs) < 0.1
    assert np.mean(aligned_diffs) < 0.002 and np.max(aligned_diffs) < 0.02
