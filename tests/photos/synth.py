"""Synthetic ad photos for the photo tests and `bench/ocr_quality.py`.

Real pictures are made with Pillow and numpy: busy backgrounds (gradients, blotchy low-frequency
noise, shapes, grain), text painted in several fonts, sizes, colours and small rotations, with or
without an outline or a banner, QR codes made with segno. Everything is seeded: the same seed
gives the same picture.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
NOTO = Path("/usr/share/fonts/truetype/noto")
LATIN_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSansCondensed-Bold.ttf")
GEORGIAN_FONTS = ("NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian-Bold.ttf", "NotoSerifGeorgian-Regular.ttf")


def font(size: int, name: str = "DejaVuSans-Bold.ttf") -> ImageFont.FreeTypeFont:
    for folder in (DEJAVU, NOTO):
        path = folder / name
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.truetype(str(DEJAVU / "DejaVuSans.ttf"), size)


def has_georgian_font() -> bool:
    return (NOTO / "NotoSansGeorgian-Regular.ttf").exists()


def background(rng: random.Random, size: tuple[int, int] = (1024, 768), *, busy: bool = True) -> Image.Image:
    """A photo-like background: a colour gradient, blotches, shapes and grain."""
    w, h = size
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    c0 = np.array([rng.randrange(256) for _ in range(3)], dtype=np.float32)
    c1 = np.array([rng.randrange(256) for _ in range(3)], dtype=np.float32)
    t = np.linspace(0, 1, w, dtype=np.float32)[None, :, None]
    s = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
    mix = (t * 0.6 + s * 0.4) if rng.random() < 0.5 else (t * 0.3 + s * 0.7)
    arr = c0 * (1 - mix) + c1 * mix
    if busy:
        # blotches: coarse noise scaled up smoothly
        coarse = nrng.random((h // 48 + 2, w // 48 + 2, 3)).astype(np.float32)
        blot = np.asarray(
            Image.fromarray((coarse * 255).astype(np.uint8)).resize((w, h), Image.Resampling.BICUBIC),
            dtype=np.float32,
        )
        arr = arr * 0.55 + blot * 0.45
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if busy:
        draw = ImageDraw.Draw(img)
        for _ in range(rng.randrange(6, 16)):
            x0, y0 = rng.randrange(w), rng.randrange(h)
            x1, y1 = x0 + rng.randrange(30, 300), y0 + rng.randrange(30, 300)
            colour = tuple(rng.randrange(256) for _ in range(3))
            if rng.random() < 0.5:
                draw.ellipse((x0, y0, x1, y1), fill=colour)
            else:
                draw.rectangle((x0, y0, x1, y1), fill=colour)
        for _ in range(rng.randrange(5, 15)):
            colour = tuple(rng.randrange(256) for _ in range(3))
            draw.line(
                (rng.randrange(w), rng.randrange(h), rng.randrange(w), rng.randrange(h)),
                fill=colour,
                width=rng.randrange(1, 6),
            )
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 2.0)))
        grain = nrng.normal(0, rng.uniform(4, 12), (h, w, 1)).astype(np.float32)
        img = Image.fromarray(np.clip(np.asarray(img, dtype=np.float32) + grain, 0, 255).astype(np.uint8))
    return img


def paint_text(
    img: Image.Image,
    text: str,
    *,
    xy: tuple[int, int],
    size: int,
    colour: tuple[int, int, int],
    angle: float = 0.0,
    font_name: str = "DejaVuSans-Bold.ttf",
    outline: tuple[int, int, int] | None = None,
    banner: tuple[int, int, int, int] | None = None,
) -> tuple[int, int, int, int]:
    """Paint `text` on `img` (in place), rotated by `angle` degrees; returns the painted box."""
    f = font(size, font_name)
    stroke = max(1, size // 14) if outline else 0
    left, top, right, bottom = f.getbbox(text, stroke_width=stroke)
    pad = size // 3
    layer = Image.new("RGBA", (right - left + 2 * pad, bottom - top + 2 * pad), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    if banner:
        d.rectangle((0, 0, layer.width, layer.height), fill=banner)
    d.text((pad - left, pad - top), text, font=f, fill=(*colour, 255), stroke_width=stroke, stroke_fill=outline)
    if angle:
        layer = layer.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    x = max(0, min(xy[0], img.width - layer.width))
    y = max(0, min(xy[1], img.height - layer.height))
    img.paste(layer, (x, y), layer)
    return x, y, layer.width, layer.height


def qr_image(payload: str, *, scale: int = 5, dark: str = "black", light: str = "white") -> Image.Image:
    import segno

    buf = io.BytesIO()
    segno.make(payload, error="m").save(buf, kind="png", scale=scale, border=2, dark=dark, light=light)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def to_bytes(img: Image.Image, fmt: str = "JPEG", quality: int = 88) -> bytes:
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.convert("RGB").save(buf, "JPEG", quality=quality)
    else:
        img.save(buf, fmt)
    return buf.getvalue()


# --- contact and clean captions -------------------------------------------------------------


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def kz_phone(rng: random.Random) -> str:
    op = rng.choice(["701", "702", "705", "707", "747", "771", "775", "777", "778"])
    a, b, c = _d(rng, 3), _d(rng, 2), _d(rng, 2)
    return rng.choice(
        [
            f"+7 {op} {a} {b} {c}",
            f"8 ({op}) {a}-{b}-{c}",
            f"8{op}{a}{b}{c}",
            f"+7-{op}-{a}-{b}-{c}",
            f"+7 ({op}) {a} {b} {c}",
        ]
    )


def az_phone(rng: random.Random) -> str:
    op = rng.choice(["50", "51", "55", "70", "77", "99", "10"])
    a, b, c = _d(rng, 3), _d(rng, 2), _d(rng, 2)
    return rng.choice(
        [
            f"+994 {op} {a} {b} {c}",
            f"0{op} {a} {b} {c}",
            f"(0{op}) {a}-{b}-{c}",
            f"+994{op}{a}{b}{c}",
            f"0{op}-{a}-{b}-{c}",
        ]
    )


def ge_phone(rng: random.Random) -> str:
    op = rng.choice(["555", "557", "558", "568", "571", "574", "577", "579", "591", "595", "599"])
    a, b, c = _d(rng, 2), _d(rng, 2), _d(rng, 2)
    return rng.choice([f"+995 {op} {a} {b} {c}", f"{op} {a} {b} {c}", f"+995 ({op}) {a}-{b}-{c}", f"{op}{a}{b}{c}"])


_NAMES = ["shop", "auto", "mebel", "salon", "almaty", "baku", "tbilisi", "best", "market", "dom", "tech", "moda"]


def _name(rng: random.Random) -> str:
    sep = rng.choice(["", "_", ".", ""])
    return f"{rng.choice(_NAMES)}{sep}{rng.choice(_NAMES)}{rng.choice(['', str(rng.randrange(10, 99))])}"


def email(rng: random.Random) -> str:
    user = _name(rng).replace("_", ".")
    return f"{user}@{rng.choice(['gmail.com', 'mail.ru', 'yandex.kz', 'inbox.ru', 'outlook.com', 'box.az'])}"


def url(rng: random.Random) -> str:
    host = _name(rng).replace("_", "-").replace(".", "-")
    tld = rng.choice(["kz", "az", "ge", "com", "ru"])
    return rng.choice(
        [f"www.{host}.{tld}", f"{host}.{tld}", f"https://{host}.{tld}", f"instagram.com/{host}", f"{host}.{tld}/sale"]
    )


def handle(rng: random.Random) -> str:
    name = _name(rng)
    return rng.choice([f"@{name}", f"Instagram: @{name}", f"Telegram @{name}", f"inst: @{name}", f"@{name}"])


def whatsapp(rng: random.Random) -> str:
    phone = rng.choice([kz_phone, az_phone, ge_phone])(rng)
    return f"{rng.choice(['WhatsApp', 'Whatsapp', 'Viber', 'WA'])} {phone}"


CONTACT_KINDS = {
    "kz_phone": kz_phone,
    "az_phone": az_phone,
    "ge_phone": ge_phone,
    "email": email,
    "url": url,
    "handle": handle,
    "whatsapp": whatsapp,
}

#: Harmless text that appears on real product photos (brands, models, specs).
CLEAN_CAPTIONS = [
    "SAMSUNG",
    "A52",
    "Galaxy A52",
    "iPhone 13 Pro",
    "BMW X5",
    "TOYOTA",
    "Camry 2.5",
    "LG",
    "Nike",
    "adidas",
    "128 GB",
    "2019",
    "4K UHD",
    "Made in Korea",
    "SONY",
    "PlayStation 5",
    "Model X200",
    "Bosch",
    "Intel Core i5",
    "Apple",
    "Lenovo ThinkPad",
    "Xiaomi Redmi Note 10",
    "HD Ready",
    "Size 42",
    "Canon EOS 250D",
]


@dataclass(frozen=True)
class Sample:
    name: str
    data: bytes
    caption: str  # what was painted ("" for none)
    kind: str  # a CONTACT_KINDS key, "clean", "qr"


_LIGHT = [(255, 255, 255), (250, 250, 210), (255, 230, 0), (235, 235, 235)]
_DARK = [(0, 0, 0), (20, 20, 90), (150, 0, 0), (30, 30, 30)]


def contact_photo(seed: int, kind: str | None = None) -> Sample:
    """A busy 1024×768 photo with one contact caption (random kind, size, colour, angle, style)."""
    rng = random.Random(seed)
    kind = kind or rng.choice(sorted(CONTACT_KINDS))
    caption = CONTACT_KINDS[kind](rng)
    img = background(rng)
    size = rng.choice([20, 24, 28, 34, 42, 52])
    style = rng.choice(["plain", "plain", "outline", "banner"])
    light = rng.random() < 0.6
    colour = rng.choice(_LIGHT if light else _DARK)
    outline = ((0, 0, 0) if light else (255, 255, 255)) if style == "outline" else None
    banner = ((0, 0, 0, 150) if light else (255, 255, 255, 170)) if style == "banner" else None
    angle = rng.uniform(-7, 7) if rng.random() < 0.6 else 0.0
    paint_text(
        img,
        caption,
        xy=(rng.randrange(0, 500), rng.randrange(0, 680)),
        size=size,
        colour=colour,
        angle=angle,
        font_name=rng.choice(LATIN_FONTS),
        outline=outline,
        banner=banner,
    )
    return Sample(f"contact-{seed}-{kind}", to_bytes(img), caption, kind)


def clean_photo(seed: int) -> Sample:
    """A busy 1024×768 photo with no text, or a brand/model caption that is not a contact."""
    rng = random.Random(seed)
    img = background(rng)
    caption = ""
    if rng.random() < 0.7:
        caption = rng.choice(CLEAN_CAPTIONS)
        light = rng.random() < 0.5
        paint_text(
            img,
            caption,
            xy=(rng.randrange(0, 600), rng.randrange(0, 650)),
            size=rng.choice([24, 32, 44, 60, 80]),
            colour=rng.choice(_LIGHT if light else _DARK),
            angle=rng.uniform(-5, 5) if rng.random() < 0.4 else 0.0,
            font_name=rng.choice(LATIN_FONTS),
        )
    return Sample(f"clean-{seed}", to_bytes(img), caption, "clean")


def qr_photo(seed: int, payload: str, *, scale: int = 5) -> Sample:
    rng = random.Random(seed)
    img = background(rng)
    code = qr_image(payload, scale=scale)
    if rng.random() < 0.5:
        code = code.rotate(rng.uniform(-10, 10), expand=True, fillcolor=(255, 255, 255))
    img.paste(code, (rng.randrange(0, img.width - code.width), rng.randrange(0, img.height - code.height)))
    return Sample(f"qr-{seed}", to_bytes(img), payload, "qr")
