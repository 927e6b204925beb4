-- Segment Matrix demo warehouse: deterministic seed data.
--
-- No random(): every "random" choice is pg_temp.h(a, b, m), a fixed hash of two
-- integers into 0..m-1, so every load produces the same rows. Set-based
-- INSERT ... SELECT throughout, so it loads in about a second.
--
-- The story (2024-Q1 -> 2025-Q4, 8 quarters, revenue in USD per quarter):
--   * Enterprise, Mid-Market, Healthcare and Public Sector are the 'primary'
--     (priority) segments that exist all 8 quarters. Enterprise, Mid-Market and
--     Healthcare grow much faster than the rest; Public Sector is a priority
--     that does not grow (revenue and satisfaction fall).
--   * Financial Services and Retail & Consumer are 'secondary' and grow slowly.
--   * Healthcare crosses a quadrant: its organizational value rises from 4.2 to
--     6.9, from specialized/low-value to specialized/high-value (cut at medians).
--   * AI Natives is a new primary segment, introduced in 2024-Q4.
--   * SMB splits in 2025-Q1 into SMB Self-Serve and SMB Assisted (lineage),
--     by company size; SMB itself is retired in that quarter.
--   * On-Prem Legacy ('sunset') is retired in 2025-Q3: half of its remaining
--     accounts migrate to Mid-Market, the rest churn.
--   * Budget shifts toward the priority segments (58% -> 73% of the budget);
--     headcount lags (55% -> 62%).

CREATE FUNCTION pg_temp.h(a integer, b integer, m integer) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
  SELECT (((((a::bigint * 2654435761 + b::bigint * 40503 + 97) % 2147483647)
          * ((a::bigint * 2654435761 + b::bigint * 40503 + 97) % 2147483647)) % 2147483647) % m)::integer
$$;

-- ---------------------------------------------------------------- quarters --
INSERT INTO quarters (quarter_id, quarter_index, starts_on, ends_on)
SELECT format('%s-Q%s', 2024 + (i - 1) / 4, (i - 1) % 4 + 1),
       i,
       make_date(2024 + (i - 1) / 4, ((i - 1) % 4) * 3 + 1, 1),
       (make_date(2024 + (i - 1) / 4, ((i - 1) % 4) * 3 + 1, 1) + interval '3 months')::date - 1
FROM generate_series(1, 8) AS i;

INSERT INTO value_axis_weights (revenue, growth_potential, strategic_importance, operational_efficiency)
VALUES (0.35, 0.25, 0.25, 0.15);

-- ---------------------------------------------------------- seed parameters --
-- One row per top-level segment: how its accounts, scores, satisfaction and
-- resources evolve between its first and last active quarter.
CREATE TEMP TABLE seed_params (
  segment_id   integer PRIMARY KEY,
  themes       text[] NOT NULL,    -- sub-segment focus; 4 regions per focus
  vertical     text,               -- NULL: the account's vertical is its focus
  n0           integer NOT NULL,   -- accounts in the first active quarter
  adds         integer NOT NULL,   -- new accounts per later quarter
  churn_pm     integer NOT NULL,   -- churn probability per quarter, per mille
  arpa         numeric NOT NULL,   -- revenue per account and quarter at start
  expansion    numeric NOT NULL,   -- revenue growth per account and quarter
  emp_min      integer NOT NULL,
  emp_max      integer NOT NULL,
  needs_from   numeric NOT NULL, needs_to  numeric NOT NULL,
  value_from   numeric NOT NULL, value_to  numeric NOT NULL,
  d_rev        numeric NOT NULL,   -- value inputs relative to the value target
  d_gp         numeric NOT NULL,
  d_si         numeric NOT NULL,
  csat_from    numeric NOT NULL, csat_to   numeric NOT NULL,
  budget_from  numeric NOT NULL, budget_to numeric NOT NULL,
  hc_from      numeric NOT NULL, hc_to     numeric NOT NULL
);

