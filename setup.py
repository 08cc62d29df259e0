"""The egg `scrapyd-deploy` builds for Scrapyd: the crawler and its pipelines, with the project's settings.

The settings entry point Scrapyd looks for is declared in pyproject.toml (`[project.entry-points.scrapy]`).
The units gazetteer (data/units.csv) travels inside the egg as pipelines/units.csv, where
pipelines/units.py finds it when there is no checkout around.
"""

import shutil
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


class BuildWithGazetteer(build_py):
    def run(self):
        super().run()
        shutil.copyfile(Path(__file__).parent / "data" / "units.csv", Path(self.build_lib) / "pipelines" / "units.csv")


setup(
    packages=find_packages(include=["crawler", "crawler.*", "pipelines", "pipelines.*"]),
    cmdclass={"build_py": BuildWithGazetteer},
)
