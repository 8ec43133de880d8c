"""Forms in the GUI: the renderer, the filling window, the client-facing mode, PDFs."""

from __future__ import annotations

from dataclasses import dataclass

from outreach_desktop.core.forms.definition import FormLibrary, Texts


@dataclass(frozen=True)
class FormsBundle:
    """What every form screen needs, read from disk once on the worker."""

    library: FormLibrary
    engine: dict[str, Texts]


def load_forms_bundle() -> FormsBundle:
    """Runs on the worker (reads files)."""
    from outreach_desktop.core.forms.definition import load_engine_texts

    return FormsBundle(FormLibrary.load(), load_engine_texts())
