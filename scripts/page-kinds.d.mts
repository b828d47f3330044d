export function pageKinds(root: string): Map<string, string>;
