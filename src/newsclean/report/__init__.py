"""The HTML report of a cleaned page: what ``newsclean explain --html`` writes and
``Document.to_html()`` returns.

One self-contained file: the page's lines coloured by label with a legend, each line's rule (and
reason) on hover and on keyboard focus, the metadata with where each value came from, counts per
label and a toggle that hides the removed lines. It makes no request (its Content-Security-Policy
allows only its own inlined style and script), so it opens offline and can be mailed around.

The layout lives in ``templates/`` (a Jinja2 template, its CSS and JS), the label descriptions in
``labels.toml``; this module only turns a :class:`~newsclean.model.Document` into the values the
template shows.
"""

from newsclean.report.render import render_html

__all__ = ["render_html"]
