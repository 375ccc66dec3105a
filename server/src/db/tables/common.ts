/** Timestamps are ISO-8601 UTC strings on both dialects; flags are 0/1 integers. */
export type Timestamp = string;
export type Flag = 0 | 1;
