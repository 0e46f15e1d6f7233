import { z } from 'zod';

// Reads "missing" for an absent field and "must be a string" for any other wrong type.
const text = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is missing' : `must be a string (${what})`) });

const optionalText = (what: string) => text(what).nullable().optional();

/** One document as a JSON object: `{ date, url, outlet, title, text }`; `published` is accepted for `date`. */
export const JsonDocumentRecord = z.object(
  {
    text: text('the body text').refine((value) => value.trim() !== '', { error: 'is empty' }),
    date: optionalText('YYYY-MM-DD'),
    published: optionalText('YYYY-MM-DD'),
    url: optionalText('an absolute URL'),
    outlet: optionalText('the outlet name'),
    title: optionalText('the headline'),
  },
  { error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a JSON object') },
);
export type JsonDocumentRecord = z.infer<typeof JsonDocumentRecord>;

/** Describes what is wrong with a record, naming each field, e.g. `field "text" is missing`. */
export function describeRecordError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path === '' ? `the record ${issue.message}` : `field "${path}" ${issue.message}`;
    })
    .join('; ');
}
