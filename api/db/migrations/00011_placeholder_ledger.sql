-- Local placeholder (not committed) until 00011 lands from main.
SELECT 1;
