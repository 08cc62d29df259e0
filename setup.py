"""The egg `scrapyd-deploy` builds for Scrapyd: the crawler and its pipelines, with the project's settings.

The settings entry point Scrapyd looks for is declared in pyproject.toml (`[project.entry-points.scrapy]`).
The units gazetteer (data/units.csv) and the award knowledge tables (data/knowledge/) travel inside the egg
as pipelines/units.csv and pipelines/knowledge/, where the pipelines find them when there is no checkout around.
"""

import shutil
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


class BuildWithGazetteer(build_py):
    def run(self):
        super().run()
        data = Path(__file__).parent / "data"
        shutil.copyfile(data / "units.csv", Path(self.build_lib) / "pipelines" / "units.csv")
        shutil.copytree(data / "knowledge", Path(self.build_lib) / "pipelines" / "knowledge", dirs_exist_ok=True)


setup(
    packages=find_packages(include=["crawler", "crawler.*", "pipelines", "pipelines.*"]),
    # The shared crawl's Lua scripts, read at import, and the files `scrapy genoutlet` fills in.
    package_data={"crawler.distributed": ["lua/*.lua"], "crawler.commands": ["templates/outlet/*.tmpl"]},
    cmdclass={"build_py": BuildWithGazetteer},
)
