-- Errors of each service's downstream calls (spanmetrics CLIENT spans with status ERROR) per
-- minute, for error attribution: kept, so attribution survives a restart and older reports show it.
create table slo_downstream_errors (
  service    text not null,
  span_name  text not null,
  minute     bigint not null,
  errors     double precision not null check (errors >= 0),
  primary key (service, minute, span_name)
);
