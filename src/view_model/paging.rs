//! Render budgets: every panel draws a bounded number of items at a time, so that the render of a long
//! text's results (a 1 MB text: about 11,000 events, 11,000 claims) stays one short task (issue 7).
//!
//! Lists (timeline, claims, actors) are cut into pages of `LIST_PAGE` items; the source into parts of
//! whole paragraphs of at most `SOURCE_PART_BYTES` (a longer paragraph is cut at a sentence end). Pure
//! and natively tested; the components keep only the page number and jump to the page that holds the
//! selection.

use super::floor_boundary;
use crate::analysis::model::Analysis;

/// Items of a list drawn at a time.
pub const LIST_PAGE: usize = 100;
/// Bytes of source text drawn at a time (a long article, about twice the sample).
pub const SOURCE_PART_BYTES: usize = 12_000;

/// One page of a list of `total` items: items `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    pub index: usize,
    pub count: usize,
    pub start: usize,
    pub end: usize,
    pub total: usize,
}

impl Page {
    /// Page `index` (clamped to the last) of `total` items in pages of `size` (at least 1).
    pub fn of(total: usize, size: usize, index: usize) -> Page {
        let size = size.max(1);
        let count = total.div_ceil(size).max(1);
        let index = index.min(count - 1);
        let start = (index * size).min(total);
        Page {
            index,
            count,
            start,
            end: (start + size).min(total),
            total,
        }
    }
    /// The page holding item `item` (clamped), in pages of `size`.
    pub fn holding(total: usize, size: usize, item: usize) -> Page {
        Page::of(total, size, item / size.max(1))
    }
    pub fn is_cut(&self) -> bool {
        self.count > 1
    }
    pub fn has_prev(&self) -> bool {
        self.index > 0
    }
    pub fn has_next(&self) -> bool {
        self.index + 1 < self.count
    }
    /// "201–400 of 11,034" (the items shown, counted from 1).
    pub fn label(&self) -> String {
        if self.total == 0 {
            return "none".to_string();
        }
        format!(
            "{}–{} of {}",
            thousands(self.start + 1),
            thousands(self.end),
            thousands(self.total)
        )
    }
}

/// `n` with thousands separated by commas: 11034 → "11,034".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The source cut into parts to draw one at a time: byte ranges `[start, end)` covering all of `text`
/// in order. A part is whole paragraphs up to `max_bytes` (at least one paragraph); a paragraph longer
/// than that is cut at the last sentence end that fits, else at a space, else at a char boundary.
/// One part for a short text. Linear in paragraphs and sentences.
pub fn source_parts(text: &str, analysis: &Analysis, max_bytes: usize) -> Vec<(usize, usize)> {
    let len = text.len();
    let max_bytes = max_bytes.max(64);
    if len <= max_bytes {
        return vec![(0, len)];
    }
    // Paragraph ends and sentence ends, sorted: the places a part may end, best first.
    let mut para_ends: Vec<usize> = analysis
        .paragraphs
        .iter()
        .map(|p| floor_boundary(text, p.end))
        .collect();
    crate::sort::sort(&mut para_ends);
    para_ends.dedup();
    let mut sent_ends: Vec<usize> = analysis
        .sentences
        .iter()
        .map(|s| floor_boundary(text, s.span.end))
        .collect();
    crate::sort::sort(&mut sent_ends);
    sent_ends.dedup();
    let mut out = Vec::new();
    let mut start = 0usize;
    while start < len {
        let limit = start + max_bytes;
        if limit >= len {
            out.push((start, len));
            break;
        }
        let last_before = |ends: &[usize]| -> Option<usize> {
            let k = ends.partition_point(|&e| e <= limit);
            k.checked_sub(1)
                .and_then(|k| ends.get(k))
                .copied()
                .filter(|&e| e > start)
        };
        let end = last_before(&para_ends)
            .or_else(|| last_before(&sent_ends))
            .or_else(|| {
                text.get(start..floor_boundary(text, limit))
                    .and_then(|s| s.rfind(char::is_whitespace))
                    .map(|i| start + i + 1)
                    .filter(|&e| e > start && text.is_char_boundary(e))
            })
            .unwrap_or_else(|| {
                let e = floor_boundary(text, limit);
                if e > start {
                    e
                } else {
                    // A char wider than the budget (impossible for max_bytes >= 64); move past it.
                    (limit..=len)
                        .find(|&i| text.is_char_boundary(i))
                        .unwrap_or(len)
                }
            });
        out.push((start, end));
        start = end;
    }
    out
}

