-- Placeholder on branch h-ledger only: 00010 belongs to the documents migration
-- (branch h-docs). Migration numbering refuses gaps, so this keeps 00011 runnable
-- here; on merge, h-docs' 00010_project_documents.sql replaces this file.
SELECT 1;
