/** Plain share links: no third-party script, nothing loaded until a reader follows one. */
export interface ShareLink {
  label: string;
  href: string;
}

export function shareLinks(title: string, url: string): ShareLink[] {
  const q = encodeURIComponent;
  const text = `${title} ${url}`;
  return [
    { label: 'Email', href: `mailto:?subject=${q(title)}&body=${q(text)}` },
    { label: 'WhatsApp', href: `https://wa.me/?text=${q(text)}` },
    { label: 'X', href: `https://x.com/intent/post?text=${q(title)}&url=${q(url)}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
    { label: 'Bluesky', href: `https://bsky.app/intent/compose?text=${q(text)}` },
  ];
}

/** Text to paste into a Mastodon (or any) post: Mastodon has no one share URL, each server has its own. */
export function shareText(title: string, url: string): string {
  return `${title}\n${url}`;
}
