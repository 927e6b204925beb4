-- Segment Matrix demo warehouse: raw facts.
--
-- Applied in file-name order (01_schema, 02_seed, 03_views) by the sandbox
-- (embedded PGlite) and by the Postgres container's init scripts.
-- Valid on Postgres 15+ and PGlite (Postgres 18 in WASM): plain DDL, no
-- extensions, no procedural languages.
--
-- Conventions
--   * Quarters are text ids 'YYYY-Qn' ('2024-Q1' ... ), which sort correctly as
--     text; `quarters` holds their calendar dates.
--   * Money is USD per quarter, numeric(14,2).
--   * Scores are 0..10, numeric(4,2); CSAT is 0..100, NPS answers 0..10.

CREATE TABLE quarters (
  quarter_id    text PRIMARY KEY CHECK (quarter_id ~ '^[0-9]{4}-Q[1-4]$'),
  quarter_index integer NOT NULL UNIQUE,   -- 1 = first quarter of the data set
  starts_on     date NOT NULL UNIQUE,
  ends_on       date NOT NULL
);

-- Segments and sub-segments in one table (a sub-segment has a parent).
-- introduced_quarter: first quarter the segment is active.
-- retired_quarter:    the quarter it was retired in, i.e. the first quarter in
--                     which it is no longer active (NULL = still active).
CREATE TABLE segments (
  segment_id         integer PRIMARY KEY,
  name               text NOT NULL UNIQUE,
  parent_segment_id  integer REFERENCES segments (segment_id),
  priority_tier      text CHECK (priority_tier IN ('primary', 'secondary', 'sunset')),
  introduced_quarter text NOT NULL REFERENCES quarters (quarter_id),
  retired_quarter    text REFERENCES quarters (quarter_id),
  region             text CHECK (region IN ('North America', 'EMEA', 'APAC', 'LATAM')),
  focus              text,                 -- sub-segments: vertical / use case
  CHECK (retired_quarter IS NULL OR retired_quarter > introduced_quarter),
  -- top-level segments carry a tier; sub-segments inherit their parent's
  CHECK ((parent_segment_id IS NULL) = (priority_tier IS NOT NULL))
);
CREATE INDEX segments_parent_idx ON segments (parent_segment_id);

-- Lineage: a segment that was split out of, or merged from, earlier segments.
CREATE TABLE segment_lineage (
  segment_id         integer NOT NULL REFERENCES segments (segment_id),
  source_segment_id  integer NOT NULL REFERENCES segments (segment_id),
  kind               text NOT NULL CHECK (kind IN ('split', 'merge')),
  effective_quarter  text NOT NULL REFERENCES quarters (quarter_id),
  note               text,
  PRIMARY KEY (segment_id, source_segment_id),
  CHECK (segment_id <> source_segment_id)
);

-- Segment profiles as the segment owners write them.
CREATE TABLE segment_profile_details (
  segment_id          integer PRIMARY KEY REFERENCES segments (segment_id),
  definition          text NOT NULL,
  goals               text[] NOT NULL,
  jobs_to_be_done     text[] NOT NULL,
  pain_points         text[] NOT NULL,
  placement_rationale text NOT NULL,
  reviewed_on         date NOT NULL
);

CREATE TABLE segment_contacts (
  segment_id   integer NOT NULL REFERENCES segments (segment_id),
  contact_name text NOT NULL,
  role         text NOT NULL,
  email        text NOT NULL,
  is_owner     boolean NOT NULL DEFAULT false,
  PRIMARY KEY (segment_id, email)
);

-- Customer accounts (CRM).
CREATE TABLE accounts (
  account_id     integer PRIMARY KEY,
  account_name   text NOT NULL,
  employees      integer NOT NULL CHECK (employees > 0),
  company_size   text NOT NULL CHECK (company_size IN ('1-49', '50-249', '250-999', '1000-4999', '5000+')),
  vertical       text NOT NULL,
  region         text NOT NULL CHECK (region IN ('North America', 'EMEA', 'APAC', 'LATAM')),
  customer_since text NOT NULL REFERENCES quarters (quarter_id),
  churned_in     text REFERENCES quarters (quarter_id)   -- first quarter without revenue
);

