/**
 * A plain static file server for the throughput comparison: node:http streaming files from one
 * directory, with a content type and nothing else (no compression, no caching layer).
 *
 *   node --import tsx bench/static-server.ts <dir> <port>
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const [dir, port] = [path.resolve(process.argv[2] ?? '.'), Number(process.argv[3] ?? 3221)];
createServer((req, res) => {
  const file = path.join(
    dir,
    path.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, ''),
  );
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile() || !file.startsWith(dir)) throw new Error('not a file');
    size = stat.size;
  } catch {
    res.writeHead(404).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream',
    'content-length': size,
  });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1');
