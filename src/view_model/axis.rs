//! The horizontal time axis, as numbers: where each dated event sits, which ticks to draw, how the
//! visible window zooms and pans, how events that would overlap are stacked into rows and lanes.
//!
//! Pure and natively tested (`cargo test --lib view_model::axis`); the Yew component only turns the
//! `Layout` into positioned elements. Time is measured in days (`Date::day_number`, as `f64`), screen
//! space in CSS pixels. Nothing here panics on any analysis or any window, however extreme.

use crate::analysis::date::{Date, MAX_YEAR, MIN_YEAR, MONTH_NAMES};
use crate::analysis::model::{Analysis, EventStatus, Precision};
use std::collections::HashMap;

/// Height of one row of the plot (an event, or a lane's name), in pixels.
pub const ROW_PX: f64 = 30.0;
/// Height of the band of tick labels at the top of the plot.
pub const TICKS_PX: f64 = 26.0;
/// Width of a point event's dot.
pub const DOT_PX: f64 = 10.0;
/// Horizontal room kept free between two events on one row.
const GAP_PX: f64 = 8.0;
/// An event's label is cut (with an ellipsis) beyond this width.
const MAX_LABEL_PX: f64 = 210.0;
/// Estimated width of one character of an event label (0.8rem system sans) and of a tick label.
const CHAR_PX: f64 = 7.6;
const TICK_CHAR_PX: f64 = 7.2;
/// The narrowest and the widest window, in days.
pub const MIN_SPAN_DAYS: f64 = 4.0;
pub const MAX_SPAN_DAYS: f64 = 365.25 * 600.0;
/// Buttons and keys zoom by this factor; the pan buttons move by this fraction of the window.
pub const ZOOM_STEP: f64 = 1.6;
pub const PAN_STEP: f64 = 0.25;

fn first_day() -> f64 {
    Date {
        year: MIN_YEAR,
        month: 1,
        day: 1,
    }
    .day_number() as f64
}
fn last_day() -> f64 {
    Date {
        year: MAX_YEAR,
        month: 12,
        day: 31,
    }
    .day_number() as f64
        + 1.0
}

/// One dated event as the axis draws it.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisEvent {
    /// Index into `Analysis::events`.
    pub index: usize,
    pub id: String,
    /// The days it may cover: `[start, end)`.
    pub start: f64,
    pub end: f64,
    /// A single known day (drawn as a dot); otherwise a range.
    pub point: bool,
    /// The edges are uncertain (a year, a month, "earlier this year", "before", mod APPROX): drawn soft.
    pub soft_start: bool,
    pub soft_end: bool,
    /// Expected, planned or hypothetical: drawn hollow and dashed, with a word saying so.
    pub expected: bool,
    /// Index into `AxisData::lanes`.
    pub lane: usize,
    /// The date as a reader says it ("before 24 June 2025").
    pub label: String,
    pub title: String,
}

/// A lane: the events whose main actor (the first the engine names) is this one, or "Other".
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// The actor's id, or "" for the "Other" lane.
    pub key: String,
    pub name: String,
}

/// Every dated event of the timeline, ready to place, with the publication date.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AxisData {
    pub events: Vec<AxisEvent>,
    pub lanes: Vec<Lane>,
    /// The middle of the publication day.
    pub published: Option<f64>,
}

fn coarser_than_day(p: Precision) -> bool {
    matches!(
        p,
        Precision::Century
            | Precision::Decade
            | Precision::Year
            | Precision::Season
            | Precision::Quarter
            | Precision::Month
            | Precision::Week
    )
}