INSERT INTO seed_params VALUES
  (1, ARRAY['Manufacturing','Software','Telecom','Energy','Media','Logistics'], NULL,
      150, 7, 10, 60000, 0.02, 5000, 60000,  7.0, 7.4,  7.8, 8.4,   0.6, -0.3,  0.4,  72, 77,  2200000, 2800000,  60, 64),
  (2, ARRAY['Manufacturing','Software','Professional Services','Logistics','Media','Energy','Construction','Hospitality'], NULL,
      520, 34, 20, 14000, 0.02, 250, 4999,    4.6, 5.0,  6.9, 7.2,   0.3,  0.6, -0.2,  68, 74,  1600000, 2100000,  45, 48),
  (3, ARRAY['Hospitals','Clinics','Payers','Life Sciences','Medical Devices','Telehealth'], 'Healthcare',
      200, 20, 15, 11000, 0.025, 100, 20000,    7.8, 8.1,  4.2, 6.9,  -0.5,  1.0,  0.6,  61, 70,   900000, 1500000,  20, 24),
  (4, ARRAY['Federal','State & Local','Education','Defense','Public Health'], 'Government',
      240, 3, 25, 22000, 0.004, 200, 30000,    8.4, 8.5,  7.0, 6.6,   0.0, -1.0,  1.0,  70, 63,  1100000, 1150000,  30, 30),
  (5, ARRAY['Retail Banking','Insurance','Wealth Management','Payments','Credit Unions','Capital Markets'], 'Financial Services',
      300, 6, 20, 24000, 0.004, 300, 40000,   6.2, 6.1,  6.0, 5.8,   0.8, -0.6,  0.2,  74, 73,  1500000, 1200000,  40, 38),
  (6, ARRAY['Grocery','Fashion','E-commerce','Home & Garden','Consumer Electronics','Restaurants','Marketplaces'], 'Retail',
      620, 25, 35, 6000, 0.005, 50, 8000,      3.4, 3.2,  4.6, 4.2,   0.4, -0.4,  0.0,  66, 65,  1200000,  900000,  35, 33),
  (7, ARRAY['Professional Services','Retail','Hospitality','Construction'], NULL,
      1500, 95, 55, 1500, 0.004, 5, 249,       2.0, 2.1,  3.2, 3.1,   0.2,  0.3, -0.6,  63, 62,  1000000,  950000,  30, 30),
  (8, ARRAY['Manufacturing','Utilities'], NULL,
      170, 0, 30, 9000, -0.02, 200, 5000,      5.5, 5.8,  2.5, 2.0,   0.5, -1.2, -0.4,  58, 52,   500000,  250000,  20, 14),
  (9, ARRAY['Foundation Models','AI Applications','AI Infrastructure'], NULL,
      30, 40, 15, 16000, 0.05, 20, 800,        6.5, 6.8,  5.0, 7.6,  -1.2,  1.5,  0.4,  74, 79,   300000,  700000,   3,  6),
  (10, ARRAY['Professional Services','Retail','Hospitality'], NULL,
      0, 0, 0, 0, 0, 5, 24,                    1.3, 1.2,  3.1, 3.3,   0.2,  0.4, -0.6,  60, 61,   450000,  400000,  12, 12),
  (11, ARRAY['Construction','Professional Services','Healthcare Practices'], NULL,
      0, 0, 0, 0, 0, 25, 249,                  3.0, 3.2,  4.1, 4.4,   0.3,  0.2, -0.4,  68, 70,   550000,  500000,  21, 22);

-- ----------------------------------------------------------------- segments --
INSERT INTO segments (segment_id, name, parent_segment_id, priority_tier, introduced_quarter, retired_quarter) VALUES
  (1,  'Enterprise',         NULL, 'primary',   '2024-Q1', NULL),
  (2,  'Mid-Market',         NULL, 'primary',   '2024-Q1', NULL),
  (3,  'Healthcare',         NULL, 'primary',   '2024-Q1', NULL),
  (4,  'Public Sector',      NULL, 'primary',   '2024-Q1', NULL),
  (5,  'Financial Services', NULL, 'secondary', '2024-Q1', NULL),
  (6,  'Retail & Consumer',  NULL, 'secondary', '2024-Q1', NULL),
  (7,  'SMB',                NULL, 'secondary', '2024-Q1', '2025-Q1'),
  (8,  'On-Prem Legacy',     NULL, 'sunset',    '2024-Q1', '2025-Q3'),
  (9,  'AI Natives',         NULL, 'primary',   '2024-Q4', NULL),
  (10, 'SMB Self-Serve',     NULL, 'secondary', '2025-Q1', NULL),
  (11, 'SMB Assisted',       NULL, 'secondary', '2025-Q1', NULL);

