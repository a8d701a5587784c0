-- Per-SLO routes: a spec's alerting.page.webhook / alerting.ticket.webhook receives that SLO's
-- notifications of that severity, through the outbox like the global webhook and Alertmanager.
alter table slo_outbox add column url text;
alter table slo_outbox drop constraint slo_outbox_target_check;
alter table slo_outbox add constraint slo_outbox_target_check check (
  (target in ('webhook', 'alertmanager') and url is null) or (target = 'route' and url is not null));
