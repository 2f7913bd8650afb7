// How wide a text prints, about, in its font's size: where a converted PDF's words stand is known, their ends are not.

/** A text's width in its font's size, about: a Chinese character is as wide as the font is high, others half. */
export function widthOf(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += text.charCodeAt(i) > 0x2e7f ? 1 : 0.5;
  return w;
}