INSERT INTO segment_lineage (segment_id, source_segment_id, kind, effective_quarter, note) VALUES
  (10, 7, 'split', '2025-Q1', 'SMB accounts with fewer than 25 employees moved to the self-serve motion'),
  (11, 7, 'split', '2025-Q1', 'SMB accounts with 25 or more employees kept an assigned account manager');

-- Sub-segments: focus x region; id = parent id * 100 + k (k = 1 .. 4 * focuses).
INSERT INTO segments (segment_id, name, parent_segment_id, priority_tier, introduced_quarter, retired_quarter, region, focus)
SELECT s.segment_id * 100 + k,
       format('%s: %s (%s)', s.name, p.themes[(k - 1) / 4 + 1],
              (ARRAY['NA', 'EMEA', 'APAC', 'LATAM'])[(k - 1) % 4 + 1]),
       s.segment_id, NULL, s.introduced_quarter, s.retired_quarter,
       (ARRAY['North America', 'EMEA', 'APAC', 'LATAM'])[(k - 1) % 4 + 1],
       p.themes[(k - 1) / 4 + 1]
FROM segments s
JOIN seed_params p ON p.segment_id = s.segment_id
CROSS JOIN LATERAL generate_series(1, 4 * cardinality(p.themes)) AS k;

-- Active quarter range of every segment (first .. last active quarter index).
CREATE TEMP TABLE seed_active AS
SELECT s.segment_id,
       coalesce(s.parent_segment_id, s.segment_id) AS top_id,
       qi.quarter_index AS first_q,
       coalesce(qr.quarter_index - 1, (SELECT max(quarter_index) FROM quarters)) AS last_q
FROM segments s
JOIN quarters qi ON qi.quarter_id = s.introduced_quarter
LEFT JOIN quarters qr ON qr.quarter_id = s.retired_quarter;

-- ----------------------------------------------------------------- accounts --
-- Cohorts: n0 accounts in the segment's first quarter, then `adds` per quarter.
-- SMB keeps acquiring after its split (new accounts go to its successors).
CREATE TEMP TABLE seed_accounts AS
WITH cohorts AS (
  SELECT p.segment_id, sq AS start_q, k
  FROM seed_params p
  JOIN seed_active a ON a.segment_id = p.segment_id
  CROSS JOIN LATERAL generate_series(a.first_q,
      CASE WHEN p.segment_id = 7 THEN 8 WHEN p.adds = 0 THEN a.first_q ELSE a.last_q END) AS sq
  CROSS JOIN LATERAL generate_series(1, CASE WHEN sq = a.first_q THEN p.n0 ELSE p.adds END) AS k
  WHERE p.n0 > 0
)
SELECT (row_number() OVER (ORDER BY start_q, segment_id, k))::integer AS account_id,
       segment_id AS home_segment_id,
       start_q
FROM cohorts;

ALTER TABLE seed_accounts
  ADD COLUMN u_size    numeric,   -- 0..1, company size within the segment's range
  ADD COLUMN region_ix integer,
  ADD COLUMN theme_ix  integer,
  ADD COLUMN horizon   integer,   -- last quarter in which the account can be active
  ADD COLUMN churn_q   integer,   -- first quarter without revenue (NULL = none)
  ADD COLUMN migrates  boolean NOT NULL DEFAULT false;

