"""Draw EventDesk's icon (resources/icons/eventdesk.png and .ico): a desk badge in the mission's teal.

    python tools/make_icon.py

Drawn from code so it can be changed without an image editor; the files it writes are committed.
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "NotoSans-Bold.ttf"
TEAL, GOLD, WHITE = (0, 105, 120, 255), (242, 183, 5, 255), (255, 255, 255, 255)


def draw(size: int = 512) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin = size // 16
    pen.rounded_rectangle((margin, margin, size - margin, size - margin), radius=size // 6, fill=TEAL)
    pen.rectangle((margin, size * 0.68, size - margin, size * 0.78), fill=GOLD)  # the badge's colour band
    font = ImageFont.truetype(str(FONT), int(size * 0.36))
    pen.text((size / 2, size * 0.42), "ED", font=font, fill=WHITE, anchor="mm")
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.LANCZOS).save(ICONS / "eventdesk.png")
    image.save(
        ICONS / "eventdesk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
    )


if __name__ == "__main__":
    main()
