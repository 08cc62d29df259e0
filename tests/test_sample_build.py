"""The committed offline sample is exactly what data/sample_src renders to."""

import filecmp

from helpers import SAMPLE

from tools.build_sample import build


def differences(cmp: filecmp.dircmp, prefix="") -> list[str]:
    found = [prefix + n for n in cmp.left_only + cmp.right_only + cmp.diff_files + cmp.funny_files]
    for name, sub in cmp.subdirs.items():
        found += differences(sub, f"{prefix}{name}/")
    return found


def test_committed_sample_matches_a_fresh_render(tmp_path):
    build(tmp_path / "sample")
    cmp = filecmp.dircmp(SAMPLE, tmp_path / "sample", ignore=[])
    assert differences(cmp) == [], "run `make sample` and commit data/sample"
