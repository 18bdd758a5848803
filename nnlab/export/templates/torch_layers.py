"""The PyTorch code that ``nnlab export --to pytorch`` copies into its files where NN Lab's
conventions differ from PyTorch's.

Not a module of NN Lab (this folder is no package, and NN Lab does not need torch):
``nnlab.export.snippets`` reads the source of each top-level class and function by name and pastes
the ones a design needs into the exported file.
"""

import torch
from torch import nn


class BookDropout(nn.Dropout):
    """NN Lab's Dropout, the book's: training keeps x·mask, inference scales x by (1 − p).

    nn.Dropout is "inverted": it scales the kept units by 1/(1 − p) while training and passes x
    through unchanged at inference. Multiplying its output by (1 − p) gives exactly the book's
    Dropout in both modes, so NN Lab's weights work unchanged.
    """

    def forward(self, x):
        return super().forward(x) * (1.0 - self.p)


class BookBatchNorm1d(nn.BatchNorm1d):
    """nn.BatchNorm1d that keeps its running statistics as NN Lab (the book) does.

    NN Lab: running ← m·running + (1 − m)·batch value, with the batch's own variance (÷ N).
    PyTorch: momentum means 1 − m, and running_var gets the unbiased variance (÷ (N − 1)).
    Construct it with momentum = 1 − m; this forward updates running_var with the ÷ N variance.
    The output is nn.BatchNorm1d's in both modes; pass eps=10e-7, NN Lab's ε (the book's; PyTorch's
    default is 1e-5).
    """

    def forward(self, x):
        if not self.training:
            return super().forward(x)
        with torch.no_grad():
            self.running_mean.lerp_(x.mean(dim=0), self.momentum)
            self.running_var.lerp_(x.var(dim=0, unbiased=False), self.momentum)
        # momentum 0 leaves the running statistics as updated above
        return nn.functional.batch_norm(x, self.running_mean, self.running_var, self.weight,
                                        self.bias, True, 0.0, self.eps)


class Step(nn.Module):
    """The perceptron's step function: 1 where x > 0, else 0. Its gradient is zero everywhere,
    so nothing before it learns (the layers before it get no gradient at all in PyTorch).
    """

    def forward(self, x):
        return (x > 0).to(x.dtype)


class WidePadMaxPool2d(nn.MaxPool2d):
    """Max pooling with more padding than nn.MaxPool2d allows (at most half the window): pads
    with −∞ first, as nn.MaxPool2d and NN Lab do, then pools without padding.
    """

    def __init__(self, kernel_size, stride, pad):
        super().__init__(kernel_size, stride)
        self.pad = pad

    def forward(self, x):
        return super().forward(nn.functional.pad(x, (self.pad,) * 4, value=-float("inf")))


def sigmoid_cross_entropy(u, t):
    """NN Lab's SigmoidWithLoss: L = −(1/N) Σ [t log σ(u) + (1 − t) log(1 − σ(u))], summed over
    the outputs and averaged over the batch (nn.BCEWithLogitsLoss() averages over the outputs too).
    """
    return nn.functional.binary_cross_entropy_with_logits(u, t, reduction="sum") / len(u)


def sum_squared_error(y, t):
    """NN Lab's IdentityWithLoss: L = (1/N) Σ ½ Σₖ (yₖ − tₖ)² (nn.MSELoss() averages over every
    output and has no ½: the same minimum, but gradients 2/K times NN Lab's).
    """
    return 0.5 * torch.sum((y - t) ** 2) / len(y)
