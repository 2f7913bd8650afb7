// The columns of parts 三 and 四, as plain constants: the schemas are built from them, and the mapping and the rules
// read them without loading the schemas.
export const REQUEST_COLUMNS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'] as const;
export const CASE_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
