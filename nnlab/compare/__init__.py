"""Comparing runs: several short runs that differ in one setting, trained one after another.

    from nnlab.compare import Comparison, Variant, run_comparison, save_comparison, load_comparison
    comp = Comparison(("Optimizers", "最適化手法"), spec_dict, TrainConfig(epochs=3),
                      (Variant(("SGD", "SGD"), {"optimizer": "sgd", "lr": 0.01}),
                       Variant(("Adam", "Adam"), {"optimizer": "adam", "lr": 0.001})),
                      setting="optimizer", train_limit=1000, test_limit=1000)
    result = run_comparison(comp, load_mnist(dtype="uint8"))
    result.results[1].final_loss(), result.results[1].gap, result.results[0].status
    save_comparison(result, "opt.nnlab-compare.json"); load_comparison("opt.nnlab-compare.json")

model.py (what a comparison is), setup.py (a variant's spec and config), runner.py (training),
store.py (JSON files), summary.py (the sentence under a finished one), presets.py (the Train
tab's one-setting comparisons). No Qt.
"""

from .model import SETTINGS, Comparison, ComparisonResult, Text, Variant, VariantResult
from .presets import SETTING_NAMES, one_setting
from .runner import ComparisonRunner, accuracy_array, comparison_data, run_comparison
from .setup import CompareError, describe_changes, variant_setup, with_batchnorm, with_dropout
from .store import FORMAT, from_dict, load_comparison, save_comparison, to_dict
from .summary import summary

__all__ = [
    "FORMAT", "SETTINGS", "SETTING_NAMES", "one_setting", "CompareError", "Comparison", "ComparisonResult", "ComparisonRunner",
    "Text", "Variant", "VariantResult", "accuracy_array", "comparison_data", "describe_changes",
    "from_dict", "load_comparison", "run_comparison", "save_comparison", "to_dict",
    "summary", "variant_setup", "with_batchnorm", "with_dropout",
]
