"""`scrapy genoutlet KEY HOST`: start a new outlet, as `scrapy genspider` starts a spider.

It writes everything an outlet is made of, each where the project keeps it: the config entry
in crawler/outlets.py (a copy of the outlet whose platform it shares, `--like`), the thin spider,
a sample source stub data/sample_src/<host>.yml and tests/expected/<key>.yml, whose TODOs fail
the outlet tests until someone writes what extraction must find. So no outlet ships untested.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from importlib import import_module
from pathlib import Path
from string import Template

import yaml
from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler import outlets

TEMPLATES = Path(__file__).resolve().parent / "templates" / "outlet"
# The registry of crawler/outlets.py, with the comment lines above it: the new entry goes before them.
REGISTRY = re.compile(r"^(?:#.*\n)*OUTLETS = \{\n(?:.*\n)*?(?=    \)\n\}\n)", re.MULTILINE)


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self):
        return "[options] <key> <host>"

    def short_desc(self):
        return "Start a new outlet: config entry, spider, sample source and expected fields"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--like", default="antara", help="the outlet whose platform its pages share (antara)")
        parser.add_argument("--zone", default="WIB", choices=sorted(outlets.ZONES), help="the host's time zone")

    def run(self, args, opts):
        if len(args) != 2:
            raise UsageError()
        key, host = args[0], args[1].lower()
        check_new_outlet(key, host, opts.like)
        root = Path(outlets.__file__).resolve().parent.parent
        spiders = Path(import_module(self.settings["NEWSPIDER_MODULE"]).__file__).resolve().parent
        values = template_values(key, host, opts.like, opts.zone, root / "data" / "sample_src")
        targets = {
            "spider.py": spiders / f"{key}.py",
            "sample.yml": root / "data" / "sample_src" / f"{host}.yml",
            "expected.yml": root / "tests" / "expected" / f"{key}.yml",
        }
        for path in targets.values():
            if path.exists():
                raise UsageError(f"{path.relative_to(root)} exists already")
        add_config_entry(Path(outlets.__file__), render("config.py", values), values["var"])
        for template, path in targets.items():
            path.write_text(render(template, values), encoding="utf-8")
        print(f"Created outlet {key!r} on {host} (platform of {opts.like!r}):")
        for path in (Path(outlets.__file__), *targets.values()):
            print(f"  {path.relative_to(root)}")
        print(
            "Next: put the outlet's facts in its config entry, write its stories into the sample source,\n"
            "`make sample`, then write what extraction must give into the expected fields (README: Adding an outlet)."
        )


def check_new_outlet(key: str, host: str, like: str) -> None:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", key):
        raise UsageError(f"{key!r}: an outlet key is lowercase letters, digits and _ (it names the spider)")
    if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", host):
        raise UsageError(f"{host!r} is not a host name")
    if key in outlets.OUTLETS:
        raise UsageError(f"outlet {key!r} exists already")
    if key.upper() in vars(outlets):
        raise UsageError(f"{key.upper()} names something else in crawler/outlets.py already: choose another key")
    if outlets.outlet_for_host(host):
        raise UsageError(f"{host} belongs to outlet {outlets.outlet_for_host(host).key!r} already")
    if like not in outlets.OUTLETS or outlets.OUTLETS[like].layout is None:
        raise UsageError(f"--like {like!r}: not an outlet with a layout ({', '.join(outlets.OUTLETS)})")


def template_values(key: str, host: str, like: str, zone: str, sample_src: Path) -> dict[str, str]:
    """What the templates are filled with; the stub story's URL is built by the sample's own rules."""
    from tools.build_sample import article_path

    model = outlets.OUTLETS[like]
    ids = [
        entry["id"]
        for path in sample_src.glob("*.yml")
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []
    ]
    story = {"id": max(ids, default=0) + 1, "slug": f"{key.replace('_', '-')}-contoh-berita", "section": "Hukum"}
    story["published"] = f"{datetime.now():%Y-%m-%d} 09:00"
    new = replace(model, key=key, hosts={host: zone})
    return {
        "key": key,
        "host": host,
        "zone": zone,
        "var": key.upper(),
        "like_key": like,
        "like_var": next(name for name, value in vars(outlets).items() if value is model),
        "classname": "".join(part.capitalize() for part in key.split("_")) + "Spider",
        "story_id": str(story["id"]),
        "slug": story["slug"],
        "published": story["published"],
        "url": f"https://{host}{article_path(host, story, new)}",
    }


def render(template: str, values: dict[str, str]) -> str:
    return Template((TEMPLATES / f"{template}.tmpl").read_text(encoding="utf-8")).substitute(values)


def add_config_entry(config: Path, entry: str, var: str) -> None:
    """Put the entry before the OUTLETS registry of crawler/outlets.py and its name last in it."""
    source = config.read_text(encoding="utf-8")
    found = REGISTRY.search(source)
    if found is None:
        raise UsageError(f"{config}: no `OUTLETS = {{...}}` registry of one outlet a line to add to")
    registry = found.group(0) + f"        {var},\n"
    config.write_text(source[: found.start()] + entry + registry + source[found.end() :], encoding="utf-8")
