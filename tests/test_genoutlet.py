"""`scrapy genoutlet`, run in a copy of the project: what it writes, and that the new outlet's
expected fields fail the outlet tests until someone fills them in."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from helpers import ROOT, SCRAPY

KEY, HOST = "examplenews", "www.examplenews.id"


def run(project: Path, *cmd: str) -> subprocess.CompletedProcess:
    # Wide, so that pytest's summary lines keep the reason of each failure.
    env = os.environ | {"COLUMNS": "400"}
    return subprocess.run(cmd, cwd=project, capture_output=True, text=True, timeout=300, env=env)


def outlet_tests(project: Path) -> dict[str, str]:
    """The new outlet's cases of tests/test_extract_outlets.py in the copy: test id -> outcome and why."""
    result = run(project, sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", "-q",
                 "tests/test_extract_outlets.py", "-k", KEY)  # fmt: skip
    outcomes = {}
    for line in result.stdout.splitlines():
        outcome, _, test = line.partition(" ")
        if outcome in ("PASSED", "FAILED"):
            test, _, why = test.partition(" - ")
            outcomes[test.split("::")[-1]] = f"{outcome} {why}".strip()
    return outcomes


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    copy = tmp_path_factory.mktemp("genoutlet") / "project"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".venv", ".git", "build", "__pycache__", "*.db"))
    result = run(copy, *SCRAPY, "genoutlet", KEY, HOST, "--like", "tribun", "--zone", "WITA")
    assert result.returncode == 0, result.stderr
    return copy


def test_writes_config_entry_spider_sample_stub_and_expected_fields(project):
    config = (project / "crawler" / "outlets.py").read_text(encoding="utf-8")
    assert f'{KEY.upper()} = replace(\n    TRIBUN,\n    key="{KEY}",' in config
    assert f"        KOMPAS,\n        {KEY.upper()},\n    )\n}}" in config
    spider = (project / "crawler" / "spiders" / f"{KEY}.py").read_text(encoding="utf-8")
    assert f'name = "{KEY}"\n    outlet = {KEY.upper()}\n' in spider
    (story,) = yaml.safe_load((project / "data" / "sample_src" / f"{HOST}.yml").read_text(encoding="utf-8"))
    assert {"id", "slug", "title", "published", "section", "reporter", "editor", "paragraphs", "label"} <= set(story)
    (expected,) = yaml.safe_load((project / "tests" / "expected" / f"{KEY}.yml").read_text(encoding="utf-8"))
    # Tribun's URL scheme, /<y>/<m>/<d>/<slug>, on the new host.
    assert expected["url"].startswith(f"https://{HOST}/20") and expected["url"].endswith(f"/{story['slug']}")
    assert expected["fields"]["outlet"] == KEY and expected["fields"]["title"] == "TODO"


def test_the_new_outlet_is_configured_and_crawlable(project):
    show = f"from crawler.outlets import OUTLETS; o = OUTLETS['{KEY}']; print(o.hosts, o.layout.platform)"
    result = run(project, sys.executable, "-c", show)
    assert result.stdout.strip() == f"{{'{HOST}': 'WITA'}} tribun", result.stderr
    assert KEY in run(project, *SCRAPY, "list").stdout.split()


def test_what_it_writes_passes_lint(project):
    ruff = Path(sys.executable).with_name("ruff")
    written = ["crawler/outlets.py", f"crawler/spiders/{KEY}.py"]
    assert run(project, str(ruff), "check", *written).returncode == 0
    assert run(project, str(ruff), "format", "--check", *written).returncode == 0


def test_expected_fields_fail_until_filled_in(project):
    before = outlet_tests(project)
    assert before[f"test_every_outlet_has_sample_pages_and_expected_fields[{KEY}]"].startswith("FAILED"), before
    assert [test for test, outcome in before.items() if test.startswith("test_sample_page_extracts")], before
    assert all(outcome.startswith("FAILED") for test, outcome in before.items() if "offsite" not in test), before
    assert run(project, sys.executable, "-m", "tools.build_sample").returncode == 0
    after = outlet_tests(project)
    assert after[f"test_every_outlet_has_sample_pages_and_expected_fields[{KEY}]"] == "PASSED"
    (unfilled,) = [test for test, outcome in after.items() if test.startswith("test_sample_page_extracts")]
    assert after[unfilled].startswith("FAILED") and "TODO left" in after[unfilled], after


def test_refuses_an_outlet_or_host_that_exists(project):
    assert run(project, *SCRAPY, "genoutlet", KEY, "www.other.id").returncode != 0
    assert run(project, *SCRAPY, "genoutlet", "other", "banten.antaranews.com").returncode != 0
    # A key whose name in crawler/outlets.py is taken: WIB is a time zone.
    assert run(project, *SCRAPY, "genoutlet", "wib", "www.other.id").returncode != 0
