-- Placeholder on branch h-collateral only, so that 00013 applies without a gap.
-- Drop this file at merge: migration 00011 belongs to another branch.
SELECT 1;