-- Which segment / sub-segment an account belonged to, and when.
-- valid_to is exclusive (NULL = open).
CREATE TABLE account_segment_memberships (
  account_id     integer NOT NULL REFERENCES accounts (account_id),
  segment_id     integer NOT NULL REFERENCES segments (segment_id),
  subsegment_id  integer NOT NULL REFERENCES segments (segment_id),
  valid_from     text NOT NULL REFERENCES quarters (quarter_id),
  valid_to       text REFERENCES quarters (quarter_id),
  reason         text NOT NULL DEFAULT 'assigned'
                 CHECK (reason IN ('assigned', 'split', 'migration')),
  PRIMARY KEY (account_id, valid_from),
  CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX account_segment_memberships_segment_idx ON account_segment_memberships (segment_id);
CREATE INDEX account_segment_memberships_subsegment_idx ON account_segment_memberships (subsegment_id);

-- Recognised revenue per account and quarter (finance).
CREATE TABLE account_revenue (
  account_id  integer NOT NULL REFERENCES accounts (account_id),
  quarter_id  text NOT NULL REFERENCES quarters (quarter_id),
  revenue_usd numeric(14, 2) NOT NULL CHECK (revenue_usd >= 0),
  PRIMARY KEY (account_id, quarter_id)
);
CREATE INDEX account_revenue_quarter_idx ON account_revenue (quarter_id);

-- Satisfaction survey answers: CSAT (0..100) and/or NPS (0..10).
CREATE TABLE survey_responses (
  response_id  integer PRIMARY KEY,
  account_id   integer NOT NULL REFERENCES accounts (account_id),
  quarter_id   text NOT NULL REFERENCES quarters (quarter_id),
  responded_on date NOT NULL,
  csat         smallint CHECK (csat BETWEEN 0 AND 100),
  nps          smallint CHECK (nps BETWEEN 0 AND 10),
  CHECK (csat IS NOT NULL OR nps IS NOT NULL)
);
CREATE INDEX survey_responses_account_quarter_idx ON survey_responses (account_id, quarter_id);

-- Budget and headcount planned per top-level segment and quarter.
CREATE TABLE resource_allocations (
  segment_id    integer NOT NULL REFERENCES segments (segment_id),
  quarter_id    text NOT NULL REFERENCES quarters (quarter_id),
  budget_usd    numeric(14, 2) NOT NULL CHECK (budget_usd >= 0),
  headcount_fte numeric(6, 1) NOT NULL CHECK (headcount_fte >= 0),
  PRIMARY KEY (segment_id, quarter_id)
);

-- Quarterly scoring inputs (strategy team), for segments and sub-segments.
--   needs_score: customer needs, 0 = universal ... 10 = specialized.
--   revenue_score, growth_potential, strategic_importance,
--   operational_efficiency: inputs of the organizational value axis.
CREATE TABLE segment_scores (
  segment_id             integer NOT NULL REFERENCES segments (segment_id),
  quarter_id             text NOT NULL REFERENCES quarters (quarter_id),
  needs_score            numeric(4, 2) NOT NULL CHECK (needs_score BETWEEN 0 AND 10),
  revenue_score          numeric(4, 2) NOT NULL CHECK (revenue_score BETWEEN 0 AND 10),
  growth_potential       numeric(4, 2) NOT NULL CHECK (growth_potential BETWEEN 0 AND 10),
  strategic_importance   numeric(4, 2) NOT NULL CHECK (strategic_importance BETWEEN 0 AND 10),
  operational_efficiency numeric(4, 2) NOT NULL CHECK (operational_efficiency BETWEEN 0 AND 10),
  PRIMARY KEY (segment_id, quarter_id)
);

-- Weights of the organizational value axis (one row).
CREATE TABLE value_axis_weights (
  id                     boolean PRIMARY KEY DEFAULT true CHECK (id),
  revenue                numeric(4, 2) NOT NULL,
  growth_potential       numeric(4, 2) NOT NULL,
  strategic_importance   numeric(4, 2) NOT NULL,
  operational_efficiency numeric(4, 2) NOT NULL,
  CHECK (revenue + growth_potential + strategic_importance + operational_efficiency > 0)
);
