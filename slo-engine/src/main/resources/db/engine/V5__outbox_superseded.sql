-- A firing notification still undelivered when its alert resolves is stale: delivered after the
-- resolution it would re-open the alert at the receiver (Alertmanager would show it firing until
-- its resolve timeout). The resolution supersedes it; it is kept, marked, and never sent.
alter table slo_outbox add column superseded_at timestamptz;
