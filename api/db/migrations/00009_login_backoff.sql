-- Login throttling moves from a fixed 15-minute window with a hard lock-out to
-- exponential back-off after the last failure (api/auth/login-throttle.ts).
-- The old counts meant "failures in this window"; throttle state lives
-- minutes, so it starts afresh rather than being reinterpreted.
DELETE FROM login_throttle;
ALTER TABLE login_throttle RENAME COLUMN window_started_at TO last_failure_at;
