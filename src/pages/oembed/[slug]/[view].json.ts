import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue, storyCacheKey } from '../../../lib/data.ts';
import { STORY_VIEWS, type StoryViewKind } from '../../../lib/routes.ts';
import { absoluteUrl, SITE_NAME } from '../../../lib/site.ts';
import { embedTarget, oembedResponse } from '../../../lib/view/embed.ts';
import { storyHeaderView } from '../../../lib/view/story.ts';

/** One static oEmbed response per view of each story (`routes.oembed(slug, view)`). */
export const getStaticPaths = (async () => {
  const { stories, actors } = await getCatalogue();
  return stories.flatMap((entry) =>
    (Object.keys(STORY_VIEWS) as StoryViewKind[]).map((view) => ({
      params: { slug: entry.id, view },
      cacheKey: storyCacheKey(entry, actors),
      props: { story: storyHeaderView(entry.id, entry.data), view },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: ReturnType<typeof storyHeaderView>; view: StoryViewKind }> = ({ props }) => {
  const target = embedTarget(props.story, props.view, SITE_NAME, absoluteUrl);
  const body = oembedResponse(target, props.story, { name: SITE_NAME, url: absoluteUrl('/') });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
