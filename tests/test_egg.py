"""The egg `scrapyd-deploy` builds (setup.py) carries the data files the code reads at import:
the shared crawl's Lua scripts load from inside the zipped egg, with no checkout around."""

import os
import shutil
import subprocess
import sys
import zipfile

from helpers import ROOT


def test_egg_carries_the_lua_scripts_and_loads_them_from_the_zip(tmp_path):
    project = tmp_path / "project"
    for name in ("crawler", "pipelines", "data"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__", "sample"))
    for name in ("setup.py", "pyproject.toml"):
        shutil.copy(ROOT / name, project / name)
    build = [sys.executable, "setup.py", "-q", "bdist_egg", "-d", str(tmp_path / "dist")]
    assert subprocess.run(build, cwd=project, capture_output=True, text=True).returncode == 0
    (egg,) = (tmp_path / "dist").glob("*.egg")
    names = zipfile.ZipFile(egg).namelist()
    lua = sorted(n for n in names if n.startswith("crawler/distributed/lua/"))
    assert lua == sorted(f"crawler/distributed/lua/{p.name}" for p in (ROOT / "crawler/distributed/lua").glob("*.lua"))
    show = "import crawler.distributed as d; print(d.__file__); print(d.scripts.ACQUIRE.count('redis.call'))"
    shown = subprocess.run(
        [sys.executable, "-c", show],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=os.environ | {"PYTHONPATH": str(egg)},
    )
    where, calls = shown.stdout.split()
    assert where.startswith(str(egg)) and int(calls) > 0, shown.stderr


def test_egg_carries_the_award_knowledge_and_extracts_from_the_zip(tmp_path):
    """The gazetteer and the knowledge tables travel inside the egg; extraction runs with no data/ folder."""
    project = tmp_path / "project"
    for name in ("crawler", "pipelines", "data"):
        shutil.copytree(
            ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__", "sample*", "realtext")
        )
    for name in ("setup.py", "pyproject.toml"):
        shutil.copy(ROOT / name, project / name)
    build = [sys.executable, "setup.py", "-q", "bdist_egg", "-d", str(tmp_path / "dist")]
    assert subprocess.run(build, cwd=project, capture_output=True, text=True).returncode == 0
    (egg,) = (tmp_path / "dist").glob("*.egg")
    names = zipfile.ZipFile(egg).namelist()
    assert {
        "pipelines/units.csv",
        "pipelines/knowledge/award_categories.yml",
        "pipelines/knowledge/subunits.csv",
        "pipelines/knowledge/civilian_honours.yml",
    } <= set(names)
    show = (
        "import pipelines.structure as s; print(s.__file__); "
        "print(s.extract_awards(None, 'Ditlantas Polda Jatim meraih predikat WBK dari KemenPAN-RB.')[0]['recipients'])"
    )
    shown = subprocess.run(
        [sys.executable, "-c", show],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=os.environ | {"PYTHONPATH": str(egg)},
    )
    where, recipients = shown.stdout.split("\n", 1)
    assert where.startswith(str(egg)), shown.stderr
    assert "Ditlantas Polda Jawa Timur" in recipients, shown.stderr
