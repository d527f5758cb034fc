// Types for layers.mjs (plain JavaScript, so eslint.config.js can load it without a TypeScript loader).

/** One element of the architecture: a set of paths and what it may import. */
export interface Element {
  name: string;
  paths: string[];
  may: string[];
  typesFrom?: string[];
  pure?: boolean;
  why: string;
}

export declare const ELEMENTS: Element[];
export declare const IMPURE_PACKAGES: string[];
export declare const FORBIDDEN_PACKAGES: Record<string, string[]>;
export declare const DOM_GLOBALS: string[];
export declare const DOM_TYPES: string[];
export declare function elementOf(file: string): Element | undefined;
export declare function elementsContaining(file: string): Element[];
export declare function mayImport(from: Element | undefined, to: Element | undefined, typeOnly?: boolean): boolean;
export declare function checkImport(fromFile: string, toFile: string, typeOnly?: boolean): { ok: true } | { ok: false; why: string };
export declare function restrictedZones(): { target: string[]; from: string; except?: string[]; message: string }[];
export declare function typeOnlyRestrictions(): { element: Element; options: unknown }[];
export declare function purePaths(): string[];
export declare function globsFor(paths: string[]): string[];
export declare const ELEMENTS_BY_NAME: Map<string, Element>;
