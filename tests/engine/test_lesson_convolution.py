"""Lesson 15's numbers (the book's chapter 7), each computed by the engine's layers."""

import numpy as np
import pytest

from nnlab.lessons import convolution as c


def test_the_books_convolution():
    np.testing.assert_array_equal(c.convolve(), [[15, 16], [6, 15]])


def test_with_bias_3():
    np.testing.assert_array_equal(c.convolve(bias=c.BOOK_BIAS), [[18, 19], [9, 18]])


def test_with_padding_1():
    np.testing.assert_array_equal(c.convolve(pad=1), [[7, 12, 10, 2], [4, 15, 16, 10],
                                                      [10, 6, 15, 6], [8, 10, 4, 3]])


def test_stride_2_over_figure_7_7s_input():
    out = c.convolve(c.STRIDE_INPUT, stride=2)
    assert out.shape == (3, 3)
    np.testing.assert_array_equal(out[0, :2], [15, 17])
    assert c.output_size(7, 3, stride=2).text == "(7 + 2·0 − 3) / 2 + 1 = 3"


def test_a_stride_that_does_not_fit_is_refused_in_both_languages():
    with pytest.raises(ValueError) as e:
        c.convolve(stride=2)
    en, ja = e.value.args
    assert "1.5" in en and "整数" in ja


@pytest.mark.parametrize("h,fh,s,p,value,whole", [(4, 3, 1, 0, 2, True), (4, 3, 1, 1, 4, True),
                                                  (28, 5, 1, 0, 24, True), (28, 5, 2, 0, 12.5, False),
                                                  (3, 5, 1, 0, -1, False)])
def test_output_size_formula(h, fh, s, p, value, whole):
    size = c.output_size(h, fh, s, p)
    assert size.value == value and size.whole is whole


def test_im2col_shapes():
    assert c.im2col_shape(1, 3, 7, 5) == (9, 75)
    assert c.im2col_shape(10, 3, 7, 5) == (90, 75)


def test_max_pooling():
    out, arg_max = c.max_pool()
    np.testing.assert_array_equal(out, [[2, 3], [4, 2]])
    np.testing.assert_array_equal(arg_max, [[1, 3], [3, 1]])
    assert c.pool_window_text(1, 0) == "max(3, 0, 2, 4) = 4"


def test_receptive_field_and_its_sum_of_products():
    field = c.receptive_field(0, 0)
    assert field.text == "1·2 + 2·0 + 3·1 + 0·0 + 1·1 + 2·2 + 3·1 + 0·0 + 1·2 = 15"
    assert field.value == 15 and field.products.sum() == 15
    assert field.cells() == [(i, j) for i in range(3) for j in range(3)]
    assert c.receptive_field(1, 0, bias=3).text.endswith("+ 3 = 9")
    padded = c.receptive_field(0, 0, pad=1)
    assert (padded.top, padded.left, padded.value) == (-1, -1, 7)
    assert padded.cells() == [(0, 0), (0, 1), (1, 0), (1, 1)]


def test_receptive_field_at_the_far_corner_with_padding():
    field = c.receptive_field(3, 3, pad=1)
    assert field.value == 3 and field.cells() == [(2, 2), (2, 3), (3, 2), (3, 3)]
