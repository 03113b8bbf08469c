-- Local placeholder (not committed) until 00010 lands from main.
SELECT 1;
