import pg from 'pg';
const counts = new Map(); globalThis.__pgCounts = counts;
const orig = pg.Client.prototype.query;
pg.Client.prototype.query = function (q, ...rest) {
  const text = typeof q === 'string' ? q : q?.text ?? '';
  const key = text.replace(/\s+/g,' ').slice(0, 90);
  counts.set(key, (counts.get(key) || 0) + 1);
  return orig.call(this, q, ...rest);
};
import fs from 'node:fs';
setInterval(()=>{ fs.writeFileSync('/tmp/pgcounts.json', JSON.stringify([...counts].sort((a,b)=>b[1]-a[1]))); }, 500).unref();
