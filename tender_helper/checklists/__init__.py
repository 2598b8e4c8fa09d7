"""Checklist templates (data in resources/checklists/), deadline rules and their instantiation for a bid."""
