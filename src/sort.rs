//! One stable sort for the whole crate, compiled once.
//!
//! `slice::sort_by_key` and friends are generic over the element and the closure: every call site instantiates the
//! standard library's driftsort or ipnsort again (about 4 KB of wasm each; 29 of them were 114 KB before wasm-opt,
//! the largest item of the web bundle, docs/PERFORMANCE.md "Size"). Here the sorting itself is one non-generic merge
//! sort over positions, driven by a `dyn` comparison; each call site only adds its comparison closure and a small
//! generic routine that moves the elements into the order found.
//!
//! Every function is stable, so `sort_unstable*` call sites may use them too: for elements whose equal values are
//! indistinguishable (integers, tuples of integers) the result is the same.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let s: &[T] = v;
        order(s.len(), &mut |a, b| match (s.get(a), s.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => Ordering::Equal,
        })
    };
    if let Some(mut order) = order {
        permute(v, order.as_mut_slice());
    }
}

/// Sorts `v` stably by the key `f` gives.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut f: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

/// Sorts `v` stably, calling `f` once per element.
pub fn sort_by_cached_key<T, K: Ord>(v: &mut [T], f: impl FnMut(&T) -> K) {
    if v.len() < 2 {
        return;
    }
    let keys: Vec<K> = v.iter().map(f).collect();
    let order = order(keys.len(), &mut |a, b| match (keys.get(a), keys.get(b)) {
        (Some(x), Some(y)) => x.cmp(y),
        _ => Ordering::Equal,
    });
    if let Some(mut order) = order {
        permute(v, order.as_mut_slice());
    }
}

/// Sorts `v` in ascending order (stable).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a.cmp(b));
}

/// Slices up to this length are sorted by insertion (fewer comparisons and no merge buffers).
const SMALL: usize = 20;

/// A sorted order of positions: on the stack for short slices (most sorts here are of a few items: no allocation),
/// else on the heap.
enum Positions {
    Small([usize; SMALL], usize),
    Large(Vec<usize>),
}

impl Positions {
    fn as_mut_slice(&mut self) -> &mut [usize] {
        match self {
            Positions::Small(a, n) => a.get_mut(..*n).unwrap_or(&mut []),
            Positions::Large(v) => v,
        }
    }
}

/// The stable sorted order of positions `0..n` under `cmp`, or `None` when they are in order already.
/// A natural bottom-up merge sort: the input is cut into its runs (non-descending ones as they are, strictly
/// descending ones reversed, which keeps equal elements in order), then neighbouring runs are merged pairwise until
/// one is left. O(n log r) comparisons for r runs (linear on sorted or nearly sorted input, the common case here:
/// items found in text order), two buffers of n positions, no recursion.
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Option<Positions> {
    // input already in order (the most common case) is answered without allocating
    let mut first = 1;
    while first < n && cmp(first - 1, first) != Ordering::Greater {
        first += 1;
    }
    if first >= n {
        return None;
    }
    if n <= SMALL {
        // a short slice: insertion sort (shifting only past strictly greater elements keeps equal ones in order)
        let mut small = [0usize; SMALL];
        for (i, p) in small.iter_mut().enumerate() {
            *p = i;
        }
        for i in 1..n {
            let x = small[i];
            let mut k = i;
            while k > 0 && cmp(small[k - 1], x) == Ordering::Greater {
                small[k] = small[k - 1];
                k -= 1;
            }
            small[k] = x;
        }
        return Some(Positions::Small(small, n));
    }
    let mut src: Vec<usize> = (0..n).collect();
    // run boundaries: runs[k]..runs[k + 1]; the first run, when longer than one element, is known already
    let mut runs: Vec<usize> = vec![0];
    let mut i = 0;
    if first > 1 {
        runs.push(first);
        i = first;
    }
    while i < n {
        let mut j = i + 1;
        if j < n && cmp(i, j) == Ordering::Greater {
            while j < n && cmp(j - 1, j) == Ordering::Greater {
                j += 1;
            }
            src[i..j].reverse();
        } else {
            while j < n && cmp(j - 1, j) != Ordering::Greater {
                j += 1;
            }
        }
        runs.push(j);
        i = j;
    }
    if runs.len() <= 2 && src.first().is_none_or(|&f| f == 0) {
        return None;
    }
    let mut dst: Vec<usize> = vec![0; n];
    let mut merged: Vec<usize> = Vec::with_capacity(runs.len() / 2 + 2);
    while runs.len() > 2 {
        merged.clear();
        merged.push(0);
        let mut r = 0;
        while r + 1 < runs.len() {
            let lo = runs[r];
            let mid = runs[r + 1];
            let hi = runs.get(r + 2).copied().unwrap_or(mid);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                // Take from the left run unless the right element is strictly smaller: stability.
                if cmp(src[j], src[i]) == Ordering::Less {
                    dst[k] = src[j];
                    j += 1;
                } else {
                    dst[k] = src[i];
                    i += 1;
                }
                k += 1;
            }
            dst[k..k + (mid - i)].copy_from_slice(&src[i..mid]);
            k += mid - i;
            dst[k..k + (hi - j)].copy_from_slice(&src[j..hi]);
            merged.push(hi);
            r += 2;
        }
        std::mem::swap(&mut src, &mut dst);
        std::mem::swap(&mut runs, &mut merged);
    }
    Some(Positions::Large(src))
}

