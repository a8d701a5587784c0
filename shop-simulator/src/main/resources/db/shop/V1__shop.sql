-- The Astronomy Shop's tables. Money is stored as currency code + units + nanos (never floating
-- point); a card number is never stored, only its type and last four digits; a CVV never is.

create table cart_items (
  user_id     text    not null,
  product_id  text    not null,
  quantity    integer not null check (quantity > 0),
  added_at    timestamptz not null default now(),
  primary key (user_id, product_id)
);

create table payments (
  transaction_id text primary key,
  charge_key     text not null unique,      -- one charge per checkout attempt, whatever the retries
  currency_code  char(3) not null,
  units          bigint not null,
  nanos          integer not null,
  card_type      text not null,
  card_last_four char(4) not null,
  created_at     timestamptz not null default now()
);

create table orders (
  order_id               text primary key,
  user_id                text not null,
  user_currency          char(3) not null,
  email                  text not null,
  street_address         text not null,
  city                   text not null,
  state                  text not null,
  country                text not null,
  zip_code               text not null,
  shipping_tracking_id   text not null,
  shipping_cost_currency char(3) not null,
  shipping_cost_units    bigint not null,
  shipping_cost_nanos    integer not null,
  total_currency         char(3) not null,
  total_units            bigint not null,
  total_nanos            integer not null,
  payment_transaction_id text not null references payments (transaction_id),
  created_at             timestamptz not null default now()
);

create table order_items (
  order_id      text not null references orders (order_id),
  product_id    text not null,
  quantity      integer not null check (quantity > 0),
  unit_price_currency char(3) not null,
  unit_price_units    bigint not null,
  unit_price_nanos    integer not null,
  primary key (order_id, product_id)
);

-- Written in the same transaction as the order ("orders publish"); accounting consumes it.
create table order_outbox (
  id          bigserial primary key,
  order_id    text not null unique references orders (order_id),
  payload     text not null,
  traceparent text,
  created_at  timestamptz not null default now(),
  consumed_at timestamptz
);

create table accounting_entries (
  order_id       text primary key references orders (order_id),
  total_currency char(3) not null,
  total_units    bigint not null,
  total_nanos    integer not null,
  item_count     integer not null,
  recorded_at    timestamptz not null default now()
);

create table emails (
  id         bigserial primary key,
  order_id   text not null unique,
  recipient  text not null,
  subject    text not null,
  body       text not null,
  created_at timestamptz not null default now()
);

-- Idempotency-Key of POST /api/checkout: the first request with a key claims it; retries get
-- its stored response; the same key with another body is refused.
create table idempotency_keys (
  idempotency_key text primary key,
  request_hash    text not null,
  status          integer,
  response        text,
  created_at      timestamptz not null default now()
);
