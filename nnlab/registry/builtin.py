"""The layer types NN Lab ships: one ``LayerType`` entry each, in the palette's order."""

from __future__ import annotations

import math

from .. import layers as L
from .base import (
    INITS,
    BookCode,
    LayerType,
    Option,
    Options,
    Shape,
    ShapeProblem,
    Text,
    fmt_shape,
    needs_flat,
)

#: How the designer names each initialisation, (en, ja).
INIT_LABELS: dict[str, Text] = {
    "he": ("He (for ReLU)", "He（ReLU 向け）"),
    "xavier": ("Xavier (for sigmoid, tanh)", "Xavier（シグモイド・tanh 向け）"),
    "std": ("Gaussian, σ = 0.01", "ガウス分布 σ = 0.01"),
}
_INIT_SHORT = {"he": "He", "xavier": "Xavier", "std": "σ = 0.01"}

INIT = Option("init", "init", "he", ("Weight init", "重みの初期値"),
              ("How the weights are drawn before training", "学習前の重みの決め方"), high=100)


def init_text(init: object) -> str:
    """"He", "Xavier", "σ = 0.01" or "σ = 0.05" for a number."""
    return _INIT_SHORT[init] if isinstance(init, str) and init in _INIT_SHORT else f"σ = {init}"


# ---- Affine -------------------------------------------------------------------------------------

def _affine_shape(o: Options, shape: Shape | None) -> Shape:
    needs_flat("Affine", shape, (o["units"],))
    return (o["units"],)


def _affine_summary(o: Options) -> Text:
    units, init = o["units"], init_text(o["init"])
    return (f"{units} unit · {init}" if units == 1 else f"{units} units · {init}",
            f"{units} ユニット · {init}")


AFFINE = LayerType(
    "Affine", "parameterised",
    ("Fully connected layer: u = xW + b", "全結合層：u = xW + b"),
    build=lambda o, s, rng, dtype: L.Affine(s[0], o["units"], o["init"], rng, dtype),
    options=(Option("units", "int", None, ("Units", "ユニット数"),
                    ("Number of neurons (outputs) of this layer", "この層のニューロン（出力）の数"),
                    low=1, initial=10, ui_high=100_000), INIT),
    output_shape=_affine_shape,
    param_shapes=lambda o, s: {"W": (s[0], o["units"]), "b": (o["units"],)},
    symbols=("x", "u"), formula=("Affine", "Affine"),
    backward_params=("W",), summary=_affine_summary,
    code=BookCode(("u = np.dot(x, W) + b",),
                  ("dx = np.dot(dout, W.T)", "dW = np.dot(x.T, dout)", "db = np.sum(dout, axis=0)")),
)

# ---- image layers -------------------------------------------------------------------------------


def _needs_image(name: str, shape: Shape) -> None:
    if len(shape) != 3:
        raise ShapeProblem(
            f"{name} needs an image input (channels×height×width) but receives {fmt_shape(shape)}: "
            "give the design an image input such as [1, 28, 28] and put no Flatten or Affine "
            "before it",
            f"{name} には画像の入力（チャンネル×高さ×幅）が必要ですが {fmt_shape(shape)} が来ています。"
            "入力を [1, 28, 28] のような画像の形にし、前に Flatten や Affine を置かないでください")


def _side(name: str, what: Text, size: int, filt: int, stride: int, pad: int) -> int:
    """One output side, OH = (H + 2P − FH) / S + 1, or ShapeProblem when it does not fit."""
    padded = size + 2 * pad
    if filt > padded:
        raise ShapeProblem(
            f"{name}: the {filt}×{filt} window is larger than the padded input ({what[0]} {size} + "
            f"2·{pad} = {padded}): use a smaller size or more padding",
            f"{name}：{filt}×{filt} の窓がパディング後の入力（{what[1]} {size} + 2·{pad} = {padded}）"
            "より大きくなっています。サイズを小さくするかパディングを増やしてください")
    if (padded - filt) % stride:
        out = (padded - filt) / stride + 1
        raise ShapeProblem(
            f"{name}: the output {what[0]} ({size} + 2·{pad} − {filt}) / {stride} + 1 = {out:g} is "
            "not a whole number: change the size, stride or padding",
            f"{name}：出力の{what[1]} ({size} + 2·{pad} − {filt}) / {stride} + 1 = {out:g} が整数に"
            "なりません。サイズ・ストライド・パディングを変えてください")
    return (padded - filt) // stride + 1