/// Rearranges `v` so that the new `v[i]` is the old `v[order[i]]`, by swaps along the permutation's cycles.
/// `order` must be a permutation of `0..v.len()` (as `order()` makes it).
fn permute<T>(v: &mut [T], order: &mut [usize]) {
    for i in 0..order.len() {
        let mut j = i;
        loop {
            let k = order[j];
            order[j] = j;
            if k == i || k >= v.len() {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (no dependency): xorshift.
    fn numbers(seed: u64, n: usize, modulo: u64) -> Vec<u64> {
        let mut x = seed | 1;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % modulo
            })
            .collect()
    }

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        for (seed, n, modulo) in [
            (1, 0, 5),
            (2, 1, 5),
            (3, 2, 2),
            (4, 17, 3),
            (5, 100, 10),
            (6, 1000, 7),
            (7, 4097, 1000),
        ] {
            // Pairs (key, original position): equal keys must keep their order.
            let keys = numbers(seed, n, modulo);
            let mut ours: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
            let mut std_sorted = ours.clone();
            sort_by_key(&mut ours, |p| p.0);
            std_sorted.sort_by_key(|p| p.0);
            assert_eq!(ours, std_sorted, "seed {seed}, n {n}");
            let mut cached: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
            sort_by_cached_key(&mut cached, |p| std::cmp::Reverse(p.0));
            let mut std_cached: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
            std_cached.sort_by_cached_key(|p| std::cmp::Reverse(p.0));
            assert_eq!(cached, std_cached, "seed {seed}, n {n}");
        }
    }

    #[test]
    fn runs_ascending_and_descending_with_ties_agree_with_the_standard_sort() {
        // Blocks that are sorted up, sorted down (with equal neighbours, which must not be reversed) or constant.
        let mut keys: Vec<u64> = Vec::new();
        for (b, len) in numbers(11, 40, 30).into_iter().enumerate() {
            let base = (b as u64 * 7) % 23;
            match b % 4 {
                0 => keys.extend((0..len).map(|k| base + k)),
                1 => keys.extend((0..len).rev().map(|k| base + k / 2)),
                2 => keys.extend((0..len).map(|_| base)),
                _ => keys.extend((0..len).rev().map(|k| base + k)),
            }
        }
        for n in [0, 1, 2, 3, 5, 31, keys.len()] {
            let mut ours: Vec<(u64, usize)> = keys.iter().copied().take(n).zip(0..).collect();
            let mut std_sorted = ours.clone();
            sort_by_key(&mut ours, |p| p.0);
            std_sorted.sort_by_key(|p| p.0);
            assert_eq!(ours, std_sorted, "n {n}");
        }
    }

    #[test]
    fn sorts_owned_values_and_sorted_input_is_untouched() {
        let mut words: Vec<String> = ["pear", "apple", "fig", "apple", "kiwi"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        sort(&mut words);
        assert_eq!(words, ["apple", "apple", "fig", "kiwi", "pear"]);
        let mut desc = vec![5, 4, 3, 2, 1, 0];
        sort_by(&mut desc, |a, b| a.cmp(b));
        assert_eq!(desc, [0, 1, 2, 3, 4, 5]);
        sort(&mut desc);
        assert_eq!(desc, [0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn an_inconsistent_comparison_does_not_panic() {
        let mut v = numbers(9, 500, 50);
        let mut flip = false;
        sort_by(&mut v, |_, _| {
            flip = !flip;
            if flip {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        });
        assert_eq!(v.len(), 500);
    }
}
