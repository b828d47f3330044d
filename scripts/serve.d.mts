export type HeaderRule = { pattern: string; headers: [string, string | null][] };
export function parseHeaders(text: string): HeaderRule[];
export function headersFor(rules: HeaderRule[], path: string): Record<string, string>;
export function serve(options?: {
  root?: string;
  base?: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; close: () => Promise<void> }>;
