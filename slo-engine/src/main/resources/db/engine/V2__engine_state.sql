-- The engine's own resumable state (the scraper's last counted value of every series), written in
-- the same transaction as the minutes it produced, so a restarted engine counts every event once.
create table slo_engine_state (
  name       text primary key,
  state      json not null,
  updated_at timestamptz not null default now()
);
