import { z } from 'zod';

// Written from MISP's documented event format (the MISP core format, draft-dulaunoy-misp-core-format):
// numeric enumerations travel as strings, timestamps as seconds since the epoch in a string.
const Uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const Timestamp = z.string().regex(/^\d+$/, 'expected seconds since the epoch');
const Distribution = z.enum(['0', '1', '2', '3', '4', '5']);

/** A MISP tag as attached to an event or an attribute (`admiralty-scale:source-reliability="b"`). */
export const MispTag = z.strictObject({ name: z.string().min(1), colour: z.string().optional() });

/** The MISP categories this export uses, with the attribute types each allows (a subset of MISP's table). */
export const MISP_CATEGORY_TYPES = {
  'External analysis': ['link', 'text', 'comment', 'url', 'other'],
  Other: ['text', 'comment', 'datetime', 'other'],
  Attribution: ['text', 'comment', 'other'],
} as const;

/** One MISP attribute: a typed value in a category, with its own tags. */
export const MispAttribute = z
  .strictObject({
    uuid: Uuid,
    type: z.enum(['link', 'text', 'comment', 'url', 'other', 'datetime']),
    category: z.enum(['External analysis', 'Other', 'Attribution']),
    value: z.string().min(1),
    comment: z.string(),
    to_ids: z.boolean(),
    distribution: Distribution,
    timestamp: Timestamp,
    disable_correlation: z.boolean().optional(),
    Tag: z.array(MispTag).optional(),
  })
  .refine((a) => (MISP_CATEGORY_TYPES[a.category] as readonly string[]).includes(a.type), {
    message: 'attribute type not allowed in its category',
  });
export type MispAttribute = z.infer<typeof MispAttribute>;

/** One MISP event, as `{ "Event": { ... } }` in MISP's JSON import and export. */
export const MispEvent = z.strictObject({
  Event: z.strictObject({
    uuid: Uuid,
    info: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    threat_level_id: z.enum(['1', '2', '3', '4']),
    analysis: z.enum(['0', '1', '2']),
    distribution: Distribution.exclude(['5']),
    published: z.boolean(),
    timestamp: Timestamp,
    Orgc: z.strictObject({ name: z.string().min(1), uuid: Uuid }).optional(),
    Tag: z.array(MispTag),
    Attribute: z.array(MispAttribute),
  }),
});
export type MispEvent = z.infer<typeof MispEvent>;

/** Many MISP events, as MISP's `restSearch` answers them. */
export const MispExport = z.strictObject({ response: z.array(MispEvent) });
export type MispExport = z.infer<typeof MispExport>;