/// The axis's events, in the order of `dated` (indices into `Analysis::events`, the timeline's order).
/// Lanes are ordered by their number of events (most first, ties by first appearance), "Other" last.
pub fn axis_data(analysis: &Analysis, dated: &[usize]) -> AxisData {
    let mut events = Vec::with_capacity(dated.len());
    // (key, name, count, first position)
    let mut lanes: Vec<(String, String, usize, usize)> = Vec::new();
    let mut lane_keys: Vec<String> = Vec::with_capacity(dated.len());
    // Look-ups by id, made once: a 1 MB text has about 10,000 timexes and 5,000 dated events (a search
    // per event was quadratic, 40 ms natively and several times that in the page).
    // The first item of an id wins, as a search would find it.
    let mut timex_by_id: HashMap<&str, &crate::analysis::model::Timex> = HashMap::new();
    for x in &analysis.timexes {
        timex_by_id.entry(x.id.as_str()).or_insert(x);
    }
    let mut actor_name: HashMap<&str, &str> = HashMap::new();
    for a in &analysis.actors {
        actor_name.entry(a.id.as_str()).or_insert(a.name.as_str());
    }
    for &i in dated {
        let Some(e) = analysis.events.get(i) else {
            continue;
        };
        let Some(t) = e.time.as_ref() else { continue };
        let start = t.range.start.day_number() as f64;
        let end = (t.range.end.day_number() as f64).max(start + 1.0);
        let approx = t
            .timex
            .as_deref()
            .and_then(|id| timex_by_id.get(id).copied())
            .and_then(|x| x.modifier.as_deref())
            .is_some_and(|m| m == "APPROX");
        let fuzzy = coarser_than_day(t.range.precision) || approx;
        let point = !fuzzy && !t.open_start && !t.open_end && end - start <= 1.0;
        let key = e.actors.first().cloned().unwrap_or_default();
        let name = if key.is_empty() {
            String::new()
        } else {
            actor_name
                .get(key.as_str())
                .map(|n| n.to_string())
                .unwrap_or_default()
        };
        // An actor the analysis does not list goes to "Other".
        let key = if name.is_empty() { String::new() } else { key };
        match lanes.iter_mut().find(|l| l.0 == key) {
            Some(l) => l.2 += 1,
            None => lanes.push((key.clone(), name, 1, lanes.len())),
        }
        lane_keys.push(key);
        events.push(AxisEvent {
            index: i,
            id: e.id.clone(),
            start,
            end,
            point,
            soft_start: fuzzy || t.open_start,
            soft_end: fuzzy || t.open_end,
            expected: matches!(e.status, EventStatus::Expected | EventStatus::Hypothetical),
            lane: 0,
            label: t.label.clone(),
            title: e.title.clone(),
        });
    }
    crate::sort::sort_by(&mut lanes, |a, b| {
        (a.0.is_empty(), std::cmp::Reverse(a.2), a.3).cmp(&(
            b.0.is_empty(),
            std::cmp::Reverse(b.2),
            b.3,
        ))
    });
    for (ev, key) in events.iter_mut().zip(&lane_keys) {
        ev.lane = lanes.iter().position(|l| &l.0 == key).unwrap_or(0);
    }
    let lanes = lanes
        .into_iter()
        .map(|(key, name, _, _)| Lane {
            name: if key.is_empty() {
                "Other".to_string()
            } else {
                name
            },
            key,
        })
        .collect();
    AxisData {
        events,
        lanes,
        published: analysis
            .publication_date
            .date
            .map(|d| d.day_number() as f64 + 0.5),
    }
}

/// The visible stretch of time, in days: `[start, end)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    pub start: f64,
    pub end: f64,
}

impl Window {
    /// A window made valid: finite, ordered, at least `MIN_SPAN_DAYS` and at most `MAX_SPAN_DAYS` wide,
    /// inside the calendar the engine knows (years 1 to 9999).
    pub fn new(start: f64, end: f64) -> Window {
        let (lo, hi) = (first_day(), last_day());
        let (mut s, mut e) = if start.is_finite() && end.is_finite() {
            (start.min(end), start.max(end))
        } else {
            (lo, lo + 365.0)
        };
        let mid = (s + e) / 2.0;
        let span = (e - s).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        s = mid - span / 2.0;
        e = mid + span / 2.0;
        if s < lo {
            e += lo - s;
            s = lo;
        }
        if e > hi {
            s -= e - hi;
            e = hi;
        }
        Window {
            start: s.max(lo),
            end: e,
        }
    }

    pub fn span(self) -> f64 {
        self.end - self.start
    }

    /// The window that shows every event and the publication date in a plot `width` pixels wide, with
    /// a margin on the left and room on the right for the last events' labels (so that they are not cut).
    pub fn fit(data: &AxisData, width: f64) -> Window {
        let mut lo = f64::INFINITY;
        let mut hi = f64::NEG_INFINITY;
        for e in &data.events {
            lo = lo.min(e.start);
            hi = hi.max(e.end);
        }
        if let Some(p) = data.published {
            lo = lo.min(p - 0.5);
            hi = hi.max(p + 0.5);
        }
        if !lo.is_finite() || !hi.is_finite() {
            return Window::new(0.0, 365.0);
        }
        let width = if width.is_finite() {
            width.max(100.0)
        } else {
            960.0
        };
        let start = lo - (hi - lo).max(MIN_SPAN_DAYS) * 0.03;
        // The span such that each event's label, starting at its date, ends inside the plot: for an event
        // at day d with a label of L pixels, (d - start) / span * width + L <= width. Labels count at most
        // half the plot, so that a narrow plot still shows the whole range.
        let mut span = (hi - start) * 1.02;
        for e in &data.events {
            let label = (DOT_PX + 5.0 + label_px(&e.title, e.expected)).min(width * 0.5);
            let anchor = if e.point { e.start } else { e.start.max(lo) };
            span = span.max((anchor - start) * width / (width - label));
        }
        Window::new(start, start + span)
    }

