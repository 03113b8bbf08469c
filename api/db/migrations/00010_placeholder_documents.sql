-- PLACEHOLDER on branch h-review only, so its 00012 migrates without a gap.
-- DELETE this file when merging: the real 00010 comes from h-docs / h-ledger.
SELECT 1;
