/**
 * Lists of domains kept as data files (data/news-sites.txt, data/news-sites-deny.txt): one entry a
 * line, `#` starts a comment. Pure string logic, so the build (Node), the background (browser) and the
 * tests share one parser and one notion of "this host is covered".
 */

/** A hostname as a match pattern can name it: lower-case ASCII labels (IDNs in punycode), a dot, a letter TLD. */
const HOSTNAME =
  /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** A deny-list wildcard: `google.*` stands for the brand under any public suffix (google.de, google.co.uk). */
const BRAND_WILDCARD = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.\*$/;

/** Whether `host` is a hostname a list may hold: lower case, valid labels, at least two labels. */
export function isHostname(host: string): boolean {
  return HOSTNAME.test(host);
}

/** The entries of a domain-list file, comments and blank lines dropped; `source` names the file in errors. */
export function listEntries(text: string, source: string): Array<{ line: number; entry: string }> {
  const entries: Array<{ line: number; entry: string }> = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const entry = raw.replace(/#.*$/, "").trim();
    if (entry !== "") entries.push({ line: index + 1, entry });
  });
  if (entries.length === 0) throw new Error(`${source}: the list is empty`);
  return entries;
}

/**
 * The domains of a news-site list file. Throws one line naming the file and line for an entry that is
 * not a lower-case hostname, or that repeats an earlier one.
 */
export function parseDomainList(text: string, source: string): string[] {
  const seen = new Set<string>();
  for (const { line, entry } of listEntries(text, source)) {
    if (!isHostname(entry)) throw new Error(`${source}:${line}: "${entry}" is not a lower-case hostname`);
    if (seen.has(entry)) throw new Error(`${source}:${line}: "${entry}" is listed twice`);
    seen.add(entry);
  }
  return [...seen];
}

/** A deny-list entry: a domain (it and its subdomains) or a brand under any suffix (`amazon.*`). */
export type DenyRule = { domain: string } | { brand: string };

/** The rules of a deny-list file; one-line error for an entry that is neither a hostname nor `brand.*`. */
export function parseDenyList(text: string, source: string): DenyRule[] {
  return listEntries(text, source).map(({ line, entry }) => {
    const brand = BRAND_WILDCARD.exec(entry);
    if (brand) return { brand: brand[1]! };
    if (isHostname(entry)) return { domain: entry };
    throw new Error(
      `${source}:${line}: "${entry}" is neither a lower-case hostname nor a "brand.*" wildcard`,
    );
  });
}

/** Whether `host` is `domain` or one of its subdomains. */
export function isWithin(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * Whether a deny rule covers `host`. A brand wildcard covers the brand's label followed by one or two
 * labels (a public suffix such as `de` or `co.uk`), with any subdomain in front: `news.google.co.uk`.
 */
export function isDenied(host: string, rule: DenyRule): boolean {
  if ("domain" in rule) return isWithin(host, rule.domain);
  const labels = host.split(".");
  const at = labels.lastIndexOf(rule.brand);
  return at >= 0 && labels.length - at - 1 >= 1 && labels.length - at - 1 <= 2;
}

/** The listed domain that covers `host` (the host itself or a parent domain of it), if any. */
export function coveringDomain(host: string, domains: ReadonlySet<string>): string | undefined {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".");
  for (let start = 0; start < labels.length - 1; start++) {
    const candidate = labels.slice(start).join(".");
    if (domains.has(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Content-script match patterns for a list of domains, one per domain: in Chrome and Firefox alike
 * `*://*.example.com/*` matches example.com itself and every subdomain, over http and https.
 */
export function matchPatterns(domains: readonly string[]): string[] {
  return domains.map((domain) => `*://*.${domain}/*`);
}

/** The domain of a pattern `matchPatterns` wrote (`*://*.example.com/*` → example.com); any other pattern: none. */
export function domainOfMatchPattern(pattern: string): string | undefined {
  const domain = /^\*:\/\/\*\.([^/]+)\/\*$/.exec(pattern)?.[1];
  return domain !== undefined && isHostname(domain) ? domain : undefined;
}
