// Written by `npm run template` from the zod schemas of schema.ts; do not edit (tests/export.test.ts holds it to them).
// Every numeric cell of the template: part → row (or group of rows) → the row's columns.
export const TEMPLATE = {
  '2019': {
    activeDisclosure: {
      regulations: ['newlyMade', 'newlyPublished', 'publishedTotal'],
      normativeDocuments: ['newlyMade', 'newlyPublished', 'publishedTotal'],
      licensing: ['previousItems', 'change', 'decisions'],
      otherServices: ['previousItems', 'change', 'decisions'],
      penalty: ['previousItems', 'change', 'decisions'],
      coercion: ['previousItems', 'change', 'decisions'],
      adminFees: ['previousItems', 'change'],
      procurement: ['projects', 'amount'],
    },
    requests: {
      newReceived: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      carriedOver: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      granted: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      partiallyGranted: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      denied: {
        stateSecret: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        lawProhibited: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        securityStability: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        thirdParty: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        internalAffairs: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        processInformation: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        enforcementFile: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        administrativeQuery: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      },
      unavailable: {
        notHeld: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        needsCreation: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        unclear: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      },
      notProcessed: {
        complaint: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        duplicate: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        publication: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        excessive: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        confirmation: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      },
      otherHandling: {
        all: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      },
      outcomesTotal: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      carriedForward: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
    },
    reviewLitigation: {
      review: ['upheld', 'corrected', 'other', 'pending', 'total'],
      litigationDirect: ['upheld', 'corrected', 'other', 'pending', 'total'],
      litigationAfterReview: ['upheld', 'corrected', 'other', 'pending', 'total'],
    },
  },
  '2021': {
    activeDisclosure: {
      regulations: ['issued', 'repealed', 'inForce'],
      normativeDocuments: ['issued', 'repealed', 'inForce'],
      licensing: ['decisions'],
      penalty: ['decisions'],
      coercion: ['decisions'],
      adminFees: ['amountWanYuan'],
    },
    requests: {
      newReceived: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      carriedOver: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      granted: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      partiallyGranted: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      denied: {
        stateSecret: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        lawProhibited: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        securityStability: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        thirdParty: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        internalAffairs: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        processInformation: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        enforcementFile: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        administrativeQuery: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      },
      unavailable: {
        notHeld: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        needsCreation: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        unclear: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      },
      notProcessed: {
        complaint: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        duplicate: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        publication: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        excessive: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        confirmation: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      },
      otherHandling: {
        noCorrection: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        feeUnpaid: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
        other: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      },
      outcomesTotal: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
      carriedForward: ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'],
    },
    reviewLitigation: {
      review: ['upheld', 'corrected', 'other', 'pending', 'total'],
      litigationDirect: ['upheld', 'corrected', 'other', 'pending', 'total'],
      litigationAfterReview: ['upheld', 'corrected', 'other', 'pending', 'total'],
    },
  },
} as const;
