"""Fail when any modules of NextYes import each other in a ring, however long.

`lint-imports` checks the layers between apps and the siblings inside each package, but not a
package's __init__ and its own modules importing each other; this walks the whole module graph
(grimp, the graph import-linter uses), so no ring of any shape gets in. Run by `make lint`.
"""

from __future__ import annotations

import sys

import grimp


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected groups of two or more modules (Tarjan's algorithm, without
    recursion so a long chain cannot overflow the stack)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            module, imported = work[-1]
            step = next(imported, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    on_stack.add(step)
                    work.append((step, iter(sorted(graph.find_modules_directly_imported_by(step)))))
                elif step in on_stack:
                    low[module] = min(low[module], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[module])
            if low[module] == index[module]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == module:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def main() -> int:
    graph = grimp.build_graph("nextyes")
    found = cycles(graph)
    for group in found:
        print("These modules import each other in a ring:", file=sys.stderr)
        for importer in group:
            for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                if imported in group:
                    lines = graph.get_import_details(importer=importer, imported=imported)
                    where = ", ".join(f"l.{d['line_number']}" for d in lines)
                    print(f"  {importer} -> {imported} ({where})", file=sys.stderr)
    if found:
        return 1
    print(f"No import cycles among {len(graph.modules)} modules.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
