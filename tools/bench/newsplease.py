"""news-please over saved pages, for the benchmark; runs in news-please's own virtualenv.

    python tools/bench/newsplease.py MANIFEST.json OUT_DIR

MANIFEST.json is a list of [url, path] pairs. Each page goes through
`NewsPlease.from_html(html, url=url)` and is stored as one JSON file, as news-please
stores articles. Images are not fetched: the comparison is offline, like the crawl.
Prints one JSON object with the pages done, errors and the time spent.
"""

import json
import sys
import time
from pathlib import Path


def main(manifest: str, out_dir: str) -> None:
    # Run as a script, this file's directory comes first on sys.path, where this file would shadow the package.
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    started = time.process_time()
    from newsplease import NewsPlease

    import_cpu = time.process_time() - started
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pages = json.loads(Path(manifest).read_text(encoding="utf-8"))
    htmls = [(url, Path(path).read_text(encoding="utf-8")) for url, path in pages]
    # The first call builds news-please's extractors; time it apart from the steady state.
    first = time.perf_counter()
    NewsPlease.from_html(htmls[0][1], url=htmls[0][0], fetch_images=False)
    first_wall = time.perf_counter() - first
    errors = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for n, (url, html) in enumerate(htmls):
        try:
            article = NewsPlease.from_html(html, url=url, fetch_images=False)
            data = article.get_serializable_dict()
        except Exception:  # noqa: BLE001 - a failure on one page is counted, not fatal
            errors += 1
            continue
        (out / f"{n:06d}.json").write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")
    result = {
        "pages": len(htmls),
        "errors": errors,
        "wall_s": time.perf_counter() - wall,
        "cpu_s": time.process_time() - cpu,
        "first_call_s": first_wall,
        "import_cpu_s": import_cpu,
        "with_text": sum(1 for p in out.glob("*.json") if json.loads(p.read_text(encoding="utf-8")).get("maintext")),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main(*sys.argv[1:3])
