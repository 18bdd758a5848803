"""Lesson 9: Section 5's backward() written out as the notes write it.

The notes' network is Section 4's (2-10-1, ReLU, identity output, E = ½(y − d)²)::

    delta2 = functions.d_mean_squared_error(d, y)        # = y − d
    grad['b2'] = np.sum(delta2, axis=0)
    grad['W2'] = np.dot(z1.T, delta2)
    delta1 = np.dot(delta2, W2.T) * functions.d_relu(z1)
    grad['b1'] = np.sum(delta1, axis=0)
    grad['W1'] = np.dot(x.T, delta1)

``section5_backward`` computes exactly that, with the book's shapes (x a 1×2 row, W2 10×1), so
a test can check that stepping the same network through the engine gives the same numbers.
"""

from __future__ import annotations

import numpy as np

from ..functions import relu, relu_grad


def section5_backward(W1, b1, W2, b2, x, d) -> dict[str, np.ndarray]:
    """Forward and backward of the notes' 2-layer net; every intermediate value by its name."""
    W1, b1, W2, b2 = (np.asarray(a, dtype=np.float64) for a in (W1, b1, W2, b2))
    x = np.atleast_2d(np.asarray(x, dtype=np.float64))
    d = np.asarray(d, dtype=np.float64).reshape(x.shape[0], -1)
    u1 = x @ W1 + b1
    z1 = relu(u1)
    y = z1 @ W2 + b2  # identity output
    loss = 0.5 * float(np.sum((y - d) ** 2)) / x.shape[0]
    delta2 = (y - d) / x.shape[0]  # d_mean_squared_error for a batch of one: y − d
    grad_b2 = np.sum(delta2, axis=0)
    grad_W2 = z1.T @ delta2
    delta1 = (delta2 @ W2.T) * relu_grad(z1)  # the notes' d_relu(z1): 1 where z1 > 0, i.e. u1 > 0
    grad_b1 = np.sum(delta1, axis=0)
    grad_W1 = x.T @ delta1
    return {"u1": u1, "z1": z1, "y": y, "loss": np.array(loss), "delta2": delta2,
            "grad_b2": grad_b2, "grad_W2": grad_W2, "delta1": delta1, "grad_b1": grad_b1,
            "grad_W1": grad_W1}
