/**
 * Where the content script runs by default: the corpus's outlets and the major news sites. Anything
 * else is opt-in ("all sites", an optional permission) or on demand (the toolbar button, activeTab).
 * The build turns this list into the manifest's match patterns, so it is the single source.
 */
export const NEWS_SITES: readonly string[] = [
  // The corpus's outlets.
  "themoscowtimes.com",
  "jpost.com",
  // Wire services and broadcasters.
  "reuters.com",
  "apnews.com",
  "afp.com",
  "bbc.com",
  "bbc.co.uk",
  "cnn.com",
  "foxnews.com",
  "nbcnews.com",
  "cbsnews.com",
  "abcnews.go.com",
  "npr.org",
  "pbs.org",
  "skynews.com",
  "news.sky.com",
  "aljazeera.com",
  "dw.com",
  "france24.com",
  "euronews.com",
  "rferl.org",
  "cbc.ca",
  "abc.net.au",
  // Newspapers and magazines.
  "nytimes.com",
  "washingtonpost.com",
  "wsj.com",
  "usatoday.com",
  "latimes.com",
  "politico.com",
  "politico.eu",
  "axios.com",
  "thehill.com",
  "newsweek.com",
  "bloomberg.com",
  "ft.com",
  "economist.com",
  "theguardian.com",
  "independent.co.uk",
  "telegraph.co.uk",
  "thetimes.co.uk",
  "timesofisrael.com",
  "haaretz.com",
  "kyivindependent.com",
  "kyivpost.com",
  "pravda.com.ua",
  "meduza.io",
  "novayagazeta.eu",
  "spiegel.de",
  "lemonde.fr",
  "scmp.com",
  "straitstimes.com",
];

/** Match patterns for a list of domains: the domain itself and any subdomain, over http and https. */
export function matchPatterns(domains: readonly string[]): string[] {
  return domains.flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);
}
