import type { AstroIntegration } from 'astro';
import { allowEarlyDrawing } from '../lib/og/render.ts';

/**
 * In `astro build`, lets the stories loader start drawing each story's preview
 * images as soon as the story is valid (src/lib/og/render.ts), so the drawing
 * threads work while the content is rendered and bundled instead of waiting
 * for page generation. Other commands draw on demand only.
 */
export default function previewImages(): AstroIntegration {
  return {
    name: 'counterpoint-preview-images',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') allowEarlyDrawing();
      },
    },
  };
}