    /// Zooms by `factor` (> 1 shows more time) keeping the day under `anchor` (0 = left edge, 1 = right)
    /// where it is.
    pub fn zoom(self, factor: f64, anchor: f64) -> Window {
        if !factor.is_finite() || factor <= 0.0 {
            return self;
        }
        let anchor = if anchor.is_finite() {
            anchor.clamp(0.0, 1.0)
        } else {
            0.5
        };
        let at = self.start + self.span() * anchor;
        let span = (self.span() * factor).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        Window::new(at - span * anchor, at + span * (1.0 - anchor))
    }

    /// Moves by `fraction` of the window (positive: later).
    pub fn pan(self, fraction: f64) -> Window {
        if !fraction.is_finite() {
            return self;
        }
        let d = self.span() * fraction;
        Window::new(self.start + d, self.end + d)
    }

    /// Moves by `dx` pixels of a plot `width` pixels wide (dragging right shows earlier time).
    pub fn drag(self, dx: f64, width: f64) -> Window {
        if width <= 0.0 {
            return self;
        }
        self.pan(-dx / width)
    }

    /// The same window if `[start, end)` is in view, else one of the same width centred on it.
    pub fn reveal(self, start: f64, end: f64) -> Window {
        if end > self.start && start < self.end {
            return self;
        }
        let mid = (start + end) / 2.0;
        let half = self.span() / 2.0;
        Window::new(mid - half, mid + half)
    }

    /// The x of a day in a plot `width` pixels wide.
    pub fn x(self, day: f64, width: f64) -> f64 {
        (day - self.start) / self.span() * width
    }
}

/// The unit ticks count in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickUnit {
    Year,
    Month,
    Day,
}

impl TickUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            TickUnit::Year => "year",
            TickUnit::Month => "month",
            TickUnit::Day => "day",
        }
    }
    /// Average length in days.
    fn days(self) -> f64 {
        match self {
            TickUnit::Year => 365.25,
            TickUnit::Month => 30.44,
            TickUnit::Day => 1.0,
        }
    }
    /// The widest label of this unit, in characters ("2025", "Sep 2025", "24 Sep 2025").
    fn label_chars(self) -> f64 {
        match self {
            TickUnit::Year => 4.0,
            TickUnit::Month => 8.0,
            TickUnit::Day => 11.0,
        }
    }
}

/// Tick steps from the finest to the coarsest: the first whose labels fit is used.
const TICK_STEPS: &[(TickUnit, i64)] = &[
    (TickUnit::Day, 1),
    (TickUnit::Day, 2),
    (TickUnit::Day, 7),
    (TickUnit::Day, 14),
    (TickUnit::Month, 1),
    (TickUnit::Month, 2),
    (TickUnit::Month, 3),
    (TickUnit::Month, 6),
    (TickUnit::Year, 1),
    (TickUnit::Year, 2),
    (TickUnit::Year, 5),
    (TickUnit::Year, 10),
    (TickUnit::Year, 20),
    (TickUnit::Year, 50),
    (TickUnit::Year, 100),
    (TickUnit::Year, 200),
];

/// One tick: its x, its label, and whether it starts a larger unit (a year among months, a month among
/// days), drawn stronger.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: String,
    pub major: bool,
}

/// The room a tick label needs, gap included.
pub fn tick_label_px(unit: TickUnit) -> f64 {
    unit.label_chars() * TICK_CHAR_PX + 14.0
}

fn month_abbr(month: u8) -> &'static str {
    MONTH_NAMES
        .get(usize::from(month).saturating_sub(1))
        .and_then(|m| m.get(..3))
        .unwrap_or("")
}

