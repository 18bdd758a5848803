"""The Train tab's one-setting comparisons: which variants "compare the optimizer" (etc.) runs.

    one_setting(setting, base_config) -> (title, variants)

optimizer   SGD 0.01 · Momentum 0.01 · AdaGrad 0.01 · Adam 0.001 (the book's figure 6-9 rates)
lr          the base optimizer at 10×, 1× and 0.1× the base learning rate
init        σ = 0.01 · Xavier · He
batchnorm   BatchNorm off · on
weight_decay  λ = 0 · 0.01 · 0.1
dropout     Dropout off · 0.2 · 0.5
"""

from __future__ import annotations

from ..trainer import TrainConfig
from .model import SETTINGS, Text, Variant
from .setup import CompareError

SETTING_NAMES: dict[str, Text] = {
    "optimizer": ("Optimizer", "最適化手法"),
    "lr": ("Learning rate", "学習率"),
    "init": ("Initial weights", "重みの初期値"),
    "batchnorm": ("BatchNorm on/off", "バッチ正規化の有無"),
    "weight_decay": ("Weight decay", "荷重減衰"),
    "dropout": ("Dropout", "Dropout"),
}
_OPTIMIZERS = (("sgd", "SGD", 0.01), ("momentum", "Momentum", 0.01),
               ("adagrad", "AdaGrad", 0.01), ("adam", "Adam", 0.001))
_NAMES = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov", "adagrad": "AdaGrad",
          "rmsprop": "RMSprop", "adam": "Adam"}


def _lr(v: float) -> Text:
    return f"lr {v:g}", f"学習率 {v:g}"


def one_setting(setting: str, base: TrainConfig) -> tuple[Text, tuple[Variant, ...]]:
    """The comparison's title and variants for ``setting`` (one of SETTINGS)."""
    if setting not in SETTINGS:
        raise CompareError(f"no comparison of {setting!r}", f"{setting!r} は比較できません")
    name = SETTING_NAMES[setting]
    title = (f"Compare: {name[0].lower()}", f"比較：{name[1]}")
    if setting == "optimizer":
        variants = [Variant((f"{label} {_lr(lr)[0]}", f"{label} {_lr(lr)[1]}"),
                            {"optimizer": key, "lr": lr, "optimizer_options": {}})
                    for key, label, lr in _OPTIMIZERS]
    elif setting == "lr":
        opt = _NAMES.get(base.optimizer, base.optimizer)
        variants = [Variant((f"{opt} {_lr(v)[0]}", f"{opt} {_lr(v)[1]}"), {"lr": v})
                    for v in (float(f"{base.lr * 10:.3g}"), base.lr, float(f"{base.lr / 10:.3g}"))]
    elif setting == "init":
        variants = [Variant(("σ = 0.01", "σ = 0.01"), {"init": "std"}),
                    Variant(("Xavier", "Xavier の初期値"), {"init": "xavier"}),
                    Variant(("He", "He の初期値"), {"init": "he"})]
    elif setting == "batchnorm":
        variants = [Variant(("BatchNorm off", "バッチ正規化なし"), {"batchnorm": False}),
                    Variant(("BatchNorm on", "バッチ正規化あり"), {"batchnorm": True})]
    elif setting == "weight_decay":
        variants = [Variant((f"λ = {v:g}", f"λ = {v:g}"), {"weight_decay": v})
                    for v in (0.0, 0.01, 0.1)]
    else:
        variants = [Variant(("Dropout off", "Dropout なし"), {"dropout": 0.0})] + [
            Variant((f"Dropout {v:g}", f"Dropout {v:g}"), {"dropout": v}) for v in (0.2, 0.5)]
    return title, tuple(variants)
