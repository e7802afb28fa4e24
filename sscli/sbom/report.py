"""A self-contained HTML page about an SBOM: counts, licenses, a searchable component table and
the dependency tree. No external assets, no network: it opens from a CI artifact as it is."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from html import escape

from sscli.inventory.model import Inventory, Package

_STYLE = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
header{background:#12263f;color:#fff;padding:18px 28px}header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;opacity:.8}main{padding:20px 28px;max-width:1200px}
.cards{display:flex;gap:12px;flex-wrap:wrap}.card{background:#fff;border-radius:8px;padding:12px 18px;
box-shadow:0 1px 2px #0002;min-width:130px}.card b{display:block;font-size:24px}
section{background:#fff;border-radius:8px;box-shadow:0 1px 2px #0002;padding:14px 18px;margin:16px 0}
h2{font-size:16px;margin:0 0 10px}table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e5e8ec;vertical-align:top}
th{background:#f0f2f5;cursor:pointer;user-select:none}code{font-size:12px;word-break:break-all}
input[type=search]{width:100%;padding:7px 10px;margin-bottom:10px;border:1px solid #c8ced6;border-radius:6px}
.bar{background:#3b82f6;height:10px;border-radius:3px}.warn{color:#b45309}.muted{color:#6b7280}
ul.tree,ul.tree ul{list-style:none;margin:0;padding:0}ul.tree ul{padding-left:1.4em}
ul.tree summary{cursor:pointer;list-style:none}ul.tree summary::-webkit-details-marker{display:none}
ul.tree summary::before,ul.tree .leaf::before{display:inline-block;width:1.1em;content:''}
ul.tree details[open]>summary::before{content:'\\25BE'}ul.tree details:not([open])>summary::before{content:'\\25B8'}
"""
_SCRIPT = """
const q=document.getElementById('q');q&&q.addEventListener('input',()=>{const t=q.value.toLowerCase();
document.querySelectorAll('#components tbody tr').forEach(r=>{r.style.display=
r.textContent.toLowerCase().includes(t)?'':'none'})});
document.querySelectorAll('#components th').forEach((th,i)=>th.addEventListener('click',()=>{
const b=th.closest('table').tBodies[0];const rows=[...b.rows];const d=th.dataset.d=th.dataset.d==='a'?'d':'a';
rows.sort((x,y)=>x.cells[i].textContent.localeCompare(y.cells[i].textContent,undefined,{numeric:true})
*(d==='a'?1:-1));rows.forEach(r=>b.appendChild(r))}));
"""


def license_of(package: Package) -> str:
    return package.license_expression or " / ".join(package.license_names) or "unknown"


def render_html(
    inventory: Inventory,
    *,
    title: str | None = None,
    extra_sections: Sequence[tuple[str, str]] = (),
) -> str:
    """The report page. `extra_sections` are (heading, trusted HTML) added by later stages."""
    components = list(inventory.components())
    root = inventory.root
    name = title or (f"{root.display_name or root.name} {root.version or ''}" if root else "SBOM")
    licenses = Counter(license_of(p) for p in components)
    hashed = sum(1 for p in components if p.sha256_hashes)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>{escape(name)} - sscli report</title><style>{_STYLE}</style></head><body>",
        f"<header><h1>{escape(name)}</h1><p>Software bill of materials from "
        f"{escape(inventory.source_path or inventory.source_kind)}</p></header><main>",
        _cards(components, licenses, hashed, inventory),
        *[f"<section><h2>{escape(h)}</h2>{body}</section>" for h, body in extra_sections],
        _licenses_section(licenses, len(components)),
        _components_section(components),
        _tree_section(inventory),
        "</main>",
        f"<script>{_SCRIPT}</script></body></html>",
    ]
    return "\n".join(parts) + "\n"


