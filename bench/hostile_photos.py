"""Time and peak memory of listings.images.normalise_photo on hostile and heavy uploads.

Run from the project root:  .venv/bin/python bench/hostile_photos.py

Each case runs in a fresh, warmed-up interpreter (Linux: peak RSS from /proc/self/status, reset
just before the call). "RSS +MB" is how far the resident set peaked above what it was before the
call; "py peak MB" is tracemalloc's peak, which cannot see Pillow's pixel buffers. Prints a table,
asserts nothing.
"""

import io
import json
import os
import random
import struct
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent


def _photo(seed: int, size: tuple[int, int]) -> Image.Image:
    rng = random.Random(seed)
    field = Image.new("RGB", (8, 6))
    field.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(48)])
    img = field.resize(size, Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(img)
    for _ in range(20):
        x, y, r = rng.randrange(size[0]), rng.randrange(size[1]), rng.randrange(10, 400)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(rng.randrange(256), 0, 90))
    return img


def _encode(img: Image.Image, fmt: str, **params) -> bytes:
    buffer = io.BytesIO()
    img.save(buffer, fmt, **params)
    return buffer.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_declaring(width: int, height: int) -> bytes:
    data = bytearray(_encode(Image.new("L", (1, 1)), "PNG"))
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


def _jpeg_declaring(width: int, height: int) -> bytes:
    data = bytearray(_encode(Image.new("RGB", (8, 8)), "JPEG"))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def _png_with_chunk_before_idat(kind: bytes, body: bytes) -> bytes:
    png = _encode(Image.new("RGB", (800, 600), "grey"), "PNG")
    ihdr_end = 8 + 25
    return png[:ihdr_end] + _chunk(kind, body) + png[ihdr_end:]


def _zeros_compressed(megabytes: int) -> bytes:
    compressor = zlib.compressobj(9)
    block = bytes(1024 * 1024)
    return b"".join(compressor.compress(block) for _ in range(megabytes)) + compressor.flush()


def build_cases() -> dict[str, tuple[bytes, dict]]:
    html = b"<html><body><script>alert(document.cookie)</script></body></html>\n"
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="9000" height="9000"><script>alert(1)</script></svg>'
    gif_frames = [_photo(s, (400, 300)).convert("P") for s in range(8)] * 25  # 200 frames
    gif = _encode(gif_frames[0], "GIF", save_all=True, append_images=gif_frames[1:])
    apng_frames = [_photo(s, (800, 600)) for s in range(10)]
    apng = _encode(apng_frames[0], "PNG", save_all=True, append_images=apng_frames[1:])
    jpeg = _encode(_photo(1, (2000, 1500)), "JPEG", quality=95)
    return {
        "png header 30000x30000": (_png_declaring(30_000, 30_000), {}),
        "png header 7000x7000 (49 MP)": (_png_declaring(7_000, 7_000), {}),
        "jpeg header 65000x65000": (_jpeg_declaring(65_000, 65_000), {}),
        "png solid 8000x6000 real": (_encode(Image.new("L", (8000, 6000)), "PNG"), {}),
        "jpeg solid 12000x9000 real": (
            _encode(Image.new("RGB", (12000, 9000)), "JPEG"),
            {},
        ),
        "png zTXt 200 MB of zeros": (
            _png_with_chunk_before_idat(b"zTXt", b"Comment\0\0" + _zeros_compressed(200)),
            {},
        ),
        "png iCCP 200 MB of zeros": (
            _png_with_chunk_before_idat(b"iCCP", b"icc\0\0" + _zeros_compressed(200)),
            {},
        ),
        "file of 50 MB": (b"\xff\xd8\xff" + os.urandom(50 * 1024 * 1024), {}),
        "text renamed .jpg": (b"WhatsApp +7 701 123 45 67\n" * 1000, {}),
        "svg with script": (svg, {}),
        "html then png": (html + _encode(_photo(2, (800, 600)), "PNG"), {}),
        "truncated jpeg": (jpeg[: len(jpeg) // 2], {}),
        "gif 200 frames": (gif, {}),
        "gif 200 frames, GIF allowed": (gif, {"formats": ("JPEG", "PNG", "GIF")}),
        "apng 10 frames": (apng, {}),
        "webp": (_encode(_photo(3, (800, 600)), "WEBP"), {}),
        # Accepted, for scale: what a legitimate heavy upload costs.
        "ok: png then html": (_encode(_photo(4, (800, 600)), "PNG") + html, {}),
        "ok: jpeg 6000x4000 (24 MP)": (
            _encode(_photo(5, (6000, 4000)), "JPEG", quality=92),
            {},
        ),
        "ok: png 6000x6000 (36 MP)": (_encode(_photo(6, (6000, 6000)), "PNG"), {}),
    }


def _memory_kb(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise LookupError(field)


def run_case(path: str, options: dict) -> dict:
    from listings.images import PhotoRejected, normalise_photo

    # Warm up: Pillow loads its plugins and imagehash its FFT on first use, not per upload.
    normalise_photo(io.BytesIO(_encode(_photo(0, (64, 48)), "PNG")))
    with open(path, "rb") as f:
        data = f.read()
    # ru_maxrss survives fork+exec (it would report the parent's peak): reset VmHWM instead.
    with open("/proc/self/clear_refs", "w") as clear_refs:
        clear_refs.write("5")
    rss_before = _memory_kb("VmRSS")

    def attempt() -> str:
        try:
            result = normalise_photo(io.BytesIO(data), **options)
        except PhotoRejected as exc:
            return exc.code
        return f"accepted {result.format} {result.width}x{result.height}"

    started = time.perf_counter()
    outcome = attempt()
    elapsed = time.perf_counter() - started
    rss_peak = _memory_kb("VmHWM")
    # Again under tracemalloc, which slows allocation down: kept out of the timing.
    tracemalloc.start()
    attempt()
    _, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "outcome": outcome,
        "ms": elapsed * 1000,
        "python_peak_mb": python_peak / 2**20,
        "rss_before_mb": rss_before / 1024,
        "rss_growth_mb": (rss_peak - rss_before) / 1024,
    }


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--case":
        print(json.dumps(run_case(sys.argv[2], json.loads(os.environ["BENCH_OPTIONS"]))))
        return
    cases = build_cases()
    print(f"{'case':32} {'size':>10} {'outcome':>30} {'ms':>9} {'py peak MB':>10} {'RSS +MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (data, options) in cases.items():
            path = Path(tmp) / "upload"
            path.write_bytes(data)
            env = {**os.environ, "BENCH_OPTIONS": json.dumps(options)}
            child = subprocess.run(
                [sys.executable, __file__, "--case", str(path)],
                capture_output=True,
                text=True,
                cwd=ROOT,
                env=env,
                check=True,
            )
            r = json.loads(child.stdout)
            size = f"{len(data) / 1024:.0f} kB"
            print(
                f"{name:32} {size:>10} {r['outcome']:>30} {r['ms']:9.1f} "
                f"{r['python_peak_mb']:10.1f} {r['rss_growth_mb']:8.1f}"
            )
    print(f"RSS of a child before the call (imports, warm-up, file read): {r['rss_before_mb']:.0f} MB")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
