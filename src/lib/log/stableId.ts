/**
 * Ids that stay the same from build to build and wherever the site is hosted: name-based
 * UUIDs (RFC 9562 version 5) in this site's namespace, for feed entries and calendar events.
 */
import { v5 as uuidv5 } from 'uuid';

const NAMESPACE = '6f1d3a52-3c0e-4d8f-9a57-2b8e1c4f7d10';

/** The UUID of a name such as "record/1/nb" or "review/2/2026-03-02/en". */
export const stableId = (name: string): string => uuidv5(name, NAMESPACE);
