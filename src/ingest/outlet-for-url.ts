/** Looks an outlet up by web host; supplied by the caller from the outlets gazetteer. */
export type OutletLookup = (host: string) => string | null;

/** The lowercased host of an absolute http(s) URL without a leading `www.`, or null when it is not one. */
export function hostOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** Candidate hosts from most to least specific: `news.example.co.uk`, `example.co.uk`, `co.uk`. */
export function hostCandidates(host: string): readonly string[] {
  const labels = host.split('.');
  const candidates: string[] = [];
  for (let i = 0; labels.length - i >= 2; i += 1) candidates.push(labels.slice(i).join('.'));
  return candidates.length > 0 ? candidates : [host];
}

/** The outlet for a URL through the lookup, trying the host and then its parent domains. */
export function outletForUrl(url: string | null, lookup: OutletLookup | undefined): string | null {
  if (url === null || lookup === undefined) return null;
  const host = hostOf(url);
  if (host === null) return null;
  for (const candidate of hostCandidates(host)) {
    const outlet = lookup(candidate);
    if (outlet !== null && outlet.trim() !== '') return outlet.trim();
  }
  return null;
}
