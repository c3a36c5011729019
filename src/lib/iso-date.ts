/** `2026-11-22`: how the policy pages and their JSON-LD write a snapshot or review date. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
