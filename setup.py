"""The egg `scrapyd-deploy` builds for Scrapyd: the crawler and its pipelines, with the project's settings.

The settings entry point Scrapyd looks for is declared in pyproject.toml (`[project.entry-points.scrapy]`).
"""

from setuptools import find_packages, setup

setup(packages=find_packages(include=["crawler", "crawler.*", "pipelines", "pipelines.*"]))