/// The part holding byte `at` (the last part for `at` past the end); 0 without parts.
pub fn part_of(parts: &[(usize, usize)], at: usize) -> usize {
    let k = parts.partition_point(|&(_, end)| end <= at);
    k.min(parts.len().saturating_sub(1))
}

/// Where the words of item `id` start (byte offsets, any order): a date's, a number's, a claim's
/// span, every mention of an actor, a quotation's contents, speaker and cue, an event's spans.
pub fn item_offsets(analysis: &Analysis, id: &str) -> Vec<usize> {
    let mut out = Vec::new();
    out.extend(
        analysis
            .timexes
            .iter()
            .filter(|t| t.id == id)
            .map(|t| t.span.start),
    );
    out.extend(
        analysis
            .quantities
            .iter()
            .filter(|q| q.id == id)
            .map(|q| q.span.start),
    );
    out.extend(
        analysis
            .claims
            .iter()
            .filter(|c| c.id == id)
            .map(|c| c.span.start),
    );
    for a in analysis.actors.iter().filter(|a| a.id == id) {
        out.extend(a.mentions.iter().map(|m| m.span.start));
    }
    for q in analysis.attributions.iter().filter(|q| q.id == id) {
        out.extend(q.contents.iter().map(|c| c.span.start));
        out.extend(q.sources.iter().chain(q.cue.iter()).map(|s| s.span.start));
    }
    for e in analysis.events.iter().filter(|e| e.id == id) {
        out.extend(e.spans.iter().map(|s| s.start));
    }
    out
}

