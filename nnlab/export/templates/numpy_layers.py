"""The book-style NumPy code that ``nnlab export --to numpy`` copies into its files.

Not a module of NN Lab (this folder is no package): ``nnlab.export.snippets`` reads the source of
each top-level function and class by name and pastes the ones a design needs into the exported
file. Everything here imports numpy only and computes exactly what ``nnlab.layers`` computes.
"""

import numpy as np

# ---- functions ----------------------------------------------------------------------------------


def softmax(x):
    """y = exp(x − max x) / Σ exp(x − max x), row by row (the max shift keeps exp from overflowing)."""
    x = x - x.max(axis=1, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=1, keepdims=True)


def sigmoid(x):
    """σ(x) = 1 / (1 + exp(−x)), computed as ½(1 + tanh(x/2)): the same values, no overflow."""
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    """(N, C, H, W) images → a matrix with one row per filter position: (N·OH·OW, C·FH·FW)."""
    N, C, H, W = input_data.shape
    out_h = (H + 2 * pad - filter_h) // stride + 1
    out_w = (W + 2 * pad - filter_w) // stride + 1
    img = np.pad(input_data, [(0, 0), (0, 0), (pad, pad), (pad, pad)], "constant")
    col = np.zeros((N, C, filter_h, filter_w, out_h, out_w), dtype=input_data.dtype)
    for y in range(filter_h):
        y_max = y + stride * out_h
        for x in range(filter_w):
            x_max = x + stride * out_w
            col[:, :, y, x, :, :] = img[:, :, y:y_max:stride, x:x_max:stride]
    return col.transpose(0, 4, 5, 1, 2, 3).reshape(N * out_h * out_w, -1)


def col2im(col, input_shape, filter_h, filter_w, stride=1, pad=0):
    """im2col's way back: adds each row's values into the image positions they came from."""
    N, C, H, W = input_shape
    out_h = (H + 2 * pad - filter_h) // stride + 1
    out_w = (W + 2 * pad - filter_w) // stride + 1
    col = col.reshape(N, out_h, out_w, C, filter_h, filter_w).transpose(0, 3, 4, 5, 1, 2)
    img = np.zeros((N, C, H + 2 * pad + stride - 1, W + 2 * pad + stride - 1), dtype=col.dtype)
    for y in range(filter_h):
        y_max = y + stride * out_h
        for x in range(filter_w):
            x_max = x + stride * out_w
            img[:, :, y:y_max:stride, x:x_max:stride] += col[:, :, y, x, :, :]
    return img[:, :, pad:H + pad, pad:W + pad]


# ---- layers -------------------------------------------------------------------------------------


class Affine:
    """u = xW + b; backward: dx = δ·Wᵀ, dW = xᵀ·δ, db = Σₙ δ."""

    def __init__(self, W, b):
        self.W = W
        self.b = b
        self.x = None
        self.dW = None
        self.db = None

    def forward(self, x, train=False):
        self.x = x
        return x @ self.W + self.b

    def backward(self, dout):
        self.dW = self.x.T @ dout
        self.db = np.sum(dout, axis=0)
        return dout @ self.W.T


class Convolution:
    """Convolution by im2col: out = im2col(x) · col_W + b, with col_W = W as (C·FH·FW, FN).

    x: (N, C, H, W), W: (FN, C, FH, FW), b: (FN,) → (N, FN, OH, OW), OH = (H + 2P − FH)/S + 1.
    """

    def __init__(self, W, b, stride=1, pad=0):
        self.W = W
        self.b = b
        self.stride = stride
        self.pad = pad
        self.x = None
        self.col = None
        self.col_W = None
        self.dW = None
        self.db = None

    def forward(self, x, train=False):
        FN, C, FH, FW = self.W.shape
        N, C, H, W = x.shape
        out_h = (H + 2 * self.pad - FH) // self.stride + 1
        out_w = (W + 2 * self.pad - FW) // self.stride + 1
        self.x = x
        self.col = im2col(x, FH, FW, self.stride, self.pad)
        self.col_W = self.W.reshape(FN, -1).T
        out = self.col @ self.col_W + self.b
        return out.reshape(N, out_h, out_w, -1).transpose(0, 3, 1, 2)

    def backward(self, dout):
        FN, C, FH, FW = self.W.shape
        dout = dout.transpose(0, 2, 3, 1).reshape(-1, FN)
        self.db = np.sum(dout, axis=0)
        self.dW = (self.col.T @ dout).transpose(1, 0).reshape(FN, C, FH, FW)
        dcol = dout @ self.col_W.T
        return col2im(dcol, self.x.shape, FH, FW, self.stride, self.pad)


