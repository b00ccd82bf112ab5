"""listings.images: every picture here is built with Pillow in the test, nothing is mocked."""

import hashlib
import io
import random
import resource
import struct
import time
import tracemalloc
import zlib

import pytest
from django.conf import settings
from django.utils import translation
from PIL import Image, ImageCms, ImageDraw, PngImagePlugin

from listings.images import (
    MAX_LONG_SIDE,
    NormalisedPhoto,
    PhotoRejected,
    check_count,
    hash_distance,
    normalise_photo,
)

# Without pytest-django (-p no:django) nothing configures Django; messages need settings.
if not settings.configured:
    settings.configure(USE_I18N=False)

MB = 1024 * 1024


# --- building pictures -------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _english():
    """The messages are asserted in English; the site's default language is Russian."""
    with translation.override("en"):
        yield


def photo(seed: int = 1, size: tuple[int, int] = (640, 480), mode: str = "RGB") -> Image.Image:
    """A smooth, photo-like picture: random colour field scaled up, with a few shapes."""
    rng = random.Random(seed)
    field = Image.new("RGB", (8, 6))
    field.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(48)])
    img = field.resize(size, Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(img)
    for _ in range(6):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        r = rng.randrange(20, max(21, size[0] // 4))
        draw.ellipse(
            (x - r, y - r, x + r, y + r),
            fill=tuple(rng.randrange(256) for _ in range(3)),
        )
    return img.convert(mode)


def encode(img: Image.Image, fmt: str, **params) -> bytes:
    buffer = io.BytesIO()
    img.save(buffer, fmt, **params)
    return buffer.getvalue()


def upload(data: bytes, name: str = "photo.jpg") -> io.BytesIO:
    """What a view hands over: the bytes, and a name the client chose."""
    f = io.BytesIO(data)
    f.name = name
    return f


def png_declaring(width: int, height: int) -> bytes:
    """A tiny real PNG whose IHDR claims another size, with a valid CRC: a cheap bomb."""
    data = bytearray(encode(Image.new("L", (1, 1)), "PNG"))
    assert data[12:16] == b"IHDR"
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


def jpeg_declaring(width: int, height: int) -> bytes:
    """A tiny real JPEG whose SOF0 header claims another size."""
    data = bytearray(encode(Image.new("RGB", (8, 8)), "JPEG"))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def reopen(result: NormalisedPhoto) -> Image.Image:
    img = Image.open(io.BytesIO(result.content))
    img.load()
    return img


def rejected(data: bytes, **options) -> PhotoRejected:
    with pytest.raises(PhotoRejected) as caught:
        normalise_photo(upload(data), **options)
    return caught.value


# --- accepted pictures -------------------------------------------------------------------------


def test_jpeg_exif_orientation_is_applied_and_all_metadata_dropped():
    img = Image.new("RGB", (640, 480), "blue")
    img.paste((255, 0, 0), (0, 0, 320, 240))  # red in the top-left quadrant, as stored
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x010F] = "SecretCam"  # Make
    exif[0x0131] = "editor"  # Software
    data = encode(img, "JPEG", exif=exif.tobytes(), comment=b"<script>alert(1)</script>")

    result = normalise_photo(upload(data))

    assert (result.format, result.extension) == ("JPEG", "jpg")
    assert (result.width, result.height) == (480, 640)
    out = reopen(result)
    assert out.format == "JPEG" and out.size == (480, 640)
    # Turned clockwise, the stored top-left quadrant is now top-right.
    assert out.getpixel((470, 10))[0] > 200 and out.getpixel((10, 10))[2] > 200
    assert "exif" not in out.info and len(out.getexif()) == 0
    assert "comment" not in out.info
    assert b"SecretCam" not in result.content and b"<script>" not in result.content


def test_png_stays_png_with_transparency_and_without_text_chunks():
    img = photo(2, mode="RGBA")
    img.putalpha(Image.linear_gradient("L").resize(img.size))
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "<html><script>alert(1)</script></html>")
    data = encode(img, "PNG", pnginfo=info)

    # The name lies; the content wins.
    result = normalise_photo(upload(data, name="photo.jpg"))

    assert (result.format, result.extension) == ("PNG", "png")
    out = reopen(result)
    assert out.format == "PNG" and out.mode == "RGBA" and out.size == (640, 480)
    assert out.getpixel((5, 1))[3] < 10 and out.getpixel((5, 470))[3] > 245
    assert "Comment" not in out.info and b"<script>" not in result.content


def test_django_upload_with_a_lying_content_type_is_judged_by_content():
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = encode(photo(30), "PNG")
    upload_ = SimpleUploadedFile("holiday.jpg", data, content_type="image/jpeg")
    upload_.read(10)  # a form that peeked must not break the check

    result = normalise_photo(upload_)

    assert (result.format, result.extension) == ("PNG", "png")


def test_result_describes_its_content_and_the_upload():
    data = encode(photo(3), "JPEG", quality=95)

    first = normalise_photo(upload(data))
    again = normalise_photo(upload(data))

    assert first.source_sha256 == hashlib.sha256(data).hexdigest()
    assert first.sha256 == hashlib.sha256(first.content).hexdigest()
    assert first.sha256 != first.source_sha256  # re-encoded, not passed through
    assert again == first  # deterministic: the same upload is recognised as such
    assert len(first.phash) == 16 and len(first.dhash) == 16
    assert len(repr(first)) < 300  # megabytes of content stay out of logs


def test_large_photos_are_scaled_down_to_the_long_side_limit():
    jpeg = normalise_photo(upload(encode(photo(4, size=(4000, 3000)), "JPEG")))
    png = normalise_photo(upload(encode(photo(5, size=(3000, 1000)), "PNG")))

    assert (jpeg.width, jpeg.height) == (MAX_LONG_SIDE, 1920)
    assert reopen(jpeg).size == (MAX_LONG_SIDE, 1920)
    assert (png.width, png.height) == (MAX_LONG_SIDE, 853)


@pytest.mark.parametrize(
    "icc",
    [
        pytest.param(
            ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(),
            id="srgb",
        ),
        pytest.param(b"not a colour profile" * 20, id="garbage"),
    ],
)
def test_colour_profile_is_applied_then_dropped(icc):
    img = Image.new("RGB", (640, 480), (200, 40, 60))

    result = normalise_photo(upload(encode(img, "JPEG", quality=95, icc_profile=icc)))

    out = reopen(result)
    assert "icc_profile" not in out.info
    assert all(abs(a - b) <= 4 for a, b in zip(out.getpixel((320, 240)), (200, 40, 60)))


def test_cmyk_jpeg_becomes_rgb_jpeg():
    result = normalise_photo(upload(encode(photo(6, mode="CMYK"), "JPEG")))

    assert result.format == "JPEG" and reopen(result).mode == "RGB"


def test_palette_and_grey_alpha_pngs_become_rgb_or_rgba():
    palette = normalise_photo(upload(encode(photo(7).convert("P"), "PNG")))
    grey_alpha = normalise_photo(upload(encode(photo(8, mode="LA"), "PNG")))

    assert reopen(palette).mode == "RGB"
    assert reopen(grey_alpha).mode == "RGBA"


def test_sixteen_bit_grey_png_keeps_its_tones():
    img = Image.new("I;16", (500, 400), 30000)  # mid grey in 16 bits

    out = reopen(normalise_photo(upload(encode(img, "PNG"))))

    assert out.mode == "L"
    assert 110 <= out.getpixel((10, 10)) <= 125  # scaled, not clipped to white


def test_mpo_from_a_phone_keeps_only_the_primary_picture_as_jpeg():
    data = encode(photo(9), "MPO", save_all=True, append_images=[photo(10)])
    assert Image.open(io.BytesIO(data)).format == "MPO"

    result = normalise_photo(upload(data))

    out = reopen(result)
    assert result.format == "JPEG" and out.format == "JPEG"
    assert getattr(out, "n_frames", 1) == 1
    assert hash_distance(result.phash, normalise_photo(upload(encode(photo(9), "JPEG"))).phash) <= 8


def test_minimum_size_holds_in_either_orientation():
    landscape = normalise_photo(upload(encode(photo(11, size=(400, 300)), "JPEG")), min_size=(400, 300))
    portrait = normalise_photo(upload(encode(photo(11, size=(300, 400)), "JPEG")), min_size=(400, 300))

    assert (landscape.width, portrait.width) == (400, 300)


# --- refused pictures --------------------------------------------------------------------------


def test_too_small_names_both_sizes():
    exc = rejected(encode(photo(12, size=(200, 150)), "JPEG"), min_size=(400, 300))

    assert exc.code == "photo.too_small"
    with translation.override("en"):
        assert exc.message == "The photo is 200×150 pixels; the minimum is 400×300."
    with translation.override("ru"):
        assert "200×150" in exc.message and exc.message != "The photo is 200×150 pixels; the minimum is 400×300."
    assert exc.params == {
        "width": 200,
        "height": 150,
        "min_width": 400,
        "min_height": 300,
    }


def test_renamed_text_file_is_not_a_picture():
    exc = rejected(b"Call me on WhatsApp +7 701 123 45 67\n" * 50)

    assert exc.code == "photo.format"
    assert exc.message == "This file is not a JPEG or PNG picture."


def test_empty_file_is_not_a_picture():
    assert rejected(b"").code == "photo.format"


def test_svg_is_not_a_picture():
    svg = (
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">'
        b'<script>alert(document.cookie)</script><rect width="800" height="600"/></svg>'
    )

    assert rejected(svg).code == "photo.format"


def test_html_before_a_png_is_refused():
    html = b"<html><body><script>alert(document.cookie)</script></body></html>\n"

    assert rejected(html + encode(photo(13), "PNG")).code == "photo.format"


def test_html_after_a_png_is_accepted_and_left_behind():
    # The decoder stops at IEND; what follows never reaches the re-encoded output.
    html = b"<html><body><script>alert(document.cookie)</script></body></html>\n"
    data = encode(photo(14), "PNG") + html

    result = normalise_photo(upload(data))

    assert result.format == "PNG" and b"<script>" not in result.content
    assert result.content.endswith(b"IEND\xaeB`\x82")


def test_truncated_jpeg_is_refused_not_padded():
    data = encode(photo(15, size=(1200, 900)), "JPEG", quality=95)

    exc = rejected(data[: len(data) // 2])

    assert exc.code == "photo.format"
    assert exc.message == "This picture is damaged or incomplete. Try saving it again."


def test_truncated_png_is_refused():
    data = encode(photo(16, size=(1200, 900)), "PNG")

    assert rejected(data[: len(data) // 2]).code == "photo.format"


def _animated_gif(frames: int = 40) -> bytes:
    images = [photo(seed, size=(500, 400)).convert("P") for seed in range(frames)]
    return encode(images[0], "GIF", save_all=True, append_images=images[1:], duration=50)


def test_gif_is_refused_by_default():
    assert rejected(_animated_gif()).code == "photo.format"


def test_animated_gif_is_refused_even_when_gif_is_allowed():
    exc = rejected(_animated_gif(), formats=("JPEG", "PNG", "GIF"))

    assert exc.code == "photo.format"
    assert exc.message == "Animated pictures are not accepted. Upload a still photo."


def test_still_gif_becomes_jpeg_when_gif_is_allowed():
    data = encode(photo(17).convert("P"), "GIF")

    result = normalise_photo(upload(data), formats=("JPEG", "PNG", "GIF"))

    assert result.format == "JPEG"


def test_animated_png_is_refused():
    frames = [photo(seed) for seed in range(5)]
    data = encode(frames[0], "PNG", save_all=True, append_images=frames[1:])

    assert rejected(data).code == "photo.format"


def test_webp_is_refused_by_default():
    assert rejected(encode(photo(18), "WEBP")).code == "photo.format"


def test_file_over_the_byte_limit_is_refused_before_decoding():
    exc = rejected(b"\x89PNG" + b"\0" * (10 * MB))

    assert exc.code == "photo.too_large"
    assert exc.message == "The file is larger than 10 MB."


def _memory_kb(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise LookupError(field)


def _refuse_measured(data: bytes) -> tuple[PhotoRejected, float, int, int]:
    """Refuse data; return the error, seconds, Python peak bytes and RSS peak growth in bytes.

    Pillow's pixel buffers are C allocations that tracemalloc cannot see, so the resident set
    is measured too: the peak is reset first (Linux clear_refs), so a decode shows even when the
    process has been bigger before.
    """
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")  # reset VmHWM to the current RSS
        rss_before = _memory_kb("VmRSS")
    except OSError:  # not Linux, or not allowed: ru_maxrss only grows past the old peak
        rss_before = None
        maxrss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    started = time.perf_counter()
    try:
        exc = rejected(data)
    finally:
        elapsed = time.perf_counter() - started
        _, python_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    if rss_before is not None:
        rss_growth = (_memory_kb("VmHWM") - rss_before) * 1024
    else:
        maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        rss_growth = (maxrss - maxrss_before) * 1024
    return exc, elapsed, python_peak, rss_growth


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(png_declaring(30_000, 30_000), id="png-30000x30000"),
        pytest.param(png_declaring(7_000, 7_000), id="png-49MP-under-pillows-own-limit"),
        pytest.param(jpeg_declaring(65_000, 65_000), id="jpeg-65000x65000"),
    ],
)
def test_decompression_bomb_is_refused_fast_from_the_header(data):
    exc, elapsed, python_peak, rss_growth = _refuse_measured(data)

    assert exc.code == "photo.too_large"
    assert exc.message == "The photo has more than 40 megapixels."
    # Decoding 30000×30000 would need 900 MB to 2.7 GB; the header alone needs almost nothing.
    assert elapsed < 1.0
    assert python_peak < 1 * MB
    assert rss_growth < 32 * MB


def test_a_real_compressible_bomb_is_refused_too():
    solid = Image.new("L", (8000, 6000))  # 48 MP of black: about 50 kB as PNG
    data = encode(solid, "PNG")
    assert len(data) < 100_000

    exc, elapsed, _, rss_growth = _refuse_measured(data)

    assert exc.code == "photo.too_large"
    assert elapsed < 1.0
    assert rss_growth < 32 * MB


# --- perceptual hashes -------------------------------------------------------------------------


def test_phash_survives_recompression_and_resizing():
    original = photo(19, size=(1600, 1200))
    base = normalise_photo(upload(encode(original, "JPEG", quality=95)))
    variants = [
        encode(original, "JPEG", quality=40),
        encode(original.resize((800, 600)), "JPEG", quality=70),
        encode(original.resize((533, 400)), "PNG"),
    ]

    for data in variants:
        other = normalise_photo(upload(data))
        assert hash_distance(base.phash, other.phash) <= 8
        assert hash_distance(base.dhash, other.dhash) <= 8


def test_phash_tells_different_pictures_apart():
    hashes = [normalise_photo(upload(encode(photo(seed), "JPEG"))).phash for seed in range(20, 26)]

    distances = [hash_distance(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1 :]]

    assert min(distances) >= 16


def test_hash_distance_counts_bits():
    assert hash_distance("0000000000000000", "000000000000000f") == 4
    with pytest.raises(ValueError):
        hash_distance("00", "0000")


# --- photo count -------------------------------------------------------------------------------


def test_check_count_allows_up_to_the_maximum():
    check_count(existing=8, adding=2, maximum=10)
    check_count(existing=0, adding=0, maximum=0)


def test_check_count_refuses_past_the_maximum():
    with pytest.raises(PhotoRejected) as caught:
        check_count(existing=9, adding=2, maximum=10)

    assert caught.value.code == "photo.too_many"
    assert caught.value.message == "An ad can have at most 10 photos. It has 9 and 2 more were added."
