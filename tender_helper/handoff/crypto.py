"""Passphrase encryption of a whole package: scrypt, then AES-256-GCM in authenticated chunks (STREAM).

Layout: header | check (32) | chunk*. The header holds magic, container version, scrypt parameters, salt, nonce
prefix and chunk size, and is the associated data of every chunk, so changing any byte of it fails too. Each
chunk is GCM over up to `chunk_size` bytes with nonce = prefix (7) | counter (4) | last-flag (1): reordered,
dropped or appended chunks and a cut-off end all fail authentication. `check` is HMAC-SHA256 of the header
under a second key from the same scrypt run; it tells a wrong passphrase apart from a damaged file.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import unicodedata
from dataclasses import dataclass
from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from tender_helper.core.errors import QT_TRANSLATE_NOOP
from tender_helper.handoff.errors import NotAPackage, PackageDamaged, PackageTooNew, WrongPassphrase

MAGIC = b"THHANDOF"
CONTAINER_VERSION = 1
KDF_SCRYPT = 1
_HEADER = struct.Struct(">8sBBBBB16s7sI")  # magic, version, kdf, log2(n), r, p, salt, nonce prefix, chunk size
CHECK_SIZE = 32
TAG_SIZE = 16
DEFAULT_CHUNK = 1024 * 1024
MAX_CHUNK = 16 * 1024 * 1024


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost: n = 2**log2_n, block size r, parallelism p (memory is 128 * n * r bytes)."""

    log2_n: int = 17
    r: int = 8
    p: int = 1

    def sane(self) -> bool:
        # Bounds protect the importer from a crafted header asking for gigabytes or hours.
        return 10 <= self.log2_n <= 20 and 1 <= self.r <= 16 and 1 <= self.p <= 4


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class Header:
    kdf: KdfParams
    salt: bytes
    nonce_prefix: bytes
    chunk_size: int

    def pack(self) -> bytes:
        k = self.kdf
        return _HEADER.pack(
            MAGIC, CONTAINER_VERSION, KDF_SCRYPT, k.log2_n, k.r, k.p, self.salt, self.nonce_prefix, self.chunk_size
        )


def _damaged() -> PackageDamaged:
    return PackageDamaged(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The package failed its authenticity check: it is incomplete or was changed after it was made. "
            "Nothing was imported.",
        )
    )


def _keys(passphrase: str, header: Header) -> tuple[bytes, bytes]:
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    k = header.kdf
    material = Scrypt(salt=header.salt, length=64, n=2**k.log2_n, r=k.r, p=k.p).derive(secret)
    return material[:32], material[32:]


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")


def encrypt_stream(
    source: IO[bytes], target: IO[bytes], passphrase: str, kdf: KdfParams = DEFAULT_KDF, chunk_size: int = DEFAULT_CHUNK
) -> None:
    """Encrypts everything `source` holds into `target`."""
    header = Header(kdf, os.urandom(16), os.urandom(7), chunk_size)
    head = header.pack()
    key, check_key = _keys(passphrase, header)
    target.write(head + hmac.new(check_key, head, hashlib.sha256).digest())
    cipher = AESGCM(key)
    counter = 0
    piece = source.read(chunk_size)
    while True:
        following = source.read(chunk_size)
        last = not following
        target.write(cipher.encrypt(_nonce(header.nonce_prefix, counter, last), piece, head))
        if last:
            return
        piece, counter = following, counter + 1


def read_header(source: IO[bytes]) -> tuple[Header, bytes, bytes]:
    """The header, its bytes and the stored check value; raises NotAPackage, PackageTooNew or PackageDamaged."""
    head = source.read(_HEADER.size)
    if len(head) < len(MAGIC) or not head.startswith(MAGIC):
        raise NotAPackage(QT_TRANSLATE_NOOP("Errors", "This file is not a Tender Helper hand-off package."))
    if len(head) < _HEADER.size:
        raise _damaged()
    _magic, version, kdf_id, log2_n, r, p, salt, prefix, chunk_size = _HEADER.unpack(head)
    if version > CONTAINER_VERSION:
        raise PackageTooNew(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The package was made by a newer version of Tender Helper (format {version}). "
                "Update the program to import it; nothing was imported.",
            ),
            version=version,
        )
    header = Header(KdfParams(log2_n, r, p), salt, prefix, chunk_size)
    check = source.read(CHECK_SIZE)
    if kdf_id != KDF_SCRYPT or not header.kdf.sane() or not 1024 <= chunk_size <= MAX_CHUNK or len(check) < CHECK_SIZE:
        raise _damaged()
    return header, head, check


def decrypt_stream(source: IO[bytes], target: IO[bytes], passphrase: str) -> None:
    """Decrypts into `target`; on any error `target` holds partial plaintext that the caller must discard."""
    header, head, check = read_header(source)
    key, check_key = _keys(passphrase, header)
    if not hmac.compare_digest(check, hmac.new(check_key, head, hashlib.sha256).digest()):
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP(
                "Errors", "The passphrase does not open this package (or its header is damaged). Nothing was imported."
            )
        )
    cipher = AESGCM(key)
    block_size = header.chunk_size + TAG_SIZE
    counter = 0
    block = source.read(block_size)
    while True:
        following = source.read(block_size)
        last = not following
        try:
            target.write(cipher.decrypt(_nonce(header.nonce_prefix, counter, last), block, head))
        except InvalidTag:
            raise _damaged() from None
        if last:
            return
        block, counter = following, counter + 1