UPDATE seed_accounts sa
SET u_size    = pg_temp.h(sa.account_id, 3, 1000) / 1000.0,
    region_ix = CASE WHEN pg_temp.h(sa.account_id, 1, 10) < 4 THEN 1
                     WHEN pg_temp.h(sa.account_id, 1, 10) < 7 THEN 2
                     WHEN pg_temp.h(sa.account_id, 1, 10) < 9 THEN 3
                     ELSE 4 END,
    theme_ix  = pg_temp.h(sa.account_id, 2, cardinality(p.themes)) + 1,
    horizon   = CASE WHEN sa.home_segment_id = 7 THEN 8 ELSE a.last_q END
FROM seed_params p, seed_active a
WHERE p.segment_id = sa.home_segment_id AND a.segment_id = sa.home_segment_id;

UPDATE seed_accounts sa
SET churn_q = CASE
    WHEN sa.horizon > sa.start_q
     AND pg_temp.h(sa.account_id, 4, 1000) < p.churn_pm * (sa.horizon - sa.start_q)
    THEN sa.start_q + 1 + pg_temp.h(sa.account_id, 5, sa.horizon - sa.start_q)
  END
FROM seed_params p
WHERE p.segment_id = sa.home_segment_id;

-- On-Prem Legacy is retired in 2025-Q3 (quarter 7): every second account still
-- active migrates to Mid-Market, the others churn.
UPDATE seed_accounts
SET migrates = (pg_temp.h(account_id, 6, 2) = 0),
    churn_q  = CASE WHEN pg_temp.h(account_id, 6, 2) = 0 THEN NULL ELSE 7 END
WHERE home_segment_id = 8 AND churn_q IS NULL;

INSERT INTO accounts (account_id, account_name, employees, company_size, vertical, region, customer_since, churned_in)
SELECT sa.account_id,
       format('%s %s%s',
              (ARRAY['Acme','Apex','Aurora','Beacon','Birch','Blue Ridge','Brightline','Cascade','Cedar','Cobalt',
                     'Crescent','Delta','Ember','Evergreen','Falcon','Granite','Harbor','Horizon','Ironwood','Juniper',
                     'Keystone','Lakeside','Lumen','Maple','Meridian','Northwind','Oakridge','O''Brien','Orion','Pinnacle',
                     'Quarry','Redwood','Riverbend','Sable','Silverline','Summit','Tidewater','Vertex','Willow','Zenith'])
                [(sa.account_id * 7919) % 7680 % 40 + 1],
              (ARRAY['', 'North ', 'Pacific ', 'Global ', 'United ', 'First ', 'Metro ', 'Coastal ', 'Prime ',
                     'Alpine ', 'Central ', 'Digital '])[(sa.account_id * 7919) % 7680 / 40 % 12 + 1],
              (ARRAY['Labs','Systems','Group','Partners','Holdings','Works','Solutions','Industries','Networks',
                     'Analytics','Collective','Co.','Dynamics','Ventures','Logistics','Health'])
                [(sa.account_id * 7919) % 7680 / 480 + 1]),
       e.employees,
       CASE WHEN e.employees < 50 THEN '1-49'
            WHEN e.employees < 250 THEN '50-249'
            WHEN e.employees < 1000 THEN '250-999'
            WHEN e.employees < 5000 THEN '1000-4999'
            ELSE '5000+' END,
       coalesce(p.vertical, p.themes[sa.theme_ix]),
       (ARRAY['North America', 'EMEA', 'APAC', 'LATAM'])[sa.region_ix],
       qs.quarter_id,
       qc.quarter_id
FROM seed_accounts sa
JOIN seed_params p ON p.segment_id = sa.home_segment_id
CROSS JOIN LATERAL (
  SELECT (p.emp_min + round((p.emp_max - p.emp_min) * sa.u_size * sa.u_size))::integer AS employees
) e
JOIN quarters qs ON qs.quarter_index = sa.start_q
LEFT JOIN quarters qc ON qc.quarter_index = sa.churn_q;

-- -------------------------------------------------------------- memberships --
-- Home segment (SMB: until the split; On-Prem Legacy: until its retirement).
INSERT INTO account_segment_memberships (account_id, segment_id, subsegment_id, valid_from, valid_to, reason)
SELECT sa.account_id, sa.home_segment_id,
       sa.home_segment_id * 100 + (sa.theme_ix - 1) * 4 + sa.region_ix,
       qs.quarter_id,
       CASE sa.home_segment_id WHEN 7 THEN '2025-Q1' WHEN 8 THEN '2025-Q3' END,
       'assigned'