class Pooling:
    """Max pooling: the largest value of each pool_h × pool_w window; δ goes back to that value
    (to the first of equal values, as argmax picks). Padding cells hold −∞, so they never win.
    """

    def __init__(self, pool_h, pool_w, stride=2, pad=0):
        self.pool_h = pool_h
        self.pool_w = pool_w
        self.stride = stride
        self.pad = pad
        self.x = None
        self.arg_max = None

    def forward(self, x, train=False):
        N, C, H, W = x.shape
        out_h = (H + 2 * self.pad - self.pool_h) // self.stride + 1
        out_w = (W + 2 * self.pad - self.pool_w) // self.stride + 1
        p = self.pad
        img = np.pad(x, [(0, 0), (0, 0), (p, p), (p, p)], constant_values=-np.inf)
        col = im2col(img, self.pool_h, self.pool_w, self.stride)
        col = col.reshape(-1, self.pool_h * self.pool_w)
        self.x = x
        self.arg_max = np.argmax(col, axis=1)
        out = np.max(col, axis=1)
        return out.reshape(N, out_h, out_w, C).transpose(0, 3, 1, 2)

    def backward(self, dout):
        N, C, H, W = self.x.shape
        p = self.pad
        dout = dout.transpose(0, 2, 3, 1)
        pool_size = self.pool_h * self.pool_w
        dmax = np.zeros((dout.size, pool_size), dtype=dout.dtype)
        dmax[np.arange(self.arg_max.size), self.arg_max] = dout.flatten()
        dcol = dmax.reshape(dout.shape[0] * dout.shape[1] * dout.shape[2], -1)
        dimg = col2im(dcol, (N, C, H + 2 * p, W + 2 * p), self.pool_h, self.pool_w, self.stride)
        return dimg[:, :, p:p + H, p:p + W]


class Relu:
    """z = max(0, u); backward: δ where u > 0, else 0."""

    def __init__(self):
        self.mask = None

    def forward(self, x, train=False):
        self.mask = x <= 0
        out = x.copy()
        out[self.mask] = 0
        return out

    def backward(self, dout):
        dx = dout.copy()
        dx[self.mask] = 0
        return dx


class LeakyRelu:
    """z = u if u > 0 else αu; backward: δ where u > 0, else αδ."""

    def __init__(self, alpha=0.01):
        self.alpha = alpha
        self.mask = None

    def forward(self, x, train=False):
        self.mask = x > 0
        return np.where(self.mask, x, self.alpha * x)

    def backward(self, dout):
        return np.where(self.mask, dout, self.alpha * dout)


class Sigmoid:
    """z = σ(u); backward: δ ⊙ (1 − z) z."""

    def __init__(self):
        self.out = None

    def forward(self, x, train=False):
        self.out = sigmoid(x)
        return self.out

    def backward(self, dout):
        return dout * (1.0 - self.out) * self.out


class Tanh:
    """z = tanh(u); backward: δ ⊙ (1 − z²)."""

    def __init__(self):
        self.out = None

    def forward(self, x, train=False):
        self.out = np.tanh(x)
        return self.out

    def backward(self, dout):
        return dout * (1.0 - self.out**2)


class Step:
    """z = 1 if u > 0 else 0, the perceptron's activation. Its derivative is 0: no δ gets through."""

    def forward(self, x, train=False):
        return (x > 0).astype(x.dtype)

    def backward(self, dout):
        return np.zeros_like(dout)


class Dropout:
    """The book's Dropout: training keeps each unit with probability 1 − ratio (z = u ⊙ mask);
    inference keeps every unit and scales by (1 − ratio) instead, so z has the same expected size.
    """

    def __init__(self, dropout_ratio=0.5, rng=None):
        self.dropout_ratio = dropout_ratio
        self.rng = rng if rng is not None else np.random.default_rng()
        self.mask = None
        self.train = True

    def forward(self, x, train=False):
        self.train = train
        if train:
            self.mask = self.rng.random(x.shape) > self.dropout_ratio
            return x * self.mask
        return x * (1.0 - self.dropout_ratio)

    def backward(self, dout):
        if self.train:
            return dout * self.mask
        return dout * (1.0 - self.dropout_ratio)


