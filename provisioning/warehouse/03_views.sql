-- Segment Matrix demo warehouse: views with the panel's conventional column
-- names (DESIGN.md section 2). Metrics are double precision, rounded here, so
-- that PGlite and Postgres return identical numbers.
--
--   segment_quarter_metrics     long format, one row per top-level segment and quarter
--   subsegment_quarter_metrics  long format, one row per sub-segment and quarter (with parent)
--   segment_metrics_wide        wide format, baseline_* (first quarter) / current_* (last quarter)
--   segment_profiles            profile texts, joined on segment

-- Revenue and survey facts with the segment membership valid in that quarter.
CREATE VIEW account_quarter_facts AS
SELECT r.account_id, r.quarter_id, m.segment_id, m.subsegment_id, r.revenue_usd
FROM account_revenue r
JOIN account_segment_memberships m
  ON m.account_id = r.account_id
 AND r.quarter_id >= m.valid_from
 AND (m.valid_to IS NULL OR r.quarter_id < m.valid_to);

CREATE VIEW survey_quarter_facts AS
SELECT s.response_id, s.account_id, s.quarter_id, m.segment_id, m.subsegment_id, s.csat, s.nps
FROM survey_responses s
JOIN account_segment_memberships m
  ON m.account_id = s.account_id
 AND s.quarter_id >= m.valid_from
 AND (m.valid_to IS NULL OR s.quarter_id < m.valid_to);

-- Lineage names per segment: "SMB" (split) or "A, B" (merge).
CREATE VIEW segment_lineage_names AS
SELECT l.segment_id,
       string_agg(src.name, ', ' ORDER BY src.segment_id) AS previous_segment,
       min(l.kind) AS lineage_kind
FROM segment_lineage l
JOIN segments src ON src.segment_id = l.source_segment_id
GROUP BY l.segment_id;

-- Scores with the composite organizational value (weights in value_axis_weights).
CREATE VIEW segment_quarter_scores AS
SELECT sc.segment_id, sc.quarter_id,
       sc.needs_score,
       round((sc.revenue_score * w.revenue
              + sc.growth_potential * w.growth_potential
              + sc.strategic_importance * w.strategic_importance
              + sc.operational_efficiency * w.operational_efficiency)
             / (w.revenue + w.growth_potential + w.strategic_importance + w.operational_efficiency), 2) AS value_score,
       sc.revenue_score, sc.growth_potential, sc.strategic_importance, sc.operational_efficiency
FROM segment_scores sc
CROSS JOIN value_axis_weights w;

-- ---------------------------------------------------------------- long format --
CREATE VIEW segment_quarter_metrics AS
WITH act AS (
  SELECT segment_id, quarter_id,
         count(*) FILTER (WHERE revenue_usd > 0) AS customers,
         sum(revenue_usd) AS revenue
  FROM account_quarter_facts
  GROUP BY segment_id, quarter_id
), sat AS (
  SELECT segment_id, quarter_id,
         avg(csat) AS csat,
         100.0 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6))
               / nullif(count(nps), 0) AS nps
  FROM survey_quarter_facts
  GROUP BY segment_id, quarter_id
)
SELECT s.name                                          AS segment,
       NULL::text                                      AS parent,
       q.quarter_id                                    AS period,
       (q.starts_on::timestamp AT TIME ZONE 'UTC')     AS period_start,
       sc.needs_score::double precision                AS needs,
       sc.value_score::double precision                AS value,
       coalesce(act.customers, 0)::double precision    AS customers,
       coalesce(act.revenue, 0)::double precision      AS revenue,
       round(sat.csat, 1)::double precision            AS satisfaction,
       ra.budget_usd::double precision                 AS budget,
       ra.headcount_fte::double precision              AS headcount,
       s.priority_tier                                 AS priority,
       ln.previous_segment                             AS previous_segment,
       sc.growth_potential::double precision           AS growth_potential,
       sc.strategic_importance::double precision       AS strategic_importance,
       sc.operational_efficiency::double precision     AS operational_efficiency,
       sc.revenue_score::double precision              AS revenue_score,
       round(sat.nps, 1)::double precision             AS nps
FROM segment_quarter_scores sc
JOIN segments s ON s.segment_id = sc.segment_id AND s.parent_segment_id IS NULL
JOIN quarters q ON q.quarter_id = sc.quarter_id
LEFT JOIN act ON act.segment_id = sc.segment_id AND act.quarter_id = sc.quarter_id
LEFT JOIN sat ON sat.segment_id = sc.segment_id AND sat.quarter_id = sc.quarter_id
LEFT JOIN resource_allocations ra ON ra.segment_id = sc.segment_id AND ra.quarter_id = sc.quarter_id
LEFT JOIN segment_lineage_names ln ON ln.segment_id = sc.segment_id;

