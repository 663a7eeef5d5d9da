'use client';
import dynamic from 'next/dynamic';

/**
 * The Studio bundle (several megabytes) is a separate chunk, fetched only when this component
 * renders, that is only when a project is configured. The unconfigured /studio page never loads it.
 */
const StudioApp = dynamic(() => import('./StudioApp'), { ssr: false });

export function Studio() {
  return <StudioApp />;
}
