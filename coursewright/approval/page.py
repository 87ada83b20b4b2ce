"""The approval page's HTML and headers: self-contained, no script, no third-party asset, strict CSP."""

from __future__ import annotations

import secrets
from html import escape
from typing import TYPE_CHECKING

from coursewright.approval.store import ApprovalRecord

if TYPE_CHECKING:
    from coursewright.approval.preview import Preview

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}
.box{border:1px solid #bbb;border-radius:6px;padding:.8rem 1rem;margin:.8rem 0;background:#fafafa}
.node{margin:.3rem 0}.kind{color:#555;font-size:.8rem;text-transform:uppercase;margin-right:.4rem}
.d1{margin-left:1.4rem}.d2{margin-left:2.8rem}.d3{margin-left:4.2rem}.d4{margin-left:5.6rem}
.content{border-left:3px solid #ccd;margin:.3rem 0 .8rem;padding:.2rem .8rem;background:#fff}
.brief{white-space:pre-wrap}
.actions{display:flex;gap:1rem;margin:1.5rem 0}
button{font-size:1rem;padding:.6rem 1.4rem;border-radius:6px;border:1px solid #555;cursor:pointer}
button.approve{background:#1d6b2f;color:#fff}button.decline{background:#fff;color:#8a1c1c}
""".strip()


def security_headers(nonce: str) -> dict[str, str]:
    """Nothing loads but this page's own style; no frame, no referrer, no cache, no other form target."""
    policy = (
        f"default-src 'none'; style-src 'nonce-{nonce}'; img-src 'none'; frame-src 'none'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )
    return {
        "Content-Security-Policy": policy,
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        # Not no-referrer: Chromium then sends "Origin: null" with the form, and the answer would be refused.
        "Referrer-Policy": "same-origin",
        "Cache-Control": "no-store",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
    }


def _document(title: str, body: str, nonce: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<meta name='robots' content='noindex'><title>{escape(title)}</title>"
        f"<style nonce='{nonce}'>{_STYLE}</style></head><body>{body}</body></html>"
    )


def _preview_html(preview: Preview) -> str:
    parts = [f"<h2>Course preview: {escape(preview.title)}</h2>", "<div class='box' id='preview'>"]
    for node in preview.nodes:
        depth = f"d{min(node.depth, 4)}"
        parts.append(
            f"<div class='node {depth}'><span class='kind'>{escape(node.kind)}</span>"
            f"<strong>{escape(node.title)}</strong></div>"
        )
        if node.html:
            # Already reduced to the course-content allow-list by the project's sanitiser.
            parts.append(f"<div class='content {depth}'>{node.html}</div>")
    if preview.truncated:
        parts.append("<p><em>The course is longer than this preview shows.</em></p>")
    parts.append("</div>")
    return "".join(parts)


def approval_page(record: ApprovalRecord) -> tuple[str, str]:
    """The page for a pending record, and the nonce its CSP allows."""
    nonce = secrets.token_urlsafe(16)
    sections = [
        f"<h1>Approve: {escape(record.action)} {escape(record.target)}</h1>",
        "<p>An AI agent asked to do the following on your behalf. Nothing happens unless you approve here.</p>",
        f"<h2>What will happen</h2><div class='box' id='summary'>{escape(record.summary)}</div>",
    ]
    if record.review:
        sections.append(f"<h2>Review</h2><div class='box' id='review'>{escape(record.review)}</div>")
    if record.cost:
        sections.append(f"<h2>Cost</h2><div class='box' id='cost'>{escape(record.cost)}</div>")
    if record.brief:
        sections.append(
            f"<h2>Course brief</h2><div class='box brief' id='brief'>{escape(record.brief)}</div>"
        )
    if record.preview is not None:
        sections.append(_preview_html(record.preview))
    sections.append(
        f"<form method='post' action='{escape(record.path)}'>"
        f"<input type='hidden' name='csrf' value='{escape(record.csrf)}'>"
        "<div class='actions'>"
        "<button type='submit' name='decision' value='approve' class='approve' id='approve'>Approve</button>"
        "<button type='submit' name='decision' value='decline' class='decline' id='decline'>Decline</button>"
        "</div></form>"
        f"<p><small>This link works once and expires soon. Content stamp: {escape(record.stamp[:12])}</small></p>"
    )
    return _document("coursewright approval", "".join(sections), nonce), nonce


def message_page(heading: str, text: str) -> tuple[str, str]:
    nonce = secrets.token_urlsafe(16)
    body = f"<h1 id='outcome'>{escape(heading)}</h1><p id='detail'>{escape(text)}</p>"
    return _document(f"coursewright: {heading}", body, nonce), nonce