/// Ticks for a window drawn `width` pixels wide: the finest unit whose labels do not overlap. Labels
/// start at their tick (left-aligned), so ticks whose label would run past the right edge are dropped.
pub fn ticks(w: Window, width: f64) -> (TickUnit, Vec<Tick>) {
    let w = Window::new(w.start, w.end);
    let width = if width.is_finite() {
        width.max(1.0)
    } else {
        1.0
    };
    let px_per_day = width / w.span();
    let (unit, step) = TICK_STEPS
        .iter()
        .copied()
        .find(|(u, s)| u.days() * (*s as f64) * px_per_day * 0.97 >= tick_label_px(*u))
        .unwrap_or((TickUnit::Year, 200));
    let min_px = tick_label_px(unit);
    let mut out: Vec<Tick> = Vec::new();
    let first = Date::from_day_number(w.start.floor() as i64);
    let mut push = |day: i64, label: String, major: bool| {
        let x = w.x(day as f64, width);
        if x < 0.0 || x + min_px - 14.0 > width {
            return;
        }
        out.push(Tick { x, label, major });
    };
    // Every loop is bounded: at most width / min_px ticks fit, plus the ones skipped before the start.
    let limit = (width / min_px) as usize + 4;
    match unit {
        TickUnit::Year => {
            let mut y = i64::from(first.year).div_euclid(step) * step;
            for _ in 0..limit {
                let Ok(year) = i32::try_from(y) else { break };
                if year > MAX_YEAR {
                    break;
                }
                if year >= MIN_YEAR {
                    let day = Date {
                        year,
                        month: 1,
                        day: 1,
                    }
                    .day_number();
                    if day as f64 >= w.end {
                        break;
                    }
                    push(
                        day,
                        format!("{year}"),
                        year % (step * 5).max(10) as i32 == 0,
                    );
                }
                y += step;
            }
        }
        TickUnit::Month => {
            let mut m =
                (i64::from(first.year) * 12 + i64::from(first.month) - 1).div_euclid(step) * step;
            let mut labelled_year = false;
            for _ in 0..limit {
                let year = m.div_euclid(12);
                let month = (m.rem_euclid(12) + 1) as u8;
                let Ok(year) = i32::try_from(year) else { break };
                if year > MAX_YEAR {
                    break;
                }
                let d = Date {
                    year,
                    month,
                    day: 1,
                };
                let day = d.day_number();
                if day as f64 >= w.end {
                    break;
                }
                if year >= MIN_YEAR && day as f64 >= w.start {
                    let major = month == 1;
                    let label = if major || !labelled_year {
                        format!("{} {year}", month_abbr(month))
                    } else {
                        month_abbr(month).to_string()
                    };
                    labelled_year = true;
                    push(day, label, major);
                }
                m += step;
            }
        }
        TickUnit::Day => {
            let mut day = (w.start.floor() as i64).div_euclid(step) * step;
            let mut labelled_year = false;
            for _ in 0..limit * step as usize {
                if day as f64 >= w.end {
                    break;
                }
                if day as f64 >= w.start {
                    let d = Date::from_day_number(day);
                    let major = d.day == 1;
                    let label = if !labelled_year || (d.month == 1 && d.day == 1) {
                        format!("{} {} {}", d.day, month_abbr(d.month), d.year)
                    } else {
                        format!("{} {}", d.day, month_abbr(d.month))
                    };
                    labelled_year = true;
                    push(day, label, major);
                }
                day += step;
            }
        }
    }
    (unit, out)
}

/// An event placed on the plot, in pixels: its box (`left`, `width`, `row`), and inside it the bar or
/// dot (`bar_left` from the box's left, `bar_width`). `cut_start`/`cut_end`: the range goes on past the
/// plot's edge.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// Index into `AxisData::events`.
    pub event: usize,
    pub left: f64,
    pub width: f64,
    pub bar_left: f64,
    pub bar_width: f64,
    /// Where the label starts, from the box's left.
    pub text_left: f64,
    /// Row of the plot (lane names take rows too), from 0.
    pub row: usize,
    pub cut_start: bool,
    pub cut_end: bool,
}

/// A lane's band: the row of its name, then `rows` rows of events.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneBand {
    /// Index into `AxisData::lanes`.
    pub lane: usize,
    pub name_row: usize,
    pub rows: usize,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Layout {
    /// The events in view that are drawn, in the order of `AxisData::events`.
    pub placed: Vec<Placed>,
    pub bands: Vec<LaneBand>,
    pub rows: usize,
    /// Events in view with no room left (beyond `MAX_ROWS` rows; with lanes, `LANE_MAX_ROWS` in a lane
    /// and `LANES_MAX_ROWS` in all): counted
    /// per `CLUSTER_PX` of the plot, drawn as density marks under the rows. Sorted by `left`.
    pub more: Vec<Cluster>,
    /// How many events in view are in `more`.
    pub hidden: usize,
}

/// Events in view that are not drawn one by one: `count` of them start in `[left, left + CLUSTER_PX)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub left: f64,
    pub count: usize,
}

/// The most rows of events the plot draws (a render budget: a row holds at most one box per
/// `DOT_PX + GAP_PX` pixels, in practice a few labels), the most rows of one lane and of all lanes
/// when lanes are shown, and the width of a density mark.
pub const MAX_ROWS: usize = 24;
pub const LANE_MAX_ROWS: usize = 16;
pub const LANES_MAX_ROWS: usize = 48;
pub const CLUSTER_PX: f64 = 24.0;

/// The estimated width of an event's label.
fn label_px(title: &str, expected: bool) -> f64 {
    let chars = title.chars().count() as f64 + if expected { 10.0 } else { 0.0 };
    (chars * CHAR_PX + 10.0).min(MAX_LABEL_PX)
}

