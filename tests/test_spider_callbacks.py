"""No spider generator returns a value (the check Scrapy would make on every response, which settings.py turns off)."""

import importlib
import inspect
import pkgutil

from scrapy.utils.misc import is_generator_with_return_value

import crawler.spiders


def test_no_spider_generator_returns_a_value():
    checked = 0
    for info in pkgutil.iter_modules(crawler.spiders.__path__):
        module = importlib.import_module(f"crawler.spiders.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for name, fn in vars(cls).items():
                if inspect.isgeneratorfunction(fn):
                    checked += 1
                    assert not is_generator_with_return_value(fn), f"{cls.__name__}.{name}"
    assert checked >= 5
