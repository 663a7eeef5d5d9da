import type { CrisisResources as Crisis, Post } from '@/lib/content';
import { ArticleBody } from './ArticleBody';
import { Byline } from './Byline';
import { ContentDate } from './ContentDate';
import { CrisisResources } from './CrisisResources';
import { ReferenceList } from './ReferenceList';

/** The article as readers see it, from a parsed post and the crisis text. */
export function ArticleView({ post, crisis }: { post: Post; crisis: Crisis }) {
  // Inline citation numbers follow the rendered reference list (invalid citations already dropped).
  const citationNumbers = new Map(post.citations.map((c, i) => [c._id, i + 1]));
  return (
    <article className="article">
      <header className="article-header">
        <p className="article-category">{post.category.title}</p>
        <h1>{post.title}</h1>
        <p className="standfirst">{post.excerpt}</p>
        <Byline author={post.author} />
        <p className="article-dates">
          Published <ContentDate value={post.publishedAt} />
          {post.updatedAt ? (
            <>
              {' · '}Updated <ContentDate value={post.updatedAt} />
            </>
          ) : null}
        </p>
      </header>
      <div className="article-body">
        <ArticleBody blocks={post.body} citationNumbers={citationNumbers} />
      </div>
      {post.crisisSupport ? <CrisisResources crisis={crisis} /> : null}
      <ReferenceList citations={post.citations} />
    </article>
  );
}
