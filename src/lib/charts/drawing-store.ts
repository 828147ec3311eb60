/** What drawing a chart gives: the picture for its SVG file, and what a page needs to show that file. */
export interface Drawn<Shape> {
  svg: string;
  shape: Shape;
}

/**
 * Charts drawn once per build and shared by two readers: the chart's SVG file, which needs the picture,
 * and the pages that show the file, which need only its shape (size, text alternative). A picture is
 * held only until its file takes it; shapes are kept for the whole build.
 *
 * Why: the pictures are most of a drawing's bytes, and a build writes every chart file before the role
 * pages that show them. Keeping every picture to the end held about 100 MB at 1,000 roles through all
 * of the role pages, the part of the build where its memory peaks.
 */
export function drawingStore<Shape>() {
  const shapes = new Map<string, Shape | undefined>();
  const pictures = new Map<string, string>();

  function drawAndKeep(key: string, draw: () => Drawn<Shape> | undefined): Drawn<Shape> | undefined {
    const drawn = draw();
    shapes.set(key, drawn?.shape);
    return drawn;
  }

  return {
    /** The chart's shape, or undefined when there is nothing to draw; its picture waits for its file. */
    shape(key: string, draw: () => Drawn<Shape> | undefined): Shape | undefined {
      if (shapes.has(key)) return shapes.get(key);
      const drawn = drawAndKeep(key, draw);
      if (drawn) pictures.set(key, drawn.svg);
      return drawn?.shape;
    },
    /** The chart's picture for its file, which takes it: asked again (in `astro dev`), it is drawn again. */
    svg(key: string, draw: () => Drawn<Shape> | undefined): string | undefined {
      const held = pictures.get(key);
      if (held !== undefined) {
        pictures.delete(key);
        return held;
      }
      return drawAndKeep(key, draw)?.svg;
    },
    /** How many pictures wait for their file (for tests). */
    get heldPictures(): number {
      return pictures.size;
    },
  };
}
