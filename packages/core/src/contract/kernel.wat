;; validate-data's fast path kernel (contract/fast-part.ts), WebAssembly with 128-bit SIMD. Compiled by
;; scripts/build-wasm.mjs (wabt) into kernel-wasm.ts; the tests check the two agree.
;;
;; scan: cut rows and fields from window bytes [from, to) (at W in memory) until a batch is full: 16 bytes at a
;;   time, one compare each for the delimiter, LF, CR and quote, a bitmask of the hits, and only the hits looked at.
;;   Each wanted field's start and end (relative to W) go to fs/fe at (slotOf[field] + row) * 4. Returns the offset
;;   after the row that filled the batch, `to` when the bytes ran out, or -1 to give up (a quote, a lone CR, a blank
;;   line, a row with the wrong number of fields, a row longer than maxCell). The cutter's state is in globals.
;; nums: parse cells [i, n) of one column (starts at s0, ends at e0) as numbers into f64s at out: empty is NaN (a
;;   null), unsigned digits (below 2^53), or unsigned digits with one point inside 16 bytes (m / 10^k, the same
;;   double arithmetic as JS). Returns the first cell of any other shape (the caller parses it), or n.
;; dict: a batch of one text column dictionary-encoded as io/dictionary.ts ByteDictionary encodes it (codes dense in
;;   the order values first appear, -1 for an empty cell; FNV-1a, linear probing): codes at out, each value's first
;;   (start, end, hash) at ents; returns how many values, or -1 past maxEnt (the caller encodes the batch).
;; stats: the running statistics of a batch of numbers (column.ts numberBatch): the settings and state at p —
;;   f64 minBound +0, maxBound +8, allowed[4] +16, shares[4] +48; i32 allowed count +80, share count +84, flags +88
;;   (1 integer, 2 min, 4 max, 8 in, 16 moments); state f64 lo +96, hi +104, wN +112, wMean +120, wM2 +128, i32
;;   valid +136, share counts[4] +140 — and each row the caller must look at (empty, not an integer, out of range,
;;   not allowed) at exc. Returns how many of those.
;; cells: which cells [0, n) of a text column read as bytes (column.ts rawBatch) need a look: empty, possibly a number
;;   (untyped != 0: column.ts mayBeNumber of the first byte), or, with len ≥ 0, not matched by a fixed-length byte
;;   pattern (byte-pattern.ts: len positions of 128 flags at tab; a byte ≥ 0x80 is not matched). Their indexes go to
;;   exc; returns how many.
;; dedup: keys.ts KeySet.insert of keys [0, n) (h0, h1, row triples at src) into one bucket's table at tab (mask + 1
;;   slots of two words, h1 (0 stored as 1) then h0; empty: 0), which the caller zeroed; the index of each key that
;;   was already there goes to out. Returns how many.
;; stamps: column.ts fastTimestampBytes of cells [0, n) of one timestamp column (starts at s0, ends at e0) into f64s
;;   at out: milliseconds since the epoch for the two common shapes, NaN for any other cell (empty, or one the caller
;;   parses); returns how many NaNs.
;; keys: keys.ts hashAsciiBytes of cells [i, n) of one key column as (h0, h1, row = rowBase + cell) triples at out,
;;   from triple `keyed` on; empty cells skipped. Returns the first cell it leaves to the caller (not
;;   ASCII, or one that may be a number when the key is not read as text), or n.
(module
  (memory (export "memory") 1)
  (global $field (export "field") (mut i32) (i32.const 0))
  (global $fstart (export "fstart") (mut i32) (i32.const 0))
  (global $rowStart (export "rowStart") (mut i32) (i32.const 0))
  (global $batchN (export "batchN") (mut i32) (i32.const 0))
  (global $crAt (export "crAt") (mut i32) (i32.const -2))
  (global $rows (export "rows") (mut i32) (i32.const 0))
  (global $nulls (export "nulls") (mut i32) (i32.const 0))
  (global $numbers (export "numbers") (mut i32) (i32.const 0))
  (global $keyed (export "keyed") (mut i32) (i32.const 0))
  (global $empty (export "empty") (mut i32) (i32.const 0))
  (func (export "scan")
    (param $from i32) (param $to i32) (param $last i32) (param $W i32) (param $slot i32) (param $fs i32) (param $fe i32)
    (param $d i32) (param $width i32) (param $maxCell i32) (param $batchRows i32) (result i32)
    (local $p i32) (local $m i32) (local $pos i32) (local $ch i32) (local $s i32) (local $end i32) (local $out i32)
    (local $v v128) (local $vd v128)
    (local $field i32) (local $fstart i32) (local $rowStart i32) (local $batchN i32) (local $crAt i32) (local $rows i32)
    (local.set $field (global.get $field))
    (local.set $fstart (global.get $fstart))
    (local.set $rowStart (global.get $rowStart))
    (local.set $batchN (global.get $batchN))
    (local.set $crAt (global.get $crAt))
    (local.set $rows (global.get $rows))
    (local.set $vd (i8x16.splat (local.get $d)))
    (local.set $out (local.get $to))
    (local.set $p (local.get $from))
    (block $done
      (loop $chunk
        (br_if $done (i32.ge_u (local.get $p) (local.get $to)))
        (local.set $v (v128.load (i32.add (local.get $W) (local.get $p))))
        (local.set $m (i8x16.bitmask
          (v128.or
            (v128.or (i8x16.eq (local.get $v) (local.get $vd)) (i8x16.eq (local.get $v) (v128.const i8x16 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10)))
            (v128.or (i8x16.eq (local.get $v) (v128.const i8x16 13 13 13 13 13 13 13 13 13 13 13 13 13 13 13 13)) (i8x16.eq (local.get $v) (v128.const i8x16 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34))))))
        (if (i32.lt_u (i32.sub (local.get $to) (local.get $p)) (i32.const 16))
          (then (local.set $m (i32.and (local.get $m) (i32.sub (i32.shl (i32.const 1) (i32.sub (local.get $to) (local.get $p))) (i32.const 1))))))
        (block $bits
          (loop $bit
            (br_if $bits (i32.eqz (local.get $m)))
            (local.set $pos (i32.add (local.get $p) (i32.ctz (local.get $m))))
            (local.set $m (i32.and (local.get $m) (i32.sub (local.get $m) (i32.const 1))))
            (local.set $ch (i32.load8_u (i32.add (local.get $W) (local.get $pos))))
            (if (i32.eq (local.get $ch) (local.get $d))
              (then
                (if (i32.lt_u (local.get $field) (local.get $width))
                  (then
                    (local.set $s (i32.load (i32.add (local.get $slot) (i32.shl (local.get $field) (i32.const 2)))))
                    (if (i32.ge_s (local.get $s) (i32.const 0))
                      (then
                        (local.set $s (i32.shl (i32.add (local.get $s) (local.get $batchN)) (i32.const 2)))
                        (i32.store (i32.add (local.get $fs) (local.get $s)) (local.get $fstart))
                        (i32.store (i32.add (local.get $fe) (local.get $s)) (local.get $pos))))))
                (local.set $field (i32.add (local.get $field) (i32.const 1)))
                (local.set $fstart (i32.add (local.get $pos) (i32.const 1)))
                (br $bit)))
            (if (i32.ne (local.get $ch) (i32.const 10))
              (then
                (if (i32.eq (local.get $ch) (i32.const 13))
                  (then
                    ;; CR LF only: a lone CR (or one at the very end) is the general parser's.
                    (if (if (result i32) (i32.lt_u (i32.add (local.get $pos) (i32.const 1)) (local.get $to))
                          (then (i32.ne (i32.load8_u (i32.add (local.get $W) (i32.add (local.get $pos) (i32.const 1)))) (i32.const 10)))
                          (else (local.get $last)))
                      (then (local.set $out (i32.const -1)) (br $done)))
                    (local.set $crAt (local.get $pos)))
                  (else (local.set $out (i32.const -1)) (br $done)))
                (br $bit)))
            ;; LF: a row ends.
            (local.set $end (select (i32.sub (local.get $pos) (i32.const 1)) (local.get $pos) (i32.eq (local.get $crAt) (i32.sub (local.get $pos) (i32.const 1)))))
            (if (i32.or (i32.or (i32.eq (local.get $end) (local.get $rowStart)) (i32.ne (local.get $field) (i32.sub (local.get $width) (i32.const 1))))
                        (i32.gt_s (i32.sub (local.get $end) (local.get $rowStart)) (local.get $maxCell)))
              (then (local.set $out (i32.const -1)) (br $done)))
            (local.set $s (i32.load (i32.add (local.get $slot) (i32.shl (local.get $field) (i32.const 2)))))
            (if (i32.ge_s (local.get $s) (i32.const 0))
              (then
                (local.set $s (i32.shl (i32.add (local.get $s) (local.get $batchN)) (i32.const 2)))
                (i32.store (i32.add (local.get $fs) (local.get $s)) (local.get $fstart))
                (i32.store (i32.add (local.get $fe) (local.get $s)) (local.get $end))))
            (local.set $rows (i32.add (local.get $rows) (i32.const 1)))
            (local.set $batchN (i32.add (local.get $batchN) (i32.const 1)))
            (local.set $field (i32.const 0))
            (local.set $rowStart (i32.add (local.get $pos) (i32.const 1)))
            (local.set $fstart (local.get $rowStart))
            (if (i32.eq (local.get $batchN) (local.get $batchRows))
              (then (local.set $out (i32.add (local.get $pos) (i32.const 1))) (br $done)))
            (br $bit)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $chunk)))
    (global.set $field (local.get $field))
    (global.set $fstart (local.get $fstart))
    (global.set $rowStart (local.get $rowStart))
    (global.set $batchN (local.get $batchN))
    (global.set $crAt (local.get $crAt))
    (global.set $rows (local.get $rows))
    (local.get $out))

  (func (export "nums")
    (param $s0 i32) (param $e0 i32) (param $i i32) (param $n i32) (param $out i32) (param $W i32) (param $pow i32) (result i32)
    (local $s i32) (local $e i32) (local $k i32) (local $f i32) (local $c i32) (local $mi i64) (local $v f64)
    (block $done
      (loop $cell
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (i32.load (i32.add (local.get $s0) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $e (i32.load (i32.add (local.get $e0) (i32.shl (local.get $i) (i32.const 2)))))
        (block $stored
          (if (i32.eq (local.get $s) (local.get $e))
            (then
              (f64.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))) (f64.const nan))
              (global.set $nulls (i32.add (global.get $nulls) (i32.const 1)))
              (br $stored)))
          (local.set $mi (i64.const 0))
          (local.set $k (local.get $s))
          (block $int
            (loop $digit
              (br_if $int (i32.ge_u (local.get $k) (local.get $e)))
              (local.set $c (i32.sub (i32.load8_u (i32.add (local.get $W) (local.get $k))) (i32.const 48)))
              (br_if $int (i32.gt_u (local.get $c) (i32.const 9)))
              ;; Whole digits in an i64 (a shorter chain than f64 m * 10 + c); below 2^53 the two are the same number.
              ;; Past 19 digits the i64 could wrap: those cells go to the caller.
              (br_if $done (i32.ge_u (i32.sub (local.get $k) (local.get $s)) (i32.const 18)))
              (local.set $mi (i64.add (i64.mul (local.get $mi) (i64.const 10)) (i64.extend_i32_u (local.get $c))))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br $digit)))
          (if (i32.eq (local.get $k) (local.get $e))
            (then
              (br_if $done (i64.ge_u (local.get $mi) (i64.const 9007199254740992)))
              (local.set $v (f64.convert_i64_u (local.get $mi))))
            (else
              ;; digits, a point, digits: at least one digit each side, 16 bytes at most.
              (br_if $done (i32.ne (i32.load8_u (i32.add (local.get $W) (local.get $k))) (i32.const 46)))
              (br_if $done (i32.eq (local.get $k) (local.get $s)))
              (br_if $done (i32.gt_s (i32.sub (local.get $e) (local.get $s)) (i32.const 16)))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (local.set $f (local.get $k))
              (block $frac
                (loop $digit2
                  (br_if $frac (i32.ge_u (local.get $k) (local.get $e)))
                  (local.set $c (i32.sub (i32.load8_u (i32.add (local.get $W) (local.get $k))) (i32.const 48)))
                  (br_if $frac (i32.gt_u (local.get $c) (i32.const 9)))
                  (local.set $mi (i64.add (i64.mul (local.get $mi) (i64.const 10)) (i64.extend_i32_u (local.get $c))))
                  (local.set $k (i32.add (local.get $k) (i32.const 1)))
                  (br $digit2)))
              (br_if $done (i32.ne (local.get $k) (local.get $e)))
              (br_if $done (i32.eq (local.get $k) (local.get $f)))
              ;; At most 15 digits: the i64 is exact as a double, as JS's m is.
              (local.set $v (f64.div (f64.convert_i64_u (local.get $mi)) (f64.load (i32.add (local.get $pow) (i32.shl (i32.sub (local.get $k) (local.get $f)) (i32.const 3))))))))
          (f64.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))) (local.get $v))
          (global.set $numbers (i32.add (global.get $numbers) (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $cell)))
    (local.get $i))

  (func (export "dict")
    (param $s0 i32) (param $e0 i32) (param $n i32) (param $out i32) (param $ents i32) (param $maxEnt i32) (param $tab i32) (param $mask i32) (param $W i32) (result i32)
    (local $i i32) (local $s i32) (local $e i32) (local $h i32) (local $k i32) (local $slot i32) (local $c1 i32)
    (local $at i32) (local $len i32) (local $cs i32) (local $count i32) (local $code i32) (local $empty i32)
    (memory.fill (local.get $tab) (i32.const 0) (i32.shl (i32.add (local.get $mask) (i32.const 1)) (i32.const 2)))
    (block $done
      (loop $cell
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (i32.load (i32.add (local.get $s0) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $e (i32.load (i32.add (local.get $e0) (i32.shl (local.get $i) (i32.const 2)))))
        (block $coded
          (if (i32.eq (local.get $s) (local.get $e))
            (then (local.set $code (i32.const -1)) (local.set $empty (i32.add (local.get $empty) (i32.const 1))) (br $coded)))
          (local.set $h (i32.const 0x811c9dc5))
          (local.set $k (i32.add (local.get $W) (local.get $s)))
          (local.set $at (i32.add (local.get $W) (local.get $e)))
          (block $hashed
            (loop $byte
              (br_if $hashed (i32.ge_u (local.get $k) (local.get $at)))
              (local.set $h (i32.mul (i32.xor (local.get $h) (i32.load8_u (local.get $k))) (i32.const 0x01000193)))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br $byte)))
          (local.set $len (i32.sub (local.get $e) (local.get $s)))
          (local.set $slot (i32.and (local.get $h) (local.get $mask)))
          (loop $probe
            (local.set $c1 (i32.load (i32.add (local.get $tab) (i32.shl (local.get $slot) (i32.const 2)))))
            (if (i32.eqz (local.get $c1))
              (then
                (if (i32.eq (local.get $count) (local.get $maxEnt)) (then (return (i32.const -1))))
                (i32.store (i32.add (local.get $tab) (i32.shl (local.get $slot) (i32.const 2))) (i32.add (local.get $count) (i32.const 1)))
                (local.set $at (i32.add (local.get $ents) (i32.mul (local.get $count) (i32.const 12))))
                (i32.store (local.get $at) (local.get $s))
                (i32.store offset=4 (local.get $at) (local.get $e))
                (i32.store offset=8 (local.get $at) (local.get $h))
                (local.set $code (local.get $count))
                (local.set $count (i32.add (local.get $count) (i32.const 1)))
                (br $coded)))
            (local.set $at (i32.add (local.get $ents) (i32.mul (i32.sub (local.get $c1) (i32.const 1)) (i32.const 12))))
            (if (i32.eq (i32.load offset=8 (local.get $at)) (local.get $h))
              (then
                (local.set $cs (i32.load (local.get $at)))
                (if (i32.eq (i32.sub (i32.load offset=4 (local.get $at)) (local.get $cs)) (local.get $len))
                  (then
                    ;; The same bytes?
                    (local.set $k (i32.const 0))
                    (block $differ
                      (loop $cmp
                        (if (i32.ge_u (local.get $k) (local.get $len))
                          (then (local.set $code (i32.sub (local.get $c1) (i32.const 1))) (br $coded)))
                        (br_if $differ (i32.ne (i32.load8_u (i32.add (local.get $W) (i32.add (local.get $cs) (local.get $k))))
                                               (i32.load8_u (i32.add (local.get $W) (i32.add (local.get $s) (local.get $k))))))
                        (local.set $k (i32.add (local.get $k) (i32.const 1)))
                        (br $cmp)))))))
            (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 1)) (local.get $mask)))
            (br $probe)))
        (i32.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))) (local.get $code))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $cell)))
    (global.set $empty (local.get $empty))
    (local.get $count))

  (func (export "stats") (param $vals i32) (param $n i32) (param $p i32) (param $exc i32) (result i32)
    (local $i i32) (local $v f64) (local $flags i32) (local $lo f64) (local $hi f64) (local $wN f64) (local $wMean f64)
    (local $wM2 f64) (local $d f64) (local $valid i32) (local $count i32) (local $k i32) (local $flag i32) (local $ok i32)
    (local $nAllowed i32) (local $nShares i32) (local $minB f64) (local $maxB f64)
    (local.set $flags (i32.load offset=88 (local.get $p)))
    (local.set $nAllowed (i32.load offset=80 (local.get $p)))
    (local.set $nShares (i32.load offset=84 (local.get $p)))
    (local.set $minB (f64.load (local.get $p)))
    (local.set $maxB (f64.load offset=8 (local.get $p)))
    (local.set $lo (f64.load offset=96 (local.get $p)))
    (local.set $hi (f64.load offset=104 (local.get $p)))
    (local.set $wN (f64.load offset=112 (local.get $p)))
    (local.set $wMean (f64.load offset=120 (local.get $p)))
    (local.set $wM2 (f64.load offset=128 (local.get $p)))
    (local.set $valid (i32.load offset=136 (local.get $p)))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $v (f64.load (i32.add (local.get $vals) (i32.shl (local.get $i) (i32.const 3)))))
        (block $next
          (block $exception
            ;; Empty, or not an integer where one is wanted (Number.isInteger: finite and whole): the caller's.
            (br_if $exception (f64.ne (local.get $v) (local.get $v)))
            (if (i32.and (local.get $flags) (i32.const 1))
              (then (br_if $exception (i32.eqz (i32.and (f64.eq (f64.floor (local.get $v)) (local.get $v)) (f64.eq (f64.sub (local.get $v) (local.get $v)) (f64.const 0)))))))
            (local.set $valid (i32.add (local.get $valid) (i32.const 1)))
            (if (f64.lt (local.get $v) (local.get $lo)) (then (local.set $lo (local.get $v))))
            (if (f64.gt (local.get $v) (local.get $hi)) (then (local.set $hi (local.get $v))))
            (local.set $flag (i32.const 0))
            (if (i32.and (i32.ne (i32.and (local.get $flags) (i32.const 2)) (i32.const 0)) (f64.lt (local.get $v) (local.get $minB))) (then (local.set $flag (i32.const 1))))
            (if (i32.and (i32.ne (i32.and (local.get $flags) (i32.const 4)) (i32.const 0)) (f64.gt (local.get $v) (local.get $maxB))) (then (local.set $flag (i32.const 1))))
            (if (i32.and (local.get $flags) (i32.const 8))
              (then
                (local.set $ok (i32.const 0))
                (local.set $k (i32.const 0))
                (block $found
                  (loop $allowed
                    (br_if $found (i32.ge_u (local.get $k) (local.get $nAllowed)))
                    (if (f64.eq (local.get $v) (f64.load offset=16 (i32.add (local.get $p) (i32.shl (local.get $k) (i32.const 3)))))
                      (then (local.set $ok (i32.const 1)) (br $found)))
                    (local.set $k (i32.add (local.get $k) (i32.const 1)))
                    (br $allowed)))
                (if (i32.eqz (local.get $ok)) (then (local.set $flag (i32.const 1))))))
            (local.set $k (i32.const 0))
            (block $shared
              (loop $share
                (br_if $shared (i32.ge_u (local.get $k) (local.get $nShares)))
                (if (f64.eq (local.get $v) (f64.load offset=48 (i32.add (local.get $p) (i32.shl (local.get $k) (i32.const 3)))))
                  (then (i32.store offset=140 (i32.add (local.get $p) (i32.shl (local.get $k) (i32.const 2)))
                          (i32.add (i32.load offset=140 (i32.add (local.get $p) (i32.shl (local.get $k) (i32.const 2)))) (i32.const 1)))))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $share)))
            ;; Welford's update, the same double operations as column.ts.
            (if (i32.and (local.get $flags) (i32.const 16))
              (then
                (local.set $d (f64.sub (local.get $v) (local.get $wMean)))
                (local.set $wN (f64.add (local.get $wN) (f64.const 1)))
                (local.set $wMean (f64.add (local.get $wMean) (f64.div (local.get $d) (local.get $wN))))
                (local.set $wM2 (f64.add (local.get $wM2) (f64.mul (local.get $d) (f64.sub (local.get $v) (local.get $wMean)))))))
            (br_if $next (i32.eqz (local.get $flag))))
          (i32.store (i32.add (local.get $exc) (i32.shl (local.get $count) (i32.const 2))) (local.get $i))
          (local.set $count (i32.add (local.get $count) (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $row)))
    (f64.store offset=96 (local.get $p) (local.get $lo))
    (f64.store offset=104 (local.get $p) (local.get $hi))
    (f64.store offset=112 (local.get $p) (local.get $wN))
    (f64.store offset=120 (local.get $p) (local.get $wMean))
    (f64.store offset=128 (local.get $p) (local.get $wM2))
    (i32.store offset=136 (local.get $p) (local.get $valid))
    (local.get $count))

  (func $fmix (param $h i32) (result i32)
    (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
    (local.set $h (i32.mul (local.get $h) (i32.const 0x85ebca6b)))
    (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))))
    (local.set $h (i32.mul (local.get $h) (i32.const 0xc2b2ae35)))
    (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))

  (func (export "keys")
    (param $s0 i32) (param $e0 i32) (param $i i32) (param $n i32) (param $textual i32) (param $W i32) (param $out i32) (param $rowBase i32) (result i32)
    (local $s i32) (local $e i32) (local $k i32) (local $x i32) (local $y i32) (local $c i32) (local $or i32)
    (local $a i32) (local $h i32) (local $len i32) (local $at i32)
    (block $done
      (loop $cell
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (i32.load (i32.add (local.get $s0) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $e (i32.load (i32.add (local.get $e0) (i32.shl (local.get $i) (i32.const 2)))))
        (block $next
          (br_if $next (i32.eq (local.get $s) (local.get $e)))
          ;; column.ts mayBeNumber: digits + - . controls and space, non-ASCII, n N i I.
          (if (i32.eqz (local.get $textual))
            (then
              (local.set $c (i32.load8_u (i32.add (local.get $W) (local.get $s))))
              (br_if $done (i32.or (i32.or (i32.le_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 9))
                                           (i32.or (i32.eq (local.get $c) (i32.const 43)) (i32.or (i32.eq (local.get $c) (i32.const 45)) (i32.eq (local.get $c) (i32.const 46)))))
                                   (i32.or (i32.or (i32.le_u (local.get $c) (i32.const 32)) (i32.ge_u (local.get $c) (i32.const 0x80)))
                                           (i32.or (i32.or (i32.eq (local.get $c) (i32.const 110)) (i32.eq (local.get $c) (i32.const 78)))
                                                   (i32.or (i32.eq (local.get $c) (i32.const 105)) (i32.eq (local.get $c) (i32.const 73)))))))))
          (local.set $len (i32.sub (local.get $e) (local.get $s)))
          (local.set $a (i32.xor (i32.const 0x9747b28c) (local.get $len)))
          (local.set $h (i32.xor (i32.const 0x1b873593) (i32.mul (local.get $len) (i32.const 0x27d4eb2d))))
          (local.set $or (i32.const 0))
          (local.set $k (i32.add (local.get $W) (local.get $s)))
          (local.set $e (i32.add (local.get $W) (local.get $e)))
          (block $pairs
            (loop $pair
              (br_if $pairs (i32.ge_u (i32.add (local.get $k) (i32.const 1)) (local.get $e)))
              (local.set $x (i32.load8_u (local.get $k)))
              (local.set $y (i32.load8_u offset=1 (local.get $k)))
              (local.set $or (i32.or (local.get $or) (i32.or (local.get $x) (local.get $y))))
              (local.set $c (i32.or (local.get $x) (i32.shl (local.get $y) (i32.const 16))))
              (local.set $a (i32.mul (i32.xor (local.get $a) (local.get $c)) (i32.const 0x5bd1e995)))
              (local.set $a (i32.xor (local.get $a) (i32.shr_u (local.get $a) (i32.const 15))))
              (local.set $h (i32.add (i32.mul (i32.xor (local.get $h) (local.get $c)) (i32.const 0x01000193)) (i32.const 0x7f4a7c15)))
              (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))))
              (local.set $k (i32.add (local.get $k) (i32.const 2)))
              (br $pair)))
          (if (i32.lt_u (local.get $k) (local.get $e))
            (then
              (local.set $c (i32.load8_u (local.get $k)))
              (local.set $or (i32.or (local.get $or) (local.get $c)))
              (local.set $a (i32.mul (i32.xor (local.get $a) (local.get $c)) (i32.const 0x5bd1e995)))
              (local.set $a (i32.xor (local.get $a) (i32.shr_u (local.get $a) (i32.const 15))))
              (local.set $h (i32.add (i32.mul (i32.xor (local.get $h) (local.get $c)) (i32.const 0x01000193)) (i32.const 0x7f4a7c15)))
              (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))))))
          (br_if $done (i32.ge_u (local.get $or) (i32.const 0x80)))
          (local.set $at (i32.add (local.get $out) (i32.mul (global.get $keyed) (i32.const 12))))
          (i32.store (local.get $at) (call $fmix (local.get $a)))
          (i32.store offset=4 (local.get $at) (call $fmix (i32.xor (local.get $h) (i32.const 0x5f3759df))))
          (i32.store offset=8 (local.get $at) (i32.add (local.get $rowBase) (local.get $i)))
          (global.set $keyed (i32.add (global.get $keyed) (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $cell)))
    (local.get $i))

  ;; Two ASCII digits at p as a number, or -1.
  (func $d2 (param $p i32) (result i32)
    (local $x i32) (local $y i32)
    (local.set $x (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
    (local.set $y (i32.sub (i32.load8_u offset=1 (local.get $p)) (i32.const 48)))
    (select (i32.add (i32.mul (local.get $x) (i32.const 10)) (local.get $y)) (i32.const -1)
      (i32.and (i32.le_u (local.get $x) (i32.const 9)) (i32.le_u (local.get $y) (i32.const 9)))))

  (func (export "stamps") (param $s0 i32) (param $e0 i32) (param $n i32) (param $out i32) (param $W i32) (result i32)
    (local $i i32) (local $s i32) (local $len i32) (local $y1 i32) (local $y2 i32) (local $mo i32) (local $d i32)
    (local $y i32) (local $era i32) (local $yoe i32) (local $day i32) (local $hms i32) (local $v f64) (local $nan i32)
    (local $sep i32) (local $a v128) (local $b v128) (local $x v128)
    (block $done
      (loop $cell
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (i32.load (i32.add (local.get $s0) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $len (i32.sub (i32.load (i32.add (local.get $e0) (i32.shl (local.get $i) (i32.const 2)))) (local.get $s)))
        (local.set $s (i32.add (local.get $W) (local.get $s)))
        (local.set $v (f64.const nan))
        (block $parsed
          (local.set $hms (i32.const 0))
          (if (i32.eq (local.get $len) (i32.const 20))
            (then
              ;; YYYY-MM-DDThh:mm:ssZ: bytes 0-15 and 4-19 as two vectors; the separators compared at once, the 14
              ;; digits gathered into pairs, checked, and each pair made a number (tens × 10 + ones).
              (local.set $a (v128.load (local.get $s)))
              (local.set $b (v128.load offset=4 (local.get $s)))
              (br_if $parsed (i32.ne (i32.and (i8x16.bitmask (i8x16.eq (local.get $a)
                (v128.const i8x16 0 0 0 0 45 0 0 45 0 0 0 0 0 58 0 0))) (i32.const 0x2090)) (i32.const 0x2090)))
              (br_if $parsed (i32.ne (i32.and (i8x16.bitmask (i8x16.eq (local.get $b)
                (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 58 0 0 90))) (i32.const 0x9000)) (i32.const 0x9000)))
              (local.set $sep (i32.load8_u offset=10 (local.get $s)))
              (br_if $parsed (i32.and (i32.ne (local.get $sep) (i32.const 84)) (i32.ne (local.get $sep) (i32.const 32))))
              (local.set $x (i8x16.sub (i8x16.shuffle 0 1 2 3 5 6 8 9 11 12 14 15 29 30 29 30 (local.get $a) (local.get $b))
                (v128.const i8x16 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48)))
              (br_if $parsed (i32.eqz (i8x16.all_true (i8x16.le_u (local.get $x) (v128.const i8x16 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9)))))
              (local.set $a (i32x4.extadd_pairwise_i16x8_u (i16x8.mul (i16x8.extend_low_i8x16_u (local.get $x)) (v128.const i16x8 10 1 10 1 10 1 10 1))))
              (local.set $b (i32x4.extadd_pairwise_i16x8_u (i16x8.mul (i16x8.extend_high_i8x16_u (local.get $x)) (v128.const i16x8 10 1 10 1 10 1 10 1))))
              (local.set $y1 (i32x4.extract_lane 0 (local.get $a)))
              (local.set $y2 (i32x4.extract_lane 1 (local.get $a)))
              (local.set $mo (i32x4.extract_lane 2 (local.get $a)))
              (local.set $d (i32x4.extract_lane 3 (local.get $a)))
              ;; hours ≤ 23, minutes and seconds ≤ 59
              (br_if $parsed (v128.any_true (i32x4.gt_u (local.get $b) (v128.const i32x4 23 59 59 59))))
              (local.set $hms (i32.add (i32.add (i32.mul (i32x4.extract_lane 0 (local.get $b)) (i32.const 3600000))
                (i32.mul (i32x4.extract_lane 1 (local.get $b)) (i32.const 60000))) (i32.mul (i32x4.extract_lane 2 (local.get $b)) (i32.const 1000)))))
            (else
              ;; YYYY-MM-DD
              (br_if $parsed (i32.ne (local.get $len) (i32.const 10)))
              (br_if $parsed (i32.ne (i32.load8_u offset=4 (local.get $s)) (i32.const 45)))
              (br_if $parsed (i32.ne (i32.load8_u offset=7 (local.get $s)) (i32.const 45)))
              (local.set $y1 (call $d2 (local.get $s)))
              (local.set $y2 (call $d2 (i32.add (local.get $s) (i32.const 2))))
              (local.set $mo (call $d2 (i32.add (local.get $s) (i32.const 5))))
              (local.set $d (call $d2 (i32.add (local.get $s) (i32.const 8))))
              (br_if $parsed (i32.lt_s (local.get $y2) (i32.const 0)))))
          (br_if $parsed (i32.lt_s (local.get $y1) (i32.const 10)))
          (br_if $parsed (i32.gt_u (i32.sub (local.get $mo) (i32.const 1)) (i32.const 11)))
          (br_if $parsed (i32.gt_u (i32.sub (local.get $d) (i32.const 1)) (i32.const 30)))
          ;; Hinnant's days-from-civil, as column.ts: years 999..9999, every quotient of non-negative numbers.
          (local.set $y (i32.sub (i32.add (i32.mul (local.get $y1) (i32.const 100)) (local.get $y2)) (i32.le_u (local.get $mo) (i32.const 2))))
          ;; The quotients by multiply and shift (checked for every y ≤ 10,000, yoe < 400, 153 m + 2 < 2,000).
          (local.set $era (i32.shr_u (i32.mul (local.get $y) (i32.const 5243)) (i32.const 21)))
          (local.set $yoe (i32.sub (local.get $y) (i32.mul (local.get $era) (i32.const 400))))
          (local.set $day (i32.sub (i32.add (i32.mul (local.get $era) (i32.const 146097))
              (i32.add (i32.sub (i32.add (i32.mul (local.get $yoe) (i32.const 365)) (i32.shr_u (local.get $yoe) (i32.const 2)))
                                (i32.shr_u (i32.mul (local.get $yoe) (i32.const 41)) (i32.const 12)))
                       (i32.sub (i32.add (i32.shr_u (i32.mul (i32.add (i32.mul (i32.const 153)
                           (select (i32.sub (local.get $mo) (i32.const 3)) (i32.add (local.get $mo) (i32.const 9)) (i32.gt_u (local.get $mo) (i32.const 2))))
                           (i32.const 2)) (i32.const 1639)) (i32.const 13)) (local.get $d)) (i32.const 1))))
            (i32.const 719468)))
          ;; Every term a whole number below 2^53: the sum is exact, as in JavaScript.
          (local.set $v (f64.add (f64.mul (f64.convert_i32_s (local.get $day)) (f64.const 86400000)) (f64.convert_i32_s (local.get $hms)))))
        (local.set $nan (i32.add (local.get $nan) (f64.ne (local.get $v) (local.get $v))))
        (f64.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))) (local.get $v))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $cell)))
    (local.get $nan))

  (func (export "cells") (param $s0 i32) (param $e0 i32) (param $n i32) (param $W i32) (param $tab i32) (param $len i32)
    (param $untyped i32) (param $exc i32) (result i32)
    (local $i i32) (local $s i32) (local $e i32) (local $c i32) (local $k i32) (local $count i32) (local $t i32)
    (block $done
      (loop $cell
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (i32.load (i32.add (local.get $s0) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $e (i32.load (i32.add (local.get $e0) (i32.shl (local.get $i) (i32.const 2)))))
        (block $look
          (block $fine
            (br_if $look (i32.eq (local.get $s) (local.get $e)))
            (local.set $s (i32.add (local.get $W) (local.get $s)))
            (if (local.get $untyped)
              (then
                ;; column.ts mayBeNumber: digits + - . controls and space, non-ASCII, n N i I.
                (local.set $c (i32.load8_u (local.get $s)))
                (br_if $look (i32.or (i32.or (i32.le_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 9))
                                             (i32.or (i32.eq (local.get $c) (i32.const 43)) (i32.or (i32.eq (local.get $c) (i32.const 45)) (i32.eq (local.get $c) (i32.const 46)))))
                                     (i32.or (i32.or (i32.le_u (local.get $c) (i32.const 32)) (i32.ge_u (local.get $c) (i32.const 0x80)))
                                             (i32.or (i32.or (i32.eq (local.get $c) (i32.const 110)) (i32.eq (local.get $c) (i32.const 78)))
                                                     (i32.or (i32.eq (local.get $c) (i32.const 105)) (i32.eq (local.get $c) (i32.const 73)))))))))
            (br_if $fine (i32.lt_s (local.get $len) (i32.const 0)))
            (br_if $look (i32.ne (i32.sub (i32.add (local.get $W) (local.get $e)) (local.get $s)) (local.get $len)))
            (local.set $k (i32.const 0))
            (local.set $t (local.get $tab))
            (loop $byte
              (br_if $fine (i32.eq (local.get $k) (local.get $len)))
              (local.set $c (i32.load8_u (i32.add (local.get $s) (local.get $k))))
              (br_if $look (i32.ge_u (local.get $c) (i32.const 0x80)))
              (br_if $look (i32.eqz (i32.load8_u (i32.add (local.get $t) (local.get $c)))))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (local.set $t (i32.add (local.get $t) (i32.const 128)))
              (br $byte)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $cell))
        (i32.store (i32.add (local.get $exc) (i32.shl (local.get $count) (i32.const 2))) (local.get $i))
        (local.set $count (i32.add (local.get $count) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $cell)))
    (local.get $count))

  (func (export "dedup") (param $src i32) (param $n i32) (param $tab i32) (param $mask i32) (param $out i32) (result i32)
    (local $i i32) (local $h0 i32) (local $lo i32) (local $j i32) (local $slot i32) (local $s i32) (local $dups i32)
    (local $p i32)
    (local.set $p (local.get $src))
    (block $done
      (loop $key
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $h0 (i32.load (local.get $p)))
        (local.set $lo (i32.load offset=4 (local.get $p)))
        (local.set $lo (select (local.get $lo) (i32.const 1) (local.get $lo)))
        (local.set $j (i32.and (local.get $h0) (local.get $mask)))
        (block $placed
          (loop $probe
            (local.set $slot (i32.add (local.get $tab) (i32.shl (local.get $j) (i32.const 3))))
            (local.set $s (i32.load (local.get $slot)))
            (if (i32.eqz (local.get $s))
              (then
                (i32.store (local.get $slot) (local.get $lo))
                (i32.store offset=4 (local.get $slot) (local.get $h0))
                (br $placed)))
            (if (i32.and (i32.eq (local.get $s) (local.get $lo)) (i32.eq (i32.load offset=4 (local.get $slot)) (local.get $h0)))
              (then
                (i32.store (i32.add (local.get $out) (i32.shl (local.get $dups) (i32.const 2))) (local.get $i))
                (local.set $dups (i32.add (local.get $dups) (i32.const 1)))
                (br $placed)))
            (local.set $j (i32.and (i32.add (local.get $j) (i32.const 1)) (local.get $mask)))
            (br $probe)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 12)))
        (br $key)))
    (local.get $dups)))
