"""`scrapy extract PAGE.html --url URL`: print the item a crawl would store, as JSON."""

import json
import sys

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from w3lib.encoding import html_to_unicode

from crawler.commands import readable_file
from pipelines.extract import ExtractionError
from pipelines.page_fields import process_page


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self):
        return "PAGE.html --url URL"

    def short_desc(self):
        return "Extract one saved page through the archive's pipelines and print it as JSON"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--url", required=True, help="the page's original URL (decides the outlet)")

    def run(self, args, opts):
        if len(args) != 1:
            raise UsageError("give one saved page")
        raw = readable_file("extract", args[0]).read_bytes()
        # Decode as a crawl would: BOM, then <meta charset>, then UTF-8.
        _, html = html_to_unicode(None, raw)
        try:
            article = process_page(html, opts.url)
        except ExtractionError as exc:
            print(f"error: {exc}", file=sys.stderr)
            self.exitcode = 1
            return
        article.pop("minhash", None)  # a binary signature, for clustering only
        print(json.dumps(article, ensure_ascii=False, indent=2))