/// Places the events in view on rows so that no two boxes overlap: each event goes on the first row
/// of its lane (all one lane unless `lanes`) whose last box ends `GAP_PX` before it starts. Events in
/// the same place (the same day) therefore stack.
pub fn layout(data: &AxisData, w: Window, width: f64, lanes: bool) -> Layout {
    let width = if width.is_finite() {
        width.max(1.0)
    } else {
        1.0
    };
    let w = Window::new(w.start, w.end);
    let mut boxes: Vec<Placed> = Vec::new();
    let mut lane_of: Vec<usize> = Vec::new();
    for (k, e) in data.events.iter().enumerate() {
        let (x0, x1) = if e.point {
            let mid = w.x((e.start + e.end) / 2.0, width);
            let day_px = w.x(e.end, width) - w.x(e.start, width);
            let half = (day_px / 2.0).max(DOT_PX / 2.0);
            (mid - half, mid + half)
        } else {
            let a = w.x(e.start, width);
            let b = w.x(e.end, width);
            (a, b.max(a + DOT_PX))
        };
        if x1 < 0.0 || x0 > width {
            continue;
        }
        let left = x0.max(0.0);
        let right = x1.min(width);
        let bar_width = (right - left).max(DOT_PX.min(width - left).max(0.0));
        // The label goes after a dot or a range too short to hold it, inside a longer range.
        let text_left = if e.point && bar_width <= DOT_PX + 0.5 {
            DOT_PX + 5.0
        } else if bar_width < 3.0 * DOT_PX {
            bar_width + 5.0
        } else {
            6.0
        };
        let want = (text_left + label_px(&e.title, e.expected)).max(bar_width);
        let box_width = want.min(width - left).max(bar_width.min(width - left));
        boxes.push(Placed {
            event: k,
            left,
            width: box_width,
            bar_left: 0.0,
            bar_width,
            text_left,
            row: 0,
            cut_start: x0 < 0.0,
            cut_end: x1 > width,
        });
        lane_of.push(if lanes { e.lane } else { 0 });
    }
    // Pack per lane, in order of position (ties: the timeline's order).
    let mut order: Vec<usize> = (0..boxes.len()).collect();
    crate::sort::sort_by(&mut order, |&a, &b| {
        boxes[a]
            .left
            .partial_cmp(&boxes[b].left)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(boxes[a].event.cmp(&boxes[b].event))
    });
    let lane_count = if lanes { data.lanes.len().max(1) } else { 1 };
    let cap = if lanes { LANE_MAX_ROWS } else { MAX_ROWS };
    let mut row_ends: Vec<Vec<f64>> = vec![Vec::new(); lane_count];
    // The row in its lane, or None: no room (a density mark instead).
    let mut local_row: Vec<Option<usize>> = vec![None; boxes.len()];
    for &b in &order {
        let lane = lane_of[b].min(lane_count - 1);
        let ends = &mut row_ends[lane];
        let left = boxes[b].left;
        let r = match ends.iter().position(|&end| end + GAP_PX <= left) {
            Some(r) => r,
            None if ends.len() < cap => {
                ends.push(f64::NEG_INFINITY);
                ends.len() - 1
            }
            None => continue,
        };
        ends[r] = left + boxes[b].width;
        local_row[b] = Some(r);
    }
    // Bands: lanes with events in view, one name row each when lanes are shown, until MAX_ROWS rows.
    let mut bands = Vec::new();
    let mut next_row = 0;
    let mut first_row: Vec<Option<usize>> = vec![None; lane_count];
    for (lane, ends) in row_ends.iter().enumerate() {
        if ends.is_empty() {
            continue;
        }
        let need = ends.len() + usize::from(lanes);
        if lanes && next_row + need > LANES_MAX_ROWS && !bands.is_empty() {
            break;
        }
        let name_row = next_row;
        if lanes {
            next_row += 1;
        }
        first_row[lane] = Some(next_row);
        bands.push(LaneBand {
            lane,
            name_row,
            rows: ends.len(),
        });
        next_row += ends.len();
    }
    let mut placed = Vec::with_capacity(boxes.len());
    let mut buckets: Vec<(i64, usize)> = Vec::new();
    for (b, mut p) in boxes.into_iter().enumerate() {
        let lane = lane_of[b].min(lane_count - 1);
        match (first_row[lane], local_row[b]) {
            (Some(first), Some(r)) => {
                p.row = first + r;
                placed.push(p);
            }
            _ => buckets.push(((p.left / CLUSTER_PX).floor() as i64, 1)),
        }
    }
    let hidden = buckets.len();
    crate::sort::sort_by_key(&mut buckets, |b| b.0);
    let mut more: Vec<Cluster> = Vec::new();
    let mut last: Option<i64> = None;
    for (k, n) in buckets {
        match more.last_mut() {
            Some(c) if last == Some(k) => c.count += n,
            _ => more.push(Cluster {
                left: k as f64 * CLUSTER_PX,
                count: n,
            }),
        }
        last = Some(k);
    }
    Layout {
        placed,
        bands: if lanes { bands } else { Vec::new() },
        rows: next_row,
        more,
        hidden,
    }
}

/// A reader's words for a window ("1 Mar 2023 to 12 Aug 2025"), for the plot's label.
pub fn window_label(w: Window) -> String {
    let a = Date::from_day_number(w.start.floor() as i64);
    let b = Date::from_day_number((w.end.ceil() as i64) - 1);
    format!(
        "{} {} {} to {} {} {}",
        a.day,
        month_abbr(a.month),
        a.year,
        b.day,
        month_abbr(b.month),
        b.year
    )
}

