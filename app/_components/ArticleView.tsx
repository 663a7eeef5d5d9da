import type { CrisisResources as Crisis, Post, PostCard } from '@/lib/content';
import { buildArticleModel, TOC_MIN_SECTIONS } from '@/lib/content/article';
import { calendarDay } from '@/lib/editorial/dates';
import { nextReviewDue, todayIn } from '@/lib/editorial/review';
import { serverEnv } from '@/lib/env.server';
import { dictionary } from '@/lib/i18n/dictionary';
import { href } from '@/lib/routes';
import { absoluteUrl } from '@/lib/seo/urls';
import { PortableBody } from './ArticleBody';
import { AuthorCard } from './AuthorCard';
import { Breadcrumb } from './Breadcrumb';
import { Byline, ReviewedBy } from './Byline';
import { ContentDate } from './ContentDate';
import { ClinicContact } from './ClinicContact';
import { CrisisCallout, CrisisResources } from './CrisisResources';
import { ReferenceList } from './ReferenceList';
import { SanityImage } from './SanityImage';
import { TableOfContents } from './TableOfContents';
import { fitHeading } from './fit';
import { LanguageLinks, type TranslationLink } from './LanguageLinks';

/**
 * The article as readers see it. Order matters for a reader in distress on a phone: on an article
 * about suicide a way to reach help comes first, in the first screen at any text size; then the
 * title, who wrote it, the key points and the text; the full crisis block, the clinic's contact,
 * the disclaimer, sources and author follow it.
 */
export function ArticleView({
  post,
  crisis,
  disclaimer,
  related = [],
  contact,
  translations,
}: {
  post: Post;
  /** The post in the other language, when it has been translated: a link to it, marked in its language. */
  translations?: TranslationLink[];
  crisis: Crisis;
  disclaimer?: string;
  related?: PostCard[];
  /** The clinic's phone and booking address (siteSettings.organization); the block is left out without them. */
  contact?: { name: string; telephone?: string; telHref?: string; bookingUrl?: string };
}) {
  const language = post.language;
  const words = dictionary(language);
  const date = (value: string) => <ContentDate value={value} language={language} />;
  const model = buildArticleModel(post);
  // "Updated" only when it tells the reader something: a later day than publication.
  const updatedDay = post.updatedAt ? calendarDay(post.updatedAt, serverEnv.SITE_TIME_ZONE) : undefined;
  const publishedDay = calendarDay(post.publishedAt, serverEnv.SITE_TIME_ZONE);
  const showUpdated = Boolean(updatedDay && publishedDay && updatedDay > publishedDay);
  const reviewedDay = post.reviewedBy ? calendarDay(post.lastReviewedAt, serverEnv.SITE_TIME_ZONE) : undefined;
  const reviewDue = reviewedDay ? nextReviewDue(reviewedDay) : undefined;
  return (
    <article className="article">
      <header className="article-header">
        {/* First, above the title: on a small phone at 200 % text the title alone fills the screen. */}
        {post.crisisSupport ? <CrisisCallout crisis={crisis} moreWays={words.article.moreWaysToGetHelp} /> : null}
        <LanguageLinks links={translations} />
        <Breadcrumb
          label={words.breadcrumb.label}
          items={[
            { href: href('home', {}, language), label: words.breadcrumb.home },
            { href: href('category', { slug: post.category.slug }, language), label: post.category.title },
          ]}
        />
        <h1 style={fitHeading(post.title)}>{post.title}</h1>
        {/* On paper the address is how a patient finds the article again (shown only in print). */}
        <p className="print-url">{absoluteUrl(href('post', { slug: post.slug }, language))}</p>
        <p className="standfirst">{post.excerpt}</p>
        <Byline author={post.author} language={language} words={words.article} />
        {post.reviewedBy ? (
          <ReviewedBy
            reviewer={post.reviewedBy}
            language={language}
            words={words.article}
            date={post.lastReviewedAt ? date(post.lastReviewedAt) : undefined}
            due={reviewDue ? date(reviewDue) : undefined}
            overdue={reviewDue !== undefined && reviewDue < todayIn(serverEnv.SITE_TIME_ZONE)}
          />
        ) : null}
        <p className="article-meta">
          <span>
            {words.article.published} {date(post.publishedAt)}
          </span>
          {showUpdated ? (
            <span>
              <span className="sep" aria-hidden="true">
                {' · '}
              </span>
              {words.article.updated} {date(post.updatedAt!)}
            </span>
          ) : null}
          <span>
            <span className="sep" aria-hidden="true">
              {' · '}
            </span>
            {words.article.readingTime(model.readingMinutes)}
          </span>
        </p>
      </header>
      {post.mainImage ? (
        <SanityImage
          image={post.mainImage}
          maxWidth={1200}
          aspect={16 / 9}
          sizes="(min-width: 42.5rem) 40rem, 100vw"
          className="main-image"
          eager
        />
      ) : null}
      {post.keyPoints.length > 0 ? (
        <aside className="key-points" aria-labelledby="key-points-heading">
          <h2 id="key-points-heading">{words.article.keyPoints}</h2>
          <ul>
            {post.keyPoints.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </aside>
      ) : null}
      {model.toc.length >= TOC_MIN_SECTIONS ? <TableOfContents entries={model.toc} heading={words.article.inThisArticle} /> : null}
      <div className="article-body">
        <PortableBody blocks={model.body} headingIds={model.headingIdByBlock} language={language} />
      </div>
      {post.crisisSupport ? <CrisisResources crisis={crisis} /> : null}
      {/* After the crisis resources, never above them. */}
      {contact ? <ClinicContact {...contact} words={words.contact} /> : null}
      {disclaimer ? (
        <aside className="article-disclaimer" aria-label={words.article.disclaimerLabel}>
          <p>{disclaimer}</p>
        </aside>
      ) : null}
      <ReferenceList citations={post.citations} backlinks={model.backlinks} words={words.article} />
      <AuthorCard author={post.author} heading={words.article.aboutTheAuthor} language={language} />
      {related.length > 0 ? (
        <section className="related" aria-labelledby="related">
          <h2 id="related" style={fitHeading(words.article.moreOn(post.category.title))}>
            {words.article.moreOn(post.category.title)}
          </h2>
          <ul>
            {related.map((item) => (
              <li key={item._id}>
                <a href={href('post', { slug: item.slug }, language)}>{item.title}</a>
                <span className="related-date"> {date(item.publishedAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