FROM seed_accounts sa
JOIN quarters qs ON qs.quarter_index = sa.start_q
WHERE NOT (sa.home_segment_id = 7 AND sa.start_q >= 5);

-- SMB successors: fewer than 25 employees -> SMB Self-Serve, else SMB Assisted;
-- same focus when the successor has it, same region.
INSERT INTO account_segment_memberships (account_id, segment_id, subsegment_id, valid_from, valid_to, reason)
SELECT sa.account_id, c.child_id,
       c.child_id * 100
         + (coalesce(array_position(cp.themes, a.vertical),
                     pg_temp.h(sa.account_id, 7, cardinality(cp.themes)) + 1) - 1) * 4
         + sa.region_ix,
       CASE WHEN sa.start_q >= 5 THEN qs.quarter_id ELSE '2025-Q1' END,
       NULL,
       CASE WHEN sa.start_q >= 5 THEN 'assigned' ELSE 'split' END
FROM seed_accounts sa
JOIN accounts a ON a.account_id = sa.account_id
JOIN quarters qs ON qs.quarter_index = sa.start_q
CROSS JOIN LATERAL (SELECT CASE WHEN a.employees < 25 THEN 10 ELSE 11 END AS child_id) c
JOIN seed_params cp ON cp.segment_id = c.child_id
WHERE sa.home_segment_id = 7
  AND (sa.churn_q IS NULL OR sa.churn_q > 5 OR sa.start_q >= 5);

-- On-Prem Legacy migrants join Mid-Market in 2025-Q3 (same region).
INSERT INTO account_segment_memberships (account_id, segment_id, subsegment_id, valid_from, valid_to, reason)
SELECT sa.account_id, 2,
       200 + pg_temp.h(sa.account_id, 8, 8) * 4 + sa.region_ix,
       '2025-Q3', NULL, 'migration'
FROM seed_accounts sa
WHERE sa.migrates;

-- ------------------------------------------------------------------ revenue --
CREATE TEMP TABLE seed_account_quarters AS
SELECT sa.account_id, q.quarter_index AS q, q.quarter_id, m.segment_id, m.subsegment_id,
       round(p.arpa * (0.6 + 0.8 * sa.u_size)
             * power(1 + p.expansion, q.quarter_index - sa.start_q)
             * (0.92 + pg_temp.h(sa.account_id, 10 + q.quarter_index, 161) / 1000.0), 2) AS revenue
FROM seed_accounts sa
JOIN seed_params p ON p.segment_id = sa.home_segment_id
JOIN quarters q ON q.quarter_index >= sa.start_q
               AND q.quarter_index < coalesce(sa.churn_q, 9)
JOIN account_segment_memberships m
  ON m.account_id = sa.account_id
 AND q.quarter_id >= m.valid_from
 AND (m.valid_to IS NULL OR q.quarter_id < m.valid_to);

INSERT INTO account_revenue (account_id, quarter_id, revenue_usd)
SELECT account_id, quarter_id, revenue FROM seed_account_quarters;

-- --------------------------------------------------- segment-level plan data --
-- Linear from the first to the last active quarter, with a small deterministic
-- wobble in between.
CREATE TEMP TABLE seed_segment_quarters AS
SELECT a.segment_id, q.quarter_index AS q, q.quarter_id,
       CASE WHEN a.last_q > a.first_q
            THEN (q.quarter_index - a.first_q)::numeric / (a.last_q - a.first_q) ELSE 0 END AS frac,
       CASE WHEN q.quarter_index IN (a.first_q, a.last_q) THEN 0
            ELSE (pg_temp.h(a.segment_id, 70 + q.quarter_index, 9) - 4) * 0.03 END AS wobble
FROM seed_active a
JOIN quarters q ON q.quarter_index BETWEEN a.first_q AND a.last_q
WHERE a.segment_id = a.top_id;

