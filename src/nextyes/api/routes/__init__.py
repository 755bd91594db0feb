"""One router per resource; `nextyes.api.core` mounts them all under /api/."""
