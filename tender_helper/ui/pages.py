"""How a page joins the main window: each ui/*_page.py module declares PAGE = PageSpec(...)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

import tender_helper.ui as ui_package
from tender_helper.ui.qt import QStyle, QWidget
from tender_helper.ui.state import AppState


@dataclass(frozen=True)
class PageSpec:
    """A page in the side navigation.

    `order` places it (10 home, 20 for-you, 30 notices, 40 bids, 50 documents, 60 sustainability,
    70 advice sessions, 80 companies, 90 search profile); `title` is called after the translation is
    installed. A page widget may also define `contribute_menus(self, file_menu: QMenu) -> None` to add
    actions to the File menu, and `show_item(self, payload: object) -> None` to open something
    when another page calls `state.navigate.emit(key, payload)`.
    """

    order: int
    key: str
    title: Callable[[], str]
    icon: QStyle.StandardPixmap
    factory: Callable[[AppState], QWidget]


def discover_pages() -> list[PageSpec]:
    """Every PageSpec declared by a tender_helper.ui.*_page module, in navigation order."""
    specs = []
    for module in pkgutil.iter_modules(ui_package.__path__):
        if module.name.endswith("_page"):
            spec = getattr(importlib.import_module(f"tender_helper.ui.{module.name}"), "PAGE", None)
            if isinstance(spec, PageSpec):
                specs.append(spec)
    return sorted(specs, key=lambda spec: spec.order)
