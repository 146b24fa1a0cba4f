"""Docstrings for generated code: escaped, wrapped to the line length, deterministic."""

from __future__ import annotations

import textwrap

__all__ = ["docstring_body", "docstring_literal"]

_WIDTH = 100


def docstring_body(text: str, *, indent: int) -> str:
    """The inside of a triple-quoted docstring, wrapped so each line fits once indented by ``indent``.

    Paragraphs (separated by blank lines) are kept; backslashes and triple quotes are escaped.
    Continuation lines carry the indentation; the first line does not (it follows the quotes).
    """
    text = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if not text:
        return ""
    paragraphs = [" ".join(paragraph.split()) for paragraph in text.split("\n\n")]
    wrapped = [
        textwrap.fill(paragraph, width=_WIDTH - indent, break_long_words=False, break_on_hyphens=False)
        for paragraph in paragraphs
        if paragraph
    ]
    body = "\n\n".join(wrapped)
    if body.endswith('"'):
        body += " "
    return textwrap.indent(body, " " * indent)[indent:]


def docstring_literal(text: str, *, indent: int) -> str:
    """A complete ``\"\"\"…\"\"\"`` literal (closing quotes on their own line when it spans lines)."""
    body = docstring_body(text, indent=indent)
    if not body:
        return ""
    return f'"""{body}\n{" " * indent}"""' if "\n" in body else f'"""{body}"""'
