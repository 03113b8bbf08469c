-- PLACEHOLDER on branch h-review only, so its 00012 migrates without a gap.
-- DELETE this file when merging: the real 00011 comes from h-docs / h-ledger.
SELECT 1;
