"""The chunked scrypt + AES-GCM container on its own: sizes, reordering, hostile headers."""

from __future__ import annotations

import io

import pytest

from tender_helper.handoff import crypto
from tender_helper.handoff.errors import PackageDamaged, WrongPassphrase
from tests.unit.handoff.conftest import FAST_KDF

CHUNK = 1024


def encrypt(data: bytes, passphrase: str = "passphrase1") -> bytes:
    target = io.BytesIO()
    crypto.encrypt_stream(io.BytesIO(data), target, passphrase, FAST_KDF, chunk_size=CHUNK)
    return target.getvalue()


def decrypt(blob: bytes, passphrase: str = "passphrase1") -> bytes:
    target = io.BytesIO()
    crypto.decrypt_stream(io.BytesIO(blob), target, passphrase)
    return target.getvalue()


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK])
def test_round_trip_at_chunk_edges(size: int) -> None:
    data = bytes(i % 251 for i in range(size))
    assert decrypt(encrypt(data)) == data


def test_same_input_encrypts_differently_each_time() -> None:
    assert encrypt(b"same") != encrypt(b"same")


def test_swapped_chunks_fail() -> None:
    blob = encrypt(b"a" * CHUNK + b"b" * CHUNK + b"c")
    start = crypto._HEADER.size + crypto.CHECK_SIZE
    block = CHUNK + crypto.TAG_SIZE
    first, second = blob[start : start + block], blob[start + block : start + 2 * block]
    with pytest.raises(PackageDamaged):
        decrypt(blob[:start] + second + first + blob[start + 2 * block :])


def test_dropping_the_last_chunk_at_a_boundary_fails() -> None:
    blob = encrypt(b"a" * CHUNK * 2)  # two full chunks and an empty last one
    with pytest.raises(PackageDamaged):
        decrypt(blob[: -crypto.TAG_SIZE])


def test_appended_bytes_fail() -> None:
    with pytest.raises(PackageDamaged):
        decrypt(encrypt(b"abc") + b"\x00" * 20)


def test_passphrase_is_normalised_to_nfc() -> None:
    assert decrypt(encrypt(b"x", "s\u00e4hk\u00f6-salasana"), "sa\u0308hko\u0308-salasana") == b"x"


def test_wrong_passphrase() -> None:
    with pytest.raises(WrongPassphrase):
        decrypt(encrypt(b"x"), "passphrase2")


def test_absurd_kdf_cost_in_a_header_is_refused_before_deriving() -> None:
    blob = bytearray(encrypt(b"x"))
    blob[len(crypto.MAGIC) + 2] = 40  # log2(n) = 40 would need terabytes
    with pytest.raises(PackageDamaged):
        decrypt(bytes(blob))