/// The part to draw for a selection whose words start at `offsets`: the part drawn (`current`) if
/// some of them are in it, else the part of the first of them; `current` without words.
pub fn part_for(parts: &[(usize, usize)], current: usize, offsets: &[usize]) -> usize {
    let Some(&first) = offsets.iter().min() else {
        return current;
    };
    match parts.get(current) {
        Some(&(s, e)) if offsets.iter().any(|&o| s <= o && o < e) => current,
        _ => part_of(parts, first),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, Date, Options};

    fn run(text: &str) -> Analysis {
        analyze(
            text,
            &Options {
                publication_date: Date::new(2024, 3, 1),
            },
        )
    }

    #[test]
    fn pages_cover_the_list_and_clamp() {
        let p = Page::of(11_034, 200, 0);
        assert_eq!((p.start, p.end, p.count), (0, 200, 56));
        assert_eq!(p.label(), "1–200 of 11,034");
        assert!(p.is_cut() && !p.has_prev() && p.has_next());
        let last = Page::of(11_034, 200, 999);
        assert_eq!((last.index, last.start, last.end), (55, 11_000, 11_034));
        assert!(!last.has_next());
        assert_eq!(Page::holding(11_034, 200, 4_321).start, 4_200);
        assert_eq!(Page::holding(11_034, 200, 99_999).index, 55);
        let small = Page::of(7, 200, 3);
        assert_eq!(
            (small.index, small.start, small.end, small.count),
            (0, 0, 7, 1)
        );
        assert!(!small.is_cut());
        let empty = Page::of(0, 200, 0);
        assert_eq!((empty.start, empty.end, empty.count), (0, 0, 1));
        assert_eq!(empty.label(), "none");
        assert_eq!(Page::of(5, 0, 2).end, 3); // size 0 counts as 1
    }

    #[test]
    fn thousands_separates() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(11_034), "11,034");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    fn article(n: usize) -> String {
        let para =
            "The city council met on Monday. Mayor Anna Berg said the budget would rise by 4% next year.\n\n";
        para.repeat(n)
    }

    #[test]
    fn a_short_text_is_one_part() {
        let text = article(3);
        let a = run(&text);
        assert_eq!(
            source_parts(&text, &a, SOURCE_PART_BYTES),
            vec![(0, text.len())]
        );
        assert_eq!(part_of(&[(0, text.len())], 10), 0);
    }

    #[test]
    fn parts_are_whole_paragraphs_within_the_budget_and_cover_the_text() {
        let text = article(200); // about 17 KB
        let a = run(&text);
        let parts = source_parts(&text, &a, 2_000);
        assert!(parts.len() >= 8, "{}", parts.len());
        assert_eq!(parts.first().map(|p| p.0), Some(0));
        assert_eq!(parts.last().map(|p| p.1), Some(text.len()));
        for w in parts.windows(2) {
            assert_eq!(w[0].1, w[1].0);
        }
        let para_ends: Vec<usize> = a.paragraphs.iter().map(|p| p.end).collect();
        for &(s, e) in &parts[..parts.len() - 1] {
            assert!(e - s <= 2_000);
            assert!(para_ends.contains(&e), "a part ends at a paragraph's end");
        }
        // The part of a byte far down.
        let at = text.len() - 10;
        let k = part_of(&parts, at);
        assert!(parts[k].0 <= at && at < parts[k].1);
        assert_eq!(part_of(&parts, text.len() + 5), parts.len() - 1);
        assert_eq!(part_of(&[], 5), 0);
    }

    #[test]
    fn a_selection_far_down_draws_its_part() {
        let text = article(200);
        let a = run(&text);
        let parts = source_parts(&text, &a, 2_000);
        // The last claim of the text, selected while the first part is drawn.
        let last = a.claims.last().expect("claims");
        let offsets = item_offsets(&a, &last.id);
        assert_eq!(offsets, vec![last.span.start]);
        let k = part_for(&parts, 0, &offsets);
        assert!(k > 0 && parts[k].0 <= last.span.start && last.span.start < parts[k].1);
        // An actor named in every paragraph: the part drawn holds a mention, so it stays.
        let actor = a.actors.first().expect("actors");
        let offs = item_offsets(&a, &actor.id);
        assert!(offs.len() > 100);
        assert_eq!(part_for(&parts, 3, &offs), 3);
        // Nothing known: stay.
        assert_eq!(part_for(&parts, 2, &item_offsets(&a, "nope")), 2);
        assert_eq!(part_for(&[], 0, &[5]), 0);
    }

    #[test]
    fn the_parts_views_together_are_the_whole_view() {
        let text = article(60);
        let a = run(&text);
        let whole = crate::view_model::source_view(&text, &a);
        let parts = source_parts(&text, &a, 1_000);
        assert!(parts.len() > 3);
        let mut texts = Vec::new();
        for &(lo, hi) in &parts {
            let v = crate::view_model::source_view_in(&text, &a, lo, hi);
            for p in &v.paragraphs {
                assert!(lo <= p.start && p.end <= hi);
                for run in &p.runs {
                    for piece in &run.pieces {
                        let ids: Vec<&str> = v.ids_of(piece);
                        texts.push((piece.start, piece.end, ids.join(" "), run.sentence));
                    }
                }
            }
        }
        let mut expected = Vec::new();
        for p in &whole.paragraphs {
            for run in &p.runs {
                for piece in &run.pieces {
                    let ids: Vec<&str> = whole.ids_of(piece);
                    expected.push((piece.start, piece.end, ids.join(" "), run.sentence));
                }
            }
        }
        assert_eq!(
            texts, expected,
            "parts end at paragraph ends, so nothing is cut or lost"
        );
    }

    #[test]
    fn one_long_paragraph_is_cut_at_sentence_ends_then_anywhere() {
        let text = "Prices rose in May. ".repeat(500); // one paragraph of 10 KB
        let a = run(&text);
        let parts = source_parts(&text, &a, 1_000);
        assert!(parts.len() >= 10);
        for &(s, e) in &parts {
            assert!(e > s && e - s <= 1_000);
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        }
        assert_eq!(parts.last().map(|p| p.1), Some(text.len()));
        // No sentences or spaces at all, multi-byte chars: still covered, on char boundaries.
        let blob = "é".repeat(3_000);
        let empty = run("");
        let parts = source_parts(&blob, &empty, 100);
        assert_eq!(parts.last().map(|p| p.1), Some(blob.len()));
        for w in parts.windows(2) {
            assert_eq!(w[0].1, w[1].0);
        }
        for &(s, e) in &parts {
            assert!(e > s && blob.is_char_boundary(s) && blob.is_char_boundary(e));
        }
    }
}