class BatchNorm:
    """Batch normalisation over the mini-batch axis, ε = 10e-7 as in the book.

    Training: x̂ = (x − μ)/√(σ² + ε) with the batch's μ and σ², z = γx̂ + β, and the running
    statistics move as r ← m·r + (1 − m)·(batch value). Inference uses the running statistics.
    Backward: dβ = Σδ, dγ = Σ δ⊙x̂, dx = (N·δ̂ − Σδ̂ − x̂·Σ(δ̂⊙x̂)) / (N·√(σ² + ε)) with δ̂ = γδ.
    """

    eps = 10e-7

    def __init__(self, gamma, beta, running_mean, running_var, momentum=0.9):
        self.gamma = gamma
        self.beta = beta
        self.running_mean = running_mean
        self.running_var = running_var
        self.momentum = momentum
        self.xn = None
        self.std = None
        self.train = True
        self.dgamma = None
        self.dbeta = None

    def forward(self, x, train=False):
        self.train = train
        if train:
            mu = x.mean(axis=0)
            xc = x - mu
            var = np.mean(xc**2, axis=0)
            self.std = np.sqrt(var + self.eps)
            self.xn = xc / self.std
            # In place, so that the network's params (what gets saved) see the new values.
            self.running_mean *= self.momentum
            self.running_mean += (1 - self.momentum) * mu
            self.running_var *= self.momentum
            self.running_var += (1 - self.momentum) * var
        else:
            self.std = np.sqrt(self.running_var + self.eps)
            self.xn = (x - self.running_mean) / self.std
        return self.gamma * self.xn + self.beta

    def backward(self, dout):
        n = dout.shape[0]
        self.dbeta = dout.sum(axis=0)
        self.dgamma = np.sum(dout * self.xn, axis=0)
        dxn = self.gamma * dout
        if not self.train:
            return dxn / self.std
        return (n * dxn - dxn.sum(axis=0) - self.xn * np.sum(dxn * self.xn, axis=0)) / (n * self.std)


class Flatten:
    """(N, C, H, W) → (N, C·H·W); backward puts δ back into the input's shape."""

    def __init__(self):
        self.shape = None

    def forward(self, x, train=False):
        self.shape = x.shape
        return x.reshape(x.shape[0], -1)

    def backward(self, dout):
        return dout.reshape(self.shape)


# ---- output layers ------------------------------------------------------------------------------


class SoftmaxWithLoss:
    """y = softmax(u), L = −(1/N) Σ t log y (cross-entropy error); backward: (y − t)/N.

    log y is computed from u (log-softmax), which is exact: the book's +1e-7 inside log() is not
    needed. t may be labels (N,) or one-hot (N, K).
    """

    def __init__(self):
        self.y = None
        self.t = None

    def forward(self, x, t):
        t = np.asarray(t)
        if t.ndim == 1:
            t = np.eye(x.shape[1], dtype=x.dtype)[t]
        self.t = t
        self.y = softmax(x)
        shifted = x - x.max(axis=1, keepdims=True)
        log_y = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        return -np.sum(t * log_y) / x.shape[0]

    def backward(self, dout=1):
        return (self.y - self.t) * (dout / self.t.shape[0])


class SigmoidWithLoss:
    """y = σ(u), L = −(1/N) Σ [t log y + (1 − t) log(1 − y)]; backward: (y − t)/N.

    The loss is computed as Σ softplus(u) − t·u, the same value without log(0).
    """

    def __init__(self):
        self.y = None
        self.t = None

    def forward(self, x, t):
        self.t = np.asarray(t, dtype=x.dtype).reshape(x.shape)
        self.y = sigmoid(x)
        return np.sum(np.logaddexp(0, x) - self.t * x) / x.shape[0]

    def backward(self, dout=1):
        return (self.y - self.t) * (dout / self.t.shape[0])


class IdentityWithLoss:
    """y = u, L = (1/N) Σ ½ Σₖ (yₖ − tₖ)² (sum of squared errors); backward: (y − t)/N."""

    def __init__(self):
        self.y = None
        self.t = None

    def forward(self, x, t):
        self.t = np.asarray(t, dtype=x.dtype).reshape(x.shape)
        self.y = x
        return 0.5 * np.sum((x - self.t) ** 2) / x.shape[0]

    def backward(self, dout=1):
        return (self.y - self.t) * (dout / self.t.shape[0])

