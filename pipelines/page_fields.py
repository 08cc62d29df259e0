"""Every field the archive derives from one page: the pure core of the pipelines, in their order.

Used by `scrapy extract` and by re-extraction from stored pages, so both give
exactly what a crawl stores: reviewed facts (data/corrections.yml) included.
"""

from __future__ import annotations

from pipelines.classify import classify_award_role
from pipelines.corrections import Review, apply_corrections, current_corrections
from pipelines.dedupe import minhash_signature
from pipelines.extract import extract_article
from pipelines.officers import with_officers
from pipelines.structure import article_units, extract_awards
from pipelines.units import forget_story_units


def process_page(html: str, url: str, reviews: dict[str, Review] | None = None) -> dict:
    """All derived fields of one page: text and metadata, award role, awards, units, the review of the
    story if `reviews` (by default the project's corrections file) has one, and the officers it names."""
    forget_story_units()
    article = extract_article(html, url)
    role = classify_award_role(article["title"], article["text"])
    article.update(award_role=role.award_role, award_score=role.score, award_evidence=role.evidence)
    awards = (
        extract_awards(article["title"], article["text"], article["published_at"])
        if role.award_role == "received"
        else []
    )
    article["awards"] = awards
    article["units"] = article_units(article["title"], article["text"], awards)
    article["minhash"] = minhash_signature(article["text"])
    return with_officers(apply_corrections(article, current_corrections() if reviews is None else reviews))
