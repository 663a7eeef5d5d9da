'use client';
import { useDocumentOperation, type DocumentActionComponent } from 'sanity';
import { previousSlugsAfterPublish } from '../../lib/content/redirects';

type WithSlug = { slug?: { current?: unknown }; previousSlugs?: unknown[] } | null;
const slugOf = (doc: WithSlug) => (typeof doc?.slug?.current === 'string' ? doc.slug.current : undefined);

/**
 * The Studio's own Publish, which first records a published post's old slug among its previous
 * addresses when the slug changed, so `/blog/<old>` keeps answering (308 to the new address). The
 * patch goes to the draft being published, then the original publish runs (Sanity's documented
 * "patch, then publish" pattern); everything else about Publish is unchanged.
 */
export function recordPreviousSlug(publish: DocumentActionComponent): DocumentActionComponent {
  const RecordPreviousSlug: DocumentActionComponent = (props) => {
    const { patch } = useDocumentOperation(props.id, props.type);
    const result = publish(props);
    const draft = props.draft as WithSlug;
    const next = previousSlugsAfterPublish(slugOf(props.published as WithSlug), slugOf(draft), draft?.previousSlugs);
    if (!result || !next) return result;
    return {
      ...result,
      onHandle: () => {
        patch.execute([{ set: { previousSlugs: next } }]);
        result.onHandle?.();
      },
    };
  };
  RecordPreviousSlug.action = publish.action;
  return RecordPreviousSlug;
}