CREATE TEMP TABLE seed_targets AS
SELECT sq.segment_id, sq.q, sq.quarter_id,
       p.needs_from + (p.needs_to - p.needs_from) * sq.frac + sq.wobble AS needs,
       p.value_from + (p.value_to - p.value_from) * sq.frac - sq.wobble AS value_target,
       p.csat_from + (p.csat_to - p.csat_from) * sq.frac + sq.wobble * 10 AS csat,
       p.d_rev, p.d_gp, p.d_si
FROM seed_segment_quarters sq
JOIN seed_params p ON p.segment_id = sq.segment_id;

INSERT INTO resource_allocations (segment_id, quarter_id, budget_usd, headcount_fte)
SELECT sq.segment_id, sq.quarter_id,
       round((p.budget_from + (p.budget_to - p.budget_from) * sq.frac) * (1 + sq.wobble / 3) / 5000) * 5000,
       round((p.hc_from + (p.hc_to - p.hc_from) * sq.frac) * 2) / 2
FROM seed_segment_quarters sq
JOIN seed_params p ON p.segment_id = sq.segment_id;

-- ------------------------------------------------------------------- scores --
-- The four value inputs sit around the value target with a per-segment
-- "personality" (d_rev, d_gp, d_si); operational efficiency balances them so
-- that the weighted value (0.35/0.25/0.25/0.15) lands on the target.
CREATE TEMP TABLE seed_score_targets AS
SELECT t.segment_id, t.quarter_id, t.needs, t.value_target, t.d_rev, t.d_gp, t.d_si
FROM seed_targets t
UNION ALL
SELECT s.segment_id, t.quarter_id,
       least(9.8, greatest(0.2, t.needs + (pg_temp.h(s.segment_id, 80, 25) - 12) * 0.1
                                + (pg_temp.h(s.segment_id, 90 + t.q, 5) - 2) * 0.05)),
       least(8.5, greatest(1.5, t.value_target + (pg_temp.h(s.segment_id, 81, 25) - 12) * 0.1
                                + (pg_temp.h(s.segment_id, 100 + t.q, 5) - 2) * 0.05)),
       t.d_rev, t.d_gp, t.d_si
FROM segments s
JOIN seed_targets t ON t.segment_id = s.parent_segment_id;

INSERT INTO segment_scores (segment_id, quarter_id, needs_score, revenue_score, growth_potential,
                            strategic_importance, operational_efficiency)
SELECT segment_id, quarter_id,
       round(least(10, greatest(0, needs)), 2),
       round(least(10, greatest(0, value_target + d_rev)), 2),
       round(least(10, greatest(0, value_target + d_gp)), 2),
       round(least(10, greatest(0, value_target + d_si)), 2),
       round(least(10, greatest(0, value_target - (0.35 * d_rev + 0.25 * d_gp + 0.25 * d_si) / 0.15)), 2)
FROM seed_score_targets;

-- ------------------------------------------------------------------ surveys --
-- About 45% of active accounts answer each quarter; 10% answer NPS only, 10%
-- CSAT only. CSAT = segment target + sub-segment offset (+-4) + noise (+-12).
INSERT INTO survey_responses (response_id, account_id, quarter_id, responded_on, csat, nps)
SELECT (row_number() OVER (ORDER BY aq.q, aq.account_id))::integer,
       aq.account_id, aq.quarter_id,
       q.starts_on + pg_temp.h(aq.account_id, 60 + aq.q, 85),
       CASE WHEN kind = 0 THEN NULL ELSE c.csat END,
       CASE WHEN kind = 1 THEN NULL
            ELSE least(10, greatest(0, round(c.csat / 10.0 + (pg_temp.h(aq.account_id, 50 + aq.q, 5) - 2) * 0.5)))
       END
