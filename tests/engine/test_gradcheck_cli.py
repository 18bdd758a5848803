"""python -m nnlab gradcheck SPEC [--json]: max relative error per parameter, exit 1 above tolerance."""

import json
import subprocess
import sys

from nnlab.paths import resource


def run(*args):
    return subprocess.run([sys.executable, "-m", "nnlab", "gradcheck", *map(str, args)],
                          capture_output=True, text=True)


def test_gradcheck_json_reports_every_parameter():
    out = run(resource("specs", "xor.nnlab.json"), "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert set(report["params"]) == {"layers.0.W", "layers.0.b", "layers.2.W", "layers.2.b"}
    assert report["ok"] and report["max_relative_error"] < 1e-7


def test_gradcheck_exits_1_above_tolerance():
    out = run(resource("specs", "three_layer.nnlab.json"), "--tol", "0")
    assert out.returncode == 1
    assert "FAILED" in out.stdout


def test_gradcheck_text_report_and_bad_inputs(tmp_path):
    out = run(resource("specs", "section1_single_layer.nnlab.json"))
    assert out.returncode == 0 and "layers.0.W" in out.stdout and "OK" in out.stdout
    bad = tmp_path / "bad.nnlab.json"
    bad.write_text('{"format": "nnlab.network/1", "input_shape": [2], "layers": [{"type": "Affine", "units": 0}]}')
    out = run(bad)
    assert out.returncode == 2 and "layer 0" in out.stderr and "Traceback" not in out.stderr
    out = run(tmp_path / "missing.json")
    assert out.returncode == 2 and "no such file" in out.stderr
