/** The scale kinds, a leaf of the core: issues name the kind a cell was read as, and the scales report issues. */
export const SCALE_KINDS = ["number", "currency", "percent", "duration", "ordinal", "yesno"] as const;
export type ScaleKind = (typeof SCALE_KINDS)[number];