FROM seed_account_quarters aq
JOIN quarters q ON q.quarter_id = aq.quarter_id
JOIN seed_targets t ON t.segment_id = aq.segment_id AND t.quarter_id = aq.quarter_id
CROSS JOIN LATERAL (
  SELECT least(100, greatest(0, round(t.csat + (pg_temp.h(aq.subsegment_id, 7, 9) - 4)
                                      + (pg_temp.h(aq.account_id, 30 + aq.q, 25) - 12))))::smallint AS csat,
         pg_temp.h(aq.account_id, 40 + aq.q, 10) AS kind
) c
WHERE pg_temp.h(aq.account_id, 20 + aq.q, 100) < 45;

-- ----------------------------------------------------------------- profiles --
INSERT INTO segment_profile_details (segment_id, definition, goals, jobs_to_be_done, pain_points, placement_rationale, reviewed_on) VALUES
  (1, 'Companies with 5,000+ employees buying a multi-year platform agreement across several business units.',
      ARRAY['Grow net revenue retention above 120%', 'Land two new business units per account per year'],
      ARRAY['Standardise analytics across business units', 'Prove compliance to auditors', 'Consolidate vendors'],
      ARRAY['Long security reviews', 'Custom integration work per business unit', 'Procurement cycles of 6-9 months'],
      'Specialized needs (SSO, audit, data residency) and the highest organizational value: largest revenue share and strategic logos.',
      DATE '2025-12-15'),
  (2, 'Companies with 250-4,999 employees, usually one buying centre and a lean IT team.',
      ARRAY['Shorten time-to-value below 30 days', 'Expand seat count 20% a year'],
      ARRAY['Get a working dashboard without a data team', 'Share reports with leadership'],
      ARRAY['Onboarding needs hands-on help', 'Price sensitivity at renewal'],
      'Mostly universal needs served by the standard product; high value because of volume and expansion.',
      DATE '2025-12-10'),
  (3, 'Hospitals, clinics, payers and life-science companies under healthcare regulation.',
      ARRAY['Become the default analytics vendor for regional health systems', 'Reach 70+ CSAT'],
      ARRAY['Report quality measures to regulators', 'Track patient-flow capacity', 'Keep PHI inside the compliance boundary'],
      ARRAY['HIPAA reviews', 'Integration with EHR systems', 'Seasonal budget freezes'],
      'Highly specialized needs. Value was low in 2024 (small deals, long sales cycles); the compliance pack and EHR connectors raised it in 2025.',
      DATE '2025-11-28'),
  (4, 'Federal, state, local and education buyers purchasing through public tenders.',
      ARRAY['Hold the installed base', 'Win two framework agreements'],
      ARRAY['Publish transparency dashboards', 'Meet accessibility and sovereignty requirements'],
      ARRAY['Tender cycles', 'Budget cuts', 'Certification costs', 'Slow product fixes for accessibility findings'],
      'Specialized needs and strategic importance keep it a priority, but revenue is flat-to-down and satisfaction fell after the 2024 support reorganisation.',
      DATE '2025-12-01'),
  (5, 'Banks, insurers, payment and wealth-management firms.',
      ARRAY['Protect margin', 'Upsell the risk-analytics add-on'],
      ARRAY['Regulatory reporting', 'Fraud and risk monitoring'],
      ARRAY['Model-risk governance', 'Data residency'],
      'Fairly specialized needs; solid revenue but low growth potential keeps value just below the median.',
      DATE '2025-10-20'),
  (6, 'Retailers, e-commerce and consumer brands.',
      ARRAY['Reduce cost to serve', 'Move renewals to self-service'],
      ARRAY['Track sales and inventory by store and channel', 'Plan seasonal promotions'],
      ARRAY['Thin margins', 'High seasonal load', 'Churn after peak season'],
      'Universal needs, moderate value; served with the standard product and pooled support.',
      DATE '2025-10-20'),
  (7, 'Businesses with fewer than 250 employees (until 2025-Q1, when it was split by company size).',
      ARRAY['Profitable growth through low-touch sales'],
      ARRAY['Answer simple business questions quickly'],
      ARRAY['One motion could not serve both 5-person and 200-person companies'],
      'Universal needs and low value per account; split into SMB Self-Serve and SMB Assisted in 2025-Q1.',
      DATE '2024-12-18'),
  (8, 'Customers running the discontinued on-premises edition.',
      ARRAY['Migrate viable customers to the cloud product before end of support'],
      ARRAY['Keep the old installation running', 'Plan a migration'],
      ARRAY['No new features', 'Upgrade effort', 'End-of-support deadline'],
      'Lowest value and sunset tier; retired in 2025-Q3. Half of the remaining accounts moved to Mid-Market.',
      DATE '2025-06-30'),
  (9, 'AI-first companies building models or AI products; introduced as a segment in 2024-Q4.',
      ARRAY['Win the category''s reference customers', 'Reach $3M quarterly revenue by 2026'],
      ARRAY['Monitor model-serving cost and usage', 'Report GPU spend by team'],
      ARRAY['Usage spikes', 'Very fast-changing requirements'],
      'Moderately specialized needs; value grows quickly with usage-based revenue and growth potential.',
      DATE '2025-12-05'),
  (10, 'SMB accounts with fewer than 25 employees, served through self-service (split from SMB in 2025-Q1).',
      ARRAY['Lower cost to serve by 40%', 'Keep CSAT above 60'],
      ARRAY['Sign up and get a report the same day'],
      ARRAY['No human help', 'Credit-card churn'],
      'The most universal needs and low value per account.',
      DATE '2025-09-12'),
  (11, 'SMB accounts with 25-249 employees and an assigned account manager (split from SMB in 2025-Q1).',
      ARRAY['Expand into Mid-Market-sized deals', 'Keep CSAT near 70'],
      ARRAY['Get guided onboarding', 'Grow usage as the company grows'],
      ARRAY['Account managers cover too many accounts'],
      'Universal needs, value slightly above the former SMB segment.',
      DATE '2025-09-12');

