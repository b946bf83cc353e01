"""Benchmark 4: certificates confirming quality — the PDF with its seal, a batch of 1,000, and
verification from a scan.

The demo office is built (three issued certificates, one revoked). For the single and the batch
figures every certificate printed has its *own* seal, signed beforehand with the office's site
key (signing belongs to issuing, not printing), so the QR symbol is built for each one as it
would be for a real batch; the seals are 352 characters, a version-13 symbol, the largest
allowed. The batch goes through the same code as ``combined_certificates_pdf``: each
certificate is loaded from the database, laid out and drawn into one PDF. Verification reads a
PNG of the printed page scanned at 300 dpi in grey (zxing-cpp) and checks the seal against the
trust list. Wall time is the figure; the CPU time of the process is given beside it, since a
machine shared with other work stretches the one and not (much) the other.
"""

from __future__ import annotations

import dataclasses
import io
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from benchmarks.common import Figure

PDF_GOAL_MS = 30.0
BATCH = 1000
BATCH_GOAL_S = 30.0
VERIFY_GOAL_MS = 200.0
SINGLE_RUNS = 31
PASSWORD = "Zhetysu2026demo"


def _variants(s: object, ids: list[uuid.UUID], n: int) -> list[tuple[uuid.UUID, str, str]]:
    """(id, number, seal) of ``n`` distinct certificates, sealed like the real ones."""
    from milrep.documents.certificate_data import load_certificate
    from milrep.documents.seal import encode_seal, read_seal
    from milrep.services.site_keys import site_signing_key

    key = site_signing_key(s)  # type: ignore[arg-type]
    base = [read_seal(load_certificate(s, i).seal).claims for i in ids]  # type: ignore[arg-type]
    out = []
    for k in range(n):
        claims = base[k % len(base)]
        number = f"17/WS1/2026/QC-{k + 10:04d}"
        cid = uuid.UUID(int=k + 1)
        seal = encode_seal(dataclasses.replace(claims, number=number, certificate_id=cid), key)
        out.append((cid, number, seal))
    return out


def run() -> list[Figure]:
    from milrep import demo
    from milrep.db.keyslots import FAST_KDF_FOR_TESTS
    from milrep.db.store import open_database
    from milrep.documents.certificate import build, document_languages
    from milrep.documents.certificate_batch import all_certificate_ids
    from milrep.documents.certificate_data import load_certificate
    from milrep.services.site_keys import local_trust_list
    from milrep.verify import verify_input

    figures = []
    with tempfile.TemporaryDirectory(prefix="milrep-bench-") as tmp:
        path = Path(tmp) / "demo.milrep"
        demo.build_demo(path, password=PASSWORD, kdf=FAST_KDF_FOR_TESTS)
        db, _actor = open_database(path, "clerk", PASSWORD)
        try:
            langs = document_languages("both")
            with db.read() as s:
                ids = all_certificate_ids(s)
                valid = [i for i in ids if load_certificate(s, i).revocation is None]
                variants = _variants(s, valid, BATCH + SINGLE_RUNS)
                trust = local_trust_list(s)

                def facts(k: int) -> object:
                    cid, number, seal = variants[k]
                    f = load_certificate(s, valid[k % len(valid)])
                    return dataclasses.replace(f, id=cid, number=number, seal=seal)

                build([facts(0)], langs)  # imports, fonts, catalogues: not what is measured
                times, cpu = [], []
                for k in range(SINGLE_RUNS):
                    t0, c0 = time.perf_counter(), time.process_time()
                    pdf = build([facts(BATCH + k)], langs)  # type: ignore[list-item]
                    times.append(time.perf_counter() - t0)
                    cpu.append(time.process_time() - c0)
                single = statistics.median(times) * 1000
                single_cpu = statistics.median(cpu) * 1000

                def stream() -> Iterator[object]:
                    for k in range(BATCH):
                        yield facts(k)
                        if k % 50 == 49:
                            s.expunge_all()

                t0, c0 = time.perf_counter(), time.process_time()
                combined = build(stream(), langs, count=BATCH)  # type: ignore[arg-type]
                batch = time.perf_counter() - t0
                batch_cpu = time.process_time() - c0

            import pypdfium2 as pdfium

            doc = pdfium.PdfDocument(pdf)
            scans = []
            for i in range(len(doc)):
                image = doc[i].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
                out = io.BytesIO()
                image.save(out, "PNG")
                scans.append(out.getvalue())
            doc.close()
            page = next(p for p in scans if verify_input(p, trust).results)
            assert verify_input(page, trust).valid
            vtimes, vcpu = [], []
            for _ in range(9):
                t0, c0 = time.perf_counter(), time.process_time()
                report = verify_input(page, trust)
                vtimes.append(time.perf_counter() - t0)
                vcpu.append(time.process_time() - c0)
                assert report.valid
            verify = statistics.median(vtimes) * 1000
            verify_cpu = statistics.median(vcpu) * 1000
        finally:
            db.close()
    figures.append(Figure("Certificates", "certificate PDF with its seal (median, kk+ru)",
                          single, "ms", f"≤ {PDF_GOAL_MS:.0f} ms", single <= PDF_GOAL_MS,
                          f"{len(pdf) / 1024:.0f} KB, {SINGLE_RUNS} distinct seals, "
                          f"CPU {single_cpu:.0f} ms"))
    figures.append(Figure("Certificates", f"{BATCH:,} certificates in one batch PDF", batch, "s",
                          f"≤ {BATCH_GOAL_S:.0f} s", batch <= BATCH_GOAL_S,
                          f"{len(combined) / 2**20:.1f} MB, {batch / BATCH * 1000:.1f} ms each, "
                          f"CPU {batch_cpu:.1f} s"))
    figures.append(Figure("Certificates", "verify a seal from a PNG (300 dpi page scan)", verify,
                          "ms", f"≤ {VERIFY_GOAL_MS:.0f} ms", verify <= VERIFY_GOAL_MS,
                          f"{len(page) / 1024:.0f} KB PNG, CPU {verify_cpu:.0f} ms"))
    return figures


if __name__ == "__main__":
    from benchmarks.report import render_table

    print(render_table(run()))