/// The view state of the axis (kept by its component), changed only through `apply`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AxisView {
    pub window: Window,
    /// The plot's width in pixels.
    pub width: f64,
    pub lanes: bool,
    /// The window is the fitted one (no zoom or pan since).
    pub fitted: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AxisAction {
    /// Show this window, as "fit all" (a new analysis, the Fit all button): it is fitted again when the
    /// plot's width changes, until the reader zooms or pans.
    Fit(Window),
    Zoom {
        factor: f64,
        anchor: f64,
    },
    Pan(f64),
    Drag(f64),
    /// Bring this stretch of days into view.
    Reveal(f64, f64),
    Width(f64),
    Lanes(bool),
}

impl AxisView {
    pub fn new(window: Window) -> AxisView {
        AxisView {
            window,
            width: 960.0,
            lanes: false,
            fitted: true,
        }
    }

    pub fn apply(self, action: AxisAction) -> AxisView {
        let mut v = self;
        match action {
            AxisAction::Fit(w) => {
                v.window = Window::new(w.start, w.end);
                v.fitted = true;
            }
            AxisAction::Zoom { factor, anchor } => v.window = v.window.zoom(factor, anchor),
            AxisAction::Pan(f) => v.window = v.window.pan(f),
            AxisAction::Drag(dx) => v.window = v.window.drag(dx, v.width),
            AxisAction::Reveal(s, e) => v.window = v.window.reveal(s, e),
            AxisAction::Width(px) => {
                if px.is_finite() && px >= 1.0 {
                    v.width = px;
                }
            }
            AxisAction::Lanes(on) => v.lanes = on,
        }
        if v.window != self.window && !matches!(action, AxisAction::Fit(_)) {
            v.fitted = false;
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(k: usize, start: f64, end: f64, point: bool, lane: usize, title: &str) -> AxisEvent {
        AxisEvent {
            index: k,
            id: format!("e{k}"),
            start,
            end,
            point,
            soft_start: !point,
            soft_end: !point,
            expected: false,
            lane,
            label: String::new(),
            title: title.to_string(),
        }
    }

    fn day(y: i32, m: u8, d: u8) -> f64 {
        Date::new(y, m, d)
            .map(|x| x.day_number() as f64)
            .unwrap_or(0.0)
    }

    fn overlaps(a: &Placed, b: &Placed) -> bool {
        a.row == b.row && a.left < b.left + b.width && b.left < a.left + a.width
    }

    #[test]
    fn ticks_follow_the_span_years_months_days() {
        let years = Window::new(day(2019, 1, 1), day(2026, 1, 1));
        let (u, t) = ticks(years, 1000.0);
        assert_eq!(u, TickUnit::Year);
        assert!(t.iter().any(|t| t.label == "2023"), "{t:?}");
        let months = Window::new(day(2025, 1, 1), day(2025, 12, 31));
        let (u, t) = ticks(months, 1000.0);
        assert_eq!(u, TickUnit::Month);
        assert!(t.iter().any(|t| t.label == "Jun"), "{t:?}");
        assert!(
            t.first().is_some_and(|t| t.label.contains("2025")),
            "the first tick says the year"
        );
        let days = Window::new(day(2025, 6, 20), day(2025, 6, 30));
        let (u, t) = ticks(days, 1000.0);
        assert_eq!(u, TickUnit::Day);
        assert!(t.iter().any(|t| t.label == "24 Jun"), "{t:?}");
        // The same months on a phone-narrow plot: coarser steps, never overlapping.
        let (_, narrow) = ticks(months, 300.0);
        assert!(narrow.len() < 12);
    }

    #[test]
    fn tick_labels_never_overlap_at_any_zoom() {
        let mut w = Window::new(day(1900, 1, 1), day(2100, 1, 1));
        for width in [320.0, 700.0, 1200.0] {
            for _ in 0..40 {
                let (unit, t) = ticks(w, width);
                let room = tick_label_px(unit) - 14.0;
                for pair in t.windows(2) {
                    assert!(
                        pair[1].x - pair[0].x >= room,
                        "{unit:?} {pair:?} at {width}"
                    );
                }
                for tick in &t {
                    assert!(tick.x >= 0.0 && tick.x + room <= width + 0.01);
                }
                w = w.zoom(1.0 / 1.4, 0.3);
            }
            w = Window::new(day(1900, 1, 1), day(2100, 1, 1));
        }
    }

    #[test]
    fn zoom_keeps_the_anchor_and_respects_bounds() {
        let w = Window::new(day(2020, 1, 1), day(2024, 1, 1));
        let z = w.zoom(0.5, 0.25);
        let at = w.start + w.span() * 0.25;
        assert!((z.start + z.span() * 0.25 - at).abs() < 1e-6);
        assert!((z.span() - w.span() * 0.5).abs() < 1e-6);
        let mut tiny = w;
        for _ in 0..100 {
            tiny = tiny.zoom(0.5, 0.5);
        }
        assert!((tiny.span() - MIN_SPAN_DAYS).abs() < 1e-6);
        let mut huge = w;
        for _ in 0..100 {
            huge = huge.zoom(3.0, 0.9);
        }
        assert!(huge.span() <= MAX_SPAN_DAYS + 1e-6 && huge.start >= first_day());
        // Nonsense input changes nothing and never panics.
        assert_eq!(w.zoom(f64::NAN, 0.5), w);
        assert_eq!(w.pan(f64::INFINITY), w);
        let bad = Window::new(f64::NAN, 3.0);
        assert!(bad.span() >= MIN_SPAN_DAYS);
        let _ = ticks(bad, f64::NAN);
        let _ = ticks(Window::new(-1e18, 1e18), 800.0);
    }

    #[test]
    fn pan_drag_and_reveal_move_the_window() {
        let w = Window::new(day(2020, 1, 1), day(2021, 1, 1));
        let p = w.pan(PAN_STEP);
        assert!((p.start - w.start - w.span() * PAN_STEP).abs() < 1e-6);
        let d = w.drag(100.0, 1000.0);
        assert!(d.start < w.start, "dragging right shows earlier time");
        assert_eq!(w.reveal(day(2020, 5, 1), day(2020, 5, 2)), w);
        let r = w.reveal(day(2023, 5, 1), day(2023, 5, 2));
        assert!(r.start < day(2023, 5, 1) && r.end > day(2023, 5, 2));
        assert!((r.span() - w.span()).abs() < 1e-6);
        let v = AxisView::new(w)
            .apply(AxisAction::Width(500.0))
            .apply(AxisAction::Drag(50.0));
        assert!((v.window.start - (w.start - w.span() * 0.1)).abs() < 1e-6);
    }

    #[test]
    fn same_day_events_stack_and_nothing_overlaps() {
        let d = day(2025, 6, 24);
        let data = AxisData {
            events: (0..6)
                .map(|k| ev(k, d, d + 1.0, true, 0, "A long enough title for a label"))
                .chain([ev(
                    6,
                    day(2025, 1, 1),
                    day(2026, 1, 1),
                    false,
                    0,
                    "The year",
                )])
                .collect(),
            lanes: vec![Lane {
                key: String::new(),
                name: "Other".into(),
            }],
            published: Some(d + 0.5),
        };
        let w = Window::fit(&data, 900.0);
        assert!(w.start <= day(2025, 1, 1) && w.end >= day(2026, 1, 1));
        let l = layout(&data, w, 900.0, false);
        // Fit all leaves room for the labels of the last day: none is cut.
        for p in &l.placed {
            let e = &data.events[p.event];
            assert!(
                p.width + 0.5 >= p.text_left + label_px(&e.title, e.expected),
                "{p:?}"
            );
        }
        assert_eq!(l.placed.len(), 7);
        let rows_at_d: HashSet<usize> = l
            .placed
            .iter()
            .filter(|p| p.event < 6)
            .map(|p| p.row)
            .collect();
        assert_eq!(rows_at_d.len(), 6, "six events on one day take six rows");
        for (i, a) in l.placed.iter().enumerate() {
            assert!(a.left >= 0.0 && a.left + a.width <= 900.0 + 1e-6);
            for b in &l.placed[i + 1..] {
                assert!(!overlaps(a, b), "{a:?} {b:?}");
            }
        }
        // Zoomed into other months: the June events are out of view, the year's range is cut at both ends.
        let l = layout(
            &data,
            Window::new(day(2025, 2, 1), day(2025, 3, 1)),
            900.0,
            false,
        );
        assert_eq!(l.placed.len(), 1);
        assert!(l.placed[0].cut_start && l.placed[0].cut_end);
        assert_eq!(l.rows, 1);
    }

    use std::collections::HashSet;

    #[test]
    fn events_of_a_real_analysis_become_points_ranges_and_lanes() {
        use crate::analysis::{analyze, Options};
        let text = "The harbour board voted on Monday to close the old pier. The pier was built in 1998. \
                    Repairs are expected to start next month, the board said. Earlier this year, divers found cracks.";
        let a = analyze(
            text,
            &Options {
                publication_date: Date::new(2024, 3, 13),
            },
        );
        let dated: Vec<usize> = a
            .events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.time.is_some())
            .map(|(i, _)| i)
            .collect();
        let data = axis_data(&a, &dated);
        assert_eq!(data.events.len(), dated.len());
        assert!(data.events.len() >= 2, "{:?}", a.events);
        assert_eq!(data.published, Some(day(2024, 3, 13) + 0.5));
        for (ev, &i) in data.events.iter().zip(&dated) {
            let t = a.events[i].time.as_ref().expect("dated");
            assert!(ev.start < ev.end);
            assert_eq!(ev.start, t.range.start.day_number() as f64);
            if ev.point {
                assert_eq!(ev.end - ev.start, 1.0, "{ev:?}");
                assert!(!ev.soft_start && !ev.soft_end);
            }
            if coarser_than_day(t.range.precision) || t.open_start {
                assert!(ev.soft_start && !ev.point, "{ev:?}");
            }
            assert_eq!(
                ev.expected,
                a.events[i].status == EventStatus::Expected
                    || a.events[i].status == EventStatus::Hypothetical
            );
            let lane = &data.lanes[ev.lane];
            match a.events[i].actors.first() {
                Some(id) if a.actors.iter().any(|x| &x.id == id) => assert_eq!(&lane.key, id),
                _ => assert_eq!(lane.name, "Other"),
            }
        }
        // "Monday" is a known day; "1998" is a year, drawn as a soft range.
        assert!(
            data.events
                .iter()
                .any(|e| e.point && e.start == day(2024, 3, 11)),
            "{:?}",
            data.events
        );
        assert!(
            data.events
                .iter()
                .any(|e| !e.point && e.soft_start && e.soft_end && e.start == day(1998, 1, 1)),
            "{:?}",
            data.events
        );
        // "Other" comes last when it exists.
        if let Some(k) = data.lanes.iter().position(|l| l.key.is_empty()) {
            assert_eq!(k, data.lanes.len() - 1);
        }
        let l = layout(&data, Window::fit(&data, 900.0), 1000.0, true);
        assert_eq!(
            l.placed.len(),
            data.events.len(),
            "fit all shows every event"
        );
    }

    #[test]
    fn thousands_of_events_lay_out_quickly_without_overlap() {
        let d = day(2025, 6, 24);
        let data = AxisData {
            events: (0..3000)
                .map(|k| {
                    let start = d - (k % 400) as f64 * 3.0;
                    ev(
                        k,
                        start,
                        start + 1.0 + (k % 7) as f64,
                        k % 3 == 0,
                        k % 5,
                        "An event with a title",
                    )
                })
                .collect(),
            lanes: (0..5)
                .map(|k| Lane {
                    key: format!("a{k}"),
                    name: format!("Actor {k}"),
                })
                .collect(),
            published: Some(d + 0.5),
        };
        let w = Window::fit(&data, 1200.0);
        for lanes in [false, true] {
            let l = layout(&data, w, 1200.0, lanes);
            // A render budget: at most MAX_ROWS rows of events (and lane names); the rest are counted
            // in density marks, at most one per CLUSTER_PX of the plot.
            assert_eq!(l.placed.len() + l.hidden, 3000);
            assert!(
                l.hidden > 0 && l.placed.len() < 1000,
                "{} drawn",
                l.placed.len()
            );
            assert!(l.rows <= LANES_MAX_ROWS.max(MAX_ROWS), "{} rows", l.rows);
            assert_eq!(l.more.iter().map(|c| c.count).sum::<usize>(), l.hidden);
            assert!(l.more.len() as f64 <= 1200.0 / CLUSTER_PX + 1.0);
            assert!(l.more.windows(2).all(|p| p[0].left < p[1].left));
            // Neighbours on a row never overlap (rows are filled left to right).
            let mut by_row: Vec<Vec<&Placed>> = vec![Vec::new(); l.rows];
            for p in &l.placed {
                by_row[p.row].push(p);
            }
            for row in &mut by_row {
                row.sort_by(|a, b| a.left.total_cmp(&b.left));
                for pair in row.windows(2) {
                    assert!(pair[0].left + pair[0].width <= pair[1].left, "{pair:?}");
                }
            }
        }
    }

    #[test]
    fn lanes_get_a_name_row_and_their_own_rows() {
        let d = day(2025, 6, 24);
        let data = AxisData {
            events: vec![
                ev(0, d, d + 1.0, true, 0, "First"),
                ev(1, d, d + 1.0, true, 1, "Second"),
                ev(2, d + 40.0, d + 41.0, true, 0, "Third"),
            ],
            lanes: vec![
                Lane {
                    key: "a1".into(),
                    name: "NATO".into(),
                },
                Lane {
                    key: String::new(),
                    name: "Other".into(),
                },
            ],
            published: None,
        };
        let w = Window::fit(&data, 900.0);
        let l = layout(&data, w, 900.0, true);
        assert_eq!(l.bands.len(), 2);
        assert_eq!(l.bands[0].name_row, 0);
        assert_eq!(
            l.bands[1].name_row, 2,
            "NATO's name row and its one row come first"
        );
        assert_eq!(l.rows, 4);
        let rows: Vec<usize> = l.placed.iter().map(|p| p.row).collect();
        assert_eq!(rows, vec![1, 3, 1]);
        let flat = layout(&data, w, 900.0, false);
        assert!(flat.bands.is_empty());
        assert_eq!(flat.rows, 2);
    }
}