def _cards(components: list[Package], licenses: Counter[str], hashed: int, inv: Inventory) -> str:
    cards = [
        ("components", str(len(components))),
        ("distinct licenses", str(len(licenses))),
        ("with sha256", f"{hashed}/{len(components)}"),
        ("dependency edges", str(sum(1 for _ in inv.edges()))),
    ]
    if inv.problems:
        cards.append(("problems", str(len(inv.problems))))
    body = "".join(f"<div class='card'><b>{escape(v)}</b>{escape(k)}</div>" for k, v in cards)
    problems = "".join(f"<li class='warn'>{escape(str(p))}</li>" for p in inv.problems)
    return f"<div class='cards'>{body}</div>" + (f"<ul>{problems}</ul>" if problems else "")


def _licenses_section(licenses: Counter[str], total: int) -> str:
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td>{count}</td><td style='width:50%'>"
        f"<div class='bar' style='width:{100 * count / max(total, 1):.0f}%'></div></td></tr>"
        for name, count in licenses.most_common()
    )
    return (
        "<section><h2>Licenses</h2><table><thead><tr><th>License</th><th>Components</th><th></th>"
        f"</tr></thead><tbody>{rows}</tbody></table></section>"
    )


def _components_section(components: list[Package]) -> str:
    rows = []
    for p in sorted(components, key=lambda c: c.name):
        digest = p.sha256_hashes[0] if p.sha256_hashes else ""
        more = (
            f" <span class='muted'>+{len(p.sha256_hashes) - 1}</span>"
            if len(p.sha256_hashes) > 1
            else ""
        )
        rows.append(
            f"<tr><td>{escape(p.display_name or p.name)}</td><td>{escape(p.version or '')}</td>"
            f"<td>{escape(license_of(p))}</td><td><code>{escape(p.package_url)}</code></td>"
            f"<td><code>{escape(digest[:16])}</code>{more}</td>"
            f"<td>{escape(p.supplier or p.author or '')}</td></tr>"
        )
    return (
        "<section><h2>Components</h2><input id='q' type='search' placeholder='Filter components'>"
        "<table id='components'><thead><tr><th>Name</th><th>Version</th><th>License</th>"
        "<th>purl</th><th>sha256</th><th>Supplier / author</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _tree_section(inventory: Inventory) -> str:
    """The dependency graph as nested lists: a node's children one level in, siblings at one
    indentation whatever their own children; a package met again on its own path is a cycle."""
    children: dict[str, list[Package]] = {}
    has_parent: set[str] = set()
    for parent, child in inventory.edges():
        children.setdefault(parent.key, []).append(child)
        if parent is not inventory.root:
            has_parent.add(child.key)
    tops = children.get(inventory.root.key, []) if inventory.root else []
    if not tops:
        tops = [p for p in inventory.packages if p.key not in has_parent]

    def label(package: Package) -> str:
        return (
            f"<span class='name'>{escape(package.display_name or package.name)}</span> "
            f"<span class='muted'>{escape(package.version or '')}</span>"
        )

    def node(package: Package, path: frozenset[str]) -> str:
        data = f" data-package='{escape(package.name)}'"
        kids = sorted(children.get(package.key, []), key=lambda k: k.name)
        if package.key in path:
            return f"<li{data}><span class='leaf'>{label(package)} <span class='muted'>(cycle)</span></span></li>"
        if not kids:
            return f"<li{data}><span class='leaf'>{label(package)}</span></li>"
        inner = "".join(node(k, path | {package.key}) for k in kids)
        return f"<li{data}><details open><summary>{label(package)}</summary><ul>{inner}</ul></details></li>"

    items = "".join(node(p, frozenset()) for p in sorted(tops, key=lambda p: p.name))
    root = inventory.root
    if root is not None and items:
        items = f"<li data-root='true'><details open><summary>{label(root)}</summary><ul>{items}</ul></details></li>"
    elif root is not None:
        items = f"<li data-root='true'><span class='leaf'>{label(root)}</span></li>"
    return f"<section id='tree'><h2>Dependency tree</h2><ul class='tree'>{items}</ul></section>"