def _image_out(name: str, shape: Shape | None, channels: int | None, size: int, stride: int,
               pad: int) -> Shape | None:
    """(C, H, W) → (channels or C, OH, OW); ShapeProblem for a flat input or a misfit."""
    if shape is None:
        return None
    _needs_image(name, shape)
    c, h, w = shape
    c = c if channels is None else channels
    try:
        return (c, _side(name, ("height", "高さ"), h, size, stride, pad),
                _side(name, ("width", "幅"), w, size, stride, pad))
    except ShapeProblem as e:  # carry on with the rounded-down shape where there is one
        oh, ow = ((n + 2 * pad - size) // stride + 1 for n in (h, w))
        e.out = (c, oh, ow) if oh > 0 and ow > 0 else None
        raise


def _window_options(size: int, stride: int, what: Text, what_tip: Text) -> tuple[Option, ...]:
    return (
        Option("size", "int", size, (f"{what[0]} size", f"{what[1]}サイズ"), what_tip,
               low=1, high=1000, ui_high=64),
        Option("stride", "int", stride, ("Stride", "ストライド"),
               ("Step between neighbouring windows, in pixels", "隣り合う窓の間隔（ピクセル）"),
               low=1, high=1000, ui_high=64),
        Option("pad", "int", 0, ("Padding", "パディング"),
               ("Cells added around each side of the input", "入力の上下左右に足すセルの数"),
               low=0, high=1000, ui_high=64),
    )


def _conv_summary(o: Options) -> Text:
    text = f"{o['filters']}@{o['size']}×{o['size']}"
    extra = f" · S{o['stride']}" * (o["stride"] != 1) + f" · P{o['pad']}" * (o["pad"] != 0)
    return (f"{text} filters{extra} · {init_text(o['init'])}",
            f"{text} フィルター{extra} · {init_text(o['init'])}")


def _conv_work(o: Options, shape: Shape) -> int:
    """col (kept for backward) and dcol: C·FH·FW values per output position each."""
    out = _image_out("Convolution", shape, o["filters"], o["size"], o["stride"], o["pad"])
    return 2 * shape[0] * o["size"] ** 2 * out[1] * out[2]


CONVOLUTION = LayerType(
    "Convolution", "parameterised",
    ("Convolution layer: u = x ⊛ W + b, FN filters of C×FH×FW slid over the image",
     "畳み込み層：u = x ⊛ W + b（C×FH×FW のフィルター FN 枚を画像の上でずらす）"),
    build=lambda o, s, rng, dtype: L.Convolution(s[0], o["filters"], o["size"], o["stride"],
                                                 o["pad"], o["init"], rng, dtype),
    options=(Option("filters", "int", None, ("Filters", "フィルター数"),
                    ("Number of filters FN = output channels", "フィルターの数 FN（出力チャンネル数）"),
                    low=1, high=100_000, initial=30, ui_high=1024),
             *_window_options(5, 1, ("Filter", "フィルター"),
                              ("Filter height and width FH = FW, in pixels",
                               "フィルターの高さと幅 FH = FW（ピクセル）")), INIT),
    output_shape=lambda o, s: _image_out("Convolution", s, o["filters"], o["size"], o["stride"],
                                         o["pad"]),
    param_shapes=lambda o, s: {"W": (o["filters"], s[0], o["size"], o["size"]),
                               "b": (o["filters"],)},
    symbols=("x", "u"), formula=("Convolution", "Convolution"),
    backward_params=("W",), summary=_conv_summary, work_values=_conv_work,
    code=BookCode(("FN, C, FH, FW = W.shape",
                   "col = im2col(x, FH, FW, stride, pad)",
                   "col_W = W.reshape(FN, -1).T",
                   "out = np.dot(col, col_W) + b",
                   "u = out.reshape(N, out_h, out_w, -1).transpose(0, 3, 1, 2)"),
                  ("dout = dout.transpose(0, 2, 3, 1).reshape(-1, FN)",
                   "db = np.sum(dout, axis=0)",
                   "dW = np.dot(col.T, dout).transpose(1, 0).reshape(FN, C, FH, FW)",
                   "dcol = np.dot(dout, col_W.T)",
                   "dx = col2im(dcol, x.shape, FH, FW, stride, pad)")),
)

def _pooling_shape(o: Options, shape: Shape | None) -> Shape | None:
    out = _image_out("Pooling", shape, None, o["size"], o["stride"], o["pad"])
    if o["pad"] >= o["size"]:  # a window of padding only would output −∞
        raise ShapeProblem(
            f"Pooling: the padding ({o['pad']}) must be smaller than the window ({o['size']}), or "
            "a window holds only padding", f"プーリング：パディング（{o['pad']}）は窓のサイズ"
            f"（{o['size']}）より小さくしてください。窓がパディングだけになります", out)
    return out


POOLING = LayerType(
    "Pooling", "shape",
    ("Max pooling: the largest value of each window, channel by channel",
     "最大値プーリング：チャンネルごとに各窓の最大値を取る"),
    build=lambda o, s, rng, dtype: L.Pooling(o["size"], o["size"], o["stride"], o["pad"]),
    options=_window_options(2, 2, ("Window", "窓の"),
                            ("Window height and width, in pixels", "窓の高さと幅（ピクセル）")),
    output_shape=_pooling_shape,
    formula=("Pooling", "Pooling"), backward_shows=("x",),
    summary=lambda o: (f"max {o['size']}×{o['size']} · stride {o['stride']}"
                       + f" · pad {o['pad']}" * (o["pad"] != 0),
                       f"最大値 {o['size']}×{o['size']} · ストライド {o['stride']}"
                       + f" · パディング {o['pad']}" * (o["pad"] != 0)),
    code=BookCode(("col = im2col(x, pool_h, pool_w, stride, pad)",
                   "col = col.reshape(-1, pool_h * pool_w)",
                   "arg_max = np.argmax(col, axis=1)",
                   "out = np.max(col, axis=1)",
                   "z = out.reshape(N, out_h, out_w, C).transpose(0, 3, 1, 2)"),
                  ("dout = dout.transpose(0, 2, 3, 1)",
                   "dmax = np.zeros((dout.size, pool_h * pool_w))",
                   "dmax[np.arange(arg_max.size), arg_max.flatten()] = dout.flatten()",
                   "dcol = dmax.reshape(dout.shape[0] * dout.shape[1] * dout.shape[2], -1)",
                   "dx = col2im(dcol, x.shape, pool_h, pool_w, stride, pad)")),
)

# ---- activations --------------------------------------------------------------------------------


def _activation(name: str, description: Text, cls, *, backward_shows=("x",), options=(),
                build=None, summary=None, code: BookCode | None = None) -> LayerType:
    return LayerType(name, "activation", description,
                     build=build or (lambda o, s, rng, dtype: cls()), options=options,
                     formula=(name, name), backward_shows=backward_shows, summary=summary,
                     code=code or BookCode())


RELU = _activation("ReLU", ("Activation: z = max(0, u)", "活性化関数：z = max(0, u)"), L.ReLU,
                   code=BookCode(("mask = (u <= 0)", "z = u.copy()", "z[mask] = 0"),
                                 ("dout[mask] = 0", "du = dout")))
LEAKY_RELU = _activation(
    "LeakyReLU", ("Activation: z = u if u > 0 else αu",
                  "活性化関数：u > 0 なら z = u、それ以外は αu"), L.LeakyReLU,
    options=(Option("alpha", "float", 0.01, ("Slope α", "傾き α"),
                    ("Slope for negative inputs, 0 ≤ α < 1", "負の入力に対する傾き（0 ≤ α < 1）"),
                    low=0, high=1, ui_high=0.99, step=0.01, decimals=3),),
    build=lambda o, s, rng, dtype: L.LeakyReLU(o["alpha"]),
    summary=lambda o: (f"α = {o['alpha']}",) * 2,
    code=BookCode(("z = np.where(u > 0, u, alpha * u)",),
                  ("du = np.where(u > 0, dout, alpha * dout)",)))
SIGMOID = _activation("Sigmoid", ("Activation: z = 1 / (1 + exp(−u))",
                                  "活性化関数：z = 1 / (1 + exp(−u))"), L.Sigmoid,
                      backward_shows=("out",),
                      code=BookCode(("z = 1 / (1 + np.exp(-u))",),
                                    ("du = dout * (1.0 - z) * z",)))
TANH = _activation("Tanh", ("Activation: z = tanh(u)", "活性化関数：z = tanh(u)"), L.Tanh,
                   backward_shows=("out",),
                   code=BookCode(("z = np.tanh(u)",), ("du = dout * (1.0 - z ** 2)",)))
STEP = _activation("Step", ("Perceptron activation: z = 1 if u > 0 else 0 (its gradient is zero)",
                            "パーセプトロンの活性化関数：u > 0 なら 1、それ以外は 0（勾配は 0）"),
                   L.Step,
                   code=BookCode(("z = np.array(u > 0, dtype=int)",),
                                 ("du = np.zeros_like(dout)",)))

# ---- regularisation -----------------------------------------------------------------------------

DROPOUT = LayerType(
    "Dropout", "regularisation",
    ("Drops a random fraction of units while training", "学習中にランダムな割合のユニットを消去する"),
    build=lambda o, s, rng, dtype: L.Dropout(o["ratio"], rng),
    options=(Option("ratio", "float", 0.5, ("Dropout ratio", "ドロップアウト率"),
                    ("Fraction of units dropped while training", "学習中に消去するユニットの割合"),
                    low=0, high=1, ui_high=0.95, step=0.05, decimals=2),),
    formula=("Dropout", "Dropout"), backward_shows=("mask",),
    summary=lambda o: (f"ratio {o['ratio']}", f"比率 {o['ratio']}"),
    code=BookCode(("mask = np.random.rand(*x.shape) > dropout_ratio", "z = x * mask"),
                  ("dx = dout * mask",)),
)


def _batchnorm_shape(o: Options, shape: Shape | None) -> Shape | None:
    if shape is not None and len(shape) != 1:
        raise ShapeProblem(
            f"BatchNorm here needs a flat input but receives {fmt_shape(shape)}: add Flatten before it",
            f"BatchNorm には 1 次元の入力が必要ですが {fmt_shape(shape)} が来ています。前に Flatten を入れてください",
            shape)
    return shape


BATCH_NORM = LayerType(
    "BatchNorm", "regularisation",
    ("Normalises each unit over the mini-batch, then scales by γ and shifts by β",
     "ミニバッチごとに各ユニットを正規化し、γ 倍して β だけずらす"),
    build=lambda o, s, rng, dtype: L.BatchNorm(s[0], o["momentum"], dtype),
    options=(Option("momentum", "float", 0.9, ("Momentum", "モーメンタム"),
                    ("How slowly the running mean and variance follow the batches",
                     "推論用の平均・分散がバッチにどれだけゆっくり追従するか"),
                    low=0, high=1, ui_high=0.999, step=0.01, decimals=3),),
    output_shape=_batchnorm_shape,
    param_shapes=lambda o, s: {"gamma": s, "beta": s},
    buffer_shapes=lambda o, s: {"running_mean": s, "running_var": s},
    formula=("BatchNorm", "BatchNorm"), backward_shows=("xhat",), backward_params=("gamma",),
    summary=lambda o: (f"momentum {o['momentum']}",) * 2,
    code=BookCode(
        ("mu = x.mean(axis=0)", "xc = x - mu", "var = np.mean(xc ** 2, axis=0)",
         "std = np.sqrt(var + 10e-7)", "xn = xc / std", "z = gamma * xn + beta"),
        ("dbeta = dout.sum(axis=0)", "dgamma = np.sum(xn * dout, axis=0)", "dxn = gamma * dout",
         "dxc = dxn / std", "dstd = -np.sum((dxn * xc) / (std * std), axis=0)",
         "dvar = 0.5 * dstd / std", "dxc += (2.0 / batch_size) * xc * dvar",
         "dmu = np.sum(dxc, axis=0)", "dx = dxc - dmu / batch_size")),
)

# ---- shape --------------------------------------------------------------------------------------

FLATTEN = LayerType(
    "Flatten", "shape", ("Flattens an image into a vector", "画像を 1 次元のベクトルに平坦化する"),
    build=lambda o, s, rng, dtype: L.Flatten(),
    output_shape=lambda o, s: None if s is None else (math.prod(s),),
    formula=("Flatten", "Flatten"), backward_shows=(),
    code=BookCode(("z = x.reshape(x.shape[0], -1)",), ("dx = dout.reshape(x.shape)",)),
)

# ---- heads --------------------------------------------------------------------------------------


def _head_shape(name: str):
    def shape_of(o: Options, shape: Shape | None) -> Shape | None:
        needs_flat(name, shape, shape, flatten=False)
        if name == "SoftmaxWithLoss" and shape is not None and shape[0] < 2:
            raise ShapeProblem(
                "softmax over a single output is always 1: give the layer before it at least 2 "
                "units, or use SigmoidWithLoss", "出力が 1 つのソフトマックスは常に 1 です。前の層を 2 "
                "ユニット以上にするか SigmoidWithLoss を使ってください", shape)
        return shape
    return shape_of


def _head(name: str, cls, description: Text, summary: Text, code: BookCode) -> LayerType:
    return LayerType(name, "head", description, build=lambda o, s, rng, dtype: cls(),
                     output_shape=_head_shape(name), formula=(name, name),
                     backward_shows=("y", "t"), summary=lambda o: summary, code=code)


SOFTMAX_WITH_LOSS = _head(
    "SoftmaxWithLoss", L.SoftmaxWithLoss,
    ("Output: softmax + cross-entropy error (classification)",
     "出力層：ソフトマックス＋交差エントロピー誤差（多クラス分類）"),
    ("softmax + cross-entropy", "ソフトマックス＋交差エントロピー誤差"),
    BookCode(("y = softmax(u)", "loss = cross_entropy_error(y, t)"),
             ("batch_size = t.shape[0]", "du = (y - t) / batch_size")))
SIGMOID_WITH_LOSS = _head(
    "SigmoidWithLoss", L.SigmoidWithLoss,
    ("Output: sigmoid + cross-entropy error (yes/no)",
     "出力層：シグモイド＋交差エントロピー誤差（二値分類）"),
    ("sigmoid + cross-entropy", "シグモイド＋交差エントロピー誤差"),
    BookCode(("y = sigmoid(u)",
              "loss = -np.sum(t * np.log(y) + (1 - t) * np.log(1 - y)) / batch_size"),
             ("du = (y - t) / batch_size",)))
IDENTITY_WITH_LOSS = _head(
    "IdentityWithLoss", L.IdentityWithLoss,
    ("Output: identity + sum of squared errors (regression)", "出力層：恒等関数＋二乗和誤差（回帰）"),
    ("identity + sum of squares", "恒等関数＋二乗和誤差"),
    BookCode(("y = u", "loss = 0.5 * np.sum((y - t) ** 2) / batch_size"),
             ("du = (y - t) / batch_size",)))

BUILTIN: tuple[LayerType, ...] = (
    AFFINE, CONVOLUTION, RELU, LEAKY_RELU, SIGMOID, TANH, STEP, DROPOUT, BATCH_NORM, POOLING,
    FLATTEN,
    SOFTMAX_WITH_LOSS, SIGMOID_WITH_LOSS, IDENTITY_WITH_LOSS,
)

__all__ = ["BUILTIN", "INITS", "INIT_LABELS", "init_text"]
