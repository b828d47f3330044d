export function parseHeaders(text: string): { pattern: string; headers: [string, string][] }[];
export function serve(options?: {
  root?: string;
  base?: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; close: () => Promise<void> }>;