INSERT INTO segment_contacts (segment_id, contact_name, role, email, is_owner) VALUES
  (1,  'Dana Whitfield',   'VP Enterprise Sales',        'dana.whitfield@example.com',   true),
  (1,  'Kenji Watanabe',   'Head of Customer Success',   'kenji.watanabe@example.com',   false),
  (2,  'Priya Raman',      'Director Mid-Market',        'priya.raman@example.com',      true),
  (2,  'Tomás Herrera',    'Onboarding Lead',            'tomas.herrera@example.com',    false),
  (3,  'Siobhan O''Brien', 'GM Healthcare',              'siobhan.obrien@example.com',   true),
  (3,  'Marcus Bell',      'Compliance Partner',         'marcus.bell@example.com',      false),
  (4,  'Helen Adeyemi',    'Director Public Sector',     'helen.adeyemi@example.com',    true),
  (4,  'Lukas Brandt',     'Bid Manager',                'lukas.brandt@example.com',     false),
  (5,  'Rafael Costa',     'Director Financial Services','rafael.costa@example.com',     true),
  (5,  'Emma Lindqvist',   'Solutions Architect',        'emma.lindqvist@example.com',   false),
  (6,  'Grace Kim',        'Head of Retail',             'grace.kim@example.com',        true),
  (6,  'Omar Haddad',      'Support Manager',            'omar.haddad@example.com',      false),
  (7,  'Nina Petrova',     'Head of SMB (until 2025-Q1)','nina.petrova@example.com',     true),
  (8,  'Frank Muller',     'Migration Program Lead',     'frank.muller@example.com',     true),
  (9,  'Ava Chen',         'GM AI Natives',              'ava.chen@example.com',         true),
  (9,  'Samuel Okafor',    'Developer Relations',        'samuel.okafor@example.com',    false),
  (10, 'Nina Petrova',     'Head of Self-Serve',         'nina.petrova@example.com',     true),
  (10, 'Leo Martin',       'Growth Marketing',           'leo.martin@example.com',       false),
  (11, 'Isabel Duarte',    'Director SMB Assisted',      'isabel.duarte@example.com',    true);

DROP TABLE seed_score_targets, seed_targets, seed_segment_quarters, seed_account_quarters,
           seed_accounts, seed_active, seed_params;
DROP FUNCTION pg_temp.h(integer, integer, integer);

ANALYZE;
