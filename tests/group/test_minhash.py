"""Signatures are datasketch 2's MinHash bit for bit: stores made before keep finding copies."""

from __future__ import annotations

from lintas.group.minhash import jaccard, signature

TEXT = "Petugas pemadam kebakaran memadamkan api yang membakar sebuah gudang di Cakung, Jakarta Timur, Selasa malam."
# datasketch.MinHash(num_perm=64, seed=20241122).update_batch(word 5-grams of TEXT), datasketch 2.0.0
DATASKETCH = (
    1217673696, 18197299, 350252999, 242461598, 125780198, 32269571, 1021917925, 250340499, 832730146, 455956534,
    320317512, 19439553, 1162936119, 53304338, 809433180, 182537530, 69081502, 261167547, 24463721, 203829560,
    248119574, 620207886, 249954809, 85147561, 432417611, 229829577, 186758077, 729968643, 52944298, 667135747,
    102746229, 437106926, 36727468, 172754300, 516007642, 581696000, 699856101, 647565990, 555567118, 303300539,
    223931487, 164661325, 417103241, 647057289, 229986699, 590856761, 266734338, 381383357, 136803909, 272753922,
    754016703, 474050033, 1014524134, 382390747, 702395245, 83005886, 259540333, 53174561, 1087399003, 872032280,
    403214553, 130071096, 143959066, 356242118,
)  # fmt: skip


def test_signature_is_datasketchs() -> None:
    assert signature(TEXT) == DATASKETCH


def test_a_body_too_short_for_a_shingle_matches_nothing_in_particular() -> None:
    assert signature("dua kata") == (2**32 - 1,) * 64


def test_a_copy_with_one_word_changed_stays_close() -> None:
    changed = signature(TEXT.replace("Selasa", "Rabu"))
    assert 0.5 < jaccard(signature(TEXT), changed) < 1.0
