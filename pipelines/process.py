"""The former name of pipelines/page_fields.py, for the imports that have not moved yet."""

from pipelines.page_fields import process_page

__all__ = ["process_page"]
