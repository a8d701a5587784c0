-- The SLO engine's tables. Every name starts with slo_: in `slo demo` the shop's tables live in
-- the same database (with their own Flyway history table, shop_schema_history).
-- SLOs are keyed by their id as text, service/name.

-- Per-minute SLI data. Minute m is [m, m+1) in epoch minutes. A missing row is "no data"; a row
-- with total = 0 is a minute with data but without events. Counts are finite, total >= 0 (as
-- MinuteSeries.append accepts them).
create table slo_minutes (
  slo_key text not null,
  minute  bigint not null,
  good    double precision not null check (good <> 'NaN' and good <> 'Infinity' and good <> '-Infinity'),
  total   double precision not null check (total >= 0 and total <> 'NaN' and total <> 'Infinity'),
  primary key (slo_key, minute)
);

-- Every distinct definition an SLO had; a new version only when the spec's hash changes.
create table slo_definitions (
  slo_key    text not null,
  version    integer not null check (version > 0),
  spec       text not null,
  hash       text not null,
  created_at timestamptz not null,
  primary key (slo_key, version)
);

-- Alert episodes: from the first firing evaluation to the resolution.
create table slo_alert_episodes (
  id             bigserial primary key,
  slo_key        text not null,
  severity       text not null check (severity in ('page', 'ticket')),
  started_at     timestamptz not null,
  resolved_at    timestamptz,
  peak_burn_rate double precision not null default 0,
  budget_spent   double precision not null default 0,
  check (resolved_at is null or resolved_at >= started_at)
);
-- At most one open episode per SLO and severity.
create unique index slo_alert_episodes_open on slo_alert_episodes (slo_key, severity) where resolved_at is null;
create index slo_alert_episodes_started on slo_alert_episodes (slo_key, started_at);

-- Notifications to send, written in the evaluation's transaction and sent by workers.
create table slo_outbox (
  id              bigserial primary key,
  slo_key         text not null,
  severity        text not null check (severity in ('page', 'ticket')),
  kind            text not null check (kind in ('firing', 'resolved')),
  payload         json not null,
  target          text not null check (target in ('webhook', 'alertmanager')),
  attempts        integer not null default 0,
  created_at      timestamptz not null,
  next_attempt_at timestamptz not null,
  sent_at         timestamptz,
  last_error      text
);
create index slo_outbox_due on slo_outbox (next_attempt_at, id) where sent_at is null;

-- Rendered error-budget reports, kept as they were sent.
create table slo_report_snapshots (
  id         bigserial primary key,
  period     text not null check (period <> ''),
  format     text not null check (format <> ''),
  body       text not null,
  created_at timestamptz not null
);
create index slo_report_snapshots_period on slo_report_snapshots (period, format, created_at);

-- The scraper's last counter value per series, so that a restarted engine resumes the counters
-- where it left them instead of counting their whole value again.
create table slo_scrape_series (
  slo_key        text not null,
  series         text not null,
  last_value     double precision not null,
  last_scrape_at timestamptz not null,
  primary key (slo_key, series)
);