-- Sub-segments: budget is apportioned from the parent by revenue share,
-- headcount by customer share.
CREATE VIEW subsegment_quarter_metrics AS
WITH act AS (
  SELECT subsegment_id, quarter_id,
         count(*) FILTER (WHERE revenue_usd > 0) AS customers,
         sum(revenue_usd) AS revenue
  FROM account_quarter_facts
  GROUP BY subsegment_id, quarter_id
), parent_act AS (
  SELECT segment_id, quarter_id,
         count(*) FILTER (WHERE revenue_usd > 0) AS customers,
         sum(revenue_usd) AS revenue
  FROM account_quarter_facts
  GROUP BY segment_id, quarter_id
), sat AS (
  SELECT subsegment_id, quarter_id,
         avg(csat) AS csat,
         100.0 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6))
               / nullif(count(nps), 0) AS nps
  FROM survey_quarter_facts
  GROUP BY subsegment_id, quarter_id
)
SELECT s.name                                          AS segment,
       p.name                                          AS parent,
       q.quarter_id                                    AS period,
       (q.starts_on::timestamp AT TIME ZONE 'UTC')     AS period_start,
       sc.needs_score::double precision                AS needs,
       sc.value_score::double precision                AS value,
       coalesce(act.customers, 0)::double precision    AS customers,
       coalesce(act.revenue, 0)::double precision      AS revenue,
       round(sat.csat, 1)::double precision            AS satisfaction,
       round(ra.budget_usd * coalesce(act.revenue, 0) / nullif(pa.revenue, 0), 2)::double precision AS budget,
       round(ra.headcount_fte * coalesce(act.customers, 0) / nullif(pa.customers, 0), 2)::double precision AS headcount,
       p.priority_tier                                 AS priority,
       NULL::text                                      AS previous_segment,
       sc.growth_potential::double precision           AS growth_potential,
       sc.strategic_importance::double precision       AS strategic_importance,
       sc.operational_efficiency::double precision     AS operational_efficiency,
       sc.revenue_score::double precision              AS revenue_score,
       round(sat.nps, 1)::double precision             AS nps,
       s.region                                        AS region,
       s.focus                                         AS focus
FROM segment_quarter_scores sc
JOIN segments s ON s.segment_id = sc.segment_id
JOIN segments p ON p.segment_id = s.parent_segment_id
JOIN quarters q ON q.quarter_id = sc.quarter_id
LEFT JOIN act ON act.subsegment_id = sc.segment_id AND act.quarter_id = sc.quarter_id
LEFT JOIN parent_act pa ON pa.segment_id = p.segment_id AND pa.quarter_id = sc.quarter_id
LEFT JOIN sat ON sat.subsegment_id = sc.segment_id AND sat.quarter_id = sc.quarter_id
LEFT JOIN resource_allocations ra ON ra.segment_id = p.segment_id AND ra.quarter_id = sc.quarter_id;

-- ---------------------------------------------------------------- wide format --
-- One row per top-level segment: baseline_* = first quarter of the data set,
-- current_* = last quarter. NULLs where the segment did not exist (new /
-- retired segments).
CREATE VIEW segment_metrics_wide AS
WITH bounds AS (
  SELECT min(period) AS first_period, max(period) AS last_period FROM segment_quarter_metrics
), b AS (
  SELECT m.* FROM segment_quarter_metrics m JOIN bounds ON m.period = bounds.first_period
), c AS (
  SELECT m.* FROM segment_quarter_metrics m JOIN bounds ON m.period = bounds.last_period
)
SELECT coalesce(c.segment, b.segment)                   AS segment,
       coalesce(c.priority, b.priority)                 AS priority,
       coalesce(c.previous_segment, b.previous_segment) AS previous_segment,
       b.needs        AS baseline_needs,        c.needs        AS current_needs,
       b.value        AS baseline_value,        c.value        AS current_value,
       b.customers    AS baseline_customers,    c.customers    AS current_customers,
       b.revenue      AS baseline_revenue,      c.revenue      AS current_revenue,
       b.satisfaction AS baseline_satisfaction, c.satisfaction AS current_satisfaction,
       b.budget       AS baseline_budget,       c.budget       AS current_budget,
       b.headcount    AS baseline_headcount,    c.headcount    AS current_headcount
FROM b
FULL OUTER JOIN c ON c.segment = b.segment;

-- ------------------------------------------------------------------- profiles --
CREATE VIEW segment_profiles AS
SELECT s.name                                   AS segment,
       d.definition,
       array_to_string(d.goals, '; ')           AS goals,
       array_to_string(d.jobs_to_be_done, '; ') AS jobs_to_be_done,
       array_to_string(d.pain_points, '; ')     AS pain_points,
       (SELECT string_agg(format('%s (%s)', ct.contact_name, ct.role), '; '
                          ORDER BY ct.is_owner DESC, ct.email)
        FROM segment_contacts ct
        WHERE ct.segment_id = s.segment_id)     AS key_contacts,
       d.placement_rationale
FROM segments s
JOIN segment_profile_details d ON d.segment_id = s.segment_id;
