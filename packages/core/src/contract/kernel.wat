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
)
