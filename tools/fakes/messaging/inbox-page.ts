import { escapeHtml } from "../http-kit";
import type { StoredMessage } from "./store";

/** The inbox a person trying the demo reads their codes and decisions in: one section per recipient, newest first. */
export function inboxPage(messages: StoredMessage[], filter: string | null): string {
  const byRecipient = new Map<string, StoredMessage[]>();
  for (const m of [...messages].reverse()) byRecipient.set(m.to, [...(byRecipient.get(m.to) ?? []), m]);
  const sections = [...byRecipient.entries()]
    .map(
      ([to, list]) => `<section>
<h2><a href="/?to=${encodeURIComponent(to)}">${escapeHtml(to)}</a> <small>${list.length}</small></h2>
${list.map(messageCard).join("\n")}
</section>`,
    )
    .join("\n");
  const empty = `<p class="empty">No messages yet${filter ? ` for ${escapeHtml(filter)}` : ""}. Sign in or submit an application, then come back: this page refreshes itself.</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5">
<title>vemtas — test inbox</title>
<style>
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:46rem;padding:1rem;line-height:1.45;color:#1a1a1a}
h1{font-size:1.3rem}h2{font-size:1.05rem;margin-top:1.6rem;word-break:break-all}h2 small{color:#666;font-weight:normal}
article{border:1px solid #ccc;border-radius:.5rem;padding:.7rem .9rem;margin:.6rem 0}
.meta{color:#555;font-size:.85rem}.subject{font-weight:600;margin:.3rem 0}
.body{white-space:pre-wrap;overflow-wrap:anywhere;margin:.3rem 0 0}
.tag{display:inline-block;border-radius:.3rem;padding:0 .35rem;font-size:.75rem;background:#eee}
.empty{color:#555}
</style></head><body>
<h1>Test inbox: e-mails and SMS sent by vemtas</h1>
<p class="meta">Nothing here left this computer. ${filter ? `Showing ${escapeHtml(filter)} — <a href="/">all recipients</a>.` : "All recipients."}</p>
${sections || empty}
</body></html>`;
}

function messageCard(m: StoredMessage): string {
  return `<article>
<div class="meta"><span class="tag">${m.channel === "email" ? "E-mail" : "SMS"}</span> ${escapeHtml(m.createdAt.replace("T", " ").slice(0, 19))} UTC · ${escapeHtml(m.status)} · from ${escapeHtml(m.from)}</div>
${m.subject ? `<div class="subject">${escapeHtml(m.subject)}</div>` : ""}
<p class="body">${escapeHtml(m.text)}</p>
</article>`;
}
