import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import { NotFoundError } from '../errors.js';
import { CLIENT_SCRIPT } from './client-script.js';
import { STYLESHEET } from './styles.js';

const require = createRequire(import.meta.url);

/** A library's browser build, found beside its package's main file in node_modules. */
function libraryFile(name: string, file: string): () => string {
  let cached: string | undefined;
  return () => {
    cached ??= readFileSync(join(dirname(require.resolve(name)), file), 'utf8');
    return cached;
  };
}

const ASSETS: Readonly<Record<string, { readonly type: string; readonly body: () => string }>> = {
  'app.css': { type: 'text/css; charset=utf-8', body: () => STYLESHEET },
  'app.js': { type: 'text/javascript; charset=utf-8', body: () => CLIENT_SCRIPT },
  // The rule cytoscape.js would otherwise insert as an inline <style>, which the CSP forbids.
  'cytoscape.css': {
    type: 'text/css; charset=utf-8',
    body: () => '.__________cytoscape_container { position: relative; }\n',
  },
  'chart.js': { type: 'text/javascript; charset=utf-8', body: libraryFile('chart.js', 'chart.umd.min.js') },
  'cytoscape.js': {
    type: 'text/javascript; charset=utf-8',
    body: libraryFile('cytoscape', 'cytoscape.min.js'),
  },
};

/** Serves the stylesheet, the client script and the libraries under /assets, from this server, never a CDN. */
export function assetRoutes(): Hono {
  return new Hono().get('/assets/:name', (c) => {
    const asset = ASSETS[c.req.param('name')];
    if (asset === undefined) throw new NotFoundError(`no asset ${c.req.param('name')}`);
    c.header('Content-Type', asset.type);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(asset.body());
  });
}
