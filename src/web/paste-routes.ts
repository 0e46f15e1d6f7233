import { Hono } from 'hono';
import { z } from 'zod';
import type { ApiDeps } from '../api/deps.js';
import { documentFromBody, extractPosted } from '../api/post-document.js';
import { sameToken } from '../api/security.js';
import { CorroborateError, describeError } from '../errors.js';
import { type PasteForm, pastePage } from './pages/paste.js';

const Field = (max: number) => z.string().max(max).default('');

/** The paste form's fields as the browser posts them. */
const PasteFields = z.object({
  text: Field(1_000_000),
  title: Field(1000),
  outlet: Field(200),
  date: Field(10),
  token: Field(1000),
});

const EMPTY: PasteForm = { text: '', title: '', outlet: '', date: '' };
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The paste page: a form, and the extraction of what was pasted, shown at once and never stored. */
export function pasteRoutes(deps: ApiDeps): Hono {
  const needsToken = deps.token !== undefined;
  return new Hono()
    .get('/paste', (c) => c.html(pastePage(EMPTY, null, needsToken).value))
    .post('/paste', async (c) => {
      const parsed = PasteFields.safeParse(await c.req.parseBody());
      const { token: given, ...fields } = parsed.success ? parsed.data : { ...EMPTY, token: '' };
      const form: PasteForm = fields;
      try {
        if (!parsed.success)
          throw new CorroborateError('invalid_argument', 'the form is not as the page sends it');
        // Beyond loopback extraction is work done for whoever asks: it needs the token, as writes do.
        const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
        if (deps.token !== undefined && !sameToken(given || bearer || '', deps.token))
          throw new CorroborateError(
            'unauthorized',
            'extracting here needs the token the server was started with',
          );
        const record = {
          text: form.text,
          title: orNull(form.title),
          outlet: orNull(form.outlet),
          date: orNull(form.date),
        };
        const document = documentFromBody({ kind: 'json', text: JSON.stringify(record) }, deps.knowledge);
        // On a worker the page is rendered beside the extraction, which then never reaches this thread.
        if (deps.renderPaste) return c.html(await deps.renderPaste(document, form, needsToken));
        return c.html(pastePage(form, { extraction: await extractPosted(document, deps) }, needsToken).value);
      } catch (error) {
        const { code, message, http } = describeError(error);
        if (code === 'internal') throw error;
        return c.html(pastePage(form, { error: message }, needsToken).value, http as 400);
      }
    });
}
